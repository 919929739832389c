# Saathi: content packs, lessons and the food guide, in Urdu (ur), Arabic script, right to left.
# Machine-assisted translation, not yet reviewed by a native-speaking clinician.

## Errors

error-pack-untrusted = یہ مواد کسی ایسے ناشر کا نہیں جس پر ساتھی بھروسہ کرتا ہے۔ کچھ نہیں بدلا۔
error-pack-other-publisher = یہ مواد پہلے والے مواد کے ناشر کا نہیں۔ پہلے پرانا مواد ہٹائیں۔ کچھ نہیں بدلا۔
error-pack-incomplete = یہ مواد کی فائل پوری نہیں۔ دوبارہ ڈاؤن لوڈ کریں۔ کچھ نہیں بدلا۔
error-pack-too-large = یہ مواد اُس جگہ سے بڑا ہے جو ساتھی استعمال کر سکتا ہے۔ کچھ نہیں بدلا۔
error-pack-not-newer = یہ مواد آپ کے پاس والے جیسا یا اُس سے پرانا ہے۔ کچھ نہیں بدلا۔
error-pack-needs-update = اس مواد کے لیے ساتھی کا نیا ورژن چاہیے۔ ایپ اپ ڈیٹ کریں، پھر دوبارہ کوشش کریں۔ کچھ نہیں بدلا۔
error-pack-storage = ساتھی یہ مواد فون پر محفوظ نہیں کر سکا۔ دیکھیں کہ فون میں جگہ خالی ہے۔ کچھ نہیں بدلا۔
error-pack-damaged = یہ مواد کی فائل خراب ہے یا بدلی گئی ہے۔ کچھ نہیں بدلا۔
error-download-offline = فون انٹرنیٹ سے جڑا نہیں۔ جڑنے پر دوبارہ کوشش کریں۔
error-download-insecure = کنکشن محفوظ نہیں تھا، اس لیے کچھ ڈاؤن لوڈ نہیں ہوا۔ کسی اور نیٹ ورک پر کوشش کریں۔
error-download-bad-address = ڈاؤن لوڈ کا پتا درست نہیں۔
error-download-failed = ڈاؤن لوڈ پورا نہیں ہوا۔ بعد میں دوبارہ کوشش کریں؛ جہاں رکا تھا وہیں سے چلے گا۔
error-needs-wifi = یہ ڈاؤن لوڈ وائی فائی کا انتظار کر رہا ہے۔ وائی فائی سے جڑیں، یا موبائل ڈیٹا کی اجازت دیں۔
error-no-content = اس فون پر ابھی کوئی سبق یا کھانے کی رہنمائی نہیں۔
error-not-found-lesson = یہ سبق آپ کی فہرست میں نہیں۔
error-not-found-content-item = یہ سبق یا کھانا اس فون کے مواد میں نہیں۔
error-not-found-assignment = اس شخص کو بھیجی گئی چیزوں میں یہ نہیں ملا۔
