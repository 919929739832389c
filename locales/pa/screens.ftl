# Saathi: the words of every screen the phone shows in Punjabi (pa), Gurmukhi script.
# Machine-assisted translation, not yet reviewed by a native-speaking clinician.
# Short, warm, plain sentences, each also read aloud: polite ਤੁਸੀਂ. The same words as
# tracking.ftl (ਸ਼ੂਗਰ, ਬਲੱਡ ਪ੍ਰੈਸ਼ਰ, ਰੀਡਿੰਗ, ਟੀਚਾ, ਖ਼ੁਰਾਕ, ਦਵਾਈ, ਸਬਕ, ਸੇਵ).

## Shared

# Between items of a list: "ਰੀਡਿੰਗਾਂ ਦੇਖਣਾ, ਰੀਡਿੰਗਾਂ ਦਰਜ ਕਰਨਾ".
list-separator = {", "}
screen-next = ਅੱਗੇ
screen-back = ਪਿੱਛੇ ਜਾਓ
screen-change = ਬਦਲੋ
screen-at-time = { $time } ਵਜੇ
screen-on-day = { $date } ਨੂੰ
screen-tomorrow-at = ਕੱਲ੍ਹ { $time } ਵਜੇ
screen-reading = { $reading }, { $when }
screen-reading-band = { $reading }, { $when }: { $band }
screen-open-today = ਅੱਜ ਦਾ ਦਿਨ ਦੇਖੋ
screen-open-trends = ਦੇਖੋ ਕਿਵੇਂ ਚੱਲ ਰਿਹਾ ਹੈ
screen-open-medicines = ਦਵਾਈਆਂ
screen-open-lessons = ਸਬਕ

## Today

screen-today-morning = ਸ਼ੁਭ ਸਵੇਰ, { $name }
screen-today-afternoon = ਜੀ ਆਇਆਂ ਨੂੰ, { $name }
screen-today-evening = ਸ਼ੁਭ ਸ਼ਾਮ, { $name }
screen-today-helping = { $greeting }। ਤੁਸੀਂ { $patient } ਦੀ ਮਦਦ ਕਰ ਰਹੇ ਹੋ।
screen-today-needs-doing = ਹੁਣ ਕਰਨ ਵਾਲੇ ਕੰਮ
screen-today-check-sugar = ਸ਼ੂਗਰ ਚੈੱਕ ਕਰਨ ਦਾ ਵੇਲਾ ਹੈ। ਤੁਸੀਂ ਅੱਜ ਅਜੇ ਸ਼ੂਗਰ ਚੈੱਕ ਨਹੀਂ ਕੀਤੀ।
screen-today-all-done = ਇਸ ਵੇਲੇ ਕੋਈ ਕੰਮ ਬਾਕੀ ਨਹੀਂ। ਬਹੁਤ ਵਧੀਆ।
screen-today-lesson = ਤੁਹਾਡੇ ਲਈ ਇੱਕ ਸਬਕ: { $title }, { $minutes } ਮਿੰਟ।
screen-today-last-readings = ਤੁਹਾਡੀਆਂ ਪਿਛਲੀਆਂ ਰੀਡਿੰਗਾਂ
screen-today-no-readings = ਇਸ ਹਫ਼ਤੇ ਅਜੇ ਕੋਈ ਰੀਡਿੰਗ ਨਹੀਂ।
screen-today-next-reminder = ਅਗਲੀ ਯਾਦ-ਦਹਾਨੀ, { $when }: { $reminder }
screen-today-summary = ਅੱਜ ਹੁਣ ਤੱਕ
screen-today-check-sugar-about = { $patient } ਦੀ ਸ਼ੂਗਰ ਚੈੱਕ ਕਰਨ ਦਾ ਵੇਲਾ ਹੈ। ਅੱਜ ਅਜੇ ਉਹਨਾਂ ਦੀ ਸ਼ੂਗਰ ਚੈੱਕ ਨਹੀਂ ਹੋਈ।
screen-today-last-readings-about = { $patient } ਦੀਆਂ ਪਿਛਲੀਆਂ ਰੀਡਿੰਗਾਂ

