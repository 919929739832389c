# Saathi: tracking messages (source locale, en-GB).
# Plain words for an older person hearing them read aloud: short sentences, no jargon.
# Ids are used by saathi-domain (wording, bands, summary) and saathi-core (errors).

## Speech

# Said for the decimal point when a number is read aloud: "6 point 8".
speech-point = point

## Units

unit-mmol-per-l = mmol/L
unit-mg-per-dl = mg/dL
unit-mmol-per-mol = mmol/mol
unit-percent = %
unit-kg = kg
unit-lb = lb
unit-stones = stone
unit-mmhg = mmHg
unit-per-minute = beats a minute
unit-minutes = minutes
unit-steps = steps
unit-digits = digits
unit-days = days
unit-unknown = units

## What was measured

kind-glucose = Blood sugar
kind-blood-pressure = Blood pressure
kind-weight = Weight
kind-hba1c = HbA1c
kind-activity = Activity

reading-glucose = { $value } { $unit }
reading-with-context = { $reading }, { $context }
reading-bp = { $systolic }/{ $diastolic } mmHg
reading-bp-pulse = { $systolic }/{ $diastolic } mmHg, pulse { $pulse }
reading-weight-kg = { $value } kg
reading-weight-st-lb = { $stones } st { $pounds } lb
reading-hba1c = { $value } { $unit } ({ $other } { $other_unit })
reading-activity-minutes = { $minutes ->
    [one] { $minutes } minute
   *[other] { $minutes } minutes
}
reading-activity-steps = { $steps ->
    [one] { $steps } step
   *[other] { $steps } steps
}
reading-activity-minutes-steps = { $minutes } minutes, { $steps } steps

## When a sugar reading was taken

context-fasting = fasting
context-before-meal = before a meal
context-after-meal = after a meal
context-bedtime = at bedtime
context-random = any time
context-before-suhoor = before suhoor
context-after-iftar = after iftar

## Bands: what a reading means

glucose-band-severe-low = Very low
glucose-band-low = Low
glucose-band-in-range = In range
glucose-band-high = High
glucose-band-very-high = Very high

bp-band-low = Low
bp-band-normal = Normal
bp-band-stage-1 = Raised
bp-band-stage-2 = High
bp-band-severe = Very high

## Advice, heard at once after a reading

advice-glucose-severe-low = Your sugar is very low. Take sugar now: a glass of fruit juice or sweets. Then eat something. If you feel very unwell or cannot swallow, someone must call 999.
advice-glucose-low = Your sugar is low. Take something sugary now, like juice or sweets. Check again in 10 to 15 minutes.
advice-glucose-in-range = Your sugar is in your target range. Well done.
advice-glucose-high = Your sugar is above your target. Drink water, and check again later. Tell your nurse or doctor if it stays high.
advice-glucose-very-high = Your sugar is very high. Check again soon. If it stays this high or you feel unwell, call your GP or 111 today.
advice-break-fast = Break your fast now. It is not safe to keep fasting with this sugar level.
advice-bp-low = Your blood pressure is low. If you feel dizzy or faint, sit or lie down, and tell your GP.
advice-bp-normal = Your blood pressure is in a healthy range.
advice-bp-stage-1 = Your blood pressure is raised. Keep checking it, and talk to your GP or nurse at your next visit.
advice-bp-stage-2 = Your blood pressure is high. Please book to see your GP or nurse in the next few days.
advice-bp-severe = Your blood pressure is very high. Sit quietly for 5 minutes and check again. If it is still this high, you need to be seen today: call your GP or 111.
advice-bp-severe-symptoms = Call 999 now if you have chest pain, trouble breathing, confusion, a bad headache, or changes in your sight.

## Summaries

summary-nothing-logged = { $days ->
    [one] Nothing was logged on this day.
   *[other] Nothing was logged in these { $days } days.
}
summary-glucose-severe-lows = { $count ->
    [one] You had one very low sugar reading. Please tell your nurse or doctor.
   *[other] You had { $count } very low sugar readings. Please tell your nurse or doctor.
}
summary-glucose-lows = { $count ->
    [one] You had one low sugar reading.
   *[other] You had { $count } low sugar readings.
}
summary-glucose-in-range = { $days ->
    [one] Your sugar was in your target range { $percent }% of the time on this day.
   *[other] Your sugar was in your target range { $percent }% of the time over these { $days } days.
}
summary-glucose-days-in-range = { $days ->
    [one] On { $good } of { $days } day, every sugar reading was in range.
   *[other] On { $good } of { $days } days, every sugar reading was in range.
}
summary-glucose-trend-rising = Your sugar has been going up.
summary-glucose-trend-falling = Your sugar has been coming down.
summary-glucose-trend-steady = Your sugar has been steady.
summary-bp-check = Your home blood pressure check gave an average of { $systolic }/{ $diastolic } over { $days } days: { $band }. Share this with your GP or nurse.
summary-bp-average = Your average blood pressure was { $systolic }/{ $diastolic }: { $band }.
summary-bp-within-target = That is within your target.
summary-bp-above-target = That is above your target.
summary-bp-trend-rising = Your blood pressure has been going up.
summary-bp-trend-falling = Your blood pressure has been coming down.
summary-bp-trend-steady = Your blood pressure has been steady.
summary-weight-down = You lost { $amount } { $unit }.
summary-weight-up = You gained { $amount } { $unit }.
summary-weight-same = Your weight stayed the same.
summary-hba1c-at-target = Your latest HbA1c is at or below your target.
summary-hba1c-above-target = Your latest HbA1c is above your target.
summary-activity = { $active ->
    [one] You were active for { $minutes } minutes, on one day.
   *[other] You were active for { $minutes } minutes, on { $active } days.
}
summary-doses = You took { $taken } of { $total } medicine doses you logged.
summary-streak = { $days ->
    [one] You have logged something 1 day in a row.
   *[other] You have logged something { $days } days in a row.
}
summary-streak-every-day = You logged something every day for { $days } days.
summary-glucose-severe-lows-about = { $count ->
    [one] { $patient } had one very low sugar reading. Please make sure their nurse or doctor knows.
   *[other] { $patient } had { $count } very low sugar readings. Please make sure their nurse or doctor knows.
}
summary-glucose-lows-about = { $count ->
    [one] { $patient } had one low sugar reading.
   *[other] { $patient } had { $count } low sugar readings.
}
summary-glucose-in-range-about = { $days ->
    [one] { $patient }'s sugar was in their target range { $percent }% of the time on this day.
   *[other] { $patient }'s sugar was in their target range { $percent }% of the time over these { $days } days.
}
summary-glucose-trend-rising-about = { $patient }'s sugar has been going up.
summary-glucose-trend-falling-about = { $patient }'s sugar has been coming down.
summary-glucose-trend-steady-about = { $patient }'s sugar has been steady.
summary-bp-check-about = { $patient }'s home blood pressure check gave an average of { $systolic }/{ $diastolic } over { $days } days: { $band }. This should be shared with their GP or nurse.
summary-bp-average-about = { $patient }'s average blood pressure was { $systolic }/{ $diastolic }: { $band }.
summary-bp-within-target-about = That is within their target.
summary-bp-above-target-about = That is above their target.
summary-bp-trend-rising-about = { $patient }'s blood pressure has been going up.
summary-bp-trend-falling-about = { $patient }'s blood pressure has been coming down.
summary-bp-trend-steady-about = { $patient }'s blood pressure has been steady.
summary-weight-down-about = { $patient } lost { $amount } { $unit }.
summary-weight-up-about = { $patient } gained { $amount } { $unit }.
summary-weight-same-about = { $patient }'s weight stayed the same.
summary-hba1c-at-target-about = { $patient }'s latest HbA1c is at or below their target.
summary-hba1c-above-target-about = { $patient }'s latest HbA1c is above their target.
summary-activity-about = { $active ->
    [one] { $patient } was active for { $minutes } minutes, on one day.
   *[other] { $patient } was active for { $minutes } minutes, on { $active } days.
}
summary-doses-about = { $patient } took { $taken } of { $total } medicine doses logged.
summary-streak-about = { $days ->
    [one] { $patient } has logged something 1 day in a row.
   *[other] { $patient } has logged something { $days } days in a row.
}
summary-streak-every-day-about = { $patient } logged something every day for { $days } days.

## Home blood pressure check (NICE): two readings a minute apart, morning and evening

sitting-morning = morning
sitting-evening = evening
protocol-take-reading = Day { $day }, { $sitting }: sit quietly, then take reading { $number } of 2.
protocol-wait = Rest for { $seconds } seconds, then take the second reading.
protocol-later = That check is done. The next one is on day { $day }, in the { $sitting }.
protocol-finished = Your home blood pressure check is finished.
protocol-average = Your home average is { $systolic }/{ $diastolic } over { $days } days: { $band }.
protocol-need-more-days = Keep going: the average needs readings on at least { $days } days.

## Things a person can be asked for

field-glucose = Blood sugar
field-systolic = The top blood pressure number
field-diastolic = The bottom blood pressure number
field-pulse = Pulse
field-weight = Weight
field-hba1c = HbA1c
field-activity-minutes = Minutes of activity
field-steps = Steps
field-taken-at = The time
field-name = The name
field-dose = The dose
field-dose-times = The medicine time
field-reason = The reason
field-target = The target
field-pin = The PIN
field-invite-code = The invitation code
field-scopes = What they may do
field-window = The days and hours
field-grant-days = How many days
field-grant-end = The end date

action-view-readings = see readings
action-log-readings = add readings
action-correct-readings = change readings
action-manage-medicines = manage medicines
action-set-targets = set targets
action-manage-sharing = change who can see this record
action-view-audit = see who did what
action-receive-alerts = get alerts
action-view-lessons = see lessons
action-assign-content = send lessons and foods

## Errors: say what was wrong, never the value typed

error-below-min = { $field } must be at least { $limit } { $unit }. Nothing was saved.
error-above-max = { $field } must be at most { $limit } { $unit }. Nothing was saved.
error-not-a-number = { $field } must be a number. Nothing was saved.
error-diastolic-not-below-systolic = The bottom blood pressure number must be lower than the top one. Nothing was saved.
error-in-future = The time is more than { $minutes } minutes in the future. Nothing was saved.
error-too-early = { $field } cannot be before the year { $year }. Please check the date. Nothing was saved.
error-missing = { $field } is needed. Nothing was saved.
error-too-long = { $field } is too long: at most { $max } letters. Nothing was saved.
error-not-a-choice = { $field } is not one of the choices. Nothing was saved.
error-not-in-future = { $field } must be later than now. Nothing was saved.
error-import-row = Line { $row } of the file has a problem, so nothing was imported.
error-import-unreadable = Line { $row } of the file could not be read, so nothing was imported.
error-denied-no-permission = You are not allowed to { $action } for this person.
error-denied-clinician-only = Only a nurse, doctor or dietitian can { $action }.
error-denied-not-a-patient = This person does not keep health records in Saathi.
error-denied-patient-only = Only the person whose record this is can { $action }.
error-denied-outside-window = You can { $action } for this person only on the days and hours they chose.
error-denied-access-ended = Your access to this person's record has ended.
error-not-found-person = There is no one with that name here.
error-not-found-reading = That reading was not found.
error-not-found-medicine = That medicine was not found.
error-not-found-dose = That medicine dose was not found.
error-not-found-blood-pressure-protocol = No home blood pressure check has been started.
error-not-found-invitation = There is no invitation with that code. Check it with the person who gave it to you.
error-not-found-grant = That sharing was not found.
error-pin-required = This profile has a PIN. Please enter it.
error-no-pin-set = Set a PIN for this profile first.
error-wrong-pin = That PIN is not right. Nothing was opened.
error-pin-locked = Too many wrong PINs. Please wait { $minutes ->
    [one] 1 minute
   *[other] { $minutes } minutes
} and try again.
error-invite-code-length = An invitation code has 9 letters and numbers. Please check it.
error-invite-code-character = An invitation code has only letters and numbers. Please check it.
error-invite-code-check = That code has a mistake in it: one letter or number was misheard or mistyped. Please check it.
error-invite-expired = That invitation has expired. Ask for a new one.
error-invite-used = That invitation has already been used. Ask for a new one.
error-own-invitation = You cannot accept your own invitation. Give the code to the person who will help you.
error-name-taken = Someone here already has that name.
error-database-corrupt = The saved data was damaged. It has been kept safe at { $path }. Saathi will start a new, empty record next time. Please ask for help to recover the old one.
error-database-newer = The saved data is from a newer version of Saathi. It has been kept safe at { $path }. Please update Saathi.
error-database-not-saathi = That file is not saved data from Saathi, so Saathi did not change it. It has been kept safe at { $path }. Saathi will start a new, empty record next time.
error-database-corrupt-in-use = Some of the saved data is damaged. Please close Saathi and open it again: the damaged data will be kept safe, not deleted, and Saathi will start a new, empty record. Please ask for help to recover the old one.
error-storage = Saathi could not save or read your data. Nothing was changed.

## People, conditions, medicines

role-patient = Patient
role-helper = Family helper
role-clinician = Nurse, doctor or dietitian

condition-type-2-diabetes = Type 2 diabetes
condition-high-blood-pressure = High blood pressure
condition-heart-disease = Heart disease

