"""Motiverende historie: en stor drøm, små skridt og en lære, man kan bruge
med det samme."""

from t2m.generate.story_data.danish.forms import ding
from t2m.generate.story_data.model import Frame, Material

MOTIVATIONAL = Material(
    kind="story",
    subject="a motivational story with a clear lesson the listener can use",
    titles=(
        "Begynd, før du er klar",
        "{Name} og {det_mål}",
        "Et lille skridt hver dag",
        "Dagen, hvor {name} ikke gav op",
    ),
    descriptions=(
        "{Name} ville {mål} og fejlede igen og igen. Det, der gjorde forskellen, var ikke talent, "
        "men en vane, som alle kan begynde på i dag.",
        "En kort, opmuntrende historie om {name}, en stor drøm og kraften i bare at blive ved.",
    ),
    places=(
        {"mål": "løbe et maraton", "det_mål": "maratonløbet"},
        {"mål": "åbne et lille bageri", "det_mål": "bageriet"},
        {"mål": "lære at spille klaver", "det_mål": "klaveret"},
        {"mål": "skrive en roman", "det_mål": "romanen"},
    ),
    things=(
        ding("en", "notesbog", "notesbogen"),
        ding("en", "kalender", "kalenderen"),
        ding("en", "dagbog", "dagbogen"),
    ),
    frames=(
        Frame(
            openings=(
                "Som femogtredive besluttede {name} at {mål}. Alle, {han} fortalte det til, "
                "smilede høfligt, sådan som man smiler ad en drøm, man ikke tror på. {Name} var "
                "heller ikke selv sikker. Men {han} begyndte alligevel.",
                "{Name} havde altid gerne villet {mål}. Og lige så længe havde {han} haft en grund "
                "til at lade være: for travlt, for træt, for sent. En morgen gik det op for {ham}, "
                "at grundene tilsammen var blevet til et helt liv.",
            ),
            beats=(
                "{Name} begyndte med en stor plan: to timer hver dag, ingen fridage. Efter en uge "
                "var {han} udmattet og gav næsten op. En for stor begyndelse, opdagede {han}, "
                "brænder hurtigt ud. Om aftenen lå {han} helt flad på sofaen og spurgte sig selv, "
                "hvorfor {han} overhovedet ville det.",
                "Så gjorde {name} målet mindre. Tyve minutter om dagen, hverken mere eller mindre. "
                "For hver dag, det lykkedes, satte {han} et kryds i {den_thing}. Der var kun én "
                "regel: Rækken af krydser måtte ikke brydes. Tyve minutter, tænkte {name}, kan man "
                "klare selv på en dårlig dag.",
                "Nogle dage føltes fantastiske. De fleste føltes helt almindelige. Et par stykker "
                "føltes umulige, og netop dem talte mest, fordi {name} gjorde det alligevel. Der "
                "var ingen klapsalver og ingen belønning, kun endnu et kryds. Men kryds for kryds "
                "voksede der noget frem, som var {hans} eget.",
                "{Friend}, en nabo fra den anden side af vejen, ville være med. Fra da af ventede "
                "der nogen på {name}, og det blev sværere at springe over. På de dårlige dage "
                "mindede de hinanden om, hvorfor de var begyndt. Nogle gange sagde {friend} bare: "
                "tyve minutter, ikke mere. Og som regel var det nok.",
                "Efter tre måneder bladrede {name} gennem {den_thing}. Halvfems små krydser. Ikke "
                "ét af dem havde føltes som fremskridt. Men tilsammen udgjorde de en strækning, "
                "{han} knap kunne tro på. {Name} sad længe og lod en finger glide hen over "
                "siderne.",
                "Så kom et tilbageslag: en influenza, ballade på arbejdet, en lang grå vinter. I "
                "to uger forblev {den_thing} tom. Den gamle stemme i hovedet vendte tilbage og "
                "sagde: Se, det bliver aldrig til noget. Denne gang troede {name} næsten på den.",
                "Nogle morgener sammenlignede {name} sig med folk, der virkede meget længere "
                "fremme. Det hjalp aldrig. Den eneste fair sammenligning, besluttede {han}, var "
                "med den, {han} selv havde været en måned før. Den sammenligning faldt næsten "
                "altid godt ud, og den gav mod i stedet for angst.",
                "{Name} svarede med det mindste skridt, {han} kunne finde. Fem minutter i stedet "
                "for tyve. En dårlig dag, der alligevel blev gennemført, er også en gennemført "
                "dag. Og rækken begyndte forfra. Snart blev det til ti minutter og en uge senere "
                "til tyve igen.",
                "En dag opdagede {name}, at {han} ikke længere skulle forhandle med sig selv hver "
                "morgen. De tyve minutter hørte bare til, ligesom at børste tænder. Motivationen "
                "var ikke længere nødvendig, vanen bar {ham}. En søndag glemte {name} endda at "
                "kigge på uret og fortsatte bare en hel time.",
                "En aften spurgte en pige fra opgangen, hvordan man egentlig lærer sådan noget. "
                "{Name} tænkte længe. Så sagde {han}: Man begynder, og så holder man bare ikke op "
                "igen. Pigen syntes, det var et kedeligt svar. {Name} syntes pludselig, det var "
                "smukt.",
            ),
            climaxes=(
                "Et år efter den første klodsede uge var det så vidt: Det lykkedes {name} at "
                "{mål}. Det var ikke perfekt, og det behøvede det heller ikke at være. Den, der "
                "kom i mål, var ikke længere den samme som den, der var startet.",
            ),
            endings=(
                "Det er læren fra historien om {name}. Du behøver ikke at føle dig klar. Start i "
                "det små, hold fast på de almindelige dage, og tilgiv dig selv de dårlige. Dit "
                "første skridt kan være i dag.",
                "Er der noget, du har skudt foran dig i årevis? Tag ét lille skridt hen imod det i "
                "dag. Og et til i morgen. Mere gjorde {name} ikke, og mere skal der ikke til.",
            ),
            texture=(
                "Hvert kryds i {den_thing} var et lille løfte, der blev holdt.",
                "Det sværeste var altid det første minut.",
                "Det gik langsomt, men det gik fremad.",
                "Ingen så med, og det var helt fint.",
                "Motivationen kom og gik, vanen blev.",
            ),
        ),
    ),
)
