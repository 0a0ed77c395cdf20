"""Eget emne: en historie om det, brugeren har skrevet (slots ``{prompt}`` og
``{Prompt}``, altid i anførselstegn)."""

from t2m.generate.story_data.danish.forms import ding
from t2m.generate.story_data.model import Frame, Material

CUSTOM = Material(
    kind="story",
    subject="",
    titles=(
        "En historie om »{Prompt}«",
        "{Name} og »{Prompt}«",
        "Dagen med »{Prompt}«",
    ),
    descriptions=(
        "En kort historie om »{prompt}«, med {name} fra {town}.",
        "{Name}, en lille by og spørgsmålet om »{prompt}«: en historie med en begyndelse, en midte "
        "og en slutning.",
    ),
    places=(
        {"sted": "en lille by ved havet", "i_spot": "i byen"},
        {"sted": "en travl lille købstad", "i_spot": "i byen"},
        {"sted": "en landsby mellem markerne", "i_spot": "i landsbyen"},
    ),
    things=(
        ding("et", "kort", "kortet", ("gammel", "gammelt", "gamle")),
        ding("et", "brev", "brevet"),
        ding("en", "nøgle", "nøglen"),
        ding("en", "notesbog", "notesbogen", ("lille", "lille", "lille")),
    ),
    frames=(
        Frame(
            openings=(
                "Dette er en historie om »{prompt}«. Den begynder i {town}, {sted}, hvor {name} "
                "boede. {Name} havde tænkt over det i meget lang tid. En dag besluttede {han} "
                "endelig at gå til bunds i sagen.",
                "I {town} havde alle en mening om »{prompt}«, men {name} ville se det med egne "
                "øjne. Så en morgen pakkede {han} en taske, stak {en_thing} i lommen og gik af "
                "sted.",
            ),
            beats=(
                "Først gik {name} hen til {friend}, en gammel ven{friend_inde}, som kendte alle "
                "{i_spot}. {Friend} lyttede opmærksomt, smilede og sagde: De bedste historier "
                "begynder altid med et spørgsmål. Bagefter skrev {friend} en liste over folk, som "
                "{name} absolut skulle tale med.",
                "{Name} var på farten i timevis, stillede spørgsmål og skrev svarene ned. Nogle "
                "lo, andre trak på skuldrene. En gammel kone på torvet sagde kun én sætning. Netop "
                "den sætning kunne {name} ikke få ud af hovedet resten af dagen.",
                "Ved middagstid sad {name} i et lille bageri og lyttede til folkene ved "
                "nabobordet. De skændtes om »{prompt}«, højlydt og med røde kinder. Til sidst var "
                "de enige om én ting: Den anden havde ingen forstand på det. {Name} måtte smile og "
                "skrev det hele ned.",
                "Senere på eftermiddagen spurgte en lille pige, hvad {name} egentlig ledte efter. "
                "{Name} forklarede det, så godt {han} kunne. Pigen tænkte sig om og sagde noget så "
                "enkelt, at {name} standsede op. Børn, tænkte {han}, stiller de bedste spørgsmål.",
                "Om aftenen var mange sider fyldt, men svarene passede ikke sammen. Det var som et "
                "puslespil, hvor én brik mangler. {Name} satte sig på en bænk og så på duerne. "
                "Nogle gange, tænkte {han}, må man holde op med at lede for at finde noget.",
                "Så skete der noget uventet. {Name} havde næsten glemt {den_thing} i lommen. Men "
                "netop {det_thing} fik {han} nu brug for. {Han} tog {det_thing} frem og betragtede "
                "{det_thing} længe. Pludselig gav det hele mening, selvom det før bare havde været "
                "forvirring.",
                "For første gang forstod {name}, hvad »{prompt}« virkelig betød for {ham}. Det var "
                "ikke det, andre havde fortalt. Det var enklere, og det var mere overraskende. "
                "{Name} skrev tanken ned med det samme, så den ikke forsvandt igen.",
                "Undervejs mødte {name} en fremmed, der i årevis havde ledt efter det samme. De "
                "gik et stykke sammen og byttede historier. Før deres veje skiltes, gav de "
                "hinanden hver en god idé. Den fremmedes idé var så enkel, at {name} ærgrede sig "
                "over ikke selv at have fået den.",
                "Om natten sad {name} ved et lille bål og læste sine noter. Langsomt viste der sig "
                "et mønster, som et billede, der dukker op af tågen. Over {ham} blinkede "
                "stjernerne, som om de læste med. Og {name} begyndte at smile.",
                "Næste morgen regnede det skomagerdrenge. {Name} søgte ly på biblioteket i {town} "
                "og bladrede i gamle aviser. Også dér dukkede »{prompt}« op, i en kort notits, som "
                "næsten ingen havde læst. {Name} skrev den af ord for ord.",
                "Én vanskelighed var tilbage. {Name} måtte vælge mellem den sikre vej hjem og den "
                "stejle sti mod historiens slutning. {Han} valgte den stejle sti. Mere end én gang "
                "ville {han} vende om. Men for hvert skridt blev historien klarere.",
            ),
            climaxes=(
                "Da {name} endelig nåede vejens ende, fandt {han} dér svaret på »{prompt}«. Det "
                "var helt anderledes end alt, hvad {han} havde forestillet sig. {Han} måtte le "
                "højt, fordi det havde taget så lang tid at få øje på det.",
            ),
            endings=(
                "{Name} tog hjem til {town} og fortalte {friend} det hele. {Friend} lyttede til "
                "hele historien og sagde: Jeg vidste, du ville finde det. Og den, der siden "
                "spørger om »{prompt}«, bliver sendt videre til {name}.",
                "Det er historien om {name} og »{prompt}«. Den har forandret {ham} en smule, sådan "
                "som gode historier gør. Og på lange aftener i {town} fortæller {han} den stadig.",
            ),
            texture=(
                "Solen vandrede langsomt hen over himlen.",
                "Ingen i {town} havde nogensinde gjort noget lignende.",
                "Vejen var lang, men {name} følte sig let.",
                "Den dag ville {name} huske længe.",
            ),
        ),
    ),
)