## Log a reading

screen-log-title = ਰੀਡਿੰਗ ਦਰਜ ਕਰੋ
screen-log-start = ਰੀਡਿੰਗ ਦਰਜ ਕਰੋ
screen-log-which = ਤੁਸੀਂ ਕੀ ਦਰਜ ਕਰਨਾ ਚਾਹੁੰਦੇ ਹੋ?
screen-log-enter-value = ਕਿਹੜਾ ਨੰਬਰ ਆਇਆ ਹੈ? { $kind } { $unit } ਵਿੱਚ ਲਿਖੋ।
screen-log-enter-top = ਉੱਪਰ ਵਾਲਾ ਨੰਬਰ (ਵੱਡਾ ਵਾਲਾ) { $unit } ਵਿੱਚ ਲਿਖੋ।
screen-log-enter-bottom = ਹੁਣ ਹੇਠਾਂ ਵਾਲਾ ਨੰਬਰ (ਛੋਟਾ ਵਾਲਾ) { $unit } ਵਿੱਚ ਲਿਖੋ।
screen-log-enter-pounds = ਅਤੇ ਪੌਂਡ? ਪੌਂਡ ਲਿਖੋ, 0 ਤੋਂ 13 ਤੱਕ।
screen-log-enter-minutes = ਤੁਸੀਂ ਕਿੰਨੇ ਮਿੰਟ ਤੁਰੇ-ਫਿਰੇ ਜਾਂ ਕਸਰਤ ਕੀਤੀ? ਮਿੰਟ ਲਿਖੋ।
screen-log-when = ਤੁਸੀਂ ਸ਼ੂਗਰ ਕਦੋਂ ਚੈੱਕ ਕੀਤੀ?
screen-log-confirm = ਤੁਸੀਂ { $reading } ਲਿਖਿਆ ਹੈ। ਕੀ ਇਹ ਠੀਕ ਹੈ?
screen-log-yes = ਹਾਂ ਜੀ, ਸੇਵ ਕਰੋ
screen-log-no = ਨਹੀਂ, ਬਦਲੋ
screen-log-saved = ਸੇਵ ਹੋ ਗਿਆ।
screen-log-band = ਇਸ ਰੀਡਿੰਗ ਦਾ ਮਤਲਬ ਹੈ: { $band }।
screen-log-another = ਇੱਕ ਹੋਰ ਰੀਡਿੰਗ ਦਰਜ ਕਰੋ
screen-log-act-now = ਕਿਰਪਾ ਕਰਕੇ ਹੁਣੇ ਇਹ ਕਰੋ।
screen-call-help = ਜੇ ਤੁਹਾਨੂੰ ਹੁਣੇ ਮਦਦ ਚਾਹੀਦੀ ਹੈ:
screen-call-999 = 999 ਨੂੰ ਫ਼ੋਨ ਕਰੋ: ਐਮਰਜੈਂਸੀ
screen-call-111 = 111 ਨੂੰ ਫ਼ੋਨ ਕਰੋ: NHS ਦੀ ਸਲਾਹ
screen-call-111-today = ਜੇ ਇਹ ਇਸੇ ਤਰ੍ਹਾਂ ਰਹੇ ਜਾਂ ਤਬੀਅਤ ਠੀਕ ਨਾ ਲੱਗੇ, ਤਾਂ ਅੱਜ ਹੀ ਸਲਾਹ ਲਓ:
screen-dealing-note = ਤੁਹਾਡੇ ਮਦਦਗਾਰਾਂ ਨੂੰ ਛੇਤੀ ਇਸ ਰੀਡਿੰਗ ਬਾਰੇ ਦੱਸਿਆ ਜਾਵੇਗਾ, ਜਦੋਂ ਤੱਕ ਤੁਸੀਂ ਇਹ ਨਾ ਦੱਸੋ ਕਿ ਤੁਸੀਂ ਆਪ ਸੰਭਾਲ ਰਹੇ ਹੋ।
screen-dealing-with-it = ਮੈਨੂੰ ਪਤਾ ਹੈ, ਹਾਲੇ ਮਦਦ ਨਹੀਂ ਚਾਹੀਦੀ

