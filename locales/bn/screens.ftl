# Saathi: the words of every screen the phone shows in Bengali (bn), Bengali script.
# Machine-assisted translation, not yet reviewed by a native-speaking clinician.
# Standard written Bengali in simple everyday words, for British Bangladeshi families; each
# line is also read aloud: short sentences, আপনি. The same words as tracking.ftl (সুগার,
# ব্লাড প্রেশার, রিডিং, লক্ষ্য, ডোজ, ওষুধ, পাঠ, সেভ); "check" a reading is মাপা.

## Shared

# Between items of a list: "রিডিং দেখা, রিডিং যোগ করা".
list-separator = {", "}
screen-next = এগিয়ে যান
screen-back = ফিরে যান
screen-change = বদলান
screen-at-time = { $time }-এ
screen-on-day = { $date } তারিখে
screen-tomorrow-at = আগামীকাল { $time }-এ
screen-reading = { $reading }, { $when }
screen-reading-band = { $reading }, { $when }: { $band }
screen-open-today = আজকের দিন দেখুন
screen-open-trends = কেমন চলছে দেখুন
screen-open-medicines = ওষুধ
screen-open-lessons = পাঠ

## Today

screen-today-morning = শুভ সকাল, { $name }
screen-today-afternoon = শুভ দুপুর, { $name }
screen-today-evening = শুভ সন্ধ্যা, { $name }
screen-today-helping = { $greeting }। আপনি { $patient }-কে সাহায্য করছেন।
screen-today-needs-doing = এখন যা করতে হবে
screen-today-check-sugar = সুগার মাপার সময় হয়েছে। আজ আপনি এখনও সুগার মাপেননি।
screen-today-all-done = এখন কিছুই করার বাকি নেই। খুব ভালো।
screen-today-lesson = আপনার জন্য একটি পাঠ: { $title }, { $minutes } মিনিট।
screen-today-last-readings = আপনার সবশেষ রিডিংগুলো
screen-today-no-readings = এই সপ্তাহে এখনও কোনো রিডিং নেই।
screen-today-next-reminder = পরের রিমাইন্ডার, { $when }: { $reminder }
screen-today-summary = আজ এখন পর্যন্ত
screen-today-check-sugar-about = { $patient }-এর সুগার মাপার সময় হয়েছে। আজ এখনও তাঁর সুগার মাপা হয়নি।
screen-today-last-readings-about = { $patient }-এর সবশেষ রিডিংগুলো

## Log a reading

screen-log-title = রিডিং যোগ করুন
screen-log-start = রিডিং যোগ করুন
screen-log-which = আপনি কী যোগ করতে চান?
screen-log-enter-value = কত দেখাচ্ছে? { $kind } { $unit } হিসেবে লিখুন।
screen-log-enter-top = উপরের সংখ্যাটা (বড়টা) { $unit } হিসেবে লিখুন।
screen-log-enter-bottom = এবার নিচের সংখ্যাটা (ছোটটা) { $unit } হিসেবে লিখুন।
screen-log-enter-pounds = আর পাউন্ড? পাউন্ড লিখুন, 0 থেকে 13 পর্যন্ত।
screen-log-enter-minutes = আপনি কত মিনিট হাঁটাচলা বা ব্যায়াম করেছেন? মিনিট লিখুন।
screen-log-when = আপনি কখন সুগার মেপেছেন?
screen-log-confirm = আপনি লিখেছেন { $reading }। এটা কি ঠিক?
screen-log-yes = হ্যাঁ, সেভ করুন
screen-log-no = না, বদলান
screen-log-saved = সেভ করা হয়েছে।
screen-log-band = এই রিডিংয়ের মানে: { $band }।
screen-log-another = আরেকটা রিডিং যোগ করুন
screen-log-act-now = দয়া করে এখনই এটা করুন।
screen-call-help = এখনই সাহায্য লাগলে:
screen-call-999 = 999 নম্বরে ফোন করুন: জরুরি অবস্থা
screen-call-111 = 111 নম্বরে ফোন করুন: NHS-এর পরামর্শ
screen-call-111-today = এমনই থাকলে বা শরীর খারাপ লাগলে আজই পরামর্শ নিন:
screen-dealing-note = আপনার সাহায্যকারীদের শীঘ্রই এই রিডিংয়ের কথা জানানো হবে, যদি না আপনি বলেন যে আপনি নিজেই সামলাচ্ছেন।
screen-dealing-with-it = আমি নিজেই সামলাচ্ছি

## Trends

screen-trends-title = { $kind }: গত { $days } দিন
screen-trends-chart = গত { $days } দিনের { $kind }-এর চার্ট
screen-trends-none = এই কয় দিনে { $kind }-এর কোনো রিডিং নেই।

## Medicines

screen-medicines-title = ওষুধ
screen-medicines-today = আজ
screen-medicines-this-week = এই সপ্তাহে
screen-medicines-none = এখনও কোনো ওষুধ যোগ করা হয়নি।
screen-medicines-week = এই সপ্তাহে { $expected }টি ডোজের মধ্যে { $taken }টি নেওয়া হয়েছে।
screen-medicines-week-none = এই সপ্তাহে কোনো ডোজ নেওয়ার ছিল না।
screen-dose-taken = { $medicine } { $dose }, { $time }: নেওয়া হয়েছে।
screen-dose-late = { $medicine } { $dose }, { $time }: দেরিতে নেওয়া হয়েছে।
screen-dose-skipped = { $medicine } { $dose }, { $time }: বাদ দেওয়া হয়েছে।
screen-dose-due = { $medicine } { $dose } নেওয়ার সময় হয়েছে ({ $time }), { $food }।
screen-dose-missed = { $time }-এর { $medicine } { $dose } এখনও নেওয়া হয়নি।
screen-dose-later = { $medicine } { $dose }, { $time }-এ, { $food }।
screen-dose-take = আমি নিয়েছি
screen-dose-skip = এবার বাদ দিন
screen-dose-moved = { $dose } { $note }
screen-dose-moved-before-suhoor = রোজার জন্য সময় বদলেছে: সেহরি শেষ হওয়ার আগে।
screen-dose-moved-at-iftar = রোজার জন্য সময় বদলেছে: ইফতারের সাথে।

## Helper home

screen-helper-title = আপনি যাঁদের সাহায্য করেন
screen-helper-nobody = আপনি এখনও কাউকে সাহায্য করছেন না। যাঁকে সাহায্য করবেন, তাঁর কাছে একটা আমন্ত্রণ কোড চেয়ে নিন।
screen-helper-person = { $name }
screen-helper-you-can = { $name }-এর জন্য আপনি যা করতে পারেন:
screen-helper-nothing-now = এই মুহূর্তে আপনি { $name }-এর জন্য কিছুই করতে পারবেন না।
screen-helper-alert-reading = { $name }: { $time }-এ { $kind }-এর রিডিং: { $band }।
screen-helper-alert-dose = { $name } { $time }-এর ওষুধ { $medicine } এখনও নেননি।

## Sharing

screen-sharing-title = কে আপনার রেকর্ড দেখতে পারেন
screen-sharing-current = এখন যাঁদের সাথে শেয়ার করা আছে
screen-sharing-ended = যাঁদের সাথে শেয়ার করা বন্ধ হয়েছে
screen-sharing-nobody = আর কেউ আপনার রেকর্ড দেখতে পারেন না।
screen-sharing-grant = { $name } যা করতে পারেন: { $scopes }, { $until }।
screen-sharing-until = { $date } পর্যন্ত
screen-sharing-until-stopped = আপনি বন্ধ না করা পর্যন্ত
screen-sharing-not-started = { $date } থেকে { $name } যা করতে পারবেন: { $scopes }।
screen-sharing-ended-grant = { $name } আর আপনার রেকর্ড দেখতে পারেন না। কারণ: { $reason }।
screen-sharing-stop = শেয়ার করা বন্ধ করুন
screen-sharing-invite = কাউকে সাহায্যের জন্য আমন্ত্রণ জানান

## Settings

screen-settings-title = সেটিংস
screen-settings-languages = পড়ার ভাষা: { $text }। শোনার ভাষা: { $audio }।
screen-settings-same-as-text = একই
screen-settings-units = সুগার { $glucose } হিসেবে, HbA1c { $hba1c } হিসেবে, ওজন { $weight } হিসেবে।
screen-settings-stones-pounds = স্টোন আর পাউন্ড
screen-settings-text-size = লেখার আকার: { $size }
text-size-small = ছোট
text-size-standard = সাধারণ
text-size-large = বড়
text-size-largest = সবচেয়ে বড়
screen-settings-reminders = রিমাইন্ডার
screen-settings-alerts-off = সাহায্যকারীদের জানানো: বন্ধ।
screen-settings-alerts-on = সাহায্যকারীদের জানানো: চালু, ওষুধ বাদ গেলে বা এমন রিডিং হলে যার জন্য এখনই কিছু করতে হবে।
screen-settings-pin = আপনার নিজের অংশের পিন

## Lessons and the food guide

screen-lessons-title = পাঠ
screen-lessons-assigned = আপনাকে পাঠানো
screen-lessons-for-you = আপনার জন্য পাঠ
screen-lessons-none = এখনো কোনো পাঠ নেই।
screen-lesson = { $title }: { $minutes } মিনিট, { $progress }
screen-lesson-not-started = শুরু হয়নি
screen-lesson-started = শুরু হয়েছে
screen-lesson-heard = { $percent }% শোনা
screen-lesson-completed = শেষ
screen-lesson-play = শুনুন
screen-from = { $name } পাঠিয়েছেন
screen-from-note = { $name } পাঠিয়েছেন: { $note }
screen-lesson-due = { $date } এর মধ্যে
screen-two = { $first }, { $second }
screen-lesson-title = { $title }
screen-lesson-done = আমি পুরোটা শুনেছি
screen-lesson-words = { $text }
screen-food-title = খাবারের নির্দেশিকা
screen-food = { $food }: { $portion }, { $carbs } গ্রাম শর্করা
screen-food-lights = চিনি { $sugars }, চর্বি { $fat }, সম্পৃক্ত চর্বি { $saturates }, লবণ { $salt }
screen-light-green = কম
screen-light-amber = মাঝারি
screen-light-red = বেশি
screen-food-estimate = এই পরিমাণগুলো আন্দাজ, এখনও কোনো পুষ্টিবিদ যাচাই করেননি।
screen-food-swap = ভালো বদল: { $food }
screen-food-try = { $food } খেয়ে দেখুন ({ $from })
screen-food-swap-try = { $food } এর বদলে { $to } খান ({ $from })
screen-food-to-try = খেয়ে দেখার খাবার
screen-food-hint = যেকোনো ভাষায় একটা খাবারের নাম লিখুন।
screen-food-none = এই নামে কোনো খাবার পাওয়া যায়নি।
screen-food-results = খাবার
