# Saathi: tracking messages in Bengali (bn), Bengali script.
# Machine-assisted translation, not yet reviewed by a native-speaking clinician.
# Standard written Bengali in simple everyday words, for British Bangladeshi families
# (many speak Sylheti); words are read aloud to older people: short sentences, আপনি.

## Speech

# Said for the decimal point when a number is read aloud: "6 point 8" (ছয় দশমিক আট).
speech-point = দশমিক

## Units

unit-mmol-per-l = mmol/L
unit-mg-per-dl = mg/dL
unit-mmol-per-mol = mmol/mol
unit-percent = %
unit-kg = kg
unit-lb = lb
unit-stones = স্টোন
unit-mmhg = mmHg
unit-per-minute = বার প্রতি মিনিটে
unit-minutes = মিনিট
unit-steps = কদম
unit-digits = অঙ্ক
unit-days = দিন
unit-unknown = ইউনিট

## What was measured

kind-glucose = ব্লাড সুগার
kind-blood-pressure = ব্লাড প্রেশার
kind-weight = ওজন
kind-hba1c = HbA1c
kind-activity = হাঁটাচলা ও ব্যায়াম

reading-glucose = { $value } { $unit }
reading-with-context = { $reading }, { $context }
reading-bp = { $systolic }/{ $diastolic } mmHg
reading-bp-pulse = { $systolic }/{ $diastolic } mmHg, পালস { $pulse }
reading-weight-kg = { $value } kg
reading-weight-st-lb = { $stones } st { $pounds } lb
reading-hba1c = { $value } { $unit } ({ $other } { $other_unit })
reading-activity-minutes = { $minutes ->
    [one] { $minutes } মিনিট
   *[other] { $minutes } মিনিট
}
reading-activity-steps = { $steps ->
    [one] { $steps } কদম
   *[other] { $steps } কদম
}
reading-activity-minutes-steps = { $minutes } মিনিট, { $steps } কদম

## When a sugar reading was taken

context-fasting = খালি পেটে
context-before-meal = খাওয়ার আগে
context-after-meal = খাওয়ার পরে
context-bedtime = ঘুমানোর আগে
context-random = যেকোনো সময়
context-before-suhoor = সেহরির আগে
context-after-iftar = ইফতারের পরে

## Bands: what a reading means

glucose-band-severe-low = খুব কম
glucose-band-low = কম
glucose-band-in-range = ঠিক মাত্রায়
glucose-band-high = বেশি
glucose-band-very-high = খুব বেশি

bp-band-low = কম
bp-band-normal = স্বাভাবিক
bp-band-stage-1 = একটু বেশি
bp-band-stage-2 = বেশি
bp-band-severe = খুব বেশি

## Advice, heard at once after a reading

