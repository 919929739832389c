# Saathi: the words of every screen the phone shows in Gujarati (gu), Gujarati script.
# Machine-assisted translation, not yet reviewed by a native-speaking clinician.
# Plain, spoken words, each also read aloud; polite "આપ" throughout. The same words as
# tracking.ftl (સુગર, બ્લડ પ્રેશર, રીડિંગ, ટાર્ગેટ, ડોઝ, દવા, પાઠ); "saved" is સાચવ્યું.

## Shared

# Between items of a list: "રીડિંગ જોવાં, રીડિંગ ઉમેરવાં".
list-separator = {", "}
screen-next = આગળ
screen-back = પાછા જાઓ
screen-change = બદલો
screen-at-time = { $time } વાગ્યે
screen-on-day = { $date } ના રોજ
screen-tomorrow-at = કાલે { $time } વાગ્યે
screen-reading = { $reading }, { $when }
screen-reading-band = { $reading }, { $when }: { $band }
screen-open-today = આજનો દિવસ જુઓ
screen-open-trends = કેવું ચાલે છે તે જુઓ
screen-open-medicines = દવાઓ
screen-open-lessons = પાઠ

## Today

screen-today-morning = સુપ્રભાત, { $name }
screen-today-afternoon = નમસ્તે, { $name }
screen-today-evening = શુભ સાંજ, { $name }
screen-today-helping = { $greeting }. આપ { $patient } ની મદદ કરી રહ્યા છો.
screen-today-needs-doing = હમણાં કરવાનું
screen-today-check-sugar = સુગર ચેક કરવાનો સમય થયો છે. આપે આજે હજી સુગર ચેક કરી નથી.
screen-today-all-done = અત્યારે કંઈ કરવાનું બાકી નથી. ખૂબ સરસ.
screen-today-lesson = આપના માટે એક પાઠ: { $title }, { $minutes } મિનિટ.
screen-today-last-readings = આપનાં છેલ્લાં રીડિંગ
screen-today-no-readings = આ અઠવાડિયે હજી કોઈ રીડિંગ નથી.
screen-today-next-reminder = આગળનું યાદ, { $when }: { $reminder }
screen-today-summary = આજે અત્યાર સુધી
screen-today-check-sugar-about = { $patient } ની સુગર ચેક કરવાનો સમય થયો છે. આજે હજી તેમની સુગર ચેક થઈ નથી.
screen-today-last-readings-about = { $patient } નાં છેલ્લાં રીડિંગ

## Log a reading

screen-log-title = રીડિંગ ઉમેરો
screen-log-start = રીડિંગ ઉમેરો
screen-log-which = આપ શું ઉમેરવા માગો છો?
screen-log-enter-value = કયો આંકડો આવ્યો? { $kind } { $unit } માં લખો.
screen-log-enter-top = ઉપરનો આંકડો (મોટો આંકડો) { $unit } માં લખો.
screen-log-enter-bottom = હવે નીચેનો આંકડો (નાનો આંકડો) { $unit } માં લખો.
screen-log-enter-pounds = અને પાઉન્ડ? પાઉન્ડ લખો, 0 થી 13 સુધી.
screen-log-enter-minutes = આપ કેટલી મિનિટ ચાલ્યા કે કસરત કરી? મિનિટ લખો.
screen-log-when = આપે સુગર ક્યારે ચેક કરી?
screen-log-confirm = આપે { $reading } લખ્યું છે. શું તે બરાબર છે?
screen-log-yes = હા, સાચવો
screen-log-no = ના, બદલો
screen-log-saved = સાચવ્યું.
screen-log-band = આ રીડિંગનો અર્થ: { $band }.
screen-log-another = બીજું રીડિંગ ઉમેરો
screen-log-act-now = કૃપા કરીને હમણાં જ આ કરો.
screen-call-help = જો આપને હમણાં જ મદદ જોઈએ તો:
screen-call-999 = 999 પર ફોન કરો: ઇમરજન્સી
screen-call-111 = 111 પર ફોન કરો: NHS ની સલાહ
screen-call-111-today = જો આવું જ રહે કે તબિયત સારી ન લાગે, તો આજે જ સલાહ લો:
screen-dealing-note = આપના મદદગારોને જલ્દી આ રીડિંગ વિશે જણાવવામાં આવશે, સિવાય કે આપ કહો કે આપ પોતે સંભાળી રહ્યા છો.
screen-dealing-with-it = મને ખબર છે, હમણાં મદદની જરૂર નથી

## Trends

screen-trends-title = { $kind }: છેલ્લા { $days } દિવસ
screen-trends-chart = છેલ્લા { $days } દિવસમાં { $kind } નો ચાર્ટ
screen-trends-none = આ દિવસોમાં { $kind } નું કોઈ રીડિંગ નથી.

## Medicines

screen-medicines-title = દવાઓ
screen-medicines-today = આજે
screen-medicines-this-week = આ અઠવાડિયે
screen-medicines-none = હજી કોઈ દવા ઉમેરી નથી.
screen-medicines-week = આ અઠવાડિયે { $expected } ડોઝમાંથી { $taken } ડોઝ લીધા.
screen-medicines-week-none = આ અઠવાડિયે કોઈ ડોઝ લેવાનો નહોતો.
screen-dose-taken = { $medicine } { $dose }, { $time }: લીધી.
screen-dose-late = { $medicine } { $dose }, { $time }: મોડી લીધી.
screen-dose-skipped = { $medicine } { $dose }, { $time }: છોડી દીધી.
screen-dose-due = { $medicine } { $dose } લેવાનો સમય થયો છે ({ $time }), { $food }.
screen-dose-missed = { $time } વાગ્યાની { $medicine } { $dose } હજી લીધી નથી.
screen-dose-later = { $medicine } { $dose }, { $time } વાગ્યે, { $food }.
screen-dose-take = મેં લઈ લીધી છે
screen-dose-skip = આ વખતે છોડી દો
screen-dose-moved = { $dose } { $note }
screen-dose-moved-before-suhoor = રોઝાને લીધે સમય બદલાયો: સેહરી પૂરી થાય તે પહેલાં.
screen-dose-moved-at-iftar = રોઝાને લીધે સમય બદલાયો: ઇફ્તારની સાથે.

