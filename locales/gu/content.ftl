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
error-not-found-assignment = આ વ્યક્તિને મોકલેલી વસ્તુઓમાં આ મળ્યું નથી.
