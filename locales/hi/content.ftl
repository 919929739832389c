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
error-not-found-assignment = इस व्यक्ति को भेजी गई चीज़ों में यह नहीं मिला।
