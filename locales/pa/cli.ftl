# Saathi: the terminal shell's words in Punjabi (pa), Gurmukhi script.
# Machine-assisted translation, not yet reviewed by a native-speaking clinician.
# Commands, options and examples (saathi, --as, --db, --pin, dates, mon,tue...) stay as typed.

cli-default-person-name = ਮੈਂ

## --speak: what would be heard

cli-speak-voice = ਡਿਵਾਈਸ ਦੀ ਆਵਾਜ਼
cli-speak-clip = ਰਿਕਾਰਡਿੰਗ

## After logging

cli-logged = { $name } ਲਈ ਸੇਵ ਕੀਤਾ: { $kind }, { $reading }। (ਰੀਡਿੰਗ { $record })
cli-logged-by = { $by } ਨੇ { $name } ਲਈ ਸੇਵ ਕੀਤਾ: { $kind }, { $reading }। (ਰੀਡਿੰਗ { $record })
cli-corrected = { $name } ਲਈ ਠੀਕ ਕੀਤਾ: { $kind }, { $reading }। (ਰੀਡਿੰਗ { $record }, ਵਰਜ਼ਨ { $version })
cli-corrected-by = { $by } ਨੇ { $name } ਲਈ ਠੀਕ ਕੀਤਾ: { $kind }, { $reading }। (ਰੀਡਿੰਗ { $record }, ਵਰਜ਼ਨ { $version })
cli-deleted = { $kind } ਦੀ ਰੀਡਿੰਗ { $record } ਮਿਟਾ ਦਿੱਤੀ। ਇਹ ਪਿਛਲੇ ਰਿਕਾਰਡ ਵਿੱਚ ਫਿਰ ਵੀ ਰਹਿੰਦੀ ਹੈ।
cli-dealing-with = ਰੀਡਿੰਗ { $record } ਤੁਸੀਂ ਆਪ ਸੰਭਾਲ ਰਹੇ ਹੋ: ਤੁਹਾਡੇ ਮਦਦਗਾਰਾਂ ਨੂੰ ਇਸ ਬਾਰੇ ਨਹੀਂ ਦੱਸਿਆ ਜਾਵੇਗਾ।
cli-deleted-marker = (ਮਿਟਾਈ ਗਈ)
cli-meaning = ਇਸ ਦਾ ਮਤਲਬ ਹੈ: { $band }
cli-act-now = ਹੁਣੇ ਇਹ ਕਰੋ:
cli-record-version = { $record } (v{ $version })
cli-no-readings = ਇਸ ਸਮੇਂ ਵਿੱਚ { $name } ਦੀ ਕੋਈ ਰੀਡਿੰਗ ਨਹੀਂ ਹੈ।

## Column headings

cli-col-when = ਕਦੋਂ
cli-col-what = ਕੀ
cli-col-reading = ਰੀਡਿੰਗ
cli-col-meaning = ਮਤਲਬ
cli-col-entered-by = ਕਿਸ ਨੇ ਦਰਜ ਕੀਤਾ
cli-col-number = ਨੰ.
cli-col-version = ਵਰਜ਼ਨ
cli-col-reason = ਕਿਉਂ
cli-col-name = ਨਾਮ
cli-col-role = ਭੂਮਿਕਾ
cli-col-conditions = ਸਿਹਤ ਦੀਆਂ ਸਮੱਸਿਆਵਾਂ
cli-col-who = ਕੌਣ
cli-col-action = ਕੀ ਕੀਤਾ
cli-col-medicine = ਦਵਾਈ
cli-col-dose = ਖ਼ੁਰਾਕ
cli-col-times = ਸਮੇਂ
cli-col-food = ਖਾਣਾ

## Summary

cli-summary-title = { $days ->
    [one] { $name }: ਅੱਜ ({ $from })
   *[other] { $name }: ਪਿਛਲੇ { $days } ਦਿਨ ({ $from } ਤੋਂ { $to })
}
cli-summary-range-title = { $days ->
    [one] { $name }: { $from }
   *[other] { $name }: { $from } ਤੋਂ { $to } ({ $days } ਦਿਨ)
}
cli-summary-glucose = { $count ->
    [one] { $count } ਰੀਡਿੰਗ।
   *[other] { $count } ਰੀਡਿੰਗਾਂ।
} ਔਸਤ { $mean }, ਸਭ ਤੋਂ ਘੱਟ { $min }, ਸਭ ਤੋਂ ਵੱਧ { $max }।
cli-summary-time-in-range = { $in_range }% ਸਮਾਂ ਠੀਕ ਹੱਦ ਵਿੱਚ, { $low }% ਘੱਟ, { $high }% ਵੱਧ।
cli-summary-glucose-context = { $context }: { $count ->
    [one] { $count } ਰੀਡਿੰਗ
   *[other] { $count } ਰੀਡਿੰਗਾਂ
}, ਔਸਤ { $mean }, { $in_range }% ਠੀਕ ਹੱਦ ਵਿੱਚ।
cli-summary-bp = { $count ->
    [one] { $count } ਰੀਡਿੰਗ।
   *[other] { $count } ਰੀਡਿੰਗਾਂ।
} ਔਸਤ { $systolic }/{ $diastolic } mmHg: { $band }।
cli-summary-weight = { $count ->
    [one] ਸਭ ਤੋਂ ਤਾਜ਼ਾ { $latest } ({ $count } ਵਾਰ ਭਾਰ ਤੋਲਿਆ)।
   *[other] ਸਭ ਤੋਂ ਤਾਜ਼ਾ { $latest } ({ $count } ਵਾਰ ਭਾਰ ਤੋਲਿਆ)।
}
cli-summary-hba1c = ਸਭ ਤੋਂ ਤਾਜ਼ਾ { $latest }, { $date } ਨੂੰ।
cli-summary-activity = { $days } ਦਿਨਾਂ ਵਿੱਚ { $minutes } ਮਿੰਟ; ਔਸਤਨ ਰੋਜ਼ { $steps } ਕਦਮ।
cli-summary-doses = { $taken } ਲਈਆਂ, { $late } ਦੇਰ ਨਾਲ, { $skipped } ਰਹਿ ਗਈਆਂ।
cli-medicines = ਦਵਾਈਆਂ
cli-in-words = ਸ਼ਬਦਾਂ ਵਿੱਚ:

## Targets

cli-targets-title = { $name } ਦੇ ਟੀਚੇ
cli-target-before-meal = ਖਾਣੇ ਤੋਂ ਪਹਿਲਾਂ ਸ਼ੂਗਰ
cli-target-after-meal = ਖਾਣੇ ਤੋਂ 2 ਘੰਟੇ ਬਾਅਦ ਸ਼ੂਗਰ
cli-target-other = ਹੋਰ ਵੇਲਿਆਂ ਤੇ ਸ਼ੂਗਰ
cli-target-bp-home = ਘਰ ਵਿੱਚ ਬਲੱਡ ਪ੍ਰੈਸ਼ਰ
cli-target-glucose = { $low } ਤੋਂ { $high } { $unit }
cli-target-bp = { $systolic }/{ $diastolic } mmHg ਤੱਕ
cli-target-hba1c = { $value } mmol/mol ਤੱਕ
cli-target-guideline = ਸੇਧ (ਗਾਈਡਲਾਈਨ): { $source }
cli-target-set-by = { $name } ਨੇ { $date } ਨੂੰ ਤੈਅ ਕੀਤਾ।
cli-target-set-by-because = { $name } ਨੇ { $date } ਨੂੰ ਤੈਅ ਕੀਤਾ: { $reason }

## Home blood pressure check

