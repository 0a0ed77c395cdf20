"""Strašidelné příběhy a detektivky: témata ``scary`` a ``mystery``."""

from t2m.generate.story_data.model import Frame, Material

# Věc se skloňuje a určuje rod: it (on/ona/ono), it_acc (ho/ji), it_n a it_ins (po
# předložce: na něj/na ni, pod ním/pod ní), t_a (stál/stála/stálo), t_ý (stejný/á/é).
_SCARY_THINGS = (
    {"thing": "hrací skříňka", "thing_acc": "hrací skříňku", "thing_gen": "hrací skříňky",
     "it_acc": "ji", "it_n": "ni", "it_ins": "ní", "t_a": "a", "t_ý": "á"},
    {"thing": "zrcadlo", "thing_acc": "zrcadlo", "thing_gen": "zrcadla", "it_acc": "ho",
     "it_n": "něj", "it_ins": "ním", "t_a": "o", "t_ý": "é"},
    {"thing": "staré rádio", "thing_acc": "staré rádio", "thing_gen": "starého rádia",
     "it_acc": "ho", "it_n": "něj", "it_ins": "ním", "t_a": "o", "t_ý": "é"},
    {"thing": "houpací křeslo", "thing_acc": "houpací křeslo", "thing_gen": "houpacího křesla",
     "it_acc": "ho", "it_n": "něj", "it_ins": "ním", "t_a": "o", "t_ý": "é"},
    {"thing": "porcelánová panenka", "thing_acc": "porcelánovou panenku",
     "thing_gen": "porcelánové panenky", "it_acc": "ji", "it_n": "ni", "it_ins": "ní", "t_a": "a",
     "t_ý": "á"},
    {"thing": "starý portrét", "thing_acc": "starý portrét", "thing_gen": "starého portrétu",
     "it_acc": "ho", "it_n": "něj", "it_ins": "ním", "t_a": "", "t_ý": "ý"},
)  # fmt: skip

_SCARY_PLACES = (
    {"place_in": "ve starém majáku na severních útesech",
     "place_to": "do starého majáku na severních útesech", "spot_in": "v majáku",
     "spot_from": "z majáku", "spot_gen": "majáku", "spot_dat": "majáku"},
    {"place_in": "na starém statku na konci polní cesty",
     "place_to": "na starý statek na konci polní cesty", "spot_in": "na statku",
     "spot_from": "ze statku", "spot_gen": "statku", "spot_dat": "statku"},
    {"place_in": "v opuštěném hotelu u staré silnice",
     "place_to": "do opuštěného hotelu u staré silnice", "spot_in": "v hotelu",
     "spot_from": "z hotelu", "spot_gen": "hotelu", "spot_dat": "hotelu"},
    {"place_in": "v hájovně uprostřed borového lesa",
     "place_to": "do hájovny uprostřed borového lesa", "spot_in": "v hájovně",
     "spot_from": "z hájovny", "spot_gen": "hájovny", "spot_dat": "hájovně"},
    {"place_in": "ve starém internátu na kopci", "place_to": "do starého internátu na kopci",
     "spot_in": "v internátu", "spot_from": "z internátu", "spot_gen": "internátu",
     "spot_dat": "internátu"},
)  # fmt: skip

