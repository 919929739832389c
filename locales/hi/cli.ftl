# Saathi: the terminal shell's words in Hindi (hi), Devanagari script.
# Machine-assisted translation, not yet reviewed by a native-speaking clinician.
# Command-line syntax (saathi, --as NAME, --db, --pin, --now) stays as typed.

cli-default-person-name = मैं

## --speak: what would be heard

cli-speak-voice = डिवाइस की आवाज़
cli-speak-clip = रिकॉर्डिंग

## After logging

cli-logged = { $name } के लिए सेव हुआ: { $kind }, { $reading }। (रीडिंग { $record })
cli-logged-by = { $by } ने { $name } के लिए सेव किया: { $kind }, { $reading }। (रीडिंग { $record })
cli-corrected = { $name } के लिए ठीक किया गया: { $kind }, { $reading }। (रीडिंग { $record }, वर्ज़न { $version })
cli-corrected-by = { $by } ने { $name } के लिए ठीक किया: { $kind }, { $reading }। (रीडिंग { $record }, वर्ज़न { $version })
cli-deleted = { $kind } की रीडिंग { $record } मिटा दी गई। यह उसके इतिहास में बनी रहेगी।
cli-dealing-with = रीडिंग { $record } आप ख़ुद संभाल रहे हैं: आपके मददगारों को इसके बारे में नहीं बताया जाएगा।
cli-deleted-marker = (मिटाई गई)
cli-meaning = इसका मतलब: { $band }
cli-act-now = अभी यह कीजिए:
cli-record-version = { $record } (वर्ज़न { $version })
cli-no-readings = इस दौरान { $name } की कोई रीडिंग नहीं है।

## Column headings

cli-col-when = कब
cli-col-what = क्या
cli-col-reading = रीडिंग
cli-col-meaning = मतलब
cli-col-entered-by = किसने दर्ज किया
cli-col-number = नंबर
cli-col-version = वर्ज़न
cli-col-reason = क्यों
cli-col-name = नाम
cli-col-role = भूमिका
cli-col-conditions = बीमारियाँ
cli-col-who = कौन
cli-col-action = क्या किया
cli-col-medicine = दवा
cli-col-dose = ख़ुराक
cli-col-times = समय
cli-col-food = खाना

## Summary

cli-summary-title = { $days ->
    [one] { $name }: आज ({ $from })
   *[other] { $name }: पिछले { $days } दिन ({ $from } से { $to })
}
cli-summary-range-title = { $days ->
    [one] { $name }: { $from }
   *[other] { $name }: { $from } से { $to } ({ $days } दिन)
}
cli-summary-glucose = { $count ->
    [one] { $count } रीडिंग।
   *[other] { $count } रीडिंग।
} औसत { $mean }, सबसे कम { $min }, सबसे ज़्यादा { $max }।
cli-summary-time-in-range = { $in_range }% समय रेंज में, { $low }% कम, { $high }% ज़्यादा।
cli-summary-glucose-context = { $context }: { $count ->
    [one] { $count } रीडिंग
   *[other] { $count } रीडिंग
}, औसत { $mean }, { $in_range }% रेंज में।
cli-summary-bp = { $count ->
    [one] { $count } रीडिंग।
   *[other] { $count } रीडिंग।
} औसत { $systolic }/{ $diastolic } mmHg: { $band }।
cli-summary-weight = { $count ->
    [one] सबसे नया { $latest } ({ $count } बार तौला गया)।
   *[other] सबसे नया { $latest } ({ $count } बार तौला गया)।
}
cli-summary-hba1c = सबसे नया { $latest }, { $date } को।
cli-summary-activity = { $days } दिनों में { $minutes } मिनट; औसतन हर दिन { $steps } क़दम।
cli-summary-doses = { $taken } ली गईं, { $late } देर से, { $skipped } छूट गईं।
cli-medicines = दवाइयाँ
cli-in-words = शब्दों में:

## Targets

cli-targets-title = { $name } के टारगेट
cli-target-before-meal = खाने से पहले शुगर
cli-target-after-meal = खाने के 2 घंटे बाद शुगर
cli-target-other = बाक़ी समय शुगर
cli-target-bp-home = घर पर ब्लड प्रेशर
cli-target-glucose = { $low } से { $high } { $unit }
cli-target-bp = { $systolic }/{ $diastolic } mmHg तक
cli-target-hba1c = { $value } mmol/mol तक
cli-target-guideline = गाइडलाइन: { $source }
cli-target-set-by = { $name } ने { $date } को तय किया।
cli-target-set-by-because = { $name } ने { $date } को तय किया: { $reason }

## Home blood pressure check

cli-check-progress = { $logged ->
    [one] घर पर ब्लड प्रेशर की जाँच: { $days } में से दिन { $day }; अब तक { $logged } दिन की रीडिंग हुई हैं।
   *[other] घर पर ब्लड प्रेशर की जाँच: { $days } में से दिन { $day }; अब तक { $logged } दिनों की रीडिंग हुई हैं।
}

## People and medicines

cli-person-added = { $name } ({ $role }) को जोड़ा गया।
cli-medicine-added = { $name } जोड़ी गई। (दवा { $record })
cli-dose-recorded = { $name }: { $status }। (ख़ुराक { $record })
cli-medicine-changed = { $name } में बदलाव किया गया। पुरानी जानकारी उसके इतिहास में बनी रहेगी। (दवा { $record }, वर्ज़न { $version })
cli-medicine-stopped = { $name } बंद कर दी गई। इसके रिमाइंडर भी बंद हो गए हैं। पहले सेव की गई ख़ुराकें बनी रहेंगी।
cli-dose-corrected = ख़ुराक { $record } ठीक की गई: { $status }। पुरानी बात उसके इतिहास में बनी रहेगी। (वर्ज़न { $version })
cli-dose-deleted = ख़ुराक { $record } मिटा दी गई। यह उसके इतिहास में बनी रहेगी।
cli-imported = { $name } के लिए फ़ाइल से { $count } रीडिंग जोड़ी गईं।

## PINs on a shared phone

cli-pin-set = { $name } का पिन लग गया है। अब से इसे --pin (या SAATHI_PIN) के साथ दीजिए।
cli-pin-cleared = { $name } का पिन हटा दिया गया है।

## Helpers: sharing a record with family or a nurse

cli-invite-code = { $name } की मदद के लिए न्योते का कोड: { $code }
cli-invite-how = इसे पढ़कर सुनाइए या टेक्स्ट मैसेज से भेजिए। यह सिर्फ़ एक बार, { $expires } तक इस्तेमाल हो सकता है।
cli-invite-qr = QR कोड के लिए: { $payload }
cli-invite-allows = न्योता क़बूल होने पर वे ये कर सकेंगे: { $scopes }।
cli-invite-days = { $days ->
    [one] क़बूल होने के बाद { $days } दिन के लिए।
   *[other] क़बूल होने के बाद { $days } दिनों के लिए।
}
cli-accepted = अब आप { $name } की मदद कर सकते हैं।
cli-you-may = आप ये कर सकते हैं: { $scopes }।
cli-grant-until = { $date } तक।
cli-grant-open-ended = जब तक इसे रोका न जाए।
cli-grant-window = सिर्फ़ { $days } को, { $from } से { $to } तक।
cli-grant-window-every-day = सिर्फ़ { $from } से { $to } तक, हर दिन।
cli-grant-basis = किस हक़ से: { $basis }।
cli-grant-may = { $name } ये कर सकते हैं: { $scopes }।
cli-grant-ended = { $name } ये कर सकते थे: { $scopes }। { $date } को ख़त्म हुआ: { $reason }।
cli-sharing-title = आपका रिकॉर्ड कौन देख या बदल सकता है:
cli-sharing-none = आपके सिवा कोई और आपका रिकॉर्ड न देख सकता है, न बदल सकता है।
cli-helping-title = जिनकी आप मदद करते हैं:
cli-helping = { $name }: आप ये कर सकते हैं: { $scopes }।
cli-helping-none = अभी आप किसी की मदद नहीं कर रहे हैं।
cli-revoked = { $name } अब आपका रिकॉर्ड न देख सकते हैं, न बदल सकते हैं। वजह: { $reason }।
cli-day-mon = सोम
cli-day-tue = मंगल
cli-day-wed = बुध
cli-day-thu = गुरु
cli-day-fri = शुक्र
cli-day-sat = शनि
cli-day-sun = रवि

## The record of who did what

cli-audit-intact = { $entries ->
    [one] किसने क्या किया, इसका रिकॉर्ड सही-सलामत है ({ $entries } एंट्री)।
   *[other] किसने क्या किया, इसका रिकॉर्ड सही-सलामत है ({ $entries } एंट्री)।
}
cli-audit-altered = किसने क्या किया, इसके रिकॉर्ड में बदलाव हुआ है: एंट्री { $entry } वैसी नहीं है जैसी लिखी गई थी।
cli-audit-missing = किसने क्या किया, इसके रिकॉर्ड में बदलाव हुआ है: एंट्री { $entry } से ठीक पहले की एंट्रियाँ हटा दी गईं या इधर-उधर कर दी गईं।
cli-audit-truncated = किसने क्या किया, इसके रिकॉर्ड में बदलाव हुआ है: इसकी आख़िरी एंट्रियाँ हटा दी गईं। { $entries ->
    [one] { $expected } में से सिर्फ़ { $entries } बची है।
   *[other] { $expected } में से सिर्फ़ { $entries } बची हैं।
}

## Mistakes in what was typed

cli-error-bp-format = ब्लड प्रेशर को दो नंबरों में, बीच में स्लैश लगाकर लिखिए, जैसे 142/88।
cli-error-time-format = समय ऐसे लिखिए: 08:30, या 2026-11-21 08:30।
cli-error-now-format = --now को पूरी तारीख़ और समय के साथ, ऑफ़सेट समेत लिखिए, जैसे 2026-11-21T08:30:00+00:00।
cli-error-whole-number = { $field }: यह पूरा नंबर होना चाहिए (बिना पॉइंट के), जैसे 142। कुछ भी सेव नहीं हुआ।
cli-error-date-format = तारीख़ ऐसे लिखिए: 2026-11-01।
cli-error-empty-range = समय की रेंज में, ख़त्म होने का समय शुरू होने के समय के बाद होना चाहिए।
cli-error-unknown-unit = साथी ऐप "{ $unit }" नाम की कोई यूनिट नहीं जानता।
cli-error-unknown-language = साथी ऐप में अभी "{ $lang }" भाषा नहीं है।
cli-error-usage = यह आदेश समझ नहीं आया। saathi --help देखें।
cli-error-usage-arg = यहाँ { $arg } समझ नहीं आया। saathi --help देखें।
cli-error-usage-choices = { $arg } इनमें से एक होना चाहिए: { $choices }।
cli-error-choose-person = यहाँ साथी ऐप एक से ज़्यादा लोग इस्तेमाल करते हैं ({ $names })। --as NAME से बताइए कि आप कौन हैं।
cli-error-read-file = { $path } पढ़ा नहीं जा सका।
cli-error-window-format = दिन और घंटे ऐसे लिखिए: mon,tue,wed,thu,fri 09:00-17:00।
cli-error-nothing-to-stop = { $name } अभी आपका रिकॉर्ड न देख सकते हैं, न बदल सकते हैं, इसलिए रोकने के लिए कुछ नहीं है।
cli-error-demo-db-exists = { $path } पहले से मौजूद है। डेमो के लिए एक नई फ़ाइल चाहिए, ताकि आपका डेटा डेमो के डेटा में न मिल जाए।

## The demo

cli-demo-household = एक फ़ोन पर पूरा परिवार
cli-demo-rashid = { $name }, 70: टाइप 2 डायबिटीज़, हाई ब्लड प्रेशर और दिल की बीमारी। शुगर नापने वाला सेंसर लगाते हैं।
cli-demo-nasreen = { $name }, 65: हाई ब्लड प्रेशर। अपना वज़न स्टोन में सोचती हैं।
cli-demo-amina = { $name }: उनकी बेटी, जो फ़ोन चलाने में उनकी मदद करती है।
cli-demo-nurse = { $name }: उनकी GP प्रैक्टिस की नर्स।
cli-demo-history = उनकी रीडिंग का इतिहास
cli-demo-logged = { $seconds } सेकंड में { $days } दिनों का डेटा दर्ज हुआ: सेंसर से शुगर की { $glucose } रीडिंग, ब्लड प्रेशर की { $bp } रीडिंग, वज़न की { $weight } रीडिंग, HbA1c के { $hba1c } नतीजे, { $activity } बार सैर, और दवा की { $doses } ख़ुराकें।
cli-demo-database = डेमो का डेटा { $path } में है।
cli-demo-summary = समरी
cli-demo-bp-check = नसरीन की घर पर ब्लड प्रेशर की जाँच
cli-demo-danger = ख़तरनाक रीडिंग पर तुरंत सलाह मिलती है
cli-demo-slip = टाइप करने में हुई ग़लती मानी नहीं जाती, और कुछ भी सेव नहीं होता
cli-demo-slip-typed = रशीद 6.8 की जगह 68 टाइप करते हैं:
cli-demo-helper = परिवार के मददगार
cli-demo-helper-invite = { $patient } अपनी बेटी { $helper } को अपनी रीडिंग में मदद के लिए न्योता भेजते हैं:
cli-demo-helper-accept = { $helper } अपने फ़ोन में कोड टाइप करती हैं:
cli-demo-helper-log = { $helper }, { $patient } के लिए ब्लड शुगर की एक रीडिंग जोड़ती हैं:
cli-demo-helper-list = { $patient } देखते हैं कि उनका रिकॉर्ड कौन देख या बदल सकता है:
cli-demo-helper-revoke = { $patient }, { $helper } की इजाज़त वापस ले लेते हैं:
cli-demo-helper-refused = { $helper } एक और रीडिंग जोड़ने की कोशिश करती हैं, पर उन्हें मना कर दिया जाता है:
cli-demo-helper-again = बाद में { $patient } फिर से { $helper } को न्योता भेजते हैं, इस बार सिर्फ़ रीडिंग देखने और चेतावनी की ख़बर पाने के लिए:
cli-demo-alert-choices = { $patient } तय करते हैं कि { $helper } को कब बताया जाए: छूटी हुई दवा { $doses } मिनट बाद भी न ली हो, और ऐसी रीडिंग जिस पर तुरंत कुछ करना हो, { $readings } मिनट बाद, जब तक वे यह न बताएँ कि वे ख़ुद संभाल रहे हैं।
cli-demo-helper-audit = { $count ->
    [one] { $patient } के "किसने क्या किया" वाले रिकॉर्ड की आख़िरी एंट्री:
   *[other] { $patient } के "किसने क्या किया" वाले रिकॉर्ड की आख़िरी { $count } एंट्रियाँ:
}
cli-demo-next = ख़ुद आज़माकर देखिए
cli-demo-try = जैसे: saathi --db { $path } --as Rashid readings --limit 10

## person languages

cli-languages = { $name } पढ़ने की भाषाएँ: { $text }। सुनने की भाषाएँ: { $audio }।
cli-languages-none = { $name } ने अभी भाषाएँ नहीं चुनीं।

## reminders

cli-reminders-next = आने वाले रिमाइंडर:
cli-reminders-none = इस समय में कोई रिमाइंडर नहीं।
cli-reminders-due = अभी करने के या छूटे हुए काम:
