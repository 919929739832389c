# Saathi: the words of every screen the phone shows in Urdu (ur), Arabic script, right to left.
# Machine-assisted translation, not yet reviewed by a native-speaking clinician.
# Short, warm, plain sentences, each also read aloud; polite آپ. The same words as tracking.ftl
# (شوگر، بلڈ پریشر، ریڈنگ، ٹارگٹ، خوراک، دوا، اسباق); "saved" is درج (محفوظ also means "safe").

## Shared

# Between items of a list: "ریڈنگز دیکھنا، ریڈنگز درج کرنا".
list-separator = {"، "}
screen-next = آگے
screen-back = واپس جائیں
screen-change = بدلیں
screen-at-time = { $time } بجے
screen-on-day = { $date } کو
screen-tomorrow-at = کل { $time } بجے
screen-reading = { $reading }، { $when }
screen-reading-band = { $reading }، { $when }: { $band }
screen-open-today = آج کا دن دیکھیں
screen-open-trends = دیکھیں کیسا چل رہا ہے
screen-open-medicines = دوائیاں
screen-open-lessons = اسباق

## Today

screen-today-morning = صبح بخیر، { $name }
screen-today-afternoon = السلام علیکم، { $name }
screen-today-evening = شام بخیر، { $name }
screen-today-helping = { $greeting }۔ آپ { $patient } کی مدد کر رہے ہیں۔
screen-today-needs-doing = ابھی کرنے کے کام
screen-today-check-sugar = شوگر چیک کرنے کا وقت ہے۔ آپ نے آج ابھی تک شوگر چیک نہیں کی۔
screen-today-all-done = ابھی کوئی کام باقی نہیں۔ بہت اچھی بات ہے۔
screen-today-lesson = آپ کے لیے ایک سبق: { $title }، { $minutes } منٹ۔
screen-today-last-readings = آپ کی پچھلی ریڈنگز
screen-today-no-readings = اس ہفتے ابھی تک کوئی ریڈنگ نہیں۔
screen-today-next-reminder = اگلی یاد دہانی، { $when }: { $reminder }
screen-today-summary = آج اب تک
screen-today-check-sugar-about = { $patient } کی شوگر چیک کرنے کا وقت ہے۔ آج ابھی تک ان کی شوگر چیک نہیں ہوئی۔
screen-today-last-readings-about = { $patient } کی پچھلی ریڈنگز

## Log a reading

screen-log-title = ریڈنگ درج کریں
screen-log-start = ریڈنگ درج کریں
screen-log-which = آپ کیا درج کرنا چاہتے ہیں؟
screen-log-enter-value = کیا نمبر آیا ہے؟ { $kind } { $unit } میں لکھیں۔
screen-log-enter-top = اوپر والا نمبر (بڑا والا) { $unit } میں لکھیں۔
screen-log-enter-bottom = اب نیچے والا نمبر (چھوٹا والا) { $unit } میں لکھیں۔
screen-log-enter-pounds = اور پاؤنڈ؟ پاؤنڈ لکھیں، 0 سے 13 تک۔
screen-log-enter-minutes = آپ کتنے منٹ چلے پھرے یا ورزش کی؟ منٹ لکھیں۔
screen-log-when = آپ نے شوگر کب چیک کی؟
screen-log-confirm = آپ نے { $reading } لکھا ہے۔ کیا یہ ٹھیک ہے؟
screen-log-yes = جی ہاں، درج کریں
screen-log-no = نہیں، بدلیں
screen-log-saved = درج ہو گیا۔
screen-log-band = اس ریڈنگ کا مطلب ہے: { $band }۔
screen-log-another = ایک اور ریڈنگ درج کریں
screen-log-act-now = براہ کرم ابھی یہ کریں۔
screen-call-help = اگر آپ کو ابھی مدد چاہیے:
screen-call-999 = 999 پر فون کریں: ایمرجنسی
screen-call-111 = 111 پر فون کریں: NHS سے مشورہ
screen-call-111-today = اگر ایسا ہی رہے یا طبیعت خراب لگے تو آج ہی مشورہ لیں:
screen-dealing-note = آپ کے مددگاروں کو جلد اس ریڈنگ کا بتایا جائے گا، جب تک آپ یہ نہ بتائیں کہ آپ خود سنبھال رہے ہیں۔
screen-dealing-with-it = مجھے معلوم ہے، ابھی مدد نہیں چاہیے

## Trends

screen-trends-title = { $kind }: پچھلے { $days } دن
screen-trends-chart = پچھلے { $days } دنوں میں { $kind } کا چارٹ
screen-trends-none = ان دنوں میں { $kind } کی کوئی ریڈنگ نہیں ہے۔

## Medicines