SCARY = Material(
    kind="story",
    subject="a scary story",
    titles=(
        "Tři noci {spot_in}",
        "Co čekalo {spot_in}",
        "{Name} a {thing}",
        "Nesahej na {thing_acc}",
        "{Thing} {spot_from}",
    ),
    descriptions=(
        "{Name} tráví několik nocí {place_in} a {thing} tam nechce zůstat na svém místě. "
        "Strašidelný příběh, který je lepší poslouchat při rozsvíceném světle.",
        "Levné bydlení, tiché městečko a věc, která se hýbe sama od sebe. Krátký strašidelný "
        "příběh o tom, jak {name} zůstal{a} o jednu noc déle, než měl{a}.",
    ),
    places=_SCARY_PLACES,
    things=_SCARY_THINGS,
    frames=(
        Frame(
            openings=(
                "{Name} se nastěhoval{a} {place_to} první studenou podzimní noc. Nejbližší "
                "městečko, {town}, leželo pět kilometrů daleko. Nájem byl směšně nízký, sousedé "
                "tiší a nikdo se ani slovem nezmínil, že {spot_in} je ještě {thing}. Čekal{t_a} "
                "tam v zadním pokoji, úplně na konci chodby.",
                "Po setmění se místní {spot_dat} vyhýbali velkým obloukem. Jenže {name} "
                "potřeboval{a} peníze a práce vypadala jednoduše: strávit {place_in} tři noci a "
                "nechat svítit. Hned první večer na{šel} {thing_acc}.",
                "První, čeho si {name} {place_in} všiml{a}, bylo ticho. Druhou věcí byl{t_a} "
                "{thing}. Stál{t_a} v rohu, jako by {it_acc} tam někdo před chvílí odložil a měl "
                "se pro {it_n} každou chvíli vrátit.",
            ),
            beats=(
                "Té noci se {name} probudil{a} přesně ve tři. Všude bylo ticho, jen někde dole "
                "vydával{t_a} {thing} tichý, trpělivý zvuk. Takový zvuk utichne, jakmile zadržíte "
                "dech a zaposloucháte se. A hned se vrátí, sotva vydechnete. {Name} pak až do "
                "svítání nezamhouřil{a} oka.",
                "Ráno si {name} namluvil{a}, že to byl vítr. Staré zdi, průvan, v noci se ozve "
                "leccos. {Thing_acc} zavřel{a} do komory, otočil{a} klíčem a klíč si dal{a} do "
                "kapsy. Celý den cítil{a}, jak ho tlačí do nohy, jako by se připomínal.",
                "Když se {name} večer vrátil{a}, dveře komory byly dokořán. Klíč přitom pořád "
                "ležel v {jeho} kapse. {Thing} zase stál{t_a} uprostřed pokoje. Byl{t_a} "
                "otočen{t_a} ke dveřím, kterými {name} právě ve{šel}, jako by na {něj} čekal{t_a} "
                "celý den.",
                "{Name} zavolal{a} člověku, který to tu znal. Telefon vzal{friend_a} {friend}, "
                "kter{friend_ý} tu vyrůstal{friend_a}. Po dlouhé odmlce {friend} řekl{friend_a}, "
                "že i u předchozího nájemníka {spot_gen} stál{t_a} úplně stejn{t_ý} {thing}. Jedné "
                "noci odešel a nevzal si ani kufr.",
                "Přes den se {name} vyptával{a} sousedů. Stará žena z krajního domu dlouho mlčela "
                "a dívala se stranou. „Vždycky si vybere nováčky,“ řekla nakonec. „Nejdřív se "
                "dívá, zvyká si, a pak zavolá.“ Víc už neřekla ani slovo, ať {name} prosil{a} "
                "sebevíc.",
                "V městské knihovně {name} na{šel} staré noviny s fotografií {spot_gen}. Papír "
                "zežloutl a drolil se pod prsty. V okně horního patra stála malá rozmazaná "
                "postava. Jednou rukou se dotýkala {thing_gen}. Fotografii bylo sedmdesát let.",
                "Další noc se zvuk přiblížil. Po schodech pomalu přešly kroky, zastavily se přede "
                "dveřmi a ztichly. {Name} seděl{a} na posteli a bál{a} se pohnout. Ve škvíře pode "
                "dveřmi byl vidět stín dvou nohou. Celou hodinu se nepohnuly, a pak prostě "
                "zmizely.",
                "{Name} začal{a} nechávat světlo všude: na chodbě, v kuchyni, dokonce i v komoře. "
                "Nepomohlo to. Žárovky zhasínaly jedna po druhé, vždycky od té nejvzdálenější. "
                "Jako by k {němu} někdo šel přes celý dům a cestou je v klidu sfoukával.",
                "{Name} se pokusil{a} odjet. Auto nechtělo nastartovat, i když předtím jezdilo bez "
                "potíží, a telefon neměl signál. Cestu do městečka zahalila tak hustá mlha, že "
                "{name} neviděl{a} vlastní ruce na volantu. Musel{a} se vrátit pěšky, po vlastních "
                "stopách.",
                "Po návratu {name} na{šel} {thing_acc} na kuchyňském stole. Pod {it_ins} ležel "
                "lístek psaný úhledným staromódním písmem. Inkoust vybledl, jako by byl lístek "
                "hodně starý. Stála na něm jen tři slova: „Jsi skoro připraven{a}.“ Z těch slov "
                "{mu} přeběhl mráz po zádech.",
                "{Name} se{šel} s baterkou do sklepa. Bylo tam cítit vlhko a starou hlínu. Na "
                "zadní stěně byla vyrytá jména, desítky jmen, a u každého datum. Poslední nápis "
                "vypadal úplně čerstvě, na zemi ještě ležely kamenné drobky. Bylo to {jeho} "
                "vlastní jméno.",
            ),
            climaxes=(
                "Přesně o půlnoci {spot_in} naráz zhaslo všechno světlo. Ve tmě, těsně u ucha, "
                "někdo zašeptal {jeho} jméno. A {thing} začal{t_a} hrát, mluvit, nebo dýchat. "
                "{Name} nikdy nedokázal{a} říct, co z toho.",
                "{Name} popadl{a} {thing_acc} a hodil{a} {it_acc} do krbu. Oheň na {it_n} ani "
                "nesáhl. Plameny uhýbaly stranou a z komína se ozval dlouhý unavený povzdech, jako "
                "by někdo zbytečně probudil něco hodně starého.",
            ),
            endings=(
                "Do rána {name} zmizel{a}. Policie {spot_in} nenašla nic podivného: postel "
                "ustlaná, věci na místě a {thing} zase ve svém koutě. {Friend} tam dodnes občas "
                "projíždí kolem a přísahá, že nahoře se pořád svítí.",
                "Druhý den {name} odjel{a} a už se nikdy nevrátil{a}. Ale někdy, daleko odtamtud, "
                "se ve tři ráno probudí. A slyší ten tichý, trpělivý zvuk, pokaždé o kousek blíž.",
                "Když vyšlo slunce, {name} ode{šel} {spot_from} a ani jednou se neohlédl{a}. "
                "Nikomu neříká, co v té poslední hodině viděl{a}. Říká jen jedno: některé věci je "
                "lepší nechat tam, kde se našly.",
            ),
            texture=(
                "Vítr tlačil do oken, jako by chtěl dovnitř.",
                "Ve zdech ťukaly staré trubky, jako by někdo klepal kotníky prstů.",
                "Bylo cítit prach a studený vosk ze svíček.",
                "Stromy za oknem stály nehybně a nezpíval ani jeden pták.",
                "Všechny hodiny v okolí jako by tikaly o trochu pomaleji, než měly.",
            ),
        ),
    ),
)

