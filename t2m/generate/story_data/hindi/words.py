"""चित्रकार के हिंदी शब्द: शब्द-मूल से दृश्य के टैग, मनोभाव के शब्द, और वे छोटे मूल जो
केवल पूरे शब्द के रूप में मिलते हैं।

Devanagari endings are often one or two letters long ("आग" fire / "आगे" ahead, "पुल"
bridge / "पुलिस" police, "चाँद" moon / "चाँदी" silver), so this language matches its
whole stems exactly (``whole_ending=0`` in ``__init__``) and lists their inflected forms
as whole stems of their own. Every stem is also given in its common spellings: with
anusvara for chandrabindu (चाँद, चांद), with precomposed or decomposed nukta letters, and
without the nukta (बर्फ़, बर्फ)."""

import unicodedata

_NUKTA = "\u093c"


def _spellings(stem: str) -> list[str]:
    """``stem`` as written here plus its other common spellings."""
    base = unicodedata.normalize("NFD", stem)  # nukta letters as letter + U+093C
    forms = [stem, base, base.replace("\u0901", "\u0902")]
    forms += [f.replace(_NUKTA, "") for f in forms]
    forms += [unicodedata.normalize("NFC", f) for f in forms]
    letters = "\u0958\u0959\u095a\u095b\u095c\u095d\u095e\u095f"
    composed = {unicodedata.normalize("NFD", c): c for c in letters}
    for f in list(forms):
        for parts, letter in composed.items():
            f = f.replace(parts, letter)
        forms.append(f)
    return list(dict.fromkeys(forms))


def _lexicon(stems: dict[str, tuple[str, ...]]) -> dict[str, tuple[str, ...]]:
    out: dict[str, tuple[str, ...]] = {}
    for stem, tags in stems.items():
        for form in _spellings(stem):
            out.setdefault(form, tags)
    return out


def _stems(stems: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(form for stem in stems for form in _spellings(stem)))


LEXICON: dict[str, tuple[str, ...]] = _lexicon({
    # दिन का समय
    "रात": ("night", "stars"), "मध्यरात्रि": ("night", "moon"), "चाँद": ("night", "moon"),
    "चाँदनी": ("night", "moon"), "चंद्र": ("night", "moon"), "चन्द्र": ("night", "moon"),
    "चंदा": ("night", "moon"), "तारा": ("night", "stars"), "तारे": ("night", "stars"),
    "तारों": ("night", "stars"), "सितारा": ("night", "stars"), "सितारे": ("night", "stars"),
    "सितारों": ("night", "stars"), "अँधेर": ("night",), "अंधकार": ("night",),
    "शाम": ("dusk",), "शामें": ("dusk",), "शामों": ("dusk",), "साँझ": ("dusk",),
    "संध्या": ("dusk",), "गोधूलि": ("dusk",), "झुटपुट": ("dusk",),
    "सूर्यास्त": ("dusk", "sun"), "सूर्योदय": ("dusk", "sun"), "भोर": ("dusk", "sun"),
    "सवेर": ("dusk", "sun"), "सूरज": ("day", "sun"), "सूर्य": ("day", "sun"),
    "धूप": ("day", "sun"), "दिन": ("day",), "सुबह": ("day", "sun"), "दोपहर": ("day", "sun"),
    "उजाला": ("day",), "उजाले": ("day",), "रोशन": ("day",), "चमकील": ("day",),
    "गर्मी": ("day", "sun"), "गर्मियों": ("day", "sun"),
    # मौसम
    "बारिश": ("storm", "rain"), "बरसात": ("storm", "rain"), "बरसाती": ("storm", "rain"),
    "वर्षा": ("storm", "rain"), "मानसून": ("storm", "rain"), "सावन": ("storm", "rain"),
    "तूफ़ान": ("storm", "rain"), "आँधी": ("storm", "rain"), "गरज": ("storm", "lightning"),
    "गड़गड़ा": ("storm", "lightning"), "वज्रपात": ("storm", "lightning"),
    "तड़ित": ("storm", "lightning"), "फुहार": ("rain",), "बूँदाबाँदी": ("rain",),
    "भीग": ("rain",), "गीला": ("rain",), "गीली": ("rain",), "गीले": ("rain",),
    "बर्फ़": ("snow",), "हिमपात": ("snow",), "सर्दी": ("snow",), "सर्दियों": ("snow",),
    "जाड़": ("snow",), "बर्फ़ील": ("storm", "snow"), "धुंध": ("fog",), "धुँध": ("fog",),
    "कोहरा": ("fog",), "कोहरे": ("fog",), "कुहासा": ("fog",), "कुहरा": ("fog",),
    "बादल": ("clouds",), "मेघ": ("clouds",), "हवा": ("clouds", "speed"),
    "पवन": ("clouds", "speed"),
    # जगहें
    "समुद्र": ("sea",), "समंदर": ("sea",), "समुंदर": ("sea",), "सागर": ("sea",),
    "महासागर": ("sea",), "लहर": ("sea",), "तट": ("sea",), "तटों": ("sea",),
    "तटीय": ("sea",), "द्वीप": ("sea",), "टापू": ("sea",), "बंदरगाह": ("sea", "boat"),
    "बन्दरगाह": ("sea", "boat"), "नौकायन": ("sea", "boat"), "जहाज़": ("sea", "boat"),
    "युद्धपोत": ("sea", "boat"), "नाव": ("sea", "boat"), "नौका": ("sea", "boat"),
    "कश्ती": ("sea", "boat"), "लाइटहाउस": ("sea", "lighthouse"),
    "प्रकाशस्तंभ": ("sea", "lighthouse"), "झील": ("lake",), "तालाब": ("lake",),
    "सरोवर": ("lake",), "शहर": ("city",), "नगर": ("city",), "महानगर": ("city",),
    "क़स्बा": ("city",), "क़स्बे": ("city",), "गली": ("city",), "गलियाँ": ("city",),
    "गलियों": ("city",), "इमारत": ("city",), "भवन": ("city",), "गगनचुंबी": ("city",),
    "मीनार": ("city",), "टावर": ("city",), "दफ़्तर": ("city",), "ऑफ़िस": ("city",),
    "जंगल": ("forest",), "वन": ("forest",), "वनों": ("forest",), "अरण्य": ("forest",),
    "पेड़": ("forest",), "वृक्ष": ("forest",), "दरख़्त": ("forest",), "बरगद": ("forest",),
    "पीपल": ("forest",), "नीम": ("forest",), "पहाड़": ("mountain",), "पर्वत": ("mountain",),
    "हिमालय": ("mountain", "snow"), "चोटी": ("mountain",), "शिखर": ("mountain",),
    "चट्टान": ("mountain",), "घाटी": ("mountain",), "खेत": ("meadow",),
    "मैदान": ("meadow",), "चरागाह": ("meadow",), "फ़ार्म": ("meadow", "house"),
    "खलिहान": ("meadow", "house"), "बगीचा": ("meadow", "flowers"),
    "बगीचे": ("meadow", "flowers"), "बाग़": ("meadow", "flowers"),
    "उद्यान": ("meadow", "flowers"), "फुलवारी": ("meadow", "flowers"),
    "फूल": ("meadow", "flowers"), "पुष्प": ("meadow", "flowers"),
    "कमल": ("meadow", "flowers"), "गुलाब": ("meadow", "flowers"),
    "चमेली": ("meadow", "flowers"), "गेंदा": ("meadow", "flowers"), "घास": ("meadow",),
    "रेगिस्तान": ("desert",), "मरुस्थल": ("desert",), "थार": ("desert",),
    "रेत": ("desert",), "टीला": ("desert",), "टीले": ("desert",), "अंतरिक्ष": ("space",),
    "अन्तरिक्ष": ("space",), "ब्रह्मांड": ("space",), "ब्रह्माण्ड": ("space",),
    "ग्रह": ("space", "planet"), "मंगलयान": ("space", "planet"), "आकाशगंगा": ("space",),
    "रॉकेट": ("space", "rocket"), "मिसाइल": ("space", "rocket"),
    "उपग्रह": ("space", "rocket"), "चंद्रयान": ("space", "rocket"),
    "अपोलो": ("space", "rocket"),
    "पुस्तकालय": ("library",), "लाइब्रेरी": ("library",),
    # चीज़ें
    "घर": ("house",), "मकान": ("house",), "हवेली": ("house",), "कोठी": ("house",),
    "बंगला": ("house",), "बंगले": ("house",), "झोंपड़ी": ("house",), "झोपड़ी": ("house",),
    "कुटिया": ("house",), "डाकबंगल": ("house",), "दरवाज़": ("house",), "किवाड़": ("house",),
    "खिड़की": ("house",), "खिड़कियाँ": ("house",), "खिड़कियों": ("house",),
    "क़िला": ("castle",), "क़िले": ("castle",), "दुर्ग": ("castle",), "महल": ("castle",),
    "राजमहल": ("castle",), "राजा": ("castle",), "रानी": ("castle",),
    "राजकुमार": ("castle",), "राज्य": ("castle",), "सुल्तान": ("castle",),
    "बादशाह": ("castle",), "आग": ("fire",), "अग्नि": ("fire",), "लपट": ("fire",),
    "ज्वाला": ("fire",), "अलाव": ("fire",), "अँगीठी": ("fire",), "लौ": ("fire",),
    "मोमबत्ती": ("candle",), "मोमबत्तियों": ("candle",), "दीया": ("candle",),
    "दीये": ("candle",), "दीयों": ("candle",), "दीप": ("candle",), "सड़क": ("road",),
    "रास्त": ("road",), "राह": ("road",), "मार्ग": ("road",), "पगडंडी": ("road",),
    "हाईवे": ("road", "car"), "राजमार्ग": ("road", "car"), "गाड़ी": ("road", "car"),
    "कार": ("road", "car"), "कारें": ("road", "car"), "टैक्सी": ("road", "car"),
    "ड्राइवर": ("road", "car"), "यात्रा": ("road",), "सफ़र": ("road",),
    "पुल": ("bridge", "river"), "पुलों": ("bridge", "river"), "पुलिया": ("bridge", "river"),
    "नदी": ("river",), "नदियाँ": ("river",), "नदियों": ("river",), "दरिया": ("river",),
    "धारा": ("river",), "धाराओं": ("river",), "नाला": ("river",), "नाले": ("river",),
    "घाट": ("river",), "घाटों": ("river",), "गंगा": ("river",), "भूत": ("ghost", "night"),
    "भूतों": ("ghost", "night"), "भूतिया": ("ghost", "night"), "प्रेत": ("ghost", "night"),
    "चुड़ैल": ("ghost", "night"), "आत्मा": ("ghost",), "आत्माएँ": ("ghost",),
    "परछाईं": ("figure", "dark"), "परछाई": ("figure", "dark"), "साया": ("figure", "dark"),
    "साये": ("figure", "dark"), "दिल": ("heart",), "दिलों": ("heart",), "हृदय": ("heart",),
    "प्यार": ("heart",), "प्रेम": ("heart",), "इश्क़": ("heart",), "मोहब्बत": ("heart",),
    "मुहब्बत": ("heart",), "चुंबन": ("heart",), "चूम": ("heart",), "रोमांस": ("heart",),
    "किताब": ("book",), "पुस्तक": ("book",), "उपन्यास": ("book",), "डायरी": ("book",),
    "नोटबुक": ("book",), "कविता": ("book",), "पढ़": ("book",), "घड़ी": ("clock",),
    "घड़ियाँ": ("clock",), "घड़ियों": ("clock",), "समय": ("clock",), "घंटा": ("clock",),
    "घंटे": ("clock",), "घंटों": ("clock",), "चिड़िया": ("birds",), "चिड़ियों": ("birds",),
    "पक्षी": ("birds",), "पंछी": ("birds",), "परिंद": ("birds",), "तोता": ("birds",),
    "तोते": ("birds",), "मैना": ("birds",), "कबूतर": ("birds",), "उल्लू": ("birds",),
    "कौआ": ("birds",), "कोयल": ("birds",), "मोर": ("birds",), "मोरों": ("birds",),
    "फ़्लेमिंगो": ("birds",), "एमू": ("birds",), "उड़": ("birds",), "इंसान": ("figure",),
    "आदमी": ("figure",), "व्यक्ति": ("figure",), "लोग": ("figure",), "पुरुष": ("figure",),
    "औरत": ("figure",), "महिला": ("figure",), "स्त्री": ("figure",), "लड़की": ("figure",),
    "लड़कियाँ": ("figure",), "लड़का": ("figure",), "लड़के": ("figure",),
    "लड़कों": ("figure",), "बच्चा": ("figure",), "बच्चे": ("figure",), "बच्ची": ("figure",),
    "बच्चों": ("figure",), "यात्री": ("figure", "road"), "मुसाफ़िर": ("figure", "road"),
    "राही": ("figure", "road"), "नायक": ("figure",), "नायिका": ("figure",),
    "हीरो": ("figure",), "अजनबी": ("figure",), "दौड़": ("speed", "figure"),
    "तेज़": ("speed",), "जल्दी": ("speed",), "रफ़्तार": ("speed",),
    "रेस": ("speed", "road", "car"), "मैराथन": ("speed", "road"),
})  # fmt: skip

MOODS: dict[str, tuple[str, ...]] = {
    "calm": _stems(
        (
            "शांत",
            "शान्त",
            "शांति",
            "सुकून",
            "आराम",
            "धीरे",
            "कोमल",
            "चुप",
            "ठहर",
            "लोरी",
            "नींद",
        )
    ),
    "joy": _stems(
        (
            "ख़ुश",
            "मुस्कान",
            "मुस्कुरा",
            "मुस्करा",
            "हँस",
            "उम्मीद",
            "जश्न",
            "उत्सव",
            "दोस्त",
            "खेल",
            "मज़ा",
            "मज़े",
            "मज़ेदार",
            "त्योहार",
            "दिवाली",
        )
    ),
    "sad": _stems(
        (
            "उदास",
            "अकेल",
            "दुख",
            "दुःख",
            "आँसू",
            "रोना",
            "रोने",
            "रोत",
            "रोई",
            "रोया",
            "ग़म",
            "बिछड़",
            "खोया",
            "खोई",
            "खोए",
            "शोक",
        )
    ),
    "fear": _stems(
        (
            "डर",
            "भय",
            "ख़ौफ़",
            "रहस्य",
            "अजीब",
            "फुसफुसा",
            "सिहर",
            "काँप",
            "सन्नाटा",
            "सन्नाटे",
            "घबरा",
        )
    ),
    "epic": _stems(
        (
            "साहस",
            "बहादुर",
            "रोमांच",
            "खोज",
            "युद्ध",
            "लड़ाई",
            "किंवदंती",
            "चढ़ाई",
            "पराक्रम",
            "वीर",
            "वीरता",
            "अभियान",
            "चुनौती",
        )
    ),
    "tech": _stems(
        (
            "तकनीक",
            "टेक्नोलॉजी",
            "भविष्य",
            "रोबोट",
            "डेटा",
            "डाटा",
            "कंप्यूटर",
            "कम्प्यूटर",
            "विज्ञान",
            "वैज्ञानिक",
            "डिजिटल",
            "मशीन",
            "एआई",
        )
    ),
}

# Matched only as the exact word (``whole_ending=0``); inflected forms are listed.
WHOLE_STEMS = frozenset(_stems((
    "आग", "पुल", "पुलों", "चाँद", "दिल", "दिलों", "शाम", "शामें", "शामों", "तट", "तटों",
    "वन", "वनों", "घाट", "घाटों", "लौ", "भूत", "भूतों", "मोर", "मोरों", "कार", "कारें",
    "समय", "राह", "वीर", "वीरों", "दीप", "थार", "रेस", "एमू",
)))  # fmt: skip
