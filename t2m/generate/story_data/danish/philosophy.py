"""Filosofi: korte, eftertænksomme betragtninger om forandring og identitet."""

from t2m.generate.story_data.danish.forms import ding
from t2m.generate.story_data.model import Frame, Material

PHILOSOPHY = Material(
    kind="story",
    subject="a short, thoughtful philosophical reflection for a general audience",
    titles=(
        "Skibet, der blev bygget om",
        "Hvad er et godt liv?",
        "{Den_thing} og floden",
        "Er du stadig den samme?",
    ),
    descriptions=(
        "En stille eftertanke om forandring, identitet og det, der bliver, når alting bevæger sig.",
        "En gammel gåde, {en_thing} og et par spørgsmål at tage med sig i dag.",
    ),
    # Not used by the paragraphs; every story topic has places.
    places=(
        {"sted": "en stille morgen ved åen"},
        {"sted": "en gåtur langs havnen"},
        {"sted": "en aften ved køkkenbordet"},
    ),
    things=(
        ding("et", "træskib", "træskibet", ("gammel", "gammelt", "gamle")),
        ding("et", "ur", "uret", ("gammel", "gammelt", "gamle")),
        ding("en", "stenbro", "stenbroen"),
    ),
    frames=(
        Frame(
            openings=(
                "Forestil dig {en_thing}, der år efter år bliver repareret stykke for stykke, "
                "indtil der ikke er en eneste oprindelig del tilbage. Er {det_thing} så stadig "
                "{den_thing} fra dengang? Den gåde har filosoffer diskuteret i mere end to tusind "
                "år.",
                "Den græske tænker Heraklit sagde, at man ikke kan træde ned i den samme flod to "
                "gange. Floden er aldrig den samme, og det er mennesket heller ikke. Det lyder "
                "enkelt. Alligevel er det en af de dybeste tanker, vi har.",
            ),
            beats=(
                "Tænk på din egen krop. Mange af dine celler bliver udskiftet gennem årene, dine "
                "minder flytter sig, og dine meninger ændrer sig. Og alligevel føler du dig som ét "
                "og samme menneske, det samme barn, som engang lærte at læse. Hvad er det "
                "egentlig, der forbliver det samme?",
                "Se på et gammelt billede af dig selv som barn. Barnet bærer dit navn, men det "
                "ville ikke genkende dig på gaden. Alligevel har du opfyldt eller glemt dets "
                "ønsker. I er forskellige og dog forbundne, som to bredder af den samme flod.",
                "Nogle siger, at hukommelsen gør os til dem, vi er. Den er tråden, der binder hver "
                "dag til den foregående. Men hukommelsen er skrøbelig og tager ofte fejl. Måske er "
                "vi mindre en ting end en historie, vi bliver ved med at fortælle os selv.",
                "Andre siger, at det handler om karakter: hvordan du behandler andre, hvad du "
                "holder af, hvad du vælger, når ingen ser det. Sådan set kan du blive et bedre "
                "menneske uden at holde op med at være dig selv. Måske er karakter mindre en "
                "ejendel end en retning.",
                "Søren Kierkegaard skrev i sin dagbog, at livet forstås baglæns, men må leves "
                "forlæns. Vi ser først sammenhængen, når vi kigger tilbage. Men vi må træffe vores "
                "valg nu, uden at kende den.",
                "Stoikerne gav et praktisk svar. Nogle ting er i vores magt, som vores domme og "
                "vores handlinger. De fleste ting er ikke. Roen begynder, sagde de, hvor vi holder "
                "op med at kæmpe mod den anden slags. Epiktet, der blev født som slave, levede "
                "netop efter den tanke.",
                "Forandring føles tit som tab. Men et liv uden forandring ville være et fotografi, "
                "ikke et liv. Floden er smuk, netop fordi den bevæger sig. Også et træ er kun "
                "levende, så længe det vokser.",
                "Tænk på en gammel ven, du ikke har set i tyve år. Når I mødes igen, genkender du "
                "ham med det samme. Ikke på ansigtet, som er forandret, men på latteren og på det, "
                "han lægger mærke til. Noget i ham er blevet, selvom næsten alt ved ham er nyt.",
                "Buddhistiske tænkere gik endnu længere. De så det faste jeg som en illusion, et "
                "praktisk navn for en strøm af øjeblikke. Overraskende mange finder den tanke "
                "befriende frem for skræmmende. Når der ikke er noget fast jeg at forsvare, bliver "
                "alting lettere.",
                "Og {den_thing}? Måske er {det_thing} stadig sig selv, fordi mennesker passer på "
                "{det_thing}, bruger {det_thing} og kalder {det_thing} ved navn. Måske bor en del "
                "af os selv i den omsorg, andre giver os.",
                "Måske er det bedre spørgsmål ikke, hvem du er, men hvem du er ved at blive. Hvert "
                "lille valg er en ny planke i skibet, og træet vælger du selv. Du er ikke kun "
                "skibet, du er også lidt skibsbygger.",
            ),
            climaxes=(),
            endings=(
                "Så næste gang du føler, at du ikke længere er den, du var, så tag det roligt. Det "
                "er floden heller ikke, og alligevel finder den vej til havet.",
                "Måske findes der intet endeligt svar, og det er helt i orden. Nogle spørgsmål er "
                "ikke til for at blive løst. Man bærer dem med sig som en lygte, der lyser vejen "
                "lidt længere frem.",
            ),
            texture=(
                "Det er værd at dvæle ved et øjeblik.",
                "Bliv et øjeblik ved det spørgsmål.",
                "Svaret er mindre indlysende, end det ser ud.",
                "Der er noget trøstende i den tanke.",
            ),
        ),
    ),
)
