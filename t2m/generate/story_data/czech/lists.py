"""Seznamy: témata ``interesting_history``, ``fun_facts`` a ``life_pro_tips``.

V názvech stojí číslo za slovem „Top“, aby se nemuselo shodovat s podstatným jménem."""

from t2m.generate.story_data.model import Frame, Material

HISTORY = Material(
    kind="list",
    subject="a true, well-documented and interesting story from history",
    titles=(
        "Top {n}: podivné, ale pravdivé chvíle z historie",
        "Historie je podivnější, než si myslíte",
        "Top {n}: skutečné příběhy z dějin",
    ),
    descriptions=(
        "Skutečné okamžiky z dějin, které zní jako výmysl. Počet příběhů: {n}.",
        "Válka s ptáky, povodeň melasy a taneční mor: historie je podivnější než jakýkoli román.",
    ),
    frames=(
        Frame(
            openings=(
                "Historie je plná událostí tak podivných, že zní jako výmysl. Všechno z toho se "
                "ale opravdu stalo a dá se to ověřit.",
                "Většinu těchhle příběhů ve školních učebnicích nenajdete. Každý z nich je ale "
                "pravdivý a některé změnily běh dějin.",
            ),
            beats=(
                "V roce 1932 vyslala Austrálie vojáky s kulomety do boje proti emu, kteří ničili "
                "úrodu. Ptáci se rozprchli, kličkovali a většina přežila. Noviny tomu říkaly Velká "
                "válka s emu a vyhráli ji emu.",
                "V lednu 1919 praskla v Bostonu obrovská nádrž s melasou. Vlna husté sladké břečky "
                "se převalila ulicemi a zahynulo jednadvacet lidí. Místní prý ještě desítky let "
                "tvrdili, že čtvrť voní sladce.",
                "Nejkratší válka v dějinách proběhla v roce 1896 mezi Británií a Zanzibarem. "
                "Netrvala ani hodinu: britské lodě ostřelovaly sultánův palác a Zanzibar se vzdal.",
                "V létě 1518 začala ve Štrasburku jedna žena tančit na ulici a nemohla přestat. "
                "Během několika týdnů se k ní přidaly desítky lidí. Historici se dodnes přou, co "
                "tenhle taneční mor způsobilo.",
                "V roce 1628 vyplula švédská válečná loď Vasa, chlouba loďstva, na svou první "
                "plavbu. Potopila se dřív, než urazila jeden a půl kilometru. Vyzvedli ji v roce "
                "1961 a dnes stojí v muzeu ve Stockholmu.",
                "V květnu 1618 vyhodili vzbouření čeští stavové z okna Pražského hradu dva "
                "královské místodržící a jejich písaře. Všichni tři pád z velké výšky přežili. "
                "Tahle pražská defenestrace odstartovala třicetiletou válku.",
                "Pražský orloj na Staroměstské radnici vznikl v roce 1410. Je to nejstarší "
                "astronomický orloj na světě, který dodnes funguje, a přes den v něm každou celou "
                "hodinu defilují apoštolové.",
                "Slovo robot poprvé zaznělo ve hře Karla Čapka R.U.R. z roku 1920. Vymyslel ho ale "
                "jeho bratr Josef. Karel původně uvažoval o slově labori.",
                "O Vánocích 1961 vyrobil chemik Otto Wichterle doma první měkké kontaktní čočky. "
                "Přístroj na ně si sestavil z dětské stavebnice Merkur a z dynama z kola.",
                "Kostkový cukr vymyslel v roce 1843 Jakub Kryštof Rad, ředitel cukrovaru v "
                "Dačicích. Podle vyprávění ho k tomu přivedla manželka, která se při sekání homole "
                "cukru říznula do prstu.",
                "Český lékař Jan Janský v roce 1907 rozdělil lidskou krev do čtyř skupin. Jeho "
                "objev dnes pomáhá při každé bezpečné transfuzi.",
                "O Vánocích 1914, uprostřed první světové války, vojáci na části západní fronty "
                "přestali střílet. Zpívali koledy, na území nikoho si vyměňovali dárky a někde "
                "dokonce hráli fotbal.",
                "V roce 1983 uviděl sovětský důstojník Stanislav Petrov na obrazovkách hlášení o "
                "odpálení amerických raket. Usoudil, že jde o planý poplach, a měl pravdu. Jeho "
                "rozhodnutí možná zabránilo jaderné válce.",
                "Po mohutném výbuchu sopky Tambora vešel rok 1816 do dějin jako rok bez léta. "
                "Úroda přišla vniveč a Mary Shelleyová, zavřená nepřízní počasí v domě u "
                "Ženevského jezera, začala psát Frankensteina.",
                "Napoleon vůbec nebyl mrňous. Na Francouze své doby byl zhruba průměrně vysoký. "
                "Britští karikaturisté ho ale rádi kreslili jako drobečka a ten obraz se ujal.",
                "V roce 1970 vybuchla na cestě k Měsíci na Apollu 13 kyslíková nádrž. Posádka "
                "použila lunární modul jako záchranný člun, z toho, co bylo po ruce, sestavila "
                "filtr, a všichni tři se vrátili domů.",
            ),
            climaxes=(),
            endings=(
                "Ukazuje se, že historie je podivnější než jakýkoli výmysl. A nejúžasnější na ní "
                "je, že se to všechno stalo obyčejným lidem.",
                "O kterém z těch příběhů byste se chtěli dozvědět víc? Minulost je plná "
                "překvapení, stačí se pořádně podívat.",
            ),
        ),
    ),
)

FUN_FACTS = Material(
    kind="list",
    subject="a script of surprising but true fun facts, each explained in a sentence",
    titles=(
        "Top {n}: zajímavosti, o kterých jste nevěděli",
        "Top {n}: překvapivá fakta o našem světě",
        "Věděli jste? Úžasná fakta",
    ),
    descriptions=(
        "Pravdivá fakta o zvířatech, vesmíru a historii, která zní jako výmysl, ale výmysl to "
        "není. Počet zajímavostí: {n}.",
        "Krátce, pravdivě a překvapivě: zajímavosti, o které se budete chtít podělit s kamarády.",
    ),
    frames=(
        Frame(
            openings=(
                "Tady je pár faktů, které zní jako čistý výmysl. Každé z nich se ale dá ověřit a "
                "každé je pravdivé.",
                "Připravte se na překvapení. Zvířata, planety i dějiny jsou někdy podivnější než "
                "pohádka, a všechno, co uslyšíte, je pravda.",
            ),
            beats=(
                "Med nalezený ve staroegyptských hrobkách byl i po tisících let jedlý. Obsahuje "
                "málo vody a hodně kyselin, takže se v něm bakterie prostě neudrží.",
                "Chobotnice má tři srdce a modrou krev. Dvě srdce ženou krev přes žábry, třetí do "
                "zbytku těla. Modrou barvu jí dává měď.",
                "Z pohledu botaniky je banán bobule, ale jahoda ne. Pravá bobule vzniká z jednoho "
                "květu s jedním semeníkem a jahoda tohle pravidlo nesplňuje.",
                "Venuše se otáčí tak pomalu, že jedna otočka kolem vlastní osy jí trvá déle než "
                "celá cesta kolem Slunce. Venušin rok je tedy kratší než jedno její otočení.",
                "Žraloci jsou starší než stromy. Objevili se před více než čtyřmi sty miliony let, "
                "desítky milionů let před prvními skutečnými stromy. Žraloci viděli vznik lesů.",
                "Vombati mají trus ve tvaru kostiček. Kostičky se nekutálejí z kamenů a kmenů a "
                "vombati si jimi značí území. Tvar dostává trus v poslední části střeva.",
                "V létě je Eiffelova věž vyšší. Horkem se železo roztahuje a špička se může "
                "zvednout o víc než deset centimetrů. V zimě se věž zase trochu smrští.",
                "Vydry mořské se ve spánku často drží za tlapky, aby je proud neodnesl od sebe. "
                "Někdy se navíc zabalí do chaluh jako do deky.",
                "Kleopatra žila časově blíž přistání člověka na Měsíci než stavbě Cheopsovy "
                "pyramidy. Pro samotnou Kleopatru už byly pyramidy dávnou minulostí.",
                "Pražský hrad je podle Guinnessovy knihy rekordů největší starobylý hradní komplex "
                "na světě. Rozkládá se na ploše zhruba sedmi hektarů.",
                "Češi vypijí nejvíc piva na osobu ze všech zemí světa. Toto prvenství drží už přes "
                "čtvrt století a pivo tu vaří i v malých městečkách.",
                "Žirafa má v krku stejně obratlů jako člověk, pouhých sedm. Každý z nich je ale "
                "velmi dlouhý, někdy přes dvacet centimetrů.",
                "Sluneční světlo letí k Zemi asi osm minut. Když se podíváte na Slunce, vidíte ho "
                "takové, jaké bylo před osmi minutami.",
                "Motýli cítí chuť nohama. Čidla na nohách jim prozradí, jestli je list vhodný k "
                "tomu, aby na něj nakladli vajíčka.",
                "Kolibříci umějí létat pozpátku a viset na místě jako malinká helikoptéra. Jejich "
                "křídla opisují ve vzduchu osmičku a mávnou desítkykrát za vteřinu.",
                "Oxfordská univerzita je starší než říše Aztéků. Výuka v Oxfordu začala kolem roku "
                "1096, zatímco aztécké hlavní město Tenochtitlán bylo založeno až roku 1325.",
                "Na Zemi každou vteřinu blikne zhruba čtyřicet blesků. Za rok je to přes miliardu "
                "záblesků a většina z nich nad pevninou, ne nad oceánem.",
                "Některé druhy bambusu vyrostou za den skoro o metr. Patří k nejrychleji rostoucím "
                "rostlinám na planetě a jejich růst je skoro vidět pouhým okem.",
            ),
            climaxes=(),
            endings=(
                "Která zajímavost vás překvapila nejvíc? Povězte ji dnes někomu dalšímu a "
                "sledujte, jak se bude divit.",
                "Svět je mnohem úžasnější, než se na první pohled zdá. Zůstaňte zvědaví a ptejte "
                "se.",
            ),
        ),
    ),
)

LIFE_PRO_TIPS = Material(
    kind="list",
    subject="a script of practical, safe life pro tips, each with the reason it works",
    titles=(
        "Top {n}: užitečné rady do každého dne",
        "Top {n}: malé zvyky, které usnadňují život",
        "Životní triky, které opravdu fungují",
    ),
    descriptions=(
        "Praktické rady do každého dne a ke každé vysvětlení, proč funguje. Počet rad: {n}.",
        "Jednoduše, užitečně a zadarmo: triky pro obyčejný život.",
    ),
    frames=(
        Frame(
            openings=(
                "Tady je pár drobných rad, které obyčejný život trochu usnadní. Žádná z nich "
                "nestojí peníze ani zvláštní úsilí.",
                "Tyhle triky si zapamatujete za pár vteřin a ušetří vám hodiny. A u každého je "
                "jednoduché vysvětlení, proč funguje.",
            ),
            beats=(
                "Používejte pravidlo dvou minut. Když něco zabere méně než dvě minuty, udělejte to "
                "hned. Zapisovat si to a pak si na to vzpomínat stojí víc úsilí.",
                "Když se potřebujete soustředit, odneste telefon do jiné místnosti. I ztlumený "
                "telefon na stole pořád odvádí pozornost a část mysli se stará o to, abyste po něm "
                "nesáhli.",
                "Připravte si oblečení a tašku večer předem. Ráno pak proběhne klidněji, protože "
                "všechna rozhodnutí už jsou udělaná a nemusíte na ně plýtvat ospalými minutami.",
                "Nemůžete se rozhodnout mezi dvěma možnostmi? Hoďte si mincí. Zatímco je ve "
                "vzduchu, obvykle poznáte, v kterou stranu doufáte. To je vaše odpověď.",
                "Hned po probuzení vypijte sklenici vody. Po noci bez pití je to jeden z "
                "nejjednodušších způsobů, jak se probrat a začít den bez těžké hlavy.",
                "Před velkým neplánovaným nákupem počkejte den. Pokud tu věc budete chtít i zítra, "
                "nejspíš za to stojí. A pokud ne, peníze vám zůstanou.",
                "Vyfoťte si místo, kde jste zaparkovali, a před cestou i důležité doklady. Fotka v "
                "telefonu je ta nejjednodušší záloha na světě a zabere vteřinu.",
                "Když máte moc práce, sepište si všechny úkoly na papír a vyberte jeden. Seznam na "
                "papíře váží míň než seznam v hlavě a snáz se s ním začíná.",
                "Každou hodinu vstaňte a chvíli se projděte. Záda, oči i myšlenky vám poděkují a "
                "nápady často přicházejí právě cestou.",
                "Nastavte si budík na čas, kdy opravdu musíte vstávat. Opakované buzení rozseká "
                "poslední a nejcennější spánek a ráno se pak cítíte rozlámaní.",
                "Myjte nádobí průběžně při vaření. Zatímco se vaří těstoviny, umyjete misku a "
                "prkénko, a než se najíte, kuchyň je skoro uklizená.",
                "Noste v tašce náhradní nabíječku na telefon. Den, kdy ji budete potřebovat, nikdy "
                "nebývá naplánovaný, a přitom moc nestojí.",
                "Když pracujete u obrazovky, podívejte se každých dvacet minut aspoň na dvacet "
                "vteřin někam do dálky. Oči si odpočinou a večer jsou méně unavené.",
                "Určete klíčům jedno stálé místo u dveří. Když je tam budete dávat vždycky a bez "
                "výjimky, ranní hledání zmizí samo.",
                "Naučte se říkat: nechte mě to promyslet, ozvu se vám. Získáte čas na klidné "
                "rozhodnutí, kterého později nebudete litovat.",
                "Když se s někým seznámíte, vyslovte jeho jméno během rozhovoru aspoň jednou "
                "nahlas. Jméno si tak zapamatujete mnohem snáz a druhého to potěší.",
            ),
            climaxes=(),
            endings=(
                "Vyzkoušejte dnes aspoň jednu radu a uvidíte, co se změní. Někdy stačí jediný malý "
                "zvyk.",
                "Malé zvyky se sčítají ve velké změny. Vyberte si ten, který se vám líbí nejvíc, a "
                "začněte právě jím.",
            ),
        ),
    ),
)
