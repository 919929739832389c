# Saathi: tracking messages in Punjabi (pa), Gurmukhi script.
# Machine-assisted translation, not yet reviewed by a native-speaking clinician.
# Plain words for an older person hearing them read aloud: short sentences, polite ਤੁਸੀਂ.
# Ids are used by saathi-domain (wording, bands, summary) and saathi-core (errors).

## Speech

# Said for the decimal point when a number is read aloud: "6 ਪੁਆਇੰਟ 8".
speech-point = ਪੁਆਇੰਟ

## Units

unit-mmol-per-l = mmol/L
unit-mg-per-dl = mg/dL
unit-mmol-per-mol = mmol/mol
unit-percent = %
unit-kg = kg
unit-lb = lb
unit-stones = ਸਟੋਨ
unit-mmhg = mmHg
unit-per-minute = ਧੜਕਣਾਂ ਇੱਕ ਮਿੰਟ ਵਿੱਚ
unit-minutes = ਮਿੰਟ
unit-steps = ਕਦਮ
unit-digits = ਅੰਕ
unit-days = ਦਿਨ
unit-unknown = ਯੂਨਿਟ

## What was measured

kind-glucose = ਸ਼ੂਗਰ
kind-blood-pressure = ਬਲੱਡ ਪ੍ਰੈਸ਼ਰ
kind-weight = ਭਾਰ
kind-hba1c = HbA1c
kind-activity = ਕਸਰਤ

reading-glucose = { $value } { $unit }
reading-with-context = { $reading }, { $context }
reading-bp = { $systolic }/{ $diastolic } mmHg
reading-bp-pulse = { $systolic }/{ $diastolic } mmHg, ਨਬਜ਼ { $pulse }
reading-weight-kg = { $value } kg
reading-weight-st-lb = { $stones } st { $pounds } lb
reading-hba1c = { $value } { $unit } ({ $other } { $other_unit })
reading-activity-minutes = { $minutes ->
    [one] { $minutes } ਮਿੰਟ
   *[other] { $minutes } ਮਿੰਟ
}
reading-activity-steps = { $steps ->
    [one] { $steps } ਕਦਮ
   *[other] { $steps } ਕਦਮ
}
reading-activity-minutes-steps = { $minutes } ਮਿੰਟ, { $steps } ਕਦਮ

## When a sugar reading was taken

context-fasting = ਖਾਲੀ ਪੇਟ
context-before-meal = ਖਾਣੇ ਤੋਂ ਪਹਿਲਾਂ
context-after-meal = ਖਾਣੇ ਤੋਂ ਬਾਅਦ
context-bedtime = ਸੌਣ ਵੇਲੇ
context-random = ਕਿਸੇ ਵੀ ਵੇਲੇ
context-before-suhoor = ਸਹਿਰੀ ਤੋਂ ਪਹਿਲਾਂ
context-after-iftar = ਇਫ਼ਤਾਰ ਤੋਂ ਬਾਅਦ

## Bands: what a reading means

glucose-band-severe-low = ਬਹੁਤ ਘੱਟ
glucose-band-low = ਘੱਟ
glucose-band-in-range = ਠੀਕ ਹੱਦ ਵਿੱਚ
glucose-band-high = ਵੱਧ
glucose-band-very-high = ਬਹੁਤ ਵੱਧ

bp-band-low = ਘੱਟ
bp-band-normal = ਠੀਕ
bp-band-stage-1 = ਥੋੜ੍ਹਾ ਵਧਿਆ ਹੋਇਆ
bp-band-stage-2 = ਵੱਧ
bp-band-severe = ਬਹੁਤ ਵੱਧ

## Advice, heard at once after a reading

advice-glucose-severe-low = ਤੁਹਾਡੀ ਸ਼ੂਗਰ ਬਹੁਤ ਘੱਟ ਹੈ। ਹੁਣੇ ਮਿੱਠਾ ਲਓ: ਇੱਕ ਗਲਾਸ ਫਲਾਂ ਦਾ ਜੂਸ ਜਾਂ ਟੌਫੀਆਂ। ਫਿਰ ਕੁਝ ਖਾਓ। ਜੇ ਤੁਹਾਡੀ ਤਬੀਅਤ ਬਹੁਤ ਖ਼ਰਾਬ ਲੱਗੇ ਜਾਂ ਤੁਸੀਂ ਨਿਗਲ ਨਾ ਸਕੋ, ਤਾਂ ਕੋਈ ਜਣਾ 999 ਨੂੰ ਜ਼ਰੂਰ ਫ਼ੋਨ ਕਰੇ।
advice-glucose-low = ਤੁਹਾਡੀ ਸ਼ੂਗਰ ਘੱਟ ਹੈ। ਹੁਣੇ ਕੁਝ ਮਿੱਠਾ ਲਓ, ਜਿਵੇਂ ਜੂਸ ਜਾਂ ਟੌਫੀਆਂ। 10 ਤੋਂ 15 ਮਿੰਟ ਬਾਅਦ ਫਿਰ ਚੈੱਕ ਕਰੋ।
advice-glucose-in-range = ਤੁਹਾਡੀ ਸ਼ੂਗਰ ਤੁਹਾਡੇ ਟੀਚੇ ਦੇ ਅੰਦਰ ਹੈ। ਬਹੁਤ ਵਧੀਆ।
advice-glucose-high = ਤੁਹਾਡੀ ਸ਼ੂਗਰ ਤੁਹਾਡੇ ਟੀਚੇ ਤੋਂ ਵੱਧ ਹੈ। ਪਾਣੀ ਪੀਓ, ਅਤੇ ਬਾਅਦ ਵਿੱਚ ਫਿਰ ਚੈੱਕ ਕਰੋ। ਜੇ ਇਹ ਵੱਧ ਹੀ ਰਹੇ, ਤਾਂ ਆਪਣੀ ਨਰਸ ਜਾਂ ਡਾਕਟਰ ਨੂੰ ਦੱਸੋ।
advice-glucose-very-high = ਤੁਹਾਡੀ ਸ਼ੂਗਰ ਬਹੁਤ ਵੱਧ ਹੈ। ਛੇਤੀ ਫਿਰ ਚੈੱਕ ਕਰੋ। ਜੇ ਇਹ ਏਨੀ ਹੀ ਵੱਧ ਰਹੇ ਜਾਂ ਤੁਹਾਡੀ ਤਬੀਅਤ ਠੀਕ ਨਾ ਲੱਗੇ, ਤਾਂ ਅੱਜ ਹੀ ਆਪਣੇ ਜੀ.ਪੀ. ਨੂੰ ਜਾਂ 111 ਨੂੰ ਫ਼ੋਨ ਕਰੋ।
advice-break-fast = ਹੁਣੇ ਆਪਣਾ ਵਰਤ (ਰੋਜ਼ਾ) ਤੋੜ ਦਿਓ। ਸ਼ੂਗਰ ਇੰਨੀ ਹੋਣ ਤੇ ਵਰਤ ਜਾਰੀ ਰੱਖਣਾ ਸੁਰੱਖਿਅਤ ਨਹੀਂ ਹੈ।
advice-bp-low = ਤੁਹਾਡਾ ਬਲੱਡ ਪ੍ਰੈਸ਼ਰ ਘੱਟ ਹੈ। ਜੇ ਤੁਹਾਨੂੰ ਚੱਕਰ ਆਉਣ ਜਾਂ ਬੇਹੋਸ਼ੀ ਜਿਹੀ ਲੱਗੇ, ਤਾਂ ਬੈਠ ਜਾਓ ਜਾਂ ਲੇਟ ਜਾਓ, ਅਤੇ ਆਪਣੇ ਜੀ.ਪੀ. ਨੂੰ ਦੱਸੋ।
advice-bp-normal = ਤੁਹਾਡਾ ਬਲੱਡ ਪ੍ਰੈਸ਼ਰ ਸਿਹਤਮੰਦ ਹੱਦ ਵਿੱਚ ਹੈ।
advice-bp-stage-1 = ਤੁਹਾਡਾ ਬਲੱਡ ਪ੍ਰੈਸ਼ਰ ਥੋੜ੍ਹਾ ਵਧਿਆ ਹੋਇਆ ਹੈ। ਇਸ ਨੂੰ ਚੈੱਕ ਕਰਦੇ ਰਹੋ, ਅਤੇ ਅਗਲੀ ਵਾਰ ਜਦੋਂ ਜਾਓ ਤਾਂ ਆਪਣੇ ਜੀ.ਪੀ. ਜਾਂ ਨਰਸ ਨਾਲ ਇਸ ਬਾਰੇ ਗੱਲ ਕਰੋ।
advice-bp-stage-2 = ਤੁਹਾਡਾ ਬਲੱਡ ਪ੍ਰੈਸ਼ਰ ਵੱਧ ਹੈ। ਕਿਰਪਾ ਕਰਕੇ ਅਗਲੇ ਕੁਝ ਦਿਨਾਂ ਵਿੱਚ ਆਪਣੇ ਜੀ.ਪੀ. ਜਾਂ ਨਰਸ ਨੂੰ ਮਿਲਣ ਲਈ ਅਪੌਇੰਟਮੈਂਟ ਬੁੱਕ ਕਰੋ।
advice-bp-severe = ਤੁਹਾਡਾ ਬਲੱਡ ਪ੍ਰੈਸ਼ਰ ਬਹੁਤ ਵੱਧ ਹੈ। 5 ਮਿੰਟ ਸ਼ਾਂਤੀ ਨਾਲ ਬੈਠੋ ਅਤੇ ਫਿਰ ਚੈੱਕ ਕਰੋ। ਜੇ ਇਹ ਅਜੇ ਵੀ ਏਨਾ ਹੀ ਵੱਧ ਹੈ, ਤਾਂ ਤੁਹਾਨੂੰ ਅੱਜ ਹੀ ਦਿਖਾਉਣਾ ਪਵੇਗਾ: ਆਪਣੇ ਜੀ.ਪੀ. ਨੂੰ ਜਾਂ 111 ਨੂੰ ਫ਼ੋਨ ਕਰੋ।
advice-bp-severe-symptoms = ਹੁਣੇ 999 ਨੂੰ ਫ਼ੋਨ ਕਰੋ ਜੇ ਤੁਹਾਨੂੰ ਛਾਤੀ ਵਿੱਚ ਦਰਦ ਹੈ, ਸਾਹ ਲੈਣ ਵਿੱਚ ਔਖ ਹੈ, ਉਲਝਣ (ਭੰਬਲਭੂਸਾ) ਹੈ, ਸਿਰ ਵਿੱਚ ਬਹੁਤ ਦਰਦ ਹੈ, ਜਾਂ ਨਜ਼ਰ ਵਿੱਚ ਕੋਈ ਬਦਲਾਅ ਆਇਆ ਹੈ।

## Summaries

summary-nothing-logged = { $days ->
    [one] ਇਸ ਦਿਨ ਕੁਝ ਵੀ ਦਰਜ ਨਹੀਂ ਕੀਤਾ ਗਿਆ।
   *[other] ਇਹਨਾਂ { $days } ਦਿਨਾਂ ਵਿੱਚ ਕੁਝ ਵੀ ਦਰਜ ਨਹੀਂ ਕੀਤਾ ਗਿਆ।
}
summary-glucose-severe-lows = { $count ->
    [one] ਤੁਹਾਡੀ { $count } ਰੀਡਿੰਗ ਵਿੱਚ ਸ਼ੂਗਰ ਬਹੁਤ ਘੱਟ ਸੀ। ਕਿਰਪਾ ਕਰਕੇ ਆਪਣੀ ਨਰਸ ਜਾਂ ਡਾਕਟਰ ਨੂੰ ਦੱਸੋ।
   *[other] ਤੁਹਾਡੀਆਂ { $count } ਰੀਡਿੰਗਾਂ ਵਿੱਚ ਸ਼ੂਗਰ ਬਹੁਤ ਘੱਟ ਸੀ। ਕਿਰਪਾ ਕਰਕੇ ਆਪਣੀ ਨਰਸ ਜਾਂ ਡਾਕਟਰ ਨੂੰ ਦੱਸੋ।
}
summary-glucose-lows = { $count ->
    [one] ਤੁਹਾਡੀ { $count } ਰੀਡਿੰਗ ਵਿੱਚ ਸ਼ੂਗਰ ਘੱਟ ਸੀ।
   *[other] ਤੁਹਾਡੀਆਂ { $count } ਰੀਡਿੰਗਾਂ ਵਿੱਚ ਸ਼ੂਗਰ ਘੱਟ ਸੀ।
}
summary-glucose-in-range = { $days ->
    [one] ਇਸ ਦਿਨ ਤੁਹਾਡੀ ਸ਼ੂਗਰ { $percent }% ਸਮਾਂ ਤੁਹਾਡੇ ਟੀਚੇ ਦੇ ਅੰਦਰ ਰਹੀ।
   *[other] ਇਹਨਾਂ { $days } ਦਿਨਾਂ ਵਿੱਚ ਤੁਹਾਡੀ ਸ਼ੂਗਰ { $percent }% ਸਮਾਂ ਤੁਹਾਡੇ ਟੀਚੇ ਦੇ ਅੰਦਰ ਰਹੀ।
}
summary-glucose-days-in-range = { $days ->
    [one] { $days } ਵਿੱਚੋਂ { $good } ਦਿਨ, ਸ਼ੂਗਰ ਦੀ ਹਰ ਰੀਡਿੰਗ ਠੀਕ ਹੱਦ ਵਿੱਚ ਸੀ।
   *[other] { $days } ਦਿਨਾਂ ਵਿੱਚੋਂ { $good } ਦਿਨ, ਸ਼ੂਗਰ ਦੀ ਹਰ ਰੀਡਿੰਗ ਠੀਕ ਹੱਦ ਵਿੱਚ ਸੀ।
}
summary-glucose-trend-rising = ਤੁਹਾਡੀ ਸ਼ੂਗਰ ਵਧਦੀ ਜਾ ਰਹੀ ਹੈ।
summary-glucose-trend-falling = ਤੁਹਾਡੀ ਸ਼ੂਗਰ ਘਟਦੀ ਜਾ ਰਹੀ ਹੈ।
summary-glucose-trend-steady = ਤੁਹਾਡੀ ਸ਼ੂਗਰ ਇੱਕੋ ਜਿਹੀ ਰਹੀ ਹੈ।
summary-bp-check = ਘਰ ਵਿੱਚ ਬਲੱਡ ਪ੍ਰੈਸ਼ਰ ਦੀ ਤੁਹਾਡੀ ਜਾਂਚ ਵਿੱਚ { $days } ਦਿਨਾਂ ਦੀ ਔਸਤ { $systolic }/{ $diastolic } ਆਈ: { $band }। ਇਹ ਆਪਣੇ ਜੀ.ਪੀ. ਜਾਂ ਨਰਸ ਨੂੰ ਦੱਸੋ।
summary-bp-average = ਤੁਹਾਡਾ ਔਸਤ ਬਲੱਡ ਪ੍ਰੈਸ਼ਰ { $systolic }/{ $diastolic } ਸੀ: { $band }।
summary-bp-within-target = ਇਹ ਤੁਹਾਡੇ ਟੀਚੇ ਦੇ ਅੰਦਰ ਹੈ।
summary-bp-above-target = ਇਹ ਤੁਹਾਡੇ ਟੀਚੇ ਤੋਂ ਵੱਧ ਹੈ।
summary-bp-trend-rising = ਤੁਹਾਡਾ ਬਲੱਡ ਪ੍ਰੈਸ਼ਰ ਵਧਦਾ ਜਾ ਰਿਹਾ ਹੈ।
summary-bp-trend-falling = ਤੁਹਾਡਾ ਬਲੱਡ ਪ੍ਰੈਸ਼ਰ ਘਟਦਾ ਜਾ ਰਿਹਾ ਹੈ।
summary-bp-trend-steady = ਤੁਹਾਡਾ ਬਲੱਡ ਪ੍ਰੈਸ਼ਰ ਇੱਕੋ ਜਿਹਾ ਰਿਹਾ ਹੈ।
summary-weight-down = ਤੁਹਾਡਾ ਭਾਰ { $amount } { $unit } ਘਟਿਆ।
summary-weight-up = ਤੁਹਾਡਾ ਭਾਰ { $amount } { $unit } ਵਧਿਆ।
summary-weight-same = ਤੁਹਾਡਾ ਭਾਰ ਓਨਾ ਹੀ ਰਿਹਾ।
summary-hba1c-at-target = ਤੁਹਾਡਾ ਸਭ ਤੋਂ ਤਾਜ਼ਾ HbA1c ਤੁਹਾਡੇ ਟੀਚੇ ਦੇ ਬਰਾਬਰ ਜਾਂ ਉਸ ਤੋਂ ਘੱਟ ਹੈ।
summary-hba1c-above-target = ਤੁਹਾਡਾ ਸਭ ਤੋਂ ਤਾਜ਼ਾ HbA1c ਤੁਹਾਡੇ ਟੀਚੇ ਤੋਂ ਵੱਧ ਹੈ।
summary-activity = { $active ->
    [one] ਤੁਸੀਂ { $active } ਦਿਨ ਵਿੱਚ { $minutes } ਮਿੰਟ ਕਸਰਤ ਕੀਤੀ ਜਾਂ ਤੁਰਨਾ-ਫਿਰਨਾ ਕੀਤਾ।
   *[other] ਤੁਸੀਂ { $active } ਦਿਨਾਂ ਵਿੱਚ { $minutes } ਮਿੰਟ ਕਸਰਤ ਕੀਤੀ ਜਾਂ ਤੁਰਨਾ-ਫਿਰਨਾ ਕੀਤਾ।
}
summary-doses = ਤੁਸੀਂ ਦਵਾਈ ਦੀਆਂ ਜੋ ਖ਼ੁਰਾਕਾਂ ਦਰਜ ਕੀਤੀਆਂ, ਉਹਨਾਂ { $total } ਵਿੱਚੋਂ { $taken } ਖ਼ੁਰਾਕਾਂ ਲਈਆਂ।
summary-streak = { $days ->
    [one] ਤੁਸੀਂ ਲਗਾਤਾਰ { $days } ਦਿਨ ਕੁਝ ਨਾ ਕੁਝ ਦਰਜ ਕੀਤਾ ਹੈ।
   *[other] ਤੁਸੀਂ ਲਗਾਤਾਰ { $days } ਦਿਨ ਕੁਝ ਨਾ ਕੁਝ ਦਰਜ ਕੀਤਾ ਹੈ।
}
summary-streak-every-day = ਤੁਸੀਂ { $days } ਦਿਨ, ਹਰ ਰੋਜ਼ ਕੁਝ ਨਾ ਕੁਝ ਦਰਜ ਕੀਤਾ।
summary-glucose-severe-lows-about = { $count ->
    [one] { $patient } ਦੀ { $count } ਰੀਡਿੰਗ ਵਿੱਚ ਸ਼ੂਗਰ ਬਹੁਤ ਘੱਟ ਸੀ। ਕਿਰਪਾ ਕਰਕੇ ਇਹ ਗੱਲ ਉਹਨਾਂ ਦੀ ਨਰਸ ਜਾਂ ਡਾਕਟਰ ਤੱਕ ਜ਼ਰੂਰ ਪਹੁੰਚਾਓ।
   *[other] { $patient } ਦੀਆਂ { $count } ਰੀਡਿੰਗਾਂ ਵਿੱਚ ਸ਼ੂਗਰ ਬਹੁਤ ਘੱਟ ਸੀ। ਕਿਰਪਾ ਕਰਕੇ ਇਹ ਗੱਲ ਉਹਨਾਂ ਦੀ ਨਰਸ ਜਾਂ ਡਾਕਟਰ ਤੱਕ ਜ਼ਰੂਰ ਪਹੁੰਚਾਓ।
}
summary-glucose-lows-about = { $count ->
    [one] { $patient } ਦੀ { $count } ਰੀਡਿੰਗ ਵਿੱਚ ਸ਼ੂਗਰ ਘੱਟ ਸੀ।
   *[other] { $patient } ਦੀਆਂ { $count } ਰੀਡਿੰਗਾਂ ਵਿੱਚ ਸ਼ੂਗਰ ਘੱਟ ਸੀ।
}
summary-glucose-in-range-about = { $days ->
    [one] ਇਸ ਦਿਨ { $patient } ਦੀ ਸ਼ੂਗਰ { $percent }% ਸਮਾਂ ਉਹਨਾਂ ਦੇ ਟੀਚੇ ਦੇ ਅੰਦਰ ਰਹੀ।
   *[other] ਇਹਨਾਂ { $days } ਦਿਨਾਂ ਵਿੱਚ { $patient } ਦੀ ਸ਼ੂਗਰ { $percent }% ਸਮਾਂ ਉਹਨਾਂ ਦੇ ਟੀਚੇ ਦੇ ਅੰਦਰ ਰਹੀ।
}
summary-glucose-trend-rising-about = { $patient } ਦੀ ਸ਼ੂਗਰ ਵਧਦੀ ਜਾ ਰਹੀ ਹੈ।
summary-glucose-trend-falling-about = { $patient } ਦੀ ਸ਼ੂਗਰ ਘਟਦੀ ਜਾ ਰਹੀ ਹੈ।
summary-glucose-trend-steady-about = { $patient } ਦੀ ਸ਼ੂਗਰ ਇੱਕੋ ਜਿਹੀ ਰਹੀ ਹੈ।
summary-bp-check-about = ਘਰ ਵਿੱਚ ਬਲੱਡ ਪ੍ਰੈਸ਼ਰ ਦੀ ਜਾਂਚ ਵਿੱਚ { $patient } ਦੀ { $days } ਦਿਨਾਂ ਦੀ ਔਸਤ { $systolic }/{ $diastolic } ਆਈ: { $band }। ਇਹ ਗੱਲ ਉਹਨਾਂ ਦੇ ਜੀ.ਪੀ. ਜਾਂ ਨਰਸ ਨੂੰ ਦੱਸਣੀ ਚਾਹੀਦੀ ਹੈ।
summary-bp-average-about = { $patient } ਦਾ ਔਸਤ ਬਲੱਡ ਪ੍ਰੈਸ਼ਰ { $systolic }/{ $diastolic } ਸੀ: { $band }।
summary-bp-within-target-about = ਇਹ ਉਹਨਾਂ ਦੇ ਟੀਚੇ ਦੇ ਅੰਦਰ ਹੈ।
summary-bp-above-target-about = ਇਹ ਉਹਨਾਂ ਦੇ ਟੀਚੇ ਤੋਂ ਵੱਧ ਹੈ।
summary-bp-trend-rising-about = { $patient } ਦਾ ਬਲੱਡ ਪ੍ਰੈਸ਼ਰ ਵਧਦਾ ਜਾ ਰਿਹਾ ਹੈ।
summary-bp-trend-falling-about = { $patient } ਦਾ ਬਲੱਡ ਪ੍ਰੈਸ਼ਰ ਘਟਦਾ ਜਾ ਰਿਹਾ ਹੈ।
summary-bp-trend-steady-about = { $patient } ਦਾ ਬਲੱਡ ਪ੍ਰੈਸ਼ਰ ਇੱਕੋ ਜਿਹਾ ਰਿਹਾ ਹੈ।
summary-weight-down-about = { $patient } ਦਾ ਭਾਰ { $amount } { $unit } ਘਟਿਆ।
summary-weight-up-about = { $patient } ਦਾ ਭਾਰ { $amount } { $unit } ਵਧਿਆ।
summary-weight-same-about = { $patient } ਦਾ ਭਾਰ ਓਨਾ ਹੀ ਰਿਹਾ।
summary-hba1c-at-target-about = { $patient } ਦਾ ਸਭ ਤੋਂ ਤਾਜ਼ਾ HbA1c ਉਹਨਾਂ ਦੇ ਟੀਚੇ ਦੇ ਬਰਾਬਰ ਜਾਂ ਉਸ ਤੋਂ ਘੱਟ ਹੈ।
summary-hba1c-above-target-about = { $patient } ਦਾ ਸਭ ਤੋਂ ਤਾਜ਼ਾ HbA1c ਉਹਨਾਂ ਦੇ ਟੀਚੇ ਤੋਂ ਵੱਧ ਹੈ।
summary-activity-about = { $active ->
    [one] { $patient } ਨੇ { $active } ਦਿਨ ਵਿੱਚ { $minutes } ਮਿੰਟ ਕਸਰਤ ਕੀਤੀ ਜਾਂ ਤੁਰਨਾ-ਫਿਰਨਾ ਕੀਤਾ।
   *[other] { $patient } ਨੇ { $active } ਦਿਨਾਂ ਵਿੱਚ { $minutes } ਮਿੰਟ ਕਸਰਤ ਕੀਤੀ ਜਾਂ ਤੁਰਨਾ-ਫਿਰਨਾ ਕੀਤਾ।
}
summary-doses-about = ਦਵਾਈ ਦੀਆਂ ਜੋ { $total } ਖ਼ੁਰਾਕਾਂ ਦਰਜ ਕੀਤੀਆਂ ਗਈਆਂ, ਉਹਨਾਂ ਵਿੱਚੋਂ { $patient } ਨੇ { $taken } ਖ਼ੁਰਾਕਾਂ ਲਈਆਂ।
summary-streak-about = { $days ->
    [one] { $patient } ਨੇ ਲਗਾਤਾਰ { $days } ਦਿਨ ਕੁਝ ਨਾ ਕੁਝ ਦਰਜ ਕੀਤਾ ਹੈ।
   *[other] { $patient } ਨੇ ਲਗਾਤਾਰ { $days } ਦਿਨ ਕੁਝ ਨਾ ਕੁਝ ਦਰਜ ਕੀਤਾ ਹੈ।
}
summary-streak-every-day-about = { $patient } ਨੇ { $days } ਦਿਨ, ਹਰ ਰੋਜ਼ ਕੁਝ ਨਾ ਕੁਝ ਦਰਜ ਕੀਤਾ।