cli-check-progress = { $logged ->
    [one] ਘਰ ਵਿੱਚ ਬਲੱਡ ਪ੍ਰੈਸ਼ਰ ਦੀ ਜਾਂਚ: { $days } ਵਿੱਚੋਂ ਦਿਨ { $day }; ਹੁਣ ਤੱਕ { $logged } ਦਿਨ ਦੀਆਂ ਰੀਡਿੰਗਾਂ।
   *[other] ਘਰ ਵਿੱਚ ਬਲੱਡ ਪ੍ਰੈਸ਼ਰ ਦੀ ਜਾਂਚ: { $days } ਵਿੱਚੋਂ ਦਿਨ { $day }; ਹੁਣ ਤੱਕ { $logged } ਦਿਨਾਂ ਦੀਆਂ ਰੀਡਿੰਗਾਂ।
}

## People and medicines

cli-person-added = { $name } ਨੂੰ ਜੋੜਿਆ ({ $role })।
cli-medicine-added = ਦਵਾਈ { $name } ਜੋੜੀ ਗਈ। (ਦਵਾਈ { $record })
cli-dose-recorded = { $name }: { $status }। (ਖ਼ੁਰਾਕ { $record })
cli-medicine-changed = { $name } ਵਿੱਚ ਬਦਲਾਅ ਕੀਤਾ। ਪੁਰਾਣੀ ਜਾਣਕਾਰੀ ਪਿਛਲੇ ਰਿਕਾਰਡ ਵਿੱਚ ਰਹਿੰਦੀ ਹੈ। (ਦਵਾਈ { $record }, ਵਰਜ਼ਨ { $version })
cli-medicine-stopped = { $name } ਬੰਦ ਕਰ ਦਿੱਤੀ। ਇਸ ਦੀਆਂ ਯਾਦ-ਦਹਾਨੀਆਂ ਵੀ ਬੰਦ ਹੋ ਗਈਆਂ ਹਨ। ਪਹਿਲਾਂ ਸੇਵ ਕੀਤੀਆਂ ਖ਼ੁਰਾਕਾਂ ਰਹਿਣਗੀਆਂ।
cli-dose-corrected = ਖ਼ੁਰਾਕ { $record } ਠੀਕ ਕੀਤੀ: { $status }। ਪੁਰਾਣੀ ਗੱਲ ਪਿਛਲੇ ਰਿਕਾਰਡ ਵਿੱਚ ਰਹਿੰਦੀ ਹੈ। (ਵਰਜ਼ਨ { $version })
cli-dose-deleted = ਖ਼ੁਰਾਕ { $record } ਮਿਟਾ ਦਿੱਤੀ। ਇਹ ਪਿਛਲੇ ਰਿਕਾਰਡ ਵਿੱਚ ਫਿਰ ਵੀ ਰਹਿੰਦੀ ਹੈ।
cli-imported = { $name } ਲਈ { $count } ਰੀਡਿੰਗਾਂ ਇੰਪੋਰਟ ਕੀਤੀਆਂ।

## PINs on a shared phone

cli-pin-set = { $name } ਦਾ ਪਿੰਨ ਬਣ ਗਿਆ ਹੈ। ਹੁਣ ਤੋਂ, ਇਸ ਨੂੰ --pin (ਜਾਂ SAATHI_PIN) ਨਾਲ ਦਿਓ।
cli-pin-cleared = { $name } ਦਾ ਪਿੰਨ ਹਟਾ ਦਿੱਤਾ ਗਿਆ ਹੈ।

## Helpers: sharing a record with family or a nurse

cli-invite-code = { $name } ਦੀ ਮਦਦ ਕਰਨ ਲਈ ਸੱਦੇ ਦਾ ਕੋਡ: { $code }
cli-invite-how = ਇਸ ਨੂੰ ਉੱਚੀ ਪੜ੍ਹ ਕੇ ਸੁਣਾਓ ਜਾਂ ਟੈਕਸਟ ਮੈਸੇਜ ਨਾਲ ਭੇਜੋ। ਇਹ ਸਿਰਫ਼ ਇੱਕ ਵਾਰ ਵਰਤਿਆ ਜਾ ਸਕਦਾ ਹੈ, { $expires } ਤੱਕ।
cli-invite-qr = QR ਕੋਡ ਲਈ: { $payload }
cli-invite-allows = ਸੱਦਾ ਮਨਜ਼ੂਰ ਹੋਣ ਤੇ, ਉਹਨਾਂ ਨੂੰ ਇਸ ਦੀ ਇਜਾਜ਼ਤ ਹੋਵੇਗੀ: { $scopes }।
cli-invite-days = { $days ->
    [one] ਮਨਜ਼ੂਰ ਹੋਣ ਤੋਂ ਬਾਅਦ { $days } ਦਿਨ ਲਈ।
   *[other] ਮਨਜ਼ੂਰ ਹੋਣ ਤੋਂ ਬਾਅਦ { $days } ਦਿਨਾਂ ਲਈ।
}
cli-accepted = ਹੁਣ ਤੁਸੀਂ { $name } ਦੀ ਮਦਦ ਕਰ ਸਕਦੇ ਹੋ।
cli-you-may = ਤੁਹਾਨੂੰ ਇਸ ਦੀ ਇਜਾਜ਼ਤ ਹੈ: { $scopes }।
cli-grant-until = { $date } ਤੱਕ।
cli-grant-open-ended = ਜਦੋਂ ਤੱਕ ਇਸ ਨੂੰ ਬੰਦ ਨਾ ਕੀਤਾ ਜਾਵੇ।
cli-grant-window = ਸਿਰਫ਼ { $days } ਨੂੰ, { $from } ਤੋਂ { $to } ਤੱਕ।
cli-grant-window-every-day = ਹਰ ਰੋਜ਼, ਸਿਰਫ਼ { $from } ਤੋਂ { $to } ਤੱਕ।
cli-grant-basis = ਕਿਸ ਅਧਾਰ ਉੱਤੇ: { $basis }।
cli-grant-may = { $name } ਨੂੰ ਇਸ ਦੀ ਇਜਾਜ਼ਤ ਹੈ: { $scopes }।
cli-grant-ended = { $name } ਨੂੰ ਇਸ ਦੀ ਇਜਾਜ਼ਤ ਸੀ: { $scopes }। { $date } ਨੂੰ ਖ਼ਤਮ ਹੋਈ: { $reason }।
cli-sharing-title = ਤੁਹਾਡਾ ਰਿਕਾਰਡ ਕੌਣ ਦੇਖ ਸਕਦਾ ਹੈ ਜਾਂ ਬਦਲ ਸਕਦਾ ਹੈ:
cli-sharing-none = ਹੋਰ ਕੋਈ ਵੀ ਤੁਹਾਡਾ ਰਿਕਾਰਡ ਨਹੀਂ ਦੇਖ ਸਕਦਾ ਜਾਂ ਬਦਲ ਸਕਦਾ।
cli-helping-title = ਜਿਹਨਾਂ ਲੋਕਾਂ ਦੀ ਤੁਸੀਂ ਮਦਦ ਕਰਦੇ ਹੋ:
cli-helping = { $name }: ਤੁਹਾਨੂੰ ਇਸ ਦੀ ਇਜਾਜ਼ਤ ਹੈ: { $scopes }।
cli-helping-none = ਇਸ ਵੇਲੇ ਤੁਸੀਂ ਕਿਸੇ ਦੀ ਮਦਦ ਨਹੀਂ ਕਰ ਰਹੇ।
cli-revoked = { $name } ਨੂੰ ਹੁਣ ਤੁਹਾਡਾ ਰਿਕਾਰਡ ਦੇਖਣ ਜਾਂ ਬਦਲਣ ਦੀ ਇਜਾਜ਼ਤ ਨਹੀਂ ਹੈ। ਕਿਉਂ: { $reason }।
cli-day-mon = ਸੋਮ
cli-day-tue = ਮੰਗਲ
cli-day-wed = ਬੁੱਧ
cli-day-thu = ਵੀਰ
cli-day-fri = ਸ਼ੁੱਕਰ
cli-day-sat = ਸ਼ਨੀ
cli-day-sun = ਐਤ

## The record of who did what

cli-audit-intact = { $entries ->
    [one] ਕਿਸ ਨੇ ਕੀ ਕੀਤਾ, ਇਸ ਦਾ ਰਿਕਾਰਡ ਪੂਰਾ ਅਤੇ ਸਹੀ-ਸਲਾਮਤ ਹੈ ({ $entries } ਐਂਟਰੀ)।
   *[other] ਕਿਸ ਨੇ ਕੀ ਕੀਤਾ, ਇਸ ਦਾ ਰਿਕਾਰਡ ਪੂਰਾ ਅਤੇ ਸਹੀ-ਸਲਾਮਤ ਹੈ ({ $entries } ਐਂਟਰੀਆਂ)।
}
cli-audit-altered = ਕਿਸ ਨੇ ਕੀ ਕੀਤਾ, ਇਸ ਦਾ ਰਿਕਾਰਡ ਬਦਲਿਆ ਗਿਆ ਹੈ: ਐਂਟਰੀ { $entry } ਹੁਣ ਉਹੋ ਜਿਹੀ ਨਹੀਂ ਜਿਵੇਂ ਲਿਖੀ ਗਈ ਸੀ।
cli-audit-missing = ਕਿਸ ਨੇ ਕੀ ਕੀਤਾ, ਇਸ ਦਾ ਰਿਕਾਰਡ ਬਦਲਿਆ ਗਿਆ ਹੈ: ਐਂਟਰੀ { $entry } ਤੋਂ ਠੀਕ ਪਹਿਲਾਂ ਦੀਆਂ ਐਂਟਰੀਆਂ ਹਟਾਈਆਂ ਗਈਆਂ ਹਨ ਜਾਂ ਉਹਨਾਂ ਦੀ ਥਾਂ ਬਦਲੀ ਗਈ ਹੈ।
cli-audit-truncated = ਕਿਸ ਨੇ ਕੀ ਕੀਤਾ, ਇਸ ਦਾ ਰਿਕਾਰਡ ਬਦਲਿਆ ਗਿਆ ਹੈ: ਇਸ ਦੀਆਂ ਆਖ਼ਰੀ ਐਂਟਰੀਆਂ ਹਟਾਈਆਂ ਗਈਆਂ ਹਨ। { $entries ->
    [one] { $expected } ਵਿੱਚੋਂ ਸਿਰਫ਼ { $entries } ਬਚੀ ਹੈ।
   *[other] { $expected } ਵਿੱਚੋਂ ਸਿਰਫ਼ { $entries } ਬਚੀਆਂ ਹਨ।
}

## Mistakes in what was typed

