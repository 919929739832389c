# Saathi: the terminal shell's words in Bengali (bn), Bengali script.
# Machine-assisted translation, not yet reviewed by a native-speaking clinician.
# Command-line syntax (saathi ..., --as NAME, --db, --pin, --now) stays as it is typed.

cli-default-person-name = আমি

## --speak: what would be heard

cli-speak-voice = ফোনের নিজের কণ্ঠ
cli-speak-clip = রেকর্ডিং

## After logging

cli-logged = { $name }-এর জন্য সেভ করা হয়েছে: { $kind }, { $reading }। (রিডিং নম্বর { $record })
cli-logged-by = { $name }-এর জন্য { $by } সেভ করেছেন: { $kind }, { $reading }। (রিডিং নম্বর { $record })
cli-corrected = { $name }-এর জন্য ঠিক করা হয়েছে: { $kind }, { $reading }। (রিডিং নম্বর { $record }, ভার্সন { $version })
cli-corrected-by = { $name }-এর জন্য { $by } ঠিক করেছেন: { $kind }, { $reading }। (রিডিং নম্বর { $record }, ভার্সন { $version })
cli-deleted = { $kind } রিডিং নম্বর { $record } মুছে ফেলা হয়েছে। তবে রিডিংয়ের ইতিহাসে এটা থেকে যাবে।
cli-dealing-with = রিডিং { $record } আপনি নিজেই সামলাচ্ছেন: আপনার সাহায্যকারীদের এটা জানানো হবে না।
cli-deleted-marker = (মুছে ফেলা হয়েছে)
cli-meaning = এর মানে: { $band }
cli-act-now = এখনই এটা করুন:
cli-record-version = { $record } (v{ $version })
cli-no-readings = এই সময়ে { $name }-এর কোনো রিডিং নেই।

## Column headings

cli-col-when = কখন
cli-col-what = কী
cli-col-reading = রিডিং
cli-col-meaning = মানে
cli-col-entered-by = কে লিখেছেন
cli-col-number = নম্বর
cli-col-version = ভার্সন
cli-col-reason = কেন
cli-col-name = নাম
cli-col-role = ভূমিকা
cli-col-conditions = অসুখ
cli-col-who = কে
cli-col-action = কী করেছেন
cli-col-medicine = ওষুধ
cli-col-dose = ডোজ
cli-col-times = সময়
cli-col-food = খাবার

## Summary

cli-summary-title = { $days ->
    [one] { $name }: আজ ({ $from })
   *[other] { $name }: গত { $days } দিন ({ $from } থেকে { $to })
}
cli-summary-range-title = { $days ->
    [one] { $name }: { $from }
   *[other] { $name }: { $from } থেকে { $to } ({ $days } দিন)
}
cli-summary-glucose = { $count ->
    [one] { $count }টি রিডিং।
   *[other] { $count }টি রিডিং।
} গড় { $mean }, সবচেয়ে কম { $min }, সবচেয়ে বেশি { $max }।
cli-summary-time-in-range = { $in_range }% সময় ঠিক মাত্রায়, { $low }% সময় কম, { $high }% সময় বেশি।
cli-summary-glucose-context = { $context }: { $count ->
    [one] { $count }টি রিডিং
   *[other] { $count }টি রিডিং
}, গড় { $mean }, { $in_range }% ঠিক মাত্রায়।
cli-summary-bp = { $count ->
    [one] { $count }টি রিডিং।
   *[other] { $count }টি রিডিং।
} গড় { $systolic }/{ $diastolic } mmHg: { $band }।
cli-summary-weight = { $count ->
    [one] সবশেষ { $latest } ({ $count } বার ওজন মাপা হয়েছে)।
   *[other] সবশেষ { $latest } ({ $count } বার ওজন মাপা হয়েছে)।
}
cli-summary-hba1c = সবশেষ { $latest }, { $date } তারিখে।
cli-summary-activity = { $days } দিনে { $minutes } মিনিট; গড়ে দিনে { $steps } কদম।
cli-summary-doses = { $taken }টি নেওয়া হয়েছে, { $late }টি দেরিতে, { $skipped }টি বাদ পড়েছে।
cli-medicines = ওষুধ
cli-in-words = সহজ কথায়:

## Targets