## Trends

screen-trends-title = { $kind }: ਪਿਛਲੇ { $days } ਦਿਨ
screen-trends-chart = ਪਿਛਲੇ { $days } ਦਿਨਾਂ ਵਿੱਚ { $kind } ਦਾ ਚਾਰਟ
screen-trends-none = ਇਹਨਾਂ ਦਿਨਾਂ ਵਿੱਚ { $kind } ਦੀ ਕੋਈ ਰੀਡਿੰਗ ਨਹੀਂ ਹੈ।

## Medicines

screen-medicines-title = ਦਵਾਈਆਂ
screen-medicines-today = ਅੱਜ
screen-medicines-this-week = ਇਸ ਹਫ਼ਤੇ
screen-medicines-none = ਅਜੇ ਕੋਈ ਦਵਾਈ ਦਰਜ ਨਹੀਂ ਹੈ।
screen-medicines-week = ਇਸ ਹਫ਼ਤੇ { $expected } ਖ਼ੁਰਾਕਾਂ ਵਿੱਚੋਂ { $taken } ਲਈਆਂ ਗਈਆਂ।
screen-medicines-week-none = ਇਸ ਹਫ਼ਤੇ ਕੋਈ ਖ਼ੁਰਾਕ ਲੈਣੀ ਨਹੀਂ ਸੀ।
screen-dose-taken = { $medicine } { $dose }, { $time }: ਲਈ ਗਈ।
screen-dose-late = { $medicine } { $dose }, { $time }: ਦੇਰ ਨਾਲ ਲਈ ਗਈ।
screen-dose-skipped = { $medicine } { $dose }, { $time }: ਛੱਡ ਦਿੱਤੀ ਗਈ।
screen-dose-due = { $medicine } { $dose } ਲੈਣ ਦਾ ਵੇਲਾ ਹੈ ({ $time }), { $food }।
screen-dose-missed = { $time } ਵਜੇ ਵਾਲੀ { $medicine } { $dose } ਅਜੇ ਨਹੀਂ ਲਈ ਗਈ।
screen-dose-later = { $medicine } { $dose }, { $time } ਵਜੇ, { $food }।
screen-dose-take = ਮੈਂ ਲੈ ਲਈ ਹੈ
screen-dose-skip = ਇਸ ਵਾਰੀ ਛੱਡੋ
screen-dose-moved = { $dose } { $note }
screen-dose-moved-before-suhoor = ਰੋਜ਼ੇ ਕਰਕੇ ਵੇਲਾ ਬਦਲਿਆ: ਸਹਿਰੀ ਖ਼ਤਮ ਹੋਣ ਤੋਂ ਪਹਿਲਾਂ।
screen-dose-moved-at-iftar = ਰੋਜ਼ੇ ਕਰਕੇ ਵੇਲਾ ਬਦਲਿਆ: ਇਫ਼ਤਾਰ ਦੇ ਨਾਲ।

## Helper home

