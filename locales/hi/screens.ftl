# Saathi: the words of every screen the phone shows in Hindi (hi), Devanagari script.
# Machine-assisted translation, not yet reviewed by a native-speaking clinician.
# Plain spoken Hindi (Hindustani), each line also read aloud: short sentences, polite आप.
# The same words as tracking.ftl (शुगर, ब्लड प्रेशर, रीडिंग, टारगेट, ख़ुराक, दवा, पाठ, सेव).

## Shared

# Between items of a list: "रीडिंग देखना, रीडिंग जोड़ना".
list-separator = {", "}
screen-next = आगे
screen-back = वापस जाइए
screen-change = बदलिए
screen-at-time = { $time } बजे
screen-on-day = { $date } को
screen-tomorrow-at = कल { $time } बजे
screen-reading = { $reading }, { $when }
screen-reading-band = { $reading }, { $when }: { $band }
screen-open-today = आज का दिन देखिए
screen-open-trends = देखिए कैसा चल रहा है
screen-open-medicines = दवाइयाँ
screen-open-lessons = पाठ

## Today

screen-today-morning = सुप्रभात, { $name }
screen-today-afternoon = नमस्ते, { $name }
screen-today-evening = शुभ संध्या, { $name }
screen-today-helping = { $greeting }। आप { $patient } की मदद कर रहे हैं।
screen-today-needs-doing = अभी करने के काम
screen-today-check-sugar = शुगर चेक करने का समय है। आज आपने अभी तक शुगर चेक नहीं की।
screen-today-all-done = अभी कुछ भी करना बाक़ी नहीं है। बहुत बढ़िया।
screen-today-lesson = आपके लिए एक पाठ: { $title }, { $minutes } मिनट।
screen-today-last-readings = आपकी पिछली रीडिंग
screen-today-no-readings = इस हफ़्ते अभी तक कोई रीडिंग नहीं।
screen-today-next-reminder = अगला रिमाइंडर, { $when }: { $reminder }
screen-today-summary = आज अब तक
screen-today-check-sugar-about = { $patient } की शुगर चेक करने का समय है। आज अभी तक उनकी शुगर चेक नहीं हुई।
screen-today-last-readings-about = { $patient } की पिछली रीडिंग

## Log a reading

screen-log-title = रीडिंग जोड़िए
screen-log-start = रीडिंग जोड़िए
screen-log-which = आप क्या जोड़ना चाहते हैं?
screen-log-enter-value = क्या नंबर आया है? { $kind } { $unit } में लिखिए।
screen-log-enter-top = ऊपर वाला नंबर (बड़ा वाला) { $unit } में लिखिए।
screen-log-enter-bottom = अब नीचे वाला नंबर (छोटा वाला) { $unit } में लिखिए।
screen-log-enter-pounds = और पाउंड? पाउंड लिखिए, 0 से 13 तक।
screen-log-enter-minutes = आप कितने मिनट चले-फिरे या कसरत की? मिनट लिखिए।
screen-log-when = आपने शुगर कब चेक की?
screen-log-confirm = आपने { $reading } लिखा है। क्या यह सही है?
screen-log-yes = हाँ, सेव कीजिए
screen-log-no = नहीं, बदलिए
screen-log-saved = सेव हो गया।
screen-log-band = इस रीडिंग का मतलब: { $band }।
screen-log-another = एक और रीडिंग जोड़िए
screen-log-act-now = कृपया अभी यह कीजिए।
screen-call-help = अगर आपको अभी मदद चाहिए:
screen-call-999 = 999 पर फ़ोन कीजिए: इमरजेंसी
screen-call-111 = 111 पर फ़ोन कीजिए: NHS से सलाह
screen-call-111-today = अगर ऐसा ही रहे या तबीयत ठीक न लगे, तो आज ही सलाह लीजिए:
screen-dealing-note = आपके मददगारों को जल्द ही इस रीडिंग के बारे में बताया जाएगा, जब तक आप यह न बताएँ कि आप ख़ुद संभाल रहे हैं।
screen-dealing-with-it = मुझे पता है, अभी मदद नहीं चाहिए

## Trends

screen-trends-title = { $kind }: पिछले { $days } दिन
screen-trends-chart = पिछले { $days } दिनों में { $kind } का चार्ट
screen-trends-none = इन दिनों में { $kind } की कोई रीडिंग नहीं है।

## Medicines