cli-targets-title = { $name }-এর লক্ষ্য
cli-target-before-meal = খাওয়ার আগে সুগার
cli-target-after-meal = খাওয়ার 2 ঘণ্টা পরে সুগার
cli-target-other = অন্য সময়ে সুগার
cli-target-bp-home = বাড়িতে ব্লাড প্রেশার
cli-target-glucose = { $low } থেকে { $high } { $unit }
cli-target-bp = { $systolic }/{ $diastolic } mmHg পর্যন্ত
cli-target-hba1c = { $value } mmol/mol পর্যন্ত
cli-target-guideline = নির্দেশিকা: { $source }
cli-target-set-by = { $date } তারিখে { $name } ঠিক করেছেন।
cli-target-set-by-because = { $date } তারিখে { $name } ঠিক করেছেন: { $reason }

## Home blood pressure check

cli-check-progress = { $logged ->
    [one] বাড়িতে ব্লাড প্রেশার পরীক্ষা: { $days } দিনের মধ্যে { $day } নম্বর দিন; এখন পর্যন্ত { $logged } দিনের রিডিং নেওয়া হয়েছে।
   *[other] বাড়িতে ব্লাড প্রেশার পরীক্ষা: { $days } দিনের মধ্যে { $day } নম্বর দিন; এখন পর্যন্ত { $logged } দিনের রিডিং নেওয়া হয়েছে।
}

## People and medicines

cli-person-added = { $name }-কে যোগ করা হয়েছে ({ $role })।
cli-medicine-added = { $name } যোগ করা হয়েছে। (ওষুধ নম্বর { $record })
cli-dose-recorded = { $name }: { $status }। (ডোজ নম্বর { $record })
cli-medicine-changed = { $name } বদলানো হয়েছে। আগের তথ্য ইতিহাসে থেকে যাবে। (ওষুধ নম্বর { $record }, ভার্সন { $version })
cli-medicine-stopped = { $name } বন্ধ করা হয়েছে। এর রিমাইন্ডারও বন্ধ হয়ে গেছে। আগে সেভ করা ডোজগুলো থেকে যাবে।
cli-dose-corrected = ডোজ নম্বর { $record } ঠিক করা হয়েছে: { $status }। আগেরটা ইতিহাসে থেকে যাবে। (ভার্সন { $version })
cli-dose-deleted = ডোজ নম্বর { $record } মুছে ফেলা হয়েছে। তবে ইতিহাসে এটা থেকে যাবে।
cli-imported = { $name }-এর জন্য { $count }টি রিডিং আনা হয়েছে।

## PINs on a shared phone

cli-pin-set = { $name }-এর পিন ঠিক করা হয়েছে। এখন থেকে --pin (বা SAATHI_PIN) দিয়ে পিনটা দিন।
cli-pin-cleared = { $name }-এর পিন সরিয়ে দেওয়া হয়েছে।

## Helpers: sharing a record with family or a nurse

cli-invite-code = { $name }-কে সাহায্য করার আমন্ত্রণ কোড: { $code }
cli-invite-how = কোডটা জোরে পড়ে শোনান, বা টেক্সট মেসেজে পাঠান। এটা একবারই ব্যবহার করা যাবে, { $expires } পর্যন্ত।
cli-invite-qr = QR কোডের জন্য: { $payload }
cli-invite-allows = আমন্ত্রণ গ্রহণ করার পর তাঁরা যা করতে পারবেন: { $scopes }।
cli-invite-days = { $days ->
    [one] গ্রহণ করার পর { $days } দিনের জন্য।
   *[other] গ্রহণ করার পর { $days } দিনের জন্য।
}
cli-accepted = এখন আপনি { $name }-কে সাহায্য করতে পারবেন।
cli-you-may = আপনি যা করতে পারবেন: { $scopes }।
cli-grant-until = { $date } পর্যন্ত।
cli-grant-open-ended = বন্ধ না করা পর্যন্ত।
cli-grant-window = শুধু { $days }, { $from } থেকে { $to } পর্যন্ত।
cli-grant-window-every-day = শুধু { $from } থেকে { $to } পর্যন্ত, প্রতিদিন।
cli-grant-basis = কীসের ভিত্তিতে: { $basis }।
cli-grant-may = { $name } যা করতে পারবেন: { $scopes }।
cli-grant-ended = { $name } যা করতে পারতেন: { $scopes }। { $date } তারিখে বন্ধ হয়েছে: { $reason }।
cli-sharing-title = কে আপনার রেকর্ড দেখতে বা বদলাতে পারেন:
cli-sharing-none = আর কেউ আপনার রেকর্ড দেখতে বা বদলাতে পারেন না।
cli-helping-title = আপনি যাঁদের সাহায্য করেন:
cli-helping = { $name }: আপনি যা করতে পারেন: { $scopes }।
cli-helping-none = এখন আপনি কাউকে সাহায্য করছেন না।
cli-revoked = { $name } এখন আর আপনার রেকর্ড দেখতে বা বদলাতে পারবেন না। কারণ: { $reason }।
cli-day-mon = সোমবার
cli-day-tue = মঙ্গলবার
cli-day-wed = বুধবার
cli-day-thu = বৃহস্পতিবার
cli-day-fri = শুক্রবার
cli-day-sat = শনিবার
cli-day-sun = রবিবার

