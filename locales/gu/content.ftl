# Saathi: content packs, lessons and the food guide, in Gujarati (gu), Gujarati script.
# Machine-assisted translation, not yet reviewed by a native-speaking clinician.

## Errors

error-pack-untrusted = આ સામગ્રી એવા પ્રકાશકની નથી જેના પર સાથી ભરોસો કરે છે. કંઈ બદલાયું નથી.
error-pack-other-publisher = આ સામગ્રી પહેલાંની સામગ્રીના પ્રકાશકની નથી. પહેલાં જૂની સામગ્રી કાઢો. કંઈ બદલાયું નથી.
error-pack-incomplete = આ સામગ્રીની ફાઇલ પૂરી નથી. ફરી ડાઉનલોડ કરો. કંઈ બદલાયું નથી.
error-pack-too-large = આ સામગ્રી સાથી વાપરી શકે તે જગ્યા કરતાં મોટી છે. કંઈ બદલાયું નથી.
error-pack-not-newer = આ સામગ્રી તમારી પાસે છે તેવી જ કે તેનાથી જૂની છે. કંઈ બદલાયું નથી.
error-pack-needs-update = આ સામગ્રી માટે સાથીનું નવું સંસ્કરણ જોઈએ. એપ અપડેટ કરો, પછી ફરી પ્રયત્ન કરો. કંઈ બદલાયું નથી.
error-pack-storage = સાથી આ સામગ્રી ફોનમાં સાચવી શક્યું નહીં. ફોનમાં જગ્યા ખાલી છે કે નહીં તે જુઓ. કંઈ બદલાયું નથી.
error-pack-damaged = આ સામગ્રીની ફાઇલ ખરાબ છે અથવા બદલાયેલી છે. કંઈ બદલાયું નથી.
error-download-offline = ફોન ઇન્ટરનેટ સાથે જોડાયેલો નથી. જોડાય ત્યારે ફરી પ્રયત્ન કરો.
error-download-insecure = જોડાણ સલામત ન હતું, તેથી કંઈ ડાઉનલોડ થયું નથી. બીજા નેટવર્ક પર પ્રયત્ન કરો.
error-download-bad-address = ડાઉનલોડનું સરનામું બરાબર નથી.
error-download-failed = ડાઉનલોડ પૂરું થયું નથી. પછી ફરી પ્રયત્ન કરો; જ્યાં અટક્યું હતું ત્યાંથી ચાલશે.
error-needs-wifi = આ ડાઉનલોડ વાઇ-ફાઇની રાહ જુએ છે. વાઇ-ફાઇ સાથે જોડાઓ, અથવા મોબાઇલ ડેટાની છૂટ આપો.
error-no-content = આ ફોન પર હજી કોઈ પાઠ કે ખાવાની માહિતી નથી.
error-not-found-lesson = આ પાઠ તમારી યાદીમાં નથી.
error-not-found-content-item = આ પાઠ કે ખાવાનું આ ફોનની સામગ્રીમાં નથી.
error-not-found-pack-file = ત્યાં સામગ્રીની કોઈ ફાઇલ નથી.
error-not-found-assignment = આ વ્યક્તિને મોકલેલી વસ્તુઓમાં આ મળ્યું નથી.

## The command line

cli-error-key-file = { $path } ચાવીની ફાઇલ નથી.
cli-error-catalogue = કેટલોગ બરાબર નથી; તકલીફો ઉપર લખી છે.
cli-error-pack-version = સંસ્કરણ આમ લખો: 1.0.0
cli-error-write-file = { $path } લખી શકાયું નહીં.
cli-pack-built = { $id } { $version } પર સહી થઈ: { $files } ફાઇલો.
cli-pack-verified = { $id } { $version } પૂરું છે અને ચાવી { $key } થી સહી થયેલું છે.
cli-pack-installed = { $id } { $version } મૂક્યું.
cli-pack-upgraded = { $id } ને { $from } થી { $version } કર્યું.
cli-pack-already = { $id } { $version } પહેલેથી મૂકેલું છે.
cli-pack-archived = { $path } લખ્યું.
cli-pack-keygen = ચાવીની જોડ બની. { $secret } ને ગુપ્ત અને ઓફલાઇન રાખો; એપ્સ { $public } પર ભરોસો કરે છે. ચાવી: { $key }
cli-pack-none = કોઈ સામગ્રી મૂકેલી નથી.
cli-col-lesson = પાઠ
cli-col-minutes = મિનિટ
cli-col-language = બતાવ્યું / સંભળાવ્યું
cli-col-progress = પ્રગતિ
cli-col-from = મોકલનાર
cli-col-audio = અવાજની ફાઇલ
cli-lesson-from = { $name } તરફથી: { $note }
cli-lesson-from-no-note = { $name } તરફથી
cli-progress-none = શરૂ નથી કર્યું
cli-progress-started = શરૂ કર્યું
cli-progress-heard = { $percent }% સાંભળ્યું
cli-progress-completed = પૂરું
cli-lesson-audio = અવાજ: { $path }
cli-lesson-video = વિડિયો: { $path }
cli-lesson-captions = ઉપશીર્ષક: { $path }
cli-lesson-length = લંબાઈ: { $minutes } મિનિટ { $seconds } સેકન્ડ
cli-col-food-name = ખાવાનું
cli-col-portion = ભાગ
cli-col-carbs = કાર્બ્સ
cli-col-sugars = ખાંડ
cli-col-fat = ચરબી
cli-col-salt = મીઠું
cli-col-swaps = તેના બદલે
cli-grams = { $grams } ગ્રામ
cli-light-green = { $grams } ગ્રામ, ઓછું
cli-light-amber = { $grams } ગ્રામ, મધ્યમ
cli-light-red = { $grams } ગ્રામ, વધારે
cli-food-none = આ નામનું કોઈ ખાવાનું મળ્યું નહીં.
cli-assigned = { $name } ને મોકલ્યું.
cli-demo-content = પાઠ અને ખાવાની માહિતી મૂકી ({ $id } { $version }, { $path } માં).