advice-glucose-severe-low = আপনার সুগার খুব কম। এখনই চিনি আছে এমন কিছু খান: এক গ্লাস ফলের রস, বা লজেন্স। তারপর কিছু খাবার খান। যদি খুব বেশি অসুস্থ লাগে, বা গিলতে না পারেন, তাহলে অন্য কাউকে 999 নম্বরে ফোন করতে হবে।
advice-glucose-low = আপনার সুগার কম। এখনই চিনি আছে এমন কিছু খান, যেমন ফলের রস বা লজেন্স। 10 থেকে 15 মিনিট পরে আবার সুগার মাপুন।
advice-glucose-in-range = আপনার সুগার আপনার লক্ষ্যের মধ্যে আছে। খুব ভালো।
advice-glucose-high = আপনার সুগার আপনার লক্ষ্যের চেয়ে বেশি। পানি খান, আর পরে আবার মাপুন। সুগার বেশি থেকেই গেলে আপনার নার্স বা ডাক্তারকে জানান।
advice-glucose-very-high = আপনার সুগার খুব বেশি। একটু পরেই আবার মাপুন। যদি এত বেশিই থাকে, বা আপনার শরীর খারাপ লাগে, তাহলে আজই আপনার GP-কে ফোন করুন, বা 111 নম্বরে ফোন করুন।
advice-break-fast = এখনই রোজা বা উপবাস ভেঙে ফেলুন। সুগার এই অবস্থায় থাকলে না খেয়ে থাকা নিরাপদ নয়।
advice-bp-low = আপনার ব্লাড প্রেশার কম। যদি মাথা ঘোরে, বা মনে হয় অজ্ঞান হয়ে যাবেন, তাহলে বসে পড়ুন বা শুয়ে পড়ুন, আর আপনার GP-কে জানান।
advice-bp-normal = আপনার ব্লাড প্রেশার ভালো, সুস্থ মাত্রায় আছে।
advice-bp-stage-1 = আপনার ব্লাড প্রেশার একটু বেশি। নিয়মিত মাপতে থাকুন, আর পরের বার দেখা করতে গেলে আপনার GP বা নার্সের সাথে এ নিয়ে কথা বলুন।
advice-bp-stage-2 = আপনার ব্লাড প্রেশার বেশি। দয়া করে সামনের কয়েক দিনের মধ্যে আপনার GP বা নার্সের সাথে দেখা করার অ্যাপয়েন্টমেন্ট নিন।
advice-bp-severe = আপনার ব্লাড প্রেশার খুব বেশি। 5 মিনিট চুপচাপ বসে থাকুন, তারপর আবার মাপুন। তখনও যদি এত বেশি থাকে, তাহলে আজই আপনাকে ডাক্তার দেখাতে হবে: আপনার GP-কে ফোন করুন, বা 111 নম্বরে ফোন করুন।
advice-bp-severe-symptoms = এখনই 999 নম্বরে ফোন করুন, যদি আপনার বুকে ব্যথা হয়, শ্বাস নিতে কষ্ট হয়, মাথা গুলিয়ে যায়, খুব বেশি মাথাব্যথা হয়, বা চোখের দেখায় কোনো পরিবর্তন হয়।

## Summaries

summary-nothing-logged = { $days ->
    [one] এই দিনে কিছুই লেখা হয়নি।
   *[other] এই { $days } দিনে কিছুই লেখা হয়নি।
}
summary-glucose-severe-lows = { $count ->
    [one] আপনার { $count }টি সুগার রিডিং খুব কম ছিল। দয়া করে আপনার নার্স বা ডাক্তারকে জানান।
   *[other] আপনার { $count }টি সুগার রিডিং খুব কম ছিল। দয়া করে আপনার নার্স বা ডাক্তারকে জানান।
}
summary-glucose-lows = { $count ->
    [one] আপনার { $count }টি সুগার রিডিং কম ছিল।
   *[other] আপনার { $count }টি সুগার রিডিং কম ছিল।
}
summary-glucose-in-range = { $days ->
    [one] এই দিনে { $percent }% সময় আপনার সুগার আপনার লক্ষ্যের মধ্যে ছিল।
   *[other] এই { $days } দিনে { $percent }% সময় আপনার সুগার আপনার লক্ষ্যের মধ্যে ছিল।
}
summary-glucose-days-in-range = { $days ->
    [one] { $days } দিনের মধ্যে { $good } দিন সুগারের সব রিডিং ঠিক মাত্রায় ছিল।
   *[other] { $days } দিনের মধ্যে { $good } দিন সুগারের সব রিডিং ঠিক মাত্রায় ছিল।
}
summary-glucose-trend-rising = আপনার সুগার বেড়ে চলেছে।
summary-glucose-trend-falling = আপনার সুগার কমে আসছে।
summary-glucose-trend-steady = আপনার সুগার একই রকম আছে।
summary-bp-check = বাড়িতে ব্লাড প্রেশার পরীক্ষায় { $days } দিনে আপনার গড় এসেছে { $systolic }/{ $diastolic }: { $band }। এটা আপনার GP বা নার্সকে জানান।
summary-bp-average = আপনার ব্লাড প্রেশারের গড় ছিল { $systolic }/{ $diastolic }: { $band }।
summary-bp-within-target = এটা আপনার লক্ষ্যের মধ্যে আছে।
summary-bp-above-target = এটা আপনার লক্ষ্যের চেয়ে বেশি।
summary-bp-trend-rising = আপনার ব্লাড প্রেশার বেড়ে চলেছে।
summary-bp-trend-falling = আপনার ব্লাড প্রেশার কমে আসছে।
summary-bp-trend-steady = আপনার ব্লাড প্রেশার একই রকম আছে।
summary-weight-down = আপনার ওজন { $amount } { $unit } কমেছে।
summary-weight-up = আপনার ওজন { $amount } { $unit } বেড়েছে।
summary-weight-same = আপনার ওজন একই আছে।
summary-hba1c-at-target = আপনার সবশেষ HbA1c আপনার লক্ষ্যের সমান, বা তার চেয়ে কম।
summary-hba1c-above-target = আপনার সবশেষ HbA1c আপনার লক্ষ্যের চেয়ে বেশি।
summary-activity = { $active ->
    [one] আপনি { $active } দিনে মোট { $minutes } মিনিট হাঁটাচলা বা ব্যায়াম করেছেন।
   *[other] আপনি { $active } দিনে মোট { $minutes } মিনিট হাঁটাচলা বা ব্যায়াম করেছেন।
}
summary-doses = আপনি ওষুধের যে ডোজগুলো লিখে রেখেছেন, তার { $total }টির মধ্যে { $taken }টি নিয়েছেন।
summary-streak = { $days ->
    [one] আপনি টানা { $days } দিন কিছু না কিছু লিখে রেখেছেন।
   *[other] আপনি টানা { $days } দিন কিছু না কিছু লিখে রেখেছেন।
}
summary-streak-every-day = আপনি { $days } দিন ধরে প্রতিদিন কিছু না কিছু লিখে রেখেছেন।
summary-glucose-severe-lows-about = { $count ->
    [one] { $patient }-এর { $count }টি সুগার রিডিং খুব কম ছিল। দয়া করে এটা অবশ্যই তাঁর নার্স বা ডাক্তারকে জানিয়ে দিন।
   *[other] { $patient }-এর { $count }টি সুগার রিডিং খুব কম ছিল। দয়া করে এটা অবশ্যই তাঁর নার্স বা ডাক্তারকে জানিয়ে দিন।
}
summary-glucose-lows-about = { $count ->
    [one] { $patient }-এর { $count }টি সুগার রিডিং কম ছিল।
   *[other] { $patient }-এর { $count }টি সুগার রিডিং কম ছিল।
}
summary-glucose-in-range-about = { $days ->
    [one] এই দিনে { $percent }% সময় { $patient }-এর সুগার তাঁর লক্ষ্যের মধ্যে ছিল।
   *[other] এই { $days } দিনে { $percent }% সময় { $patient }-এর সুগার তাঁর লক্ষ্যের মধ্যে ছিল।
}
summary-glucose-trend-rising-about = { $patient }-এর সুগার বেড়ে চলেছে।
summary-glucose-trend-falling-about = { $patient }-এর সুগার কমে আসছে।
summary-glucose-trend-steady-about = { $patient }-এর সুগার একই রকম আছে।
summary-bp-check-about = বাড়িতে ব্লাড প্রেশার পরীক্ষায় { $days } দিনে { $patient }-এর গড় এসেছে { $systolic }/{ $diastolic }: { $band }। এটা তাঁর GP বা নার্সকে জানানো দরকার।
summary-bp-average-about = { $patient }-এর ব্লাড প্রেশারের গড় ছিল { $systolic }/{ $diastolic }: { $band }।
summary-bp-within-target-about = এটা তাঁর লক্ষ্যের মধ্যে আছে।
summary-bp-above-target-about = এটা তাঁর লক্ষ্যের চেয়ে বেশি।
summary-bp-trend-rising-about = { $patient }-এর ব্লাড প্রেশার বেড়ে চলেছে।
summary-bp-trend-falling-about = { $patient }-এর ব্লাড প্রেশার কমে আসছে।
summary-bp-trend-steady-about = { $patient }-এর ব্লাড প্রেশার একই রকম আছে।
summary-weight-down-about = { $patient }-এর ওজন { $amount } { $unit } কমেছে।
summary-weight-up-about = { $patient }-এর ওজন { $amount } { $unit } বেড়েছে।
summary-weight-same-about = { $patient }-এর ওজন একই আছে।
summary-hba1c-at-target-about = { $patient }-এর সবশেষ HbA1c তাঁর লক্ষ্যের সমান, বা তার চেয়ে কম।
summary-hba1c-above-target-about = { $patient }-এর সবশেষ HbA1c তাঁর লক্ষ্যের চেয়ে বেশি।
summary-activity-about = { $active ->
    [one] { $patient } { $active } দিনে মোট { $minutes } মিনিট হাঁটাচলা বা ব্যায়াম করেছেন।
   *[other] { $patient } { $active } দিনে মোট { $minutes } মিনিট হাঁটাচলা বা ব্যায়াম করেছেন।
}
summary-doses-about = ওষুধের যে ডোজগুলো লিখে রাখা হয়েছে, তার { $total }টির মধ্যে { $patient } { $taken }টি নিয়েছেন।
summary-streak-about = { $days ->
    [one] { $patient } টানা { $days } দিন কিছু না কিছু লিখে রেখেছেন।
   *[other] { $patient } টানা { $days } দিন কিছু না কিছু লিখে রেখেছেন।
}
summary-streak-every-day-about = { $patient } { $days } দিন ধরে প্রতিদিন কিছু না কিছু লিখে রেখেছেন।

## Home blood pressure check (NICE): two readings a minute apart, morning and evening

sitting-morning = সকালে
sitting-evening = সন্ধ্যায়
protocol-take-reading = { $day } নম্বর দিন, { $sitting }: চুপচাপ বসুন, তারপর 2টির মধ্যে { $number } নম্বর রিডিং নিন।
protocol-wait = { $seconds } সেকেন্ড বিশ্রাম নিন, তারপর দ্বিতীয় রিডিং নিন।
protocol-later = এবারের মাপা শেষ। পরেরটা { $day } নম্বর দিনে, { $sitting }।
protocol-finished = বাড়িতে আপনার ব্লাড প্রেশার পরীক্ষা শেষ হয়েছে।
protocol-average = বাড়িতে মাপা আপনার গড় { $days } দিনে { $systolic }/{ $diastolic }: { $band }।
protocol-need-more-days = চালিয়ে যান: গড় বের করতে কমপক্ষে { $days } দিনের রিডিং লাগবে।

## Things a person can be asked for

field-glucose = ব্লাড সুগার
field-systolic = ব্লাড প্রেশারের উপরের সংখ্যা
field-diastolic = ব্লাড প্রেশারের নিচের সংখ্যা
field-pulse = পালস
field-weight = ওজন
field-hba1c = HbA1c
field-activity-minutes = কত মিনিট হাঁটাচলা বা ব্যায়াম
field-steps = কদম
field-taken-at = সময়
field-name = নাম
field-dose = ডোজ
field-dose-times = ওষুধের সময়
field-reason = কারণ
field-target = লক্ষ্য
field-pin = পিন
field-invite-code = আমন্ত্রণ কোড
field-scopes = কী কী করার অনুমতি
field-window = দিন ও সময়
field-grant-days = কত দিন
field-grant-end = শেষ তারিখ

