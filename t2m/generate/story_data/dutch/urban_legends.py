"""Moderne sage: verteld alsof het een vriend van een vriend is overkomen."""

from t2m.generate.story_data.dutch.forms import ding
from t2m.generate.story_data.model import Frame, Material

URBAN_LEGENDS = Material(
    kind="story",
    subject="a modern urban legend, told as if by a friend of a friend",
    titles=(
        "De legende van {spot}",
        "Stop nooit {bij_spot}",
        "{De_thing} van {town}",
        "Wat er gebeurde {bij_spot}",
    ),
    descriptions=(
        "Iedereen in {town} kent wel iemand die iemand kent die het heeft gezien. De legende van "
        "{spot}, en een vondst die je beter niet kunt aanraken.",
        "Een vriend van een vriend, een late nacht en {place}. Een moderne sage uit {town}.",
    ),
    places=(
        {
            "place": "een eenzame bushalte aan de dijk",
            "spot": "de bushalte",
            "bij_spot": "bij de bushalte",
            "rijd_spot": "langs de bushalte",
        },
        {
            "place": "een smalle brug over de Zwarte Vliet",
            "spot": "de brug",
            "bij_spot": "op de brug",
            "rijd_spot": "over de brug",
        },
        {
            "place": "een verlaten parkeerplaats langs de snelweg",
            "spot": "de parkeerplaats",
            "bij_spot": "op de parkeerplaats",
            "rijd_spot": "langs de parkeerplaats",
        },
        {
            "place": "een oude telefooncel bij de rotonde",
            "spot": "de telefooncel",
            "bij_spot": "bij de telefooncel",
            "rijd_spot": "langs de telefooncel",
        },
    ),
    things=(
        ding("de", "sjaal", ("rood", "rode")),
        ding("de", "munt", ("zilveren", "zilveren")),
        ding("het", "briefje", ("handgeschreven", "handgeschreven")),
        ding("de", "paraplu", ("zwart", "zwarte")),
        ding("het", "medaillon", ("zilveren", "zilveren")),
    ),
    frames=(
        Frame(
            openings=(
                "Wie in {town} opgroeit, hoort vroeg of laat over {place}. Ze zeggen dat wie daar "
                "na middernacht stopt, soms {een_thing} vindt. En dat je {hem_thing} nooit, maar "
                "dan ook nooit mag oppakken.",
                "Dit verhaal heb ik van {friend}, en {friend} heeft het van een neef die zweert "
                "dat het echt gebeurd is. Het gaat over {place}, over {een_thing} en over {name}, "
                "die niet in spookverhalen geloofde.",
            ),
            beats=(
                "Het begon vijftig jaar geleden, op een regenachtige novemberavond. Een jonge "
                "vrouw in een gele regenjas wachtte {bij_spot} op iemand die nooit kwam. De "
                "volgende ochtend was ze verdwenen. Alleen {een_thing} bleef achter, kurkdroog, "
                "terwijl het de hele nacht had geregend.",
                "Sindsdien, zo gaat het verhaal, komt {de_thing} terug. Niemand ziet {hem_thing} "
                "aankomen. Eén keer per jaar ligt {hij_thing} er gewoon, alsof iemand {hem_thing} "
                "net vergeten is en zo terugkomt. Wie {hem_thing} laat liggen, heeft een jaar lang "
                "geluk, zeggen ze. Wie {hem_thing} meeneemt, krijgt iets anders.",
                "{Name} hoorde het verhaal op een verjaardag en lachte erom. Nog diezelfde nacht "
                "reed {hij} erheen om het iedereen te bewijzen. De camera van {zijn} telefoon "
                "liep, en {hij} beloofde {zijn} vrienden een filmpje van helemaal niks. {Friend} "
                "waarschuwde {hem} nog, maar {name} lachte alleen maar harder.",
                "Eerst gebeurde er niets. Toen flikkerden de koplampen. Toen ze weer rustig "
                "brandden, lag {de_thing} op de grond, precies waar een seconde eerder nog niets "
                "had gelegen. Er was geen auto te zien, geen mens, geen dier. Alleen het zoemen "
                "van de lantaarnpalen was te horen, en toen zelfs dat niet meer.",
                "Tegen alle waarschuwingen in raapte {name} {de_thing} op. {Hij_thing} was koud, "
                "veel kouder dan de nacht, en rook vaag naar regen. Toch was de lucht helder en "
                "vol sterren. {Name} lachte zenuwachtig en zei hardop in de camera: zie je wel, "
                "gewoon toeval. {Zijn} stem klonk daarbij heel dun.",
                "Op weg naar huis keek {name} steeds weer in de achteruitkijkspiegel. Elke keer "
                "wist {hij} het even heel zeker. Op de achterbank zat een vrouw in een gele "
                "regenjas, doodstil, de handen in haar schoot. Als {hij} omkeek, was de achterbank "
                "leeg. Maar in de auto rook het naar natte stof.",
                "Toen {name} thuis het filmpje afspeelde, zag je de lege weg en het flikkeren. "
                "Daarna hoorde je een stem, vlak bij de microfoon. Die zei alleen: dank je wel "
                "voor het wachten. {Name} speelde het stukje tien keer af. De tiende keer was de "
                "stem verdwenen, alsof ze zich had bedacht.",
                "In het archief van de streekkrant vond {name} een kort berichtje uit de jaren "
                "zeventig. Een jonge vrouw uit {town} werd vermist, voor het laatst gezien in een "
                "gele regenjas. Er kwam nooit een vervolg. Het was alsof het hele dorp had "
                "besloten haar te vergeten.",
                "De volgende dag vroeg {name} bij de oude bakker in {town} naar de vrouw in de "
                "gele regenjas. De bakker werd bleek. Zijn moeder had haar gekend, zei hij zacht, "
                "en niemand praatte graag over haar. Bij het afscheid zei hij nog dat {name} die "
                "vondst beter kon terugbrengen, nu het nog kon.",
                "Een oude agent uit {town} vertelde later dat ze {bij_spot} elk jaar spullen "
                "vinden, altijd op dezelfde datum. Naar de afdeling gevonden voorwerpen brengt hij "
                "ze allang niet meer. De volgende ochtend zijn ze toch weer weg, zegt hij.",
            ),
            climaxes=(
                "De volgende ochtend was {de_thing} uit de auto verdwenen, hoewel alle portieren "
                "op slot zaten. Op de stoel waar {hij_thing} had gelegen, lag een oud buskaartje. "
                "Het was op de dag af vijftig jaar oud.",
            ),
            endings=(
                "{Name} woont nog steeds in {town} en praat nooit over die nacht. Maar als je na "
                "middernacht {rijd_spot} rijdt, zeggen de mensen, stop dan niet. En als je "
                "{de_thing} ziet liggen, laat {hem_thing} dan liggen. Iemand komt {hem_thing} nog "
                "altijd halen.",
                "Is het waar? {Friend} zegt van wel, en {friend} heeft het van iemand die erbij "
                "was. Zo gaat dat met legendes. Maar het buskaartje bestaat echt. {Name} bewaart "
                "het in een la, en die la gaat na zonsondergang nooit open.",
            ),
            texture=(
                "De lantaarnpalen zoemden en flikkerden.",
                "De weg was in beide richtingen leeg.",
                "Ergens in de verte begon een hond te janken.",
            ),
        ),
    ),
)
