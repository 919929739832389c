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
error-not-found-pack-file = وہاں مواد کی کوئی فائل نہیں۔
error-not-found-assignment = اس شخص کو بھیجی گئی چیزوں میں یہ نہیں ملا۔

## The command line

cli-error-key-file = { $path } چابی کی فائل نہیں۔
cli-error-catalogue = کیٹلاگ درست نہیں؛ مسئلے اوپر لکھے ہیں۔
cli-error-pack-version = ورژن ایسے لکھیں: 1.0.0
cli-error-write-file = { $path } لکھا نہیں جا سکا۔
cli-pack-built = { $id } { $version } پر دستخط ہو گئے: { $files } فائلیں۔
cli-pack-verified = { $id } { $version } پورا ہے اور چابی { $key } سے دستخط شدہ ہے۔
cli-pack-installed = { $id } { $version } لگا دیا گیا۔
cli-pack-upgraded = { $id } کو { $from } سے { $version } میں بدلا گیا۔
cli-pack-already = { $id } { $version } پہلے سے لگا ہوا ہے۔
cli-pack-archived = { $path } لکھ دیا۔
cli-pack-keygen = چابیوں کا جوڑا بن گیا۔ { $secret } کو خفیہ اور آف لائن رکھیں؛ ایپس { $public } پر بھروسہ کرتی ہیں۔ چابی: { $key }
cli-pack-none = کوئی مواد نہیں لگا۔
cli-col-lesson = سبق
cli-col-minutes = منٹ
cli-col-language = دکھایا / سنایا
cli-col-progress = پیش رفت
cli-col-from = بھیجنے والے
cli-col-audio = آواز کی فائل
cli-lesson-from = { $name } کی طرف سے: { $note }
cli-lesson-from-no-note = { $name } کی طرف سے
cli-progress-none = شروع نہیں کیا
cli-progress-started = شروع کیا
cli-progress-heard = { $percent }% سنا
cli-progress-completed = مکمل
cli-lesson-audio = آواز: { $path }
cli-lesson-video = ویڈیو: { $path }
cli-lesson-captions = سب ٹائٹل: { $path }
cli-lesson-length = لمبائی: { $minutes } منٹ { $seconds } سیکنڈ
cli-col-food-name = کھانا
cli-col-portion = حصہ
cli-col-carbs = کاربز
cli-col-sugars = شکر
cli-col-fat = چکنائی
cli-col-salt = نمک
cli-col-swaps = اس کی جگہ
cli-grams = { $grams } گرام
cli-light-green = { $grams } گرام، کم
cli-light-amber = { $grams } گرام، درمیانہ
cli-light-red = { $grams } گرام، زیادہ
cli-food-none = اس نام کا کوئی کھانا نہیں ملا۔
cli-assigned = { $name } کو بھیج دیا۔
cli-demo-content = اسباق اور کھانے کی رہنمائی لگا دی گئی ({ $id } { $version }، { $path } میں)۔
