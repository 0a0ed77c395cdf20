"""Lange vitser: historier, der tager sig god tid og slutter med en pointe."""

from t2m.generate.story_data.danish.forms import ding
from t2m.generate.story_data.model import Frame, Material

JOKES = Material(
    kind="story",
    subject="a long-form joke: a shaggy-dog story that builds up and ends with a punchline",
    titles=(
        # Not naming the joke: the titles fit either frame and keep the punchline hidden.
        "En meget lang vits",
        "En vits, der tager sig god tid",
        "{Name} og den mærkeligste dag nogensinde",
    ),
    descriptions=(
        "En lang vits, der tager sig god tid. Bliv hængende til pointen.",
        "{Name} oplever noget, der er for tosset til at være sandt. En lang historie med en "
        "pointe.",
    ),
    places=(
        {"sted": "en lille kro på torvet"},
        {"sted": "et auktionshus i den gamle bydel"},
        {"sted": "en stille provinsby"},
    ),
    things=(
        ding("en", "and", "anden"),
        ding("en", "papegøje", "papegøjen"),
        ding("et", "bur", "buret"),
    ),
    frames=(
        Frame(
            openings=(
                "{Name} havde en lille kro i {town}. En tirsdag formiddag vraltede en and ind ad "
                "døren, hoppede op på disken og kiggede {ham} i øjnene. Har du nogen vindruer? "
                "spurgte anden. Nej, sagde {name}, det her er en kro. Anden nikkede og vraltede ud "
                "igen.",
            ),
            beats=(
                "Næste dag, klokken ti præcis, gik døren op igen. Det var anden. Den hoppede op på "
                "disken, rystede lidt vand af fjerene og spurgte: Har du nogen vindruer? Nej, "
                "sagde {name}, stadig venlig. Vi har kaffe, øl og frikadeller. Anden tænkte sig om "
                "og gik igen.",
                "Om onsdagen kom anden igen, og om torsdagen også. Hver gang samme spørgsmål, i "
                "samme høflige tone. {Name} begyndte at kigge på uret, når det nærmede sig ti. "
                "Stamgæsterne var begyndt at vædde om, hvad der ville ske.",
                "{Friend} sad ved bordet ved vinduet, da anden kom ind, og lyttede med store øjne. "
                "Bagefter sagde {friend}: Du kunne jo bare købe nogle vindruer. Nej, sagde {name}. "
                "Det her er en kro, ikke en frugthandel. Det er et princip.",
                "{Name} hængte et skilt op på døren: Vi sælger ikke vindruer. Næste morgen stod "
                "anden foran skiltet i lang tid. Så kom den ind og spurgte, om skiltet stadig "
                "passede, eller om der var kommet nye vindruer siden i går.",
                "En fredag prøvede {name} at gemme sig i baglokalet. Anden ventede tålmodigt på "
                "disken i et kvarter og ringede til sidst med den lille klokke. Da {name} kom "
                "frem, så anden venligt på {ham}. Har du nogen vindruer? spurgte den.",
                "En dag kom en turist ind og bestilte en kop kaffe. Lige bagefter kom anden ind og "
                "spurgte efter vindruer. Turisten så forbløffet fra anden til {name}. Det er helt "
                "normalt her, sagde {name} træt. Turisten drak sin kaffe meget hurtigt og gik.",
                "I weekenden drømte {name} om ænder. Store ænder, små ænder, ænder i jakkesæt. De "
                "stod alle sammen i kø ved disken og sagde det samme i kor. {Name} vågnede badet i "
                "sved og kunne ikke falde i søvn igen.",
                "{Name} ringede til sin søster for at få et godt råd. Søsteren lyttede tålmodigt "
                "til hele historien. Så spurgte hun, om {name} havde overvejet bare at sælge "
                "vindruer. {Name} lagde på uden at svare.",
                "Om mandagen prøvede {name} at være venlig på en ny måde. {Han} tilbød anden en "
                "kop kaffe, et stykke wienerbrød og lidt brødkrummer på et fad. Anden så høfligt "
                "på det hele. Så spurgte den: Men har du nogen vindruer?",
                "Til sidst kunne stamgæsterne stille deres ure efter anden. Når døren gik op "
                "klokken ti, sagde de i kor: Har du nogen vindruer? Anden så fornærmet på dem, som "
                "om de havde stjålet dens replik.",
            ),
            climaxes=(
                "Om tirsdagen, præcis klokken ti, stod anden der igen. Har du nogen vindruer? "
                "{Name} lagde begge hænder på disken og lænede sig langsomt frem. Hør her, sagde "
                "{han} stille. Hvis du spørger om det én gang til, sømmer jeg dine fødder fast til "
                "disken.",
            ),
            endings=(
                "Næste morgen vraltede anden ind og hoppede op på disken. Har du nogen søm? "
                "spurgte den. Nej, sagde {name}. Godt, sagde anden. Har du nogen vindruer?",
            ),
            texture=(
                "Kaffemaskinen snøftede i hjørnet.",
                "Udenfor regnede det stille på brostenene.",
                "Uret over døren tikkede mod ti.",
                "En af stamgæsterne fnisede ned i sin øl.",
            ),
        ),
        Frame(
            openings=(
                "En lørdag gik {name} til auktion i {town}, egentlig kun fordi det regnede. Oppe "
                "på podiet stod et bur med en prægtig grøn papegøje. Auktionarius slog med "
                "hammeren og sagde: Vi starter ved hundrede kroner.",
            ),
            beats=(
                "{Name} havde aldrig haft en fugl. Men papegøjen så så klogt på {ham}, at {han} "
                "løftede hånden. Hundrede, råbte auktionarius tilfreds. Straks lød en stemme et "
                "sted i salen: To hundrede! Papegøjen nikkede, som om det hele var en glimrende "
                "idé.",
                "{Name} så sig om, men kunne ikke se, hvem der havde budt. Så {han} bød tre "
                "hundrede. Fra salen kom det prompte: Fire hundrede! Folk på forreste række "
                "begyndte at hviske. Auktionarius strålede. Sådan en lørdag havde han ikke haft i "
                "årevis.",
                "Ved tusind kroner blev {name} nervøs. {Han} regnede hurtigt ud, hvad {han} ellers "
                "kunne købe for pengene: en brugt cykel, en vinterfrakke, tre måneders kaffe. Så "
                "løftede {han} hånden alligevel. Fornuften sagde nej. Hånden var åbenbart af en "
                "anden mening.",
                "Papegøjen lagde hovedet på skrå og betragtede {name}, som om den ville sige: Nå, "
                "tør du? Fra salen lød det: To tusind! {Name} bød to tusind fem hundrede uden at "
                "tænke sig om. En herre på første række hviskede til sin kone, at det var vanvid. "
                "Hun hviskede tilbage, at det var bedre end fjernsyn.",
                "Ved tre tusind læste auktionarius beskrivelsen op. Papegøje, grøn, omkring tyve "
                "år gammel, kernesund og meget snakkesalig. Ved ordet snakkesalig gik der en "
                "mumlen gennem salen. Det næste bud fra salen kom usædvanligt hurtigt.",
                "I pausen dukkede {friend} op, en gammel skolekammerat. {Name} spurgte, om det her "
                "stadig var fornuftigt. Fornuftigt? sagde {friend}. Nej. Men den, der byder så "
                "længe, ved noget, som du ikke ved.",
                "Ved fem tusind stod folk op på stolene for at se bedre. Den usynlige byder gav "
                "ikke op. Hver gang kom der straks et højere bud, med en mærkelig hæs stemme. "
                "Nogle gættede på en gammel mand med forkølelse. Andre var sikre på, at det var en "
                "svindler, der ville presse prisen op.",
                "{Name} tænkte på sin stille lejlighed, på den tomme vindueskarm og de lange "
                "aftener alene. En papegøje, der kunne tale, ville være rigtigt selskab. Så {han} "
                "bød videre, bud efter bud. {Han} forestillede sig allerede, hvordan fuglen sagde "
                "godmorgen, eller i det mindste {hans} navn.",
                "Ved ni tusind tørrede auktionarius sveden af panden. Første gang, sagde han, "
                "anden gang. Denne gang kom der ikke noget bud, kun et lavt, fornærmet skræp. Hele "
                "salen holdt vejret. Kun papegøjen kiggede kedeligt op i loftet, som om det hele "
                "ikke kom den ved.",
            ),
            climaxes=(
                "Tredje gang! Solgt for ni tusind fem hundrede kroner. {Name} betalte, tog buret "
                "og gik hen til auktionarius. Bare et enkelt spørgsmål, sagde {han}. For så mange "
                "penge: Kan fuglen overhovedet tale?",
            ),
            endings=(
                "Auktionarius så forbavset på {ham}. Tale? sagde han. Hvem tror du, der har budt "
                "imod dig hele tiden?",
            ),
            texture=(
                "Papegøjen pudsede roligt sine fjer.",
                "I salen lugtede der af gammelt træ og bonevoks.",
                "Auktionarius lod hammeren hvile i hånden.",
                "Et sted bagude hostede nogen, eller noget.",
            ),
        ),
    ),
)