## The record of who did what

cli-audit-intact = { $entries ->
    [one] কে কী করেছেন, তার হিসাব ঠিক আছে, কিছু বদলানো হয়নি ({ $entries }টি এন্ট্রি)।
   *[other] কে কী করেছেন, তার হিসাব ঠিক আছে, কিছু বদলানো হয়নি ({ $entries }টি এন্ট্রি)।
}
cli-audit-altered = কে কী করেছেন, তার হিসাব বদলানো হয়েছে: { $entry } নম্বর এন্ট্রি যেমন লেখা হয়েছিল, এখন আর তেমন নেই।
cli-audit-missing = কে কী করেছেন, তার হিসাব বদলানো হয়েছে: { $entry } নম্বর এন্ট্রির ঠিক আগের এন্ট্রিগুলো মুছে ফেলা হয়েছে, বা সরিয়ে অন্য জায়গায় নেওয়া হয়েছে।
cli-audit-truncated = কে কী করেছেন, তার হিসাব বদলানো হয়েছে: শেষের এন্ট্রিগুলো মুছে ফেলা হয়েছে। { $entries ->
    [one] { $expected }টির মধ্যে মাত্র { $entries }টি বাকি আছে।
   *[other] { $expected }টির মধ্যে মাত্র { $entries }টি বাকি আছে।
}

## Mistakes in what was typed

cli-error-bp-format = ব্লাড প্রেশার দুটো সংখ্যা দিয়ে লিখুন, মাঝখানে একটা স্ল্যাশ দিয়ে, যেমন 142/88।
cli-error-time-format = সময় এভাবে লিখুন: 08:30, বা 2026-11-21 08:30।
cli-error-now-format = --now লিখুন পুরো তারিখ আর সময় দিয়ে, সাথে টাইম জোনের অফসেট, যেমন 2026-11-21T08:30:00+00:00।
cli-error-whole-number = { $field } দশমিক ছাড়া পূর্ণ সংখ্যা হতে হবে, যেমন 142। কিছুই সেভ করা হয়নি।
cli-error-date-format = তারিখ এভাবে লিখুন: 2026-11-01।
cli-error-empty-range = সময়ের শেষটা শুরুর পরে হতে হবে।
cli-error-unknown-unit = "{ $unit }" এমন কোনো ইউনিট নয়, যা Saathi চেনে।
cli-error-unknown-language = "{ $lang }" ভাষা এখনও Saathi-তে নেই।
cli-error-usage = এই নির্দেশটি বোঝা যায়নি। saathi --help দেখুন।
cli-error-usage-arg = এখানে { $arg } বোঝা যায়নি। saathi --help দেখুন।
cli-error-usage-choices = { $arg } এগুলোর একটি হতে হবে: { $choices }।
cli-error-choose-person = এখানে একজনের বেশি মানুষ Saathi ব্যবহার করেন ({ $names })। আপনি কে, তা --as NAME দিয়ে বলুন।
cli-error-read-file = { $path } পড়া যায়নি।
cli-error-window-format = দিন আর সময় এভাবে লিখুন: mon,tue,wed,thu,fri 09:00-17:00।
cli-error-nothing-to-stop = { $name } এখন আপনার রেকর্ড দেখতে বা বদলাতে পারেন না, তাই বন্ধ করার কিছু নেই।
cli-error-demo-db-exists = { $path } আগে থেকেই আছে। ডেমোর জন্য একটা নতুন ফাইল লাগবে, যাতে আপনার তথ্য ডেমোর তথ্যের সাথে মিশে না যায়।

