# Saathi: tracking messages in Hindi (hi), Devanagari script.
# Machine-assisted translation, not yet reviewed by a native-speaking clinician.
# Plain spoken Hindi (Hindustani) for an older person hearing it read aloud; polite आप.
# Hindi's CLDR plural category "one" covers 0 and 1, so [one] variants use the number
# placeable rather than the word एक.

## Speech

# Said for the decimal point when a number is read aloud: "6 पॉइंट 8".
speech-point = पॉइंट

## Units

unit-mmol-per-l = mmol/L
unit-mg-per-dl = mg/dL
unit-mmol-per-mol = mmol/mol
unit-percent = %
unit-kg = kg
unit-lb = lb
unit-stones = स्टोन
unit-mmhg = mmHg
unit-per-minute = धड़कन प्रति मिनट
unit-minutes = मिनट
unit-steps = क़दम
unit-digits = अंक
unit-days = दिन
unit-unknown = यूनिट

## What was measured

kind-glucose = ब्लड शुगर
kind-blood-pressure = ब्लड प्रेशर
kind-weight = वज़न
kind-hba1c = HbA1c
kind-activity = चलना-फिरना

reading-glucose = { $value } { $unit }
reading-with-context = { $reading }, { $context }
reading-bp = { $systolic }/{ $diastolic } mmHg
reading-bp-pulse = { $systolic }/{ $diastolic } mmHg, नब्ज़ { $pulse }
reading-weight-kg = { $value } kg
reading-weight-st-lb = { $stones } st { $pounds } lb
reading-hba1c = { $value } { $unit } ({ $other } { $other_unit })
reading-activity-minutes = { $minutes ->
    [one] { $minutes } मिनट
   *[other] { $minutes } मिनट
}
reading-activity-steps = { $steps ->
    [one] { $steps } क़दम
   *[other] { $steps } क़दम
}
reading-activity-minutes-steps = { $minutes } मिनट, { $steps } क़दम

## When a sugar reading was taken

context-fasting = खाली पेट
context-before-meal = खाने से पहले
context-after-meal = खाने के बाद
context-bedtime = सोने से पहले
context-random = किसी भी समय
context-before-suhoor = सहरी से पहले
context-after-iftar = इफ़्तार के बाद

## Bands: what a reading means

glucose-band-severe-low = बहुत कम
glucose-band-low = कम
glucose-band-in-range = टारगेट रेंज में
glucose-band-high = ज़्यादा
glucose-band-very-high = बहुत ज़्यादा

bp-band-low = कम
bp-band-normal = नॉर्मल
bp-band-stage-1 = बढ़ा हुआ
bp-band-stage-2 = ज़्यादा
bp-band-severe = बहुत ज़्यादा

## Advice, heard at once after a reading

