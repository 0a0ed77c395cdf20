"""Lange Witze: Geschichten, die sich Zeit lassen und mit einer Pointe enden."""

from t2m.generate.story_data.german.forms import ding
from t2m.generate.story_data.model import Frame, Material

JOKES = Material(
    kind="story",
    subject="a long-form joke: a shaggy-dog story that builds up and ends with a punchline",
    titles=(
        # Not naming the joke: the titles fit either frame and keep the punchline hidden.
        "Ein sehr langer Witz",
        "Ein Witz, der sich Zeit lässt",
        "Der seltsamste Tag im Leben von {name}",
    ),
    descriptions=(
        "Ein langer Witz, der sich Zeit lässt. Bleib dran bis zur Pointe.",
        "{Name} erlebt etwas, das zu seltsam ist, um wahr zu sein. Eine lange Geschichte mit "
        "Pointe.",
    ),
    places=(
        {"place": "ein Auktionshaus in der Altstadt"},
        {"place": "ein kleines Haus am Waldrand"},
        {"place": "eine Kleinstadt mitten im Nirgendwo"},
    ),
    things=(ding("m", "Papagei"), ding("f", "Schnecke"), ding("m", "Hammer")),
    frames=(
        Frame(
            openings=(
                "An einem Samstag ging {name} in {town} zu einer Versteigerung, eigentlich nur, "
                "weil es draußen regnete. Auf dem Podest stand ein Käfig mit einem prächtigen "
                "grünen Papagei. Der Auktionator klopfte mit dem Hammer und sagte: Wir beginnen "
                "bei zehn Euro.",
            ),
            beats=(
                "{Name} hatte nie einen Vogel besessen. Aber der Papagei sah {ihn} so klug an, "
                "dass {er} die Hand hob. Zehn Euro, rief der Auktionator zufrieden. Sofort rief "
                "irgendwo im Saal eine Stimme: Zwanzig! Der Papagei nickte, als wäre das alles "
                "eine ausgezeichnete Entscheidung.",
                "{Name} sah sich um, konnte aber nicht erkennen, wer geboten hatte. Also bot {er} "
                "dreißig. Prompt kam aus dem Saal: Vierzig! Die Leute in der ersten Reihe begannen "
                "zu tuscheln. Der Auktionator strahlte. So einen Samstag hatte er seit Jahren "
                "nicht erlebt, und er rieb sich schon die Hände.",
                "Bei hundert Euro wurde {name} nervös. {Er} rechnete kurz nach, was {er} dafür "
                "sonst kaufen könnte: ein gebrauchtes Fahrrad, einen Wintermantel, drei Monate "
                "Kaffee. Dann hob {er} trotzdem die Hand. {Sein} Verstand sagte nein. {Sein}e Hand "
                "war offenbar anderer Meinung.",
                "Der Papagei legte den Kopf schief und musterte {name}, als wollte er sagen: Na, "
                "traust du dich? Aus dem Saal rief es: Zweihundert! {Name} bot zweihundertfünfzig, "
                "ohne lange nachzudenken. Ein Herr in der ersten Reihe flüsterte seiner Frau zu, "
                "das sei Wahnsinn. Sie flüsterte zurück, es sei spannender als Fernsehen.",
                "Bei dreihundert Euro las der Auktionator die Beschreibung vor. Papagei, grün, "
                "etwa zwanzig Jahre alt, kerngesund und sehr gesprächig. Bei dem Wort gesprächig "
                "ging ein Raunen durch den Saal. Das nächste Gebot aus dem Saal kam besonders "
                "schnell.",
                "In der Pause tauchte {friend} auf, {friend_ein} alte{friend_r} Bekannte{friend_r} "
                "aus der Schulzeit. {Name} fragte, ob das alles noch vernünftig sei. Vernünftig? "
                "sagte {friend}. Nein. Aber wer so lange mitbietet, der weiß etwas, was du nicht "
                "weißt.",
                "Bei fünfhundert Euro standen die Leute auf den Stühlen, um besser zu sehen. Der "
                "unsichtbare Bieter gab nicht nach. Jedes Mal kam sofort ein höheres Gebot, mit "
                "einer seltsam kratzigen Stimme. Manche tippten auf einen alten Herrn mit "
                "Erkältung. Andere wetteten, es sei ein Betrüger, der den Preis hochtreiben wolle.",
                "{Name} dachte an {sein}e stille Wohnung, an das leere Fensterbrett, an die langen "
                "Abende allein. Ein Papagei, der sprechen könnte, wäre eine echte Gesellschaft. "
                "Also bot {er} weiter, Gebot um Gebot. {Er} stellte sich schon vor, wie der Vogel "
                "morgens Guten Morgen sagte, oder wenigstens {sein}en Namen.",
                "Bei neunhundert Euro wischte sich der Auktionator den Schweiß von der Stirn. Zum "
                "Ersten, sagte er, zum Zweiten. Diesmal kam kein Gebot mehr, nur ein leises, "
                "beleidigtes Krächzen. Der ganze Saal hielt den Atem an. Nur der Papagei sah "
                "gelangweilt zur Decke, als ginge ihn das alles nichts an.",
            ),
            climaxes=(
                "Zum Dritten! Verkauft für neunhundertfünfzig Euro. {Name} bezahlte, nahm den "
                "Käfig und ging noch einmal zum Auktionator. Eine Frage noch, sagte {er}. Für so "
                "viel Geld: Kann der Vogel eigentlich sprechen?",
            ),
            endings=(
                "Der Auktionator sah {name} verwundert an. Sprechen? sagte er. Was glauben Sie "
                "denn, wer die ganze Zeit gegen Sie geboten hat?",
            ),
            texture=(
                "Der Papagei putzte sich seelenruhig die Federn.",
                "Im Saal roch es nach altem Holz und Bohnerwachs.",
                "Der Hammer des Auktionators glänzte im Licht.",
                "Irgendwo hinten hustete jemand, oder etwas.",
            ),
        ),
        Frame(
            openings=(
                "{Name} wohnte allein in einem kleinen Haus am Waldrand bei {town}. An einem "
                "verregneten Abend klopfte es leise an der Tür. Auf der Fußmatte saß eine Schnecke "
                "und fragte höflich, ob sie kurz hereinkommen dürfe. {Name} war müde. {Er} hob die "
                "Schnecke auf und warf sie in hohem Bogen in den Garten.",
            ),
            beats=(
                "Dann vergingen die Wochen. Der Herbst kam, die Blätter fielen, und {name} harkte "
                "jeden Samstag den Garten. Von der Schnecke war nichts mehr zu sehen, und bald "
                "dachte {er} nicht mehr an sie. Einmal fand {er} ein Loch im Salat, dachte sich "
                "aber nichts dabei.",
                "Im Winter schneite es so viel, dass {name} drei Tage lang nicht aus dem Haus kam. "
                "{Er} las zwei dicke Romane, lernte Brot backen und strickte einen Schal, der "
                "leider viel zu lang wurde. Am dritten Abend rief {er} aus lauter Langeweile alle "
                "Verwandten an, sogar die Tante, mit der seit Jahren niemand mehr sprach.",
                "Im Frühling verliebte sich {name} kurz und heftig in jemanden aus dem Kirchenchor "
                "von {town}. Es hielt genau bis Ostern. Danach trat {er} aus dem Chor aus und "
                "kaufte sich ein Fahrrad. Das Fahrrad benutzte {er} genau zweimal. Dann stand es "
                "im Schuppen, gleich neben dem alten Rasenmäher.",
                "{Friend} kam zu Besuch und fragte, was es Neues gebe. Nichts, sagte {name}, "
                "absolut nichts. Sie tranken Tee auf der Terrasse, und ganz hinten im Beet bewegte "
                "sich langsam etwas. {Friend} fand, {name} sehe müde aus, und empfahl Urlaub. "
                "{Name} versprach, darüber nachzudenken, und tat es nicht.",
                "Im Juli fuhr {name} für zwei Wochen an die Ostsee. {Er} las am Strand, aß zu "
                "viele Fischbrötchen und bekam einen Sonnenbrand in Form einer Sonnenbrille. Zu "
                "Hause war der Garten verwildert, und zwischen den Beeten war etwas unterwegs.",
                "Im Sommer strich {name} das Gartentor neu, erst grün, dann doch lieber blau. Die "
                "Nachbarn fanden beides scheußlich. {Name} fand das Tor wunderschön und grüßte die "
                "Nachbarn eine Woche lang nicht. Später strich {er} es heimlich wieder grün.",
                "Eines Tages klingelte ein Vertreter für Staubsauger und blieb zwei Stunden. "
                "{Name} kaufte keinen Staubsauger, wusste danach aber alles über Saugkraft. Am "
                "selben Abend hängte {er} ein Schild an die Tür: Bitte nicht klingeln und nicht "
                "klopfen.",
                "Im nächsten Herbst bekam {name} eine Gehaltserhöhung, einen neuen Kühlschrank und "
                "eine Erkältung, alles in derselben Woche. {Er} feierte alle drei mit Kamillentee. "
                "Der Arzt meinte, das sei alles ganz normal. Was genau er damit meinte, blieb "
                "unklar.",
                "So verging ein ganzes Jahr, Tag für Tag, mit allem, was ein Jahr eben so bringt. "
                "Den Abend mit der Schnecke hatte {name} längst vergessen. Der Kalender an der "
                "Küchenwand war voller Termine und Geburtstage. Von einer Schnecke stand da "
                "nirgends etwas.",
            ),
            climaxes=(
                "Genau ein Jahr später, wieder an einem verregneten Abend, klopfte es leise an der "
                "Tür. {Name} öffnete. Draußen war niemand. {Er} sah nach unten, und auf der "
                "Fußmatte saß die Schnecke, ein bisschen staubig, aber sehr entschlossen.",
            ),
            endings=(
                "Die Schnecke sah zu {ihm} hoch und sagte: Sag mal, was sollte das denn eben?",
            ),
            texture=(
                "Die Uhr in der Küche tickte gemütlich.",
                "Draußen im Garten war alles ruhig, sehr ruhig.",
                "Im Beet bewegte sich ein Salatblatt, ganz leicht.",
                "{Name} ahnte nicht das Geringste.",
            ),
        ),
    ),
)
