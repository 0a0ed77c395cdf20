"""Zamyšlení, příběhy o lásce a příběhy na téma diváka: témata ``philosophy``,
``love`` a ``custom``."""

from t2m.generate.story_data.model import Frame, Material

PHILOSOPHY = Material(
    kind="story",
    subject="a short, thoughtful philosophical reflection for a general audience",
    titles=(
        "Théseova loď",
        "Co dělá život dobrým?",
        "{Thing} a řeka",
        "Jste pořád tentýž člověk?",
    ),
    descriptions=(
        "Tiché zamyšlení o změně, o tom, kdo jsme, a o tom, co zůstává, když všechno plyne.",
        "Stará hádanka, {thing} a pár otázek, které stojí za to vzít si s sebou do dnešního dne.",
    ),
    places=(
        {"place_in": "na břehu řeky"},
        {"place_in": "na starém mostě nad řekou"},
        {"place_in": "na lavičce u řeky"},
    ),
    things=(
        {"thing": "dřevěný člun"},
        {"thing": "kamenný most"},
        {"thing": "starý dům"},
    ),
    frames=(
        Frame(
            openings=(
                "Představte si {thing}, který se po kouscích opravuje tolik let, až v něm "
                "nezůstane jediná původní součástka. Je to pořád tentýž {thing}? Filozofové se o "
                "tuhle hádanku přou přes dva tisíce let.",
                "Řecký myslitel Hérakleitos říkal, že nelze dvakrát vstoupit do téže řeky. Řeka už "
                "je jiná a člověk taky. Zní to jednoduše. Je to ale jedna z nejhlubších myšlenek, "
                "jaké máme.",
            ),
            beats=(
                "Vzpomeňte si na vlastní tělo. Během let se mnoho jeho buněk obnoví, vzpomínky se "
                "posunou a názory změní. Jizvy, zvyky a oblíbené písničky se s vámi stěhují rok co "
                "rok jako staré zavazadlo. A přece se cítíte jako tentýž člověk. Ten, kdo se kdysi "
                "učil číst po slabikách.",
                "Jedni říkají, že nás dělá námi paměť: nit, která spojuje každý den s tím "
                "předchozím. Jenže paměť je křehká a často se mýlí. Každé ráno si znovu vyprávíme, "
                "kdo jsme. Možná nejsme ani tak věc, jako spíš příběh, který pořád vyprávíme dál.",
                "Jiní tvrdí, že rozhoduje povaha. Jak jednáte s lidmi, na čem vám záleží, jak se "
                "zachováte, když se nikdo nedívá. Povaha je jako koryto řeky: voda v něm je každý "
                "den jiná, koryto zůstává. Z tohoto pohledu se dá stát lepším člověkem a přitom "
                "nepřestat být sám sebou.",
                "Stoikové nabízeli praktickou odpověď. Něco máme ve své moci: své úsudky a činy. "
                "Počasí, cizí názory a minulost ale ne. Klid začíná, říkali, když přestaneme "
                "bojovat s tím, co změnit nejde.",
                "Změna se někdy podobá ztrátě. Jenže život beze změn by byl fotografie, ne život. "
                "Strom roste jen proto, že se každý den mění. Stojatá voda se rychle promění v "
                "bažinu. Řeka je krásná právě proto, že teče.",
                "Vzpomeňte si na starého přítele, kterého jste dvacet let neviděli. Když se "
                "potkáte, poznáte ho okamžitě. Ne podle tváře, ta se změnila, ale podle toho, jak "
                "se směje a čeho si všímá. Něco v člověku zůstává, i když je těžké říct co.",
                "Buddhističtí myslitelé šli ještě dál. Tvrdili, že neměnné já je iluze, pohodlné "
                "jméno pro proud okamžiků. Když žádné neměnné já není, není třeba ho tak zoufale "
                "bránit. Kupodivu spoustu lidí ta myšlenka neděsí, ale osvobozuje.",
                "Jan Amos Komenský napsal knihu Labyrint světa a ráj srdce. Jeho poutník bloudí "
                "světem a hledá smysl v penězích, slávě i učenosti, ale nikde ho nenachází. Klid "
                "najde, až když se vrátí do sebe. Možná to podstatné nehledáme venku, ale uvnitř.",
                "A co {thing}? Možná zůstává sám sebou, protože se o něj lidé starají, používají "
                "ho a říkají mu jeho jménem. Možná i naše osobnost zčásti žije v péči, kterou nám "
                "dávají druzí.",
                "Představte si, že sedíte {place_in} a díváte se na vodu. Každá vlna je nová, "
                "žádná se neopakuje. A přesto řeknete řeka a ani na chvíli nezaváháte. Možná jsme "
                "na tom stejně: tečeme a měníme se, a přitom zůstáváme sami sebou.",
                "Možná je lepší se neptat, kdo jsem, ale kým se stávám. Minulost je už postavená, "
                "budoucnost se staví právě teď. Každé malé rozhodnutí je nové prkno v lodi. A "
                "dřevo si vybíráte sami.",
            ),
            climaxes=(),
            endings=(
                "Až budete mít pocit, že už nejste tím, kým jste bývali, nebuďte smutní. Ani řeka "
                "už není stejná, a přesto si pořád najde cestu k moři.",
                "Možná žádná konečná odpověď neexistuje, a to je v pořádku. Některé otázky se "
                "nemají vyřešit, ale nést s sebou jako lucernu, která posvítí na cestu o kousek "
                "dál.",
            ),
            texture=(
                "Stojí za to se nad tím na chvíli zastavit.",
                "Zůstaňte u té otázky ještě chvíli.",
                "Odpověď není tak samozřejmá, jak se zdá.",
                "V té myšlence je útěcha.",
            ),
        ),
    ),
)

