# Saathi: reminders, missed doses and checks, alerts to helpers, and fasting advice in Punjabi (pa), Gurmukhi script.
# Machine-assisted translation, not yet reviewed by a native-speaking clinician.
# Short, warm, plain sentences, each also read aloud: polite ਤੁਸੀਂ. The same words as
# tracking.ftl and screens.ftl (ਸ਼ੂਗਰ, ਦਵਾਈ, ਖ਼ੁਰਾਕ, ਰੀਡਿੰਗ, ਰਿਮਾਈਂਡਰ, ਮਦਦਗਾਰ, ਸਹਿਰੀ, ਇਫ਼ਤਾਰ,
# ਵਰਤ (ਰੋਜ਼ਾ), ਸੇਵ). { $kind } may be masculine or feminine, so sentences around it avoid
# gendered verbs. "Something sugary" names juice or toffees (ਟੌਫੀਆਂ), as in advice-glucose-low,
# so it is not heard as mithai.

## Reminders (what a notification says)

reminder-medicine = ਤੁਹਾਡੀ ਦਵਾਈ { $name } { $dose } ਲੈਣ ਦਾ ਵੇਲਾ ਹੈ।
reminder-medicine-unnamed = ਤੁਹਾਡੀ ਦਵਾਈ ਲੈਣ ਦਾ ਵੇਲਾ ਹੈ।
reminder-medicine-before-suhoor = ਸਹਿਰੀ ਖ਼ਤਮ ਹੋਣ ਤੋਂ ਪਹਿਲਾਂ ਆਪਣੀ ਦਵਾਈ { $name } { $dose } ਲੈ ਲਓ।
reminder-medicine-before-suhoor-unnamed = ਸਹਿਰੀ ਖ਼ਤਮ ਹੋਣ ਤੋਂ ਪਹਿਲਾਂ ਆਪਣੀ ਦਵਾਈ ਲੈ ਲਓ।
reminder-medicine-at-iftar = ਇਫ਼ਤਾਰ ਦੇ ਨਾਲ ਆਪਣੀ ਦਵਾਈ { $name } { $dose } ਲਓ।
reminder-medicine-at-iftar-unnamed = ਇਫ਼ਤਾਰ ਦੇ ਨਾਲ ਆਪਣੀ ਦਵਾਈ ਲਓ।
reminder-missed-medicine = ਤੁਸੀਂ ਅਜੇ ਤੱਕ ਆਪਣੀ ਦਵਾਈ { $name } { $dose } ਨਹੀਂ ਲਈ।
reminder-missed-medicine-unnamed = ਤੁਸੀਂ ਅਜੇ ਤੱਕ ਆਪਣੀ ਦਵਾਈ ਨਹੀਂ ਲਈ।
reminder-reading = { $kind } ਚੈੱਕ ਕਰਨ ਦਾ ਵੇਲਾ ਹੈ।
reminder-reading-glucose = ਸ਼ੂਗਰ ਚੈੱਕ ਕਰਨ ਦਾ ਵੇਲਾ ਹੈ ({ $context })।
reminder-missed-reading = { $kind } ਚੈੱਕ ਕਰਨਾ ਅਜੇ ਬਾਕੀ ਹੈ।
reminder-missed-reading-glucose = ਤੁਸੀਂ ਅਜੇ ਤੱਕ ਸ਼ੂਗਰ ਚੈੱਕ ਨਹੀਂ ਕੀਤੀ ({ $context })।

## Alerts to helpers (never the value, only what it means)

alert-missed-dose = { $patient } ਨੇ ਅਜੇ ਤੱਕ ਦਵਾਈ { $name } ਨਹੀਂ ਲਈ।
alert-missed-dose-unnamed = { $patient } ਨੇ ਅਜੇ ਤੱਕ ਆਪਣੀ ਇੱਕ ਦਵਾਈ ਨਹੀਂ ਲਈ।
alert-dangerous-reading = { $patient } ਦੀ ਇੱਕ ਰੀਡਿੰਗ ਉੱਤੇ ਹੁਣੇ ਧਿਆਨ ਦੇਣਾ ਜ਼ਰੂਰੀ ਹੈ: { $band }। ਕਿਰਪਾ ਕਰਕੇ ਪਤਾ ਕਰੋ ਕਿ ਉਹ ਠੀਕ ਹਨ।

## Fasting (Ramadan, vrat): IDF-DAR

ramadan-break-fast-low = ਤੁਹਾਡੀ ਸ਼ੂਗਰ ਇੰਨੀ ਘੱਟ ਹੈ ਕਿ ਵਰਤ ਜਾਰੀ ਰੱਖਣਾ ਸੁਰੱਖਿਅਤ ਨਹੀਂ ਹੈ। ਹੁਣੇ ਆਪਣਾ ਵਰਤ (ਰੋਜ਼ਾ) ਤੋੜ ਦਿਓ ਅਤੇ ਕੁਝ ਮਿੱਠਾ ਲਓ, ਜਿਵੇਂ ਜੂਸ ਜਾਂ ਟੌਫੀਆਂ।
ramadan-break-fast-high = ਤੁਹਾਡੀ ਸ਼ੂਗਰ ਇੰਨੀ ਵੱਧ ਹੈ ਕਿ ਵਰਤ ਜਾਰੀ ਰੱਖਣਾ ਸੁਰੱਖਿਅਤ ਨਹੀਂ ਹੈ। ਹੁਣੇ ਆਪਣਾ ਵਰਤ (ਰੋਜ਼ਾ) ਤੋੜ ਦਿਓ, ਪਾਣੀ ਪੀਓ, ਅਤੇ ਸ਼ੂਗਰ ਫਿਰ ਚੈੱਕ ਕਰੋ।
ramadan-break-fast-unwell = ਤੁਹਾਡੀ ਤਬੀਅਤ ਠੀਕ ਨਹੀਂ ਹੈ। ਹੁਣੇ ਆਪਣਾ ਵਰਤ (ਰੋਜ਼ਾ) ਤੋੜ ਦਿਓ; ਤੁਹਾਡੀ ਸਿਹਤ ਸਭ ਤੋਂ ਪਹਿਲਾਂ ਹੈ।

## Errors and fields

# Said as "first { $field } must come, then { $other }", so neither name needs a case ending.
error-out-of-order = ਪਹਿਲਾਂ { $other } ਆਉਣਾ ਚਾਹੀਦਾ ਹੈ, ਫਿਰ { $field }। ਕੁਝ ਵੀ ਸੇਵ ਨਹੀਂ ਹੋਇਆ।
error-not-found-reminder = ਉਹ ਰਿਮਾਈਂਡਰ ਨਹੀਂ ਮਿਲਿਆ।
field-reminder-for = ਰਿਮਾਈਂਡਰ ਕਿਸ ਚੀਜ਼ ਲਈ ਹੈ
field-reminder-times = ਰਿਮਾਈਂਡਰ ਦਾ ਸਮਾਂ
field-reminder-days = ਰਿਮਾਈਂਡਰ ਦੇ ਦਿਨ
field-reminder-start = ਪਹਿਲਾ ਦਿਨ
field-reminder-end = ਆਖ਼ਰੀ ਦਿਨ
field-time-zone = ਟਾਈਮ ਜ਼ੋਨ
field-alert-delay = ਮਦਦਗਾਰ ਨੂੰ ਦੱਸਣ ਤੋਂ ਪਹਿਲਾਂ ਕਿੰਨੀ ਦੇਰ ਉਡੀਕ ਕਰਨੀ ਹੈ
field-suhoor = ਸਹਿਰੀ ਦਾ ਸਮਾਂ
field-iftar = ਇਫ਼ਤਾਰ ਦਾ ਸਮਾਂ
