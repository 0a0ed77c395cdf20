"""Moderne sagn: fortalt, som om det skete for en ven af en ven."""

from t2m.generate.story_data.danish.forms import ding
from t2m.generate.story_data.model import Frame, Material

URBAN_LEGENDS = Material(
    kind="story",
    subject="a modern urban legend, told as if by a friend of a friend",
    titles=(
        "Legenden om {spot}",
        "Stop aldrig {ved_spot}",
        "{Den_thing} fra {town}",
        "Det, der skete {ved_spot}",
    ),
    descriptions=(
        "Alle i {town} kender en, der kender en, der har set det. Legenden om {spot} og et fund, "
        "man aldrig bør røre.",
        "En ven af en ven, en sen nat og {sted}. Et moderne sagn fra {town}.",
    ),
    places=(
        {
            "sted": "et ensomt busstoppested ved landevejen",
            "spot": "busstoppestedet",
            "ved_spot": "ved busstoppestedet",
            "forbi_spot": "forbi busstoppestedet",
        },
        {
            "sted": "en smal bro over Sorte Å",
            "spot": "broen",
            "ved_spot": "på broen",
            "forbi_spot": "over broen",
        },
        {
            "sted": "en øde rasteplads ved motorvejen",
            "spot": "rastepladsen",
            "ved_spot": "på rastepladsen",
            "forbi_spot": "forbi rastepladsen",
        },
        {
            "sted": "en gammel telefonboks ved rundkørslen",
            "spot": "telefonboksen",
            "ved_spot": "ved telefonboksen",
            "forbi_spot": "forbi telefonboksen",
        },
    ),
    things=(
        ding("et", "halstørklæde", "halstørklædet", ("rød", "rødt", "røde")),
        ding("en", "sølvmønt", "sølvmønten", ("gammel", "gammelt", "gamle")),
        ding("en", "seddel", "sedlen", ("håndskrevet", "håndskrevet", "håndskrevne")),
        ding("en", "paraply", "paraplyen", ("sort", "sort", "sorte")),
        ding("en", "sølvmedaljon", "sølvmedaljonen"),
    ),
    frames=(
        Frame(
            openings=(
                "Vokser man op i {town}, hører man før eller siden om {sted}. Folk siger, at den, "
                "der stopper dér efter midnat, nogle gange finder {en_thing}. Og at man aldrig, "
                "aldrig må samle {det_thing} op.",
                "Den her historie har jeg fra {friend}, og {friend} har den fra sin fætter, som "
                "sværger, at den er sand. Den handler om {sted}, om {en_thing} og om {name}, som "
                "ikke troede på spøgelseshistorier.",
            ),
            beats=(
                "Det hele begyndte for halvtreds år siden, en regnfuld aften i november. En ung "
                "kvinde i hvid regnfrakke ventede {ved_spot} på en, der aldrig kom. Næste morgen "
                "var hun væk. Tilbage lå kun {en_thing}, knastør, selvom det havde regnet hele "
                "natten. Siden har folk kaldt hende den hvide dame.",
                "Siden da, fortæller man, kommer {den_thing} tilbage. Ingen ser {det_thing} komme. "
                "Én gang om året ligger {det_thing} der bare, som om nogen lige har glemt "
                "{det_thing} og snart kommer tilbage. Lader man {det_thing} ligge, har man held "
                "med sig et helt år. Tager man {det_thing} med, får man noget andet.",
                "{Name} hørte historien til en fest og grinede ad den. Samme nat kørte {han} derud "
                "for at bevise, at det var sludder. Telefonens kamera kørte, og {han} lovede sine "
                "venner en video af absolut ingenting. {Friend} advarede {ham}, men {name} grinede "
                "bare endnu højere.",
                "Først skete der ingenting. Så flimrede forlygterne. Da de lyste roligt igen, lå "
                "{den_thing} på jorden, præcis dér, hvor der et sekund før ikke havde ligget "
                "noget. Der var ingen biler, ingen mennesker, ingen dyr. Kun gadelygternes summen "
                "kunne høres, og så ikke engang den.",
                "Trods alle advarsler samlede {name} {den_thing} op. En kulde gik gennem {hans} "
                "hånd, meget koldere end natten, og der var en svag lugt af regn. Alligevel var "
                "himlen klar og fuld af stjerner. {Name} grinede nervøst og sagde højt til "
                "kameraet: Se selv, bare et tilfælde. {Hans} stemme lød meget tynd.",
                "På vej hjem kiggede {name} igen og igen i bakspejlet. Hver gang var {han} et "
                "øjeblik helt sikker. På bagsædet sad en kvinde i hvid regnfrakke, musestille, med "
                "hænderne i skødet. Når {han} vendte sig om, var bagsædet tomt. Men i bilen "
                "lugtede der af vådt stof.",
                "Da {name} afspillede videoen derhjemme, så man den tomme vej og flimmeret. "
                "Bagefter hørte man en stemme, helt tæt på mikrofonen. Den sagde kun: Tak, fordi "
                "du ventede. {Name} afspillede stedet ti gange. Tiende gang var stemmen væk, som "
                "om den havde fortrudt.",
                "I lokalavisens arkiv fandt {name} en kort notits fra halvfjerdserne. En ung "
                "kvinde fra {town} var forsvundet, sidst set i en hvid regnfrakke. Der kom aldrig "
                "nogen opfølgning. Det var, som om hele byen havde besluttet at glemme hende.",
                "Næste dag spurgte {name} hos den gamle bager i {town} efter kvinden i den hvide "
                "regnfrakke. Bageren blev bleg. Hans mor havde kendt hende, sagde han stille, og "
                "ingen talte gerne om hende. Ved afskeden sagde han, at {name} hellere måtte "
                "bringe fundet tilbage, mens tid var.",
                "En gammel betjent fra {town} fortalte senere, at man finder ting {ved_spot} hvert "
                "år, altid på samme dato. Han afleverer dem ikke længere til hittegodskontoret. "
                "Næste morgen er de alligevel væk, siger han.",
            ),
            climaxes=(
                "Næste morgen var {den_thing} forsvundet fra bilen, selvom alle døre var låst. På "
                "sædet, hvor {det_thing} havde ligget, lå en gammel busbillet. Den var på dagen "
                "halvtreds år gammel.",
            ),
            endings=(
                "{Name} bor stadig i {town} og taler aldrig om den nat. Men kører du {forbi_spot} "
                "efter midnat, siger folk, så stop ikke. Og ser du {den_thing} ligge der, så lad "
                "{det_thing} ligge. Nogen kommer stadig tilbage efter {det_thing}.",
                "Er det sandt? {Friend} siger ja, og {friend} har det fra en, der var der. Sådan "
                "er det med sagn. Men busbilletten findes. {Name} gemmer den i en skuffe og åbner "
                "aldrig den skuffe, når det er mørkt.",
            ),
            texture=(
                "Gadelygterne summede og flimrede.",
                "Vejen var tom i begge retninger.",
                "Et sted langt borte begyndte en hund at hyle.",
            ),
        ),
    ),
)