advice-glucose-severe-low = आपकी शुगर बहुत कम है। अभी मीठा लीजिए: एक गिलास फलों का जूस, या टॉफ़ी जैसी कोई मीठी चीज़। फिर कुछ खा लीजिए। अगर तबीयत बहुत ख़राब लगे या निगला न जाए, तो किसी को ज़रूर 999 पर फ़ोन करना होगा।
advice-glucose-low = आपकी शुगर कम है। अभी कुछ मीठा लीजिए, जैसे जूस या टॉफ़ी। 10 से 15 मिनट बाद शुगर फिर से चेक कीजिए।
advice-glucose-in-range = आपकी शुगर आपकी टारगेट रेंज में है। बहुत बढ़िया।
advice-glucose-high = आपकी शुगर आपके टारगेट से ज़्यादा है। पानी पीजिए, और बाद में फिर से चेक कीजिए। अगर शुगर ज़्यादा ही रहे, तो अपनी नर्स या डॉक्टर को बताइए।
advice-glucose-very-high = आपकी शुगर बहुत ज़्यादा है। जल्दी ही फिर से चेक कीजिए। अगर शुगर इतनी ही ज़्यादा रहे या तबीयत ठीक न लगे, तो आज ही अपने GP को या 111 पर फ़ोन कीजिए।
advice-break-fast = अपना व्रत या रोज़ा अभी तोड़ दीजिए। शुगर के इस लेवल पर व्रत या रोज़ा जारी रखना सुरक्षित नहीं है।
advice-bp-low = आपका ब्लड प्रेशर कम है। अगर चक्कर आए या बेहोशी जैसा लगे, तो बैठ जाइए या लेट जाइए, और अपने GP को बताइए।
advice-bp-normal = आपका ब्लड प्रेशर सेहत के लिए ठीक रेंज में है।
advice-bp-stage-1 = आपका ब्लड प्रेशर बढ़ा हुआ है। इसे चेक करते रहिए, और अगली बार जब GP या नर्स से मिलें, तो उनसे इस बारे में बात कीजिए।
advice-bp-stage-2 = आपका ब्लड प्रेशर ज़्यादा है। कृपया अगले कुछ दिनों में अपने GP या नर्स से मिलने का अपॉइंटमेंट ले लीजिए।
advice-bp-severe = आपका ब्लड प्रेशर बहुत ज़्यादा है। 5 मिनट चुपचाप बैठिए और फिर से चेक कीजिए। अगर यह अब भी इतना ही ज़्यादा है, तो आपको आज ही डॉक्टर को दिखाना ज़रूरी है: अपने GP को या 111 पर फ़ोन कीजिए।
advice-bp-severe-symptoms = अभी 999 पर फ़ोन कीजिए, अगर आपको इनमें से कुछ भी हो: सीने में दर्द, साँस लेने में तकलीफ़, सोचने-समझने में उलझन, बहुत तेज़ सिरदर्द, या आँखों से दिखने में कोई बदलाव।

## Summaries