## Home blood pressure check (NICE): two readings a minute apart, morning and evening

sitting-morning = ਸਵੇਰ
sitting-evening = ਸ਼ਾਮ
protocol-take-reading = ਦਿਨ { $day }, { $sitting }: ਸ਼ਾਂਤੀ ਨਾਲ ਬੈਠੋ, ਫਿਰ 2 ਵਿੱਚੋਂ ਰੀਡਿੰਗ ਨੰਬਰ { $number } ਲਓ।
protocol-wait = { $seconds } ਸਕਿੰਟ ਆਰਾਮ ਕਰੋ, ਫਿਰ ਦੂਜੀ ਰੀਡਿੰਗ ਲਓ।
protocol-later = ਇਹ ਜਾਂਚ ਪੂਰੀ ਹੋ ਗਈ। ਅਗਲੀ ਜਾਂਚ ਦਿਨ { $day } ਨੂੰ, { $sitting } ਵੇਲੇ ਹੈ।
protocol-finished = ਘਰ ਵਿੱਚ ਬਲੱਡ ਪ੍ਰੈਸ਼ਰ ਦੀ ਤੁਹਾਡੀ ਜਾਂਚ ਪੂਰੀ ਹੋ ਗਈ ਹੈ।
protocol-average = ਘਰ ਵਿੱਚ ਤੁਹਾਡੀ ਔਸਤ { $days } ਦਿਨਾਂ ਵਿੱਚ { $systolic }/{ $diastolic } ਹੈ: { $band }।
protocol-need-more-days = ਜਾਰੀ ਰੱਖੋ: ਔਸਤ ਲਈ ਘੱਟੋ-ਘੱਟ { $days } ਦਿਨਾਂ ਦੀਆਂ ਰੀਡਿੰਗਾਂ ਚਾਹੀਦੀਆਂ ਹਨ।

## Things a person can be asked for

field-glucose = ਸ਼ੂਗਰ
field-systolic = ਬਲੱਡ ਪ੍ਰੈਸ਼ਰ ਦਾ ਉੱਪਰ ਵਾਲਾ ਨੰਬਰ
field-diastolic = ਬਲੱਡ ਪ੍ਰੈਸ਼ਰ ਦਾ ਹੇਠਾਂ ਵਾਲਾ ਨੰਬਰ
field-pulse = ਨਬਜ਼
field-weight = ਭਾਰ
field-hba1c = HbA1c
field-activity-minutes = ਕਸਰਤ ਦੇ ਮਿੰਟ
field-steps = ਕਦਮ
field-taken-at = ਸਮਾਂ
field-name = ਨਾਮ
field-dose = ਦਵਾਈ ਦੀ ਖ਼ੁਰਾਕ
field-dose-times = ਦਵਾਈ ਦਾ ਸਮਾਂ
field-reason = ਕਾਰਨ
field-target = ਟੀਚਾ
field-pin = ਪਿੰਨ
field-invite-code = ਸੱਦੇ ਦਾ ਕੋਡ
field-scopes = ਉਹ ਕੀ-ਕੀ ਕਰ ਸਕਦੇ ਹਨ
field-window = ਦਿਨ ਅਤੇ ਘੰਟੇ
field-grant-days = ਕਿੰਨੇ ਦਿਨ
field-grant-end = ਆਖ਼ਰੀ ਤਾਰੀਖ਼

action-view-readings = ਰੀਡਿੰਗਾਂ ਦੇਖਣ
action-log-readings = ਰੀਡਿੰਗਾਂ ਦਰਜ ਕਰਨ
action-correct-readings = ਰੀਡਿੰਗਾਂ ਬਦਲਣ
action-manage-medicines = ਦਵਾਈਆਂ ਸੰਭਾਲਣ
action-set-targets = ਟੀਚੇ ਤੈਅ ਕਰਨ
action-manage-sharing = ਇਹ ਰਿਕਾਰਡ ਦੇਖਣ ਵਾਲੇ ਲੋਕ ਬਦਲਣ
action-view-audit = ਕਿਸ ਨੇ ਕੀ ਕੀਤਾ, ਇਹ ਦੇਖਣ
action-receive-alerts = ਸੂਚਨਾਵਾਂ ਲੈਣੀਆਂ
action-view-lessons = ਪਾਠ ਵੇਖਣੇ
action-assign-content = ਪਾਠ ਅਤੇ ਖਾਣੇ ਭੇਜਣੇ

## Errors: say what was wrong, never the value typed

error-below-min = { $field }: ਘੱਟੋ-ਘੱਟ { $limit } { $unit } ਹੋਣਾ ਚਾਹੀਦਾ ਹੈ। ਕੁਝ ਵੀ ਸੇਵ ਨਹੀਂ ਹੋਇਆ।
error-above-max = { $field }: ਵੱਧ ਤੋਂ ਵੱਧ { $limit } { $unit } ਹੋ ਸਕਦਾ ਹੈ। ਕੁਝ ਵੀ ਸੇਵ ਨਹੀਂ ਹੋਇਆ।
error-not-a-number = { $field }: ਇੱਥੇ ਨੰਬਰ ਹੋਣਾ ਚਾਹੀਦਾ ਹੈ। ਕੁਝ ਵੀ ਸੇਵ ਨਹੀਂ ਹੋਇਆ।
error-diastolic-not-below-systolic = ਬਲੱਡ ਪ੍ਰੈਸ਼ਰ ਦਾ ਹੇਠਾਂ ਵਾਲਾ ਨੰਬਰ ਉੱਪਰ ਵਾਲੇ ਨੰਬਰ ਤੋਂ ਘੱਟ ਹੋਣਾ ਚਾਹੀਦਾ ਹੈ। ਕੁਝ ਵੀ ਸੇਵ ਨਹੀਂ ਹੋਇਆ।
error-in-future = ਇਹ ਸਮਾਂ ਹੁਣ ਤੋਂ { $minutes } ਮਿੰਟਾਂ ਤੋਂ ਵੀ ਵੱਧ ਅੱਗੇ ਦਾ ਹੈ। ਕੁਝ ਵੀ ਸੇਵ ਨਹੀਂ ਹੋਇਆ।
error-too-early = { $field }: ਇਹ ਸਾਲ { $year } ਤੋਂ ਪਹਿਲਾਂ ਦਾ ਨਹੀਂ ਹੋ ਸਕਦਾ। ਕਿਰਪਾ ਕਰਕੇ ਤਾਰੀਖ਼ ਵੇਖ ਲਓ। ਕੁਝ ਵੀ ਸੇਵ ਨਹੀਂ ਹੋਇਆ।
error-missing = { $field }: ਇਹ ਭਰਨਾ ਜ਼ਰੂਰੀ ਹੈ। ਕੁਝ ਵੀ ਸੇਵ ਨਹੀਂ ਹੋਇਆ।
error-too-long = { $field }: ਇਹ ਬਹੁਤ ਲੰਮਾ ਹੈ, ਵੱਧ ਤੋਂ ਵੱਧ { $max } ਅੱਖਰ ਹੋ ਸਕਦੇ ਹਨ। ਕੁਝ ਵੀ ਸੇਵ ਨਹੀਂ ਹੋਇਆ।
error-not-a-choice = { $field }: ਇਹ ਦਿੱਤੀਆਂ ਚੋਣਾਂ ਵਿੱਚੋਂ ਨਹੀਂ ਹੈ। ਕੁਝ ਵੀ ਸੇਵ ਨਹੀਂ ਹੋਇਆ।
error-not-in-future = { $field }: ਇਹ ਹੁਣ ਤੋਂ ਬਾਅਦ ਦਾ ਹੋਣਾ ਚਾਹੀਦਾ ਹੈ। ਕੁਝ ਵੀ ਸੇਵ ਨਹੀਂ ਹੋਇਆ।
error-import-row = ਫ਼ਾਈਲ ਦੀ ਲਾਈਨ { $row } ਵਿੱਚ ਗੜਬੜ ਹੈ, ਇਸ ਲਈ ਕੁਝ ਵੀ ਇੰਪੋਰਟ ਨਹੀਂ ਕੀਤਾ ਗਿਆ।
error-import-unreadable = ਫ਼ਾਈਲ ਦੀ ਲਾਈਨ { $row } ਪੜ੍ਹੀ ਨਹੀਂ ਜਾ ਸਕੀ, ਇਸ ਲਈ ਕੁਝ ਵੀ ਇੰਪੋਰਟ ਨਹੀਂ ਕੀਤਾ ਗਿਆ।
error-denied-no-permission = ਤੁਹਾਨੂੰ ਇਸ ਵਿਅਕਤੀ ਲਈ { $action } ਦੀ ਇਜਾਜ਼ਤ ਨਹੀਂ ਹੈ।
error-denied-clinician-only = ਸਿਰਫ਼ ਨਰਸ, ਡਾਕਟਰ ਜਾਂ ਡਾਇਟੀਸ਼ੀਅਨ ਨੂੰ ਹੀ { $action } ਦੀ ਇਜਾਜ਼ਤ ਹੈ।
error-denied-not-a-patient = ਇਹ ਵਿਅਕਤੀ ਸਾਥੀ ਐਪ ਵਿੱਚ ਸਿਹਤ ਦਾ ਰਿਕਾਰਡ ਨਹੀਂ ਰੱਖਦਾ।
error-denied-patient-only = ਸਿਰਫ਼ ਉਸ ਵਿਅਕਤੀ ਨੂੰ ਹੀ { $action } ਦੀ ਇਜਾਜ਼ਤ ਹੈ ਜਿਸ ਦਾ ਇਹ ਰਿਕਾਰਡ ਹੈ।
error-denied-outside-window = ਤੁਹਾਨੂੰ ਇਸ ਵਿਅਕਤੀ ਲਈ { $action } ਦੀ ਇਜਾਜ਼ਤ ਸਿਰਫ਼ ਉਹਨਾਂ ਦਿਨਾਂ ਅਤੇ ਘੰਟਿਆਂ ਵਿੱਚ ਹੈ ਜੋ ਉਹਨਾਂ ਨੇ ਚੁਣੇ ਹਨ।
error-denied-access-ended = ਇਸ ਵਿਅਕਤੀ ਦੇ ਰਿਕਾਰਡ ਤੱਕ ਤੁਹਾਡੀ ਪਹੁੰਚ ਖ਼ਤਮ ਹੋ ਗਈ ਹੈ।
error-not-found-person = ਇੱਥੇ ਇਸ ਨਾਮ ਦਾ ਕੋਈ ਨਹੀਂ ਹੈ।
error-not-found-reading = ਉਹ ਰੀਡਿੰਗ ਨਹੀਂ ਮਿਲੀ।
error-not-found-medicine = ਉਹ ਦਵਾਈ ਨਹੀਂ ਮਿਲੀ।
error-not-found-dose = ਦਵਾਈ ਦੀ ਉਹ ਖ਼ੁਰਾਕ ਨਹੀਂ ਮਿਲੀ।
error-not-found-blood-pressure-protocol = ਘਰ ਵਿੱਚ ਬਲੱਡ ਪ੍ਰੈਸ਼ਰ ਦੀ ਕੋਈ ਜਾਂਚ ਸ਼ੁਰੂ ਨਹੀਂ ਕੀਤੀ ਗਈ।
error-not-found-invitation = ਇਸ ਕੋਡ ਵਾਲਾ ਕੋਈ ਸੱਦਾ ਨਹੀਂ ਹੈ। ਜਿਸ ਨੇ ਤੁਹਾਨੂੰ ਕੋਡ ਦਿੱਤਾ ਸੀ, ਉਸ ਨਾਲ ਮਿਲਾ ਕੇ ਚੈੱਕ ਕਰੋ।
error-not-found-grant = ਸਾਂਝਾ ਕਰਨ ਦੀ ਉਹ ਇਜਾਜ਼ਤ ਨਹੀਂ ਮਿਲੀ।
error-pin-required = ਇਸ ਪ੍ਰੋਫ਼ਾਈਲ ਦਾ ਪਿੰਨ ਹੈ। ਕਿਰਪਾ ਕਰਕੇ ਪਿੰਨ ਪਾਓ।
error-no-pin-set = ਪਹਿਲਾਂ ਇਸ ਪ੍ਰੋਫ਼ਾਈਲ ਲਈ ਪਿੰਨ ਬਣਾਓ।
error-wrong-pin = ਇਹ ਪਿੰਨ ਸਹੀ ਨਹੀਂ ਹੈ। ਕੁਝ ਵੀ ਨਹੀਂ ਖੁੱਲ੍ਹਿਆ।
error-pin-locked = ਬਹੁਤ ਵਾਰ ਗ਼ਲਤ ਪਿੰਨ ਪਾਇਆ ਗਿਆ। ਕਿਰਪਾ ਕਰਕੇ { $minutes ->
    [one] { $minutes } ਮਿੰਟ
   *[other] { $minutes } ਮਿੰਟ
} ਰੁਕੋ ਅਤੇ ਫਿਰ ਕੋਸ਼ਿਸ਼ ਕਰੋ।
error-invite-code-length = ਸੱਦੇ ਦੇ ਕੋਡ ਵਿੱਚ ਕੁੱਲ 9 ਅੱਖਰ ਅਤੇ ਅੰਕ ਹੁੰਦੇ ਹਨ। ਕਿਰਪਾ ਕਰਕੇ ਇਸ ਨੂੰ ਚੈੱਕ ਕਰੋ।
error-invite-code-character = ਸੱਦੇ ਦੇ ਕੋਡ ਵਿੱਚ ਸਿਰਫ਼ ਅੱਖਰ ਅਤੇ ਅੰਕ ਹੁੰਦੇ ਹਨ। ਕਿਰਪਾ ਕਰਕੇ ਇਸ ਨੂੰ ਚੈੱਕ ਕਰੋ।
error-invite-code-check = ਇਸ ਕੋਡ ਵਿੱਚ ਗ਼ਲਤੀ ਹੈ: ਕੋਈ ਇੱਕ ਅੱਖਰ ਜਾਂ ਅੰਕ ਗ਼ਲਤ ਸੁਣਿਆ ਜਾਂ ਗ਼ਲਤ ਲਿਖਿਆ ਗਿਆ ਹੈ। ਕਿਰਪਾ ਕਰਕੇ ਇਸ ਨੂੰ ਚੈੱਕ ਕਰੋ।
error-invite-expired = ਇਸ ਸੱਦੇ ਦਾ ਸਮਾਂ ਲੰਘ ਗਿਆ ਹੈ। ਨਵਾਂ ਸੱਦਾ ਮੰਗੋ।
error-invite-used = ਇਹ ਸੱਦਾ ਪਹਿਲਾਂ ਹੀ ਵਰਤਿਆ ਜਾ ਚੁੱਕਾ ਹੈ। ਨਵਾਂ ਸੱਦਾ ਮੰਗੋ।
error-own-invitation = ਆਪਣਾ ਸੱਦਾ ਆਪ ਮਨਜ਼ੂਰ ਨਹੀਂ ਕੀਤਾ ਜਾ ਸਕਦਾ। ਇਹ ਕੋਡ ਉਸ ਵਿਅਕਤੀ ਨੂੰ ਦਿਓ ਜੋ ਤੁਹਾਡੀ ਮਦਦ ਕਰੇਗਾ।
error-name-taken = ਇੱਥੇ ਕਿਸੇ ਹੋਰ ਦਾ ਪਹਿਲਾਂ ਹੀ ਇਹ ਨਾਮ ਹੈ।
error-database-corrupt = ਸੇਵ ਕੀਤਾ ਡਾਟਾ ਖ਼ਰਾਬ ਹੋ ਗਿਆ ਸੀ। ਇਸ ਨੂੰ { $path } ਵਿੱਚ ਸੰਭਾਲ ਕੇ ਰੱਖਿਆ ਗਿਆ ਹੈ। ਅਗਲੀ ਵਾਰ ਸਾਥੀ ਐਪ ਇੱਕ ਨਵਾਂ, ਖਾਲੀ ਰਿਕਾਰਡ ਸ਼ੁਰੂ ਕਰੇਗੀ। ਪੁਰਾਣਾ ਰਿਕਾਰਡ ਵਾਪਸ ਲਿਆਉਣ ਲਈ ਕਿਰਪਾ ਕਰਕੇ ਕਿਸੇ ਤੋਂ ਮਦਦ ਮੰਗੋ।
error-database-newer = ਸੇਵ ਕੀਤਾ ਡਾਟਾ ਸਾਥੀ ਐਪ ਦੇ ਕਿਸੇ ਨਵੇਂ ਵਰਜ਼ਨ ਦਾ ਹੈ। ਇਸ ਨੂੰ { $path } ਵਿੱਚ ਸੰਭਾਲ ਕੇ ਰੱਖਿਆ ਗਿਆ ਹੈ। ਕਿਰਪਾ ਕਰਕੇ ਸਾਥੀ ਐਪ ਨੂੰ ਅੱਪਡੇਟ ਕਰੋ।
error-database-not-saathi = ਇਹ ਫ਼ਾਈਲ ਸਾਥੀ ਐਪ ਦਾ ਸੇਵ ਕੀਤਾ ਡਾਟਾ ਨਹੀਂ ਹੈ, ਇਸ ਲਈ ਸਾਥੀ ਐਪ ਨੇ ਇਸ ਨੂੰ ਨਹੀਂ ਬਦਲਿਆ। ਇਸ ਨੂੰ { $path } ਵਿੱਚ ਸੰਭਾਲ ਕੇ ਰੱਖਿਆ ਗਿਆ ਹੈ। ਅਗਲੀ ਵਾਰ ਸਾਥੀ ਐਪ ਇੱਕ ਨਵਾਂ, ਖਾਲੀ ਰਿਕਾਰਡ ਸ਼ੁਰੂ ਕਰੇਗੀ।
error-database-corrupt-in-use = ਸੇਵ ਕੀਤੇ ਡਾਟੇ ਦਾ ਕੁਝ ਹਿੱਸਾ ਖ਼ਰਾਬ ਹੋ ਗਿਆ ਹੈ। ਕਿਰਪਾ ਕਰਕੇ ਸਾਥੀ ਐਪ ਬੰਦ ਕਰਕੇ ਦੁਬਾਰਾ ਖੋਲ੍ਹੋ: ਖ਼ਰਾਬ ਡਾਟਾ ਮਿਟਾਇਆ ਨਹੀਂ ਜਾਵੇਗਾ, ਸੰਭਾਲ ਕੇ ਰੱਖਿਆ ਜਾਵੇਗਾ, ਅਤੇ ਸਾਥੀ ਐਪ ਇੱਕ ਨਵਾਂ, ਖਾਲੀ ਰਿਕਾਰਡ ਸ਼ੁਰੂ ਕਰੇਗੀ। ਪੁਰਾਣਾ ਰਿਕਾਰਡ ਵਾਪਸ ਲਿਆਉਣ ਲਈ ਕਿਰਪਾ ਕਰਕੇ ਕਿਸੇ ਤੋਂ ਮਦਦ ਮੰਗੋ।
error-storage = ਸਾਥੀ ਐਪ ਤੁਹਾਡਾ ਡਾਟਾ ਸੇਵ ਨਹੀਂ ਕਰ ਸਕੀ ਜਾਂ ਪੜ੍ਹ ਨਹੀਂ ਸਕੀ। ਕੁਝ ਵੀ ਨਹੀਂ ਬਦਲਿਆ।

