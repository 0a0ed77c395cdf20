"""Gyserhistorie: et øde sted, en ting, der ikke bliver, hvor man stiller den,
og tre nætter fulde af rædsel."""

from t2m.generate.story_data.danish.forms import ding
from t2m.generate.story_data.model import Frame, Material

SCARY = Material(
    kind="story",
    subject="a scary story",
    titles=(
        "{Den_thing} {i_spot}",
        "Tre nætter i {town}",
        "Det, der ventede {i_spot}",
        "{Name} og {den_thing}",
        "Rør ikke {den_thing}",
    ),
    descriptions=(
        "{Name} tilbringer et par nætter {i_sted} ved {town}, og {den_thing} bliver ikke stående, "
        "hvor man stiller {det_thing}. En gyserhistorie, man hellere skal høre med lyset tændt.",
        "Et billigt sted at bo, en stille by og {en_thing}, der flytter sig af sig selv. En kort "
        "gyser om {name}, som blev en nat for længe.",
    ),
    places=(
        {
            "i_sted": "i et gammelt fyrtårn ved Vesterhavet",
            "spot": "fyrtårnet",
            "i_spot": "i fyrtårnet",
        },
        {
            "i_sted": "på en gård for enden af en grusvej",
            "spot": "gården",
            "i_spot": "på gården",
        },
        {
            "i_sted": "på et nedlagt badehotel ved stranden",
            "spot": "badehotellet",
            "i_spot": "på badehotellet",
        },
        {
            "i_sted": "i et sommerhus dybt inde i plantagen",
            "spot": "sommerhuset",
            "i_spot": "i sommerhuset",
        },
        {
            "i_sted": "i en gammel præstegård ved kirken",
            "spot": "præstegården",
            "i_spot": "i præstegården",
        },
    ),
    things=(
        ding("en", "spilledåse", "spilledåsen"),
        ding("et", "spejl", "spejlet"),
        ding("en", "radio", "radioen", ("gammel", "gammelt", "gamle")),
        ding("en", "gyngestol", "gyngestolen"),
        ding("en", "porcelænsdukke", "porcelænsdukken"),
        ding("en", "gyngehest", "gyngehesten"),
    ),
    frames=(
        Frame(
            openings=(
                "I oktober flyttede {name} ind {i_sted}, et par kilometer uden for {town}. "
                "Huslejen var latterligt lav, og ejendomsmægleren talte meget hurtigt. Om "
                "{den_thing} i det bageste værelse sagde han ikke et ord.",
                "Ingen i {town} tager ud til {spot} efter mørkets frembrud. Men {name} manglede "
                "penge, og opgaven lød enkel: tre nætter derude med lyset tændt. Den første aften "
                "fandt {han} {den_thing}.",
                "Det første, {name} lagde mærke til {i_spot}, var stilheden. Det andet var "
                "{den_thing}. {Det_thing} stod i et hjørne, som om nogen lige havde sat "
                "{det_thing} der og snart ville komme tilbage efter {det_thing}.",
            ),
            beats=(
                "Den første nat vågnede {name} klokken tre. Et sted nedenunder lavede {den_thing} "
                "en svag, tålmodig lyd. Lyden holdt op, så snart {han} holdt vejret, og begyndte "
                "igen, når {han} åndede ud. {Name} lå med åbne øjne og ventede på, at det blev "
                "lyst.",
                "Næste morgen bildte {name} sig ind, at det bare havde været vinden. {Han} satte "
                "{den_thing} ind i et skab, låste og stak nøglen i lommen. Hele dagen kunne {han} "
                "mærke den mod sit lår, kold og tung. Den nat sov {han} med lyset tændt.",
                "Da {name} kom tilbage om aftenen, stod skabet åbent. {Den_thing} stod midt i "
                "stuen, vendt mod døren, som {han} lige var kommet ind ad. I støvet på gulvet var "
                "der ikke et eneste spor. {Name} blev længe stående i døråbningen.",
                "{Name} ringede til {friend}, som var vokset op i {town}. Efter en lang pause "
                "fortalte {friend}, at den sidste beboer havde ejet præcis sådan {en_thing}. En "
                "nat var hun rejst uden så meget som at pakke en taske. Mere ville {friend} ikke "
                "sige, og så lagde {friend_han} hurtigt på.",
                "I lokalavisens arkiv fandt {name} et gammelt foto af {spot}. I et vindue på "
                "første sal stod en sløret skikkelse med en hånd på {den_thing}. Billedet var "
                "halvfjerds år gammelt. Under det stod der intet navn, kun en dato og et enkelt "
                "ord: savnet.",
                "Den næste nat kom skridtene nærmere. De gik hen over reposen og standsede uden "
                "for {hans} dør. Under døren kunne {name} se skyggen af to fødder. En hel time "
                "rørte de sig ikke. {Name} sad oprejst i sengen og turde næsten ikke trække "
                "vejret.",
                "Fra da af lod {name} alle lamper brænde om natten. Det hjalp ikke. Pærerne gik ud "
                "én efter én, altid den fjerneste først, som om noget langsomt kom nærmere. Da kun "
                "lampen over {hans} seng var tændt, holdt det op. Det var, som om noget ventede.",
                "{Name} ville væk. Bilen startede først i tiende forsøg. Efter hundrede meter lå "
                "der en tåge over vejen, så tæt at {han} knap kunne se sine egne hænder på rattet. "
                "{Han} vendte om. Oppe i vinduet brændte et lys, som {han} aldrig havde tændt.",
                "Indenfor fandt {name} {den_thing} på køkkenbordet. Under {det_thing} lå en seddel "
                "med omhyggelig, gammeldags håndskrift. Der stod kun én sætning: Du er snart klar. "
                "Håndskriften virkede underligt bekendt. Først efter et stykke tid forstod {name} "
                "hvorfor: Det var {hans} egen håndskrift.",
                "Med en lommelygte klatrede {name} op ad den stejle trappe til loftet. I de gamle "
                "bjælker var der ridset navne, snesevis, hvert med en dato. Det sidste navn så "
                "helt nyt ud. Det var {hans} eget navn. Ved siden af var der plads til en dato, og "
                "pladsen var tom.",
            ),
            climaxes=(
                "Ved midnat gik alt lyset ud {i_spot} på én gang. I mørket hviskede nogen {hans} "
                "navn, helt tæt ved {hans} øre. Så begyndte {den_thing} at spille, tale eller "
                "trække vejret. {Name} har aldrig siden kunnet sige, hvad af det.",
                "{Name} greb {den_thing} og kastede {det_thing} ind i pejsen. {Det_thing} brændte "
                "ikke. Flammerne bøjede til side. Fra skorstenen kom et langt, træt suk, som om "
                "noget meget gammelt var blevet vækket til ingen nytte.",
            ),
            endings=(
                "Næste morgen var {name} forsvundet. Politiet fandt sengen redt, alt ryddet op og "
                "{den_thing} tilbage i hjørnet. {Friend} kører stadig forbi en gang imellem og "
                "sværger, at der altid er lys ovenpå.",
                "{Name} forlod {town} dagen efter og kom aldrig tilbage. Men nogle nætter, langt "
                "væk, vågner {han} klokken tre og hører den svage, tålmodige lyd. Hver gang er den "
                "lidt tættere på.",
                "Da solen stod op, gik {name} ud ad døren og så sig ikke tilbage. {Han} har aldrig "
                "fortalt nogen, hvad {han} så i den sidste time. {Han} siger kun, at nogle ting "
                "skal man lade ligge, hvor man finder dem.",
            ),
            texture=(
                "Vinden pressede på ruderne, som om den ville ind.",
                "Et sted i væggene bankede gamle rør som knoer.",
                "Luften lugtede af støv og koldt stearin.",
                "Udenfor stod træerne helt stille, og ingen fugle sang.",
                "Alle ure i huset syntes at gå en smule for langsomt.",
            ),
        ),
    ),
)
