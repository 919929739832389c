# Saathi: reminders, missed doses and checks, alerts to helpers, and fasting advice in Urdu (ur), Arabic script, right to left.
# Machine-assisted translation, not yet reviewed by a native-speaking clinician.
# Short, warm, plain sentences, each also read aloud; polite آپ. The same words as tracking.ftl
# and screens.ftl (شوگر، دوا، خوراک، ریڈنگ، یاد دہانی، مددگار، سحری، افطار، روزہ)؛ "saved" is
# درج (محفوظ also means "safe"). { $kind } may be masculine or feminine, so sentences around it
# avoid gendered verbs. "Something sugary" names juice or toffees (ٹافیاں), as in
# advice-glucose-low, so it is not heard as mithai.

## Reminders (what a notification says)

reminder-medicine = آپ کی دوا { $name } { $dose } لینے کا وقت ہے۔
reminder-medicine-unnamed = آپ کی دوا لینے کا وقت ہے۔
reminder-medicine-before-suhoor = سحری ختم ہونے سے پہلے اپنی دوا { $name } { $dose } لے لیں۔
reminder-medicine-before-suhoor-unnamed = سحری ختم ہونے سے پہلے اپنی دوا لے لیں۔
reminder-medicine-at-iftar = افطار کے ساتھ اپنی دوا { $name } { $dose } لیں۔
reminder-medicine-at-iftar-unnamed = افطار کے ساتھ اپنی دوا لیں۔
reminder-missed-medicine = آپ نے ابھی تک اپنی دوا { $name } { $dose } نہیں لی۔
reminder-missed-medicine-unnamed = آپ نے ابھی تک اپنی دوا نہیں لی۔
reminder-reading = { $kind } چیک کرنے کا وقت ہے۔
reminder-reading-glucose = شوگر چیک کرنے کا وقت ہے ({ $context })۔
reminder-missed-reading = { $kind } چیک کرنا ابھی باقی ہے۔
reminder-missed-reading-glucose = آپ نے ابھی تک شوگر چیک نہیں کی ({ $context })۔

## Alerts to helpers (never the value, only what it means)

alert-missed-dose = { $patient } نے ابھی تک دوا { $name } نہیں لی۔
alert-missed-dose-unnamed = { $patient } نے ابھی تک اپنی ایک دوا نہیں لی۔
alert-dangerous-reading = { $patient } کی ایک ریڈنگ پر ابھی توجہ دینا ضروری ہے: { $band }۔ براہ کرم معلوم کریں کہ وہ ٹھیک ہیں۔

## Fasting (Ramadan, vrat): IDF-DAR

ramadan-break-fast-low = آپ کی شوگر اتنی کم ہے کہ روزہ جاری رکھنا محفوظ نہیں ہے۔ ابھی اپنا روزہ توڑ دیں اور کوئی میٹھی چیز لیں، جیسے جوس یا ٹافیاں۔
ramadan-break-fast-high = آپ کی شوگر اتنی زیادہ ہے کہ روزہ جاری رکھنا محفوظ نہیں ہے۔ ابھی اپنا روزہ توڑ دیں، پانی پئیں، اور دوبارہ شوگر چیک کریں۔
ramadan-break-fast-unwell = آپ کی طبیعت ٹھیک نہیں ہے۔ ابھی اپنا روزہ توڑ دیں؛ آپ کی صحت سب سے پہلے ہے۔

## Errors and fields

# Said as "first { $field } must come, then { $other }", so neither name needs a case ending.
error-out-of-order = پہلے { $other } آنا چاہیے، پھر { $field }۔ کچھ بھی درج نہیں کیا گیا۔
error-not-found-reminder = وہ یاد دہانی نہیں ملی۔
field-reminder-for = یاد دہانی کس چیز کے لیے ہے
field-reminder-times = یاد دہانی کے اوقات
field-reminder-days = یاد دہانی کے دن
field-reminder-start = پہلا دن
field-reminder-end = آخری دن
field-time-zone = ٹائم زون
field-alert-delay = مددگار کو بتانے سے پہلے کتنی دیر انتظار کرنا ہے
field-suhoor = سحری کا وقت
field-iftar = افطار کا وقت