## People, conditions, medicines

role-patient = ਮਰੀਜ਼
role-helper = ਪਰਿਵਾਰਕ ਮਦਦਗਾਰ
role-clinician = ਨਰਸ, ਡਾਕਟਰ ਜਾਂ ਡਾਇਟੀਸ਼ੀਅਨ

condition-type-2-diabetes = ਟਾਈਪ 2 ਸ਼ੂਗਰ (ਡਾਇਬਟੀਜ਼)
condition-high-blood-pressure = ਹਾਈ ਬਲੱਡ ਪ੍ਰੈਸ਼ਰ
condition-heart-disease = ਦਿਲ ਦੀ ਬਿਮਾਰੀ

food-with-food = ਖਾਣੇ ਨਾਲ
food-without-food = ਖਾਲੀ ਪੇਟ
food-either = ਖਾਣੇ ਨਾਲ ਜਾਂ ਖਾਣੇ ਤੋਂ ਬਿਨਾਂ

dose-taken = ਲਈ ਗਈ
dose-late = ਦੇਰ ਨਾਲ ਲਈ ਗਈ
dose-skipped = ਨਹੀਂ ਲਈ ਗਈ

## Sharing: who can see or change a record

scope-view-readings = ਰੀਡਿੰਗਾਂ ਦੇਖਣਾ
scope-log-readings = ਰੀਡਿੰਗਾਂ ਦਰਜ ਕਰਨਾ
scope-manage-medicines = ਦਵਾਈਆਂ ਅਤੇ ਦਵਾਈ ਦੇ ਰਿਮਾਈਂਡਰ ਸੰਭਾਲਣਾ
scope-receive-alerts = ਚੇਤਾਵਨੀਆਂ (ਅਲਰਟ) ਲੈਣਾ
scope-view-lessons = ਸਬਕ ਦੇਖਣਾ
scope-assign-content = ਸਬਕ ਭੇਜਣਾ ਅਤੇ ਟੀਚੇ ਤੈਅ ਕਰਨਾ
scope-view-shared-readings = ਸਾਂਝੀਆਂ ਕੀਤੀਆਂ ਰੀਡਿੰਗਾਂ ਦੇਖਣਾ

basis-consent = ਇਜਾਜ਼ਤ ਨਾਲ
basis-lasting-power-of-attorney = ਲਾਸਟਿੰਗ ਪਾਵਰ ਆਫ਼ ਅਟਾਰਨੀ (ਕਾਨੂੰਨੀ ਤੌਰ ਤੇ ਫ਼ੈਸਲੇ ਲੈਣ ਦਾ ਹੱਕ)
basis-deputy = ਅਦਾਲਤ ਵੱਲੋਂ ਨਿਯੁਕਤ ਡਿਪਟੀ
basis-best-interest = ਉਹਨਾਂ ਦੀ ਭਲਾਈ ਲਈ
basis-parental-responsibility = ਮਾਪਿਆਂ ਵਜੋਂ ਜ਼ਿੰਮੇਵਾਰੀ

end-reason-patient-choice = ਮਰੀਜ਼ ਨੇ ਆਪ ਬੰਦ ਕੀਤਾ
end-reason-end-date-reached = ਆਖ਼ਰੀ ਤਾਰੀਖ਼ ਆ ਗਈ ਸੀ
end-reason-safeguarding = ਮਰੀਜ਼ ਦੀ ਸੁਰੱਖਿਆ ਲਈ ਬੰਦ ਕੀਤਾ
end-reason-misuse = ਗ਼ਲਤ ਵਰਤੋਂ ਹੋਣ ਕਰਕੇ ਬੰਦ ਕੀਤਾ

## Records and the audit trail: who did what

record-glucose = ਸ਼ੂਗਰ
record-blood-pressure = ਬਲੱਡ ਪ੍ਰੈਸ਼ਰ
record-weight = ਭਾਰ
record-hba1c = HbA1c
record-activity = ਕਸਰਤ
record-regimen = ਦਵਾਈ
record-dose-event = ਦਵਾਈ ਦੀ ਖ਼ੁਰਾਕ
record-grant = ਸਾਂਝਾ ਕਰਨ ਦੀ ਇਜਾਜ਼ਤ
record-invitation = ਸੱਦਾ

audit-log = ਰੀਡਿੰਗ ਦਰਜ ਕੀਤੀ
audit-correct = ਰੀਡਿੰਗ ਠੀਕ ਕੀਤੀ
audit-delete = ਰੀਡਿੰਗ ਮਿਟਾਈ
audit-import = ਰੀਡਿੰਗਾਂ ਇੰਪੋਰਟ ਕੀਤੀਆਂ
audit-view-readings = ਰੀਡਿੰਗਾਂ ਦੇਖੀਆਂ
audit-view-summary = ਸਾਰ ਦੇਖਿਆ
audit-view-history = ਇੱਕ ਰੀਡਿੰਗ ਦਾ ਪਿਛਲਾ ਰਿਕਾਰਡ ਦੇਖਿਆ
audit-view-medicines = ਦਵਾਈਆਂ ਦੇਖੀਆਂ
audit-view-targets = ਟੀਚੇ ਦੇਖੇ
audit-view-bp-protocol = ਘਰ ਵਿੱਚ ਬਲੱਡ ਪ੍ਰੈਸ਼ਰ ਦੀ ਜਾਂਚ ਦੇਖੀ
audit-set-units = ਮਾਪਣ ਦੇ ਯੂਨਿਟ ਬਦਲੇ
audit-start-bp-protocol = ਘਰ ਵਿੱਚ ਬਲੱਡ ਪ੍ਰੈਸ਼ਰ ਦੀ ਜਾਂਚ ਸ਼ੁਰੂ ਕੀਤੀ
audit-add-regimen = ਦਵਾਈ ਜੋੜੀ
audit-record-dose = ਦਵਾਈ ਦੀ ਖ਼ੁਰਾਕ ਦਰਜ ਕੀਤੀ
audit-change-regimen = ਦਵਾਈ ਵਿੱਚ ਬਦਲਾਅ ਕੀਤਾ
audit-stop-regimen = ਦਵਾਈ ਬੰਦ ਕੀਤੀ
audit-correct-dose = ਦਵਾਈ ਦੀ ਖ਼ੁਰਾਕ ਠੀਕ ਕੀਤੀ
audit-delete-dose = ਦਵਾਈ ਦੀ ਖ਼ੁਰਾਕ ਮਿਟਾਈ
audit-set-target-glucose-before-meal = ਖਾਣੇ ਤੋਂ ਪਹਿਲਾਂ ਦੀ ਸ਼ੂਗਰ ਦਾ ਟੀਚਾ ਤੈਅ ਕੀਤਾ
audit-set-target-glucose-after-meal = ਖਾਣੇ ਤੋਂ ਬਾਅਦ ਦੀ ਸ਼ੂਗਰ ਦਾ ਟੀਚਾ ਤੈਅ ਕੀਤਾ
audit-set-target-glucose-other = ਕਿਸੇ ਵੀ ਵੇਲੇ ਦੀ ਸ਼ੂਗਰ ਦਾ ਟੀਚਾ ਤੈਅ ਕੀਤਾ
audit-set-target-bp-home = ਬਲੱਡ ਪ੍ਰੈਸ਼ਰ ਦਾ ਟੀਚਾ ਤੈਅ ਕੀਤਾ
audit-set-target-hba1c = HbA1c ਦਾ ਟੀਚਾ ਤੈਅ ਕੀਤਾ
audit-denied-view-readings = ਰੀਡਿੰਗਾਂ ਦੇਖਣ ਦੀ ਕੋਸ਼ਿਸ਼ ਕੀਤੀ, ਪਰ ਇਜਾਜ਼ਤ ਨਹੀਂ ਮਿਲੀ
audit-denied-log-readings = ਰੀਡਿੰਗ ਦਰਜ ਕਰਨ ਦੀ ਕੋਸ਼ਿਸ਼ ਕੀਤੀ, ਪਰ ਇਜਾਜ਼ਤ ਨਹੀਂ ਮਿਲੀ
audit-denied-correct-readings = ਰੀਡਿੰਗ ਬਦਲਣ ਦੀ ਕੋਸ਼ਿਸ਼ ਕੀਤੀ, ਪਰ ਇਜਾਜ਼ਤ ਨਹੀਂ ਮਿਲੀ
audit-denied-manage-medicines = ਦਵਾਈਆਂ ਬਦਲਣ ਦੀ ਕੋਸ਼ਿਸ਼ ਕੀਤੀ, ਪਰ ਇਜਾਜ਼ਤ ਨਹੀਂ ਮਿਲੀ
audit-denied-set-targets = ਟੀਚਾ ਤੈਅ ਕਰਨ ਦੀ ਕੋਸ਼ਿਸ਼ ਕੀਤੀ, ਪਰ ਇਜਾਜ਼ਤ ਨਹੀਂ ਮਿਲੀ
audit-denied-manage-sharing = ਇਹ ਰਿਕਾਰਡ ਦੇਖਣ ਵਾਲੇ ਲੋਕ ਬਦਲਣ ਦੀ ਕੋਸ਼ਿਸ਼ ਕੀਤੀ, ਪਰ ਇਜਾਜ਼ਤ ਨਹੀਂ ਮਿਲੀ
audit-denied-view-audit = ਕਿਸ ਨੇ ਕੀ ਕੀਤਾ, ਇਹ ਦੇਖਣ ਦੀ ਕੋਸ਼ਿਸ਼ ਕੀਤੀ, ਪਰ ਇਜਾਜ਼ਤ ਨਹੀਂ ਮਿਲੀ
audit-denied-receive-alerts = ਸੂਚਨਾਵਾਂ ਲੈਣ ਦੀ ਕੋਸ਼ਿਸ਼ ਕੀਤੀ, ਪਰ ਇਜਾਜ਼ਤ ਨਹੀਂ ਸੀ
audit-denied-view-lessons = ਪਾਠ ਵੇਖਣ ਦੀ ਕੋਸ਼ਿਸ਼ ਕੀਤੀ, ਪਰ ਇਜਾਜ਼ਤ ਨਹੀਂ ਸੀ
audit-denied-assign-content = ਪਾਠ ਜਾਂ ਖਾਣੇ ਭੇਜਣ ਦੀ ਕੋਸ਼ਿਸ਼ ਕੀਤੀ, ਪਰ ਇਜਾਜ਼ਤ ਨਹੀਂ ਸੀ
audit-invite = ਸੱਦੇ ਦਾ ਕੋਡ ਬਣਾਇਆ
audit-accept-invite = ਸੱਦਾ ਮਨਜ਼ੂਰ ਕੀਤਾ
audit-change-grant = ਕਿਸੇ ਦੀ ਇਜਾਜ਼ਤ ਵਿੱਚ ਤਬਦੀਲੀ ਕੀਤੀ
audit-revoke-patient-choice = ਕਿਸੇ ਦੀ ਪਹੁੰਚ ਬੰਦ ਕੀਤੀ
audit-revoke-end-date-reached = ਆਖ਼ਰੀ ਤਾਰੀਖ਼ ਆਉਣ ਤੇ ਕਿਸੇ ਦੀ ਪਹੁੰਚ ਖ਼ਤਮ ਕੀਤੀ
audit-revoke-safeguarding = ਸੁਰੱਖਿਆ ਲਈ ਕਿਸੇ ਦੀ ਪਹੁੰਚ ਬੰਦ ਕੀਤੀ
audit-revoke-misuse = ਗ਼ਲਤ ਵਰਤੋਂ ਹੋਣ ਕਰਕੇ ਕਿਸੇ ਦੀ ਪਹੁੰਚ ਬੰਦ ਕੀਤੀ
audit-set-pin = ਪਿੰਨ ਬਣਾਇਆ ਜਾਂ ਬਦਲਿਆ
audit-clear-pin = ਪਿੰਨ ਹਟਾਇਆ
audit-wrong-pin = ਗ਼ਲਤ ਪਿੰਨ ਪਾਇਆ ਗਿਆ
audit-set-reminder = ਯਾਦ-ਦਹਾਨੀ ਲਗਾਈ ਜਾਂ ਬਦਲੀ
audit-set-reminder-settings = ਯਾਦ-ਦਹਾਨੀ ਅਤੇ ਸੂਚਨਾ ਦੀਆਂ ਚੋਣਾਂ ਬਦਲੀਆਂ
audit-set-fasting-days = ਵਰਤ ਦੇ ਦਿਨ ਲਿਖੇ
audit-assign = ਸਬਕ ਜਾਂ ਅਜ਼ਮਾਉਣ ਲਈ ਖਾਣਾ ਭੇਜਿਆ
audit-withdraw-assignment = ਭੇਜਿਆ ਸਬਕ ਜਾਂ ਖਾਣਾ ਵਾਪਸ ਲਿਆ
audit-set-progress = ਸਬਕ ਜਾਂ ਖਾਣੇ ਵਿੱਚ ਤਰੱਕੀ ਲਿਖੀ
audit-set-content-profile = ਖਾਣੇ ਅਤੇ ਸਬਕਾਂ ਦੀਆਂ ਚੋਣਾਂ ਬਦਲੀਆਂ
audit-view-lessons = ਸਬਕ ਅਤੇ ਖਾਣੇ ਦੇਖੇ

## Dates: the code fills in the locale's own digits and month and weekday names.

date-long = { $day } { $month } { $year }
date-time = { $weekday } { $day } { $month } { $year }, { $time }

## Languages a person reads and hears

audit-set-languages = ਭਾਸ਼ਾਵਾਂ ਬਦਲੀਆਂ
field-languages = ਭਾਸ਼ਾਵਾਂ
field-days = ਦਿਨਾਂ ਦੀ ਗਿਣਤੀ
field-bp-check-days = ਬਲੱਡ ਪ੍ਰੈਸ਼ਰ ਜਾਂਚ ਦੇ ਦਿਨਾਂ ਦੀ ਗਿਣਤੀ

## Assignments from a dietitian or clinician (saathi-content)

field-note = ਨੋਟ
field-due-date = ਕਦੋਂ ਤੱਕ ਕਰਨਾ ਹੈ
field-heard-percent = ਕਿੰਨਾ ਸੁਣਿਆ
field-content-item = ਸਬਕ ਜਾਂ ਖਾਣਾ
field-publisher-key = ਸਮੱਗਰੀ ਭੇਜਣ ਵਾਲੇ ਦੀ ਕੁੰਜੀ
field-pack-hash = ਡਾਊਨਲੋਡ ਦਾ ਜਾਂਚ ਨੰਬਰ
field-date = ਤਾਰੀਖ਼
