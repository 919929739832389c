# Saathi: content packs, lessons and the food guide, in Hindi (hi), Devanagari script.
# Machine-assisted translation, not yet reviewed by a native-speaking clinician.

## Errors

error-pack-untrusted = यह सामग्री किसी ऐसे प्रकाशक की नहीं है जिस पर साथी भरोसा करता है। कुछ नहीं बदला।
error-pack-other-publisher = यह सामग्री पहले वाली सामग्री के प्रकाशक की नहीं है। पहले पुरानी सामग्री हटाएँ। कुछ नहीं बदला।
error-pack-incomplete = यह सामग्री की फ़ाइल पूरी नहीं है। फिर से डाउनलोड करें। कुछ नहीं बदला।
error-pack-too-large = यह सामग्री उस जगह से बड़ी है जो साथी इस्तेमाल कर सकता है। कुछ नहीं बदला।
error-pack-not-newer = यह सामग्री आपके पास वाली जैसी या उससे पुरानी है। कुछ नहीं बदला।
error-pack-needs-update = इस सामग्री के लिए साथी का नया संस्करण चाहिए। ऐप अपडेट करें, फिर दोबारा कोशिश करें। कुछ नहीं बदला।
error-pack-storage = साथी यह सामग्री फ़ोन पर नहीं रख सका। देखें कि फ़ोन में जगह खाली है। कुछ नहीं बदला।
error-pack-damaged = यह सामग्री की फ़ाइल ख़राब है या बदली गई है। कुछ नहीं बदला।
error-download-offline = फ़ोन इंटरनेट से जुड़ा नहीं है। जुड़ने पर दोबारा कोशिश करें।
error-download-insecure = कनेक्शन सुरक्षित नहीं था, इसलिए कुछ डाउनलोड नहीं हुआ। किसी और नेटवर्क पर कोशिश करें।
error-download-bad-address = डाउनलोड का पता सही नहीं है।
error-download-failed = डाउनलोड पूरा नहीं हुआ। बाद में दोबारा कोशिश करें; जहाँ रुका था वहीं से चलेगा।
error-needs-wifi = यह डाउनलोड वाई-फ़ाई का इंतज़ार कर रहा है। वाई-फ़ाई से जुड़ें, या मोबाइल डेटा की अनुमति दें।
error-no-content = इस फ़ोन पर अभी कोई पाठ या खाने की जानकारी नहीं है।
error-not-found-lesson = यह पाठ आपकी सूची में नहीं है।
error-not-found-content-item = यह पाठ या खाना इस फ़ोन की सामग्री में नहीं है।
error-not-found-pack-file = वहाँ सामग्री की कोई फ़ाइल नहीं है।
error-not-found-assignment = इस व्यक्ति को भेजी गई चीज़ों में यह नहीं मिला।

## The command line

cli-error-key-file = { $path } चाबी की फ़ाइल नहीं है।
cli-error-catalogue = कैटलॉग सही नहीं है; दिक्कतें ऊपर लिखी हैं।
cli-error-pack-version = संस्करण ऐसे लिखें: 1.0.0
cli-error-write-file = { $path } लिखा नहीं जा सका।
cli-pack-built = { $id } { $version } पर हस्ताक्षर हो गए: { $files } फ़ाइलें।
cli-pack-verified = { $id } { $version } पूरा है और चाबी { $key } से हस्ताक्षरित है।
cli-pack-installed = { $id } { $version } लगा दिया।
cli-pack-upgraded = { $id } को { $from } से { $version } किया।
cli-pack-already = { $id } { $version } पहले से लगा है।
cli-pack-archived = { $path } लिख दिया।
cli-pack-keygen = चाबियों की जोड़ी बन गई। { $secret } को गुप्त और ऑफ़लाइन रखें; ऐप { $public } पर भरोसा करते हैं। चाबी: { $key }
cli-pack-none = कोई सामग्री नहीं लगी है।
cli-col-lesson = पाठ
cli-col-minutes = मिनट
cli-col-language = दिखाया / सुनाया
cli-col-progress = प्रगति
cli-col-from = भेजने वाले
cli-col-audio = आवाज़ की फ़ाइल
cli-lesson-from = { $name } की ओर से: { $note }
cli-lesson-from-no-note = { $name } की ओर से
cli-progress-none = शुरू नहीं किया
cli-progress-started = शुरू किया
cli-progress-heard = { $percent }% सुना
cli-progress-completed = पूरा
cli-lesson-audio = आवाज़: { $path }
cli-lesson-video = वीडियो: { $path }
cli-lesson-captions = उपशीर्षक: { $path }
cli-lesson-length = लंबाई: { $minutes } मिनट { $seconds } सेकंड
cli-col-food-name = खाना
cli-col-portion = हिस्सा
cli-col-carbs = कार्ब्स
cli-col-sugars = चीनी
cli-col-fat = चिकनाई
cli-col-salt = नमक
cli-col-swaps = इसकी जगह
cli-grams = { $grams } ग्राम
cli-light-green = { $grams } ग्राम, कम
cli-light-amber = { $grams } ग्राम, मध्यम
cli-light-red = { $grams } ग्राम, ज़्यादा
cli-food-none = इस नाम का कोई खाना नहीं मिला।
cli-assigned = { $name } को भेज दिया।
cli-demo-content = पाठ और खाने की जानकारी लगा दी गई ({ $id } { $version }, { $path } में)।
