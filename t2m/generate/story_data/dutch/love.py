"""Liefdesverhaal: warm en hartelijk, twee mensen die elkaar bijna mislopen."""

from t2m.generate.story_data.dutch.forms import ding
from t2m.generate.story_data.model import Frame, Material

LOVE = Material(
    kind="story",
    subject="a warm, heartfelt love story",
    titles=(
        "Elke dinsdag {in_spot}",
        "{Name} en {friend}",
        "Ik geloof dat dit van u is",
        "Een dinsdag in {town}",
    ),
    descriptions=(
        "{Name} en {friend} komen elkaar elke week tegen {in_place}, en geen van beiden durft de "
        "eerste stap te zetten. Een kort liefdesverhaal.",
        "Een klein stadje, {een_thing} en twee mensen die elkaar bijna mislopen. Een "
        "liefdesverhaal uit {town}.",
    ),
    places=(
        {
            "in_place": "in een klein boekwinkeltje aan de gracht",
            "in_spot": "in het boekwinkeltje",
            "naar_spot": "naar het boekwinkeltje",
        },
        {
            "in_place": "in een klein café bij het station",
            "in_spot": "in het café",
            "naar_spot": "naar het café",
        },
        {
            "in_place": "op een bankje bij de haven",
            "in_spot": "op het bankje bij de haven",
            "naar_spot": "naar het bankje bij de haven",
        },
        {
            "in_place": "in de volkstuin aan de Lindelaan",
            "in_spot": "in de volkstuin",
            "naar_spot": "naar de volkstuin",
        },
    ),
    things=(
        ding("de", "paraplu", ("geel", "gele")),
        ding("het", "pocketboek", ("beduimeld", "beduimelde")),
        ding("het", "notitieboekje", ("blauw", "blauwe")),
        ding("de", "camera", ("oud", "oude")),
        ding("de", "sjaal", ("rood", "rode")),
    ),
    frames=(
        Frame(
            openings=(
                "{Name} zag {friend} voor het eerst op een regenachtige dinsdag {in_place} in "
                "{town}. {Friend} had {een_thing} in de hand en lachte ergens om. En {name} vergat "
                "een hele minuut lang waarvoor {hij} eigenlijk gekomen was.",
                "Elke dinsdag zat {name} {in_place} in {town}, en elke dinsdag was {friend} er al, "
                "met {friend_zijn} {poss_thing}. Maandenlang knikten ze alleen naar elkaar, twee "
                "vreemden die toevallig altijd op dezelfde plek waren.",
            ),
            beats=(
                "Op een dag liet {friend} {de_thing} liggen. {Name} nam {hem_thing} mee en oefende "
                "een hele week wat {hij} zou zeggen. Toen het zover was, zei {hij} alleen: ik "
                "geloof dat dit van u is. {Friend} vroeg of {name} hier vaker kwam. Het eerlijke "
                "antwoord was: alleen voor u. {Name} zei: af en toe.",
                "Dat was genoeg. Ze raakten aan de praat, elke dinsdag een beetje langer. Ze "
                "praatten over boeken, over het weer en over de vreemde dromen die {friend} elke "
                "ochtend opschreef. Soms werd het donker zonder dat ze het merkten.",
                "Op een keer stak er een storm op, en ze moesten een uur wachten tot de regen "
                "minder werd. Ze vertelden elkaar hun gênantste verhalen, het ene na het andere. "
                "{Name} had nog nooit zo hard om zichzelf gelachen.",
                "{Name} begon kleine dingen op te merken. Hoe {friend} het kopje schuin hield om "
                "de laatste slok te pakken. Welk liedje {friend} neuriede als {friend_hij} "
                "zenuwachtig was. En dat de regen altijd ophield als ze samen naar buiten liepen. "
                "{Name} schreef niets op en vergat toch geen enkel detail.",
                "Op een dag, midden in een zin, zei {friend} ineens je in plaats van u. Ze deden "
                "allebei alsof ze het niet hadden gemerkt. Op weg naar huis glimlachte {name} de "
                "hele tijd, zonder precies te weten waarom. Vanaf dat moment was elke dinsdag een "
                "beetje warmer dan de vorige.",
                "Op een dinsdag in de herfst was {friend} jarig. {Name} nam een taart mee die "
                "helaas een beetje scheef was uitgevallen. {Friend} at twee stukken en beweerde "
                "dat het de lekkerste taart ter wereld was. Dat was gelogen, en ze wisten het "
                "allebei.",
                "Toen kwam {friend} op een dinsdag niet. De dinsdag daarna ook niet. {Name} zat "
                "alleen {in_spot}, en de plek tegenover {hem} was zo leeg als een vraag die "
                "niemand durfde te stellen. {Name} wachtte tot het donker werd. Toen ging {hij} "
                "naar huis en liet het licht uit.",
                "Via een kennis hoorde {name} dat {friend} een baan in een andere stad had "
                "aangenomen. {Hij} schreef een brief, verscheurde hem, schreef een tweede en "
                "verscheurde die ook. Sommige woorden zijn makkelijker te denken dan te schrijven. "
                "Aan het eind lag er alleen een leeg vel voor {hem}.",
                "In de winter vond {name} een oud briefje in de zak van {zijn} jas. Er stond in "
                "het handschrift van {friend} een boektitel op en één zin: dit moet u echt lezen. "
                "{Name} kocht het boek nog dezelfde dag en las het in één nacht uit.",
                "Uiteindelijk schreef {name} een brief van maar drie regels. Er stond in wat {hij} "
                "nog nooit hardop had gezegd. {Hij} deed hem op de post voordat {hij} zich kon "
                "bedenken. Daarna bleef {hij} nog een tijdje bij de brievenbus staan, alsof {hij} "
                "de brief met pure wilskracht kon terughalen.",
                "Weken gingen voorbij zonder antwoord. {Name} ging toch elke dinsdag {naar_spot}, "
                "want daar voelde {hij} zich het meest zichzelf. {Hij} nam elke keer twee bekers "
                "thee mee. Eén ervan werd altijd koud.",
            ),
            climaxes=(
                "Toen stond {friend} op een grijze dinsdag in het voorjaar ineens voor {hem}. "
                "{Friend} was nat van de regen en had een brief in de hand. Ik heb hem in de trein "
                "gelezen, zei {friend}. Elf keer. Toen heb ik een kaartje terug gekocht.",
            ),
            endings=(
                "Ze zien elkaar nog steeds elke dinsdag {in_spot}, alleen komen ze nu samen. "
                "{De_thing} heeft thuis een ereplaats op de boekenplank. {Hij_thing} herinnert hen "
                "eraan dat de mooiste dingen vaak beginnen met één zin: ik geloof dat dit van u "
                "is.",
                "Een jaar later, {in_spot}, stelde {name} een vraag waarop maar één woord als "
                "antwoord nodig was. {Friend} zei het twee keer, voor de zekerheid. En buiten "
                "hield de regen op, precies op het goede moment.",
            ),
            texture=(
                "Buiten ging de regen over in een zachte motregen.",
                "Ergens speelde zachtjes een radio.",
                "De lichtjes van de stad gingen een voor een aan.",
                "De kerkklok sloeg zes uur.",
            ),
        ),
    ),
)
