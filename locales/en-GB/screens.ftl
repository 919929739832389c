# Saathi: the words of every screen the phone shows (built in core/app/src/screens).
# Short, warm, plain sentences: each one is also read aloud.

## Shared

# Between items of a list: "see readings, add readings".
list-separator = {", "}
screen-next = Next
screen-back = Go back
screen-change = Change
screen-at-time = at { $time }
screen-on-day = on { $date }
screen-tomorrow-at = tomorrow at { $time }
screen-reading = { $reading }, { $when }
screen-reading-band = { $reading }, { $when }: { $band }
screen-open-today = See today
screen-open-trends = See how it is going
screen-open-medicines = Medicines
screen-open-lessons = Lessons

## Today

screen-today-morning = Good morning, { $name }
screen-today-afternoon = Good afternoon, { $name }
screen-today-evening = Good evening, { $name }
screen-today-helping = { $greeting }. You are helping { $patient }.
screen-today-needs-doing = To do now
screen-today-check-sugar = Time to check your sugar. You have not checked it today.
screen-today-all-done = Nothing needs doing right now. Well done.
screen-today-lesson = A lesson for you: { $title }, { $minutes } min.
screen-today-last-readings = Your last readings
screen-today-no-readings = No readings this week yet.
screen-today-next-reminder = Next reminder, { $when }: { $reminder }
screen-today-summary = Today so far
screen-today-check-sugar-about = Time to check { $patient }'s sugar. It has not been checked today.
screen-today-last-readings-about = { $patient }'s last readings

## Log a reading

screen-log-title = Add a reading
screen-log-start = Add a reading
screen-log-which = What would you like to add?
screen-log-enter-value = What does it say? Type your { $kind } in { $unit }.
screen-log-enter-top = Type the top number (the bigger one), in { $unit }.
screen-log-enter-bottom = Now type the bottom number (the smaller one), in { $unit }.
screen-log-enter-pounds = And the pounds? Type the pounds, from 0 to 13.
screen-log-enter-minutes = How many minutes were you active? Type the minutes.
screen-log-when = When did you check it?
screen-log-confirm = You entered { $reading }. Is that right?
screen-log-yes = Yes, save it
screen-log-no = No, change it
screen-log-saved = Saved.
screen-log-band = This reading is: { $band }.
screen-log-another = Add another reading
screen-log-act-now = Please act now.
screen-call-help = If you need help now:
screen-call-999 = Call 999: emergency
screen-call-111 = Call 111: NHS advice
screen-call-111-today = If it stays like this or you feel unwell, get advice today:
screen-dealing-note = Your helpers will be told about this reading soon, unless you say you are dealing with it.
screen-dealing-with-it = I am dealing with it

## Trends

screen-trends-title = { $kind }: the last { $days } days
screen-trends-chart = Chart of { $kind } over { $days } days
screen-trends-none = No { $kind } readings in these days.

## Medicines

screen-medicines-title = Medicines
screen-medicines-today = Today
screen-medicines-this-week = This week
screen-medicines-none = No medicines are set up.
screen-medicines-week = This week { $taken } of { $expected } doses were taken.
screen-medicines-week-none = No doses were due this week.
screen-dose-taken = { $medicine } { $dose }, { $time }: taken.
screen-dose-late = { $medicine } { $dose }, { $time }: taken late.
screen-dose-skipped = { $medicine } { $dose }, { $time }: skipped.
screen-dose-due = Time for { $medicine } { $dose } ({ $time }), { $food }.
screen-dose-missed = { $medicine } { $dose } at { $time } has not been taken.
screen-dose-later = { $medicine } { $dose } at { $time }, { $food }.
screen-dose-take = I have taken it
screen-dose-skip = Skip this one
screen-dose-moved = { $dose } { $note }
screen-dose-moved-before-suhoor = Moved for your fast: before suhoor ends.
screen-dose-moved-at-iftar = Moved for your fast: with iftar.

## Helper home

screen-helper-title = People you help
screen-helper-nobody = You are not helping anyone yet. Ask them for an invitation code.
screen-helper-person = { $name }
screen-helper-you-can = What you can do for { $name }:
screen-helper-nothing-now = You cannot do anything for { $name } right now.
screen-helper-alert-reading = { $name }: { $kind } was { $band } at { $time }.
screen-helper-alert-dose = { $name } has not taken { $medicine } due at { $time }.

## Sharing

screen-sharing-title = Who can see your record
screen-sharing-current = Sharing now
screen-sharing-ended = Sharing that has ended
screen-sharing-nobody = Nobody else can see your record.
screen-sharing-grant = { $name } can { $scopes }, { $until }.
screen-sharing-until = until { $date }
screen-sharing-until-stopped = until you stop it
screen-sharing-not-started = { $name } will be able to { $scopes } from { $date }.
screen-sharing-ended-grant = { $name } can no longer see your record: { $reason }.
screen-sharing-stop = Stop sharing
screen-sharing-invite = Invite someone to help

## Settings

screen-settings-title = Settings
screen-settings-languages = Words in: { $text }. Voice in: { $audio }.
screen-settings-same-as-text = the same
screen-settings-units = Sugar in { $glucose }, HbA1c in { $hba1c }, weight in { $weight }.
screen-settings-stones-pounds = stones and pounds
screen-settings-text-size = Text size: { $size }
text-size-small = small
text-size-standard = standard
text-size-large = large
text-size-largest = largest
screen-settings-reminders = Reminders
screen-settings-alerts-off = Telling your helpers: off.
screen-settings-alerts-on = Telling your helpers: on, for missed medicines or a reading that needs action.
screen-settings-pin = PIN for your private space

## Lessons and the food guide

screen-lessons-title = Lessons
screen-lessons-assigned = Sent to you
screen-lessons-for-you = Lessons for you
screen-lessons-none = No lessons yet.
screen-lesson = { $title }: { $minutes } min, { $progress }
screen-lesson-not-started = not started
screen-lesson-started = started
screen-lesson-heard = { $percent }% heard
screen-lesson-completed = done
screen-lesson-play = Play
screen-from = from { $name }
screen-from-note = from { $name }: { $note }
screen-lesson-due = by { $date }
screen-two = { $first }, { $second }
screen-lesson-title = { $title }
screen-lesson-done = I have heard it all
screen-lesson-words = { $text }
screen-food-title = Food guide
screen-food = { $food }: { $portion }, { $carbs } g carbohydrate
screen-food-lights = Sugar { $sugars }, fat { $fat }, saturated fat { $saturates }, salt { $salt }
screen-light-green = low
screen-light-amber = medium
screen-light-red = high
screen-food-estimate = These amounts are estimates, not yet checked by a dietitian.
screen-food-swap = A better swap: { $food }
screen-food-try = Try { $food } ({ $from })
screen-food-swap-try = Have { $to } instead of { $food } ({ $from })
screen-food-to-try = Foods to try
screen-food-hint = Type the name of a food, in any language.
screen-food-none = No food found with that name.
screen-food-results = Foods
