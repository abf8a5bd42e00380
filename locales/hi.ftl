## Holdspace, हिन्दी (Hindi). इंटरफ़ेस का हर शब्द यहाँ है।
## शब्दों के चुनाव के लिए locales/hi.glossary.md देखें।
## Keep the tone calm, plain and kind: people may be reading this at a low moment.
### Status: complete

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
signed-in-as = आप { $alias } के नाम से साइन इन हैं।
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
home-promise-equals-text = फ़ैसिलिटेटर सबके लिए जगह बनाते हैं; यहाँ किसी को ऊँचा-नीचा नहीं आँका जाता, न नंबर दिए जाते हैं, न कोई डायग्नोसिस होता है।
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
circle-agreements-lead = सर्कल से जुड़ने से पहले हर कोई इन बातों पर सहमति देता है।
circle-facilitators = फ़ैसिलिटेटर
circle-join = कैसे जुड़ें
circle-join-drop-in = यह ड्रॉप-इन सर्कल है: जब हो सके, आ जाइए, हर बार आने का कोई वादा नहीं।
circle-join-signup = जुड़ने के लिए एक अकाउंट बनाइए। बस एक निकनेम काफ़ी है।
circle-join-signup-button = निकनेम से जुड़ें
circle-paused = यह सर्कल अभी कुछ समय के लिए रुका हुआ है।
circle-archived = यह सर्कल पूरा हो चुका है और अब इसकी मीटिंग नहीं होतीं।
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
hint-alias = 2 से 32 अक्षर या अंक; स्पेस, बिंदु, डैश और अपॉस्ट्रॉफ़ी भी चलेंगे।
field-password = पासवर्ड
field-new-password = नया पासवर्ड
field-current-password = अभी का पासवर्ड
field-confirm-password = पक्का करने के लिए अपना पासवर्ड
hint-new-password = कम से कम 10 कैरेक्टर। कुछ शब्दों को जोड़कर बनाया पासवर्ड अच्छा रहता है।
field-email = ईमेल
hint-email = इसका इस्तेमाल सिर्फ़ तब होता है जब आप पासवर्ड भूल जाएँ और आपको रीसेट लिंक भेजना हो। न देना चाहें तो ख़ाली छोड़ दें।
field-pronouns = प्रोनाउन
hint-pronouns = सर्कल में आपके निकनेम के साथ दिखते हैं, जैसे she/her, they/them।
field-language = भाषा
field-time-zone = टाइम ज़ोन
hint-time-zone = ताकि मीटिंग का समय आपके अपने समय में दिखे। अपने शहर या देश का नाम लिखना शुरू करें और लिस्ट से चुनें, जैसे कोलकाता (भारत) या लंदन (यूनाइटेड किंगडम)।
hint-profile-country = अपनी मर्ज़ी से। नाम लिखना शुरू करें और लिस्ट से चुनें, ताकि आपको पहले आपके आस-पास की हेल्पलाइन दिखें।
field-lived-experience = फ़ैसिलिटेटर के रूप में आपके बारे में
hint-lived-experience = कुछ लाइनें, जो आपके चलाए सर्कल के पन्नों पर दिखेंगी: वह अनुभव, जो आपका और ग्रुप का साझा है।
field-recovery-code = रिकवरी कोड
hint-recovery-code = जुड़ते समय सेव किए गए कोड में से कोई एक, जैसे k7mq2-xw9ad।

## Recovery codes
codes-title = आपके रिकवरी कोड
codes-heading = अपने रिकवरी कोड सेव कर लें
codes-welcome = स्वागत है। आपका अकाउंट तैयार है।
codes-explain = अगर कभी पासवर्ड भूल जाएँ, तो इनमें से कोई भी एक कोड डालकर नया पासवर्ड चुना जा सकता है। हर कोड एक ही बार चलता है। इन्हें किसी सुरक्षित जगह रखें, जैसे ऐसा नोट जो सिर्फ़ आप देख सकें।
codes-list-label = रिकवरी कोड
codes-once = ये कोड हम दोबारा नहीं दिखाएँगे, पर अपने अकाउंट से कभी भी नए कोड बनाए जा सकते हैं।
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
    [0] आपके पास अब कोई रिकवरी कोड नहीं बचा है।
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
delete-stays = जिन गिनतियों में आपका नाम कभी था ही नहीं, जैसे किसी मीटिंग में कितने लोग आए, वे रखी रहेंगी।
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
members-joined = जुड़ने की तारीख़
members-actions = क्या करें
members-grant-facilitator = { $alias } को फ़ैसिलिटेटर बनाएँ
members-revoke-facilitator = { $alias } से फ़ैसिलिटेटर का रोल हटाएँ
members-grant-coordinator = { $alias } को कोऑर्डिनेटर बनाएँ
members-revoke-coordinator = { $alias } से कोऑर्डिनेटर का रोल हटाएँ
members-reset-password = { $alias } के लिए वन-टाइम पासवर्ड
otp-title = वन-टाइम पासवर्ड
otp-heading = वन-टाइम पासवर्ड
otp-lead = { $alias } के लिए वन-टाइम पासवर्ड:
otp-explain = इसे निजी तौर पर उन तक पहुँचाएँ। साइन इन करते समय उनसे अपना पासवर्ड चुनने को कहा जाएगा; उनके सभी डिवाइस से साइन आउट कर दिया गया है। यह पासवर्ड दोबारा नहीं दिखेगा।
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
time-zone-unknown = यह टाइम ज़ोन हमें नहीं मिला। अपने शहर या देश का नाम लिखना शुरू करें और लिस्ट से चुनें, जैसे कोलकाता (भारत)।
invalid-characters = इसमें कुछ ऐसे कैरेक्टर हैं जो हम नहीं ले सकते।
role-unknown = ऐसा कोई रोल नहीं है।
role-cannot-revoke-self = अपना ही कोऑर्डिनेटर रोल ख़ुद नहीं हटाया जा सकता। किसी दूसरे कोऑर्डिनेटर से कहें।
org-name-invalid = संस्था का एक नाम चाहिए, जो 80 कैरेक्टर से लंबा न हो।
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
error-too-large = यह एक बार में लेने के लिए बहुत ज़्यादा था।
error-too-many = चलिए, एक पल रुकते हैं: बहुत बार कोशिश हो चुकी है। कृपया थोड़ी देर बाद फिर कोशिश करें।
error-gone = इस लिंक का समय निकल गया है या यह पहले ही इस्तेमाल हो चुका है। नया लिंक माँग लीजिए।
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
circles-q-hint = अपने शब्दों में लिखें, जैसे "मेरी माँ को डिमेंशिया है और मेरी हिम्मत जवाब दे रही है"। यहाँ लिखी बात कहीं रखी नहीं जाती।
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
circle-you-facilitate = आप इस सर्कल के फ़ैसिलिटेटर हैं: इसे अपने फ़ैसिलिटेटर पेज पर देखें।
circle-signin-to-rsvp = सीट पक्की करने के लिए साइन इन करें
circle-calendar = हर मीटिंग अपने कैलेंडर में जोड़ें
circle-address-after-rsvp = सीट पक्की करने के बाद दिखेगा।
circle-join-how = ऊपर किसी मीटिंग के लिए अपनी सीट पक्की करें, या सर्कल से जुड़ें ताकि हर बार आपकी सीट रखी रहे।
meet-title = मीटिंग
meet-live = अभी चल रही है
meet-moved = नया समय
meet-cancelled = रद्द।
meet-closed = इस मीटिंग के लिए अब सीटें पक्की नहीं हो रहीं।
meet-you-have-a-seat = आपकी सीट पक्की है
meet-you-are-waiting = आप वेटिंग लिस्ट में हैं
meet-not-this-time = इस बार नहीं
meet-cancel-place = मेरी सीट रद्द करें
meet-leave-waitlist = वेटिंग लिस्ट से हटें
meet-rsvp = मेरी सीट पक्की करें
meet-join-waitlist = वेटिंग लिस्ट में नाम लिखवाएँ
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
schedule-heading = शेड्यूल
schedule-none = अभी कोई मीटिंग तय नहीं हुई है।
schedule-add = मीटिंग तय करें
schedule-zone = तारीख़ और समय सर्कल के टाइम ज़ोन में हैं: { $zone }।
schedule-submit = तय करें
schedule-coming = आने वाली मीटिंग
field-first-date = पहली मीटिंग की तारीख़
hint-date = जैसे 2027-01-05।
field-time = समय
hint-time = 24 घंटे की घड़ी, जैसे 19:00।
field-new-date = नई तारीख़
field-duration = कितनी देर (मिनट में)
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
text-too-long = यह यहाँ के लिए बहुत लंबा है।
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

## The live room
room-title = लाइव रूम
room-open = रूम खोलें
room-end = सबके लिए मीटिंग ख़त्म करें
room-back-to-meet = मीटिंग पर वापस
room-not-allowed = यह रूम सर्कल के फ़ैसिलिटेटर और इस मीटिंग में सीट वाले लोगों के लिए खुला है (और ड्रॉप-इन सर्कल में, जो भी आ जाए)। अगर आपकी सीट है, तो पहले साइन इन करें।
room-not-open = रूम अभी खुला नहीं है। जब फ़ैसिलिटेटर इसे खोलेंगे, यह पन्ना अपने-आप बदल जाएगा।
room-not-open-facilitator = रूम अभी खुला नहीं है। जब आप लोगों का स्वागत करने को तैयार हों, तब इसे खोलें।
room-waiting-hint = आपको कुछ करने की ज़रूरत नहीं; आराम से बैठिए।
room-meet-cancelled = यह मीटिंग रद्द हो गई है।
room-meet-ended = यह मीटिंग ख़त्म हो गई है। इसका हिस्सा बनने के लिए शुक्रिया।
room-meet-over = यह मीटिंग ख़त्म हो गई है या रद्द हो गई है।
room-needs-script = लाइव रूम में मैसेज भेजने और पाने के लिए JavaScript चाहिए। साइट का बाक़ी सब कुछ इसके बिना भी चलता है।
room-connecting = रूम से जुड़ रहे हैं…
room-connected = आप रूम में हैं।
room-reconnecting = कनेक्शन टूट गया; फिर से जोड़ रहे हैं। आपकी जगह बनी रहेगी।
room-paused-banner = फ़ैसिलिटेटर ने रूम को थोड़ी देर के लिए रोका है। एक गहरी साँस लीजिए; हम जल्द ही फिर शुरू करेंगे।
room-ended = मीटिंग ख़त्म हो गई है। यहाँ जो कहा गया, वह रखा नहीं जाता। अपना ख़याल रखिए।
room-removed = एक फ़ैसिलिटेटर ने आपसे यह मीटिंग छोड़ने को कहा है। आगे की मीटिंग में आपका स्वागत है, या चाहें तो किसी कोऑर्डिनेटर से बात करें।
room-pinned = फ़ैसिलिटेटर ने पिन किया
room-messages = बातचीत
room-message-label = आपका मैसेज
room-message-hint = अपने अनुभव से बोलें। यहाँ कही कोई भी बात रखी नहीं जाती।
room-add-cw = चेतावनी जोड़ें
room-cw-label = चेतावनी किस बारे में है
room-send = भेजें
room-you-heading = आप
room-raise-hand = हाथ उठाएँ
room-step-away = थोड़ी देर हटें
room-leave = रूम छोड़ें
room-people = कौन-कौन यहाँ है
room-queue = उठे हुए हाथ
room-nobody-waiting = कोई हाथ नहीं उठा है।
room-tools = फ़ैसिलिटेटर के टूल
room-pause = रूम रोकें
room-resume = फिर शुरू करें
room-call-next = अगले उठे हाथ को बोलने दें
room-round-kind = राउंड
room-guide-minutes = हर किसी के बोलने के समय का हल्का अंदाज़ा, मिनट में (कोई नहीं तो 0)
room-start-round = राउंड शुरू करें
room-next-turn = टॉकिंग पीस आगे बढ़ाएँ
room-stop-round = राउंड ख़त्म करें
room-pin-label = पिन करने के लिए टेक्स्ट (सहमतियाँ या एक छोटी गाइड)
room-pin = पिन करें
room-unpin = पिन हटाएँ
room-person-tools = किसी एक व्यक्ति के लिए
room-person = व्यक्ति
room-nudge-label = अकेले में एक नरम-सी बात
room-nudge = निजी तौर पर भेजें
room-mute-minutes = कितनी देर म्यूट करें (मिनट)
room-mute = म्यूट करें
room-unmute = म्यूट हटाएँ
room-remove-reason = वजह (उन्हें दिखेगी; मैसेज का कोई शब्द रखा नहीं जाता)
room-remove = इस मीटिंग से हटाएँ
room-notes = सिर्फ़ फ़ैसिलिटेटर के लिए
room-note-label = बाक़ी फ़ैसिलिटेटर के लिए एक नोट
room-note-send = फ़ैसिलिटेटर को भेजें
room-mood-legend = आप कैसे हैं, 1 (मन बहुत भारी) से 5 (बहुत अच्छा) तक?
room-mood-word = एक शब्द, अगर चाहें
room-mood-send = मेरा चेक-इन भेजें
room-done = मेरी बात पूरी हुई
room-pass = पास
room-you = आप
room-facilitator = फ़ैसिलिटेटर
room-guest = मेहमान
room-here = यहाँ हैं
room-away = अभी दूर
room-not-here = कनेक्ट नहीं
room-hand-raised = हाथ उठाया है
room-cw = चेतावनी: {$topic}
room-cw-show = मैसेज दिखाएँ या छिपाएँ
room-react-nod = हामी
room-react-hear-you = आपकी बात सुनी
room-react-me-too = मेरे साथ भी
room-react-heart = ♥ दिल
room-react-to = {$alias} को बिना शब्दों के जवाब दें
room-new-message = नया मैसेज
room-new-messages = {$people} की ओर से {$count} नए मैसेज
room-over-time = मीटिंग अपने तय समय से आगे चल रही है।
room-turn-of = टॉकिंग पीस अभी {$alias} के पास है।
room-your-turn = अब आपकी बारी है, कुछ कहने की या पास करने की। कोई जल्दी नहीं है।
room-time-guide = एक हल्का-सा अंदाज़ा: हर किसी के लिए लगभग {$minutes} मिनट। किसी को बीच में रोका नहीं जाएगा।
room-round-check-in = चेक-इन राउंड
room-round-talking-piece = टॉकिंग पीस राउंड
room-round-check-out = चेक-आउट राउंड
room-passed = {$alias} ने पास किया।
room-shared = {$alias} ने अपनी बात कही।
room-nudge-title = एक फ़ैसिलिटेटर की ओर से, सिर्फ़ आपके लिए:
room-muted-until = एक फ़ैसिलिटेटर ने आपको {$time} तक म्यूट किया है। तब तक भी पढ़ना और बिना शब्दों के जवाब देना चालू रहेगा।
room-unmuted = अब फिर से लिखना चालू है।
room-floor = अभी बोलने की बारी {$alias} की है।
room-note-from = {$alias}: {$text}
room-dismiss = हटाएँ
room-error-malformed = यह पढ़ा नहीं जा सका। कृपया फिर कोशिश करें।
room-error-unknown = यह काम यहाँ नहीं होता।
room-error-slow-down = चलिए, थोड़ा धीरे चलते हैं; एक पल बाद फिर कोशिश करें।
room-error-paused = रूम अभी रुका है; फिर शुरू होते ही लिखना चालू हो जाएगा।
room-error-muted = अभी आप म्यूट हैं; बिना शब्दों के जवाब देना चालू है।
room-error-not-your-turn = अभी किसी और की बोलने की बारी है; बिना शब्दों के जवाब देने का स्वागत है।
room-error-too-long = यह एक मैसेज की सीमा (2,000 कैरेक्टर) से लंबा है।
room-error-empty = पहले कुछ लिखें।
room-error-other = यह नहीं हो पाया।
room-error-too-slow = आपका कनेक्शन पीछे रह गया; फिर से जोड़ रहे हैं।
done-meet-ended = मीटिंग ख़त्म हो गई है।
meet-enter-room = लाइव रूम में जाएँ
meet-go-to-room = रूम में जाएँ
room-check-again = अभी देखें

## The safety net
nav-help = अभी मदद
footer-helplines = आपके आस-पास की हेल्पलाइन
help-title = अभी मदद
help-heading = मदद, अभी इसी वक़्त
help-lead = अगर सब कुछ बहुत भारी लग रहा है, तो मीटिंग का इंतज़ार करने की ज़रूरत नहीं। ये लाइनें मुफ़्त और गोपनीय हैं, और इन पर ऐसे लोग हैं जो आपकी बात सुनना चाहते हैं।
help-emergency = अगर आप या कोई और इसी वक़्त ख़तरे में है, तो अभी अपने इलाक़े का इमरजेंसी नंबर मिलाएँ।
help-choose-region = वहाँ की हेल्पलाइन देखने के लिए अपना इलाक़ा चुनें।
help-none-for-region = इस इलाक़े की हेल्पलाइन अभी हमारे पास नहीं हैं। आपके इलाक़े का इमरजेंसी नंबर हमेशा मौजूद है।
help-for-region = {$region} की हेल्पलाइन
help-chat = ऑनलाइन चैट करें
help-website = वेबसाइट
help-unverified = अभी जाँचा नहीं गया
help-sources = हर जानकारी उस सेवा के अपने पन्नों से या किसी भरोसेमंद स्रोत से ली गई है, और साथ में लिखा है कि उसे आख़िरी बार कब जाँचा गया। जिन पर "अभी जाँचा नहीं गया" लिखा है, उनकी पुष्टि नहीं हो पाई; उन पर भरोसा करने से पहले एक बार ख़ुद देख लें।
care-heading = आपकी ज़िंदगी मायने रखती है, और मदद अभी यहीं है
care-crisis = आपने जो लिखा, उससे लगता है कि अभी सब कुछ बहुत मुश्किल है। आप रूम में बने रहें, आपका स्वागत है। अगर अभी किसी से बात करना चाहें, तो ये लाइनें मुफ़्त और गोपनीय हैं। कोई फ़ैसिलिटेटर भी आपसे अकेले में हाल-चाल पूछ सकते हैं।
care-asked = फ़ैसिलिटेटर को पता है कि आपने बात करने को कहा है, और उनमें से एक आपसे अकेले में हाल-चाल पूछेंगे। यह सिर्फ़ उन्हें दिखता है। अगर अभी किसी से बात करना चाहें, तो ये लाइनें भी हैं।
care-other-region = किसी और इलाक़े की हेल्पलाइन
care-stay = इससे आपके हिस्सा लेने पर कोई रोक नहीं है। जब तक मन हो, रुकिए।
care-close = बंद करें
room-not-okay = मैं ठीक नहीं हूँ
room-not-okay-hint = फ़ैसिलिटेटर को चुपचाप बताता है कि वे अकेले में आपका हाल-चाल पूछें। और किसी को यह नहीं दिखता। कुछ लिखना ज़रूरी नहीं।
room-not-okay-words = कुछ जो आप उन्हें बताना चाहें (ज़रूरी नहीं)
room-not-okay-send = हाल-चाल पूछने को कहें
room-not-okay-sent = फ़ैसिलिटेटर को पता चल गया है।
room-report-heading = फ़ैसिलिटेटर को बताएँ
room-report-reason = क्या हुआ (ज़रूरी नहीं)
room-report-send = फ़ैसिलिटेटर को भेजें
room-report-cancel = रहने दें
room-report = रिपोर्ट करें
room-report-message = {$alias} का मैसेज रिपोर्ट करें
room-report-person = {$alias} को रिपोर्ट करें
room-reported = आपकी रिपोर्ट निजी तौर पर फ़ैसिलिटेटर तक पहुँच गई है। उनमें से किसी के देखते ही आपको बताया जाएगा।
room-report-seen = एक फ़ैसिलिटेटर ने आपकी रिपोर्ट देख ली है।
room-report-from = {$from} की ओर से {$about} के बारे में रिपोर्ट
room-report-seen-button = देख लिया
room-block = ब्लॉक करें
room-unblock = अनब्लॉक करें
room-blocked = इस मीटिंग में अब आपको {$alias} के मैसेज नहीं दिखेंगे।
room-unblocked = अब आपको {$alias} के मैसेज फिर से दिखेंगे।
room-reminder-title = एक हल्की-सी याद, सिर्फ़ आपके लिए:
room-reminder-advice = इस सर्कल में हम अपनी बात कहते हैं, सलाह नहीं देते। आपका मैसेज वैसे ही गया जैसे आपने लिखा था; अगली बार ऐसे कहकर देखें: "मेरे काम यह आया…" या "जब मेरे साथ ऐसा हुआ था…"।
room-held-back-contact = आपका मैसेज नहीं भेजा गया: यह सर्कल युवाओं के लिए है, इसलिए सबकी सुरक्षा के लिए फ़ोन नंबर, ईमेल, सोशल मीडिया हैंडल और कहीं और बात करने के न्योते रूम से बाहर रखे जाते हैं। एक फ़ैसिलिटेटर को बता दिया गया है। इसके अलावा आप जो भी कहना चाहें, उसका स्वागत है।
room-error-nothing-to-report = रिपोर्ट करने के लिए कोई मैसेज या व्यक्ति चुनें।
room-alerts-follow-up = मीटिंग के बाद अलर्ट पर फ़ॉलो-अप करें
room-alert-crisis = {$alias} से शायद हाल-चाल पूछना ज़रूरी है ({$level})
room-alert-asked = {$alias} ने हाल-चाल पूछने को कहा है
room-alert-contact-held = {$alias} की लिखी संपर्क जानकारी रोक ली गई
room-alert-said = उन्होंने लिखा: {$words}
room-alert-show-message = मैसेज दिखाएँ
room-alert-level-passive = ज़िंदा न रहने की इच्छा
room-alert-level-active = अपनी जान लेने के ख़याल
room-alert-level-method = कोई तरीक़ा या योजना
room-alert-level-self-harm = ख़ुद को चोट पहुँचाना
room-alert-level-farewell = ऐसी अलविदा जो आख़िरी लगती है
alerts-title = सेफ़्टी अलर्ट
alerts-lead = आपके चलाए सर्कल में किससे शायद हाल-चाल पूछना ज़रूरी था। कोई शब्द नहीं रखा जाता; सिर्फ़ कौन, कब और कितना गंभीर। हर अलर्ट पर फ़ॉलो-अप दर्ज करें और लिखें कि आपने क्या किया।
alerts-protocol = क्या करें
alerts-none = कोई अलर्ट नहीं। जब रूम में संकट वाली बातें दिखें, या कोई हाल-चाल पूछने को कहे या कुछ रिपोर्ट करे, तो वह यहाँ दिखेगा।
alerts-what-did-you-do = आपने क्या किया?
alerts-mark-followed-up = फ़ॉलो-अप हो गया
alert-followed-up-by = {$by} ने फ़ॉलो-अप किया: {$action} ({$when})
alert-kind-crisis = संकट वाली बातें
alert-kind-asked = हाल-चाल पूछने को कहा
alert-kind-contact-held = संपर्क जानकारी रोकी गई
alert-kind-report = {$by} ने रिपोर्ट किया
alert-level-passive = संकट वाली बातें: ज़िंदा न रहने की इच्छा
alert-level-active = संकट वाली बातें: अपनी जान लेने के ख़याल
alert-level-method = संकट वाली बातें: कोई तरीक़ा या योजना
alert-level-self-harm = संकट वाली बातें: ख़ुद को चोट पहुँचाना
alert-level-farewell = संकट वाली बातें: ऐसी अलविदा जो आख़िरी लगती है
alert-action-checked-in = अकेले में हाल-चाल पूछा
alert-action-shared-resources = हेल्पलाइन और मदद की जानकारी दी
alert-action-called-backup = मदद के लिए किसी और को बुलाया
alert-action-no-action-needed = कुछ करने की ज़रूरत नहीं थी
alert-action-other = कुछ और
alert-action-invalid = चुनें कि आपने क्या किया।
done-alert-followed-up = अलर्ट पर फ़ॉलो-अप दर्ज हो गया है।
helplines-title = हेल्पलाइन
helplines-lead = आपकी संस्था की अपनी हेल्पलाइन मदद वाले पन्ने पर और रूम के कार्ड में सबसे पहले दिखती हैं, Holdspace के साथ आने वाली हेल्पलाइन के साथ।
helplines-see-all = मदद वाला पन्ना देखें
helplines-add = हेल्पलाइन जोड़ें
helplines-save = सेव करें
helpline-field-name = नाम
helpline-field-phone = फ़ोन
helpline-field-sms = टेक्स्ट (SMS)
helpline-field-chat = चैट लिंक
helpline-field-website = वेबसाइट
helpline-field-hours = समय
helpline-field-audience = किसके लिए
helpline-field-languages = भाषाएँ
helpline-field-description = जानकारी
helpline-name-missing = हेल्पलाइन का नाम लिखें।
helpline-contact-missing = फ़ोन नंबर, टेक्स्ट नंबर, चैट लिंक या वेबसाइट में से कुछ दें।
helpline-link-invalid = लिंक https:// या http:// से शुरू होते हैं।
done-helpline-saved = हेल्पलाइन सेव हो गई है।
done-helpline-deleted = हेल्पलाइन हटा दी गई है।
field-safety-protocol = फ़ैसिलिटेटर के लिए सेफ़्टी प्रोटोकॉल
hint-safety-protocol = हर लाइन पर एक क़दम। फ़ैसिलिटेटर इसे हर अलर्ट के साथ देखते हैं।
field-advice-nudge = लोगों को "अपनी बात कहें, सलाह न दें" याद दिलाएँ
field-advice-nudge-hint = जब कोई मैसेज सलाह जैसा लगे, तो सिर्फ़ लिखने वाले को एक नरम-सी याद दिलाई जाती है। मैसेज कभी रोका नहीं जाता।

# Room lifecycle: a room closing itself, a server stopping.
room-closing-minutes = यह रूम {$minutes} मिनट में बंद हो जाएगा। यहाँ होने के लिए शुक्रिया।
room-closing-minute = यह रूम एक मिनट में बंद हो जाएगा। यहाँ होने के लिए शुक्रिया।
room-server-stopping = सर्वर अभी रीस्टार्ट हो रहा है। कृपया एक मिनट बाद रूम फिर से खोलें।

## Accounts, sign-in and passwords (trust fixes)
password-like-alias = पासवर्ड आपका निकनेम और उसके साथ कुछ अंक या चिह्न नहीं हो सकता: जो आपका निकनेम जानता है, वह सबसे पहले यही आज़माएगा।
password-too-common = यह पासवर्ड सबसे आम पासवर्ड में से एक है, इसलिए कोई अजनबी सबसे पहले इसी को आज़माएगा। कुछ शब्दों का ऐसा मेल, जो सिर्फ़ आपको सूझे, अच्छा रहता है।
password-pattern = यह पासवर्ड एक आसान पैटर्न है (कोई दोहराव, या 1234567890 जैसा सिलसिला), जिसका अंदाज़ा लगाना आसान है। कुछ शब्दों का ऐसा मेल, जो सिर्फ़ आपको सूझे, अच्छा रहता है।
alias-resembles = यह निकनेम किसी और के निकनेम से बहुत मिलता-जुलता है, इसलिए लोग आप दोनों में से एक को दूसरा समझ सकते हैं। कृपया कोई और चुनें; साथ में एक शब्द जोड़ देना अच्छा रहता है।

# Rooms: who a guest is, flood control
drop-in-alias-taken = इस मीटिंग में कोई पहले से इस नाम से, या इससे बहुत मिलते-जुलते नाम से है। कृपया कोई और नाम चुनें, ताकि किसी को कोई और न समझ लिया जाए।
room-error-alias-taken = यहाँ कोई पहले से आपके नाम से बहुत मिलते-जुलते नाम से है। कृपया किसी और नाम से फिर से अंदर आएँ, ताकि किसी को कोई और न समझ लिया जाए।
room-choose-another-name = कोई और नाम चुनें
room-error-too-many-connections = आप इस रूम में पहले से दूसरी विंडो या डिवाइस पर हैं। उनमें से एक बंद करें, फिर यहाँ आने के लिए यह पन्ना रीलोड करें।

## Trust fixes: authority, redirects, public addresses (issue 13)
facilitators-stale = ये लोग अब भी इस सर्कल से जुड़े हैं, पर अब इनके पास फ़ैसिलिटेटर का रोल नहीं है, इसलिए ये इसे नहीं चला सकते। लिस्ट सही रखने के लिए इन्हें हटा दें; नीचे टिक किए गए फ़ैसिलिटेटर बने रहेंगे।
facilitators-stale-clear = इन्हें हटाएँ

## The live room: keyboard, alerts, care card, tools, time (issue 14)
room-skip-to-message = सीधे मैसेज बॉक्स पर जाएँ
room-message-keys = Enter दबाने से मैसेज चला जाता है। Shift और Enter से नई लाइन शुरू होती है।
room-message-nav = जवाब देने या रिपोर्ट करने के लिए दाएँ-बाएँ ऐरो की, और एक मैसेज से दूसरे पर जाने के लिए ऊपर-नीचे ऐरो की इस्तेमाल करें।
room-alert-check-in = अकेले में हाल-चाल पूछें
room-alert-dismiss = हटाएँ
room-alert-reply-label = आपकी निजी बात (सिर्फ़ वे देखेंगे)
room-alert-tab-title = ⚠ {$alias} को शायद आपकी ज़रूरत है
room-alert-tab-report = ⚠ फ़ैसिलिटेटर के लिए एक रिपोर्ट
room-alert-flag = अलर्ट
room-alert-more = इसके बाद और अलर्ट: {$count}
room-alert-reply-sent = {$alias} को निजी तौर पर भेजा गया।
room-care-words = शुरुआत के लिए कुछ शब्द
room-care-word-noticed = मैंने आपका मैसेज देखा — मैं यहाँ हूँ। क्या हम अकेले में थोड़ी बात करें?
room-care-word-how = यह बताने के लिए शुक्रिया। अभी आपका मन कैसा है?
room-care-word-here = मैं आपके साथ हूँ। जवाब देने की कोई जल्दी नहीं है।
room-care-word-own-experience = बस एक नरम-सी बात: इस सर्कल में हम अपने अनुभव से बोलते हैं।
room-care-hours = समय: {$hours}
room-care-languages = {$languages} में
room-care-close = यह कार्ड बंद करें; ये लाइनें आपको "अभी मदद" में फिर मिल जाएँगी
room-tools-room = रूम
room-tools-rounds = राउंड
room-tools-pin = गाइड पिन करें
room-tools-end = मीटिंग ख़त्म करें
room-remove-confirm = {$alias} को इस मीटिंग से हटाएँ? उन्हें आपकी बताई वजह दिखेगी और वे इस मीटिंग में वापस नहीं आ पाएँगे।
room-remove-yes = हाँ, हटाएँ
room-confirm-cancel = रहने दें
room-leave-confirm = रूम छोड़ें? जब तक यह खुला है, कभी भी वापस आ जाइए।
room-leave-yes = हाँ, छोड़ें
room-leave-stay = रुकें
room-person-actions = {$alias} के लिए क्या करें
room-starts = मीटिंग {$when} शुरू होगी।
room-ends = मीटिंग {$when} ख़त्म होगी।

## The crisis moment: helplines, the care card, crisis records (issue 14)
help-change-region = अपना इलाक़ा चुनें
help-not-here = {$region} में नहीं हैं?
help-change-region-link = कोई और इलाक़ा चुनें
help-call-number = {$number} पर कॉल करें
help-text-number = {$number} पर SMS करें
help-text-keyword = {$number} पर {$keyword} लिखकर SMS करें
help-hours = समय: {$hours}
help-languages = भाषाएँ: {$languages}
help-audience-for = {$who} के लिए
help-audience-including = सबके लिए, {$who} के लिए भी
help-source = स्रोत:
help-checked = आख़िरी बार जाँचा गया: {$date}
helpline-audience-lgbtqia = LGBTQIA+ लोगों
helpline-audience-trans = ट्रांस लोगों
helpline-audience-youth = युवाओं
helpline-audience-children = बच्चों
helpline-audience-women = महिलाओं
helpline-audience-veterans = पूर्व सैनिकों
language-of-en = अंग्रेज़ी
language-of-hi = हिन्दी
language-of-es = स्पेनिश
language-of-fr = फ़्रेंच
language-of-as = असमिया
language-of-bn = बांग्ला
language-of-gu = गुजराती
language-of-kn = कन्नड़
language-of-ml = मलयालम
language-of-mr = मराठी
language-of-or = ओड़िया
language-of-pa = पंजाबी
language-of-ta = तमिल
language-of-te = तेलुगु
language-of-ur = उर्दू
field-alert-retention = सेफ़्टी अलर्ट कितने दिन रखें
hint-alert-retention = अलर्ट और रिपोर्ट बताते हैं कि किससे शायद हाल-चाल पूछना ज़रूरी था, उनके शब्द कभी नहीं। इतने दिन बाद वे हमेशा के लिए मिटा दिए जाते हैं; आप कुछ और न चुनें तो 90 दिन।
alert-retention-invalid = कृपया 1 से 3650 तक दिनों की पूरी संख्या डालें।
own-alerts-heading = आपके बारे में सेफ़्टी अलर्ट
own-alerts-lead = जब रूम को लगा कि शायद यह पल आपके लिए बहुत मुश्किल है, तो आपके फ़ैसिलिटेटर को निजी तौर पर बताया गया, ताकि वे आपका हाल-चाल पूछ सकें। इन नोट में आपका लिखा कोई शब्द नहीं है, और ये {$days} दिन बाद मिटा दिए जाते हैं।
own-alerts-none = कोई अलर्ट नहीं है।
own-alert-crisis = आपकी लिखी किसी बात से लगा कि वह वक़्त आपके लिए बहुत मुश्किल था।
own-alert-asked = आपने "मैं ठीक नहीं हूँ" दबाकर हाल-चाल पूछने को कहा था।
own-alert-contact-held = आपकी लिखी संपर्क जानकारी रोक ली गई थी, क्योंकि यह सर्कल युवाओं के लिए है।
own-alert-report = सर्कल में किसी को आपकी फ़िक्र हुई और उन्होंने फ़ैसिलिटेटर को बताया।
own-alert-followed-up = एक फ़ैसिलिटेटर ने फ़ॉलो-अप किया

## The way in: signing in, finding a circle, dropping in, times, calendars, recovery codes, waitlists (issue 14)
wayin-now-heading = अभी चल रही है
wayin-next-heading = आपकी अगली मीटिंग
wayin-next-room-opens = फ़ैसिलिटेटर के मीटिंग शुरू करते ही रूम खुल जाएगा। तब यहाँ वापस आइए।
wayin-later-heading = बाद में
wayin-home-search-label = आपके मन में क्या चल रहा है?
wayin-home-search-hint = कुछ शब्द काफ़ी हैं, जैसे "पापा नहीं रहे" या "माँ की देखभाल"। हम ऐसे सर्कल दिखाते हैं जो शायद आपके लिए हों।
wayin-home-search-submit = सर्कल ढूँढें
wayin-zone-time = { $place } का समय
wayin-zone-utc = UTC
wayin-time-for-circle = सर्कल के हिसाब से { $time } { $zone }
wayin-discreet-title = Holdspace मीटिंग
wayin-discreet-calendar = Holdspace मीटिंग
wayin-calendar-discreet = सादे नाम से जोड़ें
wayin-calendar-discreet-hint = सादे नाम से आपके कैलेंडर और लॉक स्क्रीन पर सिर्फ़ "Holdspace मीटिंग" दिखता है, सर्कल का नाम कभी नहीं।
wayin-codes-download = टेक्स्ट फ़ाइल के रूप में डाउनलोड करें
wayin-codes-copy = कोड कॉपी करें
wayin-codes-print = प्रिंट करें
wayin-codes-copied = कॉपी हो गए। इन्हें ऐसी जगह पेस्ट करें जो सिर्फ़ आप देख सकें।
wayin-codes-copy-failed = आपके ब्राउज़र ने हमें कॉपी नहीं करने दिया। कोड चुनकर ख़ुद कॉपी करें, या उन्हें डाउनलोड कर लें।
wayin-waitlist-place = { $place ->
    [1] सीट के लिए अगला नंबर आपका है।
   *[other] सीट की लाइन में आपका नंबर { $place } है।
}
wayin-narrow-link = विषय, भाषा, दिन या जगह से छाँटें
wayin-narrow-submit = मेल खाते सर्कल दिखाएँ
wayin-home-browse = या सभी सर्कल देखें

## Crisis records and the room: check-in numbers, ending the meet, alerts in the tools, helpline hours (issue 14)
field-mood-numbers = चेक-इन में नंबर कौन देखे
field-mood-numbers-hint = चेक-इन राउंड में लोग 1 (मन बहुत भारी) से 5 (बहुत अच्छा) तक एक नंबर और एक शब्द दे सकते हैं। शब्द सबको दिखता है; नंबर किसी के हाल के बारे में बहुत कुछ कह सकता है।
field-mood-numbers-facilitators = सिर्फ़ फ़ैसिलिटेटर (हर कोई अपना नंबर भी देखता है)
field-mood-numbers-everyone = रूम में सब
mood-numbers-unknown = कृपया चुनें कि चेक-इन में नंबर कौन देखे।
room-mood-number = {$alias}: {$mood}/5
room-mood-number-word = {$alias}: {$mood}/5, “{$word}”
room-mood-shared = {$alias} ने चेक-इन किया।
room-mood-shared-word = {$alias} ने चेक-इन किया: “{$word}”
room-mood-who-facilitators = आपका नंबर सिर्फ़ फ़ैसिलिटेटर देखते हैं। आपका शब्द सब देखते हैं।
room-mood-who-everyone = यहाँ सब आपका नंबर और आपका शब्द देखते हैं।
room-alerts-count = अलर्ट ({$count})
room-alerts-none = इस मीटिंग में अब तक कोई अलर्ट नहीं।
room-end-confirm = सबके लिए मीटिंग ख़त्म करें? बातचीत मिट जाएगी और सब रूम से बाहर हो जाएँगे। यह वापस नहीं हो सकता।
room-end-yes = हाँ, मीटिंग ख़त्म करें
hours-always = कभी भी, दिन हो या रात
hours-every-day = हर दिन
hours-days-run = {$first}–{$last}
hours-span = {$days} {$from} – {$to} {$zone}
hours-span-local = {$days} {$from} – {$to}, आपके समय के हिसाब से
hours-midnight = आधी रात
hours-day-mon = सोम
hours-day-tue = मंगल
hours-day-wed = बुध
hours-day-thu = गुरु
hours-day-fri = शुक्र
hours-day-sat = शनि
hours-day-sun = रवि
hours-open-now = अभी खुली है
hours-opens-today = अभी बंद है; आज {$time} पर खुलेगी
hours-opens-tomorrow = अभी बंद है; कल {$time} पर खुलेगी
hours-opens-day = अभी बंद है; {$day} को {$time} पर खुलेगी

## The way in, continued: moved up from the waitlist, what a search matched, countries and time zones by name (issue 14)
wayin-match-quoted = “{ $words }”
wayin-match-said = “{ $said }” → { $found }
time-zone-which = उस देश में एक से ज़्यादा टाइम ज़ोन हैं। अपने शहर का नाम लिखना शुरू करें और लिस्ट से चुनें, जैसे न्यूयॉर्क (संयुक्त राज्य)।
wayin-hint-circle-time-zone = जहाँ सर्कल मिलता है, या जहाँ इसके ज़्यादातर लोग रहते हैं। किसी शहर या देश का नाम लिखना शुरू करें और लिस्ट से चुनें।
wayin-help-other-country = कहीं और हैं? अपने देश का नाम लिखें
wayin-help-show = वहाँ की हेल्पलाइन दिखाएँ

## Coordinator forms, listing and the organisation's name (issue 14)
form-problem = { $label }: { $problem }
coord-section-about = सर्कल के बारे में
coord-section-who = यह किसके लिए है
coord-section-where = कब और कहाँ मिलता है
coord-section-safety = सुरक्षा और सहमतियाँ
coord-section-visibility = कौन देख सकता है
coord-hint-circle-name = लोगों को यह नाम ऐसे ही दिखेगा; उदाहरण: "किसी अपने को खोने के बाद"।
coord-hint-description = सर्कल में क्या होता है और यह किसके काम आ सकता है, कुछ सीधे-सादे वाक्यों में। इससे लोग तय कर पाते हैं कि यह उनके लिए है या नहीं।
coord-hint-how-it-works = एक मीटिंग कैसे चलती है, जैसे: एक चेक-इन राउंड, अपनी बात कहने का समय, एक चेक-आउट।
coord-hint-audience = सिर्फ़ तब टिक करें जब सर्कल सिर्फ़ इन्हीं लोगों के लिए हो। सबके लिए खुले सर्कल में सब ख़ाली छोड़ दें।
coord-hint-age = कोई सीमा न हो तो ख़ाली छोड़ दें।
coord-in-person-lead = आमने-सामने या दोनों तरह से मिलने वाले सर्कल के लिए:
coord-hint-listed = किसी के फ़ैसिलिटेट करना शुरू करते ही लिस्टेड सर्कल डायरेक्टरी और सर्च में दिखने लगते हैं। अनलिस्टेड सर्कल सिर्फ़ अपने लिंक से खुलते हैं।
coord-hint-drop-in = मेहमानों को अकाउंट नहीं चाहिए, और मीटिंग के बाद उनके बारे में कुछ भी रखा नहीं जाता।
coord-hint-status = "अभी रुका हुआ" में सर्कल का पेज एक नोट के साथ बना रहता है। "पूरा हुआ" में पेज बना रहता है, पर कोई मीटिंग नहीं दिखती।
coord-field-languages = कौन-सी भाषाएँ बोली जाती हैं
coord-field-format = कैसे मिलता है
coord-section-organisation = आपकी संस्था
coord-hint-org-name = हर पन्ने के ऊपर, पन्नों के शीर्षक में और फ़ुटर में दिखता है।
coord-listing-listed = लिस्टेड: लोग यह सर्कल डायरेक्टरी और सर्च में ढूँढ सकते हैं।
coord-listing-waiting = अभी लिस्टेड नहीं है। किसी के फ़ैसिलिटेट करना शुरू करते ही लोग इसे डायरेक्टरी और सर्च में पा सकेंगे; तब तक सिर्फ़ लिंक वाले लोग इस तक पहुँच सकते हैं।
coord-listing-waiting-short = अभी नहीं: फ़ैसिलिटेटर चाहिए
coord-listing-add-facilitator = इस सर्कल को लिस्ट करने के लिए फ़ैसिलिटेटर जोड़ें
coord-listing-unlisted = अनलिस्टेड: सिर्फ़ लिंक वाले लोग इस सर्कल तक पहुँच सकते हैं।
helplines-change = हेल्पलाइन बदलें
helplines-change-link = बदलें
helplines-remove = हटाएँ
helplines-remove-confirm = यह अब मदद वाले पन्ने पर या रूम में नहीं दिखाई जाएगी।
helplines-remove-yes = हाँ, { $name } हटाएँ
helplines-yours = आपकी संस्था की लाइनें
helplines-none = आपने अभी कोई लाइन नहीं जोड़ी है। Holdspace के साथ आने वाली लाइनें फिर भी दिखती हैं।
helplines-add-submit = हेल्पलाइन जोड़ें
helplines-section-line = लाइन
helplines-section-reach = लोग इस तक कैसे पहुँचें
helplines-reach-hint = लाइन तक पहुँचने का कम से कम एक तरीक़ा दें।
helpline-hint-description = यह लाइन क्या देती है, एक लाइन में, जैसे "देखभाल करने वालों की बात, भरोसे के साथ सुनना"।
helpline-hint-audience = कॉमा लगाकर अलग करें, जैसे: lgbtqia, youth, women। सबके लिए खुली लाइन के लिए ख़ाली छोड़ें।
helpline-hint-languages = कॉमा लगाकर भाषा के कोड, जैसे: en, hi।
helpline-hint-phone = जैसे लोग डायल करेंगे, उदाहरण: 0800 123 4567।
helpline-hint-sms = SMS भेजने का नंबर, या जब कोई शब्द भेजना हो तो उदाहरण: "Text HOME to 85258"।
helpline-hint-link = https:// से शुरू होता है
helpline-hint-hours = जैसे: हर दिन, रात 8 से 2 बजे तक।
helplines-change-named = { $name } बदलें
helpline-country-invalid = कृपया लिस्ट से वह देश चुनें जहाँ से यह लाइन जवाब देती है, जैसे भारत या यूनाइटेड किंगडम।
alerts-open-heading = फ़ॉलो-अप बाक़ी
alerts-open-none = हर अलर्ट पर फ़ॉलो-अप हो चुका है। शुक्रिया।
alerts-done-heading = फ़ॉलो-अप हो चुका
alerts-order = सबसे गंभीर पहले, फिर सबसे नए।
alerts-guest = मेहमान
alerts-member = सदस्य
alerts-meet-of = { $when } की मीटिंग
coord-footer-runs-on = Holdspace पर चलता है
coord-back = वापस

## Voice meets (calls beside the text room)
field-call-format = ऑनलाइन मीटिंग कैसे होती हैं
hint-call-format = टेक्स्ट रूम हमेशा रहता है। वॉइस या वीडियो के साथ लोग कॉल से भी जुड़ सकते हैं; यह किसी के लिए ज़रूरी नहीं, किसी से कैमरा चालू करने को नहीं कहा जाता, और कुछ भी रिकॉर्ड नहीं होता।
hint-call-format-no-media = वॉइस और वीडियो के लिए मीडिया सर्वर चाहिए, और इस साइट पर अभी वह नहीं है, इसलिए मीटिंग सिर्फ़ टेक्स्ट में होती हैं। साइट चलाने वाले इसे जोड़ सकते हैं (README में "Voice and video meets" देखें)।
call-format-text = सिर्फ़ टेक्स्ट
call-format-voice = वॉइस और टेक्स्ट
call-format-unknown = कृपया "सिर्फ़ टेक्स्ट", "वॉइस और टेक्स्ट" या "वीडियो और टेक्स्ट" चुनें।
call-needs-media-server = वॉइस और वीडियो के लिए मीडिया सर्वर चाहिए, और इस साइट पर अभी वह नहीं है। कृपया अभी के लिए "सिर्फ़ टेक्स्ट" चुनें।
call-heading = वॉइस कॉल
call-intro = आप रूम में हैं और आपका माइक्रोफ़ोन बंद है। कॉल से जुड़ना आपकी मर्ज़ी है: चाहें तो पूरे समय टेक्स्ट पर ही रहें।
call-join = कॉल से जुड़ें…
call-check-heading = जुड़ने से पहले
call-microphone = माइक्रोफ़ोन
call-level = आपके माइक्रोफ़ोन की आवाज़
call-level-hint = कुछ बोलिए: जब माइक्रोफ़ोन आपको सुनता है, तो पट्टी हिलती है।
call-test-tone = टेस्ट आवाज़ चलाएँ
call-start-muted = माइक्रोफ़ोन म्यूट रखकर जुड़ें
call-join-now = अभी जुड़ें
call-cancel = अभी नहीं
call-mute = मेरा माइक्रोफ़ोन म्यूट करें
call-unmute = मेरा माइक्रोफ़ोन चालू करें
call-leave = कॉल छोड़ें
call-shortcut = Alt और M से आपका माइक्रोफ़ोन म्यूट या चालू होता है।
call-joining = कॉल से जुड़ रहे हैं…
call-in-call-muted = आप कॉल में हैं। आपका माइक्रोफ़ोन म्यूट है।
call-in-call-live = आप कॉल में हैं। बाक़ी लोग आपको सुन सकते हैं।
call-listening = आप कॉल में हैं, सिर्फ़ सुनने के लिए। हम माइक्रोफ़ोन इस्तेमाल नहीं कर पाए।
call-left = आपने कॉल छोड़ दी। आप अब भी रूम में हैं।
call-ended = कॉल ख़त्म हो गई। जब तक रूम खुला है, आप उसमें हैं।
call-unavailable = अभी कॉल तक नहीं पहुँच पा रहे। रूम फिर भी चल रहा है; कृपया थोड़ी देर में फिर कोशिश करें।
call-no-microphone = हम माइक्रोफ़ोन इस्तेमाल नहीं कर पाए, इसलिए सिर्फ़ सुनने के लिए जुड़ें। (हो सकता है आपके ब्राउज़र में इस साइट को माइक्रोफ़ोन की इजाज़त न हो।)
call-muted-by-facilitator = एक फ़ैसिलिटेटर ने अभी के लिए आपका माइक्रोफ़ोन म्यूट किया है। उनकी इजाज़त मिलने पर इसे फिर चालू किया जा सकेगा।
call-allowed-again = एक फ़ैसिलिटेटर ने माइक्रोफ़ोन फिर से चालू करने की इजाज़त दे दी है।
call-speaking = बोल रहे हैं
call-muted-badge = फ़ैसिलिटेटर ने माइक्रोफ़ोन म्यूट किया
call-people-heading = किसी का माइक्रोफ़ोन म्यूट करें
call-mute-person = { $alias } का माइक्रोफ़ोन म्यूट करें
call-allow-person = { $alias } को माइक्रोफ़ोन फिर चालू करने दें
call-nobody = रूम में अभी और कोई नहीं है।
call-not-in-room = कृपया रूम से कनेक्ट होने तक रुकें, फिर कॉल से जुड़ें।

## Reminders and notices (issue 16): the notices list, choices, emails, unsubscribing
nav-unread = { $count ->
    [one] नई सूचना
   *[other] नई सूचनाएँ
}
notices-new-heading = आपके लिए नया
notices-earlier-heading = सूचनाएँ
notices-none = अभी कुछ नहीं। आपके सर्कल के रिमाइंडर और ख़बरें यहाँ दिखेंगी।
notices-see = देखें
notices-choose-link = चुनें कि हम आपको कैसे बताएँ
notice-day-before = रिमाइंडर: { $circle } की मीटिंग { $when } है।
notice-hour-before = रिमाइंडर: { $circle } की मीटिंग एक घंटे के अंदर शुरू होगी, { $when } पर।
notice-cancelled = { $circle } की { $when } वाली मीटिंग रद्द हो गई है।
notice-moved = { $circle } की मीटिंग का नया समय: { $when }।
notice-paused = कुछ समय का ब्रेक: { $circle } की मीटिंग अभी के लिए रुकी हुई हैं।
notice-your-circle = आपके सर्कल
notice-seat = अच्छी ख़बर: { $circle } की { $when } वाली मीटिंग में एक सीट ख़ाली हुई है, और अब वह आपकी है। अगर अब आना न हो पाए, तो इसे रद्द कर दें, ताकि यह इंतज़ार कर रहे अगले व्यक्ति को मिल जाए।
notice-announcement = { $circle } के फ़ैसिलिटेटर की ओर से एक मैसेज:
notices-kind-reminder = रिमाइंडर
notices-kind-change = बदलाव
notices-kind-waitlist = वेटिंग लिस्ट
notices-kind-announcement = सर्कल की घोषणाएँ
notices-hint-reminder = जिस भी मीटिंग में आपकी सीट है, उससे एक दिन और एक घंटा पहले।
notices-hint-change = जब आपकी सीट वाली कोई मीटिंग रद्द हो या उसका समय बदले, या कोई सर्कल ब्रेक ले।
notices-hint-waitlist = जब आपके लिए कोई सीट ख़ाली हो।
notices-hint-announcement = सर्कल के फ़ैसिलिटेटर के मैसेज, जैसे “10 मिनट देर हो रही है”।
notices-choose-heading = हम आपको बातें कैसे बताएँ
notices-choose-lead = हर तरह की सूचना के लिए चुनें कि वह आप तक कैसे पहुँचे। ईमेल सिर्फ़ तभी भेजा जाता है जब आप उसे चुनें।
notices-channel-off = बिल्कुल नहीं
notices-channel-app = सिर्फ़ “मेरी मीटिंग” पर
notices-channel-email = “मेरी मीटिंग” पर और ईमेल से
notices-names-circle = ईमेल के विषय में सर्कल का नाम लिखें
notices-names-circle-hint = जब तक आप टिक न करें, यह बंद रहता है, ताकि किसी साझा इनबॉक्स या फ़ोन की लॉक स्क्रीन पर सिर्फ़ “आपकी मीटिंग का रिमाइंडर” दिखे, यह कभी नहीं कि कौन-सा सर्कल।
notices-save = ये पसंद सेव करें
notices-email-needs-address = ईमेल से सूचनाएँ पाने के लिए पहले अपनी प्रोफ़ाइल में ईमेल पता जोड़ें।
notice-kind-unknown = हम इस तरह की सूचना नहीं भेजते।
notice-event-unknown = यह कोई ऐसी सूचना नहीं जिसे हम जानते हों।
notice-channel-unknown = “बिल्कुल नहीं”, “सिर्फ़ मेरी मीटिंग पर” या “ईमेल से” में से चुनें।
notices-announcement-empty = भेजने के लिए मैसेज लिखें।
notices-announce-summary = सर्कल को मैसेज भेजें
notices-no-email-here = यह संस्था ईमेल नहीं भेजती, इसलिए साइन इन करने पर सूचनाएँ “मेरी मीटिंग” पर दिखती हैं।
notices-announce-label = आपका मैसेज
notices-announce-hint = जैसे “10 मिनट देर हो रही है” या “अगले हफ़्ते से नई जगह”। सर्कल के सभी सदस्यों और किसी मीटिंग में सीट वाले सभी लोगों को यह “मेरी मीटिंग” पर दिखेगा, और अगर उन्होंने ईमेल चुना है तो ईमेल से भी।
notices-announce-send = सर्कल को भेजें
notices-calendar-feed-hint = इस कैलेंडर को एक बार डाउनलोड करने के बजाय सब्सक्राइब करें, तो आपका कैलेंडर अपडेट रहेगा: किसी मीटिंग का समय बदले या वह रद्द हो, तो वहाँ भी बदल जाएगा।
done-notices-saved = आपकी पसंद सेव हो गई है।
done-announced = आपका मैसेज सर्कल के सभी लोगों तक पहुँच रहा है।
notice-subject-reminder = आपकी मीटिंग का रिमाइंडर
notice-subject-reminder-named = रिमाइंडर: { $circle }
notice-subject-change = एक मीटिंग में बदलाव
notice-subject-change-named = { $circle } में बदलाव
notice-subject-waitlist = एक सीट आपकी हुई
notice-subject-waitlist-named = { $circle } में एक सीट आपकी हुई
notice-subject-announcement = आपके सर्कल से एक मैसेज
notice-subject-announcement-named = { $circle } से एक मैसेज
notice-email-note = “{ $note }”
notice-email-room = रूम में आएँ: { $link }
notice-email-address = कहाँ: { $address }
notice-email-more = इसके बारे में और: { $link }
notice-email-why = आपको ये ईमेल इसलिए मिलते हैं क्योंकि आपने “{ $kind }” के लिए ईमेल चुना है। इसे बदलें: { $link }
notice-email-stop = ये ईमेल बंद करें: { $link }
unsubscribe-title = ईमेल बंद करें
unsubscribe-heading = ये ईमेल बंद करें
unsubscribe-lead = “{ $kind }” के ईमेल बंद करें? साइन इन करने पर ये आपको “मेरी मीटिंग” पर दिखते रहेंगे।
unsubscribe-button = ये ईमेल बंद करें
unsubscribe-done = हो गया। अब हम आपको “{ $kind }” के बारे में ईमेल नहीं करेंगे; ये “मेरी मीटिंग” पर दिखते रहेंगे।
unsubscribe-account = किस बारे में आपको कैसे बताया जाए, यह सब अपने अकाउंट पेज पर चुनें।
unsubscribe-account-link = आपकी पसंद

## Anonymous feedback and the impact report (issue 16)
feedback-title = मीटिंग कैसी रही?
feedback-heading = आपके लिए मीटिंग कैसी रही?
feedback-skip-any = जितना मन हो, उतना जवाब दें; हर सवाल छोड़ा जा सकता है।
feedback-send = मेरे जवाब भेजें
feedback-word = जाते हुए आपका मन कैसा है, एक शब्द में (ज़रूरी नहीं)
feedback-word-hint = एक-दो शब्द, सिर्फ़ अक्षर: जैसे "सुकून" या "थकान"।
feedback-private-heading = आपके जवाब आपसे जुड़े नहीं हैं
feedback-private = आपके जवाब आपके नाम या निकनेम के बिना रखे जाते हैं, और सिर्फ़ दिन के साथ, समय के बिना; एक अलग नोट में बस इतना लिखा रहता है कि आपने जवाब दे दिया है, ताकि आपसे एक ही बार पूछा जाए।
feedback-not-over = मीटिंग ख़त्म होने के बाद फ़ीडबैक खुलता है।
feedback-not-there = यह फ़ॉर्म उन लोगों के लिए है जो इस मीटिंग में थे।
feedback-too-late = इस मीटिंग का फ़ीडबैक बंद हो चुका है: यह मीटिंग के बाद दो हफ़्ते तक खुला रहता है।
feedback-thanks = शुक्रिया। आपके जवाब मिल गए, और इनमें ऐसा कुछ नहीं जो इन्हें आपसे जोड़े।
feedback-to-my-meets = मेरी मीटिंग पर वापस
feedback-q-feel = मीटिंग से पहले के मुक़ाबले अब आपका मन कैसा है?
feedback-q-feel-worse = पहले से बुरा
feedback-q-feel-same = लगभग वैसा ही
feedback-q-feel-better = पहले से अच्छा
feedback-q-heard = क्या आपको लगा कि आपकी बात सुनी गई?
feedback-q-heard-yes = हाँ
feedback-q-heard-partly = कुछ हद तक
feedback-q-heard-no = नहीं
feedback-unknown-choice = दिए गए जवाबों में से एक चुनें।
feedback-nothing-chosen = कम से कम एक सवाल का जवाब चुनें, या एक शब्द लिखें।
feedback-word-too-long = एक-दो शब्द ही रखें (ज़्यादा से ज़्यादा 30 कैरेक्टर)।
feedback-word-letters = सिर्फ़ अक्षर, ज़्यादा से ज़्यादा तीन शब्द: कोई अंक, पता या लिंक नहीं।
feedback-question-empty = पहली लाइन पर सवाल लिखें।
feedback-question-choices = हर सवाल के दो से पाँच अलग-अलग जवाब दें, उसके नीचे हर लाइन पर एक।
feedback-too-many-questions = ज़्यादा से ज़्यादा तीन सवाल पूछें।
feedback-question-twice = हर सवाल एक ही बार पूछें।
feedback-questions-title = फ़ीडबैक के सवाल
feedback-questions-intro = हर मीटिंग के बाद, जो लोग उसमें थे, वे इन सवालों के जवाब बिना नाम के दे सकते हैं। हमारे सवाल पूछने हों तो सारे बॉक्स ख़ाली छोड़ दें: पहले के मुक़ाबले लोगों का मन कैसा है (पहले से बुरा, लगभग वैसा ही, पहले से अच्छा) और क्या उन्हें लगा कि उनकी बात सुनी गई (हाँ, कुछ हद तक, नहीं)।
feedback-questions-field = सवाल {$n}
feedback-questions-hint = पहली लाइन पर सवाल, फिर हर जवाब अपनी अलग लाइन पर (दो से पाँच)।
feedback-questions-word = लोगों को अपना एक शब्द जोड़ने दें
feedback-due-heading = ये मीटिंग कैसी रहीं?
feedback-due-intro = आपने इन मीटिंग में हिस्सा लिया। चाहें तो बताएँ कि ये आपके लिए कैसी रहीं; कोई नहीं जान सकता कि जवाब आपके हैं।
feedback-due-link = { $circle } ({ $when }) के बारे में फ़ीडबैक दें
room-feedback-link = आपके लिए कैसा रहा? बिना नाम के फ़ीडबैक दें
report-title = इम्पैक्ट रिपोर्ट
report-heading = इम्पैक्ट रिपोर्ट
report-intro = मीटिंग, आने वाले लोग, फ़ीडबैक में उन्होंने क्या कहा, और सेफ़्टी अलर्ट: सिर्फ़ गिनती, नाम कभी नहीं।
report-month-field = महीना
report-circle-field = सर्कल
report-show = दिखाएँ
report-csv = CSV डाउनलोड करें
report-print = प्रिंट करने लायक़ सारांश
report-back = पूरी रिपोर्ट पर वापस
report-suppression = 5 से कम की कोई भी गिनती "5 से कम" के रूप में दिखती है और किसी भी कुल जोड़ में नहीं गिनी जाती, ताकि किसी की पहचान न हो सके; जिस कुल जोड़ में कुछ छूटा हो, उसमें "कम से कम" लिखा होता है।
report-month = { $month ->
    [1] जनवरी
    [2] फ़रवरी
    [3] मार्च
    [4] अप्रैल
    [5] मई
    [6] जून
    [7] जुलाई
    [8] अगस्त
    [9] सितंबर
    [10] अक्टूबर
    [11] नवंबर
   *[12] दिसंबर
  } { $year }
report-all-circles = सभी सर्कल
report-your-circles = आपके सर्कल
report-circle = सर्कल
report-meets-heading = { $month } में मीटिंग और लोग
report-people-caption = मीटिंग और लोग: { $scope }, { $month }
report-held = हुई मीटिंग
report-cancelled = रद्द
report-attendance = हाज़िरी
report-average = हर मीटिंग में औसत
report-people = लोग
report-came-back = एक से ज़्यादा बार आए
report-new = नए लोग
report-returning = { $n } ({ $rate }%)
report-not-shown = नहीं दिखाया गया
report-no-meets = कोई मीटिंग नहीं
report-fewer-than-5 = 5 से कम
report-each-fewer-than-5 = हर एक में 5 से कम
report-at-least = कम से कम { $n }
report-attendance-heading = हाज़िरी, महीने-दर-महीने
report-chart-attendance = छह महीने की हाज़िरी: { $scope }
report-feedback-heading = फ़ीडबैक
report-chart-feedback = { $question } ({ $scope })
report-answers = जवाब
report-words = लोगों के चुने शब्द
report-words-hint = उन सर्कल से, जिनमें उस महीने पाँच या ज़्यादा जवाब आए।
report-alerts = सेफ़्टी अलर्ट
report-alerts-caption = तरह के हिसाब से सेफ़्टी अलर्ट (सिर्फ़ गिनती)
report-no-alerts = इस महीने कोई सेफ़्टी अलर्ट नहीं।
report-alert-crisis = संकट वाली बातें
report-alert-asked = हाल-चाल पूछने को कहा
report-alert-contact-held = संपर्क जानकारी रोकी गई
report-alert-report = रूम में रिपोर्ट किया गया
report-summary-title = इम्पैक्ट सारांश
report-summary-heading = { $org }: { $month }
report-summary-print-hint = अपने ब्राउज़र के मेन्यू से यह पन्ना प्रिंट करें, या PDF के रूप में सेव करें; यह एक पन्ने में आ जाता है।

## In-person meets: venue details, counting in, the facilitator's sheet
venue-heading = वहाँ कैसे पहुँचें
venue-form-lead = जगह कैसी है, ताकि लोग आने से पहले तय कर सकें। अंदाज़ा लगाने के बजाय "पता नहीं" चुनें।
venue-step-free = बिना सीढ़ियों के अंदर आने का रास्ता
venue-hearing-loop = हियरिंग लूप
venue-quiet-room = थोड़ी देर अलग बैठने के लिए एक शांत कमरा
venue-toilets = सबके लिए (जेंडर-न्यूट्रल) टॉयलेट
venue-transport = सबसे पास का बस-स्टॉप या स्टेशन
venue-transport-hint = कुछ शब्द, जैसे "बस 24 ठीक बाहर रुकती है; राजीव चौक मेट्रो, 5 मिनट पैदल"।
venue-door = दरवाज़ा कैसे मिले
venue-door-hint = अंदर जाने का रास्ता कैसा दिखता है, जैसे "रैंप वाला हरा साइड दरवाज़ा; ‘हॉल’ लिखी घंटी बजाएँ"।
venue-answer-yes = हाँ
venue-answer-no = नहीं
venue-answer-unknown = पता नहीं
venue-answer-unknown-choice = कृपया हाँ, नहीं या पता नहीं में से चुनें।
venue-at-title = जगह पर
venue-at-heading = जगह पर
venue-count-in-heading = लोगों की गिनती
venue-count-in-lead = यह कोड दरवाज़े पर दिखाएँ या सबके बीच घुमा दें। लोग इसे अपने फ़ोन के कैमरे से स्कैन करके "मैं यहाँ हूँ" दबाते हैं; किसी से नहीं पूछा जाता कि वे कौन हैं, और सिर्फ़ गिनती रखी जाती है। अगर आप ख़ुद कमरे में गिनती करना चाहें, तो नीचे संख्या लिखें।
venue-qr-caption = QR कोड, जो चेक-इन पेज खोलता है:
venue-count-checked-in = { $count ->
    [0] अभी तक किसी ने ख़ुद को गिनती में नहीं जोड़ा है।
    [one] 1 व्यक्ति ने ख़ुद को गिनती में जोड़ा है।
   *[other] { $count } लोगों ने ख़ुद को गिनती में जोड़ा है।
}
venue-count-headcount = आपकी गिनती, { $headcount }, ही मानी जाएगी ({ $checked } ने ख़ुद को गिनती में जोड़ा)।
venue-headcount = आपकी गिनती
venue-headcount-hint = कमरे में कितने लोग थे, आपको मिलाकर। यह चेक-इन वाली गिनती की जगह ले लेती है; चेक-इन वाली गिनती रखनी हो तो ख़ाली छोड़ दें।
venue-headcount-save = गिनती सेव करें
headcount-invalid = कृपया 0 से 1000 तक की पूरी संख्या लिखें, या ख़ाली छोड़ दें।
done-headcount-saved = गिनती सेव हो गई है।
venue-here-title = मैं यहाँ हूँ
venue-here-heading = स्वागत है
venue-here-lead = बटन दबाएँ, ताकि सर्कल को पता रहे कि कितने लोग यहाँ हैं। बस इतना ही।
venue-here-button = मैं यहाँ हूँ
venue-here-nothing-kept = हम नहीं पूछते कि आप कौन हैं। सिर्फ़ लोगों की गिनती रखी जाती है।
venue-here-thanks = शुक्रिया
venue-here-counted = आपको गिन लिया गया है। अब चाहें तो यह पन्ना बंद कर दें।
venue-at-link = जगह पर: लोगों की गिनती करें, आज शाम की शीट प्रिंट करें
venue-sheet-heading = आज शाम के लिए
venue-sheet-link = आज शाम की शीट, प्रिंट करने के लिए: सहमतियाँ, राउंड, सुरक्षा और हेल्पलाइन
sheet-title = आज शाम की शीट
sheet-print-hint = अपने ब्राउज़र के मेन्यू से यह पन्ना प्रिंट करें। इसमें आने वाले किसी का नाम नहीं है।
sheet-rounds = राउंड
sheet-check-in = आज के लिए आपका नाम, और एक शब्द (या 1 से 5 तक एक नंबर) कि आते वक़्त आपका मन कैसा है। कोई भी पास कर सकता है।
sheet-talking-piece = जिसके पास टॉकिंग पीस हो, वह अपने अनुभव से बोले; बाक़ी सब सुनें। पास करना हमेशा ठीक है।
sheet-check-out = एक शब्द, या कोई एक बात जो आज यहाँ से साथ ले जानी हो। कोई भी पास कर सकता है।
sheet-safety = अगर लगे कि कोई संकट में है
sheet-helplines = { $country } की हेल्पलाइन
sheet-no-helplines = इस सर्कल के देश की हेल्पलाइन अभी हमारे पास नहीं हैं। आपके कोऑर्डिनेटर इन्हें जोड़ सकते हैं।
sheet-qr-caption = ख़ुद को गिनती में जोड़ने के लिए स्कैन करें। कोई नाम नहीं पूछा जाता।

## i18n machinery
language-name = हिन्दी
language-switch-label = भाषा
language-switch-button = बदलें

## External meeting link (a circle that meets on an outside tool for now)
external-link-heading = किसी दूसरे टूल पर मीटिंग
external-link-lead = अगर आपकी संस्था को अभी कुछ समय किसी दूसरे वीडियो या फ़ोन टूल पर ही मिलना है, तो उसकी मीटिंग का लिंक यहाँ दें। जिनकी सीट पक्की है, और सर्कल के फ़ैसिलिटेटर, इसे हर मीटिंग से { $minutes } मिनट पहले से उसके ख़त्म होने तक मीटिंग के पेज और "मेरी मीटिंग" पर देखेंगे। यह सार्वजनिक पेजों, कैलेंडर फ़ाइलों, API या ईमेल में कभी नहीं दिखता। Holdspace के अपने रूम में मिलना हो तो इसे ख़ाली छोड़ दें।
external-link-field = मीटिंग का लिंक
external-link-hint = यह https:// से शुरू होना चाहिए, जैसे https://meet.example.org/abc-defg-hij
external-link-save = मीटिंग का लिंक सेव करें
external-link-invalid = यह मीटिंग का लिंक नहीं लगता। टूल से पूरा लिंक कॉपी करें, https:// से शुरू करके, बिना किसी स्पेस के।
external-link-https = कृपया ऐसा लिंक दें जो https:// से शुरू हो, ताकि जुड़ने का रास्ता सुरक्षित (एन्क्रिप्टेड) रहे।
done-external-link-saved = मीटिंग का लिंक सेव हो गया।
external-link-meets-elsewhere = यह सर्कल अभी Holdspace के रूम में नहीं, किसी दूसरे टूल पर मिलता है। जिनकी सीट पक्की है, उन्हें जुड़ने का लिंक यहाँ हर मीटिंग से { $minutes } मिनट पहले दिखेगा।
external-link-join = { $host } पर मीटिंग से जुड़ें
external-link-outside-hint = यह Holdspace से बाहर की एक दूसरी सेवा खोलता है: वहाँ उसकी अपनी प्राइवेसी की शर्तें लागू होती हैं।
external-link-later = जुड़ने का लिंक यहाँ मीटिंग शुरू होने से { $minutes } मिनट पहले दिखेगा।
audit-external-link-set = एक सर्कल को दूसरे टूल का मीटिंग लिंक दिया
audit-external-link-removed = एक सर्कल से दूसरे टूल का मीटिंग लिंक हटाया

## Video meets (cameras beside the voice call)
call-format-video = वीडियो और टेक्स्ट
call-heading-video = वीडियो कॉल
fact-call = ऑनलाइन मीटिंग
circle-call-voice = वॉइस और टेक्स्ट: चाहें तो कॉल से जुड़ें, या टेक्स्ट में ही रहें। कुछ भी रिकॉर्ड नहीं होता।
circle-call-video = वीडियो और टेक्स्ट: कैमरा तब तक बंद रहता है जब तक आप ख़ुद उसे चालू न करें, और आप सिर्फ़ आवाज़ या टेक्स्ट में भी रह सकते हैं। कुछ भी रिकॉर्ड नहीं होता।
call-camera-on = मेरा कैमरा चालू करें
call-camera-off = मेरा कैमरा बंद करें
call-camera-hint = आपका कैमरा बंद है। जब तक आप इसे चालू न करें, आपको कोई नहीं देखता, और आप इसे कभी भी बंद कर सकते हैं।
call-camera-live = आपका कैमरा चालू है। कॉल में बाक़ी लोग आपको देख सकते हैं।
call-no-camera = कैमरा इस्तेमाल नहीं हो पाया। आप अपनी आवाज़ के साथ कॉल में बने हुए हैं।
call-camera-refused = आपका कैमरा अभी नहीं दिखाया जा सका। आप अपनी आवाज़ के साथ कॉल में बने हुए हैं।
call-show-video = दूसरों का वीडियो दिखाएँ
call-video-hint = फ़ोन पर डेटा और बैटरी बचाने के लिए वीडियो पहले बंद रहता है। आवाज़ पर इसका कोई असर नहीं पड़ता।
call-here-heading = कॉल में
call-you = { $alias } (आप)
call-video-of = { $alias } का कैमरा
call-has-piece = टॉकिंग पीस इनके पास है

## The safety net's learned layer (an alert it raised, as facilitators see it)
room-alert-learned = किसी जाने-पहचाने वाक्यांश से नहीं, संदेश के मतलब से पहचाना गया ({$score}% यक़ीन)। सबसे मिलते-जुलते उदाहरण: {$like}।
room-alert-level-none = संकट की भाषा नहीं

## Trainings (the organisation's list, who completed which, what circles require)
trainings-title = ट्रेनिंग
trainings-lead = आपकी संस्था फ़ैसिलिटेटर से कौन-सी ट्रेनिंग चाहती है, किसने कौन-सी पूरी की है, और हर ट्रेनिंग कब तक मान्य रहती है।
trainings-list = आपकी संस्था की ट्रेनिंग
trainings-none = अभी कोई ट्रेनिंग नहीं है। पहली ट्रेनिंग नीचे जोड़ें।
training-retired = बंद की गई
training-change = बदलें
training-change-named = “{ $name }” बदलें
training-add = ट्रेनिंग जोड़ें
training-add-submit = ट्रेनिंग जोड़ें
training-save = बदलाव सेव करें
training-field-name = नाम
training-hint-name = जैसे “ध्यान से सुनना” या “बच्चों और किशोरों की सुरक्षा”।
training-field-covers = इसमें क्या सिखाया जाता है
training-hint-covers = एक-दो वाक्य, ताकि फ़ैसिलिटेटर जान सकें कि यह क्या है।
training-field-months = कितने महीने मान्य
training-hint-months = पूरी करने के बाद कितने महीने तक यह गिनी जाए, फिर दोबारा करनी होगी।
training-field-never = इसकी मियाद कभी ख़त्म नहीं होती
training-valid-months = { $months ->
    [one] { $months } महीना मान्य
   *[other] { $months } महीने मान्य
}
training-never-expires = मियाद कभी ख़त्म नहीं होती
training-valid-until = { $date } तक मान्य
training-expires-soon = { $date } को मियाद ख़त्म: 30 दिन के अंदर
training-expired-on = { $date } को मियाद ख़त्म हो गई
training-gap-missing = अभी पूरी नहीं की
training-name-missing = ट्रेनिंग का नाम लिखें।
training-months-invalid = महीनों की पूरी संख्या लिखें (जैसे 12), या “इसकी मियाद कभी ख़त्म नहीं होती” पर टिक करें।
training-retire-heading = यह ट्रेनिंग बंद करें
training-retire-lead = बंद की गई ट्रेनिंग न दी जाती है, न किसी सर्कल के लिए ज़रूरी रहती है। उसके रिकॉर्ड बने रहते हैं।
training-retire = ट्रेनिंग बंद करें
training-restore-heading = यह ट्रेनिंग फिर से शुरू करें
training-restore-lead = यह फिर से दी जाएगी, और सर्कल इसे फिर से ज़रूरी बना सकेंगे।
training-restore = फिर से शुरू करें
training-records = किसने क्या पूरा किया
training-records-lead = ट्रेनिंग पूरी होने की जाँच करने के बाद ही उसे यहाँ दर्ज करें। जाँचने वाले के तौर पर आपका नाम रखा जाता है। ये रिकॉर्ड सिर्फ़ कोऑर्डिनेटर और वही व्यक्ति देख सकते हैं।
training-record-none-yet = पहले कोई ट्रेनिंग जोड़ें और किसी को फ़ैसिलिटेटर की भूमिका दें; फिर आप यहाँ दर्ज कर पाएँगे।
training-field-member = फ़ैसिलिटेटर
training-field-training = ट्रेनिंग
training-field-completed = पूरी करने की तारीख़
training-hint-completed = जिस दिन ट्रेनिंग पूरी हुई, जैसे 2027-01-05।
training-choose-person = फ़ैसिलिटेटर चुनें
training-choose-training = ट्रेनिंग चुनें
training-member-missing = चुनें कि ट्रेनिंग किसने पूरी की।
training-training-missing = चुनें कि कौन-सी ट्रेनिंग पूरी हुई।
training-date-future = वह दिन अभी आया नहीं है। जिस दिन ट्रेनिंग पूरी हुई, वह तारीख़ डालें।
training-record-submit = दर्ज करें
training-records-none = अभी कुछ दर्ज नहीं है।
training-completed-checked = { $date } को पूरी की, { $checker } ने जाँचा
training-checked-by-gone = एक कोऑर्डिनेटर, जो अब यहाँ नहीं हैं
training-record-remove = यह रिकॉर्ड हटाएँ
training-record-remove-confirm = सिर्फ़ वही रिकॉर्ड हटाएँ जो ग़लती से दर्ज हुआ हो।
training-record-remove-yes = हाँ, हटा दें
training-record-link = ट्रेनिंग दर्ज करें
training-gaps-title = ट्रेनिंग की कमी
training-gaps-lead = आपके सर्कलों के वे फ़ैसिलिटेटर जिनकी कोई ज़रूरी ट्रेनिंग बाक़ी है, या जिनकी ट्रेनिंग की मियाद अगले 30 दिन में ख़त्म हो रही है।
training-gaps-none = कोई कमी नहीं: अगले 30 दिन तक हर फ़ैसिलिटेटर के पास अपने सर्कल की ज़रूरी ट्रेनिंग है।
training-assign-problem-heading = ये फ़ैसिलिटेटर सेव नहीं हुए
training-assign-blocked = { $alias } अभी इस सर्कल के फ़ैसिलिटेटर नहीं बन सकते: उन्हें { $trainings } चाहिए (बाक़ी है या मियाद ख़त्म हो गई है)।
circle-trainings-heading = इस सर्कल के लिए ज़रूरी ट्रेनिंग
circle-trainings-lead = जिनके पास ये ट्रेनिंग नहीं हैं, या जिनकी मियाद ख़त्म हो गई है, उन्हें इस सर्कल का फ़ैसिलिटेटर नहीं बनाया जा सकता।
circle-trainings-none = आपकी संस्था में अभी कोई ट्रेनिंग नहीं है।
circle-trainings-choose = इस सर्कल के फ़ैसिलिटेटर के लिए ज़रूरी
circle-trainings-save = ज़रूरी ट्रेनिंग सेव करें
own-trainings-heading = आपकी ट्रेनिंग
own-trainings-lead = आपके कोऑर्डिनेटर ने जो दर्ज किया है। इसे सिर्फ़ आप और कोऑर्डिनेटर देख सकते हैं।
own-trainings-none = अभी कुछ दर्ज नहीं है। अगर आपने कोई ट्रेनिंग पूरी की है, तो किसी कोऑर्डिनेटर को बताएँ।
done-training-saved = ट्रेनिंग सेव हो गई।
done-training-recorded = ट्रेनिंग दर्ज हो गई।
done-training-record-removed = रिकॉर्ड हटा दिया गया।
done-circle-trainings-saved = सर्कल की ज़रूरी ट्रेनिंग सेव हो गईं।
audit-training-added = एक ट्रेनिंग जोड़ी
audit-training-changed = एक ट्रेनिंग बदली
audit-training-retired = एक ट्रेनिंग बंद की
audit-training-restored = एक ट्रेनिंग फिर से शुरू की
audit-training-recorded = एक पूरी हुई ट्रेनिंग दर्ज की
audit-training-record-removed = एक ट्रेनिंग का रिकॉर्ड हटाया
audit-circle-trainings-changed = एक सर्कल की ज़रूरी ट्रेनिंग बदलीं

## A circle's words in other languages (the coordinator's circle page)
circle-text-heading = { $language } में सर्कल
circle-text-lead = जो लोग Holdspace { $language } में पढ़ते हैं, उन्हें सर्कल के अपने शब्दों की जगह ये शब्द दिखेंगे। किसी खाने को ख़ाली छोड़ें तो वहाँ सर्कल के अपने शब्द ही रहेंगे; सब ख़ाली कर दें तो यह रूप दिखना बंद हो जाएगा।
circle-text-name = सर्कल का नाम
circle-text-summary = एक लाइन में परिचय
circle-text-description = इस सर्कल के बारे में
circle-text-agreements = सर्कल की अपनी सहमतियाँ
circle-text-hint = हर लाइन में एक सहमति लिखें।
circle-text-save = { $language } वाले शब्द सेव करें
done-circle-text-saved = उस भाषा में सर्कल के शब्द सेव हो गए।

## Hindi, completely: a circle's words in another language, checked and logged (issue 17)
circle-text-name-too-long = कृपया नाम 120 कैरेक्टर तक रखें, जितना सर्कल के अपने नाम के लिए है।
circle-text-summary-too-long = कृपया परिचय 200 कैरेक्टर तक रखें, जितना सर्कल के अपने परिचय के लिए है।
circle-text-description-too-long = कृपया इसे 4,000 कैरेक्टर तक रखें, जितना सर्कल के अपने ब्योरे के लिए है।
audit-circle-text-saved = एक सर्कल के शब्द दूसरी भाषा में बदले
audit-circle-text-removed = एक सर्कल के दूसरी भाषा वाले शब्द हटाए