summary-nothing-logged = { $days ->
    [one] इस दिन कुछ भी दर्ज नहीं हुआ।
   *[other] इन { $days } दिनों में कुछ भी दर्ज नहीं हुआ।
}
summary-glucose-severe-lows = { $count ->
    [one] { $count } रीडिंग में आपकी शुगर बहुत कम थी। कृपया अपनी नर्स या डॉक्टर को बताइए।
   *[other] { $count } रीडिंग में आपकी शुगर बहुत कम थी। कृपया अपनी नर्स या डॉक्टर को बताइए।
}
summary-glucose-lows = { $count ->
    [one] { $count } रीडिंग में आपकी शुगर कम थी।
   *[other] { $count } रीडिंग में आपकी शुगर कम थी।
}
summary-glucose-in-range = { $days ->
    [one] इस दिन आपकी शुगर { $percent }% समय आपकी टारगेट रेंज में रही।
   *[other] इन { $days } दिनों में आपकी शुगर { $percent }% समय आपकी टारगेट रेंज में रही।
}
summary-glucose-days-in-range = { $days ->
    [one] { $days } दिन में से { $good } दिन, शुगर की हर रीडिंग रेंज में थी।
   *[other] { $days } दिनों में से { $good } दिन, शुगर की हर रीडिंग रेंज में थी।
}
summary-glucose-trend-rising = आपकी शुगर बढ़ती जा रही है।
summary-glucose-trend-falling = आपकी शुगर कम होती जा रही है।
summary-glucose-trend-steady = आपकी शुगर एक जैसी बनी हुई है।
summary-bp-check = घर पर ब्लड प्रेशर की जाँच में, { $days } दिनों का औसत { $systolic }/{ $diastolic } आया: { $band }। यह अपने GP या नर्स को बताइए।
summary-bp-average = आपका औसत ब्लड प्रेशर { $systolic }/{ $diastolic } था: { $band }।
summary-bp-within-target = यह आपके टारगेट के अंदर है।
summary-bp-above-target = यह आपके टारगेट से ज़्यादा है।
summary-bp-trend-rising = आपका ब्लड प्रेशर बढ़ता जा रहा है।
summary-bp-trend-falling = आपका ब्लड प्रेशर कम होता जा रहा है।
summary-bp-trend-steady = आपका ब्लड प्रेशर एक जैसा बना हुआ है।
summary-weight-down = आपका वज़न { $amount } { $unit } कम हुआ।
summary-weight-up = आपका वज़न { $amount } { $unit } बढ़ा।
summary-weight-same = आपका वज़न उतना ही रहा।
summary-hba1c-at-target = आपका सबसे नया HbA1c आपके टारगेट पर है, या उससे कम है।
summary-hba1c-above-target = आपका सबसे नया HbA1c आपके टारगेट से ज़्यादा है।
summary-activity = { $active ->
    [one] आपने { $active } दिन में कुल { $minutes } मिनट चलने-फिरने या कसरत में बिताए।
   *[other] आपने { $active } दिनों में कुल { $minutes } मिनट चलने-फिरने या कसरत में बिताए।
}
summary-doses = आपने दवा की जो { $total } ख़ुराकें दर्ज कीं, उनमें से { $taken } लीं।
summary-streak = { $days ->
    [one] आपने लगातार { $days } दिन कुछ न कुछ दर्ज किया है।
   *[other] आपने लगातार { $days } दिन कुछ न कुछ दर्ज किया है।
}
summary-streak-every-day = आपने { $days } दिनों तक हर दिन कुछ न कुछ दर्ज किया।
summary-glucose-severe-lows-about = { $count ->
    [one] { $count } रीडिंग में { $patient } की शुगर बहुत कम थी। कृपया यह बात उनकी नर्स या डॉक्टर तक ज़रूर पहुँचाइए।
   *[other] { $count } रीडिंग में { $patient } की शुगर बहुत कम थी। कृपया यह बात उनकी नर्स या डॉक्टर तक ज़रूर पहुँचाइए।
}
summary-glucose-lows-about = { $count ->
    [one] { $count } रीडिंग में { $patient } की शुगर कम थी।
   *[other] { $count } रीडिंग में { $patient } की शुगर कम थी।
}
summary-glucose-in-range-about = { $days ->
    [one] इस दिन { $patient } की शुगर { $percent }% समय उनकी टारगेट रेंज में रही।
   *[other] इन { $days } दिनों में { $patient } की शुगर { $percent }% समय उनकी टारगेट रेंज में रही।
}
summary-glucose-trend-rising-about = { $patient } की शुगर बढ़ती जा रही है।
summary-glucose-trend-falling-about = { $patient } की शुगर कम होती जा रही है।
summary-glucose-trend-steady-about = { $patient } की शुगर एक जैसी बनी हुई है।
summary-bp-check-about = घर पर ब्लड प्रेशर की जाँच में, { $patient } का { $days } दिनों का औसत { $systolic }/{ $diastolic } आया: { $band }। यह बात उनके GP या नर्स को बतानी चाहिए।
summary-bp-average-about = { $patient } का औसत ब्लड प्रेशर { $systolic }/{ $diastolic } था: { $band }।
summary-bp-within-target-about = यह उनके टारगेट के अंदर है।
summary-bp-above-target-about = यह उनके टारगेट से ज़्यादा है।
summary-bp-trend-rising-about = { $patient } का ब्लड प्रेशर बढ़ता जा रहा है।
summary-bp-trend-falling-about = { $patient } का ब्लड प्रेशर कम होता जा रहा है।
summary-bp-trend-steady-about = { $patient } का ब्लड प्रेशर एक जैसा बना हुआ है।
summary-weight-down-about = { $patient } का वज़न { $amount } { $unit } कम हुआ।
summary-weight-up-about = { $patient } का वज़न { $amount } { $unit } बढ़ा।
summary-weight-same-about = { $patient } का वज़न उतना ही रहा।
summary-hba1c-at-target-about = { $patient } का सबसे नया HbA1c उनके टारगेट पर है, या उससे कम है।
summary-hba1c-above-target-about = { $patient } का सबसे नया HbA1c उनके टारगेट से ज़्यादा है।
summary-activity-about = { $active ->
    [one] { $patient } ने { $active } दिन में कुल { $minutes } मिनट चलने-फिरने या कसरत में बिताए।
   *[other] { $patient } ने { $active } दिनों में कुल { $minutes } मिनट चलने-फिरने या कसरत में बिताए।
}
summary-doses-about = दवा की जो { $total } ख़ुराकें दर्ज हुईं, उनमें से { $patient } ने { $taken } लीं।
summary-streak-about = { $days ->
    [one] { $patient } ने लगातार { $days } दिन कुछ न कुछ दर्ज किया है।
   *[other] { $patient } ने लगातार { $days } दिन कुछ न कुछ दर्ज किया है।
}
summary-streak-every-day-about = { $patient } ने { $days } दिनों तक हर दिन कुछ न कुछ दर्ज किया।

## Home blood pressure check (NICE): two readings a minute apart, morning and evening

sitting-morning = सुबह
sitting-evening = शाम
protocol-take-reading = दिन { $day }, { $sitting }: आराम से चुपचाप बैठिए, फिर 2 में से { $number } नंबर वाली रीडिंग लीजिए।
protocol-wait = { $seconds } सेकंड आराम कीजिए, फिर दूसरी रीडिंग लीजिए।
protocol-later = यह जाँच हो गई। अगली जाँच दिन { $day } को, { $sitting } के समय होगी।
protocol-finished = घर पर ब्लड प्रेशर की आपकी जाँच पूरी हो गई।
protocol-average = घर पर आपका औसत { $days } दिनों में { $systolic }/{ $diastolic } रहा: { $band }।
protocol-need-more-days = जारी रखिए: औसत निकालने के लिए कम से कम { $days } दिनों की रीडिंग चाहिए।

## Things a person can be asked for

field-glucose = ब्लड शुगर
field-systolic = ब्लड प्रेशर का ऊपर वाला नंबर
field-diastolic = ब्लड प्रेशर का नीचे वाला नंबर
field-pulse = नब्ज़
field-weight = वज़न
field-hba1c = HbA1c
field-activity-minutes = चलने-फिरने के मिनट
field-steps = क़दम
field-taken-at = समय
field-name = नाम
field-dose = ख़ुराक
field-dose-times = दवा का समय
field-reason = वजह
field-target = टारगेट
field-pin = पिन
field-invite-code = न्योते का कोड
field-scopes = वे क्या-क्या कर सकते हैं
field-window = दिन और घंटे
field-grant-days = कितने दिन
field-grant-end = आख़िरी तारीख़

# Used inside "... की इजाज़त" (permission to ...), so each is an oblique infinitive.
action-view-readings = रीडिंग देखने
action-log-readings = रीडिंग जोड़ने
action-correct-readings = रीडिंग बदलने
action-manage-medicines = दवाइयाँ संभालने
action-set-targets = टारगेट तय करने
action-manage-sharing = यह रिकॉर्ड कौन देख सकता है, यह बदलने
action-view-audit = किसने क्या किया, यह देखने
action-receive-alerts = सूचनाएँ पाना
action-view-lessons = पाठ देखना
action-assign-content = पाठ और खाने भेजना

## Errors: say what was wrong, never the value typed

