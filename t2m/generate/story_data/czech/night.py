"""Pohádky na dobrou noc a městské legendy: témata ``bedtime`` a ``urban_legends``."""

from t2m.generate.story_data.model import Frame, Material

# Zvířátko určuje rod přívlastků: malá lištička, malý zajíček (t_ý, t_a, t_ou).
_BEDTIME_THINGS = (
    {"thing": "lištička", "thing_acc": "lištičku", "thing_voc": "lištičko", "t_ý": "á", "t_a": "a",
     "t_ou": "ou"},
    {"thing": "zajíček", "thing_acc": "zajíčka", "thing_voc": "zajíčku", "t_ý": "ý", "t_a": "",
     "t_ou": "ého"},
    {"thing": "sovička", "thing_acc": "sovičku", "thing_voc": "sovičko", "t_ý": "á", "t_a": "a",
     "t_ou": "ou"},
    {"thing": "ježek", "thing_acc": "ježka", "thing_voc": "ježku", "t_ý": "ý", "t_a": "",
     "t_ou": "ého"},
    {"thing": "medvídek", "thing_acc": "medvídka", "thing_voc": "medvídku", "t_ý": "ý", "t_a": "",
     "t_ou": "ého"},
    {"thing": "myška", "thing_acc": "myšku", "thing_voc": "myško", "t_ý": "á", "t_a": "a",
     "t_ou": "ou"},
)  # fmt: skip

BEDTIME = Material(
    kind="story",
    subject="a calm, gentle bedtime story for young children",
    titles=(
        "Mal{t_ý} {thing}, kter{t_ý} nemohl{t_a} usnout",
        "{Name} a tichý měsíc",
        "Dobrou noc, mal{t_ý} {thing_voc}",
        "Dlouhá cesta domů",
    ),
    descriptions=(
        "Mal{t_ý} {thing} jménem {name} se vydá hledat měsíc a najde cestu domů. Klidná pohádka na "
        "dobrou noc.",
        "Měkká, pomalá a ospalá pohádka: {name} přeje dobrou noc všem, kdo bydlí {spot_in}.",
    ),
    places=(
        {"place_in": "na louce u kraje lesa", "spot_in": "na louce"},
        {"place_in": "pod starou vrbou u pomalé říčky", "spot_in": "pod vrbou"},
        {"place_in": "na zahradě za malým modrým domkem", "spot_in": "na zahradě"},
    ),
    things=_BEDTIME_THINGS,
    frames=(
        Frame(
            openings=(
                "Kdysi dávno {place_in} žil{a} {name}, mal{t_ý} {thing}. Každou noc se na nebi "
                "jedna po druhé rozsvěcovaly hvězdy. A každou noc byl{a} {name} příliš zvědav{ý}, "
                "než aby zavřel{a} oči.",
                "{Place_in}, kde byla tráva měkká a vzduch voněl jetelem, žil{a} {name}, mal{t_ý} "
                "{thing}. Jednoho večera vyšel měsíc tak velký a kulatý, že se ho {name} "
                "rozhodl{a} navštívit.",
            ),
            beats=(
                "{Name} tiše cupital{a} kolem spících květin. Sedmikrásky, zvonky a jetel už "
                "složily okvětní lístky jako malinké dlaně. „Dobrou noc, kytičky,“ zašeptal{a} "
                "{name}. A kytičky ve větru ospale kývly, jako by odpovídaly, že taky přejí dobrou "
                "noc.",
                "U rybníka seděla na leknínovém listu stará žába. „Měsíc bydlí daleko,“ řekla "
                "laskavě. „Ale moc rád se shlíží ve vodě.“ Pak zívla a dodala, že už by měla jít "
                "spát taky. A opravdu, měsíc plul po rybníce jako stříbrný talířek.",
                "{Name} se tlapkou dotkl{a} vody. Měsíc se zachvěl a rozsypal na sto malých "
                "kousků. Kruhy na vodě se rozběhly a tiše se ztratily u břehu. Pak se měsíc pomalu "
                "zase složil dohromady, jako by se nic nestalo. {Name} se tiše a ospale zasmál{a}.",
                "Vysoko na nebi plul malý obláček, nadýchaný a měkký jako polštář. „Obláček jde "
                "taky spát,“ pomyslel{a} si {name}. A opravdu, obláček se pomalu snesl za kopec a "
                "už se neukázal. Nejspíš se tam pohodlně uvelebil a zavřel očička.",
                "Kolem proletěla rodinka světlušek a blikala malinkými lucerničkami. Jejich "
                "světýlka se odrážela v rose jako drobné hvězdičky. Světlušky ukázaly cestu "
                "vysokou trávou: rozsvítit, zhasnout, rozsvítit, zhasnout, pořád pomaleji. {Name} "
                "se vydal{a} za nimi.",
                "Na větvi seděla šedá sova s velkýma laskavýma očima. „Každý si musí odpočinout, i "
                "měsíc,“ řekla. „Měsíc spí celý den, aby tě mohl celou noc hlídat.“ {Name} "
                "přikývl{a} a pomyslel{a} si, že měsíc je asi moc starostlivý.",
                "Cestou {name} potkal{a} starého ježka, který nesl domů jablíčko. Ježek popřál "
                "dobrou noc a prozradil, že hvězdy jsou noční lampičky pro malá zvířátka. "
                "Rozsvěcují se každý večer, aby se nikdo ve tmě nebál.",
                "Přes potůček vedl malý můstek z větviček. {Name} po něm pře{šel} opatrně, krůček "
                "po krůčku. Uprostřed se zastavil{a} a podíval{a} dolů: ve vodě pluly odrazy "
                "hvězd. A potůček si broukal svou ukolébavku, tichou a nekonečnou.",
                "Přiletěl chladivý větřík a tiše zazpíval v listí. {Name} zívl{a} tak zeširoka "
                "jako ještě nikdy za celou noc. Očka se sama zavírala a myšlenky byly pomalé a "
                "měkké jako obláčky. Tlapky najednou ztěžkly.",
                "{Name} se ohlédl{a} po cestě, kterou urazil{a}. Daleko {spot_in} na {něj} čekala "
                "teplá, tichá postýlka z mechu. Vonělo to tam trávou a dřevem vyhřátým od slunce. "
                "Postýlka byla akorát pro mal{t_ou} {thing_acc}.",
            ),
            climaxes=(
                "A tak se {name} otočil{a} k domovu. Pomalu {šel} kolem rybníka, kolem světlušek, "
                "kolem spících květin. A měsíc {ho} celou cestu doprovázel, jako by chtěl mít "
                "jistotu, že {name} dojde domů v pořádku.",
            ),
            endings=(
                "{Name} se stočil{a} do klubíčka ve své postýlce z mechu a zavřel{a} oči. „Dobrou "
                "noc, měsíčku,“ zašeptal{a}. A měsíc vysoko na nebi zasvítil o trochu jemněji a "
                "hlídal {jeho} spánek až do rána.",
                "Doma se {name} pohodlně uvelebil{a} v teple a bezpečí. Hvězdy blikaly, říčka "
                "šuměla a mal{t_ý} {thing} brzy tvrdě spal{t_a} a snil{t_a} o stříbrných "
                "rybnících. Dobrou noc, mal{t_ý} {thing_voc}. Dobrou noc.",
            ),
            texture=(
                "Všechno kolem ztichlo a zpomalilo.",
                "Noc byla měkká a teplá jako peřina.",
                "Někde v dálce zpíval cvrček ukolébavku.",
            ),
        ),
    ),
)

_LEGEND_PLACES = (
    {"place_about": "o staré telefonní budce u výpadovky z města", "spot_in": "u budky",
     "spot_to": "k budce", "spot_past": "kolem budky"},
    {"place_about": "o opuštěné autobusové zastávce na devátém kilometru", "spot_in": "na zastávce",
     "spot_to": "k zastávce", "spot_past": "kolem zastávky"},
    {"place_about": "o úzkém mostě přes Černý potok", "spot_in": "na mostě", "spot_to": "k mostu",
     "spot_past": "přes most"},
    {"place_about": "o opuštěné benzince na staré silnici", "spot_in": "u benzinky",
     "spot_to": "k benzince", "spot_past": "kolem benzinky"},
)  # fmt: skip

_LEGEND_THINGS = (
    {"thing": "červená šála", "thing_acc": "červenou šálu", "thing_about": "o červené šále",
     "it_acc": "ji", "it_n": "ni", "t_a": "a", "t_ý": "á"},
    {"thing": "stříbrná mince", "thing_acc": "stříbrnou minci", "thing_about": "o stříbrné minci",
     "it_acc": "ji", "it_n": "ni", "t_a": "a", "t_ý": "á"},
    {"thing": "ručně psaný lístek", "thing_acc": "ručně psaný lístek",
     "thing_about": "o ručně psaném lístku", "it_acc": "ho", "it_n": "něj", "t_a": "", "t_ý": "ý"},
    {"thing": "starý deštník", "thing_acc": "starý deštník", "thing_about": "o starém deštníku",
     "it_acc": "ho", "it_n": "něj", "t_a": "", "t_ý": "ý"},
)  # fmt: skip

URBAN_LEGENDS = Material(
    kind="story",
    subject="a modern urban legend, told as if by a friend of a friend",
    titles=(
        "Nikdy nezastavuj {spot_in}",
        "{Thing} u silnice",
        "Co se stalo {spot_in}",
        "Legenda {thing_about}",
    ),
    descriptions=(
        "Každý tu zná někoho, kdo zná někoho, kdo to viděl na vlastní oči. Městská legenda "
        "{place_about}.",
        "Kamarád kamaráda, pozdní noc a {thing} u krajnice. Městská legenda z městečka jménem "
        "{town}.",
    ),
    places=_LEGEND_PLACES,
    things=_LEGEND_THINGS,
    frames=(
        Frame(
            openings=(
                "Městečko {town} je malé a legend tu moc není. Ale každý, kdo tu vyrostl, dřív "
                "nebo později uslyší příběh {place_about}. Říká se, že když projedete {spot_past} "
                "po půlnoci, můžete tam najít {thing_acc}. A v žádném případě {it_acc} nesmíte "
                "zvednout.",
                "Tenhle příběh mi vyprávěl{friend_a} {friend}, kter{friend_ý} ho má od svého "
                "bratrance. Ten přísahá, že je to pravda. Je to příběh {place_about} a o tom, jak "
                "se {name} přestal{a} smát legendám.",
            ),
            beats=(
                "Prý to všechno začalo asi před padesáti lety. Jedné deštivé noci čekala {spot_in} "
                "mladá žena v červeném kabátě na někoho, kdo nikdy nepřišel. Ráno už tam nebyla. "
                "Zůstal{t_a} jen {thing}, úplně such{t_ý}, přestože celou noc lilo jako z konve.",
                "Od té doby se {thing} prý vrací. Nikdo nikdy neviděl, jak se objeví. Jedni "
                "{it_acc} našli v dešti, jiní za jasné noci, ale vždycky po půlnoci. Prostě tam "
                "jednu noc v roce leží, jako by {it_acc} tam někdo před chvílí nechal a měl se pro "
                "{it_n} hned vrátit.",
                "{Name} tu legendu slyšel{a} na večírku a vysmál{a} se jí. Ještě tu noc jel{a} "
                "{spot_to} s telefonem připraveným k natáčení, aby dokázal{a}, že má pravdu. "
                "Kamarádům slíbil{a} video, na kterém nebude vůbec nic.",
                "Zpočátku se opravdu nic nedělo. Vítr hnal po asfaltu suché listí a někde bzučely "
                "dráty. {Name} už se chystal{a} odjet. Pak světla auta zablikala, a když se znovu "
                "rozsvítila, ležel{t_a} na zemi {thing}. Ještě před vteřinou tam nic nebylo.",
                "Navzdory všem varováním {name} {thing_acc} zvedl{a}. Prsty {mu} hned sevřel "
                "chlad, mnohem silnější než noční vzduch. A bylo cítit déšť, přestože obloha byla "
                "úplně jasná. {Name} pak přísahal{a}, že za zády uslyšel{a} tichý úlevný povzdech.",
                "Cestou domů se {name} pořád díval{a} do zpětného zrcátka. A pokaždé na zlomek "
                "vteřiny {mu} připadalo, že na zadním sedadle tiše sedí žena v červeném kabátě. "
                "Jenže když se otočil{a}, sedadlo bylo prázdné.",
                "Doma si {name} pustil{a} nahrávku. Na videu byla prázdná silnice, bliknutí světel "
                "a pak hlas, úplně blízko mikrofonu. „Děkuju, že jste počkali,“ řekl tiše. {Name} "
                "si záznam přehrál{a} asi dvacetkrát. Hlas byl ženský, klidný a velmi unavený.",
                "Kamarádi samozřejmě nevěřili. Mysleli si, že to {name} celé nafingoval{a} pro "
                "legraci, a dlouho se smáli. Jenže jeden z nich najednou zmlkl. Řekl, že jeho "
                "babička za mlada taky na někoho čekala přesně na tom místě.",
                "O pár dní později {name} zavolal{a} do redakce místních novin. Starší redaktor "
                "dlouho mlčel do telefonu. Pak řekl, že za padesát let mu s tímhle příběhem volali "
                "už sedmkrát. A vždycky stejnou noc, přesně rok po předchozím telefonátu.",
            ),
            climaxes=(
                "Druhý den ráno {thing} v autě nebyl{t_a}, přestože všechny dveře byly zamčené. A "
                "na sedadle, kde ležel{t_a}, se našla stará autobusová jízdenka. Bylo na ní stejné "
                "datum, jen o padesát let starší.",
            ),
            endings=(
                "{Name} v těch končinách žije dodnes a o té noci nerad{a} mluví. Ale kdybyste jeli "
                "{spot_past} po půlnoci, nezastavujte. A kdybyste uviděli {thing_acc}, nesahejte "
                "na {it_n}. Někdo se pro {it_n} pořád vrací.",
                "Je to pravda? {Friend} tvrdí, že ano, a slyšel{friend_a} to od člověka, který u "
                "toho byl. Tak to s legendami chodí. Jenže ta jízdenka je skutečná. {Name} ji má v "
                "šuplíku a po setmění ten šuplík nikdy neotvírá.",
            ),
            texture=(
                "Pouliční lampy bzučely a blikaly.",
                "Silnice byla prázdná na obě strany.",
                "Někde v dálce začal výt pes.",
            ),
        ),
    ),
)