screen-helper-title = ਜਿਹਨਾਂ ਲੋਕਾਂ ਦੀ ਤੁਸੀਂ ਮਦਦ ਕਰਦੇ ਹੋ
screen-helper-nobody = ਤੁਸੀਂ ਅਜੇ ਕਿਸੇ ਦੀ ਮਦਦ ਨਹੀਂ ਕਰ ਰਹੇ। ਜਿਹਨਾਂ ਦੀ ਮਦਦ ਕਰਨੀ ਹੈ, ਉਹਨਾਂ ਤੋਂ ਸੱਦੇ ਦਾ ਕੋਡ ਮੰਗੋ।
screen-helper-person = { $name }
screen-helper-you-can = ਤੁਸੀਂ { $name } ਲਈ ਇਹ ਕਰ ਸਕਦੇ ਹੋ:
screen-helper-nothing-now = ਇਸ ਵੇਲੇ ਤੁਸੀਂ { $name } ਲਈ ਕੁਝ ਨਹੀਂ ਕਰ ਸਕਦੇ।
screen-helper-alert-reading = { $name }: { $time } ਵਜੇ { $kind } ਦੀ ਰੀਡਿੰਗ: { $band }।
screen-helper-alert-dose = { $name } ਨੇ { $time } ਵਜੇ ਵਾਲੀ ਦਵਾਈ { $medicine } ਅਜੇ ਨਹੀਂ ਲਈ।

## Sharing

screen-sharing-title = ਤੁਹਾਡਾ ਰਿਕਾਰਡ ਕੌਣ ਦੇਖ ਸਕਦਾ ਹੈ
screen-sharing-current = ਹੁਣ ਜਿਹਨਾਂ ਨਾਲ ਸਾਂਝਾ ਹੈ
screen-sharing-ended = ਜਿਹਨਾਂ ਨਾਲ ਸਾਂਝਾ ਕਰਨਾ ਬੰਦ ਹੋ ਗਿਆ
screen-sharing-nobody = ਹੋਰ ਕੋਈ ਵੀ ਤੁਹਾਡਾ ਰਿਕਾਰਡ ਨਹੀਂ ਦੇਖ ਸਕਦਾ।
screen-sharing-grant = { $name } ਨੂੰ ਇਸ ਦੀ ਇਜਾਜ਼ਤ ਹੈ: { $scopes }, { $until }।
screen-sharing-until = { $date } ਤੱਕ
screen-sharing-until-stopped = ਜਦੋਂ ਤੱਕ ਤੁਸੀਂ ਇਸ ਨੂੰ ਬੰਦ ਨਾ ਕਰੋ
screen-sharing-not-started = { $date } ਤੋਂ { $name } ਨੂੰ ਇਸ ਦੀ ਇਜਾਜ਼ਤ ਹੋਵੇਗੀ: { $scopes }।
screen-sharing-ended-grant = { $name } ਹੁਣ ਤੁਹਾਡਾ ਰਿਕਾਰਡ ਨਹੀਂ ਦੇਖ ਸਕਦੇ। ਕਿਉਂ: { $reason }।
screen-sharing-stop = ਸਾਂਝਾ ਕਰਨਾ ਬੰਦ ਕਰੋ
screen-sharing-invite = ਕਿਸੇ ਨੂੰ ਮਦਦ ਲਈ ਸੱਦਾ ਦਿਓ

## Settings

screen-settings-title = ਸੈਟਿੰਗਾਂ
screen-settings-languages = ਪੜ੍ਹਨ ਲਈ: { $text }। ਸੁਣਨ ਲਈ: { $audio }।
screen-settings-same-as-text = ਉਹੀ
screen-settings-units = ਸ਼ੂਗਰ { $glucose } ਵਿੱਚ, HbA1c { $hba1c } ਵਿੱਚ, ਭਾਰ { $weight } ਵਿੱਚ।
screen-settings-stones-pounds = ਸਟੋਨ ਅਤੇ ਪੌਂਡ
screen-settings-text-size = ਲਿਖਤ ਦਾ ਆਕਾਰ: { $size }
text-size-small = ਛੋਟਾ
text-size-standard = ਆਮ
text-size-large = ਵੱਡਾ
text-size-largest = ਸਭ ਤੋਂ ਵੱਡਾ
screen-settings-reminders = ਰਿਮਾਈਂਡਰ
screen-settings-alerts-off = ਮਦਦਗਾਰਾਂ ਨੂੰ ਦੱਸਣਾ: ਬੰਦ ਹੈ।
screen-settings-alerts-on = ਮਦਦਗਾਰਾਂ ਨੂੰ ਦੱਸਣਾ: ਚਾਲੂ ਹੈ, ਛੁੱਟੀ ਹੋਈ ਦਵਾਈ ਜਾਂ ਅਜਿਹੀ ਰੀਡਿੰਗ ਲਈ ਜਿਸ ਉੱਤੇ ਝੱਟ ਕੁਝ ਕਰਨਾ ਹੋਵੇ।
screen-settings-pin = ਤੁਹਾਡੇ ਆਪਣੇ ਹਿੱਸੇ ਲਈ ਪਿੰਨ

## Lessons and the food guide

screen-lessons-title = ਸਬਕ
screen-lessons-assigned = ਤੁਹਾਨੂੰ ਭੇਜੇ ਗਏ
screen-lessons-for-you = ਤੁਹਾਡੇ ਲਈ ਸਬਕ
screen-lessons-none = ਅਜੇ ਕੋਈ ਸਬਕ ਨਹੀਂ।
screen-lesson = { $title }: { $minutes } ਮਿੰਟ, { $progress }
screen-lesson-not-started = ਸ਼ੁਰੂ ਨਹੀਂ ਕੀਤਾ
screen-lesson-started = ਸ਼ੁਰੂ ਕੀਤਾ
screen-lesson-heard = { $percent }% ਸੁਣਿਆ
screen-lesson-completed = ਪੂਰਾ
screen-lesson-play = ਸੁਣੋ
screen-from = { $name } ਵੱਲੋਂ
screen-from-note = { $name } ਵੱਲੋਂ: { $note }
screen-lesson-due = { $date } ਤੱਕ
screen-two = { $first }, { $second }
screen-lesson-title = { $title }
screen-lesson-done = ਮੈਂ ਸਾਰਾ ਸੁਣ ਲਿਆ
screen-lesson-words = { $text }
screen-food-title = ਖਾਣੇ ਦੀ ਜਾਣਕਾਰੀ
screen-food = { $food }: { $portion }, { $carbs } ਗ੍ਰਾਮ ਕਾਰਬੋਹਾਈਡ੍ਰੇਟ
screen-food-lights = ਸ਼ੱਕਰ { $sugars }, ਚਿਕਨਾਈ { $fat }, ਸੰਤ੍ਰਿਪਤ ਚਿਕਨਾਈ { $saturates }, ਲੂਣ { $salt }
screen-light-green = ਘੱਟ
screen-light-amber = ਦਰਮਿਆਨਾ
screen-light-red = ਵੱਧ
screen-food-estimate = ਇਹ ਮਾਤਰਾਵਾਂ ਅੰਦਾਜ਼ਾ ਹਨ, ਹਾਲੇ ਕਿਸੇ ਡਾਇਟੀਸ਼ੀਅਨ ਨੇ ਨਹੀਂ ਜਾਂਚੀਆਂ।
screen-food-swap = ਵਧੀਆ ਬਦਲ: { $food }
screen-food-try = { $food } ਅਜ਼ਮਾਓ ({ $from })
screen-food-swap-try = { $food } ਦੀ ਥਾਂ { $to } ਖਾਓ ({ $from })
screen-food-to-try = ਅਜ਼ਮਾਉਣ ਲਈ ਖਾਣੇ
screen-food-hint = ਕਿਸੇ ਖਾਣੇ ਦਾ ਨਾਂ ਕਿਸੇ ਵੀ ਭਾਸ਼ਾ ਵਿੱਚ ਲਿਖੋ।
screen-food-none = ਇਸ ਨਾਂ ਦਾ ਕੋਈ ਖਾਣਾ ਨਹੀਂ ਮਿਲਿਆ।
screen-food-results = ਖਾਣੇ