## The demo

cli-demo-household = এক ফোনে একটা পরিবার
cli-demo-rashid = { $name }, বয়স 70: টাইপ 2 ডায়াবেটিস, হাই ব্লাড প্রেশার আর হার্টের অসুখ। শরীরে সুগার মাপার সেন্সর লাগিয়ে রাখেন।
cli-demo-nasreen = { $name }, বয়স 65: হাই ব্লাড প্রেশার। নিজের ওজন স্টোনে হিসাব করেন।
cli-demo-amina = { $name }: তাঁদের মেয়ে, যিনি ফোন চালাতে তাঁদের সাহায্য করেন।
cli-demo-nurse = { $name }: তাঁদের GP সার্জারির নার্স।
cli-demo-history = তাঁদের রিডিংয়ের ইতিহাস
cli-demo-logged = { $seconds } সেকেন্ডে { $days } দিনের তথ্য লেখা হয়েছে: সেন্সরের { $glucose }টি সুগার রিডিং, { $bp }টি ব্লাড প্রেশার, { $weight }টি ওজন, { $hba1c }টি HbA1c ফল, { $activity } বার হাঁটা আর { $doses }টি ওষুধের ডোজ।
cli-demo-database = ডেমোর তথ্য এখানে আছে: { $path }।
cli-demo-summary = সারাংশ
cli-demo-bp-check = Nasreen-এর বাড়িতে ব্লাড প্রেশার পরীক্ষা
cli-demo-danger = বিপজ্জনক রিডিং হলে সাথে সাথে পরামর্শ আসে
cli-demo-slip = টাইপ করার ভুল নেওয়া হয় না, আর কিছুই সেভ হয় না
cli-demo-slip-typed = Rashid 6.8-এর বদলে 68 টাইপ করেন:
cli-demo-helper = পরিবারের একজন সাহায্যকারী
cli-demo-helper-invite = { $patient } তাঁর রিডিংয়ে সাহায্য করার জন্য নিজের মেয়ে { $helper }-কে আমন্ত্রণ জানান:
cli-demo-helper-accept = { $helper } নিজের ফোনে কোডটা টাইপ করেন:
cli-demo-helper-log = { $helper } { $patient }-এর জন্য একটা ব্লাড সুগার রিডিং যোগ করেন:
cli-demo-helper-list = { $patient } দেখেন, কে তাঁর রেকর্ড দেখতে বা বদলাতে পারেন:
cli-demo-helper-revoke = { $patient } { $helper }-এর অনুমতি বন্ধ করেন:
cli-demo-helper-refused = { $helper } আরেকটা রিডিং যোগ করার চেষ্টা করেন, কিন্তু তাঁকে অনুমতি দেওয়া হয় না:
cli-demo-helper-again = পরে { $patient } আবার { $helper }-কে আমন্ত্রণ জানান, এবার শুধু রিডিং দেখতে আর সতর্কবার্তা পেতে:
cli-demo-alert-choices = { $patient } ঠিক করেন { $helper }-কে কখন জানানো হবে: বাদ যাওয়া ওষুধ { $doses } মিনিট পরেও না নিলে, আর এমন রিডিং যার জন্য এখনই কিছু করতে হবে, { $readings } মিনিট পরে, যদি না তিনি বলেন যে তিনি নিজেই সামলাচ্ছেন।
cli-demo-helper-audit = { $count ->
    [one] { $patient }-এর "কে কী করেছেন" হিসাবের শেষ { $count }টি এন্ট্রি:
   *[other] { $patient }-এর "কে কী করেছেন" হিসাবের শেষ { $count }টি এন্ট্রি:
}
cli-demo-next = নিজে চেষ্টা করে দেখুন
cli-demo-try = যেমন: saathi --db { $path } --as Rashid readings --limit 10

## person languages

cli-languages = { $name } পড়ার ভাষা: { $text }। শোনার ভাষা: { $audio }।
cli-languages-none = { $name } এখনও ভাষা বেছে নেননি।

## reminders

cli-reminders-next = সামনের রিমাইন্ডার:
cli-reminders-none = এই সময়ে কোনো রিমাইন্ডার নেই।
cli-reminders-due = এখন যা করার বা যা বাদ পড়েছে:
