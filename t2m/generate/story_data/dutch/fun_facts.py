"""Weetjes: verrassend maar waar, elk in een of twee zinnen uitgelegd."""

from t2m.generate.story_data.model import Frame, Material

FUN_FACTS = Material(
    kind="list",
    subject="a script of surprising but true fun facts, each explained in a sentence",
    titles=(
        "{n} weetjes die je vast nog niet kende",
        "{n} verrassende feiten over onze wereld",
        "Wist je dat? {n} verbluffende weetjes",
    ),
    descriptions=(
        "{n} ware weetjes over dieren, het heelal en de geschiedenis die verzonnen klinken, maar "
        "het niet zijn.",
        "Kort, waar en verrassend: {n} weetjes om door te vertellen.",
    ),
    frames=(
        Frame(
            openings=(
                "Hier komen een paar weetjes die verzonnen klinken, maar helemaal waar zijn. "
                "Sommige zijn vreemd, sommige grappig, en een paar ga je vanavond zeker "
                "doorvertellen.",
                "Zet je schrap voor een paar verrassingen. Elk van deze weetjes klopt, ook al "
                "klinkt het eerst als een grap. De natuur en de geschiedenis hebben meer humor dan "
                "je denkt.",
            ),
            beats=(
                "Honing uit oude Egyptische graven was na duizenden jaren nog eetbaar. Honing "
                "bevat zo weinig water en is zo zuur dat bacteriën er niet in kunnen groeien.",
                "Een octopus heeft drie harten en blauw bloed. Twee harten pompen het bloed door "
                "de kieuwen, het derde zorgt voor de rest van het lichaam.",
                "Volgens biologen is een banaan een bes, maar een aardbei niet. De kleine pitjes "
                "op een aardbei zijn namelijk de echte vruchtjes.",
                "Een dag op Venus duurt langer dan een jaar op Venus. De planeet draait zo "
                "langzaam om zichzelf dat hij eerder een rondje om de zon af heeft.",
                "Haaien zijn ouder dan bomen. Ze zwommen al rond, meer dan vierhonderd miljoen "
                "jaar geleden, lang voordat de eerste echte bomen groeiden.",
                "Wombats poepen kleine kubusjes. De vorm ontstaat in het laatste stuk van hun "
                "darmen en zorgt ervoor dat de keutels niet wegrollen.",
                "De Eiffeltoren is in de zomer hoger dan in de winter. Door de warmte zet het "
                "ijzer uit, en de top kan meer dan tien centimeter omhoog gaan.",
                "Zeeotters houden elkaars pootjes vast als ze slapen. Zo drijven ze niet van "
                "elkaar weg. Sommige wikkelen zich ook nog in zeewier, dat ze als een anker op hun "
                "plek houdt.",
                "Cleopatra leefde dichter bij de eerste maanlanding dan bij de bouw van de Grote "
                "Piramide van Gizeh. Toen zij leefde, was die piramide al meer dan tweeduizend "
                "jaar oud.",
                "Flamingo's zijn alleen roze doordat ze garnaaltjes en algen met rode kleurstoffen "
                "eten. Zonder dat voedsel worden ze na verloop van tijd bleek.",
                "Ongeveer een kwart van Nederland ligt onder de zeespiegel. Het laagste punt, bij "
                "Nieuwerkerk aan den IJssel, ligt bijna zeven meter onder NAP.",
                "In Nederland zijn meer fietsen dan inwoners. Op elke Nederlander komt gemiddeld "
                "meer dan één fiets, en in sommige steden zijn fietsen in de meerderheid.",
                "Het Wilhelmus is een van de oudste volksliederen ter wereld. De tekst is meer dan "
                "vierhonderdvijftig jaar oud en ontstond tijdens de opstand tegen Spanje.",
                "Een koala slaapt tot wel twintig uur per dag. Zijn menu van eucalyptusbladeren "
                "levert namelijk maar heel weinig energie op.",
                "Vlinders proeven met hun voeten. Zintuigen aan hun poten vertellen ze of een blad "
                "een goede plek is om hun eitjes te leggen.",
                "De Universiteit van Oxford is ouder dan het rijk van de Azteken. In Oxford werd "
                "al rond 1096 lesgegeven, de hoofdstad van de Azteken werd pas rond 1325 gesticht.",
                "Het nationale dier van Schotland is de eenhoorn. Al eeuwenlang staat hij op het "
                "koninklijke wapen van het land, als teken van zuiverheid en kracht.",
                "Een mens en een giraf hebben evenveel nekwervels, namelijk zeven. Bij een giraf "
                "is alleen elke wervel veel langer dan bij ons.",
            ),
            climaxes=(),
            endings=(
                "Welk weetje verraste jou het meest? Vertel het vandaag nog aan iemand en kijk hoe "
                "lang het duurt voordat die je gelooft.",
                "De wereld is vreemder dan we denken. Wie nieuwsgierig blijft, ontdekt elke dag "
                "iets nieuws. Dus blijf nieuwsgierig.",
            ),
        ),
    ),
)
