# Saathi: reminders, missed doses and checks, alerts to helpers, and fasting advice in Gujarati (gu), Gujarati script.
# Machine-assisted translation, not yet reviewed by a native-speaking clinician.
# Plain, spoken words, each also read aloud; polite "આપ" throughout. The same words as
# tracking.ftl and screens.ftl (સુગર, દવા, ડોઝ, રીડિંગ, રિમાઇન્ડર, મદદગાર, સેહરી, ઇફ્તાર,
# ઉપવાસ (રોઝો)); "saved" is સાચવ્યું. { $kind } may be masculine, feminine or neuter, so
# sentences around it avoid gendered verbs. "Something sugary" names juice or hard sweets
# (મીઠી પીપર), as in advice-glucose-low, so it is not heard as mithai.

## Reminders (what a notification says)

reminder-medicine = આપની દવા { $name } { $dose } લેવાનો સમય થયો છે.
reminder-medicine-unnamed = આપની દવા લેવાનો સમય થયો છે.
reminder-medicine-before-suhoor = સેહરી પૂરી થાય તે પહેલાં આપની દવા { $name } { $dose } લઈ લો.
reminder-medicine-before-suhoor-unnamed = સેહરી પૂરી થાય તે પહેલાં આપની દવા લઈ લો.
reminder-medicine-at-iftar = ઇફ્તારની સાથે આપની દવા { $name } { $dose } લો.
reminder-medicine-at-iftar-unnamed = ઇફ્તારની સાથે આપની દવા લો.
reminder-missed-medicine = આપે હજી આપની દવા { $name } { $dose } લીધી નથી.
reminder-missed-medicine-unnamed = આપે હજી આપની દવા લીધી નથી.
reminder-reading = { $kind } ચેક કરવાનો સમય થયો છે.
reminder-reading-glucose = સુગર ચેક કરવાનો સમય થયો છે ({ $context }).
reminder-missed-reading = { $kind } ચેક કરવાનું હજી બાકી છે.
reminder-missed-reading-glucose = આપે હજી સુગર ચેક કરી નથી ({ $context }).

## Alerts to helpers (never the value, only what it means)

alert-missed-dose = { $patient } એ હજી દવા { $name } લીધી નથી.
alert-missed-dose-unnamed = { $patient } એ હજી એક દવા લીધી નથી.
alert-dangerous-reading = { $patient } ના એક રીડિંગ પર હમણાં જ ધ્યાન આપવાની જરૂર છે: { $band }. કૃપા કરીને તપાસ કરો કે તેઓ ઠીક છે.

## Fasting (Ramadan, vrat): IDF-DAR

ramadan-break-fast-low = આપની સુગર એટલી ઓછી છે કે ઉપવાસ ચાલુ રાખવો સલામત નથી. હમણાં જ ઉપવાસ (રોઝો) તોડી નાખો અને કંઈક ગળ્યું લો, જેમ કે જ્યૂસ કે મીઠી પીપર.
ramadan-break-fast-high = આપની સુગર એટલી વધારે છે કે ઉપવાસ ચાલુ રાખવો સલામત નથી. હમણાં જ ઉપવાસ (રોઝો) તોડી નાખો, પાણી પીઓ, અને ફરી સુગર ચેક કરો.
ramadan-break-fast-unwell = આપની તબિયત સારી નથી. હમણાં જ ઉપવાસ (રોઝો) તોડી નાખો; આપનું સ્વાસ્થ્ય સૌથી પહેલું છે.

## Errors and fields

# Said as "first { $field } must come, then { $other }", so neither name needs a case ending.
error-out-of-order = પહેલાં { $other } આવવું જોઈએ, પછી { $field }. કંઈ સાચવ્યું નથી.
error-not-found-reminder = એ રિમાઇન્ડર મળ્યું નહીં.
field-reminder-for = રિમાઇન્ડર શેના માટે છે
field-reminder-times = રિમાઇન્ડરનો સમય
field-reminder-days = રિમાઇન્ડરના દિવસો
field-reminder-start = પહેલો દિવસ
field-reminder-end = છેલ્લો દિવસ
field-time-zone = ટાઇમ ઝોન
field-alert-delay = મદદગારને જણાવતાં પહેલાં કેટલી વાર રાહ જોવી
field-suhoor = સેહરીનો સમય
field-iftar = ઇફ્તારનો સમય
