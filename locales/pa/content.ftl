# Saathi: content packs, lessons and the food guide, in Punjabi (pa), Gurmukhi script.
# Machine-assisted translation, not yet reviewed by a native-speaking clinician.

## Errors

error-pack-untrusted = ਇਹ ਸਮੱਗਰੀ ਕਿਸੇ ਅਜਿਹੇ ਪ੍ਰਕਾਸ਼ਕ ਦੀ ਨਹੀਂ ਜਿਸ ਤੇ ਸਾਥੀ ਭਰੋਸਾ ਕਰਦਾ ਹੈ। ਕੁਝ ਨਹੀਂ ਬਦਲਿਆ।
error-pack-other-publisher = ਇਹ ਸਮੱਗਰੀ ਪਹਿਲਾਂ ਵਾਲੀ ਸਮੱਗਰੀ ਦੇ ਪ੍ਰਕਾਸ਼ਕ ਦੀ ਨਹੀਂ। ਪਹਿਲਾਂ ਪੁਰਾਣੀ ਸਮੱਗਰੀ ਹਟਾਓ। ਕੁਝ ਨਹੀਂ ਬਦਲਿਆ।
error-pack-incomplete = ਇਹ ਸਮੱਗਰੀ ਦੀ ਫ਼ਾਈਲ ਪੂਰੀ ਨਹੀਂ। ਦੁਬਾਰਾ ਡਾਊਨਲੋਡ ਕਰੋ। ਕੁਝ ਨਹੀਂ ਬਦਲਿਆ।
error-pack-too-large = ਇਹ ਸਮੱਗਰੀ ਉਸ ਥਾਂ ਤੋਂ ਵੱਡੀ ਹੈ ਜੋ ਸਾਥੀ ਵਰਤ ਸਕਦਾ ਹੈ। ਕੁਝ ਨਹੀਂ ਬਦਲਿਆ।
error-pack-not-newer = ਇਹ ਸਮੱਗਰੀ ਤੁਹਾਡੇ ਕੋਲ ਵਾਲੀ ਵਰਗੀ ਜਾਂ ਉਸ ਤੋਂ ਪੁਰਾਣੀ ਹੈ। ਕੁਝ ਨਹੀਂ ਬਦਲਿਆ।
error-pack-needs-update = ਇਸ ਸਮੱਗਰੀ ਲਈ ਸਾਥੀ ਦਾ ਨਵਾਂ ਵਰਜਨ ਚਾਹੀਦਾ ਹੈ। ਐਪ ਅੱਪਡੇਟ ਕਰੋ, ਫਿਰ ਦੁਬਾਰਾ ਕੋਸ਼ਿਸ਼ ਕਰੋ। ਕੁਝ ਨਹੀਂ ਬਦਲਿਆ।
error-pack-storage = ਸਾਥੀ ਇਹ ਸਮੱਗਰੀ ਫ਼ੋਨ ਤੇ ਸਾਂਭ ਨਹੀਂ ਸਕਿਆ। ਦੇਖੋ ਕਿ ਫ਼ੋਨ ਵਿੱਚ ਥਾਂ ਖਾਲੀ ਹੈ। ਕੁਝ ਨਹੀਂ ਬਦਲਿਆ।
error-pack-damaged = ਇਹ ਸਮੱਗਰੀ ਦੀ ਫ਼ਾਈਲ ਖ਼ਰਾਬ ਹੈ ਜਾਂ ਬਦਲੀ ਗਈ ਹੈ। ਕੁਝ ਨਹੀਂ ਬਦਲਿਆ।
error-download-offline = ਫ਼ੋਨ ਇੰਟਰਨੈੱਟ ਨਾਲ ਜੁੜਿਆ ਨਹੀਂ। ਜੁੜਨ ਤੇ ਦੁਬਾਰਾ ਕੋਸ਼ਿਸ਼ ਕਰੋ।
error-download-insecure = ਕਨੈਕਸ਼ਨ ਸੁਰੱਖਿਅਤ ਨਹੀਂ ਸੀ, ਇਸ ਲਈ ਕੁਝ ਡਾਊਨਲੋਡ ਨਹੀਂ ਹੋਇਆ। ਕਿਸੇ ਹੋਰ ਨੈੱਟਵਰਕ ਤੇ ਕੋਸ਼ਿਸ਼ ਕਰੋ।
error-download-bad-address = ਡਾਊਨਲੋਡ ਦਾ ਪਤਾ ਠੀਕ ਨਹੀਂ।
error-download-failed = ਡਾਊਨਲੋਡ ਪੂਰਾ ਨਹੀਂ ਹੋਇਆ। ਬਾਅਦ ਵਿੱਚ ਦੁਬਾਰਾ ਕੋਸ਼ਿਸ਼ ਕਰੋ; ਜਿੱਥੇ ਰੁਕਿਆ ਸੀ ਉੱਥੋਂ ਚੱਲੇਗਾ।
error-needs-wifi = ਇਹ ਡਾਊਨਲੋਡ ਵਾਈ-ਫਾਈ ਦੀ ਉਡੀਕ ਕਰ ਰਿਹਾ ਹੈ। ਵਾਈ-ਫਾਈ ਨਾਲ ਜੁੜੋ, ਜਾਂ ਮੋਬਾਈਲ ਡਾਟਾ ਦੀ ਇਜਾਜ਼ਤ ਦਿਓ।
error-no-content = ਇਸ ਫ਼ੋਨ ਤੇ ਅਜੇ ਕੋਈ ਸਬਕ ਜਾਂ ਖਾਣੇ ਦੀ ਜਾਣਕਾਰੀ ਨਹੀਂ।
error-not-found-lesson = ਇਹ ਸਬਕ ਤੁਹਾਡੀ ਸੂਚੀ ਵਿੱਚ ਨਹੀਂ।
error-not-found-content-item = ਇਹ ਸਬਕ ਜਾਂ ਖਾਣਾ ਇਸ ਫ਼ੋਨ ਦੀ ਸਮੱਗਰੀ ਵਿੱਚ ਨਹੀਂ।
error-not-found-pack-file = ਉੱਥੇ ਸਮੱਗਰੀ ਦੀ ਕੋਈ ਫ਼ਾਈਲ ਨਹੀਂ।
error-not-found-assignment = ਇਸ ਵਿਅਕਤੀ ਨੂੰ ਭੇਜੀਆਂ ਚੀਜ਼ਾਂ ਵਿੱਚ ਇਹ ਨਹੀਂ ਮਿਲਿਆ।

## The command line

cli-error-key-file = { $path } ਚਾਬੀ ਦੀ ਫ਼ਾਈਲ ਨਹੀਂ।
cli-error-catalogue = ਕੈਟਾਲਾਗ ਠੀਕ ਨਹੀਂ; ਮੁਸ਼ਕਲਾਂ ਉੱਪਰ ਲਿਖੀਆਂ ਹਨ।
cli-error-pack-version = ਵਰਜਨ ਇਸ ਤਰ੍ਹਾਂ ਲਿਖੋ: 1.0.0
cli-error-write-file = { $path } ਲਿਖਿਆ ਨਹੀਂ ਜਾ ਸਕਿਆ।
cli-pack-built = { $id } { $version } ਤੇ ਦਸਤਖ਼ਤ ਹੋ ਗਏ: { $files } ਫ਼ਾਈਲਾਂ।
cli-pack-verified = { $id } { $version } ਪੂਰਾ ਹੈ ਅਤੇ ਚਾਬੀ { $key } ਨਾਲ ਦਸਤਖ਼ਤ ਹੈ।
cli-pack-installed = { $id } { $version } ਲਗਾ ਦਿੱਤਾ।
cli-pack-upgraded = { $id } ਨੂੰ { $from } ਤੋਂ { $version } ਕੀਤਾ।
cli-pack-already = { $id } { $version } ਪਹਿਲਾਂ ਹੀ ਲੱਗਾ ਹੈ।
cli-pack-archived = { $path } ਲਿਖ ਦਿੱਤਾ।
cli-pack-keygen = ਚਾਬੀਆਂ ਦਾ ਜੋੜਾ ਬਣ ਗਿਆ। { $secret } ਨੂੰ ਗੁਪਤ ਅਤੇ ਆਫ਼ਲਾਈਨ ਰੱਖੋ; ਐਪਾਂ { $public } ਤੇ ਭਰੋਸਾ ਕਰਦੀਆਂ ਹਨ। ਚਾਬੀ: { $key }
cli-pack-none = ਕੋਈ ਸਮੱਗਰੀ ਨਹੀਂ ਲੱਗੀ।
cli-col-lesson = ਸਬਕ
cli-col-minutes = ਮਿੰਟ
cli-col-language = ਦਿਖਾਇਆ / ਸੁਣਾਇਆ
cli-col-progress = ਤਰੱਕੀ
cli-col-from = ਭੇਜਣ ਵਾਲੇ
cli-col-audio = ਆਵਾਜ਼ ਦੀ ਫ਼ਾਈਲ
cli-lesson-from = { $name } ਵੱਲੋਂ: { $note }
cli-lesson-from-no-note = { $name } ਵੱਲੋਂ
cli-progress-none = ਸ਼ੁਰੂ ਨਹੀਂ ਕੀਤਾ
cli-progress-started = ਸ਼ੁਰੂ ਕੀਤਾ
cli-progress-heard = { $percent }% ਸੁਣਿਆ
cli-progress-completed = ਪੂਰਾ
cli-lesson-audio = ਆਵਾਜ਼: { $path }
cli-lesson-video = ਵੀਡੀਓ: { $path }
cli-lesson-captions = ਉਪਸਿਰਲੇਖ: { $path }
cli-lesson-length = ਲੰਬਾਈ: { $minutes } ਮਿੰਟ { $seconds } ਸਕਿੰਟ
cli-col-food-name = ਖਾਣਾ
cli-col-portion = ਹਿੱਸਾ
cli-col-carbs = ਕਾਰਬਜ਼
cli-col-sugars = ਸ਼ੱਕਰ
cli-col-fat = ਚਿਕਨਾਈ
cli-col-salt = ਲੂਣ
cli-col-swaps = ਇਸ ਦੀ ਥਾਂ
cli-grams = { $grams } ਗ੍ਰਾਮ
cli-light-green = { $grams } ਗ੍ਰਾਮ, ਘੱਟ
cli-light-amber = { $grams } ਗ੍ਰਾਮ, ਦਰਮਿਆਨਾ
cli-light-red = { $grams } ਗ੍ਰਾਮ, ਵੱਧ
cli-food-none = ਇਸ ਨਾਂ ਦਾ ਕੋਈ ਖਾਣਾ ਨਹੀਂ ਮਿਲਿਆ।
cli-assigned = { $name } ਨੂੰ ਭੇਜ ਦਿੱਤਾ।
cli-demo-content = ਸਬਕ ਅਤੇ ਖਾਣੇ ਦੀ ਜਾਣਕਾਰੀ ਲਗਾ ਦਿੱਤੀ ({ $id } { $version }, { $path } ਵਿੱਚ)।
