"""Kærlighedshistorie: varm og hjertelig, to mennesker, der næsten går glip af
hinanden."""

from t2m.generate.story_data.danish.forms import ding
from t2m.generate.story_data.model import Frame, Material

LOVE = Material(
    kind="story",
    subject="a warm, heartfelt love story",
    titles=(
        "Hver torsdag {i_spot}",
        "{Name} og {friend}",
        "En torsdag i {town}",
        "Det begyndte med {en_thing}",
    ),
    descriptions=(
        "{Name} og {friend} mødes hver uge {i_sted}, og ingen af dem tør tage det første skridt. "
        "En kort kærlighedshistorie.",
        "En lille by, {en_thing} og to mennesker, der næsten går glip af hinanden. En "
        "kærlighedshistorie fra {town}.",
    ),
    places=(
        {
            "i_sted": "i en lille boghandel ved torvet",
            "i_spot": "i boghandlen",
            "til_spot": "hen i boghandlen",
        },
        {
            "i_sted": "på en lille café ved stationen",
            "i_spot": "på caféen",
            "til_spot": "hen på caféen",
        },
        {
            "i_sted": "på en bænk ved havnen",
            "i_spot": "på bænken ved havnen",
            "til_spot": "ned til bænken ved havnen",
        },
        {
            "i_sted": "i kolonihaven på Lindevej",
            "i_spot": "i kolonihaven",
            "til_spot": "ud i kolonihaven",
        },
    ),
    things=(
        ding("en", "paraply", "paraplyen", ("gul", "gult", "gule")),
        ding("en", "paperback", "paperbacken", ("slidt", "slidt", "slidte")),
        ding("en", "notesbog", "notesbogen", ("blå", "blåt", "blå")),
        ding("et", "kamera", "kameraet", ("gammel", "gammelt", "gamle")),
        ding("et", "halstørklæde", "halstørklædet", ("rød", "rødt", "røde")),
    ),
    frames=(
        Frame(
            openings=(
                "{Name} så {friend} første gang en regnfuld torsdag {i_sted} i {town}. {Friend} "
                "stod med {en_thing} i hånden og lo ad et eller andet. Og {name} glemte i et helt "
                "minut, hvad {han} egentlig var kommet efter.",
                "Hver torsdag sad {name} {i_sted} i {town}, og hver torsdag var {friend} der "
                "allerede, med {sin_thing} {poss_thing}. I månedsvis nikkede de bare til hinanden, "
                "to fremmede, der tilfældigvis altid var det samme sted.",
            ),
            beats=(
                "En dag glemte {friend} {den_thing}. {Name} tog {det_thing} med og øvede sig en "
                "hel uge i, hvad {han} skulle sige. Da øjeblikket kom, sagde {han} bare: Jeg tror, "
                "{det_thing} her er {din_thing}. {Friend} spurgte, om {name} kom her tit. Det "
                "ærlige svar var: kun på grund af dig. {Name} sagde: en gang imellem.",
                "Det var nok. De faldt i snak, lidt længere hver torsdag. De talte om bøger, om "
                "vejret og om de mærkelige drømme, {friend} skrev ned hver morgen. Nogle gange "
                "blev det mørkt, uden at de lagde mærke til det.",
                "En dag trak et uvejr ind, og de måtte vente en time på, at regnen stilnede af. De "
                "fortalte hinanden deres mest pinlige historier, den ene efter den anden. {Name} "
                "havde aldrig grinet så meget af sig selv.",
                "{Name} begyndte at lægge mærke til små ting. Hvordan {friend} vippede koppen for "
                "at få den sidste tår. Hvilken sang {friend} nynnede, når {friend_han} var nervøs. "
                "Og at regnen altid holdt op, når de gik ud sammen. {Name} skrev intet ned og "
                "glemte alligevel ikke en eneste detalje.",
                "En torsdag kom {friend} med to kopper kaffe i stedet for én. Den ene satte "
                "{friend_han} foran {name} uden at sige noget. Sådan blev det fra da af, hver "
                "eneste torsdag. Ingen af dem nævnte det nogensinde, men begge glædede sig hele "
                "ugen.",
                "En torsdag i efteråret havde {friend} fødselsdag. {Name} tog en kage med, som "
                "desværre var blevet lidt skæv. {Friend} spiste to stykker og påstod, at det var "
                "verdens bedste kage. Det var løgn, og det vidste de begge to.",
                "Så kom {friend} ikke en torsdag. Heller ikke torsdagen efter. {Name} sad alene "
                "{i_spot}, og pladsen over for {ham} var lige så tom som et spørgsmål, ingen turde "
                "stille. {Name} ventede, til det blev mørkt. Så gik {han} hjem og lod lyset være "
                "slukket.",
                "Gennem en bekendt hørte {name}, at {friend} havde fået arbejde i en anden by. "
                "{Han} skrev et brev, rev det i stykker, skrev et nyt og rev også det i stykker. "
                "Nogle ord er lettere at tænke end at skrive. Til sidst lå der kun et tomt ark "
                "foran {ham}.",
                "Om vinteren fandt {name} en gammel seddel i lommen på sin jakke. På sedlen stod "
                "en bogtitel og én sætning: Den her skal du bare læse. {Name} genkendte "
                "håndskriften med det samme. {Han} købte bogen samme dag og læste den på én nat.",
                "Til sidst skrev {name} et brev på kun tre linjer. I det stod det, {han} aldrig "
                "havde sagt højt. {Han} puttede det i postkassen, før {han} kunne nå at fortryde. "
                "Bagefter blev {han} stående et stykke tid, som om {han} kunne hente brevet "
                "tilbage med ren viljestyrke.",
                "Ugerne gik uden svar. {Name} gik alligevel {til_spot} hver torsdag, for dér var "
                "{han} mest sig selv. {Han} havde hver gang to kopper kaffe med. Den ene blev "
                "altid kold.",
            ),
            climaxes=(
                "Så en grå torsdag i foråret stod {friend} pludselig foran {ham}, våd af regn og "
                "med et brev i hånden. Jeg læste det i toget, sagde {friend}. Elleve gange. Så "
                "købte jeg en billet hjem.",
            ),
            endings=(
                "De mødes stadig hver torsdag {i_spot}, men nu kommer de sammen. {Den_thing} har "
                "fået en hædersplads på reolen derhjemme. {Det_thing} minder dem om, at det bedste "
                "ofte begynder med én sætning: Jeg tror, {det_thing} her er {din_thing}.",
                "Et år senere, {i_spot}, stillede {name} et spørgsmål, der kun krævede ét ord som "
                "svar. {Friend} sagde det to gange for en sikkerheds skyld. Og udenfor holdt "
                "regnen op, præcis på det rigtige tidspunkt.",
            ),
            texture=(
                "Udenfor gik regnen over i fin støvregn.",
                "Et sted spillede en radio sagte.",
                "Byens lys tændtes ét efter ét.",
                "Kirkeklokken slog seks.",
            ),
        ),
    ),
)