cli-error-bp-format = ਬਲੱਡ ਪ੍ਰੈਸ਼ਰ ਦੋ ਨੰਬਰਾਂ ਵਿੱਚ ਸਲੈਸ਼ ਲਾ ਕੇ ਲਿਖੋ, ਜਿਵੇਂ 142/88।
cli-error-time-format = ਸਮਾਂ ਇਸ ਤਰ੍ਹਾਂ ਲਿਖੋ: 08:30, ਜਾਂ 2026-11-21 08:30।
cli-error-now-format = --now ਨੂੰ ਪੂਰੀ ਤਾਰੀਖ਼ ਅਤੇ ਸਮੇਂ ਨਾਲ, ਆਫ਼ਸੈੱਟ ਸਮੇਤ ਲਿਖੋ, ਜਿਵੇਂ 2026-11-21T08:30:00+00:00।
cli-error-whole-number = { $field }: ਪੂਰਾ ਨੰਬਰ ਹੋਣਾ ਚਾਹੀਦਾ ਹੈ, ਜਿਵੇਂ 142। ਕੁਝ ਵੀ ਸੇਵ ਨਹੀਂ ਹੋਇਆ।
cli-error-date-format = ਤਾਰੀਖ਼ ਇਸ ਤਰ੍ਹਾਂ ਲਿਖੋ: 2026-11-01।
cli-error-empty-range = ਸਮੇਂ ਦਾ ਅੰਤ ਉਸ ਦੀ ਸ਼ੁਰੂਆਤ ਤੋਂ ਬਾਅਦ ਆਉਣਾ ਚਾਹੀਦਾ ਹੈ।
cli-error-unknown-unit = "{ $unit }" ਕੋਈ ਅਜਿਹਾ ਯੂਨਿਟ ਨਹੀਂ ਜਿਸ ਨੂੰ ਸਾਥੀ ਐਪ ਜਾਣਦੀ ਹੈ।
cli-error-unknown-language = "{ $lang }" ਭਾਸ਼ਾ ਅਜੇ ਸਾਥੀ ਐਪ ਵਿੱਚ ਨਹੀਂ ਹੈ।
cli-error-usage = ਇਹ ਹੁਕਮ ਸਮਝ ਨਹੀਂ ਆਇਆ। saathi --help ਦੇਖੋ।
cli-error-usage-arg = ਇੱਥੇ { $arg } ਸਮਝ ਨਹੀਂ ਆਇਆ। saathi --help ਦੇਖੋ।
cli-error-usage-choices = { $arg } ਇਹਨਾਂ ਵਿੱਚੋਂ ਇੱਕ ਹੋਣਾ ਚਾਹੀਦਾ ਹੈ: { $choices }।
cli-error-choose-person = ਇੱਥੇ ਇੱਕ ਤੋਂ ਵੱਧ ਲੋਕ ਸਾਥੀ ਐਪ ਵਰਤਦੇ ਹਨ ({ $names })। --as NAME ਨਾਲ ਦੱਸੋ ਕਿ ਤੁਸੀਂ ਕੌਣ ਹੋ।
cli-error-read-file = ਫ਼ਾਈਲ { $path } ਪੜ੍ਹੀ ਨਹੀਂ ਜਾ ਸਕੀ।
cli-error-window-format = ਦਿਨ ਅਤੇ ਘੰਟੇ ਇਸ ਤਰ੍ਹਾਂ ਲਿਖੋ: mon,tue,wed,thu,fri 09:00-17:00।
cli-error-nothing-to-stop = { $name } ਨੂੰ ਹੁਣ ਤੁਹਾਡਾ ਰਿਕਾਰਡ ਦੇਖਣ ਜਾਂ ਬਦਲਣ ਦੀ ਇਜਾਜ਼ਤ ਨਹੀਂ ਹੈ, ਇਸ ਲਈ ਬੰਦ ਕਰਨ ਲਈ ਕੁਝ ਨਹੀਂ ਹੈ।
cli-error-demo-db-exists = { $path } ਪਹਿਲਾਂ ਹੀ ਮੌਜੂਦ ਹੈ। ਡੈਮੋ ਲਈ ਨਵੀਂ ਫ਼ਾਈਲ ਚਾਹੀਦੀ ਹੈ, ਤਾਂ ਜੋ ਤੁਹਾਡਾ ਡਾਟਾ ਡੈਮੋ ਦੇ ਡਾਟੇ ਨਾਲ ਰਲ ਨਾ ਜਾਵੇ।

## The demo

cli-demo-household = ਇੱਕ ਫ਼ੋਨ ਉੱਤੇ ਇੱਕ ਪਰਿਵਾਰ
cli-demo-rashid = { $name }, 70: ਟਾਈਪ 2 ਸ਼ੂਗਰ, ਹਾਈ ਬਲੱਡ ਪ੍ਰੈਸ਼ਰ ਅਤੇ ਦਿਲ ਦੀ ਬਿਮਾਰੀ। ਸ਼ੂਗਰ ਮਾਪਣ ਵਾਲਾ ਸੈਂਸਰ ਲਾ ਕੇ ਰੱਖਦੇ ਹਨ।
cli-demo-nasreen = { $name }, 65: ਹਾਈ ਬਲੱਡ ਪ੍ਰੈਸ਼ਰ। ਆਪਣਾ ਭਾਰ ਸਟੋਨਾਂ ਵਿੱਚ ਸਮਝਦੇ ਹਨ।
cli-demo-amina = { $name }: ਉਹਨਾਂ ਦੀ ਧੀ, ਜੋ ਫ਼ੋਨ ਚਲਾਉਣ ਵਿੱਚ ਉਹਨਾਂ ਦੀ ਮਦਦ ਕਰਦੀ ਹੈ।
cli-demo-nurse = { $name }: ਉਹਨਾਂ ਦੀ ਜੀ.ਪੀ. ਸਰਜਰੀ ਦੀ ਨਰਸ।
cli-demo-history = ਉਹਨਾਂ ਦੀਆਂ ਪਿਛਲੀਆਂ ਰੀਡਿੰਗਾਂ
cli-demo-logged = { $seconds } ਸਕਿੰਟਾਂ ਵਿੱਚ { $days } ਦਿਨਾਂ ਦਾ ਰਿਕਾਰਡ ਦਰਜ ਕੀਤਾ: ਸੈਂਸਰ ਦੀਆਂ { $glucose } ਸ਼ੂਗਰ ਰੀਡਿੰਗਾਂ, { $bp } ਬਲੱਡ ਪ੍ਰੈਸ਼ਰ ਰੀਡਿੰਗਾਂ, { $weight } ਵਾਰ ਭਾਰ, { $hba1c } HbA1c ਨਤੀਜੇ, { $activity } ਸੈਰਾਂ ਅਤੇ ਦਵਾਈ ਦੀਆਂ { $doses } ਖ਼ੁਰਾਕਾਂ।
cli-demo-database = ਡੈਮੋ ਦਾ ਡਾਟਾ { $path } ਵਿੱਚ ਹੈ।
cli-demo-summary = ਸਾਰ
cli-demo-bp-check = ਨਸਰੀਨ ਦੀ ਘਰ ਵਿੱਚ ਬਲੱਡ ਪ੍ਰੈਸ਼ਰ ਦੀ ਜਾਂਚ
cli-demo-danger = ਖ਼ਤਰਨਾਕ ਰੀਡਿੰਗ ਆਉਣ ਤੇ ਉਸੇ ਵੇਲੇ ਸਲਾਹ ਮਿਲਦੀ ਹੈ
cli-demo-slip = ਟਾਈਪ ਕਰਨ ਦੀ ਗ਼ਲਤੀ ਮੰਨੀ ਨਹੀਂ ਜਾਂਦੀ, ਅਤੇ ਕੁਝ ਵੀ ਸੇਵ ਨਹੀਂ ਹੁੰਦਾ
cli-demo-slip-typed = ਰਸ਼ੀਦ 6.8 ਦੀ ਥਾਂ 68 ਟਾਈਪ ਕਰ ਦਿੰਦੇ ਹਨ:
cli-demo-helper = ਪਰਿਵਾਰਕ ਮਦਦਗਾਰ
cli-demo-helper-invite = { $patient } ਆਪਣੀ ਧੀ { $helper } ਨੂੰ ਆਪਣੀਆਂ ਰੀਡਿੰਗਾਂ ਵਿੱਚ ਮਦਦ ਲਈ ਸੱਦਾ ਦਿੰਦੇ ਹਨ:
cli-demo-helper-accept = { $helper } ਆਪਣੇ ਫ਼ੋਨ ਵਿੱਚ ਕੋਡ ਪਾਉਂਦੀ ਹੈ:
cli-demo-helper-log = { $helper } { $patient } ਲਈ ਸ਼ੂਗਰ ਦੀ ਰੀਡਿੰਗ ਦਰਜ ਕਰਦੀ ਹੈ:
cli-demo-helper-list = { $patient } ਦੇਖਦੇ ਹਨ ਕਿ ਉਹਨਾਂ ਦਾ ਰਿਕਾਰਡ ਕੌਣ ਦੇਖ ਸਕਦਾ ਹੈ ਜਾਂ ਬਦਲ ਸਕਦਾ ਹੈ:
cli-demo-helper-revoke = { $patient } { $helper } ਦੀ ਪਹੁੰਚ ਬੰਦ ਕਰ ਦਿੰਦੇ ਹਨ:
cli-demo-helper-refused = { $helper } ਇੱਕ ਹੋਰ ਰੀਡਿੰਗ ਦਰਜ ਕਰਨ ਦੀ ਕੋਸ਼ਿਸ਼ ਕਰਦੀ ਹੈ, ਪਰ ਉਸ ਨੂੰ ਇਜਾਜ਼ਤ ਨਹੀਂ ਮਿਲਦੀ:
cli-demo-helper-again = ਬਾਅਦ ਵਿੱਚ { $patient } { $helper } ਨੂੰ ਫਿਰ ਸੱਦਾ ਦਿੰਦੇ ਹਨ, ਇਸ ਵਾਰ ਸਿਰਫ਼ ਰੀਡਿੰਗਾਂ ਦੇਖਣ ਅਤੇ ਚੇਤਾਵਨੀਆਂ ਦੀ ਖ਼ਬਰ ਲਈ:
cli-demo-alert-choices = { $patient } ਤੈਅ ਕਰਦੇ ਹਨ ਕਿ { $helper } ਨੂੰ ਕਦੋਂ ਦੱਸਿਆ ਜਾਵੇ: ਛੁੱਟੀ ਹੋਈ ਦਵਾਈ { $doses } ਮਿੰਟ ਬਾਅਦ ਵੀ ਨਾ ਲਈ ਹੋਵੇ, ਅਤੇ ਅਜਿਹੀ ਰੀਡਿੰਗ ਜਿਸ ਉੱਤੇ ਝੱਟ ਕੁਝ ਕਰਨਾ ਹੋਵੇ, { $readings } ਮਿੰਟ ਬਾਅਦ, ਜਦੋਂ ਤੱਕ ਉਹ ਇਹ ਨਾ ਦੱਸਣ ਕਿ ਉਹ ਆਪ ਸੰਭਾਲ ਰਹੇ ਹਨ।
cli-demo-helper-audit = { $count ->
    [one] { $patient } ਦੇ "ਕਿਸ ਨੇ ਕੀ ਕੀਤਾ" ਵਾਲੇ ਰਿਕਾਰਡ ਦੀ ਆਖ਼ਰੀ ਐਂਟਰੀ:
   *[other] { $patient } ਦੇ "ਕਿਸ ਨੇ ਕੀ ਕੀਤਾ" ਵਾਲੇ ਰਿਕਾਰਡ ਦੀਆਂ ਆਖ਼ਰੀ { $count } ਐਂਟਰੀਆਂ:
}
cli-demo-next = ਆਪ ਵਰਤ ਕੇ ਦੇਖੋ
cli-demo-try = ਮਿਸਾਲ ਵਜੋਂ: saathi --db { $path } --as Rashid readings --limit 10

## person languages

cli-languages = { $name } ਪੜ੍ਹਨ ਦੀਆਂ ਭਾਸ਼ਾਵਾਂ: { $text }। ਸੁਣਨ ਦੀਆਂ ਭਾਸ਼ਾਵਾਂ: { $audio }।
cli-languages-none = { $name } ਨੇ ਅਜੇ ਭਾਸ਼ਾਵਾਂ ਨਹੀਂ ਚੁਣੀਆਂ।

## reminders

cli-reminders-next = ਆਉਣ ਵਾਲੀਆਂ ਯਾਦ-ਦਹਾਨੀਆਂ:
cli-reminders-none = ਇਸ ਸਮੇਂ ਵਿੱਚ ਕੋਈ ਯਾਦ-ਦਹਾਨੀ ਨਹੀਂ।
cli-reminders-due = ਹੁਣ ਕਰਨ ਵਾਲੇ ਜਾਂ ਰਹਿ ਗਏ ਕੰਮ:
