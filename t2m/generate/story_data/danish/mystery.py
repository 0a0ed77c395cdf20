"""Krimi: en kostbar ting forsvinder i fem minutters mørke, et fair spor og
en opklaring."""

from t2m.generate.story_data.danish.forms import ding
from t2m.generate.story_data.model import Frame, Material

MYSTERY = Material(
    kind="story",
    subject="a mystery story with a fair clue and a satisfying solution",
    titles=(
        "{Den_thing} er forsvundet",
        "{Den_thing} fra {town}",
        "Fem minutter i mørke",
        "Gåden {i_spot}",
        "Hunden, der ikke gøede",
    ),
    descriptions=(
        "{En_thing} forsvinder {i_sted} i {town}, og {name} har én aften til at finde tyven. En "
        "kort krimi med et fair spor.",
        "Fem minutter i mørke, og bagefter er {den_thing} væk. {Name} følger sporene {gennem_spot} "
        "til en løsning, ingen havde ventet.",
    ),
    places=(
        {
            "i_sted": "på et travlt museum ved åen",
            "i_spot": "på museet",
            "gennem_spot": "gennem museet",
            "sal": "den store sal",
        },
        {
            "i_sted": "på et gammelt strandhotel",
            "i_spot": "på hotellet",
            "gennem_spot": "gennem hotellet",
            "sal": "balsalen",
        },
        {
            "i_sted": "på en herregård fuld af gæster",
            "i_spot": "på herregården",
            "gennem_spot": "gennem herregården",
            "sal": "havestuen",
        },
        {
            "i_sted": "på et gammelt slot ved fjorden",
            "i_spot": "på slottet",
            "gennem_spot": "gennem slottet",
            "sal": "riddersalen",
        },
    ),
    things=(
        ding("et", "sølvkompas", "sølvkompasset"),
        ding("en", "smaragdring", "smaragdringen"),
        ding("en", "førsteudgave", "førsteudgaven", ("signeret", "signeret", "signerede")),
        ding("et", "guldlommeur", "guldlommeuret"),
        ding("en", "vifte", "viften", ("malet", "malet", "malede")),
        ding("en", "jadefigur", "jadefiguren"),
    ),
    frames=(
        Frame(
            openings=(
                "Klokken præcis ni gik lyset ud {i_spot}. I fem minutter var der bælgmørkt, og "
                "ingen kunne se en hånd for sig. Da lyset kom igen, var {den_thing} væk. Det "
                "mærkelige var, at fru Holms lille hund, Bamse, ikke havde gøet én eneste gang.",
                "{Name} var kommet til {town} for at få en rolig weekend. Men den første aften gik "
                "strømmen {i_spot}, og bagefter var {den_thing} forsvundet fra montren. Fru Holm, "
                "der ejede {det_thing}, sad bleg med sin lille hund på skødet. Hunden gøede ellers "
                "af alle fremmede, sagde hun, men i mørket havde den været helt stille.",
            ),
            beats=(
                "Fru Holm forklarede, at Bamse gøede af postbuddet, af naboerne og af sit eget "
                "spejlbillede. Der var kun to mennesker i verden, den aldrig gøede af. Det var "
                "hende selv og hendes nevø Viktor, som havde passet den, siden den var hvalp.",
                "{Friend} havde stået nærmest montren og svor ikke at have set noget. I "
                "{friend_hans} lomme lå der dog en lille lommelygte. {Name} prøvede den, men "
                "batteriet var fladt. {Friend} rødmede og sagde, at den havde været i stykker i "
                "ugevis.",
                "Viktor var charmerende og velklædt og gik rundt med champagne til alle gæsterne. "
                "Men en af tjenerne fortalte, at han havde lånt penge af halvdelen af personalet. "
                "Han skyldte også penge til nogle mænd, man helst ikke skylder noget.",
                "Viktor var den første til at foreslå, at man ringede efter politiet. Han talte "
                "højt om en fremmed i mørkt tøj, som han mente at have hørt løbe mod udgangen. Men "
                "ingen andre havde hørt nogen løbe. Og Bamse havde jo ikke gøet.",
                "Alle ledte efter en tyv, der var løbet ud. Men portieren ved hoveddøren svor, at "
                "ingen var gået ud i de fem minutter. Han førte liste over alle, der kom og gik, "
                "og der manglede ingen. Tyven var altså stadig i huset.",
                "I kælderen fandt {name} sikringsskabet. Intet var ødelagt. Nogen havde bare slået "
                "hovedafbryderen fra og senere til igen. Det måtte være en, der kendte huset godt. "
                "En tjener huskede, at Viktor om eftermiddagen havde spurgt efter vejen til "
                "kælderen.",
                "En ung assistent var bleg og nervøs. Hun indrømmede, at hun havde lånt nøglen til "
                "montren samme eftermiddag, men kun for at pudse glasset. Hendes hænder rystede, "
                "men hendes historie var den samme, hvor mange gange {name} end spurgte.",
                "{Name} spurgte forsigtigt til forsikringen. Fru Holm rystede på hovedet. "
                "{Den_thing} var slet ikke forsikret, sagde hun. {Det_thing} havde tilhørt hendes "
                "mor, og det kunne ingen penge erstatte. Hun græd lidt, da hun sagde det, og Bamse "
                "slikkede hende på hånden.",
                "{Name} bad om at få slukket lyset igen, bare et øjeblik. I mørket gik {name} selv "
                "hen mod montren. Bamse begyndte straks at gø, højt og vredt. Da lyset kom "
                "tilbage, sad fru Holm stadig i sin stol med hunden i armene.",
                "{Name} lagde mærke til, at Viktor ikke havde rørt sit champagneglas, siden lyset "
                "kom tilbage. Han stod med hænderne dybt i lommerne og så hele tiden mod døren. "
                "Hver gang Bamse kiggede på ham, logrede den glad med halen.",
                "Montren var ikke brudt op, men åbnet med en nøgle. Der fandtes kun to nøgler. Den "
                "ene havde assistenten, den anden hang i et skab i fru Holms soveværelse. Kun "
                "familien vidste, hvor det skab stod.",
            ),
            climaxes=(
                "{Name} samlede alle i {sal}. Bamse gøer af alle fremmede, sagde {han}, også i "
                "mørke. I aftes var den helt stille, mens nogen gik hen til montren. Fru Holm sad "
                "med den på skødet hele tiden. Så var der kun én tilbage, som hunden ikke gøede "
                "af: Viktor.",
            ),
            endings=(
                "Viktor gav op, før {name} var færdig med at tale. {Den_thing} lå, svøbt i et "
                "lommetørklæde, i Viktors inderlomme. {Name} tog det sidste tog fra {town} og sov "
                "hele vejen hjem.",
                "Viktor satte sig tungt på en stol og tilstod det hele. Samme nat lå {den_thing} "
                "igen i montren, og Bamse fik en ekstra godbid. {Name} vendte tilbage til sin "
                "rolige weekend, men {han} har haft stor respekt for små hunde lige siden.",
            ),
            texture=(
                "Regnen trommede jævnt mod ruderne.",
                "Et sted slog et ur kvart.",
                "Gæsterne hviskede i små, bekymrede grupper.",
                "Ingen ville være den første til at gå hjem.",
                "Bamse snorkede sagte på fru Holms skød.",
            ),
        ),
    ),
)
