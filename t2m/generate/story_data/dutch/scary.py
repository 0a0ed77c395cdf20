"""Griezelverhaal: een verlaten plek, een ding dat niet blijft staan waar je
het neerzet, drie nachten vol angst."""

from t2m.generate.story_data.dutch.forms import ding
from t2m.generate.story_data.model import Frame, Material

SCARY = Material(
    kind="story",
    subject="a scary story",
    titles=(
        "{De_thing} {in_spot}",
        "Drie nachten in {town}",
        "Wat er wachtte {in_spot}",
        "{Name} en {de_thing}",
        "Raak {de_thing} niet aan",
    ),
    descriptions=(
        "{Name} brengt een paar nachten door {in_place} bij {town}, en {de_thing} blijft daar niet "
        "staan waar je {hem_thing} neerzet. Een griezelverhaal om met het licht aan te luisteren.",
        "Een goedkope kamer, een stil dorp en {een_thing} {die_thing} uit zichzelf beweegt. Een "
        "kort spookverhaal over {name}, die een nacht te lang bleef.",
    ),
    places=(
        {
            "place": "een oude vuurtoren aan de noordkust",
            "in_place": "in een oude vuurtoren aan de noordkust",
            "spot": "de vuurtoren",
            "in_spot": "in de vuurtoren",
        },
        {
            "place": "een boerderij aan het eind van een zandpad",
            "in_place": "op een boerderij aan het eind van een zandpad",
            "spot": "de boerderij",
            "in_spot": "op de boerderij",
        },
        {
            "place": "een al twintig jaar gesloten hotel",
            "in_place": "in een al twintig jaar gesloten hotel",
            "spot": "het hotel",
            "in_spot": "in het hotel",
        },
        {
            "place": "een huisje diep in het dennenbos",
            "in_place": "in een huisje diep in het dennenbos",
            "spot": "het huisje",
            "in_spot": "in het huisje",
        },
        {
            "place": "een oude pastorie naast de kerk",
            "in_place": "in een oude pastorie naast de kerk",
            "spot": "de pastorie",
            "in_spot": "in de pastorie",
        },
    ),
    things=(
        ding("de", "speeldoos"),
        ding("de", "spiegel"),
        ding("de", "radio", ("oud", "oude")),
        ding("de", "schommelstoel"),
        ding("de", "pop", ("porseleinen", "porseleinen")),
        ding("het", "hobbelpaard"),
    ),
    frames=(
        Frame(
            openings=(
                "In oktober verhuisde {name} naar {place}, een paar kilometer buiten {town}. De "
                "huur was belachelijk laag en de makelaar praatte erg snel. Over {de_thing} in de "
                "achterste kamer zei hij geen woord.",
                "Niemand in {town} gaat na donker naar {spot}. Maar {name} had het geld nodig, en "
                "de klus leek simpel: drie nachten blijven en het licht laten branden. Op de "
                "eerste avond vond {hij} {de_thing}.",
                "Het eerste wat {name} {in_spot} opviel, was de stilte. Het tweede was {de_thing}. "
                "{Hij_thing} stond in een hoek, alsof iemand {hem_thing} daar net had neergezet en "
                "zo terug zou komen.",
            ),
            beats=(
                "De eerste nacht werd {name} om drie uur wakker. Ergens beneden maakte {de_thing} "
                "een zacht, geduldig geluid. Het hield op zodra {hij} {zijn} adem inhield, en "
                "begon weer zodra {hij} uitademde. {Name} lag met open ogen te wachten tot het "
                "licht werd.",
                "De volgende ochtend hield {name} zichzelf voor dat het de wind was geweest. {Hij} "
                "zette {de_thing} in een kast, draaide de sleutel om en stak die in {zijn} zak. De "
                "hele dag voelde {hij} hem tegen {zijn} been drukken, koud en zwaar. Die nacht "
                "sliep {hij} met het licht aan.",
                "Toen {name} die avond terugkwam, stond de kast open. {De_thing} stond midden in "
                "de kamer, gedraaid naar de deur waardoor {hij} net was binnengekomen. In het stof "
                "op de vloer was geen enkel spoor te zien. {Name} bleef lang in de deuropening "
                "staan.",
                "{Name} belde {friend}, die in {town} was opgegroeid. Na een lange stilte zei "
                "{friend} dat de vorige bewoonster precies zo'n {poss_thing} had gehad. Op een "
                "nacht was ze vertrokken, zonder zelfs maar een tas in te pakken. Meer wilde "
                "{friend} er niet over zeggen.",
                "In het archief van de plaatselijke krant vond {name} een oude foto van {spot}. In "
                "een raam op de bovenverdieping stond een wazige gestalte met een hand op "
                "{de_thing}. De foto was zeventig jaar oud. Onder het plaatje stond geen naam, "
                "alleen een datum en één woord: vermist.",
                "De volgende nacht kwamen de voetstappen dichterbij. Ze liepen over de overloop en "
                "bleven voor {zijn} deur staan. Onder de deur zag {name} de schaduw van twee "
                "voeten. Een heel uur lang bewogen ze niet. {Name} zat rechtop in bed en durfde "
                "nauwelijks te ademen.",
                "Vanaf toen liet {name} 's nachts alle lampen branden. Het hielp niet. De peertjes "
                "gingen een voor een uit, steeds eerst de verste, alsof er iets langzaam naar "
                "{hem} toe kwam. Toen alleen de lamp boven {zijn} bed nog brandde, hield het op. "
                "Het was alsof er iets wachtte.",
                "{Name} wilde weg. De auto sloeg pas bij de tiende poging aan. Na honderd meter "
                "hing er zo'n dichte mist over de weg dat {hij} {zijn} eigen handen op het stuur "
                "nauwelijks zag. {Hij} keerde om. Boven in het raam brandde een licht dat {hij} "
                "nooit had aangedaan.",
                "Binnen vond {name} {de_thing} op de keukentafel. Eronder lag een briefje in "
                "keurig, ouderwets handschrift. Er stond maar één zin op: je bent bijna zover. Het "
                "handschrift kwam {hem} vreemd bekend voor. Pas na een tijdje begreep {name} "
                "waarom: het was {zijn} eigen handschrift.",
                "Met een zaklamp klom {name} de steile trap op naar de zolder. In de oude balken "
                "waren namen gekrast, tientallen, elk met een datum. De laatste naam zag er vers "
                "uit. Het was {zijn} eigen naam. Ernaast was nog ruimte voor een datum, en die "
                "ruimte was leeg.",
            ),
            climaxes=(
                "Om middernacht ging {in_spot} al het licht tegelijk uit. In het donker fluisterde "
                "iemand vlak bij {zijn} oor {zijn} naam. Toen begon {de_thing} te spelen, te "
                "praten of te ademen. {Name} heeft later nooit kunnen zeggen wat het was.",
                "{Name} greep {de_thing} en gooide {hem_thing} in de open haard. {Hij_thing} "
                "brandde niet. De vlammen bogen opzij, en uit de schoorsteen kwam een lange, "
                "vermoeide zucht, alsof er iets heel ouds voor niets was gewekt.",
            ),
            endings=(
                "De volgende ochtend was {name} verdwenen. De politie vond {spot} leeg en "
                "opgeruimd, het bed opgemaakt, {de_thing} terug in de hoek. {Friend} rijdt er soms "
                "nog langs en zweert dat er boven altijd licht brandt.",
                "{Name} vertrok de volgende dag uit {town} en kwam nooit meer terug. Maar soms, "
                "ver weg, wordt {hij} 's nachts om drie uur wakker en hoort {hij} dat zachte, "
                "geduldige geluid. Elke keer is het een beetje dichterbij.",
                "Toen de zon opkwam, liep {name} de deur uit en keek niet meer om. {Hij} heeft "
                "nooit iemand verteld wat {hij} in dat laatste uur zag. {Hij} zegt alleen dat je "
                "sommige dingen beter kunt laten liggen waar je ze vindt.",
            ),
            texture=(
                "De wind duwde tegen de ramen, alsof hij naar binnen wilde.",
                "Ergens in de muren tikten oude leidingen als knokkels.",
                "De lucht rook naar stof en koud kaarsvet.",
                "Buiten stonden de bomen doodstil, en geen vogel zong.",
                "Elke klok in huis leek net iets te langzaam te tikken.",
            ),
        ),
    ),
)
