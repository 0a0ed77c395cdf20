"""Příběhy s ponaučením a dlouhé vtipy: témata ``motivational`` a ``long_form_jokes``."""

from t2m.generate.story_data.model import Frame, Material

MOTIVATIONAL = Material(
    kind="story",
    subject="a motivational story with a clear lesson the listener can use",
    titles=(
        "Začít dřív, než budete připraveni",
        "Jak {name} dokázal{a} {goal}",
        "Každý den malý krok",
        "Den, kdy to {name} nevzdal{a}",
    ),
    descriptions=(
        "{Name} chtěl{a} {goal} a znovu a znovu to nevyšlo. Všechno změnil ne talent, ale zvyk, se "
        "kterým může začít kdokoli, klidně hned dnes.",
        "Krátký motivační příběh: {name}, sen {goal} a síla obyčejného každodenního kroku.",
    ),
    places=(
        {"goal": "uběhnout maraton"},
        {"goal": "otevřít si malou pekárnu"},
        {"goal": "naučit se hrát na klavír"},
        {"goal": "napsat román"},
    ),
    things=(
        {"thing_acc": "sešit", "thing_into": "do sešitu", "thing_in": "v sešitu"},
        {"thing_acc": "kalendář", "thing_into": "do kalendáře", "thing_in": "v kalendáři"},
        {"thing_acc": "zápisník", "thing_into": "do zápisníku", "thing_in": "v zápisníku"},
        {"thing_acc": "diář", "thing_into": "do diáře", "thing_in": "v diáři"},
    ),
    frames=(
        Frame(
            openings=(
                "Ve třiceti pěti letech se {name} rozhodl{a} {goal}. Všichni, komu to řekl{a}, se "
                "zdvořile usmívali. Tak se lidé usmívají nad snem, kterému nevěří. {Name} si také "
                "nebyl{a} jist{ý}, ale stejně začal{a}.",
                "{Name} odjakživa chtěl{a} {goal}. A celou tu dobu měl{a} po ruce důvod, "
                "proč to neudělat: není čas, nejsou síly, už je pozdě. Jednoho rána {name} "
                "pochopil{a}, že se z těch důvodů poskládal celý život.",
            ),
            beats=(
                "První pokus se nepovedl. {Name} se do toho pustil{a} příliš zhurta, po týdnu se "
                "cítil{a} hrozně a málem to vzdal{a}. Všechno bolelo, nálada byla pod psa a cíl "
                "vypadal ještě dál než na začátku. Velké začátky, jak se ukázalo, rychle vyhoří.",
                "Tak si {name} cíl zmenšil{a}. Dvacet minut denně, ani víc, ani míň. Je to tak "
                "málo, že by bylo hloupé je nenajít ani v tom nejnabitějším dni. Každý den si "
                "{thing_into} udělal{a} jeden křížek. Pravidlo bylo jen jedno: nepřerušit řetěz.",
                "Někdy bylo těch dvacet minut úžasných. Častěji úplně obyčejných. A párkrát se "
                "zdály nemožné, motivace nebyla žádná a zbyl jen zvyk. Právě tyhle dny znamenaly "
                "nejvíc, protože {name} to přesto udělal{a}.",
                "{Friend} se zeptal{friend_a}, jestli se může přidat. Když na vás někdo čeká, "
                "vynechat je mnohem těžší. {Friend} chodil{friend_a} i v dešti, s termoskou "
                "horkého čaje. Ve špatných dnech si navzájem připomínali, proč vlastně začali.",
                "Po třech měsících {name} prolistoval{a} {thing_acc}. Devadesát malých křížků. "
                "Žádný z nich nevypadal jako krok kupředu. Dohromady ale tvořily cestu, které se "
                "dalo jen těžko uvěřit. {Name} nad těmi stránkami dlouho seděl{a} a usmíval{a} se.",
                "Jednou {name} o svém cíli vyprávěl{a} v malé kavárně. Starší pán od vedlejšího "
                "stolku se usmál. Přiznal, že v mládí snil o tomtéž, ale nikdy nezačal. "
                "„Neopakujte mou chybu,“ řekl na rozloučenou a odešel.",
                "Pak přišel nezdar: zranění, ztráta práce, těžká zima. Dva týdny {thing_in} "
                "nepřibyl jediný křížek. A vrátil se ten starý hlas: vidíš, stejně by to nevyšlo. "
                "{Name} mu skoro uvěřil{a}. Dva týdny nejsou konec cesty, ale zevnitř tak přesně "
                "vypadaly.",
                "Někdy ráno se {name} srovnával{a} s těmi, kdo byli daleko napřed. Nikdy to "
                "nepomohlo. Cizí úspěch je cizí cesta a každý startuje odjinud. Poctivě se "
                "srovnávat, rozhodl{a} se {name}, dá se jen se sebou o měsíc dřív.",
                "{Name} odpověděl{a} na nezdar tím nejmenším krokem, jaký vymyslel{a}. Pět minut "
                "místo dvaceti. Je to skoro nic, ale pořád víc než nula. I špatný den s pěti "
                "minutami se počítá. A řetěz začal znovu.",
                "Jednoho dne si {name} všiml{a}, že se už nemusí přemlouvat. Dvacet minut se stalo "
                "něčím jako čištění zubů: bez nich den nebyl celý. Přátelé si změny všimli dokonce "
                "dřív: jiná chůze, klidnější pohled. Zvyk neměnil jen rozvrh, ale i člověka.",
            ),
            climaxes=(
                "Rok po tom prvním nemotorném týdnu to {name} dokázal{a}: podařilo se {mu} {goal}. "
                "Nebylo to dokonalé, ale dokonalé to být nemuselo. Do cíle dorazil úplně jiný "
                "člověk, než jaký začínal. A to byla ta skutečná odměna.",
            ),
            endings=(
                "Tohle je ponaučení z příběhu, který prožil{a} {name}. Nemusíte čekat, až budete "
                "připraveni. Stačí začít v malém, vydržet v obyčejných dnech a odpouštět si ty "
                "špatné. První krok můžete udělat ještě dnes.",
                "Pokud je něco, co roky odkládáte, udělejte k tomu dnes jeden malý krok. A zítra "
                "další. Nic víc {name} nedělal{a}. A nic víc není potřeba.",
            ),
            texture=(
                "Každý křížek {thing_in} byl malým dodrženým slibem.",
                "Nejtěžší byla vždycky první minuta.",
                "Pokrok byl pomalý, ale skutečný.",
                "Nikdo se nedíval, a to bylo v pořádku.",
                "Motivace přicházela a odcházela, zvyk zůstával.",
            ),
        ),
    ),
)

JOKES = Material(
    kind="story",
    subject="a long-form joke: a shaggy-dog story that builds up and ends with a punchline",
    titles=(
        # Názvy sedí na oba vtipy a pointu neprozradí.
        "Hodně dlouhý vtip",
        "Vtip, který si dává na čas",
        "Příběh, který {name} vypráví dodnes",
    ),
    descriptions=(
        "Dlouhý vtip, který nikam nespěchá. Vydržte až do pointy.",
        "{Name} se dozví víc, než čekal{a}. Dlouhý příběh s nečekaným koncem.",
    ),
    places=(
        {"road": "po polní cestě"},
        {"road": "po staré silnici"},
        {"road": "přes sousední vesnici"},
    ),
    things=(
        {"fee": "sto korun"},
        {"fee": "padesát korun"},
        {"fee": "dvě stě korun"},
    ),
    frames=(
        Frame(
            openings=(
                "{Name} jel{a} {road} a na vrátkách jednoho statku uviděl{a} ceduli: Prodám "
                "mluvícího psa. Hospodář mlčky ukázal na dvůr. Na sluníčku tam ležel starý pes. "
                "„Zeptejte se ho sami,“ řekl hospodář a vrátil se k práci.",
            ),
            beats=(
                "{Name} se zeptal{a}: „Ty opravdu umíš mluvit?“ „No jistě,“ odpověděl pes a "
                "protáhl se. Mluvil klidně, trochu chraplavě, jako starý profesor. „Přišel jsem na "
                "to už jako štěně. Chtěl jsem sloužit vlasti, tak jsem se sám přihlásil k "
                "rozvědce,“ začal vyprávět.",
                "„Hned mě nasadili do utajení. Ležel jsem pod stolem na poradách ministrů a "
                "špionů. Jednou jsem tam při vyjednávání proležel jedenáct hodin v kuse. Všichni "
                "si mysleli, že spím. Koho by napadlo, že pes poslouchá?“ Pes se spokojeně olízl.",
                "„Osm let jsem patřil k nejlepším agentům. Odhalil jsem spiknutí a rozbil dva "
                "pašerácké gangy. Jednou jsem zachránil velvyslance, protože jsem štěkl přesně ve "
                "správnou vteřinu. Dodnes mám někde čestné uznání. Podepsat jsem ho ovšem musel "
                "tlapou,“ dodal pes skromně.",
                "„Jenže z toho létání jsem byl utahaný. Tak jsem přešel na letiště: potuloval jsem "
                "se kolem podezřelých cestujících a poslouchal. Celníci mě zbožňovali, pašované "
                "zboží jsem cítil přes tři haly. Dostal jsem za to další medaile, a ne jednu,“ "
                "pokračoval pes.",
                "„Taky jsem se naučil tři jazyky a napsal půlku sbírky básní. Ty básně nejsou "
                "špatné, hlavně ta o kosti a samotě. Nějakou dobu jsem pod cizím jménem uváděl "
                "pořad v rádiu. Nikdo na to nepřišel,“ řekl pes a na chvíli se zasnil.",
                "„Pak jsem jako dobrovolník chodil do nemocnice za nemocnými dětmi. Jedna holčička "
                "po mně dokonce pojmenovala křečka. Doktoři říkali, že moje pohádky pomáhají víc "
                "než půlka léků. I když mám podezření, že byli jen zdvořilí,“ povzdechl si pes.",
                "„Jednu zimu jsem pomáhal horské službě v Krkonoších. Našel jsem ve sněhu čtyři "
                "zabloudilé turisty. Horská služba mi dodnes posílá přání k Vánocům. A jednoho "
                "turistu jsem přemluvil, aby mi nesnědl sušenky, na což jsem hrdý dodnes,“ usmál "
                "se pes.",
                "„No a pak jsem se oženil, mám spoustu štěňat, jsem v důchodu a vyhřívám se na "
                "sluníčku. Žena mimochodem mluví taky, ale spíš po telefonu. To je asi všechno,“ "
                "řekl pes a zívl.",
            ),
            climaxes=(
                "{Name} byl{a} ohromen{a}. {Šel} za hospodářem: „To je neuvěřitelný pes! Kolik za "
                "něj chcete?“ „{Fee},“ odpověděl hospodář. „{Fee}? Za takového psa? Proč tak "
                "levně?“ nevěřil{a} {name} vlastním uším.",
            ),
            endings=(
                "Hospodář si povzdechl a mávl rukou. Protože je to lhář, řekl. Nikdy u žádné "
                "rozvědky nebyl.",
            ),
            texture=(
                "{Name} pomalu přikyvoval{a} a nevěřil{a} vlastním uším.",
                "Pes se odmlčel, aby se podrbal za uchem.",
                "Hospodář mezitím v klidu spravoval plot.",
                "Někde za stodolou zakokrhal kohout, na kterého to zjevně žádný dojem neudělalo.",
            ),
        ),
        Frame(
            openings=(
                "{Name} jel{a} jedné noci přes hory nad městečkem jménem {town}, když se {mu} "
                "kousek od starého kláštera porouchalo auto. Mniši {ho} přijali, nakrmili a dali "
                "{mu} postel. Uprostřed noci {name} uslyšel{a} podivný, nádherný zvuk, jaký ještě "
                "nikdy neslyšel{a}.",
            ),
            beats=(
                "Ráno se {name} mnichů zeptal{a}, co to bylo za zvuk. To vám nemůžeme říct, "
                "odpověděl vlídně opat, nejste {mnich}. {Name} poděkoval{a}, opravil{a} auto a "
                "odjel{a} domů. Ten zvuk ale nedokázal{a} dostat z hlavy.",
                "Po letech se {name} vrátil{a} a prosil{a}, ať {mu} to prozradí. To vám nemůžeme "
                "říct, řekl opat, nejste {mnich}. {Name} se tedy zeptal{a}, jak se může stát "
                "{mnichem}.",
                "Musíte spočítat každé stéblo trávy v údolí, řekl opat, a každé zrnko písku na "
                "břehu řeky. {Name} u toho strávil{a} celé roky. Nakonec se vrátil{a} s přesnými "
                "čísly a opat jen spokojeně pokýval hlavou.",
                "Pak se {name} musel{a} naučit nazpaměť všechny modlitby ve čtyřech jazycích. A "
                "ručně opsat velkou klášterní knihu, bez jediné chyby a bez jediné kaňky. Trvalo "
                "to dalších deset let.",
                "Potom musel{a} vysadit sad o tisíci stromech a počkat, až každý z nich ponese "
                "ovoce. {Name} sázel{a}, zaléval{a} a čekal{a}, sezónu za sezónou. Mniši trpělivě "
                "přikyvovali.",
                "Pak musel{a} dojít bos{ý} k moři a zpátky a nést přitom misku vody tak, aby "
                "nevylil{a} ani kapku. Podařilo se to až na třetí pokus a zabralo to skoro deset "
                "let.",
                "Mezitím se v klášteře vystřídali tři kuchaři a dva opati. Ten nový byl ještě "
                "přísnější než ten starý. Zvuk se ale každou noc ozýval dál, stejně tajemný jako "
                "poprvé.",
                "Nakonec musel{a} celou zimu mlčky sedět na hoře, jen s dekou a hrnkem čaje. Vítr "
                "{mu} hvízdal kolem uší a sníh napadl až po kolena. {Name} to všechno zvládl{a} a "
                "úplně šediv{ý} znovu předstoupil{a} před opata.",
            ),
            climaxes=(
                "Gratuluji, řekl opat. Teď jste {mnich}. Teď vám můžeme ukázat, odkud ten zvuk "
                "pochází. Zavedl {ho} k dřevěným dveřím, pak ke stříbrným a nakonec ke zlatým. "
                "Podal {mu} poslední klíč. {Name} otevřel{a} dveře a konečně uviděl{a}, co ten "
                "zvuk vydává.",
            ),
            endings=("A bylo to úžasné. Ale to vám nemůžu říct. Nejste mnich.",),
            texture=(
                "A celou tu dobu se ten zvuk ozýval každou noc.",
                "Mniši se jen usmívali a mlčeli.",
                "{Name} si ani jednou nestěžoval{a}.",
                "Roční doby se střídaly a údolí se barvilo do zelena, do zlata a do běla.",
            ),
        ),
    ),
)
