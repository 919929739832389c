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
error-not-found-assignment = ਇਸ ਵਿਅਕਤੀ ਨੂੰ ਭੇਜੀਆਂ ਚੀਜ਼ਾਂ ਵਿੱਚ ਇਹ ਨਹੀਂ ਮਿਲਿਆ।
