# Saathi: reminders, missed doses and checks, alerts to helpers, and fasting advice in Bengali (bn), Bengali script.
# Machine-assisted translation, not yet reviewed by a native-speaking clinician.
# Standard written Bengali in simple everyday words, for British Bangladeshi families; each
# line is also read aloud: short sentences, আপনি. The same words as tracking.ftl and
# screens.ftl (সুগার, ওষুধ, ডোজ, রিডিং, রিমাইন্ডার, সাহায্যকারী, সেহরি, ইফতার, রোজা বা উপবাস,
# পানি, সেভ); "check" a reading is মাপা. "Something sugary" names fruit juice or hard sweets
# (লজেন্স), as in advice-glucose-low, so it is not heard as mishti.

## Reminders (what a notification says)

reminder-medicine = আপনার ওষুধ { $name } { $dose } নেওয়ার সময় হয়েছে।
reminder-medicine-unnamed = আপনার ওষুধ নেওয়ার সময় হয়েছে।
reminder-medicine-before-suhoor = সেহরি শেষ হওয়ার আগে আপনার ওষুধ { $name } { $dose } নিয়ে নিন।
reminder-medicine-before-suhoor-unnamed = সেহরি শেষ হওয়ার আগে আপনার ওষুধ নিয়ে নিন।
reminder-medicine-at-iftar = ইফতারের সাথে আপনার ওষুধ { $name } { $dose } নিন।
reminder-medicine-at-iftar-unnamed = ইফতারের সাথে আপনার ওষুধ নিন।
reminder-missed-medicine = আপনি এখনও আপনার ওষুধ { $name } { $dose } নেননি।
reminder-missed-medicine-unnamed = আপনি এখনও আপনার ওষুধ নেননি।
reminder-reading = { $kind } মাপার সময় হয়েছে।
reminder-reading-glucose = সুগার মাপার সময় হয়েছে ({ $context })।
reminder-missed-reading = আপনি এখনও { $kind } মাপেননি।
reminder-missed-reading-glucose = আপনি এখনও সুগার মাপেননি ({ $context })।

## Alerts to helpers (never the value, only what it means)

alert-missed-dose = { $patient } এখনও ওষুধ { $name } নেননি।
alert-missed-dose-unnamed = { $patient } এখনও একটা ওষুধ নেননি।
alert-dangerous-reading = { $patient }-এর একটা রিডিংয়ে এখনই ব্যবস্থা নেওয়া দরকার: { $band }। দয়া করে খোঁজ নিন, উনি ঠিক আছেন কি না।

## Fasting (Ramadan, vrat): IDF-DAR

ramadan-break-fast-low = আপনার সুগার এত কম যে রোজা বা উপবাস চালিয়ে যাওয়া নিরাপদ নয়। এখনই রোজা বা উপবাস ভেঙে ফেলুন, আর চিনি আছে এমন কিছু খান, যেমন ফলের রস বা লজেন্স।
ramadan-break-fast-high = আপনার সুগার এত বেশি যে রোজা বা উপবাস চালিয়ে যাওয়া নিরাপদ নয়। এখনই রোজা বা উপবাস ভেঙে ফেলুন, পানি খান, আর আবার সুগার মাপুন।
ramadan-break-fast-unwell = আপনার শরীর খারাপ লাগছে। এখনই রোজা বা উপবাস ভেঙে ফেলুন; আপনার শরীর-স্বাস্থ্যই সবার আগে।

## Errors and fields

# Said as "first { $field }, then { $other }", so neither name needs a case ending.
error-out-of-order = আগে { $other }, তারপর { $field } হতে হবে। কিছুই সেভ করা হয়নি।
error-not-found-reminder = সেই রিমাইন্ডার পাওয়া যায়নি।
field-reminder-for = রিমাইন্ডারটা কিসের জন্য
field-reminder-times = রিমাইন্ডারের সময়
field-reminder-days = রিমাইন্ডারের দিন
field-reminder-start = প্রথম দিন
field-reminder-end = শেষ দিন
field-time-zone = টাইম জোন
field-alert-delay = সাহায্যকারীকে জানানোর আগে কতক্ষণ অপেক্ষা করা হবে
field-suhoor = সেহরির সময়
field-iftar = ইফতারের সময়
