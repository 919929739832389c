# Saathi: the terminal shell's words in Urdu (ur), Arabic script, right to left.
# Machine-assisted translation, not yet reviewed by a native-speaking clinician.
# Commands, options and examples (saathi, --as NAME, --db, --pin, --now, SAATHI_PIN) stay as typed.

cli-default-person-name = میں

## --speak: what would be heard

cli-speak-voice = فون کی اپنی آواز
cli-speak-clip = ریکارڈنگ

## After logging

cli-logged = { $name } کے لیے درج ہو گیا: { $kind }، { $reading }۔ (ریڈنگ { $record })
cli-logged-by = { $name } کے لیے { $by } نے درج کیا: { $kind }، { $reading }۔ (ریڈنگ { $record })
cli-corrected = { $name } کے لیے درست کر دیا گیا: { $kind }، { $reading }۔ (ریڈنگ { $record }، ورژن { $version })
cli-corrected-by = { $name } کے لیے { $by } نے درست کیا: { $kind }، { $reading }۔ (ریڈنگ { $record }، ورژن { $version })
cli-deleted = { $kind } کی ریڈنگ { $record } مٹا دی گئی۔ یہ اپنے پچھلے ریکارڈ میں موجود رہتی ہے۔
cli-dealing-with = ریڈنگ { $record } آپ خود سنبھال رہے ہیں: آپ کے مددگاروں کو اس کا نہیں بتایا جائے گا۔
cli-deleted-marker = (مٹا دی گئی)
cli-meaning = اس کا مطلب ہے: { $band }
cli-act-now = ابھی یہ کریں:
cli-record-version = { $record } (ورژن { $version })
cli-no-readings = اس عرصے میں { $name } کی کوئی ریڈنگ نہیں ہے۔

## Column headings

cli-col-when = کب
cli-col-what = کیا
cli-col-reading = ریڈنگ
cli-col-meaning = مطلب
cli-col-entered-by = کس نے درج کیا
cli-col-number = نمبر
cli-col-version = ورژن
cli-col-reason = کیوں
cli-col-name = نام
cli-col-role = کردار
cli-col-conditions = بیماریاں
cli-col-who = کون
cli-col-action = کیا کیا
cli-col-medicine = دوا
cli-col-dose = خوراک
cli-col-times = اوقات
cli-col-food = کھانا

## Summary

cli-summary-title = { $days ->
    [one] { $name }: آج ({ $from })
   *[other] { $name }: پچھلے { $days } دن ({ $from } سے { $to } تک)
}
cli-summary-range-title = { $days ->
    [one] { $name }: { $from }
   *[other] { $name }: { $from } سے { $to } تک ({ $days } دن)
}
cli-summary-glucose = { $count ->
    [one] 1 ریڈنگ۔
   *[other] { $count } ریڈنگز۔
} اوسط { $mean }، سب سے کم { $min }، سب سے زیادہ { $max }۔
cli-summary-time-in-range = { $in_range }% وقت ٹھیک حد میں، { $low }% کم، { $high }% زیادہ۔
cli-summary-glucose-context = { $context }: { $count ->
    [one] 1 ریڈنگ
   *[other] { $count } ریڈنگز
}، اوسط { $mean }، { $in_range }% ٹھیک حد میں۔
cli-summary-bp = { $count ->
    [one] 1 ریڈنگ۔
   *[other] { $count } ریڈنگز۔
} اوسط { $systolic }/{ $diastolic } mmHg: { $band }۔
cli-summary-weight = { $count ->
    [one] تازہ ترین { $latest } (1 بار وزن کیا)۔
   *[other] تازہ ترین { $latest } ({ $count } بار وزن کیا)۔
}
cli-summary-hba1c = تازہ ترین { $latest }، { $date } کو۔
cli-summary-activity = { $days } دنوں میں { $minutes } منٹ؛ روزانہ اوسطاً { $steps } قدم۔
cli-summary-doses = { $taken } لی گئیں، { $late } دیر سے لی گئیں، { $skipped } چھوٹ گئیں۔
cli-medicines = دوائیاں
cli-in-words = الفاظ میں:

## Targets