food-with-food = with food
food-without-food = on an empty stomach
food-either = with or without food

dose-taken = taken
dose-late = taken late
dose-skipped = skipped

## Sharing: who can see or change a record

scope-view-readings = see readings
scope-log-readings = add readings
scope-manage-medicines = manage medicines and reminders
scope-receive-alerts = get alerts
scope-view-lessons = see lessons
scope-assign-content = send lessons and set targets
scope-view-shared-readings = see shared readings

basis-consent = with permission
basis-lasting-power-of-attorney = lasting power of attorney
basis-deputy = court-appointed deputy
basis-best-interest = in their best interest
basis-parental-responsibility = parental responsibility

end-reason-patient-choice = stopped by the patient
end-reason-end-date-reached = the end date was reached
end-reason-safeguarding = stopped to keep the patient safe
end-reason-misuse = stopped because it was misused

## Records and the audit trail: who did what

record-glucose = Blood sugar
record-blood-pressure = Blood pressure
record-weight = Weight
record-hba1c = HbA1c
record-activity = Activity
record-regimen = Medicine
record-dose-event = Medicine dose
record-grant = Sharing
record-invitation = Invitation

audit-log = Added a reading
audit-correct = Corrected a reading
audit-delete = Deleted a reading
audit-import = Imported readings
audit-view-readings = Looked at readings
audit-view-summary = Looked at the summary
audit-view-history = Looked at a reading's history
audit-view-medicines = Looked at medicines
audit-view-targets = Looked at targets
audit-view-bp-protocol = Looked at the home blood pressure check
audit-set-units = Changed units
audit-start-bp-protocol = Started a home blood pressure check
audit-add-regimen = Added a medicine
audit-record-dose = Recorded a medicine dose
audit-change-regimen = Changed a medicine
audit-stop-regimen = Stopped a medicine
audit-correct-dose = Corrected a medicine dose
audit-delete-dose = Deleted a medicine dose
audit-set-target-glucose-before-meal = Set the before-meals sugar target
audit-set-target-glucose-after-meal = Set the after-meals sugar target
audit-set-target-glucose-other = Set the any-time sugar target
audit-set-target-bp-home = Set the blood pressure target
audit-set-target-hba1c = Set the HbA1c target
audit-denied-view-readings = Tried to look at readings, and was not allowed
audit-denied-log-readings = Tried to add a reading, and was not allowed
audit-denied-correct-readings = Tried to change a reading, and was not allowed
audit-denied-manage-medicines = Tried to change medicines, and was not allowed
audit-denied-set-targets = Tried to set a target, and was not allowed
audit-denied-manage-sharing = Tried to change who can see this record, and was not allowed
audit-denied-view-audit = Tried to see who did what, and was not allowed
audit-denied-receive-alerts = Tried to get alerts, and was not allowed
audit-denied-view-lessons = Tried to see lessons, and was not allowed
audit-denied-assign-content = Tried to send lessons or foods, and was not allowed
audit-invite = Made an invitation code
audit-accept-invite = Accepted an invitation
audit-change-grant = Changed what someone may do
audit-revoke-patient-choice = Stopped someone's access
audit-revoke-end-date-reached = Ended someone's access at its end date
audit-revoke-safeguarding = Stopped someone's access, to keep safe
audit-revoke-misuse = Stopped someone's access, for misuse
audit-set-pin = Set or changed the PIN
audit-clear-pin = Removed the PIN
audit-wrong-pin = A wrong PIN was entered
audit-set-reminder = Set or changed a reminder
audit-set-reminder-settings = Changed reminder and alert choices
audit-set-fasting-days = Set the days of a fast
audit-assign = Sent a lesson or food to try
audit-withdraw-assignment = Took back a lesson or food sent
audit-set-progress = Noted progress with a lesson or food
audit-set-content-profile = Changed food and lesson choices
audit-view-lessons = Looked at lessons and foods

## Dates: the code fills in the locale's own digits and month and weekday names.

date-long = { $day } { $month } { $year }
date-time = { $weekday } { $day } { $month } { $year }, { $time }

## Languages a person reads and hears

audit-set-languages = Changed the languages
field-languages = The languages
field-days = The number of days
field-bp-check-days = The number of days for the blood pressure check

## Assignments from a dietitian or clinician (saathi-content)

field-note = The note
field-due-date = The date to do it by
field-heard-percent = How much was heard
field-content-item = The lesson or food
field-publisher-key = The content publisher's key
field-pack-hash = The download's check number
field-date = The date
