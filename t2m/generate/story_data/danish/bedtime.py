"""Godnathistorie: et barn, et tøjdyr og en stille tur gennem natten, roligt og
blidt for små børn."""

from t2m.generate.story_data.danish.forms import ding
from t2m.generate.story_data.model import Frame, Material

BEDTIME = Material(
    kind="story",
    subject="a calm, gentle bedtime story for young children",
    titles=(
        "{Name} kan ikke sove",
        "{Name} og den stille måne",
        "Godnat, {name}",
        "{Name} og {den_thing}",
        "Den lange vej hjem",
    ),
    descriptions=(
        "{Name} kan ikke sove og går ud med {sin_thing} {poss_thing} for at sige godnat til månen. "
        "En blid godnathistorie.",
        "Stille, langsomt og søvnigt: {name} og {den_thing} siger godnat til hele verden.",
    ),
    places=(
        {
            "hvor": "ved kanten af en stor eng",
            "over_spot": "over engen",
            "langs_spot": "hen over engen",
        },
        {
            "hvor": "ved en bred, langsom å",
            "over_spot": "over åen",
            "langs_spot": "langs åen",
        },
        {
            "hvor": "i udkanten af en dyb, grøn skov",
            "over_spot": "over skoven",
            "langs_spot": "gennem skoven",
        },
        {
            "hvor": "bag de høje klitter",
            "over_spot": "over klitterne",
            "langs_spot": "hen over klitterne",
        },
    ),
    things=(
        ding("en", "bamse", "bamsen"),
        ding("en", "tøjkanin", "tøjkaninen"),
        ding("en", "tøjgiraf", "tøjgiraffen"),
        ding("et", "tøjfår", "tøjfåret"),
        ding("en", "tøjhund", "tøjhunden"),
    ),
    frames=(
        Frame(
            openings=(
                "Der var engang et lille hus {hvor}, og dér boede {name}. Hver aften kom "
                "stjernerne frem, én efter én. Og hver aften var {name} alt for nysgerrig til at "
                "lukke øjnene.",
                "I et lille hus {hvor} lå {name} i sin seng med {sin_thing} {poss_thing} i armene. "
                "Månen var så stor og rund, at {name} hviskede: Jeg vil sige godnat til den. Og "
                "{den_thing} hviskede tilbage: Så kom.",
            ),
            beats=(
                "Stille, helt stille listede de to ud i haven. Blomsterne sov allerede og havde "
                "foldet kronbladene sammen som små hænder. Godnat, blomster, hviskede {name}. Kun "
                "en lille valmue var stadig vågen. Den gabte, foldede sig sammen og faldt også i "
                "søvn.",
                "Oppe på taget stod en stork på ét ben. Den kiggede ned og klaprede stille med "
                "næbbet, klap, klap, klap. Det lød næsten som en vuggevise. {Name} vinkede, og "
                "storken nikkede, før den stak hovedet ind under vingen.",
                "Ude i laden sad en gammel nisse, som alle kaldte {friend}. Nissen spiste "
                "risengrød med en stor træske. Månen bor langt væk, sagde {friend} venligt, men "
                "den kan lide at spejle sig i vandet. Og ganske rigtigt: I vandtønden flød månen "
                "som en sølvtallerken.",
                "Ved den lille dam dyppede {name} en finger i vandet. Månen, der spejlede sig dér, "
                "vaklede og faldt i hundrede små stykker. Så samlede den sig langsomt igen, som om "
                "intet var hændt. {Name} lo en lille, søvnig latter. En gang til? hviskede "
                "{den_thing}. Men {name} rystede bare på hovedet.",
                "En familie sankthansorme lyste op i græsset. De tændte og slukkede deres små "
                "lygter, tænd og sluk, tænd og sluk, og viste vejen {langs_spot}. For hvert blink "
                "blev de lidt langsommere. Den sidste blinkede én gang til, helt langsomt, som om "
                "den sagde godnat.",
                "På marken lå køerne allerede og sov, store og varme som bløde bakker. En af dem "
                "åbnede ét øje og sagde ganske sagte: muh. Det lød præcis som godnat. {Name} sagde "
                "stille muh tilbage, og det gjorde {den_thing} også.",
                "En lille sky gled ind foran stjernerne, blød og grå som en pude. Den blev "
                "hængende lidt, som om den skulle hvile sig. Så drev den videre, og stjernerne kom "
                "frem igen, én efter én.",
                "Under hækken rodede et lille pindsvin rundt efter et sted at sove. Det rullede "
                "sig sammen til en pigget kugle mellem bladene. Sov godt, lille pindsvin, hviskede "
                "{name}. Kuglen snorkede helt stille tilbage.",
                "På en gren sad en grå ugle med store, bløde øjne. Alle skal sove engang, sagde "
                "uglen, selv månen. Den sover hele dagen, så den kan våge over dig hele natten. "
                "Godnat, ugle, sagde {name} sagte. Og uglen blinkede én gang, langsomt og venligt.",
                "{Name} gabte et stort gab, det største i hele natten. Pludselig blev {hans} "
                "fødder helt tunge. Vejen hjem virkede med ét meget, meget lang. Men {den_thing} "
                "var hos {ham}, og det gjorde alting lettere.",
                "{Den_thing} trak forsigtigt {name} i ærmet. Se, hviskede {det_thing}. Derhenne lå "
                "det lille hus, og i vinduet brændte der stadig en varm lampe. Derinde stod en "
                "seng, præcis så stor som {name}. Nogen havde ladet lampen brænde, bare for dem.",
            ),
            climaxes=(
                "Så vendte de om og gik langsomt hjem, forbi træerne, forbi laden, forbi de "
                "sovende blomster. Månen fulgte med hele vejen, som om den ville være sikker på, "
                "at alle kom godt hjem.",
            ),
            endings=(
                "{Name} krøb ind under dynen med {den_thing} tæt ind til sig. Godnat, måne, "
                "hviskede {han}. Og månen højt {over_spot} lyste lidt blødere og holdt vagt til "
                "den lyse morgen.",
                "Derhjemme var der lunt og stille. Stjernerne blinkede, vinden nynnede sagte, og "
                "snart sov {name} og {den_thing} trygt og godt. De drømte om sølvblanke søer. "
                "Godnat, {name}. Godnat.",
            ),
            texture=(
                "Alt var stille og langsomt.",
                "Natten var blød og varm som et tæppe.",
                "Langt borte sang en fårekylling en vuggevise.",
                "Over taget blinkede en enkelt stjerne.",
            ),
        ),
    ),
)