screen-medicines-title = दवाइयाँ
screen-medicines-today = आज
screen-medicines-this-week = इस हफ़्ते
screen-medicines-none = अभी कोई दवा नहीं जोड़ी गई है।
screen-medicines-week = इस हफ़्ते { $expected } ख़ुराकों में से { $taken } ली गईं।
screen-medicines-week-none = इस हफ़्ते कोई ख़ुराक लेनी नहीं थी।
screen-dose-taken = { $medicine } { $dose }, { $time }: ले ली।
screen-dose-late = { $medicine } { $dose }, { $time }: देर से ली।
screen-dose-skipped = { $medicine } { $dose }, { $time }: छोड़ दी।
screen-dose-due = { $medicine } { $dose } लेने का समय है ({ $time }), { $food }।
screen-dose-missed = { $time } बजे की { $medicine } { $dose } अभी तक नहीं ली गई।
screen-dose-later = { $medicine } { $dose }, { $time } बजे, { $food }।
screen-dose-take = मैंने ले ली है
screen-dose-skip = इस बार छोड़ दीजिए
screen-dose-moved = { $dose } { $note }
screen-dose-moved-before-suhoor = रोज़े की वजह से समय बदला: सहरी ख़त्म होने से पहले।
screen-dose-moved-at-iftar = रोज़े की वजह से समय बदला: इफ़्तार के साथ।

## Helper home

screen-helper-title = जिनकी आप मदद करते हैं
screen-helper-nobody = आप अभी किसी की मदद नहीं कर रहे हैं। जिनकी मदद करनी है, उनसे न्योते का कोड माँगिए।
screen-helper-person = { $name }
screen-helper-you-can = आप { $name } के लिए ये कर सकते हैं:
screen-helper-nothing-now = अभी आप { $name } के लिए कुछ नहीं कर सकते।
screen-helper-alert-reading = { $name }: { $time } बजे { $kind } की रीडिंग: { $band }।
screen-helper-alert-dose = { $name } ने { $time } बजे की दवा { $medicine } अभी तक नहीं ली।

## Sharing

screen-sharing-title = आपका रिकॉर्ड कौन देख सकता है
screen-sharing-current = अभी जिनके साथ शेयर है
screen-sharing-ended = जिनके साथ शेयर करना बंद हो गया
screen-sharing-nobody = आपके सिवा कोई और आपका रिकॉर्ड नहीं देख सकता।
screen-sharing-grant = { $name } ये कर सकते हैं: { $scopes }, { $until }।
screen-sharing-until = { $date } तक
screen-sharing-until-stopped = जब तक आप इसे रोकें नहीं
screen-sharing-not-started = { $date } से { $name } ये कर सकेंगे: { $scopes }।
screen-sharing-ended-grant = { $name } अब आपका रिकॉर्ड नहीं देख सकते। वजह: { $reason }।
screen-sharing-stop = शेयर करना बंद कीजिए
screen-sharing-invite = किसी को मदद के लिए न्योता दीजिए

## Settings

screen-settings-title = सेटिंग्स
screen-settings-languages = पढ़ने के लिए: { $text }। सुनने के लिए: { $audio }।
screen-settings-same-as-text = वही
screen-settings-units = शुगर { $glucose } में, HbA1c { $hba1c } में, वज़न { $weight } में।
screen-settings-stones-pounds = स्टोन और पाउंड
screen-settings-text-size = लिखावट का आकार: { $size }
text-size-small = छोटा
text-size-standard = सामान्य
text-size-large = बड़ा
text-size-largest = सबसे बड़ा
screen-settings-reminders = रिमाइंडर
screen-settings-alerts-off = मददगारों को बताना: बंद है।
screen-settings-alerts-on = मददगारों को बताना: चालू है, छूटी हुई दवा या ऐसी रीडिंग के लिए जिस पर तुरंत कुछ करना हो।
screen-settings-pin = आपके अपने हिस्से का पिन

## Lessons and the food guide

screen-lessons-title = पाठ
screen-lessons-assigned = आपको भेजे गए
screen-lessons-for-you = आपके लिए पाठ
screen-lessons-none = अभी कोई पाठ नहीं।
screen-lesson = { $title }: { $minutes } मिनट, { $progress }
screen-lesson-not-started = शुरू नहीं किया
screen-lesson-started = शुरू किया
screen-lesson-heard = { $percent }% सुना
screen-lesson-completed = पूरा
screen-lesson-play = सुनें
screen-from = { $name } की ओर से
screen-from-note = { $name } की ओर से: { $note }
screen-lesson-due = { $date } तक
screen-two = { $first }, { $second }
screen-lesson-title = { $title }
screen-lesson-done = मैंने पूरा सुन लिया
screen-lesson-words = { $text }
screen-food-title = खाने की जानकारी
screen-food = { $food }: { $portion }, { $carbs } ग्राम कार्बोहाइड्रेट
screen-food-lights = चीनी { $sugars }, चिकनाई { $fat }, संतृप्त चिकनाई { $saturates }, नमक { $salt }
screen-light-green = कम
screen-light-amber = मध्यम
screen-light-red = ज़्यादा
screen-food-estimate = ये मात्राएँ अंदाज़ा हैं, अभी किसी डाइटीशियन ने नहीं जाँचीं।
screen-food-swap = बेहतर बदल: { $food }
screen-food-try = { $food } आज़माएँ ({ $from })
screen-food-swap-try = { $food } की जगह { $to } खाएँ ({ $from })
screen-food-to-try = आज़माने के खाने
screen-food-hint = किसी भी भाषा में खाने का नाम लिखें।
screen-food-none = इस नाम का कोई खाना नहीं मिला।
screen-food-results = खाने