screen-medicines-title = دوائیاں
screen-medicines-today = آج
screen-medicines-this-week = اس ہفتے
screen-medicines-none = ابھی کوئی دوا درج نہیں ہے۔
screen-medicines-week = اس ہفتے { $expected } خوراکوں میں سے { $taken } لی گئیں۔
screen-medicines-week-none = اس ہفتے کوئی خوراک لینی نہیں تھی۔
screen-dose-taken = { $medicine } { $dose }، { $time }: لی گئی۔
screen-dose-late = { $medicine } { $dose }، { $time }: دیر سے لی گئی۔
screen-dose-skipped = { $medicine } { $dose }، { $time }: چھوڑ دی گئی۔
screen-dose-due = { $medicine } { $dose } لینے کا وقت ہے ({ $time })، { $food }۔
screen-dose-missed = { $time } بجے کی { $medicine } { $dose } ابھی تک نہیں لی گئی۔
screen-dose-later = { $medicine } { $dose }، { $time } بجے، { $food }۔
screen-dose-take = میں نے لے لی ہے
screen-dose-skip = اس بار چھوڑ دیں
screen-dose-moved = { $dose } { $note }
screen-dose-moved-before-suhoor = روزے کی وجہ سے وقت بدلا: سحری ختم ہونے سے پہلے۔
screen-dose-moved-at-iftar = روزے کی وجہ سے وقت بدلا: افطار کے ساتھ۔

## Helper home

screen-helper-title = وہ لوگ جن کی آپ مدد کرتے ہیں
screen-helper-nobody = ابھی آپ کسی کی مدد نہیں کر رہے۔ جن کی مدد کرنی ہے، ان سے دعوت کا کوڈ مانگ لیں۔
screen-helper-person = { $name }
screen-helper-you-can = آپ { $name } کے لیے یہ کر سکتے ہیں:
screen-helper-nothing-now = اس وقت آپ { $name } کے لیے کچھ نہیں کر سکتے۔
screen-helper-alert-reading = { $name }: { $time } بجے { $kind } کی ریڈنگ: { $band }۔
screen-helper-alert-dose = { $name } نے { $time } بجے کی دوا { $medicine } ابھی تک نہیں لی۔

## Sharing

screen-sharing-title = آپ کا ریکارڈ کون دیکھ سکتا ہے
screen-sharing-current = جن کے ساتھ ابھی شیئر ہے
screen-sharing-ended = جن کے ساتھ شیئرنگ ختم ہو چکی ہے
screen-sharing-nobody = آپ کے سوا کوئی اور آپ کا ریکارڈ نہیں دیکھ سکتا۔
screen-sharing-grant = { $name } یہ کر سکتے ہیں: { $scopes }، { $until }۔
screen-sharing-until = { $date } تک
screen-sharing-until-stopped = جب تک آپ اسے بند نہ کریں
screen-sharing-not-started = { $date } سے { $name } یہ کر سکیں گے: { $scopes }۔
screen-sharing-ended-grant = { $name } اب آپ کا ریکارڈ نہیں دیکھ سکتے۔ وجہ: { $reason }۔
screen-sharing-stop = شیئرنگ بند کریں
screen-sharing-invite = کسی کو مدد کے لیے دعوت دیں

## Settings

screen-settings-title = سیٹنگز
screen-settings-languages = پڑھنے کے لیے: { $text }۔ سننے کے لیے: { $audio }۔
screen-settings-same-as-text = وہی
screen-settings-units = شوگر { $glucose } میں، HbA1c { $hba1c } میں، وزن { $weight } میں۔
screen-settings-stones-pounds = اسٹون اور پاؤنڈ
screen-settings-text-size = تحریر کا سائز: { $size }
text-size-small = چھوٹا
text-size-standard = عام
text-size-large = بڑا
text-size-largest = سب سے بڑا
screen-settings-reminders = یاد دہانیاں
screen-settings-alerts-off = مددگاروں کو بتانا: بند ہے۔
screen-settings-alerts-on = مددگاروں کو بتانا: چالو ہے، چھوٹی ہوئی دوا یا ایسی ریڈنگ کے لیے جس پر فوراً کچھ کرنا ہو۔
screen-settings-pin = آپ کے اپنے حصے کا پن کوڈ

## Lessons and the food guide

screen-lessons-title = اسباق
screen-lessons-assigned = آپ کو بھیجے گئے
screen-lessons-for-you = آپ کے لیے اسباق
screen-lessons-none = ابھی کوئی سبق نہیں۔
screen-lesson = { $title }: { $minutes } منٹ، { $progress }
screen-lesson-not-started = شروع نہیں کیا
screen-lesson-started = شروع کیا
screen-lesson-heard = { $percent }% سنا
screen-lesson-completed = مکمل
screen-lesson-play = سنیں
screen-from = { $name } کی طرف سے
screen-from-note = { $name } کی طرف سے: { $note }
screen-lesson-due = { $date } تک
screen-two = { $first }، { $second }
screen-lesson-title = { $title }
screen-lesson-done = میں نے پورا سن لیا
screen-lesson-words = { $text }
screen-food-title = کھانے کی رہنمائی
screen-food = { $food }: { $portion }، { $carbs } گرام کاربوہائیڈریٹ
screen-food-lights = شکر { $sugars }، چکنائی { $fat }، سیر شدہ چکنائی { $saturates }، نمک { $salt }
screen-light-green = کم
screen-light-amber = درمیانہ
screen-light-red = زیادہ
screen-food-estimate = یہ مقداریں اندازہ ہیں، ابھی کسی غذائی ماہر نے نہیں جانچیں۔
screen-food-swap = بہتر بدل: { $food }
screen-food-try = { $food } آزمائیں ({ $from })
screen-food-swap-try = { $food } کی جگہ { $to } کھائیں ({ $from })
screen-food-to-try = آزمانے کے کھانے
screen-food-hint = کسی کھانے کا نام کسی بھی زبان میں لکھیں۔
screen-food-none = اس نام کا کوئی کھانا نہیں ملا۔
screen-food-results = کھانے
