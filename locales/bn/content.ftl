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
error-not-found-assignment = এই মানুষকে পাঠানো জিনিসের মধ্যে এটা পাওয়া যায়নি।