cli-targets-title = { $name } کے ٹارگٹ
cli-target-before-meal = کھانے سے پہلے شوگر
cli-target-after-meal = کھانے کے 2 گھنٹے بعد شوگر
cli-target-other = دوسرے اوقات میں شوگر
cli-target-bp-home = گھر پر بلڈ پریشر
cli-target-glucose = { $low } سے { $high } { $unit } تک
cli-target-bp = { $systolic }/{ $diastolic } mmHg تک
cli-target-hba1c = { $value } mmol/mol تک
cli-target-guideline = رہنما اصول: { $source }
cli-target-set-by = { $name } نے { $date } کو طے کیا۔
cli-target-set-by-because = { $name } نے { $date } کو طے کیا: { $reason }

## Home blood pressure check

cli-check-progress = { $logged ->
    [one] گھر پر بلڈ پریشر چیک: { $days } میں سے دن { $day }؛ اب تک 1 دن کی ریڈنگز۔
   *[other] گھر پر بلڈ پریشر چیک: { $days } میں سے دن { $day }؛ اب تک { $logged } دنوں کی ریڈنگز۔
}

## People and medicines

cli-person-added = { $name } کو شامل کر لیا گیا ({ $role })۔
cli-medicine-added = { $name } شامل کر لی گئی۔ (دوا { $record })
cli-dose-recorded = { $name }: { $status }۔ (خوراک { $record })
cli-medicine-changed = { $name } میں تبدیلی کر دی گئی۔ پرانی تفصیل اس کے پچھلے ریکارڈ میں موجود رہتی ہے۔ (دوا { $record }، ورژن { $version })
cli-medicine-stopped = { $name } بند کر دی گئی۔ اس کی یاد دہانیاں بھی بند ہو گئی ہیں۔ پہلے درج کی گئی خوراکیں رکھی رہیں گی۔
cli-dose-corrected = خوراک { $record } درست کر دی گئی: { $status }۔ پرانی بات اس کے پچھلے ریکارڈ میں موجود رہتی ہے۔ (ورژن { $version })
cli-dose-deleted = خوراک { $record } مٹا دی گئی۔ یہ اپنے پچھلے ریکارڈ میں موجود رہتی ہے۔
cli-imported = { $name } کے لیے { $count } ریڈنگز امپورٹ کی گئیں۔

## PINs on a shared phone

cli-pin-set = { $name } کا پن کوڈ لگ گیا ہے۔ اب سے اسے --pin کے ساتھ دیں (یا SAATHI_PIN)۔
cli-pin-cleared = { $name } کا پن کوڈ ہٹا دیا گیا ہے۔

## Helpers: sharing a record with family or a nurse

cli-invite-code = { $name } کی مدد کے لیے دعوت کا کوڈ: { $code }
cli-invite-how = اسے بول کر سنائیں یا ٹیکسٹ میسج سے بھیجیں۔ یہ صرف ایک بار، { $expires } تک استعمال ہو سکتا ہے۔
cli-invite-qr = QR کوڈ کے لیے: { $payload }
cli-invite-allows = قبول ہونے کے بعد، وہ یہ کر سکیں گے: { $scopes }۔
cli-invite-days = { $days ->
    [one] قبول ہونے کے بعد 1 دن کے لیے۔
   *[other] قبول ہونے کے بعد { $days } دن کے لیے۔
}
cli-accepted = اب آپ { $name } کی مدد کر سکتے ہیں۔
cli-you-may = آپ یہ کر سکتے ہیں: { $scopes }۔
cli-grant-until = { $date } تک۔
cli-grant-open-ended = جب تک اسے بند نہ کیا جائے۔
cli-grant-window = صرف { $days } کو، { $from } سے { $to } تک۔
cli-grant-window-every-day = صرف { $from } سے { $to } تک، ہر روز۔
cli-grant-basis = کس بنیاد پر: { $basis }۔
cli-grant-may = { $name } یہ کر سکتے ہیں: { $scopes }۔
cli-grant-ended = { $name } یہ کر سکتے تھے: { $scopes }۔ { $date } کو یہ اجازت ختم ہو گئی: { $reason }۔
cli-sharing-title = آپ کا ریکارڈ کون دیکھ یا بدل سکتا ہے:
cli-sharing-none = آپ کے سوا کوئی اور آپ کا ریکارڈ نہیں دیکھ یا بدل سکتا۔
cli-helping-title = وہ لوگ جن کی آپ مدد کرتے ہیں:
cli-helping = { $name }: آپ یہ کر سکتے ہیں: { $scopes }۔
cli-helping-none = اس وقت آپ کسی کی مدد نہیں کر رہے۔
cli-revoked = { $name } اب آپ کا ریکارڈ نہیں دیکھ یا بدل سکتے۔ وجہ: { $reason }۔
cli-day-mon = پیر
cli-day-tue = منگل
cli-day-wed = بدھ
cli-day-thu = جمعرات
cli-day-fri = جمعہ
cli-day-sat = ہفتہ
cli-day-sun = اتوار