_MYSTERY_PLACES = (
    {"place_in": "v rušném muzeu na nábřeží", "spot_gen": "muzea", "boss": "ředitel muzea",
     "boss_dat": "řediteli muzea"},
    {"place_in": "ve starobylém hotelu u moře", "spot_gen": "hotelu", "boss": "ředitel hotelu",
     "boss_dat": "řediteli hotelu"},
    {"place_in": "na venkovském zámečku plném hostů", "spot_gen": "zámečku",
     "boss": "majitel zámečku", "boss_dat": "majiteli zámečku"},
    {"place_in": "v nočním rychlíku přes hory", "spot_gen": "rychlíku", "boss": "vlakvedoucí",
     "boss_dat": "vlakvedoucímu"},
)  # fmt: skip

_MYSTERY_THINGS = (
    {"thing": "stříbrný kompas", "thing_acc": "stříbrný kompas", "thing_gen": "stříbrného kompasu",
     "it_acc": "ho", "it_n": "něj", "t_a": ""},
    {"thing": "smaragdový prsten", "thing_acc": "smaragdový prsten",
     "thing_gen": "smaragdového prstenu", "it_acc": "ho", "it_n": "něj", "t_a": ""},
    {"thing": "první vydání Máchova Máje", "thing_acc": "první vydání Máchova Máje",
     "thing_gen": "prvního vydání Máchova Máje", "it_acc": "ho", "it_n": "něj", "t_a": "o"},
    {"thing": "zlatá tabatěrka", "thing_acc": "zlatou tabatěrku", "thing_gen": "zlaté tabatěrky",
     "it_acc": "ji", "it_n": "ni", "t_a": "a"},
    {"thing": "safírová brož", "thing_acc": "safírovou brož", "thing_gen": "safírové brože",
     "it_acc": "ji", "it_n": "ni", "t_a": "a"},
)  # fmt: skip

MYSTERY = Material(
    kind="story",
    subject="a mystery story with a fair clue and a satisfying solution",
    titles=(
        "Případ {thing_gen}",
        "{Name} a tajemství {spot_gen}",
        "Záhada jednoho večera",
        "Pět minut tmy",
    ),
    descriptions=(
        "{Thing} beze stopy zmizí {place_in}. Detektiv jménem {name} má jen jeden večer, aby "
        "zloděje na{šel}. Krátká detektivka s férovou stopou.",
        "Motiv měl každý. {Name} rozplétá klubko stop a dojde k odpovědi, kterou nikdo nečekal.",
    ),
    places=_MYSTERY_PLACES,
    things=_MYSTERY_THINGS,
    frames=(
        Frame(
            openings=(
                "{Thing} zmizel{t_a} {place_in} přesně v devět večer, během pěti minut, kdy nešel "
                "proud. {Name} se odjakživa živil{a} luštěním cizích záhad. Když se světla znovu "
                "rozsvítila, hned si všiml{a} zvláštní věci: u okna byla mokrá stopa boty a špička "
                "mířila dovnitř místnosti.",
                "{Name} přijel{a} do městečka na klidný víkend. Hned první večer ale {thing} "
                "zmizel{t_a} {place_in} přímo ze zamčené vitríny. Sklo celé, klíč na místě a na "
                "podlaze jediná mokrá stopa se špičkou obrácenou dovnitř.",
            ),
            beats=(
                "{Boss} lomil rukama a pobíhal sem a tam. Je to to nejcennější, co mají, opakoval. "
                "A teprve před týdnem {it_acc} nechal pojistit na obrovskou částku. {Name} si to "
                "zapsal{a} do notesu, dvakrát podtrhl{a} a nic neřekl{a}.",
                "{Friend} stál{friend_a} nejblíž k vitríně a přísahal{friend_a}, že nic "
                "neviděl{friend_a}. Přitom si nervózně pohrával{friend_a} s knoflíkem a "
                "snažil{friend_a} se nedívat na prázdné místo za sklem. Boty měl{friend_a} suché a "
                "naleštěné do lesku. {Name} si pomyslel{a}, že na večírek je to dost zvláštní.",
                "Číšník si vzpomněl na vysokého cizince v šedém kabátě, který odešel jako první. "
                "Popsali ho do detailu: klobouk, hůl, knírek jako kartáček. Všichni usoudili, že "
                "zloděj je on, a někdo se ho dokonce rozběhl hledat. {Name} se zeptal{a} jen na "
                "jedno: na kterou stranu se otvírá okno.",
                "Ukázalo se, že okno je zamčené zevnitř a zvenku se otevřít nedá. Kdo nechal tu "
                "stopu, stál tedy jen u okna v mokrých botách. Přišel zvenku, neutekl ven. {Name} "
                "spokojeně přikývl{a}: první část hádanky zapadla.",
                "Hosté si mezitím začali šuškat a podezírat jeden druhého. Jedna dáma si "
                "vzpomněla, že {boss} má v poslední době velké dluhy. Jiný host dodal, že to s "
                "podnikem jde z kopce. {Name} poslouchal{a} a mlčky si dělal{a} poznámky.",
                "{Name} si prohlédl{a} stojan na deštníky u vchodu. Hosté dorazili už odpoledne a "
                "jejich deštníky dávno uschly. Jen jeden, velký a černý, stál úplně na kraji, kde "
                "si věci nechává personál. Byl úplně promočený a ještě z něj kapala voda.",
                "V tichém koutě {name} objevil{a} pobledlého a nervózního asistenta. Přiznal, že "
                "si odpoledne půjčil klíč od vitríny, ale prý jen proto, aby vyleštil sklo. Ruce "
                "se mu třásly, boty ale měl úplně suché. {Name} mu uvěřil{a}, aspoň prozatím.",
                "Cizince v šedém kabátě brzy našli. Ukázalo se, že je to ladič klavírů a v kapsách "
                "má jen ladičku. Odešel brzy prostě proto, že nesnáší hlučné večírky. Pořád "
                "nechápal, proč ho zadrželi, a neustále se omlouval.",
                "{Name} vzal{a} baterku a pomalu obe{šel} místnost. U těžkého sametového závěsu "
                "zachytil kužel světla na podlaze tmavou skvrnu. Byla to voda a nakapala tam "
                "teprve nedávno. Ještě před půlhodinou tu někdo stál v mokrém oblečení.",
                "{Boss} tvrdil, že celý večer nevyšel ze sálu. Jenže manžety košile měl vlhké a na "
                "ramenou saka se leskly kapky. Když se ho na to {name} zeptal{a}, zbledl a řekl, "
                "že si byl zakouřit. Ještě před chvílí přitom přísahal, že v životě nekouřil.",
            ),
            climaxes=(
                "{Name} svolal{a} všechny dohromady. Zloděj, řekl{a}, vyšel za tmy ven do deště a "
                "vrátil se dveřmi. U okna schválně nechal mokrou stopu, aby to vypadalo jako "
                "vloupání. Jenže okno se zvenku otevřít nedá. Fingovaná krádež se vyplatila "
                "jedinému člověku: {boss_dat}, který {thing_acc} před týdnem pojistil na obrovskou "
                "částku.",
            ),
            endings=(
                "{Boss} se přiznal dřív, než {name} domluvil{a}. {Thing_acc} našli za závěsem v "
                "ubrousku. Chtěl si pro {it_n} přijít později, až se všichni rozejdou. A {name} tu "
                "noc spal{a} jako dřevo.",
                "{Boss} ztěžka dosedl na židli a všechno přiznal. {Thing} se ještě ten večer "
                "vrátil{t_a} na své místo. A {name} se vrátil{a} ke klidnému víkendu, i když od té "
                "doby ostražitě pokukoval{a} po deštnících.",
            ),
            texture=(
                "Déšť vytrvale bubnoval na střechu.",
                "Někde odbily hodiny čtvrt.",
                "Hosté si šeptali v ustaraných hloučcích.",
            ),
        ),
    ),
)