action-view-readings = রিডিং দেখতে
action-log-readings = রিডিং যোগ করতে
action-correct-readings = রিডিং বদলাতে
action-manage-medicines = ওষুধের তালিকা সামলাতে
action-set-targets = লক্ষ্য ঠিক করতে
action-manage-sharing = কে এই রেকর্ড দেখতে পারবেন, তা বদলাতে
action-view-audit = কে কী করেছেন, তা দেখতে
action-receive-alerts = সতর্কবার্তা পাওয়া
action-view-lessons = পাঠ দেখা
action-assign-content = পাঠ আর খাবার পাঠানো

## Errors: say what was wrong, never the value typed

error-below-min = { $field } কমপক্ষে { $limit } { $unit } হতে হবে। কিছুই সেভ করা হয়নি।
error-above-max = { $field } বড়জোর { $limit } { $unit } হতে পারে। কিছুই সেভ করা হয়নি।
error-not-a-number = { $field } একটা সংখ্যা হতে হবে। কিছুই সেভ করা হয়নি।
error-diastolic-not-below-systolic = ব্লাড প্রেশারের নিচের সংখ্যা উপরের সংখ্যার চেয়ে কম হতে হবে। কিছুই সেভ করা হয়নি।
error-in-future = এই সময়টা এখন থেকে { $minutes } মিনিটেরও বেশি পরের। কিছুই সেভ করা হয়নি।
error-too-early = { $field } { $year } সালের আগের হতে পারে না। দয়া করে তারিখটা দেখে নিন। কিছুই সেভ করা হয়নি।
error-missing = { $field } দিতে হবে। কিছুই সেভ করা হয়নি।
error-too-long = { $field } বেশি লম্বা: বড়জোর { $max }টি অক্ষর হতে পারে। কিছুই সেভ করা হয়নি।
error-not-a-choice = { $field } দেওয়া পছন্দগুলোর কোনোটাই নয়। কিছুই সেভ করা হয়নি।
error-not-in-future = { $field } এখনকার সময়ের পরে হতে হবে। কিছুই সেভ করা হয়নি।
error-import-row = ফাইলের { $row } নম্বর লাইনে সমস্যা আছে, তাই কিছুই আনা হয়নি।
error-import-unreadable = ফাইলের { $row } নম্বর লাইন পড়া যায়নি, তাই কিছুই আনা হয়নি।
error-denied-no-permission = এই মানুষের বেলায় { $action } আপনার অনুমতি নেই।
error-denied-clinician-only = শুধু নার্স, ডাক্তার বা ডায়েটিশিয়ান { $action } পারেন।
error-denied-not-a-patient = এই মানুষ Saathi-তে স্বাস্থ্যের রেকর্ড রাখেন না।
error-denied-patient-only = রেকর্ডটা যাঁর, শুধু তিনি নিজেই { $action } পারেন।
error-denied-outside-window = এই মানুষের বেলায় আপনি শুধু তাঁর বেছে নেওয়া দিন ও সময়ে { $action } পারবেন।
error-denied-access-ended = এই মানুষের রেকর্ডে আপনার অনুমতি শেষ হয়ে গেছে।
error-not-found-person = এখানে এই নামে কেউ নেই।
error-not-found-reading = সেই রিডিং পাওয়া যায়নি।
error-not-found-medicine = সেই ওষুধ পাওয়া যায়নি।
error-not-found-dose = ওষুধের সেই ডোজ পাওয়া যায়নি।
error-not-found-blood-pressure-protocol = বাড়িতে ব্লাড প্রেশার পরীক্ষা এখনও শুরু করা হয়নি।
error-not-found-invitation = এই কোডের কোনো আমন্ত্রণ নেই। যিনি আপনাকে কোডটা দিয়েছেন, তাঁর সাথে মিলিয়ে দেখুন।
error-not-found-grant = শেয়ার করার সেই ব্যবস্থা পাওয়া যায়নি।
error-pin-required = এই প্রোফাইলে পিন আছে। দয়া করে পিনটা দিন।
error-no-pin-set = আগে এই প্রোফাইলের জন্য একটা পিন ঠিক করুন।
error-wrong-pin = পিনটা ঠিক নয়। কিছুই খোলা হয়নি।
error-pin-locked = অনেকবার ভুল পিন দেওয়া হয়েছে। দয়া করে { $minutes ->
    [one] { $minutes } মিনিট
   *[other] { $minutes } মিনিট
} অপেক্ষা করে আবার চেষ্টা করুন।
error-invite-code-length = আমন্ত্রণ কোডে 9টি অক্ষর আর সংখ্যা থাকে। দয়া করে মিলিয়ে দেখুন।
error-invite-code-character = আমন্ত্রণ কোডে শুধু অক্ষর আর সংখ্যা থাকে। দয়া করে মিলিয়ে দেখুন।
error-invite-code-check = এই কোডে একটা ভুল আছে: কোনো একটা অক্ষর বা সংখ্যা ভুল শোনা হয়েছে, বা ভুল টাইপ হয়েছে। দয়া করে মিলিয়ে দেখুন।
error-invite-expired = এই আমন্ত্রণের মেয়াদ শেষ হয়ে গেছে। নতুন একটা চেয়ে নিন।
error-invite-used = এই আমন্ত্রণ আগেই ব্যবহার করা হয়েছে। নতুন একটা চেয়ে নিন।
error-own-invitation = নিজের আমন্ত্রণ আপনি নিজে নিতে পারবেন না। যিনি আপনাকে সাহায্য করবেন, কোডটা তাঁকে দিন।
error-name-taken = এখানে আগে থেকেই কারও এই নাম আছে।
error-database-corrupt = সেভ করা তথ্য নষ্ট হয়ে গেছে। সেটা এখানে নিরাপদে রাখা আছে: { $path }। পরের বার Saathi একটা নতুন, খালি রেকর্ড শুরু করবে। পুরনো রেকর্ড ফিরে পেতে দয়া করে কারও সাহায্য নিন।
error-database-newer = সেভ করা তথ্য Saathi-র একটা নতুন ভার্সনের। সেটা এখানে নিরাপদে রাখা আছে: { $path }। দয়া করে Saathi আপডেট করুন।
error-database-not-saathi = এই ফাইলটা Saathi-র সেভ করা তথ্য নয়, তাই Saathi এটা বদলায়নি। সেটা এখানে নিরাপদে রাখা আছে: { $path }। পরের বার Saathi একটা নতুন, খালি রেকর্ড শুরু করবে।
error-database-corrupt-in-use = সেভ করা তথ্যের কিছুটা নষ্ট হয়ে গেছে। দয়া করে Saathi বন্ধ করে আবার খুলুন: নষ্ট তথ্য মুছে ফেলা হবে না, নিরাপদে রাখা থাকবে, আর Saathi একটা নতুন, খালি রেকর্ড শুরু করবে। পুরনো রেকর্ড ফিরে পেতে দয়া করে কারও সাহায্য নিন।
error-storage = Saathi আপনার তথ্য সেভ করতে বা পড়তে পারেনি। কিছুই বদলানো হয়নি।

