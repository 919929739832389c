# Saathi: the terminal shell's words in Gujarati (gu), Gujarati script.
# Machine-assisted translation, not yet reviewed by a native-speaking clinician.
# Command-line syntax (saathi ..., --as NAME, --db, --pin, SAATHI_PIN) stays as typed.
# Gujarati plural category "one" covers 0 and 1 (CLDR), so [one] variants use the number placeable.

cli-default-person-name = હું

## --speak: what would be heard

cli-speak-voice = ફોનનો અવાજ
cli-speak-clip = રેકોર્ડિંગ

## After logging

cli-logged = { $name } માટે સાચવ્યું: { $kind }, { $reading }. (રીડિંગ { $record })
cli-logged-by = { $by } દ્વારા { $name } માટે સાચવ્યું: { $kind }, { $reading }. (રીડિંગ { $record })
cli-corrected = { $name } માટે સુધાર્યું: { $kind }, { $reading }. (રીડિંગ { $record }, વર્ઝન { $version })
cli-corrected-by = { $by } દ્વારા { $name } માટે સુધાર્યું: { $kind }, { $reading }. (રીડિંગ { $record }, વર્ઝન { $version })
cli-deleted = { $kind } નું રીડિંગ { $record } કાઢી નાખ્યું. તેની નોંધ ઇતિહાસમાં રહે છે.
cli-dealing-with = રીડિંગ { $record } આપ પોતે સંભાળી રહ્યા છો: આપના મદદગારોને એ વિશે જણાવવામાં નહીં આવે.
cli-deleted-marker = (કાઢી નાખ્યું)
cli-meaning = આનો અર્થ: { $band }
cli-act-now = હમણાં જ આ કરો:
cli-record-version = { $record } (વર્ઝન { $version })
cli-no-readings = આ સમયમાં { $name } માટે કોઈ રીડિંગ નથી.

## Column headings

cli-col-when = ક્યારે
cli-col-what = શું
cli-col-reading = રીડિંગ
cli-col-meaning = અર્થ
cli-col-entered-by = કોણે લખ્યું
cli-col-number = નં.
cli-col-version = વર્ઝન
cli-col-reason = કેમ
cli-col-name = નામ
cli-col-role = ભૂમિકા
cli-col-conditions = બીમારીઓ
cli-col-who = કોણ
cli-col-action = શું કર્યું
cli-col-medicine = દવા
cli-col-dose = ડોઝ
cli-col-times = સમય
cli-col-food = ખાવાનું

## Summary

cli-summary-title = { $days ->
    [one] { $name }: આજે ({ $from })
   *[other] { $name }: છેલ્લા { $days } દિવસ ({ $from } થી { $to })
}
cli-summary-range-title = { $days ->
    [one] { $name }: { $from }
   *[other] { $name }: { $from } થી { $to } ({ $days } દિવસ)
}
cli-summary-glucose = { $count ->
    [one] { $count } રીડિંગ.
   *[other] { $count } રીડિંગ.
} સરેરાશ { $mean }, સૌથી ઓછી { $min }, સૌથી વધુ { $max }.
cli-summary-time-in-range = { $in_range }% સમય ટાર્ગેટમાં, { $low }% સમય ઓછી, { $high }% સમય વધારે.
cli-summary-glucose-context = { $context }: { $count ->
    [one] { $count } રીડિંગ
   *[other] { $count } રીડિંગ
}, સરેરાશ { $mean }, { $in_range }% ટાર્ગેટમાં.
cli-summary-bp = { $count ->
    [one] { $count } રીડિંગ.
   *[other] { $count } રીડિંગ.
} સરેરાશ { $systolic }/{ $diastolic } mmHg: { $band }.
cli-summary-weight = { $count ->
    [one] છેલ્લું વજન { $latest } ({ $count } વાર વજન કર્યું).
   *[other] છેલ્લું વજન { $latest } ({ $count } વાર વજન કર્યું).
}
cli-summary-hba1c = છેલ્લું: { $latest }, { $date } ના રોજ.
cli-summary-activity = { $days } દિવસમાં { $minutes } મિનિટ; રોજનાં સરેરાશ { $steps } પગલાં.
cli-summary-doses = { $taken } લીધી, { $late } મોડી લીધી, { $skipped } ન લીધી.
cli-medicines = દવાઓ
cli-in-words = શબ્દોમાં:

## Targets

cli-targets-title = { $name } માટેના ટાર્ગેટ
cli-target-before-meal = જમતાં પહેલાં સુગર
cli-target-after-meal = જમ્યાના 2 કલાક પછી સુગર
cli-target-other = બીજા સમયે સુગર
cli-target-bp-home = ઘરે બ્લડ પ્રેશર
cli-target-glucose = { $low } થી { $high } { $unit }
cli-target-bp = { $systolic }/{ $diastolic } mmHg સુધી
cli-target-hba1c = { $value } mmol/mol સુધી
cli-target-guideline = ગાઇડલાઇન: { $source }
cli-target-set-by = { $date } ના રોજ { $name } દ્વારા નક્કી કરેલ.
cli-target-set-by-because = { $date } ના રોજ { $name } દ્વારા નક્કી કરેલ: { $reason }

## Home blood pressure check

cli-check-progress = { $logged ->
    [one] ઘરે બ્લડ પ્રેશરની તપાસ: { $days } માંથી દિવસ { $day }; અત્યાર સુધી { $logged } દિવસનાં રીડિંગ.
   *[other] ઘરે બ્લડ પ્રેશરની તપાસ: { $days } માંથી દિવસ { $day }; અત્યાર સુધી { $logged } દિવસનાં રીડિંગ.
}

## People and medicines

cli-person-added = { $name } ({ $role }) ઉમેર્યા.
cli-medicine-added = { $name } ઉમેરી. (દવા { $record })
cli-dose-recorded = { $name }: { $status }. (ડોઝ { $record })
cli-medicine-changed = { $name } માં ફેરફાર કર્યો. જૂની વિગતો ઇતિહાસમાં રહે છે. (દવા { $record }, વર્ઝન { $version })
cli-medicine-stopped = { $name } બંધ કરી. તેનું યાદ અપાવવાનું પણ બંધ થયું છે. પહેલાં સાચવેલા ડોઝ રહેશે.
cli-dose-corrected = ડોઝ { $record } સુધાર્યો: { $status }. જૂની નોંધ ઇતિહાસમાં રહે છે. (વર્ઝન { $version })
cli-dose-deleted = ડોઝ { $record } કાઢી નાખ્યો. તેની નોંધ ઇતિહાસમાં રહે છે.
cli-imported = { $name } માટે ફાઇલમાંથી { $count } રીડિંગ ઉમેર્યાં.

## PINs on a shared phone

cli-pin-set = { $name } માટે પિન નક્કી થઈ ગયો. હવેથી, પિન --pin (અથવા SAATHI_PIN) સાથે આપો.
cli-pin-cleared = { $name } માટેનો પિન કાઢી નાખ્યો.

## Helpers: sharing a record with family or a nurse

cli-invite-code = { $name } ની મદદ કરવા માટેનો આમંત્રણ કોડ: { $code }
cli-invite-how = તે મોટેથી વાંચી સંભળાવો, અથવા ટેક્સ્ટ મેસેજથી મોકલો. તે એક જ વાર વાપરી શકાય, { $expires } સુધી.
cli-invite-qr = QR કોડ માટે: { $payload }
cli-invite-allows = આમંત્રણ સ્વીકારાય પછી, તેઓ આ કરી શકશે: { $scopes }.
cli-invite-days = { $days ->
    [one] સ્વીકાર્યા પછી { $days } દિવસ માટે.
   *[other] સ્વીકાર્યા પછી { $days } દિવસ માટે.
}
cli-accepted = હવે આપ { $name } ની મદદ કરી શકો છો.
cli-you-may = આપ આ કરી શકો છો: { $scopes }.
cli-grant-until = { $date } સુધી.
cli-grant-open-ended = બંધ કરવામાં ન આવે ત્યાં સુધી.
cli-grant-window = ફક્ત આ દિવસોમાં: { $days }, { $from } થી { $to } સુધી.
cli-grant-window-every-day = ફક્ત { $from } થી { $to } સુધી, રોજ.
cli-grant-basis = કયા આધારે: { $basis }.
cli-grant-may = { $name } આ કરી શકે છે: { $scopes }.
cli-grant-ended = { $name } આ કરી શકતા હતા: { $scopes }. { $date } ના રોજ બંધ થયું: { $reason }.
cli-sharing-title = આપનો રેકોર્ડ કોણ જોઈ કે બદલી શકે છે:
cli-sharing-none = આપના સિવાય બીજું કોઈ આપનો રેકોર્ડ જોઈ કે બદલી શકતું નથી.
cli-helping-title = આપ જેમની મદદ કરો છો:
cli-helping = { $name } માટે આપ આ કરી શકો છો: { $scopes }.
cli-helping-none = આપ અત્યારે કોઈની મદદ કરતા નથી.
cli-revoked = { $name } હવે આપનો રેકોર્ડ જોઈ કે બદલી શકશે નહીં. કારણ: { $reason }.
cli-day-mon = સોમ
cli-day-tue = મંગળ
cli-day-wed = બુધ
cli-day-thu = ગુરુ
cli-day-fri = શુક્ર
cli-day-sat = શનિ
cli-day-sun = રવિ

## The record of who did what

cli-audit-intact = { $entries ->
    [one] કોણે શું કર્યું તેની નોંધ અકબંધ છે ({ $entries } એન્ટ્રી).
   *[other] કોણે શું કર્યું તેની નોંધ અકબંધ છે ({ $entries } એન્ટ્રી).
}
cli-audit-altered = કોણે શું કર્યું તેની નોંધમાં ફેરફાર થયો છે: એન્ટ્રી { $entry } જેવી લખાઈ હતી તેવી નથી.
cli-audit-missing = કોણે શું કર્યું તેની નોંધમાં ફેરફાર થયો છે: એન્ટ્રી { $entry } ની બરાબર પહેલાંની એન્ટ્રીઓ કાઢી નાખી છે અથવા ખસેડી છે.
cli-audit-truncated = કોણે શું કર્યું તેની નોંધમાં ફેરફાર થયો છે: તેની છેલ્લી એન્ટ્રીઓ કાઢી નાખી છે. { $entries ->
    [one] { $expected } માંથી ફક્ત { $entries } બાકી છે.
   *[other] { $expected } માંથી ફક્ત { $entries } બાકી છે.
}

## Mistakes in what was typed

cli-error-bp-format = બ્લડ પ્રેશર બે આંકડામાં, વચ્ચે સ્લૅશ (/) મૂકીને લખો, જેમ કે 142/88.
cli-error-time-format = સમય આ રીતે લખો: 08:30, અથવા 2026-11-21 08:30.
cli-error-now-format = --now માં આખી તારીખ અને સમય, તેના ઑફસેટ સાથે લખો, જેમ કે 2026-11-21T08:30:00+00:00.
cli-error-whole-number = { $field } માટે પૂરો આંકડો લખો, દશાંશ (પોઇન્ટ) વગર, જેમ કે 142. કંઈ સાચવ્યું નથી.
cli-error-date-format = તારીખ આ રીતે લખો: 2026-11-01.
cli-error-empty-range = સમયગાળાનો અંત તેની શરૂઆત પછી આવવો જોઈએ.
cli-error-unknown-unit = "{ $unit }" એવો કોઈ યુનિટ સાથીમાં નથી.
cli-error-unknown-language = "{ $lang }" ભાષા હજી સાથીમાં નથી.
cli-error-usage = આ આદેશ સમજાયો નહીં. saathi --help જુઓ.
cli-error-usage-arg = અહીં { $arg } સમજાયું નહીં. saathi --help જુઓ.
cli-error-usage-choices = { $arg } આમાંથી એક હોવું જોઈએ: { $choices }.
cli-error-choose-person = અહીં એક કરતાં વધુ વ્યક્તિ સાથી વાપરે છે ({ $names }). આપ કોણ છો તે --as NAME વડે જણાવો.
cli-error-read-file = { $path } વાંચી શકાયું નહીં.
cli-error-window-format = દિવસો અને સમય આ રીતે લખો: mon,tue,wed,thu,fri 09:00-17:00.
cli-error-nothing-to-stop = { $name } અત્યારે આપનો રેકોર્ડ જોઈ કે બદલી શકતા નથી, એટલે બંધ કરવા જેવું કંઈ નથી.
cli-error-demo-db-exists = { $path } પહેલેથી છે. ડેમો માટે નવી ફાઇલ જોઈએ, જેથી આપની માહિતી ડેમોની માહિતી સાથે ભળી ન જાય.

## The demo

cli-demo-household = એક ફોન પર આખો પરિવાર
cli-demo-rashid = { $name }, 70 વર્ષ: ટાઇપ 2 ડાયાબિટીસ, હાઈ બ્લડ પ્રેશર અને હૃદયની બીમારી. સુગર માપવાનું સેન્સર પહેરે છે.
cli-demo-nasreen = { $name }, 65 વર્ષ: હાઈ બ્લડ પ્રેશર. પોતાનું વજન સ્ટોનમાં ગણે છે.
cli-demo-amina = { $name }: તેમની દીકરી, જે ફોન વાપરવામાં તેમની મદદ કરે છે.
cli-demo-nurse = { $name }: તેમની GP સર્જરીની નર્સ.
cli-demo-history = તેમનાં રીડિંગનો ઇતિહાસ
cli-demo-logged = { $seconds } સેકન્ડમાં { $days } દિવસ નોંધ્યા: સેન્સરથી સુગરનાં { $glucose } રીડિંગ, { $bp } વાર બ્લડ પ્રેશર, { $weight } વાર વજન, { $hba1c } HbA1c પરિણામ, { $activity } વાર ચાલવાનું, અને દવાના { $doses } ડોઝ.
cli-demo-database = ડેમોની માહિતી { $path } માં છે.
cli-demo-summary = સારાંશ
cli-demo-bp-check = નસરીનની ઘરે બ્લડ પ્રેશરની તપાસ
cli-demo-danger = જોખમી રીડિંગ આવે તો તરત સલાહ મળે છે
cli-demo-slip = ટાઇપ કરવામાં ભૂલ થાય તો તે સ્વીકારાતું નથી, અને કંઈ સચવાતું નથી
cli-demo-slip-typed = રશીદ 6.8 ને બદલે 68 ટાઇપ કરે છે:
cli-demo-helper = પરિવારના મદદગાર
cli-demo-helper-invite = { $patient } પોતાની દીકરી { $helper } ને પોતાનાં રીડિંગમાં મદદ કરવા આમંત્રણ આપે છે:
cli-demo-helper-accept = { $helper } પોતાના ફોનમાં કોડ ટાઇપ કરે છે:
cli-demo-helper-log = { $helper }, { $patient } માટે બ્લડ સુગરનું એક રીડિંગ ઉમેરે છે:
cli-demo-helper-list = { $patient } જુએ છે કે તેમનો રેકોર્ડ કોણ જોઈ કે બદલી શકે છે:
cli-demo-helper-revoke = { $patient }, { $helper } ની પરવાનગી બંધ કરે છે:
cli-demo-helper-refused = { $helper } બીજું રીડિંગ ઉમેરવાનો પ્રયત્ન કરે છે, અને તેને ના પાડવામાં આવે છે:
cli-demo-helper-again = પછી { $patient } ફરી { $helper } ને આમંત્રણ આપે છે, આ વખતે ફક્ત રીડિંગ જોવા અને ચેતવણીની ખબર મેળવવા:
cli-demo-alert-choices = { $patient } નક્કી કરે છે કે { $helper } ને ક્યારે જણાવવું: છૂટી ગયેલી દવા { $doses } મિનિટ પછી પણ ન લીધી હોય, અને એવું રીડિંગ જેના પર તરત કંઈક કરવું પડે, { $readings } મિનિટ પછી, સિવાય કે તેઓ કહે કે તેઓ પોતે સંભાળી રહ્યા છે.
cli-demo-helper-audit = { $count ->
    [one] { $patient } ના "કોણે શું કર્યું" રેકોર્ડની છેલ્લી { $count } એન્ટ્રી:
   *[other] { $patient } ના "કોણે શું કર્યું" રેકોર્ડની છેલ્લી { $count } એન્ટ્રી:
}
cli-demo-next = જાતે કરી જુઓ
cli-demo-try = દાખલા તરીકે: saathi --db { $path } --as Rashid readings --limit 10

## person languages

cli-languages = { $name } વાંચવાની ભાષાઓ: { $text }. સાંભળવાની ભાષાઓ: { $audio }.
cli-languages-none = { $name } એ હજુ ભાષાઓ પસંદ કરી નથી.

## reminders

cli-reminders-next = આવનારા યાદ:
cli-reminders-none = આ સમયમાં કોઈ યાદ નથી.
cli-reminders-due = હમણાં કરવાનું કે રહી ગયેલું:
