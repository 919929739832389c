# Saathi: the terminal shell's words (source locale, en-GB).

cli-default-person-name = Me

## --speak: what would be heard

cli-speak-voice = device voice
cli-speak-clip = recording

## After logging

cli-logged = Saved for { $name }: { $kind }, { $reading }. (Reading { $record })
cli-logged-by = Saved for { $name } by { $by }: { $kind }, { $reading }. (Reading { $record })
cli-corrected = Corrected for { $name }: { $kind }, { $reading }. (Reading { $record }, version { $version })
cli-corrected-by = Corrected for { $name } by { $by }: { $kind }, { $reading }. (Reading { $record }, version { $version })
cli-deleted = Deleted { $kind } reading { $record }. It stays in its history.
cli-dealing-with = You are dealing with reading { $record }: your helpers will not be told of it.
cli-deleted-marker = (deleted)
cli-meaning = This is: { $band }
cli-act-now = Do this now:
cli-record-version = { $record } (v{ $version })
cli-no-readings = No readings for { $name } in this time.

## Column headings

cli-col-when = When
cli-col-what = What
cli-col-reading = Reading
cli-col-meaning = Meaning
cli-col-entered-by = Entered by
cli-col-number = No.
cli-col-version = Version
cli-col-reason = Why
cli-col-name = Name
cli-col-role = Role
cli-col-conditions = Health conditions
cli-col-who = Who
cli-col-action = What they did
cli-col-medicine = Medicine
cli-col-dose = Dose
cli-col-times = Times
cli-col-food = Food

## Summary

cli-summary-title = { $days ->
    [one] { $name }: today ({ $from })
   *[other] { $name }: the last { $days } days ({ $from } to { $to })
}
cli-summary-range-title = { $days ->
    [one] { $name }: { $from }
   *[other] { $name }: { $from } to { $to } ({ $days } days)
}
cli-summary-glucose = { $count ->
    [one] 1 reading.
   *[other] { $count } readings.
} Average { $mean }, lowest { $min }, highest { $max }.
cli-summary-time-in-range = In range { $in_range }% of the time, low { $low }%, high { $high }%.
cli-summary-glucose-context = { $context }: { $count ->
    [one] 1 reading
   *[other] { $count } readings
}, average { $mean }, in range { $in_range }%.
cli-summary-bp = { $count ->
    [one] 1 reading.
   *[other] { $count } readings.
} Average { $systolic }/{ $diastolic } mmHg: { $band }.
cli-summary-weight = { $count ->
    [one] Latest { $latest } (1 weighing).
   *[other] Latest { $latest } ({ $count } weighings).
}
cli-summary-hba1c = Latest { $latest }, on { $date }.
cli-summary-activity = { $minutes } minutes on { $days } days; { $steps } steps a day on average.
cli-summary-doses = { $taken } taken, { $late } late, { $skipped } missed.
cli-medicines = Medicines
cli-in-words = In words:

## Targets

cli-targets-title = Targets for { $name }
cli-target-before-meal = Sugar before meals
cli-target-after-meal = Sugar 2 hours after meals
cli-target-other = Sugar at other times
cli-target-bp-home = Blood pressure at home
cli-target-glucose = { $low } to { $high } { $unit }
cli-target-bp = up to { $systolic }/{ $diastolic } mmHg
cli-target-hba1c = up to { $value } mmol/mol
cli-target-guideline = Guideline: { $source }
cli-target-set-by = Set by { $name } on { $date }.
cli-target-set-by-because = Set by { $name } on { $date }: { $reason }

## Home blood pressure check

cli-check-progress = { $logged ->
    [one] Home blood pressure check: day { $day } of { $days }; readings on 1 day so far.
   *[other] Home blood pressure check: day { $day } of { $days }; readings on { $logged } days so far.
}

## People and medicines

cli-person-added = Added { $name } ({ $role }).
cli-medicine-added = Added { $name }. (Medicine { $record })
cli-dose-recorded = { $name }: { $status }. (Dose { $record })
cli-medicine-changed = Changed { $name }. The old details stay in its history. (Medicine { $record }, version { $version })
cli-medicine-stopped = Stopped { $name }. Its reminders have stopped too. Doses already saved are kept.
cli-dose-corrected = Corrected dose { $record }: { $status }. The old entry stays in its history. (Version { $version })
cli-dose-deleted = Deleted dose { $record }. It stays in its history.
cli-imported = Imported { $count } readings for { $name }.

## PINs on a shared phone

cli-pin-set = The PIN for { $name } is set. From now on, give it with --pin (or SAATHI_PIN).
cli-pin-cleared = The PIN for { $name } is removed.

## Helpers: sharing a record with family or a nurse

cli-invite-code = Invitation code to help { $name }: { $code }
cli-invite-how = Read it aloud or send it by text message. It can be used once, until { $expires }.
cli-invite-qr = For a QR code: { $payload }
cli-invite-allows = When it is accepted, they may: { $scopes }.
cli-invite-days = { $days ->
    [one] For 1 day after it is accepted.
   *[other] For { $days } days after it is accepted.
}
cli-accepted = You can now help { $name }.
cli-you-may = You may: { $scopes }.
cli-grant-until = Until { $date }.
cli-grant-open-ended = Until it is stopped.
cli-grant-window = Only on { $days }, from { $from } to { $to }.
cli-grant-window-every-day = Only from { $from } to { $to }, every day.
cli-grant-basis = On what grounds: { $basis }.
cli-grant-may = { $name } may: { $scopes }.
cli-grant-ended = { $name } could: { $scopes }. Ended on { $date }: { $reason }.
cli-sharing-title = Who can see or change your record:
cli-sharing-none = No one else can see or change your record.
cli-helping-title = People you help:
cli-helping = { $name }: you may { $scopes }.
cli-helping-none = You are not helping anyone at the moment.
cli-revoked = { $name } can no longer see or change your record. Why: { $reason }.
cli-day-mon = Mon
cli-day-tue = Tue
cli-day-wed = Wed
cli-day-thu = Thu
cli-day-fri = Fri
cli-day-sat = Sat
cli-day-sun = Sun

## The record of who did what

cli-audit-intact = { $entries ->
    [one] The record of who did what is intact (1 entry).
   *[other] The record of who did what is intact ({ $entries } entries).
}
cli-audit-altered = The record of who did what has been changed: entry { $entry } is not as it was written.
cli-audit-missing = The record of who did what has been changed: entries just before entry { $entry } were removed or moved.
cli-audit-truncated = The record of who did what has been changed: its last entries were removed. { $entries ->
    [one] Only 1 of { $expected } is left.
   *[other] Only { $entries } of { $expected } are left.
}

## Mistakes in what was typed

cli-error-bp-format = Write blood pressure as two numbers with a slash, like 142/88.
cli-error-time-format = Write the time like 08:30, or 2026-11-21 08:30.
cli-error-now-format = Write --now as a full date and time with its offset, like 2026-11-21T08:30:00+00:00.
cli-error-whole-number = { $field } must be a whole number, like 142. Nothing was saved.
cli-error-date-format = Write the date like 2026-11-01.
cli-error-empty-range = The end of the time range must come after the start.
cli-error-unknown-unit = "{ $unit }" is not a unit Saathi knows.
cli-error-unknown-language = "{ $lang }" is not a language Saathi has yet.
cli-error-usage = That command was not understood. See saathi --help.
cli-error-usage-arg = { $arg } was not understood here. See saathi --help.
cli-error-usage-choices = { $arg } must be one of: { $choices }.
cli-error-choose-person = More than one person uses Saathi here ({ $names }). Say who you are with --as NAME.
cli-error-read-file = Could not read { $path }.
cli-error-window-format = Write the days and hours like this: mon,tue,wed,thu,fri 09:00-17:00.
cli-error-nothing-to-stop = { $name } cannot see or change your record now, so there is nothing to stop.
cli-error-demo-db-exists = { $path } already exists. The demo needs a new file, so your data is not mixed with the demo's.

## The demo

cli-demo-household = A family on one phone
cli-demo-rashid = { $name }, 70: type 2 diabetes, high blood pressure and heart disease. Wears a glucose sensor.
cli-demo-nasreen = { $name }, 65: high blood pressure. Thinks of her weight in stones.
cli-demo-amina = { $name }: their daughter, who helps them with the phone.
cli-demo-nurse = { $name }: their practice nurse.
cli-demo-history = Their history of readings
cli-demo-logged = Logged { $days } days in { $seconds } seconds: { $glucose } sensor sugar readings, { $bp } blood pressures, { $weight } weights, { $hba1c } HbA1c results, { $activity } walks and { $doses } medicine doses.
cli-demo-database = The demo data is in { $path }.
cli-demo-summary = Summary
cli-demo-bp-check = Nasreen's home blood pressure check
cli-demo-danger = A dangerous reading gets advice at once
cli-demo-slip = A typing slip is refused, and nothing is saved
cli-demo-slip-typed = Rashid types 68 instead of 6.8:
cli-demo-helper = A family helper
cli-demo-helper-invite = { $patient } invites his daughter { $helper } to help with his readings:
cli-demo-helper-accept = { $helper } types the code into her phone:
cli-demo-helper-log = { $helper } adds a blood sugar for { $patient }:
cli-demo-helper-list = { $patient } checks who can see or change his record:
cli-demo-helper-revoke = { $patient } stops { $helper }'s access:
cli-demo-helper-refused = { $helper } tries to add another reading, and is refused:
cli-demo-helper-again = Later { $patient } invites { $helper } again, this time only to see his readings and be told of alerts:
cli-demo-alert-choices = { $patient } chooses when { $helper } is told: a medicine still not taken { $doses } minutes after it was missed, and a reading that needs action after { $readings } minutes, unless he says he is dealing with it.
cli-demo-helper-audit = { $count ->
    [one] The last entry in { $patient }'s record of who did what:
   *[other] The last { $count } entries in { $patient }'s record of who did what:
}
cli-demo-next = Try it yourself
cli-demo-try = For example: saathi --db { $path } --as Rashid readings --limit 10

## person languages

cli-languages = { $name } reads: { $text }. Hears: { $audio }.
cli-languages-none = { $name } has not chosen languages yet.

## reminders

cli-reminders-next = Reminders to come:
cli-reminders-none = No reminders in that time.
cli-reminders-due = Due or missed now:
