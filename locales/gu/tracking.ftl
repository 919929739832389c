# Saathi: tracking messages in Gujarati (gu), Gujarati script.
# Machine-assisted translation, not yet reviewed by a native-speaking clinician.
# Plain, spoken words for an older person hearing them read aloud; polite "આપ" throughout.
# Gujarati plural category "one" covers 0 and 1 (CLDR), so [one] variants use the number placeable.

## Speech

# Said for the decimal point when a number is read aloud: "6 પોઇન્ટ 8".
speech-point = પોઇન્ટ

## Units

unit-mmol-per-l = mmol/L
unit-mg-per-dl = mg/dL
unit-mmol-per-mol = mmol/mol
unit-percent = %
unit-kg = kg
unit-lb = lb
unit-stones = સ્ટોન
unit-mmhg = mmHg
unit-per-minute = ધબકારા દર મિનિટે
unit-minutes = મિનિટ
unit-steps = પગલાં
unit-digits = આંકડા
unit-days = દિવસ
unit-unknown = યુનિટ

## What was measured

kind-glucose = બ્લડ સુગર
kind-blood-pressure = બ્લડ પ્રેશર
kind-weight = વજન
kind-hba1c = HbA1c
kind-activity = કસરત

reading-glucose = { $value } { $unit }
reading-with-context = { $reading }, { $context }
reading-bp = { $systolic }/{ $diastolic } mmHg
reading-bp-pulse = { $systolic }/{ $diastolic } mmHg, પલ્સ { $pulse }
reading-weight-kg = { $value } kg
reading-weight-st-lb = { $stones } st { $pounds } lb
reading-hba1c = { $value } { $unit } ({ $other } { $other_unit })
reading-activity-minutes = { $minutes ->
    [one] { $minutes } મિનિટ
   *[other] { $minutes } મિનિટ
}
reading-activity-steps = { $steps ->
    [one] { $steps } પગલું
   *[other] { $steps } પગલાં
}
reading-activity-minutes-steps = { $minutes } મિનિટ, { $steps } પગલાં

## When a sugar reading was taken

context-fasting = ખાલી પેટે
context-before-meal = જમતાં પહેલાં
context-after-meal = જમ્યા પછી
context-bedtime = સૂતી વખતે
context-random = ગમે ત્યારે
context-before-suhoor = સેહરી પહેલાં
context-after-iftar = ઇફ્તાર પછી

## Bands: what a reading means

glucose-band-severe-low = ખૂબ ઓછી
glucose-band-low = ઓછી
glucose-band-in-range = ટાર્ગેટમાં
glucose-band-high = વધારે
glucose-band-very-high = ખૂબ વધારે

bp-band-low = ઓછું
bp-band-normal = સામાન્ય
bp-band-stage-1 = થોડું વધારે
bp-band-stage-2 = વધારે
bp-band-severe = ખૂબ વધારે

## Advice, heard at once after a reading

advice-glucose-severe-low = આપની સુગર ખૂબ ઓછી છે. હમણાં જ ગળ્યું લો: એક ગ્લાસ ફળનો જ્યૂસ, અથવા મીઠી પીપર (સ્વીટ્સ). પછી કંઈક ખાઈ લો. જો આપની તબિયત ખૂબ ખરાબ લાગે, અથવા આપ ગળે ઉતારી ન શકો, તો કોઈએ 999 પર ફોન કરવો જ જોઈએ.
advice-glucose-low = આપની સુગર ઓછી છે. હમણાં જ કંઈક ગળ્યું લો, જેમ કે જ્યૂસ કે મીઠી પીપર. 10 થી 15 મિનિટ પછી ફરી ચેક કરો.
advice-glucose-in-range = આપની સુગર આપના ટાર્ગેટમાં છે. ખૂબ સરસ.
advice-glucose-high = આપની સુગર આપના ટાર્ગેટ કરતાં વધારે છે. પાણી પીઓ, અને થોડી વાર પછી ફરી ચેક કરો. જો સુગર વધારે જ રહે, તો આપની નર્સ કે ડૉક્ટરને જણાવો.
advice-glucose-very-high = આપની સુગર ખૂબ વધારે છે. થોડી વારમાં ફરી ચેક કરો. જો સુગર આટલી જ વધારે રહે, અથવા આપની તબિયત સારી ન લાગે, તો આજે જ આપના GPને અથવા 111 પર ફોન કરો.
advice-break-fast = હમણાં જ ઉપવાસ (રોઝો) તોડી નાખો. સુગર આટલી હોય ત્યારે ઉપવાસ ચાલુ રાખવો સલામત નથી.
advice-bp-low = આપનું બ્લડ પ્રેશર ઓછું છે. જો ચક્કર આવે કે બેભાન થઈ જવાય એવું લાગે, તો બેસી જાઓ કે સૂઈ જાઓ, અને આપના GPને જણાવો.
advice-bp-normal = આપનું બ્લડ પ્રેશર તંદુરસ્ત હદમાં છે.
advice-bp-stage-1 = આપનું બ્લડ પ્રેશર થોડું વધારે છે. તે ચેક કરતા રહો, અને હવે પછી GP કે નર્સને મળો ત્યારે તેમની સાથે આ વિશે વાત કરો.
advice-bp-stage-2 = આપનું બ્લડ પ્રેશર વધારે છે. કૃપા કરીને આવતા થોડા દિવસોમાં આપના GP કે નર્સને મળવા માટે એપોઇન્ટમેન્ટ બુક કરો.
advice-bp-severe = આપનું બ્લડ પ્રેશર ખૂબ વધારે છે. 5 મિનિટ શાંતિથી બેસો, અને ફરી ચેક કરો. જો તે હજી પણ આટલું જ વધારે હોય, તો આપને આજે જ ડૉક્ટર કે નર્સને બતાવવું પડશે: આપના GPને અથવા 111 પર ફોન કરો.
advice-bp-severe-symptoms = જો આપને છાતીમાં દુખાવો થાય, શ્વાસ લેવામાં તકલીફ પડે, મગજ ગૂંચવાય અને કંઈ સમજ ન પડે, માથામાં સખત દુખાવો થાય, અથવા આંખે જોવામાં ફેરફાર લાગે, તો હમણાં જ 999 પર ફોન કરો.

## Summaries

summary-nothing-logged = { $days ->
    [one] આ દિવસે કંઈ નોંધાયું નથી.
   *[other] આ { $days } દિવસમાં કંઈ નોંધાયું નથી.
}
summary-glucose-severe-lows = { $count ->
    [one] આપનાં { $count } રીડિંગમાં સુગર ખૂબ ઓછી હતી. કૃપા કરીને આપની નર્સ કે ડૉક્ટરને જણાવો.
   *[other] આપનાં { $count } રીડિંગમાં સુગર ખૂબ ઓછી હતી. કૃપા કરીને આપની નર્સ કે ડૉક્ટરને જણાવો.
}
summary-glucose-lows = { $count ->
    [one] આપનાં { $count } રીડિંગમાં સુગર ઓછી હતી.
   *[other] આપનાં { $count } રીડિંગમાં સુગર ઓછી હતી.
}
summary-glucose-in-range = { $days ->
    [one] આ દિવસે આપની સુગર { $percent }% સમય આપના ટાર્ગેટમાં હતી.
   *[other] આ { $days } દિવસમાં આપની સુગર { $percent }% સમય આપના ટાર્ગેટમાં હતી.
}
summary-glucose-days-in-range = { $days ->
    [one] { $days } દિવસમાંથી { $good } દિવસ, સુગરનું દરેક રીડિંગ ટાર્ગેટમાં હતું.
   *[other] { $days } દિવસમાંથી { $good } દિવસ, સુગરનું દરેક રીડિંગ ટાર્ગેટમાં હતું.
}
summary-glucose-trend-rising = આપની સુગર વધતી રહી છે.
summary-glucose-trend-falling = આપની સુગર ઘટતી રહી છે.
summary-glucose-trend-steady = આપની સુગર એકસરખી રહી છે.
summary-bp-check = ઘરે કરેલી બ્લડ પ્રેશરની તપાસમાં { $days } દિવસની સરેરાશ { $systolic }/{ $diastolic } આવી: { $band }. આ આપના GP કે નર્સને જણાવો.
summary-bp-average = આપનું સરેરાશ બ્લડ પ્રેશર { $systolic }/{ $diastolic } હતું: { $band }.
summary-bp-within-target = તે આપના ટાર્ગેટમાં છે.
summary-bp-above-target = તે આપના ટાર્ગેટ કરતાં વધારે છે.
summary-bp-trend-rising = આપનું બ્લડ પ્રેશર વધતું રહ્યું છે.
summary-bp-trend-falling = આપનું બ્લડ પ્રેશર ઘટતું રહ્યું છે.
summary-bp-trend-steady = આપનું બ્લડ પ્રેશર એકસરખું રહ્યું છે.
summary-weight-down = આપનું વજન { $amount } { $unit } ઘટ્યું.
summary-weight-up = આપનું વજન { $amount } { $unit } વધ્યું.
summary-weight-same = આપનું વજન એટલું ને એટલું જ રહ્યું.
summary-hba1c-at-target = આપનું છેલ્લું HbA1c આપના ટાર્ગેટ જેટલું અથવા તેનાથી ઓછું છે.
summary-hba1c-above-target = આપનું છેલ્લું HbA1c આપના ટાર્ગેટ કરતાં વધારે છે.
summary-activity = { $active ->
    [one] આપે { $active } દિવસે, કુલ { $minutes } મિનિટ કસરત કરી.
   *[other] આપે { $active } દિવસમાં, કુલ { $minutes } મિનિટ કસરત કરી.
}
summary-doses = આપે નોંધેલા દવાના { $total } ડોઝમાંથી આપે { $taken } લીધા.
summary-streak = { $days ->
    [one] આપે સતત { $days } દિવસ કંઈક નોંધ્યું છે.
   *[other] આપે સતત { $days } દિવસ કંઈક નોંધ્યું છે.
}
summary-streak-every-day = આપે { $days } દિવસ સુધી રોજ કંઈક નોંધ્યું.
summary-glucose-severe-lows-about = { $count ->
    [one] { $patient } નાં { $count } રીડિંગમાં સુગર ખૂબ ઓછી હતી. કૃપા કરીને આ વાત તેમની નર્સ કે ડૉક્ટરને જરૂર જણાવો.
   *[other] { $patient } નાં { $count } રીડિંગમાં સુગર ખૂબ ઓછી હતી. કૃપા કરીને આ વાત તેમની નર્સ કે ડૉક્ટરને જરૂર જણાવો.
}
summary-glucose-lows-about = { $count ->
    [one] { $patient } નાં { $count } રીડિંગમાં સુગર ઓછી હતી.
   *[other] { $patient } નાં { $count } રીડિંગમાં સુગર ઓછી હતી.
}
summary-glucose-in-range-about = { $days ->
    [one] આ દિવસે { $patient } ની સુગર { $percent }% સમય તેમના ટાર્ગેટમાં હતી.
   *[other] આ { $days } દિવસમાં { $patient } ની સુગર { $percent }% સમય તેમના ટાર્ગેટમાં હતી.
}
summary-glucose-trend-rising-about = { $patient } ની સુગર વધતી રહી છે.
summary-glucose-trend-falling-about = { $patient } ની સુગર ઘટતી રહી છે.
summary-glucose-trend-steady-about = { $patient } ની સુગર એકસરખી રહી છે.
summary-bp-check-about = ઘરે કરેલી બ્લડ પ્રેશરની તપાસમાં { $patient } ની { $days } દિવસની સરેરાશ { $systolic }/{ $diastolic } આવી: { $band }. આ વાત તેમના GP કે નર્સને જણાવવી જોઈએ.
summary-bp-average-about = { $patient } નું સરેરાશ બ્લડ પ્રેશર { $systolic }/{ $diastolic } હતું: { $band }.
summary-bp-within-target-about = તે તેમના ટાર્ગેટમાં છે.
summary-bp-above-target-about = તે તેમના ટાર્ગેટ કરતાં વધારે છે.
summary-bp-trend-rising-about = { $patient } નું બ્લડ પ્રેશર વધતું રહ્યું છે.
summary-bp-trend-falling-about = { $patient } નું બ્લડ પ્રેશર ઘટતું રહ્યું છે.
summary-bp-trend-steady-about = { $patient } નું બ્લડ પ્રેશર એકસરખું રહ્યું છે.
summary-weight-down-about = { $patient } નું વજન { $amount } { $unit } ઘટ્યું.
summary-weight-up-about = { $patient } નું વજન { $amount } { $unit } વધ્યું.
summary-weight-same-about = { $patient } નું વજન એટલું ને એટલું જ રહ્યું.
summary-hba1c-at-target-about = { $patient } નું છેલ્લું HbA1c તેમના ટાર્ગેટ જેટલું અથવા તેનાથી ઓછું છે.
summary-hba1c-above-target-about = { $patient } નું છેલ્લું HbA1c તેમના ટાર્ગેટ કરતાં વધારે છે.
summary-activity-about = { $active ->
    [one] { $patient } એ { $active } દિવસે, કુલ { $minutes } મિનિટ કસરત કરી.
   *[other] { $patient } એ { $active } દિવસમાં, કુલ { $minutes } મિનિટ કસરત કરી.
}
summary-doses-about = નોંધાયેલા દવાના { $total } ડોઝમાંથી { $patient } એ { $taken } લીધા.
summary-streak-about = { $days ->
    [one] { $patient } એ સતત { $days } દિવસ કંઈક નોંધ્યું છે.
   *[other] { $patient } એ સતત { $days } દિવસ કંઈક નોંધ્યું છે.
}
summary-streak-every-day-about = { $patient } એ { $days } દિવસ સુધી રોજ કંઈક નોંધ્યું.

## Home blood pressure check (NICE): two readings a minute apart, morning and evening

sitting-morning = સવાર
sitting-evening = સાંજ
protocol-take-reading = દિવસ { $day }, { $sitting }: શાંતિથી બેસો, પછી 2 માંથી { $number } નંબરનું રીડિંગ લો.
protocol-wait = { $seconds } સેકન્ડ આરામ કરો, પછી બીજું રીડિંગ લો.
protocol-later = આ તપાસ પૂરી થઈ. હવે પછીની તપાસ: દિવસ { $day }, { $sitting }ના સમયે.
protocol-finished = ઘરે બ્લડ પ્રેશરની આપની તપાસ પૂરી થઈ ગઈ છે.
protocol-average = ઘરે લીધેલાં રીડિંગની આપની સરેરાશ { $days } દિવસમાં { $systolic }/{ $diastolic } છે: { $band }.
protocol-need-more-days = ચાલુ રાખો: સરેરાશ માટે ઓછામાં ઓછા { $days } દિવસનાં રીડિંગ જોઈએ.

## Things a person can be asked for

field-glucose = બ્લડ સુગર
field-systolic = બ્લડ પ્રેશરનો ઉપરનો આંકડો
field-diastolic = બ્લડ પ્રેશરનો નીચેનો આંકડો
field-pulse = પલ્સ
field-weight = વજન
field-hba1c = HbA1c
field-activity-minutes = કસરતની મિનિટ
field-steps = પગલાં
field-taken-at = સમય
field-name = નામ
field-dose = ડોઝ
field-dose-times = દવા લેવાનો સમય
field-reason = કારણ
field-target = ટાર્ગેટ
field-pin = પિન
field-invite-code = આમંત્રણ કોડ
field-scopes = તેઓ શું કરી શકે
field-window = દિવસો અને સમય
field-grant-days = કેટલા દિવસ
field-grant-end = પૂરું થવાની તારીખ

action-view-readings = રીડિંગ જોવાં
action-log-readings = રીડિંગ ઉમેરવાં
action-correct-readings = રીડિંગ બદલવાં
action-manage-medicines = દવાઓ સંભાળવી
action-set-targets = ટાર્ગેટ નક્કી કરવા
action-manage-sharing = આ રેકોર્ડ કોણ જોઈ શકે તે બદલવું
action-view-audit = કોણે શું કર્યું તે જોવું
action-receive-alerts = ચેતવણી મેળવવી
action-view-lessons = પાઠ જોવા
action-assign-content = પાઠ અને ખોરાક મોકલવા

## Errors: say what was wrong, never the value typed

error-below-min = { $field } માટે ઓછામાં ઓછું { $limit } { $unit } હોવું જોઈએ. કંઈ સાચવ્યું નથી.
error-above-max = { $field } માટે વધુમાં વધુ { $limit } { $unit } હોઈ શકે. કંઈ સાચવ્યું નથી.
error-not-a-number = { $field } માટે આંકડો જ લખવો જોઈએ. કંઈ સાચવ્યું નથી.
error-diastolic-not-below-systolic = બ્લડ પ્રેશરનો નીચેનો આંકડો ઉપરના આંકડા કરતાં ઓછો હોવો જોઈએ. કંઈ સાચવ્યું નથી.
error-in-future = આ સમય અત્યારથી { $minutes } મિનિટ કરતાં વધુ આગળ, ભવિષ્યમાં છે. કંઈ સાચવ્યું નથી.
error-too-early = { $field } વર્ષ { $year } પહેલાંનો ન હોઈ શકે. કૃપા કરીને તારીખ જોઈ લો. કંઈ સાચવ્યું નથી.
error-missing = { $field } જરૂરી છે. કંઈ સાચવ્યું નથી.
error-too-long = { $field } માં વધુમાં વધુ { $max } અક્ષર ચાલે; આ બહુ લાંબું છે. કંઈ સાચવ્યું નથી.
error-not-a-choice = { $field } માટે આપેલી પસંદગીઓમાંથી જ એક ચાલે. કંઈ સાચવ્યું નથી.
error-not-in-future = { $field } માટે અત્યાર પછીનો સમય હોવો જોઈએ. કંઈ સાચવ્યું નથી.
error-import-row = ફાઇલની { $row } નંબરની લાઇનમાં ભૂલ છે, એટલે ફાઇલમાંથી કંઈ પણ ઉમેર્યું નથી.
error-import-unreadable = ફાઇલની { $row } નંબરની લાઇન વાંચી શકાઈ નહીં, એટલે ફાઇલમાંથી કંઈ પણ ઉમેર્યું નથી.
error-denied-no-permission = આપને આ વ્યક્તિ માટે આ કરવાની પરવાનગી નથી: { $action }.
error-denied-clinician-only = ફક્ત નર્સ, ડૉક્ટર કે ડાયેટિશિયન જ આ કરી શકે: { $action }.
error-denied-not-a-patient = આ વ્યક્તિ સાથીમાં પોતાની તબિયતની નોંધ રાખતા નથી.
error-denied-patient-only = જેનો આ રેકોર્ડ છે, ફક્ત તે વ્યક્તિ જ આ કરી શકે: { $action }.
error-denied-outside-window = આપ આ વ્યક્તિ માટે આ ફક્ત તેમણે પસંદ કરેલા દિવસો અને સમયે જ કરી શકો: { $action }.
error-denied-access-ended = આ વ્યક્તિના રેકોર્ડ માટેની આપની પરવાનગી હવે પૂરી થઈ ગઈ છે.
error-not-found-person = અહીં એ નામની કોઈ વ્યક્તિ નથી.
error-not-found-reading = એ રીડિંગ મળ્યું નહીં.
error-not-found-medicine = એ દવા મળી નહીં.
error-not-found-dose = દવાનો એ ડોઝ મળ્યો નહીં.
error-not-found-blood-pressure-protocol = ઘરે બ્લડ પ્રેશરની કોઈ તપાસ હજી શરૂ કરી નથી.
error-not-found-invitation = એ કોડનું કોઈ આમંત્રણ નથી. જેમણે આપને કોડ આપ્યો હોય, તેમની સાથે કોડ ફરી તપાસો.
error-not-found-grant = એ પરવાનગી મળી નહીં.
error-pin-required = આ પ્રોફાઇલ પર પિન છે. કૃપા કરીને પિન લખો.
error-no-pin-set = પહેલાં આ પ્રોફાઇલ માટે પિન નક્કી કરો.
error-wrong-pin = એ પિન બરાબર નથી. કંઈ ખોલ્યું નથી.
error-pin-locked = ઘણી વાર ખોટો પિન લખાયો. કૃપા કરીને { $minutes ->
    [one] { $minutes } મિનિટ
   *[other] { $minutes } મિનિટ
} રાહ જુઓ, અને પછી ફરી પ્રયત્ન કરો.
error-invite-code-length = આમંત્રણ કોડમાં કુલ 9 અક્ષર અને આંકડા હોય છે. કૃપા કરીને કોડ તપાસો.
error-invite-code-character = આમંત્રણ કોડમાં ફક્ત અક્ષર અને આંકડા જ હોય છે. કૃપા કરીને કોડ તપાસો.
error-invite-code-check = એ કોડમાં ભૂલ છે: કોઈ એક અક્ષર કે આંકડો ખોટો સંભળાયો કે ખોટો લખાયો છે. કૃપા કરીને કોડ તપાસો.
error-invite-expired = એ આમંત્રણની મુદત પૂરી થઈ ગઈ છે. નવું આમંત્રણ માગો.
error-invite-used = એ આમંત્રણ પહેલેથી વપરાઈ ગયું છે. નવું આમંત્રણ માગો.
error-own-invitation = આપ પોતાનું જ આમંત્રણ સ્વીકારી ન શકો. જે વ્યક્તિ આપની મદદ કરશે, તેમને આ કોડ આપો.
error-name-taken = અહીં કોઈનું એ નામ પહેલેથી છે.
error-database-corrupt = સાચવેલી માહિતી બગડી ગઈ હતી. તેને { $path } પર સલામત રાખી છે. હવે પછી સાથી એક નવો, ખાલી રેકોર્ડ શરૂ કરશે. જૂનો રેકોર્ડ પાછો મેળવવા માટે કૃપા કરીને કોઈની મદદ માગો.
error-database-newer = સાચવેલી માહિતી સાથીના નવા વર્ઝનની છે. તેને { $path } પર સલામત રાખી છે. કૃપા કરીને સાથી અપડેટ કરો.
error-database-not-saathi = આ ફાઇલ સાથીની સાચવેલી માહિતી નથી, તેથી સાથીએ તેને બદલી નથી. તેને { $path } પર સલામત રાખી છે. હવે પછી સાથી એક નવો, ખાલી રેકોર્ડ શરૂ કરશે.
error-database-corrupt-in-use = સાચવેલી માહિતીનો થોડો ભાગ બગડી ગયો છે. કૃપા કરીને સાથી બંધ કરીને ફરી ખોલો: બગડેલી માહિતી કાઢી નહીં નખાય, સલામત રખાશે, અને સાથી એક નવો, ખાલી રેકોર્ડ શરૂ કરશે. જૂનો રેકોર્ડ પાછો મેળવવા માટે કૃપા કરીને કોઈની મદદ માગો.
error-storage = સાથીમાં આપની માહિતી સાચવી કે વાંચી શકાઈ નહીં. કંઈ બદલાયું નથી.

## People, conditions, medicines

role-patient = દર્દી
role-helper = પરિવારના મદદગાર
role-clinician = નર્સ, ડૉક્ટર કે ડાયેટિશિયન

condition-type-2-diabetes = ટાઇપ 2 ડાયાબિટીસ
condition-high-blood-pressure = હાઈ બ્લડ પ્રેશર
condition-heart-disease = હૃદયની બીમારી

food-with-food = ખાવાની સાથે
food-without-food = ખાલી પેટે
food-either = ખાવાની સાથે કે ખાધા વગર

dose-taken = લીધી
dose-late = મોડી લીધી
dose-skipped = ન લીધી

## Sharing: who can see or change a record

scope-view-readings = રીડિંગ જોવાં
scope-log-readings = રીડિંગ ઉમેરવાં
scope-manage-medicines = દવાઓ અને દવાનાં રિમાઇન્ડર સંભાળવાં
scope-receive-alerts = ચેતવણીઓ મેળવવી
scope-view-lessons = પાઠ જોવા
scope-assign-content = પાઠ મોકલવા અને ટાર્ગેટ નક્કી કરવા
scope-view-shared-readings = શેર કરેલાં રીડિંગ જોવાં

basis-consent = પરવાનગીથી
basis-lasting-power-of-attorney = લાસ્ટિંગ પાવર ઑફ એટર્ની
basis-deputy = કોર્ટે નીમેલા ડેપ્યુટી
basis-best-interest = તેમના ભલા માટે
basis-parental-responsibility = માતા-પિતા તરીકેની જવાબદારી

end-reason-patient-choice = દર્દીએ બંધ કર્યું
end-reason-end-date-reached = પૂરું થવાની તારીખ આવી ગઈ
end-reason-safeguarding = દર્દીની સલામતી માટે બંધ કર્યું
end-reason-misuse = ખોટો ઉપયોગ થયો, એટલે બંધ કર્યું

## Records and the audit trail: who did what

record-glucose = બ્લડ સુગર
record-blood-pressure = બ્લડ પ્રેશર
record-weight = વજન
record-hba1c = HbA1c
record-activity = કસરત
record-regimen = દવા
record-dose-event = દવાનો ડોઝ
record-grant = પરવાનગી
record-invitation = આમંત્રણ

audit-log = એક રીડિંગ ઉમેર્યું
audit-correct = એક રીડિંગ સુધાર્યું
audit-delete = એક રીડિંગ કાઢી નાખ્યું
audit-import = ફાઇલમાંથી રીડિંગ ઉમેર્યાં
audit-view-readings = રીડિંગ જોયાં
audit-view-summary = સારાંશ જોયો
audit-view-history = એક રીડિંગમાં થયેલા ફેરફારો જોયા
audit-view-medicines = દવાઓ જોઈ
audit-view-targets = ટાર્ગેટ જોયા
audit-view-bp-protocol = ઘરે બ્લડ પ્રેશરની તપાસ જોઈ
audit-set-units = માપના યુનિટ બદલ્યા
audit-start-bp-protocol = ઘરે બ્લડ પ્રેશરની તપાસ શરૂ કરી
audit-add-regimen = એક દવા ઉમેરી
audit-record-dose = દવાનો ડોઝ નોંધ્યો
audit-change-regimen = એક દવામાં ફેરફાર કર્યો
audit-stop-regimen = એક દવા બંધ કરી
audit-correct-dose = દવાનો ડોઝ સુધાર્યો
audit-delete-dose = દવાનો ડોઝ કાઢી નાખ્યો
audit-set-target-glucose-before-meal = જમતાં પહેલાંની સુગરનો ટાર્ગેટ નક્કી કર્યો
audit-set-target-glucose-after-meal = જમ્યા પછીની સુગરનો ટાર્ગેટ નક્કી કર્યો
audit-set-target-glucose-other = ગમે ત્યારની સુગરનો ટાર્ગેટ નક્કી કર્યો
audit-set-target-bp-home = બ્લડ પ્રેશરનો ટાર્ગેટ નક્કી કર્યો
audit-set-target-hba1c = HbA1cનો ટાર્ગેટ નક્કી કર્યો
audit-denied-view-readings = રીડિંગ જોવાનો પ્રયત્ન કર્યો, પણ પરવાનગી નહોતી
audit-denied-log-readings = એક રીડિંગ ઉમેરવાનો પ્રયત્ન કર્યો, પણ પરવાનગી નહોતી
audit-denied-correct-readings = એક રીડિંગ બદલવાનો પ્રયત્ન કર્યો, પણ પરવાનગી નહોતી
audit-denied-manage-medicines = દવાઓ બદલવાનો પ્રયત્ન કર્યો, પણ પરવાનગી નહોતી
audit-denied-set-targets = ટાર્ગેટ નક્કી કરવાનો પ્રયત્ન કર્યો, પણ પરવાનગી નહોતી
audit-denied-manage-sharing = આ રેકોર્ડ કોણ જોઈ શકે તે બદલવાનો પ્રયત્ન કર્યો, પણ પરવાનગી નહોતી
audit-denied-view-audit = કોણે શું કર્યું તે જોવાનો પ્રયત્ન કર્યો, પણ પરવાનગી નહોતી
audit-denied-receive-alerts = ચેતવણી મેળવવાનો પ્રયત્ન કર્યો, પણ મંજૂરી ન હતી
audit-denied-view-lessons = પાઠ જોવાનો પ્રયત્ન કર્યો, પણ મંજૂરી ન હતી
audit-denied-assign-content = પાઠ કે ખોરાક મોકલવાનો પ્રયત્ન કર્યો, પણ મંજૂરી ન હતી
audit-invite = આમંત્રણ કોડ બનાવ્યો
audit-accept-invite = આમંત્રણ સ્વીકાર્યું
audit-change-grant = કોઈ શું કરી શકે તે બદલ્યું
audit-revoke-patient-choice = કોઈની પરવાનગી બંધ કરી
audit-revoke-end-date-reached = કોઈની પરવાનગી તેની છેલ્લી તારીખે પૂરી કરી
audit-revoke-safeguarding = સલામતી માટે કોઈની પરવાનગી બંધ કરી
audit-revoke-misuse = ખોટા ઉપયોગને કારણે કોઈની પરવાનગી બંધ કરી
audit-set-pin = પિન નક્કી કર્યો કે બદલ્યો
audit-clear-pin = પિન કાઢી નાખ્યો
audit-wrong-pin = ખોટો પિન લખાયો
audit-set-reminder = યાદ અપાવવાનું ગોઠવ્યું કે બદલ્યું
audit-set-reminder-settings = યાદ અને ચેતવણીની પસંદગી બદલી
audit-set-fasting-days = ઉપવાસના દિવસો લખ્યા
audit-assign = પાઠ કે અજમાવવાનું ખાવાનું મોકલ્યું
audit-withdraw-assignment = મોકલેલો પાઠ કે ખાવાનું પાછું લીધું
audit-set-progress = પાઠ કે ખાવામાં પ્રગતિ લખી
audit-set-content-profile = ખાવા અને પાઠની પસંદગી બદલી
audit-view-lessons = પાઠ અને ખાવાનું જોયું

## Dates: the code fills in the locale's own digits and month and weekday names.

date-long = { $day } { $month } { $year }
date-time = { $weekday } { $day } { $month } { $year }, { $time }

## Languages a person reads and hears

audit-set-languages = ભાષાઓ બદલી
field-languages = ભાષાઓ
field-days = દિવસોની સંખ્યા
field-bp-check-days = બ્લડ પ્રેશર તપાસના દિવસોની સંખ્યા

## Assignments from a dietitian or clinician (saathi-content)

field-note = નોંધ
field-due-date = ક્યાં સુધીમાં કરવાનું છે
field-heard-percent = કેટલું સાંભળ્યું
field-content-item = પાઠ કે ખોરાક
field-publisher-key = સામગ્રી મોકલનારની ચાવી
field-pack-hash = ડાઉનલોડનો તપાસ નંબર
field-date = તારીખ