## The record of who did what

cli-audit-intact = { $entries ->
    [one] کس نے کیا کیا، اس کا ریکارڈ صحیح سلامت ہے (1 اندراج)۔
   *[other] کس نے کیا کیا، اس کا ریکارڈ صحیح سلامت ہے ({ $entries } اندراجات)۔
}
cli-audit-altered = کس نے کیا کیا، اس کے ریکارڈ میں تبدیلی کی گئی ہے: اندراج { $entry } ویسا نہیں ہے جیسا لکھا گیا تھا۔
cli-audit-missing = کس نے کیا کیا، اس کے ریکارڈ میں تبدیلی کی گئی ہے: اندراج { $entry } سے بالکل پہلے والے اندراجات ہٹا دیے گئے یا اپنی جگہ سے ہلا دیے گئے۔
cli-audit-truncated = کس نے کیا کیا، اس کے ریکارڈ میں تبدیلی کی گئی ہے: اس کے آخری اندراجات ہٹا دیے گئے۔ { $entries ->
    [one] { $expected } میں سے صرف 1 باقی ہے۔
   *[other] { $expected } میں سے صرف { $entries } باقی ہیں۔
}

## Mistakes in what was typed

cli-error-bp-format = بلڈ پریشر کو دو نمبروں میں، بیچ میں ترچھی لکیر (/) لگا کر لکھیں، جیسے 142/88۔
cli-error-time-format = وقت اس طرح لکھیں: 08:30، یا 2026-11-21 08:30۔
cli-error-now-format = --now کو پوری تاریخ اور وقت کے ساتھ، آفسیٹ سمیت لکھیں، جیسے 2026-11-21T08:30:00+00:00۔
cli-error-whole-number = { $field }: پورا نمبر ہونا چاہیے، جیسے 142۔ کچھ بھی درج نہیں کیا گیا۔
cli-error-date-format = تاریخ اس طرح لکھیں: 2026-11-01۔
cli-error-empty-range = وقت کی حد کا آخری وقت، شروع کے وقت کے بعد ہونا چاہیے۔
cli-error-unknown-unit = "{ $unit }" ایسا یونٹ نہیں ہے جسے ساتھی ایپ جانتی ہو۔
cli-error-unknown-language = "{ $lang }" ایسی زبان ہے جو ساتھی ایپ میں ابھی موجود نہیں۔
cli-error-usage = یہ حکم سمجھ نہیں آیا۔ saathi --help دیکھیں۔
cli-error-usage-arg = یہاں { $arg } سمجھ نہیں آیا۔ saathi --help دیکھیں۔
cli-error-usage-choices = { $arg } ان میں سے ایک ہونا چاہیے: { $choices }۔
cli-error-choose-person = یہاں ایک سے زیادہ لوگ ساتھی ایپ استعمال کرتے ہیں ({ $names })۔ --as NAME کے ساتھ بتائیں کہ آپ کون ہیں۔
cli-error-read-file = { $path } کو پڑھا نہیں جا سکا۔
cli-error-window-format = دن اور گھنٹے اس طرح لکھیں: mon,tue,wed,thu,fri 09:00-17:00۔
cli-error-nothing-to-stop = { $name } ابھی آپ کا ریکارڈ نہیں دیکھ یا بدل سکتے، اس لیے بند کرنے کو کچھ نہیں ہے۔
cli-error-demo-db-exists = { $path } پہلے سے موجود ہے۔ ڈیمو کو ایک نئی فائل چاہیے، تاکہ آپ کا ڈیٹا ڈیمو کے ڈیٹا کے ساتھ نہ ملے۔

## The demo

cli-demo-household = ایک فون پر ایک خاندان
cli-demo-rashid = { $name }، 70 سال: ٹائپ 2 ذیابیطس (شوگر)، ہائی بلڈ پریشر اور دل کی بیماری۔ شوگر چیک کرنے والا سینسر لگاتے ہیں۔
cli-demo-nasreen = { $name }، 65 سال: ہائی بلڈ پریشر۔ اپنے وزن کو اسٹون میں سوچتی ہیں۔
cli-demo-amina = { $name }: ان کی بیٹی، جو فون چلانے میں ان کی مدد کرتی ہیں۔
cli-demo-nurse = { $name }: ان کے جی پی کلینک کی نرس۔
cli-demo-history = ان کی ریڈنگز کا پچھلا ریکارڈ
cli-demo-logged = { $seconds } سیکنڈ میں { $days } دن کا ڈیٹا درج کیا: سینسر کی { $glucose } شوگر ریڈنگز، { $bp } بلڈ پریشر، { $weight } وزن، { $hba1c } HbA1c کے نتائج، { $activity } بار سیر اور دوا کی { $doses } خوراکیں۔
cli-demo-database = ڈیمو کا ڈیٹا { $path } میں ہے۔
cli-demo-summary = خلاصہ
cli-demo-bp-check = نسرین کا گھر پر بلڈ پریشر چیک
cli-demo-danger = خطرناک ریڈنگ پر فوراً مشورہ ملتا ہے
cli-demo-slip = ٹائپ کرنے کی غلطی قبول نہیں ہوتی، اور کچھ بھی درج نہیں ہوتا
cli-demo-slip-typed = رشید 6.8 کی بجائے 68 لکھ دیتے ہیں:
cli-demo-helper = خاندان کا مددگار
cli-demo-helper-invite = { $patient } اپنی بیٹی { $helper } کو اپنی ریڈنگز میں مدد کے لیے دعوت دیتے ہیں:
cli-demo-helper-accept = { $helper } اپنے فون میں کوڈ لکھتی ہیں:
cli-demo-helper-log = { $helper }، { $patient } کے لیے شوگر کی ایک ریڈنگ درج کرتی ہیں:
cli-demo-helper-list = { $patient } دیکھتے ہیں کہ ان کا ریکارڈ کون دیکھ یا بدل سکتا ہے:
cli-demo-helper-revoke = { $patient }، { $helper } کی رسائی بند کر دیتے ہیں:
cli-demo-helper-refused = { $helper } ایک اور ریڈنگ درج کرنے کی کوشش کرتی ہیں، اور انہیں اجازت نہیں ملتی:
cli-demo-helper-again = بعد میں { $patient } نے { $helper } کو پھر دعوت دی، اس بار صرف ریڈنگز دیکھنے اور خطرے کی خبر پانے کے لیے:
cli-demo-alert-choices = { $patient } طے کرتے ہیں کہ { $helper } کو کب بتایا جائے: چھوٹی ہوئی دوا { $doses } منٹ بعد بھی نہ لی ہو، اور ایسی ریڈنگ جس پر فوراً کچھ کرنا ہو، { $readings } منٹ بعد، جب تک وہ یہ نہ بتائیں کہ وہ خود سنبھال رہے ہیں۔
cli-demo-helper-audit = { $count ->
    [one] { $patient } کے "کس نے کیا کیا" والے ریکارڈ کا آخری اندراج:
   *[other] { $patient } کے "کس نے کیا کیا" والے ریکارڈ کے آخری { $count } اندراجات:
}
cli-demo-next = خود آزما کر دیکھیں
cli-demo-try = مثال کے طور پر: saathi --db { $path } --as Rashid readings --limit 10

## person languages

cli-languages = { $name } پڑھنے کی زبانیں: { $text }۔ سننے کی زبانیں: { $audio }۔
cli-languages-none = { $name } نے ابھی زبانیں نہیں چنیں۔

## reminders

cli-reminders-next = آنے والی یاد دہانیاں:
cli-reminders-none = اس وقت میں کوئی یاد دہانی نہیں۔
cli-reminders-due = ابھی کرنے کے یا رہ گئے کام:
