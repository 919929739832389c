# Saathi: tracking messages in Urdu (ur), Arabic script, right to left.
# Machine-assisted translation, not yet reviewed by a native-speaking clinician.
# Plain, everyday Urdu for an older person hearing it read aloud; common English loanwords
# (شوگر، بلڈ پریشر، ڈاکٹر، نرس، ریڈنگ، ٹارگٹ) are written in Urdu script.

## Speech

# Said for the decimal point when a number is read aloud: "6 پوائنٹ 8".
speech-point = پوائنٹ

## Units

unit-mmol-per-l = mmol/L
unit-mg-per-dl = mg/dL
unit-mmol-per-mol = mmol/mol
unit-percent = %
unit-kg = kg
unit-lb = lb
unit-stones = اسٹون
unit-mmhg = mmHg
unit-per-minute = دھڑکنیں فی منٹ
unit-minutes = منٹ
unit-steps = قدم
unit-digits = ہندسے
unit-days = دن
unit-unknown = یونٹ

## What was measured

kind-glucose = شوگر
kind-blood-pressure = بلڈ پریشر
kind-weight = وزن
kind-hba1c = HbA1c
kind-activity = ورزش

reading-glucose = { $value } { $unit }
reading-with-context = { $reading }، { $context }
reading-bp = { $systolic }/{ $diastolic } mmHg
reading-bp-pulse = { $systolic }/{ $diastolic } mmHg، نبض { $pulse }
reading-weight-kg = { $value } kg
reading-weight-st-lb = { $stones } st { $pounds } lb
reading-hba1c = { $value } { $unit } ({ $other } { $other_unit })
reading-activity-minutes = { $minutes ->
    [one] { $minutes } منٹ
   *[other] { $minutes } منٹ
}
reading-activity-steps = { $steps ->
    [one] { $steps } قدم
   *[other] { $steps } قدم
}
reading-activity-minutes-steps = { $minutes } منٹ، { $steps } قدم

## When a sugar reading was taken

context-fasting = خالی پیٹ
context-before-meal = کھانے سے پہلے
context-after-meal = کھانے کے بعد
context-bedtime = سونے سے پہلے
context-random = کسی بھی وقت
context-before-suhoor = سحری سے پہلے
context-after-iftar = افطار کے بعد

## Bands: what a reading means

glucose-band-severe-low = بہت کم
glucose-band-low = کم
glucose-band-in-range = ٹھیک حد میں
glucose-band-high = زیادہ
glucose-band-very-high = بہت زیادہ

bp-band-low = کم
bp-band-normal = نارمل
bp-band-stage-1 = بڑھا ہوا
bp-band-stage-2 = زیادہ
bp-band-severe = بہت زیادہ

## Advice, heard at once after a reading

advice-glucose-severe-low = آپ کی شوگر بہت کم ہے۔ ابھی کوئی میٹھی چیز لیں: ایک گلاس پھلوں کا جوس یا ٹافیاں۔ پھر کچھ کھا لیں۔ اگر آپ کی طبیعت بہت خراب ہو یا آپ نگل نہ سکیں، تو کسی کو 999 پر فون کرنا ہوگا۔
advice-glucose-low = آپ کی شوگر کم ہے۔ ابھی کوئی میٹھی چیز لیں، جیسے جوس یا ٹافیاں۔ 10 سے 15 منٹ بعد دوبارہ چیک کریں۔
advice-glucose-in-range = آپ کی شوگر آپ کے ٹارگٹ کی حد میں ہے۔ بہت اچھی بات ہے۔
advice-glucose-high = آپ کی شوگر آپ کے ٹارگٹ سے زیادہ ہے۔ پانی پئیں، اور بعد میں دوبارہ چیک کریں۔ اگر یہ زیادہ ہی رہے تو اپنی نرس یا ڈاکٹر کو بتائیں۔
advice-glucose-very-high = آپ کی شوگر بہت زیادہ ہے۔ جلد دوبارہ چیک کریں۔ اگر یہ اتنی ہی زیادہ رہے یا آپ کی طبیعت خراب لگے، تو آج ہی اپنے جی پی کو یا 111 پر فون کریں۔
advice-break-fast = ابھی اپنا روزہ توڑ دیں۔ شوگر کے اس لیول پر روزہ جاری رکھنا محفوظ نہیں ہے۔
advice-bp-low = آپ کا بلڈ پریشر کم ہے۔ اگر آپ کو چکر آئیں یا بے ہوشی سی محسوس ہو، تو بیٹھ جائیں یا لیٹ جائیں، اور اپنے جی پی کو بتائیں۔
advice-bp-normal = آپ کا بلڈ پریشر صحت مند حد میں ہے۔
advice-bp-stage-1 = آپ کا بلڈ پریشر بڑھا ہوا ہے۔ اسے چیک کرتے رہیں، اور اگلی بار جب آپ اپنے جی پی یا نرس سے ملیں تو ان سے اس بارے میں بات کریں۔
advice-bp-stage-2 = آپ کا بلڈ پریشر زیادہ ہے۔ براہ کرم اگلے چند دنوں میں اپنے جی پی یا نرس سے ملنے کے لیے اپائنٹمنٹ بک کریں۔
advice-bp-severe = آپ کا بلڈ پریشر بہت زیادہ ہے۔ 5 منٹ تک آرام سے خاموش بیٹھیں اور دوبارہ چیک کریں۔ اگر یہ اب بھی اتنا ہی زیادہ ہو، تو آپ کو آج ہی دکھانا ضروری ہے: اپنے جی پی کو یا 111 پر فون کریں۔
advice-bp-severe-symptoms = ابھی 999 پر فون کریں اگر آپ کے سینے میں درد ہو، سانس لینے میں مشکل ہو، ذہن الجھا ہوا لگے، سر میں شدید درد ہو، یا نظر میں کوئی فرق آئے۔

## Summaries

summary-nothing-logged = { $days ->
    [one] اس دن کچھ بھی درج نہیں کیا گیا۔
   *[other] ان { $days } دنوں میں کچھ بھی درج نہیں کیا گیا۔
}
summary-glucose-severe-lows = { $count ->
    [one] آپ کی ایک شوگر ریڈنگ بہت کم تھی۔ براہ کرم اپنی نرس یا ڈاکٹر کو بتائیں۔
   *[other] آپ کی { $count } شوگر ریڈنگز بہت کم تھیں۔ براہ کرم اپنی نرس یا ڈاکٹر کو بتائیں۔
}
summary-glucose-lows = { $count ->
    [one] آپ کی ایک شوگر ریڈنگ کم تھی۔
   *[other] آپ کی { $count } شوگر ریڈنگز کم تھیں۔
}
summary-glucose-in-range = { $days ->
    [one] اس دن آپ کی شوگر { $percent }% وقت آپ کے ٹارگٹ کی حد میں رہی۔
   *[other] ان { $days } دنوں میں آپ کی شوگر { $percent }% وقت آپ کے ٹارگٹ کی حد میں رہی۔
}
summary-glucose-days-in-range = { $days ->
    [one] { $days } دن میں سے { $good } دن ایسا تھا جب ہر شوگر ریڈنگ ٹھیک حد میں تھی۔
   *[other] { $days } دنوں میں سے { $good } دن ایسے تھے جب ہر شوگر ریڈنگ ٹھیک حد میں تھی۔
}
summary-glucose-trend-rising = آپ کی شوگر بڑھ رہی ہے۔
summary-glucose-trend-falling = آپ کی شوگر کم ہو رہی ہے۔
summary-glucose-trend-steady = آپ کی شوگر ایک جیسی رہی ہے۔
summary-bp-check = گھر پر بلڈ پریشر چیک کے مطابق { $days } دنوں کا اوسط { $systolic }/{ $diastolic } ہے: { $band }۔ یہ بات اپنے جی پی یا نرس کو بتائیں۔
summary-bp-average = آپ کا اوسط بلڈ پریشر { $systolic }/{ $diastolic } تھا: { $band }۔
summary-bp-within-target = یہ آپ کے ٹارگٹ کے اندر ہے۔
summary-bp-above-target = یہ آپ کے ٹارگٹ سے زیادہ ہے۔
summary-bp-trend-rising = آپ کا بلڈ پریشر بڑھ رہا ہے۔
summary-bp-trend-falling = آپ کا بلڈ پریشر کم ہو رہا ہے۔
summary-bp-trend-steady = آپ کا بلڈ پریشر ایک جیسا رہا ہے۔
summary-weight-down = آپ کا وزن { $amount } { $unit } کم ہوا۔
summary-weight-up = آپ کا وزن { $amount } { $unit } بڑھا۔
summary-weight-same = آپ کا وزن ویسا ہی رہا۔
summary-hba1c-at-target = آپ کا تازہ ترین HbA1c آپ کے ٹارگٹ پر یا اس سے کم ہے۔
summary-hba1c-above-target = آپ کا تازہ ترین HbA1c آپ کے ٹارگٹ سے زیادہ ہے۔
summary-activity = { $active ->
    [one] آپ نے ایک دن میں { $minutes } منٹ ورزش کی۔
   *[other] آپ نے { $active } دنوں میں { $minutes } منٹ ورزش کی۔
}
summary-doses = آپ نے دوا کی جو { $total } خوراکیں درج کیں، ان میں سے { $taken } لیں۔
summary-streak = { $days ->
    [one] آپ نے لگاتار 1 دن کچھ نہ کچھ درج کیا ہے۔
   *[other] آپ نے لگاتار { $days } دن کچھ نہ کچھ درج کیا ہے۔
}
summary-streak-every-day = آپ نے { $days } دن تک ہر روز کچھ نہ کچھ درج کیا۔
summary-glucose-severe-lows-about = { $count ->
    [one] { $patient } کی ایک شوگر ریڈنگ بہت کم تھی۔ براہ کرم یہ بات ان کی نرس یا ڈاکٹر تک ضرور پہنچائیں۔
   *[other] { $patient } کی { $count } شوگر ریڈنگز بہت کم تھیں۔ براہ کرم یہ بات ان کی نرس یا ڈاکٹر تک ضرور پہنچائیں۔
}
summary-glucose-lows-about = { $count ->
    [one] { $patient } کی ایک شوگر ریڈنگ کم تھی۔
   *[other] { $patient } کی { $count } شوگر ریڈنگز کم تھیں۔
}
summary-glucose-in-range-about = { $days ->
    [one] اس دن { $patient } کی شوگر { $percent }% وقت ان کے ٹارگٹ کی حد میں رہی۔
   *[other] ان { $days } دنوں میں { $patient } کی شوگر { $percent }% وقت ان کے ٹارگٹ کی حد میں رہی۔
}
summary-glucose-trend-rising-about = { $patient } کی شوگر بڑھ رہی ہے۔
summary-glucose-trend-falling-about = { $patient } کی شوگر کم ہو رہی ہے۔
summary-glucose-trend-steady-about = { $patient } کی شوگر ایک جیسی رہی ہے۔
summary-bp-check-about = گھر پر بلڈ پریشر چیک کے مطابق { $patient } کا { $days } دنوں کا اوسط { $systolic }/{ $diastolic } ہے: { $band }۔ یہ بات ان کے جی پی یا نرس کو بتانی چاہیے۔
summary-bp-average-about = { $patient } کا اوسط بلڈ پریشر { $systolic }/{ $diastolic } تھا: { $band }۔
summary-bp-within-target-about = یہ ان کے ٹارگٹ کے اندر ہے۔
summary-bp-above-target-about = یہ ان کے ٹارگٹ سے زیادہ ہے۔
summary-bp-trend-rising-about = { $patient } کا بلڈ پریشر بڑھ رہا ہے۔
summary-bp-trend-falling-about = { $patient } کا بلڈ پریشر کم ہو رہا ہے۔
summary-bp-trend-steady-about = { $patient } کا بلڈ پریشر ایک جیسا رہا ہے۔
summary-weight-down-about = { $patient } کا وزن { $amount } { $unit } کم ہوا۔
summary-weight-up-about = { $patient } کا وزن { $amount } { $unit } بڑھا۔
summary-weight-same-about = { $patient } کا وزن ویسا ہی رہا۔
summary-hba1c-at-target-about = { $patient } کا تازہ ترین HbA1c ان کے ٹارگٹ پر یا اس سے کم ہے۔
summary-hba1c-above-target-about = { $patient } کا تازہ ترین HbA1c ان کے ٹارگٹ سے زیادہ ہے۔
summary-activity-about = { $active ->
    [one] { $patient } نے ایک دن میں { $minutes } منٹ ورزش کی۔
   *[other] { $patient } نے { $active } دنوں میں { $minutes } منٹ ورزش کی۔
}
summary-doses-about = دوا کی جو { $total } خوراکیں درج کی گئیں، ان میں سے { $patient } نے { $taken } لیں۔
summary-streak-about = { $days ->
    [one] { $patient } نے لگاتار 1 دن کچھ نہ کچھ درج کیا ہے۔
   *[other] { $patient } نے لگاتار { $days } دن کچھ نہ کچھ درج کیا ہے۔
}
summary-streak-every-day-about = { $patient } نے { $days } دن تک ہر روز کچھ نہ کچھ درج کیا۔

## Home blood pressure check (NICE): two readings a minute apart, morning and evening

sitting-morning = صبح
sitting-evening = شام
protocol-take-reading = دن { $day }، { $sitting }: آرام سے خاموش بیٹھیں، پھر 2 میں سے ریڈنگ نمبر { $number } لیں۔
protocol-wait = { $seconds } سیکنڈ آرام کریں، پھر دوسری ریڈنگ لیں۔
protocol-later = یہ چیک ہو گیا۔ اگلا چیک دن { $day } کو، { $sitting } کے وقت ہے۔
protocol-finished = گھر پر آپ کا بلڈ پریشر چیک مکمل ہو گیا ہے۔
protocol-average = گھر پر { $days } دنوں میں آپ کا اوسط { $systolic }/{ $diastolic } ہے: { $band }۔
protocol-need-more-days = جاری رکھیں: اوسط کے لیے کم از کم { $days } دنوں کی ریڈنگز چاہئیں۔

## Things a person can be asked for

field-glucose = شوگر
field-systolic = بلڈ پریشر کا اوپر والا نمبر
field-diastolic = بلڈ پریشر کا نیچے والا نمبر
field-pulse = نبض
field-weight = وزن
field-hba1c = HbA1c
field-activity-minutes = ورزش کے منٹ
field-steps = قدم
field-taken-at = وقت
field-name = نام
field-dose = دوا کی خوراک
field-dose-times = دوا کا وقت
field-reason = وجہ
field-target = ٹارگٹ
field-pin = پن کوڈ
field-invite-code = دعوت کا کوڈ
field-scopes = وہ کیا کیا کر سکتے ہیں
field-window = دن اور گھنٹے
field-grant-days = کتنے دن
field-grant-end = آخری تاریخ

# Used inside sentences such as "... کی اجازت نہیں ہے", so each is an oblique infinitive.
action-view-readings = ریڈنگز دیکھنے
action-log-readings = ریڈنگز درج کرنے
action-correct-readings = ریڈنگز بدلنے
action-manage-medicines = دوائیاں سنبھالنے
action-set-targets = ٹارگٹ طے کرنے
action-manage-sharing = یہ ریکارڈ کون دیکھ سکتا ہے، یہ بدلنے
action-view-audit = کس نے کیا کیا، یہ دیکھنے
action-receive-alerts = اطلاعات پانا
action-view-lessons = اسباق دیکھنا
action-assign-content = اسباق اور کھانے بھیجنا

## Errors: say what was wrong, never the value typed

error-below-min = { $field }: کم از کم { $limit } { $unit } ہونا چاہیے۔ کچھ بھی درج نہیں کیا گیا۔
error-above-max = { $field }: زیادہ سے زیادہ { $limit } { $unit } ہونا چاہیے۔ کچھ بھی درج نہیں کیا گیا۔
error-not-a-number = { $field }: نمبر ہونا چاہیے۔ کچھ بھی درج نہیں کیا گیا۔
error-diastolic-not-below-systolic = بلڈ پریشر کا نیچے والا نمبر اوپر والے نمبر سے کم ہونا چاہیے۔ کچھ بھی درج نہیں کیا گیا۔
error-in-future = یہ وقت ابھی سے { $minutes } منٹ سے زیادہ آگے کا ہے۔ کچھ بھی درج نہیں کیا گیا۔
error-too-early = { $field } سال { $year } سے پہلے کا نہیں ہو سکتا۔ براہ کرم تاریخ دیکھ لیں۔ کچھ بھی درج نہیں کیا گیا۔
error-missing = { $field } ضروری ہے۔ کچھ بھی درج نہیں کیا گیا۔
error-too-long = { $field } کی لمبائی زیادہ ہے: اس میں زیادہ سے زیادہ { $max } حروف ہو سکتے ہیں۔ کچھ بھی درج نہیں کیا گیا۔
error-not-a-choice = { $field } دیے گئے انتخاب میں سے نہیں ہے۔ کچھ بھی درج نہیں کیا گیا۔
error-not-in-future = { $field }: ابھی کے بعد کا وقت ہونا چاہیے۔ کچھ بھی درج نہیں کیا گیا۔
error-import-row = فائل کی لائن { $row } میں کوئی مسئلہ ہے، اس لیے کچھ بھی امپورٹ نہیں کیا گیا۔
error-import-unreadable = فائل کی لائن { $row } پڑھی نہیں جا سکی، اس لیے کچھ بھی امپورٹ نہیں کیا گیا۔
error-denied-no-permission = آپ کو اس شخص کے لیے { $action } کی اجازت نہیں ہے۔
error-denied-clinician-only = { $action } کی اجازت صرف نرس، ڈاکٹر یا ڈائٹیشن کو ہے۔
error-denied-not-a-patient = اس شخص کا ساتھی ایپ میں صحت کا کوئی ریکارڈ نہیں ہے۔
error-denied-patient-only = { $action } کی اجازت صرف اُسی شخص کو ہے جس کا یہ ریکارڈ ہے۔
error-denied-outside-window = آپ کو اس شخص کے لیے { $action } کی اجازت صرف اُن دنوں اور گھنٹوں میں ہے جو انہوں نے چُنے ہیں۔
error-denied-access-ended = اس شخص کے ریکارڈ تک آپ کی رسائی ختم ہو گئی ہے۔
error-not-found-person = یہاں اس نام کا کوئی شخص نہیں ہے۔
error-not-found-reading = وہ ریڈنگ نہیں ملی۔
error-not-found-medicine = وہ دوا نہیں ملی۔
error-not-found-dose = دوا کی وہ خوراک نہیں ملی۔
error-not-found-blood-pressure-protocol = گھر پر بلڈ پریشر کا کوئی چیک شروع نہیں کیا گیا۔
error-not-found-invitation = اس کوڈ والی کوئی دعوت نہیں ہے۔ جس شخص نے آپ کو یہ کوڈ دیا ہے، ان سے اسے چیک کر لیں۔
error-not-found-grant = وہ شیئرنگ موجود نہیں ہے۔
error-pin-required = اس پروفائل پر پن کوڈ لگا ہوا ہے۔ براہ کرم اسے ڈالیں۔
error-no-pin-set = پہلے اس پروفائل کے لیے پن کوڈ لگائیں۔
error-wrong-pin = یہ پن کوڈ صحیح نہیں ہے۔ کچھ بھی نہیں کھولا گیا۔
error-pin-locked = بہت زیادہ بار غلط پن کوڈ ڈالا گیا ہے۔ براہ کرم { $minutes ->
    [one] 1 منٹ
   *[other] { $minutes } منٹ
} انتظار کریں اور پھر دوبارہ کوشش کریں۔
error-invite-code-length = دعوت کے کوڈ میں کُل 9 حروف اور نمبر ہوتے ہیں۔ براہ کرم اسے چیک کریں۔
error-invite-code-character = دعوت کے کوڈ میں صرف حروف اور نمبر ہوتے ہیں۔ براہ کرم اسے چیک کریں۔
error-invite-code-check = اس کوڈ میں ایک غلطی ہے: کوئی ایک حرف یا نمبر غلط سنا گیا یا غلط لکھا گیا۔ براہ کرم اسے چیک کریں۔
error-invite-expired = اس دعوت کی مدت ختم ہو گئی ہے۔ نئی دعوت مانگ لیں۔
error-invite-used = یہ دعوت پہلے ہی استعمال ہو چکی ہے۔ نئی دعوت مانگ لیں۔
error-own-invitation = آپ اپنی ہی دعوت قبول نہیں کر سکتے۔ یہ کوڈ اُس شخص کو دیں جو آپ کی مدد کریں گے۔
error-name-taken = یہاں کسی کا پہلے سے یہی نام ہے۔
error-database-corrupt = رکھا ہوا ڈیٹا خراب ہو گیا تھا۔ اسے { $path } پر سنبھال کر رکھ دیا گیا ہے۔ اگلی بار ساتھی ایپ ایک نیا، خالی ریکارڈ شروع کرے گی۔ پرانا ریکارڈ واپس لانے کے لیے براہ کرم کسی سے مدد لیں۔
error-database-newer = رکھا ہوا ڈیٹا ساتھی ایپ کے کسی نئے ورژن کا ہے۔ اسے { $path } پر سنبھال کر رکھ دیا گیا ہے۔ براہ کرم ساتھی ایپ کو اپ ڈیٹ کریں۔
error-database-not-saathi = یہ فائل ساتھی ایپ کا رکھا ہوا ڈیٹا نہیں ہے، اس لیے ساتھی ایپ نے اسے نہیں بدلا۔ اسے { $path } پر سنبھال کر رکھ دیا گیا ہے۔ اگلی بار ساتھی ایپ ایک نیا، خالی ریکارڈ شروع کرے گی۔
error-database-corrupt-in-use = رکھے ہوئے ڈیٹا کا کچھ حصہ خراب ہو گیا ہے۔ براہ کرم ساتھی ایپ بند کر کے دوبارہ کھولیں: خراب ڈیٹا مٹایا نہیں جائے گا، سنبھال کر رکھا جائے گا، اور ساتھی ایپ ایک نیا، خالی ریکارڈ شروع کرے گی۔ پرانا ریکارڈ واپس لانے کے لیے براہ کرم کسی سے مدد لیں۔
error-storage = ساتھی ایپ آپ کا ڈیٹا نہ رکھ سکی نہ پڑھ سکی۔ کچھ بھی نہیں بدلا۔

## People, conditions, medicines

role-patient = مریض
role-helper = خاندان کا مددگار
role-clinician = نرس، ڈاکٹر یا ڈائٹیشن

condition-type-2-diabetes = ٹائپ 2 ذیابیطس (شوگر)
condition-high-blood-pressure = ہائی بلڈ پریشر
condition-heart-disease = دل کی بیماری

food-with-food = کھانے کے ساتھ
food-without-food = خالی پیٹ
food-either = کھانے کے ساتھ یا کھانے کے بغیر

dose-taken = لی گئی
dose-late = دیر سے لی گئی
dose-skipped = چھوڑ دی گئی

## Sharing: who can see or change a record
# Listed after "آپ یہ کر سکتے ہیں:", so each is an infinitive.

scope-view-readings = ریڈنگز دیکھنا
scope-log-readings = ریڈنگز درج کرنا
scope-manage-medicines = دوائیاں اور یاد دہانیاں سنبھالنا
scope-receive-alerts = الرٹ پیغامات پانا
scope-view-lessons = اسباق دیکھنا
scope-assign-content = اسباق بھیجنا اور ٹارگٹ طے کرنا
scope-view-shared-readings = شیئر کی گئی ریڈنگز دیکھنا

basis-consent = اجازت سے
basis-lasting-power-of-attorney = لاسٹنگ پاور آف اٹارنی (قانونی مختار نامہ)
basis-deputy = عدالت کا مقرر کیا ہوا نمائندہ (ڈپٹی)
basis-best-interest = ان کے بہترین مفاد میں
basis-parental-responsibility = والدین کی ذمہ داری

end-reason-patient-choice = مریض نے خود بند کیا
end-reason-end-date-reached = آخری تاریخ آ گئی
end-reason-safeguarding = مریض کی حفاظت کے لیے بند کیا گیا
end-reason-misuse = غلط استعمال کی وجہ سے بند کیا گیا

## Records and the audit trail: who did what

record-glucose = شوگر
record-blood-pressure = بلڈ پریشر
record-weight = وزن
record-hba1c = HbA1c
record-activity = ورزش
record-regimen = دوا
record-dose-event = دوا کی خوراک
record-grant = شیئرنگ
record-invitation = دعوت

audit-log = ایک ریڈنگ درج کی
audit-correct = ایک ریڈنگ درست کی
audit-delete = ایک ریڈنگ مٹا دی
audit-import = فائل سے ریڈنگز امپورٹ کیں
audit-view-readings = ریڈنگز دیکھیں
audit-view-summary = خلاصہ دیکھا
audit-view-history = ایک ریڈنگ کا پچھلا ریکارڈ دیکھا
audit-view-medicines = دوائیاں دیکھیں
audit-view-targets = ٹارگٹ دیکھے
audit-view-bp-protocol = گھر پر بلڈ پریشر چیک دیکھا
audit-set-units = یونٹ بدلے
audit-start-bp-protocol = گھر پر بلڈ پریشر چیک شروع کیا
audit-add-regimen = ایک دوا شامل کی
audit-record-dose = دوا کی ایک خوراک درج کی
audit-change-regimen = ایک دوا میں تبدیلی کی
audit-stop-regimen = ایک دوا بند کی
audit-correct-dose = دوا کی ایک خوراک درست کی
audit-delete-dose = دوا کی ایک خوراک مٹا دی
audit-set-target-glucose-before-meal = کھانے سے پہلے کی شوگر کا ٹارگٹ طے کیا
audit-set-target-glucose-after-meal = کھانے کے بعد کی شوگر کا ٹارگٹ طے کیا
audit-set-target-glucose-other = کسی بھی وقت کی شوگر کا ٹارگٹ طے کیا
audit-set-target-bp-home = بلڈ پریشر کا ٹارگٹ طے کیا
audit-set-target-hba1c = HbA1c کا ٹارگٹ طے کیا
audit-denied-view-readings = ریڈنگز دیکھنے کی کوشش کی، لیکن اجازت نہیں تھی
audit-denied-log-readings = ایک ریڈنگ درج کرنے کی کوشش کی، لیکن اجازت نہیں تھی
audit-denied-correct-readings = ایک ریڈنگ بدلنے کی کوشش کی، لیکن اجازت نہیں تھی
audit-denied-manage-medicines = دوائیاں بدلنے کی کوشش کی، لیکن اجازت نہیں تھی
audit-denied-set-targets = ٹارگٹ طے کرنے کی کوشش کی، لیکن اجازت نہیں تھی
audit-denied-manage-sharing = یہ بدلنے کی کوشش کی کہ یہ ریکارڈ کون دیکھ سکتا ہے، لیکن اجازت نہیں تھی
audit-denied-view-audit = یہ دیکھنے کی کوشش کی کہ کس نے کیا کیا، لیکن اجازت نہیں تھی
audit-denied-receive-alerts = اطلاعات لینے کی کوشش کی، اور اجازت نہیں تھی
audit-denied-view-lessons = اسباق دیکھنے کی کوشش کی، اور اجازت نہیں تھی
audit-denied-assign-content = اسباق یا کھانے بھیجنے کی کوشش کی، اور اجازت نہیں تھی
audit-invite = دعوت کا ایک کوڈ بنایا
audit-accept-invite = ایک دعوت قبول کی
audit-change-grant = یہ بدلا کہ کوئی شخص کیا کیا کر سکتا ہے
audit-revoke-patient-choice = کسی کی رسائی بند کی
audit-revoke-end-date-reached = آخری تاریخ پر کسی کی رسائی ختم کی
audit-revoke-safeguarding = حفاظت کے لیے کسی کی رسائی بند کی
audit-revoke-misuse = غلط استعمال کی وجہ سے کسی کی رسائی بند کی
audit-set-pin = پن کوڈ لگایا یا بدلا
audit-clear-pin = پن کوڈ ہٹا دیا
audit-wrong-pin = غلط پن کوڈ ڈالا گیا
audit-set-reminder = یاد دہانی لگائی یا بدلی
audit-set-reminder-settings = یاد دہانی اور اطلاع کی پسند بدلی
audit-set-fasting-days = روزے کے دن درج کیے
audit-assign = سبق یا آزمانے کا کھانا بھیجا
audit-withdraw-assignment = بھیجا ہوا سبق یا کھانا واپس لیا
audit-set-progress = سبق یا کھانے میں پیش رفت لکھی
audit-set-content-profile = کھانے اور اسباق کی پسند بدلی
audit-view-lessons = اسباق اور کھانے دیکھے

## Dates: the code fills in the locale's own digits and month and weekday names.

date-long = { $day } { $month } { $year }
date-time = { $weekday } { $day } { $month } { $year }، { $time }

## Languages a person reads and hears

audit-set-languages = زبانیں بدلیں
field-languages = زبانیں
field-days = دنوں کی تعداد
field-bp-check-days = بلڈ پریشر چیک کے دنوں کی تعداد

## Assignments from a dietitian or clinician (saathi-content)

field-note = نوٹ
field-due-date = کب تک کرنا ہے
field-heard-percent = کتنا سنا
field-content-item = سبق یا کھانا
field-publisher-key = مواد بھیجنے والے کی چابی
field-pack-hash = ڈاؤن لوڈ کا جانچ نمبر
field-date = تاریخ
