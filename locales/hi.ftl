## Holdspace, हिन्दी (Hindi). इंटरफ़ेस का हर शब्द यहाँ है।
## शब्दों के चुनाव के लिए locales/hi.glossary.md देखें।
## Keep the tone calm, plain and kind: people may be reading this at a low moment.

## Layout
skip-to-content = सीधे मुख्य हिस्से पर जाएँ
nav-label = मुख्य
nav-circles = सर्कल
nav-account = आपका अकाउंट
nav-admin = कोऑर्डिनेशन
nav-signin = साइन इन
nav-signup = जुड़ें
nav-signout = साइन आउट
footer-not-crisis = { $org } कोई क्राइसिस सेवा नहीं है। अगर आप या कोई और अभी ख़तरे में है, तो अपने इलाक़े का इमरजेंसी नंबर मिलाएँ।
signed-in-as = { $alias } के नाम से साइन इन है।
form-problems = कुछ चीज़ें एक बार फिर देख लें
pager-label = पन्ने
pager-previous = पिछला पन्ना
pager-next = अगला पन्ना

## Confirmations shown after an action
done-profile-saved = आपकी प्रोफ़ाइल सेव हो गई है।
done-password-changed = आपका नया पासवर्ड लग गया है। बाक़ी सभी डिवाइस से साइन आउट कर दिया गया है।
done-signed-out = आपने साइन आउट कर दिया है। अपना ख़याल रखिए।
done-session-revoked = उस डिवाइस से साइन आउट कर दिया गया है।
done-sessions-revoked = बाक़ी सभी डिवाइस से साइन आउट कर दिया गया है।
done-account-deleted = आपका अकाउंट और उसमें रखी हर चीज़ मिटा दी गई है। आप जब चाहें, आपका फिर से स्वागत है।
done-role-changed = रोल बदल दिया गया है और ऑडिट लॉग में दर्ज हो गया है।
done-settings-saved = संस्था की सेटिंग सेव हो गई हैं।

## Home
home-title = स्वागत है
home-heading = ऐसे लोगों का सर्कल, जो आपको समझते हैं
home-lead = एक जैसे अनुभव से गुज़रे लोगों के लिए साथियों के सपोर्ट सर्कल। ऑनलाइन या आमने-सामने मिलें, एक ऐसे फ़ैसिलिटेटर के साथ जो ख़ुद भी इससे गुज़रे हैं।
home-find-circle = सर्कल ढूँढें
home-join = निकनेम से जुड़ें
home-promises-heading = सर्कल कैसे चलते हैं
home-promise-equals = सब बराबर, कोई एक्सपर्ट नहीं
home-promise-equals-text = फ़ैसिलिटेटर सबके लिए जगह बनाते हैं; किसी को न रैंक किया जाता है, न नंबर दिए जाते हैं, न कोई डायग्नोसिस होता है।
home-promise-confidential = जो बात यहाँ हुई, यहीं रहेगी
home-promise-confidential-text = लाइव सर्कल में कही गई बातें न रिकॉर्ड होती हैं, न कहीं रखी जाती हैं; मीटिंग ख़त्म होते ही वे मिट जाती हैं।
home-promise-no-pressure = बोलने का कोई दबाव नहीं
home-promise-no-pressure-text = सुनना भी हिस्सा लेना है। आप चाहें तो अपनी बारी पास करें, बस सिर हिलाकर साथ दें, या थोड़ी देर के लिए हट जाएँ।
home-promise-alias = जैसे हैं, वैसे आइए
home-promise-alias-text = बस एक निकनेम काफ़ी है। न असली नाम, न फ़ोन नंबर, न कोई डायग्नोसिस।

## Circles
circles-title = सर्कल
circles-heading = सर्कल ढूँढें
circles-lead = हर सर्कल साथियों का एक छोटा ग्रुप है, जो एक फ़ैसिलिटेटर के साथ नियमित रूप से मिलता है।
circles-none = अभी तक कोई सर्कल लिस्ट नहीं हुआ है।
circle-back = सभी सर्कल
circle-about = इस सर्कल के बारे में
circle-who = यह किसके लिए है
circle-how = यह कैसे चलता है
circle-agreements = हमारी सहमतियाँ
circle-agreements-lead = सर्कल में जुड़ने से पहले हर कोई इन बातों पर सहमति देता है।
circle-facilitators = फ़ैसिलिटेटर
circle-join = कैसे जुड़ें
circle-join-drop-in = यह ड्रॉप-इन सर्कल है: जब हो सके, आ जाइए, कोई वादा नहीं चाहिए।
circle-join-signup = जुड़ने के लिए एक अकाउंट बनाइए। बस एक निकनेम काफ़ी है।
circle-join-signup-button = निकनेम से जुड़ें
circle-paused = यह सर्कल अभी कुछ समय के लिए रुका हुआ है।
circle-archived = यह सर्कल पूरा हो चुका है और अब नहीं मिलता।
circle-paused-tag = अभी रुका हुआ
circle-drop-in-tag = ड्रॉप-इन
fact-format = तरीक़ा
fact-languages = भाषा
fact-place = कहाँ
fact-for = किसके लिए
fact-ages = उम्र
fact-topics = विषय
fact-time-zone = टाइम ज़ोन
format-online = ऑनलाइन
format-in-person = आमने-सामने
format-hybrid = ऑनलाइन और आमने-सामने
ages-between = { $min } से { $max } साल
ages-from = { $min } साल और उससे ज़्यादा
ages-up-to = { $max } साल तक
audience-lgbtqia = LGBTQIA+ लोग
audience-trans-nonbinary = ट्रांस और नॉन-बाइनरी लोग
audience-women = महिलाएँ
audience-youth = युवा
audience-young-adults = नौजवान
audience-deaf = बधिर और कम सुनने वाले लोग
audience-parents = माता-पिता
audience-caregivers = देखभाल करने वाले
audience-professionals = मानसिक स्वास्थ्य के प्रोफ़ेशनल
audience-survivors = सर्वाइवर

## Sign up and sign in
signup-title = जुड़ें
signup-heading = निकनेम से जुड़ें
signup-lead = सर्कल में आपको किस नाम से बुलाया जाए, वह नाम चुनिए। इसका आपका असली नाम होना ज़रूरी नहीं।
signup-optional = और जानकारी (अपनी मर्ज़ी से)
signup-privacy = आप यहाँ जो देते हैं, हम बस वही रखते हैं। जब चाहें, अपने अकाउंट में जाकर वह सब देखें, डाउनलोड करें या मिटा दें।
signup-submit = मेरा अकाउंट बनाएँ
signup-have-account = पहले से अकाउंट है?
signin-title = साइन इन
signin-heading = साइन इन करें
signin-submit = साइन इन करें
signin-failed = यह निकनेम और पासवर्ड मेल नहीं खाते। दोनों एक बार देख लें और फिर कोशिश करें।
signin-trouble = साइन इन नहीं हो पा रहा?
signin-use-code = रिकवरी कोड इस्तेमाल करें
signin-use-email = ईमेल पर रीसेट लिंक मँगाएँ
signin-ask-coordinator = या अपनी संस्था के किसी कोऑर्डिनेटर से वन-टाइम पासवर्ड माँग लें।
signin-new = यहाँ पहली बार?

field-alias = निकनेम
hint-alias = 2 से 32 अक्षर या अंक; स्पेस, बिंदु, डैश और अपॉस्ट्रॉफ़ी चल जाएँगे।
field-password = पासवर्ड
field-new-password = नया पासवर्ड
field-current-password = अभी का पासवर्ड
field-confirm-password = पक्का करने के लिए अपना पासवर्ड
hint-new-password = कम से कम 10 कैरेक्टर। कुछ शब्दों को जोड़कर बनाया पासवर्ड अच्छा रहता है।
field-email = ईमेल
hint-email = सिर्फ़ तब काम आता है जब आप पासवर्ड भूल जाएँ और रीसेट लिंक भेजना हो। न देना चाहें तो ख़ाली छोड़ दें।
field-pronouns = प्रोनाउन
hint-pronouns = सर्कल में आपके निकनेम के साथ दिखते हैं, जैसे she/her, they/them।
field-language = भाषा
field-time-zone = टाइम ज़ोन
hint-time-zone = ताकि मीटिंग का समय आपके अपने समय में दिखे। अपने शहर या देश का नाम लिखना शुरू करें और लिस्ट से चुनें, जैसे Kolkata (India) या London (UK)।
hint-profile-country = अपनी मर्ज़ी से। नाम लिखना शुरू करें और लिस्ट से चुनें, ताकि आपको पहले आपके आस-पास की हेल्पलाइन दिखें।
field-lived-experience = फ़ैसिलिटेटर के रूप में आपके बारे में
hint-lived-experience = कुछ लाइनें, जो आपके चलाए सर्कल के पन्नों पर दिखेंगी: वह अनुभव जो आप ग्रुप के साथ साझा करते हैं।
field-recovery-code = रिकवरी कोड
hint-recovery-code = जुड़ते समय सेव किए गए कोड में से कोई एक, जैसे k7mq2-xw9ad।

## Recovery codes
codes-title = आपके रिकवरी कोड
codes-heading = अपने रिकवरी कोड सेव कर लें
codes-welcome = स्वागत है। आपका अकाउंट तैयार है।
codes-explain = अगर कभी पासवर्ड भूल जाएँ, तो इनमें से कोई भी एक कोड डालकर नया पासवर्ड चुना जा सकता है। हर कोड एक ही बार चलता है। इन्हें किसी सुरक्षित जगह रखें, जैसे ऐसा नोट जो सिर्फ़ आप देख सकें।
codes-list-label = रिकवरी कोड
codes-once = ये कोड हम दोबारा नहीं दिखाएँगे, पर आप कभी भी अपने अकाउंट से नए कोड बना सकते हैं।
codes-continue = मैंने सेव कर लिए, आगे बढ़ें

## Recovery and reset
recover-title = नया पासवर्ड रखें
recover-heading = रिकवरी कोड से नया पासवर्ड रखें
recover-lead = अपना निकनेम, अपना कोई एक रिकवरी कोड और अपनी पसंद का नया पासवर्ड डालें।
recover-submit = मेरा नया पासवर्ड रखें
recover-no-match = यह निकनेम और रिकवरी कोड मेल नहीं खाते। दोनों एक बार देख लें; हर कोड सिर्फ़ एक बार चलता है।
recover-other-ways = वापस आने के और तरीक़े
reset-title = अपना पासवर्ड रीसेट करें
reset-heading = ईमेल से पासवर्ड रीसेट करें
reset-lead = अगर आपने हमें ईमेल पता दिया था, तो हम नया पासवर्ड चुनने का लिंक भेज सकते हैं।
reset-submit = मुझे लिंक भेजें
reset-sent = अगर इस ईमेल पते से कोई अकाउंट है, तो लिंक भेज दिया गया है। यह एक घंटे तक चलेगा।
reset-unavailable = इस सर्वर पर ईमेल की सुविधा नहीं है। रिकवरी कोड इस्तेमाल करें, या किसी कोऑर्डिनेटर से वन-टाइम पासवर्ड माँग लें।
reset-choose-heading = नया पासवर्ड चुनें
reset-choose-lead = { $alias } के लिए नया पासवर्ड चुनें।
reset-choose-submit = मेरा नया पासवर्ड रखें
reset-email-subject = आपका पासवर्ड रीसेट लिंक
reset-email-body =
    नमस्ते { $alias },

    { $org } पर आपके अकाउंट का पासवर्ड रीसेट करने की रिक्वेस्ट आई है। अगर यह आपने किया है, तो नया पासवर्ड चुनने के लिए एक घंटे के अंदर यह लिंक खोलें:

    { $link }

    अगर यह आपने नहीं किया, तो इस ईमेल को अनदेखा कर दें; कुछ नहीं बदला है।

## Account
account-title = आपका अकाउंट
account-heading = आपका अकाउंट
account-lead = आप { $alias } के नाम से साइन इन हैं।
account-profile = प्रोफ़ाइल
account-save = प्रोफ़ाइल सेव करें
account-security = पासवर्ड और रिकवरी
account-change-password = अपना पासवर्ड बदलें
account-codes = रिकवरी कोड
account-codes-left = { $count ->
    [0] आपके पास कोई बिना इस्तेमाल किया रिकवरी कोड नहीं बचा है।
    [one] आपके पास एक रिकवरी कोड बचा है, जो अभी तक इस्तेमाल नहीं हुआ।
   *[other] आपके पास { $count } रिकवरी कोड बचे हैं, जो अभी तक इस्तेमाल नहीं हुए।
}
account-codes-new = नए रिकवरी कोड बनाएँ
account-sessions = आप कहाँ-कहाँ साइन इन हैं
account-sessions-lead = अगर कोई डिवाइस पहचान में न आए, तो उससे साइन आउट कर दें।
session-unknown-device = अनजान डिवाइस
session-this-device = यही डिवाइस
session-signed-in = साइन इन: { $when }
session-last-active = आख़िरी बार इस्तेमाल: { $when }
session-revoke = इस डिवाइस से साइन आउट करें
session-sign-out-here = यहाँ से साइन आउट करें
session-revoke-others = बाक़ी सभी डिवाइस से साइन आउट करें
account-data = आपका डेटा
account-data-lead = आपके बारे में हम जो भी रखते हैं, वह आपका है: उसे डाउनलोड करें, या अपना अकाउंट मिटा दें और वह सब उसी पल मिट जाएगा।
account-export = मेरा डेटा डाउनलोड करें (JSON)
account-delete = मेरा अकाउंट मिटाएँ
role-participant = सदस्य
role-facilitator = फ़ैसिलिटेटर
role-coordinator = कोऑर्डिनेटर

password-title = पासवर्ड बदलें
password-heading = अपना पासवर्ड बदलें
password-one-time = आपने वन-टाइम पासवर्ड से साइन इन किया है। कृपया अब अपना ख़ुद का पासवर्ड चुन लें।
password-submit = पासवर्ड बदलें
password-other-sessions = पासवर्ड बदलने से बाक़ी सभी डिवाइस से साइन आउट हो जाएगा।

delete-title = अपना अकाउंट मिटाएँ
delete-heading = अपना अकाउंट मिटाएँ
delete-lead = यह वापस नहीं हो सकता।
delete-goes = आपका निकनेम, पासवर्ड, ईमेल, प्रोफ़ाइल, सेशन और रिकवरी कोड उसी पल मिटा दिए जाएँगे।
delete-stays = ऐसी गिनतियाँ, जिनमें कभी आपका नाम नहीं था, जैसे किसी मीटिंग में कितने लोग आए, रखी रहेंगी।
delete-export-first = चाहें तो पहले अपना डेटा डाउनलोड कर लें:
delete-submit = मेरा अकाउंट मिटाएँ
delete-keep = मेरा अकाउंट रहने दें

## Coordinators
admin-title = कोऑर्डिनेशन
admin-heading = कोऑर्डिनेशन
admin-back = कोऑर्डिनेशन पर वापस
admin-members = सदस्य
admin-accounts-deleted = मिटाए गए अकाउंट
members-title = सदस्य और उनके रोल
members-search = निकनेम से ढूँढें
members-search-submit = ढूँढें
members-none = कोई सदस्य मेल नहीं खाता।
members-roles = रोल
members-joined = कब जुड़े
members-actions = क्या करें
members-grant-facilitator = { $alias } को फ़ैसिलिटेटर बनाएँ
members-revoke-facilitator = { $alias } से फ़ैसिलिटेटर का रोल हटाएँ
members-grant-coordinator = { $alias } को कोऑर्डिनेटर बनाएँ
members-revoke-coordinator = { $alias } से कोऑर्डिनेटर का रोल हटाएँ
members-reset-password = { $alias } के लिए वन-टाइम पासवर्ड
otp-title = वन-टाइम पासवर्ड
otp-heading = वन-टाइम पासवर्ड
otp-lead = { $alias } के लिए वन-टाइम पासवर्ड:
otp-explain = इसे अकेले में, निजी तौर पर पहुँचाएँ। साइन इन करते समय उनसे अपना पासवर्ड चुनने को कहा जाएगा; उनके सभी डिवाइस से साइन आउट कर दिया गया है। यह पासवर्ड दोबारा नहीं दिखेगा।
audit-title = ऑडिट लॉग
audit-lead = किसने कब रोल, पासवर्ड और सेटिंग बदलीं। इसमें कभी पासवर्ड या सर्कल में कही कोई बात नहीं रहती।
audit-none = अभी तक कुछ दर्ज नहीं हुआ है।
audit-when = कब
audit-who = किसने
audit-what = क्या
audit-whom = किसके बारे में
audit-console = सर्वर कंसोल
audit-deleted-member = एक मिटाया गया सदस्य
audit-role-granted-facilitator = फ़ैसिलिटेटर का रोल दिया
audit-role-granted-coordinator = कोऑर्डिनेटर का रोल दिया
audit-role-revoked-facilitator = फ़ैसिलिटेटर का रोल हटाया
audit-role-revoked-coordinator = कोऑर्डिनेटर का रोल हटाया
audit-password-reset = नया पासवर्ड जारी किया
audit-account-deleted = अपना अकाउंट मिटाया
audit-settings-changed = संस्था की सेटिंग बदलीं
settings-title = संस्था की सेटिंग
settings-save = सेटिंग सेव करें
field-org-name = संस्था का नाम
field-country = देश
hint-country = नाम लिखना शुरू करें और लिस्ट से चुनें; इससे आस-पास की हेल्पलाइन सुझाई जाती हैं।
field-agreements = वे सहमतियाँ जो हर सर्कल में एक-सी हैं
hint-agreements = हर लाइन पर एक सहमति। इन्हें बदलने पर सबसे इन्हें दोबारा मानने को कहा जाएगा (अब वर्ज़न { $version })।

## Problems with what was typed
alias-too-short = निकनेम में कम से कम 2 कैरेक्टर चाहिए।
alias-too-long = निकनेम ज़्यादा से ज़्यादा 32 कैरेक्टर का हो सकता है।
alias-characters = निकनेम में अक्षर, अंक, स्पेस, बिंदु, डैश और अपॉस्ट्रॉफ़ी चल सकते हैं, और कम से कम एक अक्षर या अंक होना चाहिए।
alias-reserved = यह निकनेम संस्था के लिए रखा गया है। कृपया कोई और चुनें।
alias-taken = यह निकनेम पहले से किसी के पास है। कृपया कोई और चुनें; साथ में एक शब्द या अंक जोड़ देना अच्छा रहता है।
password-too-short = पासवर्ड में कम से कम 10 कैरेक्टर चाहिए।
password-too-long = यह पासवर्ड बहुत लंबा है। कृपया 1,000 से कम कैरेक्टर रखें।
password-is-alias = पासवर्ड और निकनेम एक जैसे नहीं हो सकते।
password-wrong = यह पासवर्ड सही नहीं है।
email-invalid = यह ईमेल पता नहीं लगता। एक बार देख लें, या ख़ाली छोड़ दें।
pronouns-too-long = प्रोनाउन ज़्यादा से ज़्यादा 40 कैरेक्टर के हो सकते हैं।
lived-experience-too-long = कृपया इसे 600 कैरेक्टर के अंदर रखें।
language-unknown = कृपया लिस्ट से कोई भाषा चुनें।
time-zone-unknown = यह टाइम ज़ोन हमें नहीं मिला। अपने शहर या देश का नाम लिखना शुरू करें और लिस्ट से चुनें, जैसे Kolkata (India)।
invalid-characters = इसमें कुछ ऐसे कैरेक्टर हैं जो हम नहीं ले सकते।
role-unknown = ऐसा कोई रोल नहीं है।
role-cannot-revoke-self = अपना ख़ुद का कोऑर्डिनेटर रोल आप नहीं हटा सकते। किसी दूसरे कोऑर्डिनेटर से कहें।
org-name-invalid = संस्था का नाम होना चाहिए, ज़्यादा से ज़्यादा 80 कैरेक्टर का।
country-invalid = यह देश हमें नहीं मिला। नाम लिखना शुरू करें और लिस्ट से चुनें, या ख़ाली छोड़ दें।
agreements-too-long = कृपया ज़्यादा से ज़्यादा 20 सहमतियाँ रखें, हर एक 300 कैरेक्टर तक।
slug-invalid = 3 से 60 छोटे अंग्रेज़ी अक्षर, अंक और एक-एक डैश इस्तेमाल करें।
format-unknown = कृपया ऑनलाइन, आमने-सामने या दोनों में से चुनें।
status-unknown = कृपया चालू, रुका हुआ या पूरा हुआ में से चुनें।
audit-unknown = अनजान काम।

## Error pages
error-title = माफ़ कीजिए, यह नहीं हो पाया
error-title-ours = हमारी तरफ़ से कुछ गड़बड़ हो गई
error-not-found = यह पन्ना हमें नहीं मिला। हो सकता है यह कहीं और चला गया हो, या लिंक अधूरा हो।
error-forbidden = यह पन्ना आपके अकाउंट के लिए खुला नहीं है।
error-csrf = इस फ़ॉर्म का समय निकल गया है, या यह इस साइट से नहीं आया। कृपया पीछे जाएँ, पन्ना रीलोड करें और फिर कोशिश करें।
error-bad-request = यह रिक्वेस्ट हमें समझ नहीं आई।
error-form-malformed = यह फ़ॉर्म हम पढ़ नहीं पाए। कृपया पीछे जाएँ, पन्ना रीलोड करें और फिर कोशिश करें।
error-method = यह काम यहाँ नहीं हो सकता।
error-too-large = यह एक बार में हमारे लेने से ज़्यादा था।
error-too-many = चलिए, एक पल रुकते हैं: बहुत बार कोशिश हो चुकी है। कृपया थोड़ी देर बाद फिर कोशिश करें।
error-gone = इस लिंक का समय निकल गया है या यह पहले ही इस्तेमाल हो चुका है। आप नया लिंक माँग सकते हैं।
error-timeout = इसमें बहुत देर लग गई। कृपया फिर कोशिश करें।
error-unavailable = अभी हम अपने डेटाबेस तक नहीं पहुँच पा रहे। कृपया कुछ मिनट बाद फिर कोशिश करें।
error-internal = कृपया थोड़ी देर में फिर कोशिश करें। अगर ऐसा बार-बार हो, तो किसी कोऑर्डिनेटर को बताएँ।
error-home-link = होम पेज पर जाएँ
error-circles-link = सर्कल ढूँढें

## Circles and meets
nav-my-meets = मेरी मीटिंग
nav-facilitate = फ़ैसिलिटेट करें
circles-search-label = सर्कल ढूँढें
circles-q = आपके मन में क्या चल रहा है?
circles-q-hint = अपने शब्दों में लिखें, जैसे "मेरी माँ को डिमेंशिया है और मेरी हिम्मत जवाब दे रही है"। आप जो लिखते हैं, वह कहीं रखा नहीं जाता।
circles-filters = और छाँटने के तरीक़े
circles-find = सर्कल दिखाएँ
circles-clear = सब हटाएँ
circles-count = { $count ->
    [0] कोई सर्कल नहीं।
    [one] एक सर्कल।
   *[other] { $count } सर्कल।
}
circles-no-match = इन शब्दों से मेल खाता सर्कल अभी नहीं मिला; यहाँ वे सभी सर्कल हैं जो आपकी बाक़ी पसंद से मेल खाते हैं।
circles-matches = किससे मेल खाया: { $reasons }
filter-any = कोई भी
filter-anyone = कोई भी
filter-day = दिन
filter-time = दिन का समय
filter-city = शहर
filter-zone-hint = जब तक हमें आपका टाइम ज़ोन पता नहीं, दिन और समय हर सर्कल के अपने टाइम ज़ोन में दिखते हैं।
fact-next = अगली मीटिंग
fact-address = पता
day-monday = सोमवार
day-tuesday = मंगलवार
day-wednesday = बुधवार
day-thursday = गुरुवार
day-friday = शुक्रवार
day-saturday = शनिवार
day-sunday = रविवार
time-morning = सुबह
time-afternoon = दोपहर
time-evening = शाम
time-night = रात
time-in-circle-zone = सर्कल के टाइम ज़ोन ({ $zone }) में { $time }
zone-show-in = समय इस टाइम ज़ोन में दिखाएँ
zone-show = दिखाएँ
circle-meets = आने वाली मीटिंग
circle-no-meets = अभी कोई मीटिंग तय नहीं हुई है।
circle-join-once = एक बार जुड़ें, और हर मीटिंग में आपके लिए एक सीट रखी रहेगी। किसी भी मीटिंग के लिए "इस बार नहीं" कहने का विकल्प रहेगा।
circle-join-button = इस सर्कल से जुड़ें
circle-you-joined = आप इस सर्कल के सदस्य हैं: हर मीटिंग में आपके लिए एक सीट रखी जाती है।
circle-leave = यह सर्कल छोड़ें
circle-agreements-first = पहले आपसे सहमतियाँ पढ़ने और मानने को कहा जाएगा।
circle-you-facilitate = यह सर्कल चलाने में आपका हाथ है: इसे अपने फ़ैसिलिटेटर पेज पर देखें।
circle-signin-to-rsvp = सीट पक्की करने के लिए साइन इन करें
circle-calendar = हर मीटिंग अपने कैलेंडर में जोड़ें
circle-address-after-rsvp = सीट पक्की करने के बाद दिखेगा।
circle-join-how = ऊपर किसी मीटिंग के लिए अपनी सीट पक्की करें, या सर्कल से जुड़ें ताकि हर बार आपकी सीट रखी रहे।
meet-title = मीटिंग
meet-live = अभी चल रही है
meet-moved = नया समय
meet-cancelled = रद्द हो गई।
meet-closed = इस मीटिंग के लिए अब सीटें पक्की नहीं हो रहीं।
meet-you-have-a-seat = आपकी सीट पक्की है
meet-you-are-waiting = आप वेटिंग लिस्ट में हैं
meet-not-this-time = इस बार नहीं
meet-cancel-place = मेरी सीट रद्द करें
meet-leave-waitlist = वेटिंग लिस्ट से हटें
meet-rsvp = मेरी सीट पक्की करें
meet-join-waitlist = वेटिंग लिस्ट में नाम लिखें
meet-seats-left = { $count ->
    [0] कोई सीट नहीं बची
    [one] एक सीट बची है
   *[other] { $count } सीटें बची हैं
}
meet-full = भर गई
meet-waiting = { $count ->
    [0] कोई इंतज़ार में नहीं
    [one] एक व्यक्ति इंतज़ार में
   *[other] { $count } लोग इंतज़ार में
}
meet-minutes = { $count } मिनट
meet-drop-in = मेहमान बनकर आएँ
meet-guest = आप { $alias } नाम से मेहमान हैं। आपके बारे में कुछ भी रखा नहीं जाता।
meet-calendar = मेरे कैलेंडर में जोड़ें
meet-about-circle = इस सर्कल के बारे में
meet-run-heading = यह मीटिंग रद्द करें
meet-cancel-note = जिन्होंने आने के लिए हाँ कहा था, उन सबके लिए एक मैसेज
meet-cancel-note-hint = जैसे: "इस हफ़्ते मेरी तबीयत ठीक नहीं है; अगले मंगलवार मिलते हैं।"
meet-cancel-meet = यह मीटिंग रद्द करें
meet-move = इस मीटिंग का समय बदलें
meet-move-submit = समय बदलें
agreements-title = हमारी सहमतियाँ
agreements-heading = जुड़ने से पहले: हमारी सहमतियाँ
agreements-lead = सर्कल में हर कोई इन पर सहमत होता है। इन्हीं से सर्कल हम सबके लिए सुरक्षित रहता है।
agreements-changed = पिछली बार आपके मानने के बाद सहमतियाँ बदल गई हैं। कृपया इन्हें फिर से पढ़ लें।
agreements-accept = मैं सहमत हूँ
agreements-not-now = अभी नहीं
agreements-required = सर्कल की सहमतियाँ मानने के लिए कृपया बॉक्स पर टिक करें।
drop-in-title = ड्रॉप-इन
drop-in-heading = मेहमान बनकर आएँ
drop-in-lead = अकाउंट की ज़रूरत नहीं: बस इस मीटिंग के लिए एक नाम चुन लें। आपके बारे में कुछ भी रखा नहीं जाता, और मीटिंग ख़त्म होते ही यह मेहमान पास भी ख़त्म हो जाता है।
drop-in-alias-hint = कोई भी नाम जो आपको पसंद हो, सिर्फ़ इस मीटिंग के लिए।
drop-in-agree = मैं इन सहमतियों से सहमत हूँ
drop-in-submit = अंदर आएँ
my-meets-title = मेरी मीटिंग
my-meets-heading = मेरी मीटिंग
my-meets-none = अभी तक आपने किसी मीटिंग के लिए सीट पक्की नहीं की है।
my-meets-standing = (आप इस सर्कल के सदस्य हैं)
my-meets-circles = जिन सर्कल के आप सदस्य हैं
my-meets-no-circles = अभी आप किसी सर्कल के सदस्य नहीं हैं।
facilitate-title = फ़ैसिलिटेट करें
facilitate-heading = आपके सर्कल
facilitate-none = अभी आपके ज़िम्मे कोई सर्कल नहीं है। कोई कोऑर्डिनेटर आपको किसी सर्कल में जोड़ सकते हैं।
facilitate-going = { $count } आ रहे हैं

done-rsvp-going = आपकी सीट पक्की है। वहीं मिलते हैं।
done-rsvp-waitlisted = मीटिंग भर गई है, इसलिए आप वेटिंग लिस्ट में हैं। कोई सीट ख़ाली होते ही वह आपकी होगी।
done-rsvp-closed = उस मीटिंग के लिए अब सीटें पक्की नहीं हो रहीं।
done-rsvp-cancelled = हो गया। आपकी सीट छोड़ दी गई है।
done-rsvp-nothing = रद्द करने के लिए कुछ नहीं था।
done-joined = आप अब इस सर्कल के सदस्य हैं। हर मीटिंग में आपके लिए एक सीट रखी रहेगी।
done-already-joined = आप पहले से इस सर्कल के सदस्य हैं।
done-closed = यह सर्कल अभी नए सदस्य नहीं ले रहा।
done-left = आपने यह सर्कल छोड़ दिया है। जब चाहें, लौट आइए; आपका स्वागत है।
done-agreements-accepted = सहमतियाँ मानने के लिए शुक्रिया।
done-dropped-in = इस मीटिंग की लिस्ट में आपका नाम मेहमान के तौर पर है।
done-meet-cancelled = मीटिंग रद्द कर दी गई है; जिन्होंने आने के लिए हाँ कहा था, वे सब आपका मैसेज देखेंगे।
done-meet-moved = मीटिंग का समय बदल गया है।
done-circle-saved = सर्कल सेव हो गया है।
done-facilitators-saved = फ़ैसिलिटेटर सेव हो गए हैं।
done-meets-scheduled = मीटिंग तय हो गई हैं।

## Coordinators: circles and schedules
admin-circles-title = सर्कल
circle-new-title = नया सर्कल
circle-edit-title = सर्कल बदलें
circle-create = सर्कल बनाएँ
circle-save = सर्कल सेव करें
circle-view-page = इसका पेज देखें
circle-details = जानकारी
field-circle-name = सर्कल का नाम
field-slug = वेब पता
hint-slug = छोटे अंग्रेज़ी अक्षर, अंक और डैश, जैसे /circles/after-a-loss में।
field-summary = एक लाइन में परिचय
hint-summary = डायरेक्टरी में दिखता है।
field-description = इस सर्कल के बारे में
field-how-it-works = यह कैसे चलता है
hint-topics = कॉमा लगाकर अलग करें, जैसे: दुख, शोक, किसी अपने को खोना।
field-audience = सिर्फ़ इनके लिए
field-eligibility = यह किसके लिए है, शब्दों में
hint-eligibility = जैसे: "ऐसे वयस्क जो किसी क़रीबी की मौत का दुख झेल रहे हैं।"
field-age-min = सबसे कम उम्र
field-age-max = सबसे ज़्यादा उम्र
hint-city = आमने-सामने और दोनों तरह से मिलने वाले सर्कल के लिए ज़रूरी।
field-area = इलाक़ा या मोहल्ला
hint-area = यह सबको दिखता है; गली-मकान का पूरा पता सिर्फ़ उनके लिए रखा जा सकता है जिन्होंने आने के लिए हाँ कहा है।
field-address-after-rsvp = पूरा पता सिर्फ़ उन्हें दिखाएँ जिन्होंने आने के लिए हाँ कहा है
field-capacity = सीटें
hint-capacity = एक मीटिंग में कितने लोग आ सकते हैं, 2 से 500 तक।
field-status = स्थिति
field-listed = लिस्टेड
field-listed-long = डायरेक्टरी में लिस्टेड (वरना सिर्फ़ लिंक से खुलेगा)
field-drop-in = ड्रॉप-इन: मेहमान बस एक निकनेम से आ सकते हैं
field-circle-agreements = इस सर्कल की अपनी सहमतियाँ
hint-circle-agreements = हर लाइन पर एक, संस्था की सहमतियों के अलावा। इन्हें बदलने पर सदस्यों से इन्हें दोबारा मानने को कहा जाएगा।
status-active = चालू
status-paused = अभी रुका हुआ
status-archived = पूरा हुआ
yes = हाँ
no = नहीं
schedule-heading = कार्यक्रम
schedule-none = अभी कोई मीटिंग तय नहीं हुई है।
schedule-add = मीटिंग तय करें
schedule-zone = तारीख़ और समय सर्कल के टाइम ज़ोन, { $zone }, में हैं।
schedule-submit = तय करें
schedule-coming = आने वाली मीटिंग
field-first-date = पहली मीटिंग की तारीख़
hint-date = जैसे 2027-01-05।
field-time = समय
hint-time = 24 घंटे की घड़ी, जैसे 19:00।
field-new-date = नई तारीख़
field-duration = कितने मिनट की
field-repeat = कितनी बार
repeat-once = एक बार
repeat-weekly = हर हफ़्ते
repeat-fortnightly = हर दूसरे हफ़्ते
repeat-monthly = महीने में एक बार, हफ़्ते के उसी दिन
field-month-week = महीने में कौन-सा (महीने वाली मीटिंग के लिए)
week-first = पहला
week-second = दूसरा
week-third = तीसरा
week-fourth = चौथा
week-last = आख़िरी
field-end = कब तक
end-never = कभी ख़त्म नहीं
end-date = किसी तारीख़ तक
end-count = कुछ मीटिंगों के बाद
field-until = आख़िरी तारीख़
field-count = कितनी मीटिंग
series-once = एक बार, { $date } को { $time } पर
series-weekly = हर { $day } { $time } पर, { $date } से
series-fortnightly = हर दूसरे { $day } { $time } पर, { $date } से
series-monthly = हर महीने के { $week ->
    [1] पहले
    [2] दूसरे
    [3] तीसरे
    [4] चौथे
   *[other] आख़िरी
} { $day } को { $time } पर, { $date } से
series-until = { $date } तक
series-count = { $count ->
    [one] ({ $count } मीटिंग)
   *[other] ({ $count } मीटिंगें)
}
facilitators-none = अभी किसी के पास फ़ैसिलिटेटर का रोल नहीं है। यह रोल किसी को यहाँ से दें:
facilitators-choose = यह सर्कल कौन फ़ैसिलिटेट करेगा
facilitators-save = फ़ैसिलिटेटर सेव करें
audit-circle-created = एक सर्कल बनाया
audit-circle-updated = एक सर्कल बदला
audit-facilitators-changed = एक सर्कल के फ़ैसिलिटेटर बदले
audit-meets-scheduled = मीटिंग तय कीं
audit-meet-cancelled = एक मीटिंग रद्द की
audit-meet-moved = एक मीटिंग का समय बदला

required = कृपया इसे भरें।
text-too-long = यह यहाँ रखे जा सकने से लंबा है।
topics-invalid = कृपया ज़्यादा से ज़्यादा 20 विषय रखें, हर एक 40 कैरेक्टर तक।
age-invalid = कृपया 1 से 120 तक की उम्र डालें, और सबसे कम उम्र सबसे ज़्यादा उम्र से बड़ी न हो।
languages-required = कृपया कम से कम एक भाषा चुनें।
city-required = आमने-सामने और दोनों तरह से मिलने वाले सर्कल के लिए शहर चाहिए।
capacity-invalid = कृपया 2 से 500 तक सीटें रखें।
slug-taken = यह वेब पता किसी और सर्कल का है।
repeat-unknown = कृपया चुनें कि मीटिंग कितनी बार होंगी।
duration-invalid = कृपया 15 मिनट से 8 घंटे के बीच का समय रखें।
monthly-week-mismatch = पहली तारीख़ महीने के उसी हफ़्ते में पड़नी चाहिए, जैसे दूसरा मंगलवार।
end-before-start = आख़िरी तारीख़ पहली मीटिंग से पहले नहीं हो सकती।
count-invalid = कृपया 1 से 520 तक मीटिंग रखें।
date-invalid = कृपया 2027-01-05 जैसी तारीख़ डालें।
time-invalid = कृपया 19:00 जैसा समय डालें।
date-in-past = यह समय निकल चुका है।
date-time-invalid = कृपया तारीख़ और समय दोनों डालें, जैसे 2027-01-05 और 19:00।
your-time = आपका समय

