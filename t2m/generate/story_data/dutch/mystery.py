"""Detective: een kostbaar voorwerp verdwijnt in vijf minuten donker, een
eerlijke aanwijzing en de oplossing."""

from t2m.generate.story_data.dutch.forms import ding
from t2m.generate.story_data.model import Frame, Material

MYSTERY = Material(
    kind="story",
    subject="a mystery story with a fair clue and a satisfying solution",
    titles=(
        "{De_thing} is verdwenen",
        "{De_thing} van {town}",
        "Vijf minuten donker",
        "Een raadsel {in_spot}",
        "{Name} en {de_thing}",
    ),
    descriptions=(
        "{Een_thing} verdwijnt {in_place} in {town}, en {name} heeft één avond om de dief te "
        "vinden. Een korte detective met een eerlijke aanwijzing.",
        "Vijf minuten is het donker, en daarna is {de_thing} weg. {Name} volgt de sporen "
        "{door_spot} naar een oplossing die niemand had verwacht.",
    ),
    places=(
        {
            "in_place": "in een druk museum aan de rivier",
            "in_spot": "in het museum",
            "door_spot": "door het museum",
            "zaal": "de grote zaal",
        },
        {
            "in_place": "in een oud grand hotel aan zee",
            "in_spot": "in het hotel",
            "door_spot": "door het hotel",
            "zaal": "de balzaal",
        },
        {
            "in_place": "op een landgoed vol gasten",
            "in_spot": "op het landgoed",
            "door_spot": "door het landhuis",
            "zaal": "de salon",
        },
        {
            "in_place": "in een oud kasteel aan de Maas",
            "in_spot": "in het kasteel",
            "door_spot": "door het kasteel",
            "zaal": "de ridderzaal",
        },
    ),
    things=(
        ding("het", "kompas", ("zilveren", "zilveren")),
        ding("de", "ring", ("smaragden", "smaragden")),
        ding("de", "eerste druk", ("gesigneerde", "gesigneerde")),
        ding("het", "zakhorloge", ("gouden", "gouden")),
        ding("de", "waaier", ("beschilderd", "beschilderde")),
        ding("het", "beeldje", ("jade", "jade")),
    ),
    frames=(
        Frame(
            openings=(
                "Om precies negen uur viel {in_spot} het licht uit. Vijf minuten lang was het "
                "aardedonker, maar al die tijd klonk er pianomuziek, vrolijk en zonder één fout. "
                "Toen het licht weer aanging, was {de_thing} verdwenen. Meneer Van Dalen, de "
                "eigenaar, stond naast de vleugel en zei: ik heb de hele tijd gespeeld.",
                "{Name} was voor een rustig weekend naar {town} gekomen. Maar op de eerste avond "
                "viel {in_spot} de stroom uit. Toen het licht terugkwam, was {de_thing} uit de "
                "vitrine verdwenen. Iedereen had in het donker de piano gehoord, en meneer Van "
                "Dalen, de eigenaar, zei dat hij had gespeeld.",
            ),
            beats=(
                "Meneer Van Dalen wrong zijn handen. {De_thing} was zijn kostbaarste bezit, zei "
                "hij, en pas vorige week had hij {hem_thing} opnieuw laten verzekeren, voor het "
                "dubbele bedrag. {Name} schreef het op en zei niets. Niemand had hem naar de "
                "verzekering gevraagd.",
                "{Friend} had het dichtst bij de vitrine gestaan en zwoer niets te hebben gezien. "
                "In {friend_zijn} jaszak zat wel een kleine zaklamp. {Name} probeerde hem uit, "
                "maar de batterij was helemaal leeg. {Friend} kreeg een kleur en zei dat het ding "
                "al weken kapot was.",
                "Meneer Van Dalen bleef maar vertellen over zijn spel. Hij noemde het stuk, de "
                "toonsoort en zelfs de moeilijke loopjes in het midden. Hoe vaker hij het "
                "vertelde, hoe mooier het werd. {Name} luisterde geduldig en schreef elk woord op.",
                "Een oudere gast vertelde dat meneer Van Dalen al jaren piano speelde, maar nooit "
                "erg goed. Bij het moeilijke stuk in het midden ging het altijd mis, zei ze met "
                "een glimlach. Vanavond niet, zei iemand anders. Vanavond was het foutloos "
                "geweest.",
                "Iedereen zocht naar een dief die naar buiten was gerend. Maar de portier bij de "
                "voordeur zwoer dat er in die vijf minuten niemand was vertrokken. Hij hield een "
                "lijst bij van iedereen die kwam en ging, en er ontbrak niemand. Buiten lag het "
                "grind van de oprit onaangeroerd.",
                "In de meterkast vond {name} niets kapots. Iemand had de hoofdschakelaar gewoon "
                "omgezet en later weer aangezet. Het moest iemand zijn die precies wist waar de "
                "kast zat. Een ober herinnerde zich dat meneer Van Dalen er die middag nog naar "
                "had gevraagd.",
                "Een jonge assistente was bleek en zenuwachtig. Ze gaf toe dat ze die middag de "
                "sleutel van de vitrine had geleend, maar alleen om het glas te poetsen. Haar "
                "handen trilden, maar haar verhaal bleef hetzelfde, hoe vaak {name} ook doorvroeg.",
                "{Name} liep naar de vleugel en tilde voorzichtig de klep op. Op de toetsen lag "
                "een dun laagje stof, zonder één vingerafdruk. {Name} liet de klep weer zakken en "
                "zei nog steeds niets. Alleen {zijn} wenkbrauwen gingen even omhoog.",
                "In een zijkamer stond een ouderwetse platenspeler. De plaat draaide nog heel "
                "langzaam uit, en de naald stond in de laatste groef. Op het etiket stond precies "
                "het stuk dat iedereen in het donker had gehoord.",
                "Buiten tikte de regen tegen de ramen. {Name} keek naar de droge jassen aan de "
                "kapstok en naar de droge schoenen van alle gasten. Niemand was naar buiten "
                "geweest. De dief was nog in huis, en {name} wist het.",
                "De vitrine was niet opengebroken, maar met een sleutel geopend. Er waren maar "
                "twee sleutels. De ene had de assistente, de andere droeg meneer Van Dalen aan een "
                "ketting om zijn hals. Verschillende gasten zagen hem die ketting de hele avond "
                "dragen. Niemand had gezien dat hij de ketting afdeed.",
            ),
            climaxes=(
                "{Name} riep iedereen bij elkaar in {zaal}. De muziek in het donker, zei {hij}, "
                "kwam niet van de vleugel maar van een plaat. Wie een plaat opzet, hoeft zelf niet "
                "te spelen en heeft vijf minuten vrij. En maar één persoon had daar belang bij: "
                "meneer Van Dalen, die {de_thing} net dubbel had verzekerd.",
            ),
            endings=(
                "Meneer Van Dalen gaf het op voordat {name} was uitgepraat. {De_thing} zat, in een "
                "zakdoek gewikkeld, in de binnenzak van zijn colbert. {Name} nam de laatste trein "
                "uit {town} en sliep de hele reis.",
                "Meneer Van Dalen liet zich zwaar in een stoel zakken en bekende alles. Dezelfde "
                "nacht lag {de_thing} weer in de vitrine. {Name} ging terug naar {zijn} rustige "
                "weekend, maar naar pianomuziek luisterde {hij} nooit meer op dezelfde manier.",
            ),
            texture=(
                "De regen tikte gestaag tegen de ramen.",
                "Ergens sloeg een klok het kwartier.",
                "De gasten fluisterden in kleine, bezorgde groepjes.",
                "Niemand wilde als eerste naar huis.",
            ),
        ),
    ),
)
