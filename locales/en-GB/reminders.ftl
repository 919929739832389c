# Saathi: reminders, missed doses and checks, alerts to helpers, and fasting advice
# (core/domain/src/wording.rs: reminder, missed, missed_dose_alert, ...).

## Reminders (what a notification says)

reminder-medicine = Time for your { $name }, { $dose }.
reminder-medicine-unnamed = Time for your medicine.
reminder-medicine-before-suhoor = Take your { $name }, { $dose }, before suhoor ends.
reminder-medicine-before-suhoor-unnamed = Take your medicine before suhoor ends.
reminder-medicine-at-iftar = Take your { $name }, { $dose }, with iftar.
reminder-medicine-at-iftar-unnamed = Take your medicine with iftar.
reminder-missed-medicine = You have not taken your { $name }, { $dose }, yet.
reminder-missed-medicine-unnamed = You have not taken your medicine yet.
reminder-reading = Time to check your { $kind }.
reminder-reading-glucose = Time to check your sugar ({ $context }).
reminder-missed-reading = You have not checked your { $kind } yet.
reminder-missed-reading-glucose = You have not checked your sugar ({ $context }) yet.

## Alerts to helpers (never the value, only what it means)

alert-missed-dose = { $patient } has not taken { $name } yet.
alert-missed-dose-unnamed = { $patient } has not taken a medicine yet.
alert-dangerous-reading = { $patient } has had a reading that needs action now: { $band }. Please check on them.

## Fasting (Ramadan, vrat): IDF-DAR

ramadan-break-fast-low = Your sugar is too low to keep fasting. Break your fast now and have something sugary.
ramadan-break-fast-high = Your sugar is too high to keep fasting. Break your fast now, drink water, and check again.
ramadan-break-fast-unwell = You feel unwell. Break your fast now; your health comes first.

## Errors and fields

error-out-of-order = { $field } must come after { $other }. Nothing was saved.
error-not-found-reminder = That reminder was not found.
field-reminder-for = What the reminder is for
field-reminder-times = The reminder times
field-reminder-days = The days of the reminder
field-reminder-start = The first day
field-reminder-end = The last day
field-time-zone = The time zone
field-alert-delay = How long to wait before telling a helper
field-suhoor = The suhoor time
field-iftar = The iftar time