error-below-min = { $field }: कम से कम { $limit } { $unit } होना चाहिए। कुछ भी सेव नहीं हुआ।
error-above-max = { $field }: ज़्यादा से ज़्यादा { $limit } { $unit } हो सकता है। कुछ भी सेव नहीं हुआ।
error-not-a-number = { $field }: यहाँ नंबर होना चाहिए। कुछ भी सेव नहीं हुआ।
error-diastolic-not-below-systolic = ब्लड प्रेशर का नीचे वाला नंबर, ऊपर वाले नंबर से कम होना चाहिए। कुछ भी सेव नहीं हुआ।
error-in-future = यह समय अभी से { $minutes } मिनट से ज़्यादा आगे का है। कुछ भी सेव नहीं हुआ।
error-too-early = { $field } साल { $year } से पहले का नहीं हो सकता। कृपया तारीख़ देख लीजिए। कुछ भी सेव नहीं हुआ।
error-missing = { $field } चाहिए। कुछ भी सेव नहीं हुआ।
error-too-long = { $field }: यह बहुत लंबा है, ज़्यादा से ज़्यादा { $max } अक्षर हो सकते हैं। कुछ भी सेव नहीं हुआ।
error-not-a-choice = { $field }: जो चीज़ें चुनी जा सकती हैं, यह उनमें से नहीं है। कुछ भी सेव नहीं हुआ।
error-not-in-future = { $field }: यह अभी के बाद का समय होना चाहिए। कुछ भी सेव नहीं हुआ।
error-import-row = फ़ाइल की लाइन { $row } में गड़बड़ है, इसलिए फ़ाइल से कुछ भी नहीं जोड़ा गया।
error-import-unreadable = फ़ाइल की लाइन { $row } पढ़ी नहीं जा सकी, इसलिए फ़ाइल से कुछ भी नहीं जोड़ा गया।
error-denied-no-permission = आपको इस व्यक्ति के लिए { $action } की इजाज़त नहीं है।
error-denied-clinician-only = { $action } की इजाज़त सिर्फ़ नर्स, डॉक्टर या डाइटिशियन को है।
error-denied-not-a-patient = यह व्यक्ति साथी ऐप में अपनी सेहत का रिकॉर्ड नहीं रखते।
error-denied-patient-only = { $action } की इजाज़त सिर्फ़ उसी व्यक्ति को है, जिसका यह रिकॉर्ड है।
error-denied-outside-window = इस व्यक्ति के लिए { $action } की इजाज़त आपको सिर्फ़ उन्हीं दिनों और घंटों में है, जो उन्होंने चुने हैं।
error-denied-access-ended = इस व्यक्ति के रिकॉर्ड के लिए आपकी इजाज़त ख़त्म हो गई है।
error-not-found-person = यहाँ इस नाम का कोई नहीं है।
error-not-found-reading = वह रीडिंग नहीं मिली।
error-not-found-medicine = वह दवा नहीं मिली।
error-not-found-dose = दवा की वह ख़ुराक नहीं मिली।
error-not-found-blood-pressure-protocol = घर पर ब्लड प्रेशर की कोई जाँच शुरू नहीं की गई है।
error-not-found-invitation = इस कोड का कोई न्योता नहीं है। जिन्होंने आपको यह कोड दिया है, उनके साथ इसे मिलाकर देखिए।
error-not-found-grant = रिकॉर्ड शेयर करने की वह इजाज़त नहीं मिली।
error-pin-required = इस प्रोफ़ाइल पर पिन लगा है। कृपया पिन डालिए।
error-no-pin-set = पहले इस प्रोफ़ाइल पर पिन लगाइए।
error-wrong-pin = यह पिन सही नहीं है। कुछ भी नहीं खुला।
error-pin-locked = बहुत बार ग़लत पिन डाला गया। कृपया { $minutes ->
    [one] { $minutes } मिनट
   *[other] { $minutes } मिनट
} रुकिए और फिर से कोशिश कीजिए।
error-invite-code-length = न्योते के कोड में कुल 9 अक्षर और नंबर होते हैं। कृपया इसे चेक कीजिए।
error-invite-code-character = न्योते के कोड में सिर्फ़ अक्षर और नंबर होते हैं। कृपया इसे चेक कीजिए।
error-invite-code-check = इस कोड में एक ग़लती है: कोई एक अक्षर या नंबर ग़लत सुना गया या ग़लत टाइप हुआ। कृपया इसे चेक कीजिए।
error-invite-expired = इस न्योते का समय ख़त्म हो गया है। नया न्योता माँगिए।
error-invite-used = यह न्योता पहले ही इस्तेमाल हो चुका है। नया न्योता माँगिए।
error-own-invitation = आप अपना ही न्योता क़बूल नहीं कर सकते। यह कोड उस व्यक्ति को दीजिए जो आपकी मदद करेंगे।
error-name-taken = यहाँ पहले से किसी का यही नाम है।
error-database-corrupt = सेव किया हुआ डेटा ख़राब हो गया था। उसे { $path } पर सँभालकर रखा गया है। अगली बार साथी ऐप एक नया, ख़ाली रिकॉर्ड शुरू करेगा। पुराना रिकॉर्ड वापस पाने के लिए कृपया किसी से मदद माँगिए।
error-database-newer = सेव किया हुआ डेटा साथी ऐप के नए वर्ज़न का है। उसे { $path } पर सँभालकर रखा गया है। कृपया साथी ऐप को अपडेट कीजिए।
error-database-not-saathi = यह फ़ाइल साथी ऐप का सेव किया हुआ डेटा नहीं है, इसलिए साथी ऐप ने इसे नहीं बदला। उसे { $path } पर सँभालकर रखा गया है। अगली बार साथी ऐप एक नया, ख़ाली रिकॉर्ड शुरू करेगा।
error-database-corrupt-in-use = सेव किए हुए डेटा का कुछ हिस्सा ख़राब हो गया है। कृपया साथी ऐप बंद करके फिर से खोलिए: ख़राब डेटा मिटाया नहीं जाएगा, सँभालकर रखा जाएगा, और साथी ऐप एक नया, ख़ाली रिकॉर्ड शुरू करेगा। पुराना रिकॉर्ड वापस पाने के लिए कृपया किसी से मदद माँगिए।
error-storage = साथी ऐप आपका डेटा सेव नहीं कर सका या पढ़ नहीं सका। कुछ भी नहीं बदला गया।

## People, conditions, medicines

role-patient = मरीज़
role-helper = परिवार के मददगार
role-clinician = नर्स, डॉक्टर या डाइटिशियन

condition-type-2-diabetes = टाइप 2 डायबिटीज़ (शुगर)
condition-high-blood-pressure = हाई ब्लड प्रेशर
condition-heart-disease = दिल की बीमारी

food-with-food = खाने के साथ
food-without-food = खाली पेट
food-either = खाने के साथ या बिना खाने के

dose-taken = ले ली
dose-late = देर से ली
dose-skipped = छोड़ दी

## Sharing: who can see or change a record

# Joined with commas after "ये कर सकते हैं:" (may do these:), so each is an infinitive.
scope-view-readings = रीडिंग देखना
scope-log-readings = रीडिंग जोड़ना
scope-manage-medicines = दवाइयाँ और रिमाइंडर संभालना
scope-receive-alerts = अलर्ट पाना
scope-view-lessons = पाठ देखना
scope-assign-content = पाठ भेजना और टारगेट तय करना
scope-view-shared-readings = शेयर की गई रीडिंग देखना

basis-consent = मरीज़ की इजाज़त से
basis-lasting-power-of-attorney = लास्टिंग पावर ऑफ़ अटॉर्नी (क़ानूनी अधिकार)
basis-deputy = अदालत के बनाए हुए डिप्टी
basis-best-interest = मरीज़ की भलाई के लिए
basis-parental-responsibility = माता-पिता की ज़िम्मेदारी

end-reason-patient-choice = मरीज़ ने रोक दिया
end-reason-end-date-reached = आख़िरी तारीख़ आ गई
end-reason-safeguarding = मरीज़ की सुरक्षा के लिए रोका गया
end-reason-misuse = ग़लत इस्तेमाल की वजह से रोका गया

## Records and the audit trail: who did what

record-glucose = ब्लड शुगर
record-blood-pressure = ब्लड प्रेशर
record-weight = वज़न
record-hba1c = HbA1c
record-activity = चलना-फिरना
record-regimen = दवा
record-dose-event = दवा की ख़ुराक
record-grant = रिकॉर्ड शेयर करने की इजाज़त
record-invitation = न्योता

audit-log = एक रीडिंग जोड़ी
audit-correct = एक रीडिंग ठीक की
audit-delete = एक रीडिंग मिटाई
audit-import = फ़ाइल से रीडिंग जोड़ीं
audit-view-readings = रीडिंग देखीं
audit-view-summary = समरी देखी
audit-view-history = एक रीडिंग का इतिहास देखा
audit-view-medicines = दवाइयाँ देखीं
audit-view-targets = टारगेट देखे
audit-view-bp-protocol = घर पर ब्लड प्रेशर की जाँच देखी
audit-set-units = यूनिट बदलीं
audit-start-bp-protocol = घर पर ब्लड प्रेशर की जाँच शुरू की
audit-add-regimen = एक दवा जोड़ी
audit-record-dose = दवा की एक ख़ुराक दर्ज की
audit-change-regimen = एक दवा में बदलाव किया
audit-stop-regimen = एक दवा बंद की
audit-correct-dose = दवा की एक ख़ुराक ठीक की
audit-delete-dose = दवा की एक ख़ुराक मिटाई
audit-set-target-glucose-before-meal = खाने से पहले की शुगर का टारगेट तय किया
audit-set-target-glucose-after-meal = खाने के बाद की शुगर का टारगेट तय किया
audit-set-target-glucose-other = किसी भी समय की शुगर का टारगेट तय किया
audit-set-target-bp-home = ब्लड प्रेशर का टारगेट तय किया
audit-set-target-hba1c = HbA1c का टारगेट तय किया
audit-denied-view-readings = रीडिंग देखने की कोशिश की, पर इजाज़त नहीं मिली
audit-denied-log-readings = रीडिंग जोड़ने की कोशिश की, पर इजाज़त नहीं मिली
audit-denied-correct-readings = रीडिंग बदलने की कोशिश की, पर इजाज़त नहीं मिली
audit-denied-manage-medicines = दवाइयाँ बदलने की कोशिश की, पर इजाज़त नहीं मिली
audit-denied-set-targets = टारगेट तय करने की कोशिश की, पर इजाज़त नहीं मिली
audit-denied-manage-sharing = यह रिकॉर्ड कौन देख सकता है, यह बदलने की कोशिश की, पर इजाज़त नहीं मिली
audit-denied-view-audit = किसने क्या किया, यह देखने की कोशिश की, पर इजाज़त नहीं मिली
audit-denied-receive-alerts = सूचनाएँ पाने की कोशिश की, पर अनुमति नहीं थी
audit-denied-view-lessons = पाठ देखने की कोशिश की, पर अनुमति नहीं थी
audit-denied-assign-content = पाठ या खाने भेजने की कोशिश की, पर अनुमति नहीं थी
audit-invite = न्योते का एक कोड बनाया
audit-accept-invite = एक न्योता क़बूल किया
audit-change-grant = बदला कि कोई क्या-क्या कर सकता है
audit-revoke-patient-choice = किसी की इजाज़त वापस ले ली
audit-revoke-end-date-reached = आख़िरी तारीख़ आने पर किसी की इजाज़त ख़त्म की
audit-revoke-safeguarding = मरीज़ की सुरक्षा के लिए किसी की इजाज़त वापस ले ली
audit-revoke-misuse = ग़लत इस्तेमाल की वजह से किसी की इजाज़त वापस ले ली
audit-set-pin = पिन लगाया या बदला
audit-clear-pin = पिन हटाया
audit-wrong-pin = ग़लत पिन डाला गया
audit-set-reminder = रिमाइंडर लगाया या बदला
audit-set-reminder-settings = रिमाइंडर और सूचना की पसंद बदली
audit-set-fasting-days = व्रत/रोज़े के दिन लिखे
audit-assign = पाठ या आज़माने का खाना भेजा
audit-withdraw-assignment = भेजा हुआ पाठ या खाना वापस लिया
audit-set-progress = पाठ या खाने में प्रगति लिखी
audit-set-content-profile = खाने और पाठ की पसंद बदली
audit-view-lessons = पाठ और खाना देखा

## Dates: the code fills in the locale's own digits and month and weekday names.

date-long = { $day } { $month } { $year }
date-time = { $weekday } { $day } { $month } { $year }, { $time }

## Languages a person reads and hears

audit-set-languages = भाषाएँ बदलीं
field-languages = भाषाएँ
field-days = दिनों की संख्या
field-bp-check-days = ब्लड प्रेशर जाँच के दिनों की संख्या

## Assignments from a dietitian or clinician (saathi-content)

field-note = नोट
field-due-date = कब तक करना है
field-heard-percent = कितना सुना
field-content-item = पाठ या खाना
field-publisher-key = सामग्री भेजने वाले की कुंजी
field-pack-hash = डाउनलोड का जाँच नंबर
field-date = तारीख़
