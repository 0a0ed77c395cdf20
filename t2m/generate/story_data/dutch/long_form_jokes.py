"""Lange moppen: verhalen die de tijd nemen en eindigen met een clou."""

from t2m.generate.story_data.dutch.forms import ding
from t2m.generate.story_data.model import Frame, Material

JOKES = Material(
    kind="story",
    subject="a long-form joke: a shaggy-dog story that builds up and ends with a punchline",
    titles=(
        # Not naming the joke: the titles fit either frame and keep the punchline hidden.
        "Een hele lange mop",
        "Een mop die de tijd neemt",
        "De vreemdste dag uit het leven van {name}",
    ),
    descriptions=(
        "Een lange mop die rustig de tijd neemt. Blijf kijken tot de clou.",
        "{Name} maakt iets mee dat te gek is om waar te zijn. Een lang verhaal met een clou.",
    ),
    places=(
        {"place": "een polder buiten het dorp"},
        {"place": "een sloot langs de dijk"},
        {"place": "een boerenerf met een hek"},
    ),
    things=(ding("de", "kikker"), ding("de", "pet"), ding("het", "hek")),
    frames=(
        Frame(
            openings=(
                "{Name} was op weg naar een bruiloft in {town}, maar de navigatie had het ergens "
                "in de polder opgegeven. Na een uur rondrijden stopte {hij} bij een boer die tegen "
                "een hek leunde. Goedemiddag, zei {name}. Kunt u mij vertellen hoe ik in {town} "
                "kom?",
            ),
            beats=(
                "De boer nam zijn pet af en krabde op zijn hoofd. Naar {town}, zei hij langzaam. "
                "Dan gaat u hier rechtdoor tot de oude molen, en daar slaat u linksaf. Hij dacht "
                "even na. Nee, wacht. Die molen is vorig jaar afgebroken. Dan ziet u hem niet.",
                "Hij probeerde het opnieuw. U kunt ook over de dijk, zei hij. Die volgt u tot de "
                "kerk, en dan neemt u de tweede brug. Of de derde. Hij fronste. Nee, de tweede "
                "brug is dicht, en de derde is eigenlijk een vlonder. Daar past uw auto niet over.",
                "Een derde poging. Weet u waar vroeger café De Zwaan zat? Daar moet u rechtsaf. "
                "{Name} zei eerlijk dat {hij} dat niet wist. De boer knikte begrijpend. Nee, zei "
                "hij, dat weet bijna niemand meer. Het is al dertig jaar een kapsalon.",
                "Ondertussen kwam de buurman aanfietsen. Hij hoorde de vraag en begon meteen mee "
                "te denken. De twee mannen overlegden uitgebreid, met veel gewijs en hoofdgeschud. "
                "Over één ding waren ze het eens: de weg die de ander voorstelde, was zeker de "
                "verkeerde.",
                "De boer pakte een stok en tekende een kaart in het zand. Er kwamen sloten op, "
                "bruggen, een koe die daar meestal stond en een boom die bij een storm was "
                "omgewaaid. Na tien minuten keek hij trots naar zijn tekening. Toen begon het te "
                "regenen.",
                "Toen het ophield met regenen, begon de boer over de keer dat hij zelf in {town} "
                "was geweest. Dat was in negentienzesenzeventig, op een bruiloft, toevallig. Hij "
                "wist nog precies wat er gegeten werd, maar niet meer hoe hij er gekomen was. Zijn "
                "vrouw had toen gereden.",
                "{Name} keek op {zijn} horloge. De bruiloft begon over een halfuur. {Hij} vroeg "
                "voorzichtig of er misschien een bord was, of iets anders waar {hij} op kon "
                "letten. De boer dacht diep na. Er stond vroeger een bord, zei hij. Maar dat heeft "
                "mijn zwager meegenomen.",
                "De boer probeerde het via de snelweg. Eerst de verkeerde kant op, zei hij, tot de "
                "afslag bij het tankstation. Dan keren en terugrijden tot voorbij dit hek. Dan sta "
                "ik weer hier, zei {name}. De boer knikte tevreden. Precies, zei hij. Maar dan "
                "staat u tenminste de goede kant op.",
                "Er kwam een tractor voorbij, toen een groep wielrenners, en even later een "
                "verdwaalde toerist met dezelfde vraag. Hij sloot achter {name} aan in de rij. De "
                "boer begroette hem vriendelijk en vroeg om even geduld. Ze waren net met iets "
                "heel ingewikkelds bezig.",
            ),
            climaxes=(
                "Ten slotte zette de boer zijn pet weer op. Hij keek lang over de polder, naar het "
                "noorden, naar het zuiden en weer terug. Hij zuchtte diep, alsof hij een moeilijke "
                "waarheid moest vertellen. Weet u, {meneer}, zei hij ernstig. Ik zal eerlijk tegen "
                "u zijn.",
            ),
            endings=("Als ik naar {town} moest, zou ik niet hier beginnen.",),
            texture=(
                "Een koe keek geïnteresseerd over het hek.",
                "In de verte draaide een molen traag rond.",
                "De wind rook naar gras en slootwater.",
                "{Name} keek weer eens op {zijn} horloge.",
            ),
        ),
        Frame(
            openings=(
                "{Name} liep op een zondagmiddag langs een sloot buiten {town}, toen er een "
                "stemmetje uit het riet klonk. Op een blad zat een kikker. Kus me, zei de kikker, "
                "dan word ik een beeldschone prinses. {Name} keek de kikker even aan, pakte hem op "
                "en stopte hem in {zijn} jaszak.",
            ),
            beats=(
                "Na een tijdje klonk er gedempt gemopper uit de jaszak. Hallo, zei de kikker. "
                "Misschien heb je het niet goed gehoord. Als je me kust, word ik een prinses. Een "
                "echte, met een kroon en alles. {Name} zei niets en liep rustig door.",
                "Bij het bankje aan de vaart probeerde de kikker het opnieuw. Ik heb een kasteel, "
                "zei hij, met torens, een slotgracht en zeventien slaapkamers. Als je me kust, is "
                "het allemaal van jou. {Name} knikte beleefd en wandelde verder.",
                "Bij de molen werd de kikker wanhopig. Ik kan koken, riep hij. Ik kan zingen, ik "
                "kan boekhouden en ik ken alle verjaardagen van de koninklijke familie. Eén kusje "
                "maar. {Name} haalde een pepermuntje uit {zijn} andere zak en stopte het in {zijn} "
                "mond.",
                "Bij de brug kwam {friend} voorbij op de fiets en stopte verbaasd. Wat zit er in "
                "je zak, vroeg {friend}. Een kikker, zei {name}. Hij zegt dat hij een prinses "
                "wordt als ik hem kus. {Friend} lachte en vroeg of {name} dat al had geprobeerd. "
                "Nee, zei {name} alleen.",
                "Thuis zette {name} de kikker op de keukentafel, naast de fruitschaal. De kikker "
                "keek om zich heen en zei: mooi huis, maar een paleis is het niet. Denk er nog "
                "eens over na. Ik beloof je een leven vol feesten, juwelen en gouden koetsen.",
                "{Name} zette water op en maakte een kop thee. De kikker bleef praten, over zijn "
                "kasteel, over de bals, over de tuinen met pauwen en fonteinen. Een uur later was "
                "hij nog steeds niet uitgepraat, en de thee was allang op.",
                "Die middag ging {name} boodschappen doen, met de kikker in {zijn} borstzak. Bij "
                "de kassa fluisterde de kikker tegen de caissière dat hij eigenlijk een prinses "
                "was. De caissière vroeg of {name} zegeltjes wilde sparen. {Name} zei ja, en de "
                "kikker zei diep beledigd niets meer.",
                "Die avond belde {name} {zijn} moeder. {Zijn} moeder vroeg wat {hij} dat weekend "
                "had gedaan. Niks bijzonders, zei {name}, een stukje gewandeld. Op de achtergrond "
                "riep de kikker: en een prinses gevonden! Wat was dat voor geluid, vroeg {zijn} "
                "moeder. De radio, zei {name}.",
                "De volgende ochtend zat de kikker al klaar naast de broodtrommel. Hij had een "
                "nieuw plan. Hij zou eerst een halve prinses worden, zei hij, bij wijze van proef. "
                "Dan kon {name} rustig kijken of het beviel. {Name} smeerde een boterham en zei "
                "niets.",
            ),
            climaxes=(
                "Ten slotte hield de kikker het niet meer. Ik snap het niet, zei hij. Ik ben een "
                "betoverde prinses. Eén kus en ik ben van jou, met kasteel en al. Waarom kus je me "
                "niet gewoon?",
            ),
            endings=(
                "{Name} nam rustig een slokje thee. Kijk, zei {hij}. Voor een prinses heb ik "
                "eerlijk gezegd geen tijd. Maar een pratende kikker, dat is toch veel leuker.",
            ),
            texture=(
                "De kikker zuchtte diep.",
                "Ergens kwaakte een andere kikker, een stuk minder welbespraakt.",
                "De zon zakte langzaam achter de dijk.",
                "{Name} floot zachtjes een liedje.",
            ),
        ),
    ),
)