## People, conditions, medicines

role-patient = রোগী
role-helper = পরিবারের সাহায্যকারী
role-clinician = নার্স, ডাক্তার বা ডায়েটিশিয়ান

condition-type-2-diabetes = টাইপ 2 ডায়াবেটিস
condition-high-blood-pressure = হাই ব্লাড প্রেশার
condition-heart-disease = হার্টের অসুখ

food-with-food = খাবারের সাথে
food-without-food = খালি পেটে
food-either = খাবারের সাথে বা খাবার ছাড়া

dose-taken = নেওয়া হয়েছে
dose-late = দেরিতে নেওয়া হয়েছে
dose-skipped = বাদ পড়েছে

## Sharing: who can see or change a record

scope-view-readings = রিডিং দেখা
scope-log-readings = রিডিং যোগ করা
scope-manage-medicines = ওষুধ আর ওষুধের রিমাইন্ডার সামলানো
scope-receive-alerts = সতর্কবার্তা পাওয়া
scope-view-lessons = পাঠ দেখা
scope-assign-content = পাঠ পাঠানো আর লক্ষ্য ঠিক করা
scope-view-shared-readings = শেয়ার করা রিডিং দেখা

basis-consent = অনুমতি নিয়ে
basis-lasting-power-of-attorney = লাস্টিং পাওয়ার অব অ্যাটর্নি (আইনি দায়িত্ব)
basis-deputy = আদালতের নিয়োগ করা ডেপুটি
basis-best-interest = তাঁর ভালোর জন্য
basis-parental-responsibility = বাবা-মায়ের দায়িত্ব

end-reason-patient-choice = রোগী নিজে বন্ধ করেছেন
end-reason-end-date-reached = শেষ তারিখ এসে গেছে
end-reason-safeguarding = রোগীকে নিরাপদ রাখতে বন্ধ করা হয়েছে
end-reason-misuse = ভুলভাবে ব্যবহার করা হয়েছিল বলে বন্ধ করা হয়েছে

## Records and the audit trail: who did what

record-glucose = ব্লাড সুগার
record-blood-pressure = ব্লাড প্রেশার
record-weight = ওজন
record-hba1c = HbA1c
record-activity = হাঁটাচলা ও ব্যায়াম
record-regimen = ওষুধ
record-dose-event = ওষুধের ডোজ
record-grant = শেয়ার করা
record-invitation = আমন্ত্রণ

audit-log = একটা রিডিং যোগ করেছেন
audit-correct = একটা রিডিং ঠিক করেছেন
audit-delete = একটা রিডিং মুছে ফেলেছেন
audit-import = ফাইল থেকে রিডিং এনেছেন
audit-view-readings = রিডিং দেখেছেন
audit-view-summary = সারাংশ দেখেছেন
audit-view-history = একটা রিডিংয়ের ইতিহাস দেখেছেন
audit-view-medicines = ওষুধের তালিকা দেখেছেন
audit-view-targets = লক্ষ্যগুলো দেখেছেন
audit-view-bp-protocol = বাড়িতে ব্লাড প্রেশার পরীক্ষা দেখেছেন
audit-set-units = মাপের ইউনিট বদলেছেন
audit-start-bp-protocol = বাড়িতে ব্লাড প্রেশার পরীক্ষা শুরু করেছেন
audit-add-regimen = একটা ওষুধ যোগ করেছেন
audit-record-dose = ওষুধের একটা ডোজ লিখে রেখেছেন
audit-change-regimen = একটা ওষুধ বদলেছেন
audit-stop-regimen = একটা ওষুধ বন্ধ করেছেন
audit-correct-dose = ওষুধের একটা ডোজ ঠিক করেছেন
audit-delete-dose = ওষুধের একটা ডোজ মুছে ফেলেছেন
audit-set-target-glucose-before-meal = খাওয়ার আগের সুগারের লক্ষ্য ঠিক করেছেন
audit-set-target-glucose-after-meal = খাওয়ার পরের সুগারের লক্ষ্য ঠিক করেছেন
audit-set-target-glucose-other = যেকোনো সময়ের সুগারের লক্ষ্য ঠিক করেছেন
audit-set-target-bp-home = ব্লাড প্রেশারের লক্ষ্য ঠিক করেছেন
audit-set-target-hba1c = HbA1c-এর লক্ষ্য ঠিক করেছেন
audit-denied-view-readings = রিডিং দেখার চেষ্টা করেছিলেন, কিন্তু অনুমতি ছিল না
audit-denied-log-readings = একটা রিডিং যোগ করার চেষ্টা করেছিলেন, কিন্তু অনুমতি ছিল না
audit-denied-correct-readings = একটা রিডিং বদলানোর চেষ্টা করেছিলেন, কিন্তু অনুমতি ছিল না
audit-denied-manage-medicines = ওষুধ বদলানোর চেষ্টা করেছিলেন, কিন্তু অনুমতি ছিল না
audit-denied-set-targets = একটা লক্ষ্য ঠিক করার চেষ্টা করেছিলেন, কিন্তু অনুমতি ছিল না
audit-denied-manage-sharing = কে এই রেকর্ড দেখতে পারবেন, তা বদলানোর চেষ্টা করেছিলেন, কিন্তু অনুমতি ছিল না
audit-denied-view-audit = কে কী করেছেন, তা দেখার চেষ্টা করেছিলেন, কিন্তু অনুমতি ছিল না
audit-denied-receive-alerts = সতর্কবার্তা পাওয়ার চেষ্টা করেছিলেন, অনুমতি ছিল না
audit-denied-view-lessons = পাঠ দেখার চেষ্টা করেছিলেন, অনুমতি ছিল না
audit-denied-assign-content = পাঠ বা খাবার পাঠানোর চেষ্টা করেছিলেন, অনুমতি ছিল না
audit-invite = একটা আমন্ত্রণ কোড তৈরি করেছেন
audit-accept-invite = একটা আমন্ত্রণ গ্রহণ করেছেন
audit-change-grant = কেউ কী কী করতে পারবেন, তা বদলেছেন
audit-revoke-patient-choice = কারও অনুমতি বন্ধ করেছেন
audit-revoke-end-date-reached = শেষ তারিখে কারও অনুমতি শেষ করেছেন
audit-revoke-safeguarding = নিরাপদ রাখার জন্য কারও অনুমতি বন্ধ করেছেন
audit-revoke-misuse = ভুলভাবে ব্যবহারের জন্য কারও অনুমতি বন্ধ করেছেন
audit-set-pin = পিন ঠিক করেছেন বা বদলেছেন
audit-clear-pin = পিন সরিয়ে দিয়েছেন
audit-wrong-pin = ভুল পিন দেওয়া হয়েছিল
audit-set-reminder = রিমাইন্ডার দিয়েছেন বা বদলেছেন
audit-set-reminder-settings = রিমাইন্ডার আর সতর্কবার্তার পছন্দ বদলেছেন
audit-set-fasting-days = রোজার দিনগুলো লিখেছেন
audit-assign = পাঠ বা চেষ্টা করার খাবার পাঠিয়েছেন
audit-withdraw-assignment = পাঠানো পাঠ বা খাবার ফিরিয়ে নিয়েছেন
audit-set-progress = পাঠ বা খাবারে কতদূর হলো লিখেছেন
audit-set-content-profile = খাবার আর পাঠের পছন্দ বদলেছেন
audit-view-lessons = পাঠ আর খাবার দেখেছেন

## Dates: the code fills in the locale's own digits and month and weekday names.

date-long = { $day } { $month } { $year }
date-time = { $weekday } { $day } { $month } { $year }, { $time }

## Languages a person reads and hears

audit-set-languages = ভাষা বদলেছেন
field-languages = ভাষা
field-days = দিনের সংখ্যা
field-bp-check-days = ব্লাড প্রেশার পরীক্ষার দিনের সংখ্যা

## Assignments from a dietitian or clinician (saathi-content)

field-note = নোট
field-due-date = কবের মধ্যে করতে হবে
field-heard-percent = কতটা শোনা হয়েছে
field-content-item = পাঠ বা খাবার
field-publisher-key = বিষয়বস্তু প্রকাশকের চাবি
field-pack-hash = ডাউনলোডের যাচাই নম্বর
field-date = তারিখ
