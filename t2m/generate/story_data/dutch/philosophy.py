"""Filosofie: korte, bedachtzame beschouwingen over verandering en identiteit."""

from t2m.generate.story_data.dutch.forms import ding
from t2m.generate.story_data.model import Frame, Material

PHILOSOPHY = Material(
    kind="story",
    subject="a short, thoughtful philosophical reflection for a general audience",
    titles=(
        "Het schip dat opnieuw werd gebouwd",
        "Wat is een goed leven?",
        "{De_thing} en de rivier",
        "Ben jij nog dezelfde?",
    ),
    descriptions=(
        "Een stille overpeinzing over verandering, identiteit en wat er blijft als alles beweegt.",
        "Een oud raadsel, {een_thing} en een paar vragen om vandaag mee te nemen.",
    ),
    # Not used by the paragraphs; every story topic has places.
    places=(
        {"place": "een stille ochtend aan de rivier"},
        {"place": "een wandeling langs de haven"},
        {"place": "een avond aan de keukentafel"},
    ),
    things=(
        ding("het", "schip", ("houten", "houten")),
        ding("de", "klok", ("oud", "oude")),
        ding("de", "brug", ("stenen", "stenen")),
    ),
    frames=(
        Frame(
            openings=(
                "Stel je {een_thing} voor {die_thing} jarenlang stukje bij beetje wordt hersteld, "
                "tot er geen enkel oorspronkelijk onderdeel meer over is. Is {hij_thing} dan nog "
                "{de_thing} van vroeger? Over dit raadsel twisten filosofen al meer dan "
                "tweeduizend jaar.",
                "De Griekse denker Herakleitos zei dat je nooit twee keer in dezelfde rivier kunt "
                "stappen. De rivier is nooit dezelfde, en de mens ook niet. Het klinkt eenvoudig. "
                "Toch is het een van de diepste gedachten die we hebben.",
            ),
            beats=(
                "Denk aan je eigen lichaam. Veel van je cellen worden in de loop der jaren "
                "vervangen, je herinneringen verschuiven en je meningen veranderen. En toch voel "
                "je je één en dezelfde persoon, hetzelfde kind dat ooit leerde lezen. Wat blijft "
                "er eigenlijk hetzelfde als bijna alles verandert?",
                "Kijk eens naar een oude foto van jezelf als kind. Dat kind draagt jouw naam, maar "
                "het zou je op straat niet herkennen. Toch heb jij zijn wensen vervuld of "
                "vergeten. Jullie zijn verschillend en toch verbonden, als twee oevers van "
                "dezelfde rivier.",
                "Sommigen zeggen dat ons geheugen ons maakt tot wie we zijn. Het is de draad die "
                "elke dag aan de vorige knoopt. Maar het geheugen is breekbaar en vergist zich "
                "vaak. Misschien zijn we minder een ding dan een verhaal dat we onszelf blijven "
                "vertellen.",
                "Anderen zeggen dat het om karakter gaat: hoe je met mensen omgaat, wat je "
                "belangrijk vindt, wat je kiest als niemand kijkt. Zo bekeken kun je een beter "
                "mens worden zonder op te houden jezelf te zijn. Misschien is karakter minder een "
                "bezit dan een richting.",
                "De filosoof Spinoza sleep lenzen voor de kost en dacht intussen na over alles wat "
                "bestaat. Hij schreef dat elk ding ernaar streeft om in zijn bestaan te volharden. "
                "Misschien betekent volharden niet stilstaan, maar steeds opnieuw worden wat je "
                "bent.",
                "De stoïcijnen gaven een praktisch antwoord. Sommige dingen liggen in onze macht, "
                "zoals ons oordeel en ons handelen. De meeste dingen niet. Rust begint, zeiden ze, "
                "waar we ophouden te vechten tegen die tweede soort. Epictetus, die als slaaf was "
                "geboren, leefde precies volgens die gedachte.",
                "Verandering voelt vaak als verlies. Maar een leven zonder verandering zou een "
                "foto zijn, geen leven. De rivier is juist mooi omdat ze stroomt. Ook een boom "
                "blijft alleen levend zolang hij groeit.",
                "Denk aan een oude vriend die je twintig jaar niet hebt gezien. Als jullie elkaar "
                "weer zien, herken je hem meteen. Niet aan zijn gezicht, dat is veranderd, maar "
                "aan zijn lach en aan wat hij opmerkt. Er is iets van hem gebleven, ook al is "
                "bijna alles aan hem nieuw.",
                "Boeddhistische denkers gingen nog verder. Zij zagen het vaste ik als een illusie, "
                "een handige naam voor een stroom van momenten. Verrassend veel mensen vinden die "
                "gedachte niet beangstigend maar bevrijdend. Als er geen vast ik is om te "
                "verdedigen, wordt alles veel lichter.",
                "En {de_thing}? Misschien blijft {hij_thing} wat {hij_thing} is, omdat mensen "
                "{hem_thing} onderhouden, gebruiken en bij naam noemen. Misschien woont een deel "
                "van wie we zijn in de zorg die anderen ons geven.",
                "Misschien is de betere vraag niet wie je bent, maar wie je aan het worden bent. "
                "Elke kleine keuze is een nieuwe plank in het schip, en het hout kies je zelf. Je "
                "bent niet alleen het schip, je bent ook een beetje de scheepsbouwer.",
            ),
            climaxes=(),
            endings=(
                "Dus als je voelt dat je niet meer bent wie je vroeger was, wees dan gerust. De "
                "rivier is dat ook niet meer, en toch vindt ze haar weg naar de zee.",
                "Misschien is er geen definitief antwoord, en dat is niet erg. Sommige vragen zijn "
                "er niet om opgelost te worden. Je draagt ze met je mee als een lantaarn, die de "
                "weg een stukje verder verlicht.",
            ),
            texture=(
                "Het loont om daar even bij stil te staan.",
                "Sta even stil bij die vraag.",
                "Het antwoord is minder vanzelfsprekend dan het lijkt.",
                "Er zit iets troostends in die gedachte.",
            ),
        ),
    ),
)
