"""Eigen onderwerp: een verhaal rond wat de gebruiker heeft ingetypt (slots
``{prompt}`` en ``{Prompt}``, altijd tussen aanhalingstekens)."""

from t2m.generate.story_data.dutch.forms import ding
from t2m.generate.story_data.model import Frame, Material

CUSTOM = Material(
    kind="story",
    subject="",
    titles=(
        "Een verhaal over „{Prompt}”",
        "{Name} en „{Prompt}”",
        "De dag van „{Prompt}”",
    ),
    descriptions=(
        "Een kort verhaal over „{prompt}”, met {name} uit {town}.",
        "{Name}, een klein stadje en de vraag naar „{prompt}”: een verhaal met een begin, een "
        "midden en een eind.",
    ),
    places=(
        {"place": "een klein stadje aan zee", "in_spot": "in het stadje"},
        {"place": "een druk, gezellig stadje", "in_spot": "in het stadje"},
        {"place": "een dorp tussen de weilanden", "in_spot": "in het dorp"},
    ),
    things=(
        ding("de", "landkaart", ("oud", "oude")),
        ding("de", "brief"),
        ding("de", "sleutel"),
        ding("het", "notitieboek", ("klein", "kleine")),
    ),
    frames=(
        Frame(
            openings=(
                "Dit is een verhaal over „{prompt}”. Het begint in {town}, {place}, waar {name} "
                "woonde. {Name} dacht er al heel lang over na. Op een dag besloot {hij} de zaak "
                "eindelijk tot op de bodem uit te zoeken.",
                "In {town} had iedereen een mening over „{prompt}”, maar {name} wilde het met "
                "eigen ogen zien. Dus pakte {hij} op een ochtend een tas in, stak {een_thing} bij "
                "zich en ging op pad.",
            ),
            beats=(
                "Eerst ging {name} naar {friend}, een oude vriend{friend_in_} die iedereen "
                "{in_spot} kende. {Friend} luisterde aandachtig, glimlachte en zei: de beste "
                "verhalen beginnen altijd met een vraag. Daarna schreef {friend} een lijstje op "
                "met mensen die {name} zeker moest spreken.",
                "{Name} was urenlang onderweg, stelde vragen en schreef de antwoorden op. Sommige "
                "mensen lachten, anderen haalden hun schouders op. Een oude vrouw op de markt zei "
                "maar één zin. Precies die zin ging de hele dag niet meer uit {zijn} hoofd.",
                "Tussen de middag zat {name} in een klein bakkerijtje en luisterde naar de mensen "
                "aan het tafeltje ernaast. Ze maakten ruzie over „{prompt}”, luid en met rode "
                "wangen. Aan het eind waren ze het over één ding eens: de ander had er geen "
                "verstand van. {Name} moest glimlachen en schreef alles op.",
                "Later die middag vroeg een klein meisje waar {name} eigenlijk naar zocht. {Name} "
                "legde het uit, zo goed als {hij} kon. Het meisje dacht even na en zei iets wat zo "
                "eenvoudig was dat {name} bleef staan. Kinderen, dacht {hij}, stellen de beste "
                "vragen.",
                "Die avond stonden er veel bladzijden vol, maar de antwoorden pasten niet bij "
                "elkaar. Het was als een puzzel waarvan één stukje ontbreekt. {Name} ging op een "
                "bankje zitten en keek naar de duiven. Soms, dacht {hij}, moet je ophouden met "
                "zoeken om iets te vinden.",
                "Toen gebeurde er iets onverwachts. {Name} was {de_thing} in {zijn} tas bijna "
                "vergeten. Maar juist {die_thing} had {hij} nu nodig. {Hij} haalde {hem_thing} "
                "tevoorschijn en bekeek {hem_thing} lang. Opeens viel er veel op zijn plek wat "
                "eerst alleen maar verwarring was geweest.",
                "Voor het eerst begreep {name} wat „{prompt}” echt voor {hem} betekende. Het was "
                "niet wat anderen hadden verteld. Het was eenvoudiger, en het was verrassender. "
                "{Name} schreef de gedachte meteen op, zodat die niet weer zou verdwijnen.",
                "Onderweg ontmoette {name} een vreemdeling die al jaren naar hetzelfde zocht. Een "
                "stukje liepen ze samen op en ruilden ze verhalen. Voordat hun wegen scheidden, "
                "gaven ze elkaar allebei één goed idee. Het idee van de vreemdeling was zo simpel "
                "dat {name} zich ergerde dat {hij} er zelf niet op was gekomen.",
                "Die nacht zat {name} bij een klein vuurtje en las {zijn} aantekeningen. Langzaam "
                "werd er een vorm zichtbaar, als een beeld dat uit de mist opdoemt. Boven {hem} "
                "fonkelden de sterren, alsof ze meelazen. En {name} begon te glimlachen.",
                "De volgende ochtend regende het pijpenstelen. {Name} schuilde in de bibliotheek "
                "van {town} en bladerde door oude kranten. Ook daar dook „{prompt}” op, in een "
                "kort berichtje dat bijna niemand had gelezen. {Name} schreef het woord voor woord "
                "over.",
                "Er bleef één moeilijkheid over. {Name} moest kiezen: de veilige weg naar huis of "
                "het steile pad naar het einde van het verhaal. {Hij} koos het steile pad. Meer "
                "dan eens wilde {hij} omkeren. Maar met elke stap werd het verhaal duidelijker.",
            ),
            climaxes=(
                "Toen {name} eindelijk aan het einde van de weg kwam, vond {hij} daar het antwoord "
                "op „{prompt}”. Het was heel anders dan alles wat {hij} zich had voorgesteld. "
                "{Hij} moest hardop lachen, omdat het zo lang had geduurd voordat {hij} het zag.",
            ),
            endings=(
                "{Name} ging terug naar {town} en vertelde {friend} alles. {Friend} luisterde naar "
                "het hele verhaal en zei: ik wist wel dat je het zou vinden. En wie sindsdien iets "
                "vraagt over „{prompt}”, wordt naar {name} gestuurd.",
                "Dat is het verhaal van {name} en „{prompt}”. Het heeft {hem} een beetje "
                "veranderd, zoals goede verhalen dat doen. En op lange avonden in {town} vertelt "
                "{hij} er nog steeds over.",
            ),
            texture=(
                "De zon schoof langzaam langs de hemel.",
                "Zoiets had in {town} nog nooit iemand gedaan.",
                "De weg was lang, maar {name} voelde zich licht.",
                "Die dag zou {name} nog lang onthouden.",
            ),
        ),
    ),
)
