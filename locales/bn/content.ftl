# Saathi: content packs, lessons and the food guide, in Bengali (bn), Bengali script.
# Machine-assisted translation, not yet reviewed by a native-speaking clinician.

## Errors

error-pack-untrusted = এই বিষয়বস্তু এমন কোনো প্রকাশকের নয় যাকে সাথী বিশ্বাস করে। কিছুই বদলায়নি।
error-pack-other-publisher = এই বিষয়বস্তু আগের বিষয়বস্তুর প্রকাশকের নয়। আগে পুরনোটা সরান। কিছুই বদলায়নি।
error-pack-incomplete = এই বিষয়বস্তুর ফাইল সম্পূর্ণ নয়। আবার ডাউনলোড করুন। কিছুই বদলায়নি।
error-pack-too-large = এই বিষয়বস্তু সাথী যতটা জায়গা নিতে পারে তার চেয়ে বড়। কিছুই বদলায়নি।
error-pack-not-newer = এই বিষয়বস্তু আপনার কাছে যা আছে তার মতোই বা তার চেয়ে পুরনো। কিছুই বদলায়নি।
error-pack-needs-update = এই বিষয়বস্তুর জন্য সাথীর নতুন সংস্করণ লাগবে। অ্যাপ আপডেট করে আবার চেষ্টা করুন। কিছুই বদলায়নি।
error-pack-storage = সাথী এই বিষয়বস্তু ফোনে রাখতে পারেনি। ফোনে জায়গা খালি আছে কিনা দেখুন। কিছুই বদলায়নি।
error-pack-damaged = এই বিষয়বস্তুর ফাইল নষ্ট বা বদলানো হয়েছে। কিছুই বদলায়নি।
error-download-offline = ফোন ইন্টারনেটে যুক্ত নেই। যুক্ত হলে আবার চেষ্টা করুন।
error-download-insecure = সংযোগ নিরাপদ ছিল না, তাই কিছু ডাউনলোড হয়নি। অন্য নেটওয়ার্কে চেষ্টা করুন।
error-download-bad-address = ডাউনলোডের ঠিকানা ঠিক নয়।
error-download-failed = ডাউনলোড শেষ হয়নি। পরে আবার চেষ্টা করুন; যেখানে থেমেছিল সেখান থেকে চলবে।
error-needs-wifi = এই ডাউনলোড ওয়াই-ফাইয়ের অপেক্ষায়। ওয়াই-ফাইতে যুক্ত হন, বা মোবাইল ডেটার অনুমতি দিন।
error-no-content = এই ফোনে এখনো কোনো পাঠ বা খাবারের নির্দেশিকা নেই।
error-not-found-lesson = এই পাঠ আপনার তালিকায় নেই।
error-not-found-content-item = এই পাঠ বা খাবার এই ফোনের বিষয়বস্তুতে নেই।
error-not-found-pack-file = সেখানে বিষয়বস্তুর কোনো ফাইল নেই।
error-not-found-assignment = এই মানুষকে পাঠানো জিনিসের মধ্যে এটা পাওয়া যায়নি।

## The command line

cli-error-key-file = { $path } চাবির ফাইল নয়।
cli-error-catalogue = ক্যাটালগ ঠিক নয়; সমস্যাগুলো উপরে লেখা আছে।
cli-error-pack-version = সংস্করণ এভাবে লিখুন: 1.0.0
cli-error-write-file = { $path } লেখা গেল না।
cli-pack-built = { $id } { $version } সই করা হয়েছে: { $files }টি ফাইল।
cli-pack-verified = { $id } { $version } সম্পূর্ণ, চাবি { $key } দিয়ে সই করা।
cli-pack-installed = { $id } { $version } বসানো হয়েছে।
cli-pack-upgraded = { $id } { $from } থেকে { $version } করা হয়েছে।
cli-pack-already = { $id } { $version } আগেই বসানো আছে।
cli-pack-archived = { $path } লেখা হয়েছে।
cli-pack-keygen = চাবির জোড়া তৈরি হয়েছে। { $secret } গোপন ও অফলাইনে রাখুন; অ্যাপ { $public } বিশ্বাস করে। চাবি: { $key }
cli-pack-none = কোনো বিষয়বস্তু বসানো নেই।
cli-col-lesson = পাঠ
cli-col-minutes = মিনিট
cli-col-language = দেখানো / শোনানো
cli-col-progress = অগ্রগতি
cli-col-from = যিনি পাঠিয়েছেন
cli-col-audio = অডিও ফাইল
cli-lesson-from = { $name } পাঠিয়েছেন: { $note }
cli-lesson-from-no-note = { $name } পাঠিয়েছেন
cli-progress-none = শুরু হয়নি
cli-progress-started = শুরু হয়েছে
cli-progress-heard = { $percent }% শোনা
cli-progress-completed = শেষ
cli-lesson-audio = অডিও: { $path }
cli-lesson-video = ভিডিও: { $path }
cli-lesson-captions = সাবটাইটেল: { $path }
cli-lesson-length = দৈর্ঘ্য: { $minutes } মিনিট { $seconds } সেকেন্ড
cli-col-food-name = খাবার
cli-col-portion = পরিমাণ
cli-col-carbs = কার্বস
cli-col-sugars = চিনি
cli-col-fat = চর্বি
cli-col-salt = লবণ
cli-col-swaps = এর বদলে
cli-grams = { $grams } গ্রাম
cli-light-green = { $grams } গ্রাম, কম
cli-light-amber = { $grams } গ্রাম, মাঝারি
cli-light-red = { $grams } গ্রাম, বেশি
cli-food-none = এই নামে কোনো খাবার পাওয়া যায়নি।
cli-assigned = { $name }কে পাঠানো হয়েছে।
cli-demo-content = পাঠ আর খাবারের নির্দেশিকা বসানো হয়েছে ({ $id } { $version }, { $path } এ)।
