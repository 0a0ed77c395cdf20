"""Verhaaltje voor het slapengaan: een kind, een knuffel en een stille tocht
door de nacht, rustig en zacht voor kleine kinderen."""

from t2m.generate.story_data.dutch.forms import ding
from t2m.generate.story_data.model import Frame, Material

BEDTIME = Material(
    kind="story",
    subject="a calm, gentle bedtime story for young children",
    titles=(
        "{Name} kan niet slapen",
        "{Name} en de stille maan",
        "Welterusten, {name}",
        "{Name} en {de_thing}",
        "De lange weg naar huis",
    ),
    descriptions=(
        "{Name} kan niet slapen en gaat met {zijn} {poss_thing} naar buiten om de maan gedag te "
        "zeggen. Een zacht verhaaltje voor het slapengaan.",
        "Zacht, langzaam en slaperig: {name} en {de_thing} zeggen de hele wereld welterusten.",
    ),
    places=(
        {
            "waar": "aan de rand van een grote wei",
            "boven_spot": "boven de wei",
            "langs_spot": "over de wei",
        },
        {
            "waar": "aan een brede, trage rivier",
            "boven_spot": "boven de rivier",
            "langs_spot": "langs de rivier",
        },
        {
            "waar": "aan de rand van een diep, groen bos",
            "boven_spot": "boven het bos",
            "langs_spot": "door het bos",
        },
        {
            "waar": "achter een hoge, groene dijk",
            "boven_spot": "boven de dijk",
            "langs_spot": "over de dijk",
        },
    ),
    things=(
        ding("de", "knuffelbeer"),
        ding("het", "knuffelkonijn"),
        ding("de", "knuffelgiraf"),
        ding("het", "knuffelschaap"),
        ding("de", "knuffelhond"),
    ),
    frames=(
        Frame(
            openings=(
                "Er was eens een klein huis {waar}, en daar woonde {name}. Elke avond kwamen de "
                "sterren tevoorschijn, een voor een. En elke avond was {name} veel te nieuwsgierig "
                "om {zijn} ogen dicht te doen.",
                "In een klein huis {waar} lag {name} in bed, met {zijn} {poss_thing} in {zijn} "
                "armen. De maan was zo groot en rond dat {name} fluisterde: ik wil hem gedag "
                "zeggen. En {de_thing} fluisterde terug: kom dan maar mee.",
            ),
            beats=(
                "Zachtjes, heel zachtjes slopen ze samen naar buiten. De bloemen in de tuin "
                "sliepen al en hadden hun blaadjes dichtgevouwen als kleine handjes. Welterusten, "
                "bloemen, fluisterde {name}. Alleen één klaproos was nog wakker. Ze gaapte, vouwde "
                "zich op en viel ook in slaap.",
                "Bij de sloot stond een oude reiger op één poot. Iedereen noemde het dier "
                "{friend}. De maan woont ver weg, zei {friend} vriendelijk, maar hij kijkt graag "
                "naar zichzelf in het water. En echt: in de sloot dreef de maan als een zilveren "
                "bord. {Name} zwaaide, en het leek bijna alsof de maan terugzwaaide.",
                "Aan de waterkant tikte {name} met één vinger in het water. De maan die erin "
                "spiegelde, wiebelde en viel in honderd stukjes uiteen. Daarna schoof hij langzaam "
                "weer in elkaar, alsof er niets was gebeurd. {Name} lachte een klein, slaperig "
                "lachje. Nog een keer? fluisterde {de_thing}. Maar {name} schudde {zijn} hoofd.",
                "Een familie vuurvliegjes zweefde voorbij. Ze knipten hun lampjes aan en uit, aan "
                "en uit, en wezen de weg {langs_spot}. Bij elke knipper werden ze een beetje "
                "trager. Het laatste vuurvliegje knipperde nog één keer, heel langzaam, alsof het "
                "welterusten zei.",
                "In de wei lagen de koeien al te slapen, groot en warm als zachte heuvels. Eén koe "
                "deed nog één oog open en zei heel zacht: boe. Het klonk precies als welterusten. "
                "{Name} zei zachtjes boe terug, en {de_thing} ook.",
                "Een klein wolkje schoof voor de sterren, zacht en grijs als een kussen. Het bleef "
                "een poosje hangen, alsof het even moest uitrusten. Toen dreef het verder, en de "
                "sterren kwamen weer tevoorschijn, een voor een.",
                "Onder de heg scharrelde een egeltje rond, op zoek naar een plekje om te slapen. "
                "Het rolde zich op tot een stekelig balletje tussen de bladeren. Slaap lekker, "
                "egeltje, fluisterde {name}. Het balletje snurkte heel zachtjes terug.",
                "Op een tak zat een grijze uil met grote, zachte ogen. Iedereen moet een keer "
                "slapen, zei de uil, zelfs de maan. Hij slaapt de hele dag, zodat hij de hele "
                "nacht over jou kan waken. Welterusten, uil, zei {name} zachtjes. En de uil "
                "knipperde één keer, heel langzaam en vriendelijk.",
                "Verderop stond de oude molen. Zijn wieken draaiden niet meer, want ook de molen "
                "ging slapen. Alleen de wind zong nog een zacht liedje tussen de wieken. Het werd "
                "steeds zachter en zachter, tot het bijna niet meer te horen was.",
                "{Name} gaapte een grote gaap, de grootste van de hele nacht. Opeens werden {zijn} "
                "voeten heel zwaar. De weg naar huis leek ineens heel, heel lang. Maar {de_thing} "
                "was bij {hem}, en dat maakte alles makkelijker.",
                "{De_thing} trok {name} zachtjes aan {zijn} mouw. Kijk eens, fluisterde "
                "{hij_thing}. Daar stond het kleine huis, en achter het raam brandde nog een warm "
                "lampje. Binnen stond een bed, precies zo groot als {name}. Iemand had het lampje "
                "speciaal voor hen laten branden.",
            ),
            climaxes=(
                "Toen draaiden ze om en liepen langzaam naar huis, langs de bomen, langs de sloot, "
                "langs de slapende bloemen. De maan liep de hele weg mee, alsof hij zeker wilde "
                "weten dat iedereen veilig thuiskwam.",
            ),
            endings=(
                "{Name} kroop onder {zijn} dekbed, met {de_thing} stevig in {zijn} armen. "
                "Welterusten, maan, fluisterde {hij}. En de maan, hoog {boven_spot}, scheen een "
                "beetje zachter en hield de wacht tot de ochtend.",
                "Thuis was het warm en stil. De sterren fonkelden, de wind neuriede zachtjes, en "
                "al snel sliepen {name} en {de_thing} diep en vast. Ze droomden van zilveren "
                "slootjes. Welterusten, {name}. Welterusten.",
            ),
            texture=(
                "Alles was stil en langzaam.",
                "De nacht was zacht en warm als een deken.",
                "Ver weg zong een krekel een slaapliedje.",
                "Boven het dak fonkelde één enkele ster.",
            ),
        ),
    ),
)
