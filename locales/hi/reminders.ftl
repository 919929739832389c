# Saathi: reminders, missed doses and checks, alerts to helpers, and fasting advice in Hindi (hi), Devanagari script.
# Machine-assisted translation, not yet reviewed by a native-speaking clinician.
# Plain spoken Hindi (Hindustani), each line also read aloud: short sentences, polite आप.
# The same words as tracking.ftl and screens.ftl (शुगर, दवा, ख़ुराक, रीडिंग, रिमाइंडर, मददगार,
# सहरी, इफ़्तार, व्रत या रोज़ा, सेव). { $kind } may be masculine or feminine, so sentences
# around it avoid gendered verbs. "Something sugary" names juice or toffee (टॉफ़ी), as in
# advice-glucose-low, so it is not heard as mithai.

## Reminders (what a notification says)

reminder-medicine = आपकी दवा { $name } { $dose } लेने का समय है।
reminder-medicine-unnamed = आपकी दवा लेने का समय है।
reminder-medicine-before-suhoor = सहरी ख़त्म होने से पहले अपनी दवा { $name } { $dose } ले लीजिए।
reminder-medicine-before-suhoor-unnamed = सहरी ख़त्म होने से पहले अपनी दवा ले लीजिए।
reminder-medicine-at-iftar = इफ़्तार के साथ अपनी दवा { $name } { $dose } लीजिए।
reminder-medicine-at-iftar-unnamed = इफ़्तार के साथ अपनी दवा लीजिए।
reminder-missed-medicine = आपने अभी तक अपनी दवा { $name } { $dose } नहीं ली है।
reminder-missed-medicine-unnamed = आपने अभी तक अपनी दवा नहीं ली है।
reminder-reading = { $kind } चेक करने का समय है।
reminder-reading-glucose = शुगर चेक करने का समय है ({ $context })।
reminder-missed-reading = { $kind } चेक करना अभी बाक़ी है।
reminder-missed-reading-glucose = आपने अभी तक शुगर चेक नहीं की है ({ $context })।

## Alerts to helpers (never the value, only what it means)

alert-missed-dose = { $patient } ने अभी तक दवा { $name } नहीं ली है।
alert-missed-dose-unnamed = { $patient } ने अभी तक अपनी एक दवा नहीं ली है।
alert-dangerous-reading = { $patient } की एक रीडिंग पर अभी ध्यान देना ज़रूरी है: { $band }। कृपया पता कीजिए कि वे ठीक हैं।

## Fasting (Ramadan, vrat): IDF-DAR

ramadan-break-fast-low = आपकी शुगर इतनी कम है कि व्रत या रोज़ा जारी रखना सुरक्षित नहीं है। अभी अपना व्रत या रोज़ा तोड़ दीजिए और कुछ मीठा लीजिए, जैसे जूस या टॉफ़ी।
ramadan-break-fast-high = आपकी शुगर इतनी ज़्यादा है कि व्रत या रोज़ा जारी रखना सुरक्षित नहीं है। अभी अपना व्रत या रोज़ा तोड़ दीजिए, पानी पीजिए, और शुगर फिर से चेक कीजिए।
ramadan-break-fast-unwell = आपकी तबीयत ठीक नहीं है। अभी अपना व्रत या रोज़ा तोड़ दीजिए; आपकी सेहत सबसे पहले है।

## Errors and fields

# Said as "first { $field } must come, then { $other }", so neither name needs a case ending.
error-out-of-order = पहले { $other } आना चाहिए, फिर { $field }। कुछ भी सेव नहीं हुआ।
error-not-found-reminder = वह रिमाइंडर नहीं मिला।
field-reminder-for = रिमाइंडर किस चीज़ के लिए है
field-reminder-times = रिमाइंडर का समय
field-reminder-days = रिमाइंडर के दिन
field-reminder-start = पहला दिन
field-reminder-end = आख़िरी दिन
field-time-zone = टाइम ज़ोन
field-alert-delay = मददगार को बताने से पहले कितनी देर रुकना है
field-suhoor = सहरी का समय
field-iftar = इफ़्तार का समय