_LOVE_PLACES = (
    {"place_in": "v malém knihkupectví na rohu náměstí",
     "place_to": "do malého knihkupectví na rohu náměstí", "spot_in": "v knihkupectví",
     "spot_to": "do knihkupectví"},
    {"place_in": "v rušné kavárně u nádraží", "place_to": "do rušné kavárny u nádraží",
     "spot_in": "v kavárně", "spot_to": "do kavárny"},
    {"place_in": "ve studovně staré knihovny", "place_to": "do studovny staré knihovny",
     "spot_in": "ve studovně", "spot_to": "do studovny"},
    {"place_in": "v květinářství na nábřeží", "place_to": "do květinářství na nábřeží",
     "spot_in": "v květinářství", "spot_to": "do květinářství"},
)  # fmt: skip

_LOVE_THINGS = (
    {"thing": "žlutý deštník", "thing_acc": "žlutý deštník", "thing_with": "se žlutým deštníkem",
     "it_acc": "ho"},
    {"thing": "ohmataná knížka", "thing_acc": "ohmatanou knížku",
     "thing_with": "s ohmatanou knížkou", "it_acc": "ji"},
    {"thing": "modrý zápisník", "thing_acc": "modrý zápisník", "thing_with": "s modrým zápisníkem",
     "it_acc": "ho"},
    {"thing": "starý fotoaparát", "thing_acc": "starý fotoaparát",
     "thing_with": "se starým fotoaparátem", "it_acc": "ho"},
)  # fmt: skip

LOVE = Material(
    kind="story",
    subject="a warm, heartfelt love story",
    titles=(
        "{town}: dopisy, které došly",
        "{Name} a {friend}",
        "Každé úterý {spot_in}",
        "Myslím, že je to vaše",
    ),
    descriptions=(
        "{Name} a {friend} se znovu a znovu potkávají {place_in}, ale nikdo z nich se neodváží "
        "promluvit jako první. Krátký příběh o lásce.",
        "Malé městečko, {thing} a dva lidé, kteří se málem minuli. Milostný příběh z městečka "
        "jménem {town}.",
    ),
    places=_LOVE_PLACES,
    things=_LOVE_THINGS,
    frames=(
        Frame(
            openings=(
                "Bylo deštivé úterý a městečko {town} jako by ztichlo. {Name} ve{šel} {place_to} a "
                "na prahu se zarazil{a}. U okna stál{friend_a} {friend} {thing_with} v ruce a "
                "něčemu se smál{friend_a}. {Name} na celou minutu zapomněl{a}, proč vlastně "
                "při{šel}.",
                "Každé úterý chodil{a} {name} {place_to}. A každé úterý už tam byl{friend_a} "
                "{friend} {thing_with}. Celé měsíce si jen kývali na pozdrav: dva cizí lidé, kteří "
                "byli z nějakého důvodu vždycky na stejném místě.",
            ),
            beats=(
                "Jednou {friend} zapomněl{friend_a} {thing_acc} na stolku. {Name} {it_acc} celý "
                "týden opatroval{a} a zkoušel{a}, co řekne, až se zase potkají. Věty vycházely buď "
                "moc dlouhé, nebo moc směšné. A když ta chvíle přišla, vypravil{a} ze sebe jen: "
                "„Myslím, že je to vaše.“ Víc nebylo potřeba.",
                "Stačilo to. Každé úterý si povídali o trochu déle. Mluvili o knížkách, o počasí a "
                "o podivných snech, které si {friend} každé ráno zapisoval{friend_a} do sešitu. "
                "Ukázalo se, že mají rádi stejné staré filmy a stejně neradi spěchají.",
                "{Name} si začal{a} všímat drobností. Jak {friend} naklání hrnek, aby "
                "viděl{friend_a} na dno. Jakou písničku si brouká, když je nervózní. A jak déšť "
                "pokaždé ustane, jakmile spolu vyjdou ven. Dřív si {name} takových věcí "
                "nevšímal{a} u nikoho.",
                "A pak jednoho úterý {friend} nepři{friend_šel}. Ani to další. {Name} seděl{a} "
                "{spot_in} {sám} a při každém vrznutí dveří sebou trhl{a}. Prázdná židle naproti "
                "připomínala otázku, kterou nikdo nenašel odvahu položit.",
                "{Name} se náhodou dozvěděl{a}, že {friend} odjel{friend_a} za prací do jiného "
                "města. Napsal{a} dopis a roztrhal{a} ho. Napsal{a} druhý a roztrhal{a} i ten. K "
                "ránu byl koš plný a ta správná slova pořád nikde. Některá slova se snáz myslí, "
                "než píšou.",
                "Na jaře rozkvetly lípy a ulice voněly medem. {Name} se procházel{a} po nábřeží a "
                "přistihl{a} se, že v každém kolemjdoucím hledá známou chůzi. Srdce se pokaždé "
                "rozbušilo a zase uklidnilo.",
                "Nakonec {name} napsal{a} jen tři řádky. Stálo v nich to, co se nikdy neodvážil{a} "
                "říct nahlas. Dopis odeslal{a} dřív, než si to stihl{a} rozmyslet. A pak ještě "
                "dlouho stál{a} u poštovní schránky a nemohl{a} uvěřit, že to udělal{a}.",
                "Týdny ubíhaly a odpověď nepřicházela. {Name} přesto chodil{a} {spot_to} každé "
                "úterý. Sedal{a} si na stejné místo a pokukoval{a} po dveřích. Naděje je "
                "tvrdohlavá věc. Jen tady se {name} cítil{a} opravdu doma.",
                "Jednou {name} ze zvyku koupil{a} dva lístky do kina. Druhý lístek pak zůstal "
                "ležet v kapse kabátu. Vyhodit ho nedokázal{a}. Připomínal slib, který se ještě "
                "nesplnil.",
            ),
            climaxes=(
                "A pak, jednoho šedivého jarního úterý, se otevřely dveře a dovnitř ve{friend_šel} "
                "{friend}, celý promočen{friend_ý}, s dopisem v ruce. „Četl{friend_a} jsem ho ve "
                "vlaku,“ řekl{friend_a} {friend}. „Jedenáctkrát. A pak jsem si koupil{friend_a} "
                "jízdenku zpátky.“ {Name} se nezmohl{a} na slovo.",
            ),
            endings=(
                "Dodnes se potkávají {spot_in} každé úterý, jen teď chodí spolu. {Thing} leží doma "
                "na poličce, kde {it_acc} oba vidí. Připomíná jim, že to nejlepší často začíná "
                "větou: myslím, že je to vaše.",
                "O rok později, {spot_in}, položil{a} {name} otázku, na kterou stačila jednoslovná "
                "odpověď. {Friend} odpověděl{friend_a} dvakrát, pro jistotu. A venku, jako na "
                "povel, přestalo pršet.",
            ),
            texture=(
                "Za oknem se déšť ztišil na jemné mrholení.",
                "Vonělo to kávou a starým papírem.",
                "Podél ulice se jedna po druhé rozsvěcovaly lampy.",
            ),
        ),
    ),
)

CUSTOM = Material(
    kind="story",
    subject="",
    titles=(
        "Příběh na téma „{Prompt}“",
        "{Name} a „{Prompt}“",
        "Jeden den: {Prompt}",
    ),
    descriptions=(
        "Krátký příběh na téma „{prompt}“. V hlavní roli {name} z městečka jménem {town}.",
        "{Name}, malé městečko a „{prompt}“: příběh se začátkem, prostředkem i koncem.",
    ),
    places=(
        {"place_in": "v malém městečku u moře"},
        {"place_in": "v rušném malém městě"},
        {"place_in": "ve vesnici mezi kopci"},
    ),
    things=(
        {"thing_acc": "starou mapu"},
        {"thing_acc": "cizí dopis"},
        {"thing_acc": "malý klíč"},
    ),
    frames=(
        Frame(
            openings=(
                "Tohle je příběh na téma „{prompt}“. Všechno začalo {place_in} jménem {town}, kde "
                "žil{a} {name}. Přemýšlel{a} o tom už hodně dlouho.",
                "Každý v okolí měl svůj názor na to, co znamená „{prompt}“. {Name} si to ale "
                "chtěl{a} zjistit {sám}. A tak jednoho slunečného rána sbalil{a} batoh, strčil{a} "
                "do kapsy {thing_acc} a vydal{a} se na cestu.",
            ),
            beats=(
                "Nejdřív si {name} promluvil{a} s člověkem, kterého znal{a} celý život. {Friend} "
                "znal{friend_a} v okolí úplně každého. Pozorně poslouchal{friend_a}, "
                "usmál{friend_a} se a řekl{friend_a}, že nejlepší příběhy vždycky začínají "
                "otázkou. „Tak polož tu svou otázku celému světu,“ dodal{friend_a} s úsměvem.",
                "{Name} celé hodiny chodil{a}, ptal{a} se a zapisoval{a} si odpovědi. Jedni se "
                "smáli, druzí krčili rameny. Jeden starý pán vyprávěl příběh, na který {name} "
                "nikdy nezapomněl{a}. A holčička na dvoře prostě nakreslila odpověď křídou na "
                "chodník.",
                "K večeru byly stránky popsané, ale odpovědi do sebe nezapadaly. Bylo to jako "
                "skládačka, ve které chybí jeden dílek. {Name} si poznámky přečetl{a} třikrát, ale "
                "dílek pořád nikde. A kde ho hledat, nebylo vůbec jasné.",
                "Pak se stalo něco nečekaného. Na {thing_acc} v kapse {name} málem zapomněl{a}. "
                "Stačilo ale vytáhnout ten nález a chvíli ho obracet v rukou, a bylo jasné, z "
                "které strany na to jít. Někdy nosíte odpověď s sebou a ani o tom nevíte.",
                "K večeru začalo pršet a {name} se schoval{a} pod stříšku staré autobusové "
                "zastávky. Vedle stála holčička s deštníkem. Zeptala se, co {name} hledá, a "
                "dostala odpověď: „{prompt}“. Holčička vážně přikývla, jako by to byla ta "
                "nejobyčejnější věc na světě.",
                "Poprvé {name} pochopil{a}, co „{prompt}“ znamená právě pro {něj}. Ne to, co "
                "říkali ostatní, ani to, co se píše v knihách. Bylo to něco velmi osobního, "
                "tichého a opravdového. Všechno bylo jednodušší a zároveň úžasnější.",
                "Cestou {name} potkal{a} cizince, který hledal totéž už mnoho let. Chvíli šli "
                "spolu a vyprávěli si příběhy. Než se jejich cesty rozdělily, každý dal tomu "
                "druhému jeden dobrý nápad. Pak cizinec stiskl ruku na rozloučenou a zmizel v "
                "davu.",
                "Večer {name} seděl{a} u malého ohně a pročítal{a} si poznámky. Oheň praskal a "
                "přemýšlelo se lehce. Pomalu se v nich začal rýsovat vzorec, jako obrázek, který "
                "vystupuje z mlhy. A {name} se začal{a} usmívat.",
                "Zbývala ještě jedna potíž. {Name} si musel{a} vybrat mezi bezpečnou cestou domů a "
                "těžší stezkou, která vede až na konec příběhu. Bezpečná cesta byla známá a nudná. "
                "Ta těžší vedla tam, kde ještě nikdo nebyl. {Name} si vybral{a} tu těžší.",
            ),
            climaxes=(
                "Když {name} konečně do{šel} na konec cesty, ukázalo se, že „{prompt}“ tam čeká "
                "úplně jinak, než si představoval{a}. {Name} se nahlas rozesmál{a}: jak dlouho "
                "{mu} trvalo, než to uviděl{a}!",
            ),
            endings=(
                "Po návratu {name} všechno vyprávěl{a} od začátku do konce. {Friend} "
                "poslouchal{friend_a} a ani jednou nepřerušil{friend_a}. „Věděl{friend_a} jsem, že "
                "to najdeš,“ řekl{friend_a} pak. Od té doby posílali všechny, kdo se ptali na "
                "„{prompt}“, na jedinou adresu, tam, kde bydlí {name}.",
                "Takový je tedy příběh: {name} a „{prompt}“. Trochu {ho} změnil, jak to dobré "
                "příběhy dělají. A {name} ho dodnes vypráví za dlouhých večerů.",
            ),
            texture=(
                "Slunce pomalu putovalo po obloze.",
                "Nikdo v okolí ještě nic podobného nedělal.",
                "Cesta byla dlouhá, ale na duši bylo lehko.",
                "Na ten den {name} ještě dlouho vzpomínal{a}.",
            ),
        ),
    ),
)