## Helper home

screen-helper-title = આપ જેમની મદદ કરો છો
screen-helper-nobody = આપ હજી કોઈની મદદ કરતા નથી. જેમની મદદ કરવી હોય, તેમની પાસે આમંત્રણ કોડ માગો.
screen-helper-person = { $name }
screen-helper-you-can = { $name } માટે આપ આ કરી શકો છો:
screen-helper-nothing-now = અત્યારે આપ { $name } માટે કંઈ કરી શકો એમ નથી.
screen-helper-alert-reading = { $name }: { $time } વાગ્યે { $kind } નું રીડિંગ: { $band }.
screen-helper-alert-dose = { $name } એ { $time } વાગ્યાની દવા { $medicine } હજી લીધી નથી.

## Sharing

screen-sharing-title = આપનો રેકોર્ડ કોણ જોઈ શકે છે
screen-sharing-current = અત્યારે જેમની સાથે શેર કરેલું છે
screen-sharing-ended = જેમની સાથે શેર કરવાનું બંધ થયું છે
screen-sharing-nobody = આપના સિવાય બીજું કોઈ આપનો રેકોર્ડ જોઈ શકતું નથી.
screen-sharing-grant = { $name } આ કરી શકે છે: { $scopes }, { $until }.
screen-sharing-until = { $date } સુધી
screen-sharing-until-stopped = આપ બંધ ન કરો ત્યાં સુધી
screen-sharing-not-started = { $date } થી { $name } આ કરી શકશે: { $scopes }.
screen-sharing-ended-grant = { $name } હવે આપનો રેકોર્ડ જોઈ શકતા નથી. કારણ: { $reason }.
screen-sharing-stop = શેર કરવાનું બંધ કરો
screen-sharing-invite = કોઈને મદદ માટે આમંત્રણ આપો

## Settings

screen-settings-title = સેટિંગ્સ
screen-settings-languages = વાંચવાની ભાષા: { $text }. સાંભળવાની ભાષા: { $audio }.
screen-settings-same-as-text = એ જ
screen-settings-units = સુગર { $glucose } માં, HbA1c { $hba1c } માં, વજન { $weight } માં.
screen-settings-stones-pounds = સ્ટોન અને પાઉન્ડ
screen-settings-text-size = લખાણનું કદ: { $size }
text-size-small = નાનું
text-size-standard = સામાન્ય
text-size-large = મોટું
text-size-largest = સૌથી મોટું
screen-settings-reminders = રિમાઇન્ડર
screen-settings-alerts-off = મદદગારોને જણાવવું: બંધ છે.
screen-settings-alerts-on = મદદગારોને જણાવવું: ચાલુ છે, છૂટી ગયેલી દવા કે એવા રીડિંગ માટે જેના પર તરત કંઈક કરવું પડે.
screen-settings-pin = આપના પોતાના ભાગ માટે પિન

## Lessons and the food guide

screen-lessons-title = પાઠ
screen-lessons-assigned = તમને મોકલેલા
screen-lessons-for-you = તમારા માટે પાઠ
screen-lessons-none = હજી કોઈ પાઠ નથી.
screen-lesson = { $title }: { $minutes } મિનિટ, { $progress }
screen-lesson-not-started = શરૂ નથી કર્યું
screen-lesson-started = શરૂ કર્યું
screen-lesson-heard = { $percent }% સાંભળ્યું
screen-lesson-completed = પૂરું
screen-lesson-play = સાંભળો
screen-from = { $name } તરફથી
screen-from-note = { $name } તરફથી: { $note }
screen-lesson-due = { $date } સુધીમાં
screen-two = { $first }, { $second }
screen-lesson-title = { $title }
screen-lesson-done = મેં આખું સાંભળી લીધું
screen-lesson-words = { $text }
screen-food-title = ખાવાની માહિતી
screen-food = { $food }: { $portion }, { $carbs } ગ્રામ કાર્બોહાઇડ્રેટ
screen-food-lights = ખાંડ { $sugars }, ચરબી { $fat }, સંતૃપ્ત ચરબી { $saturates }, મીઠું { $salt }
screen-light-green = ઓછું
screen-light-amber = મધ્યમ
screen-light-red = વધારે
screen-food-estimate = આ માત્રાઓ અંદાજ છે, હજુ કોઈ ડાયટિશિયને તપાસી નથી.
screen-food-swap = સારો બદલો: { $food }
screen-food-try = { $food } અજમાવો ({ $from })
screen-food-swap-try = { $food } ને બદલે { $to } ખાઓ ({ $from })
screen-food-to-try = અજમાવવાનું ખાવાનું
screen-food-hint = કોઈ પણ ભાષામાં ખાવાનું નામ લખો.
screen-food-none = આ નામનું કોઈ ખાવાનું મળ્યું નહીં.
screen-food-results = ખાવાનું
