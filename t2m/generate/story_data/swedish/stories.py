"""Swedish material for motivational, long_form_jokes and custom."""

from t2m.generate.story_data.model import Frame, Material

MOTIVATIONAL = Material(
    kind="story",
    subject="a motivational story with a clear lesson the listener can use",
    titles=(
        "Börja innan du är redo",
        "{Name} och drömmen om att {goal}",
        "Ett litet steg om dagen",
        "Dagen då {name} inte gav upp",
    ),
    descriptions=(
        "{Name} ville {goal} och misslyckades, gång på gång. Det som ändrade allt var inte "
        "talang, utan en vana som vem som helst kan börja med i dag.",
        "En kort berättelse om {name}, drömmen om att {goal} och kraften i att fortsätta, dag "
        "efter dag.",
    ),
    places=(
        {"goal": "springa ett maraton"},
        {"goal": "öppna ett eget bageri"},
        {"goal": "lära sig spela piano"},
        {"goal": "skriva en roman"},
    ),
    things=(
        {"the_thing": "anteckningsboken"},
        {"the_thing": "almanackan"},
        {"the_thing": "väggkalendern"},
    ),
    frames=(
        Frame(
            openings=(
                "När {name} fyllde fyrtio bestämde {han} sig för att {goal}. Alla {han} berättade "
                "det för log artigt, så där som man ler åt en dröm man inte tror ska bli av. "
                "{Name} var inte säker själv. Men {han} började ändå.",
                "{Name} hade velat {goal} så länge {han} kunde minnas. Lika länge hade {han} haft "
                "en anledning att låta bli: för mycket att göra, för trött, för sent. En morgon "
                "insåg {han} att anledningarna hade blivit ett helt liv.",
            ),
            beats=(
                "Första försöket gick dåligt. {Name} tog i för mycket för fort, mådde uselt och "
                "var nära att ge upp efter en vecka. Det kändes som ett bevis på att {han} helt "
                "enkelt inte var en sådan människa. Den som börjar med buller och bång tröttnar "
                "fort, lärde {han} sig.",
                "Så gjorde {han} målet mindre. Tio minuter om dagen, varken mer eller mindre. Det "
                "lät nästan löjligt lite, och det var just poängen. Varje dag fick ett litet "
                "kryss i {the_thing}, och det fanns bara en regel: kedjan fick inte brytas.",
                "Vissa dagar kändes de tio minuterna underbara. De flesta dagar kändes de helt "
                "vanliga, som att borsta tänderna. Några dagar kändes de omöjliga. Det var de "
                "dagarna som räknades mest, för {name} gjorde dem ändå.",
                "{Friend} frågade om {friend_han} fick hänga med. {Name} tvekade först, men sa "
                "ja. Att någon väntade gjorde det mycket svårare att smita undan. På de dåliga "
                "dagarna påminde de varandra om varför de hade börjat, och på de goda firade de "
                "med kanelbullar.",
                "En morgon, mitt i en snöstorm, var det nästan omöjligt att komma i gång. {Name} "
                "gjorde sina tio minuter ändå, i morgonrock och yllesockor. Efteråt satt {han} "
                "med en kopp kaffe vid fönstret och kände sig starkare än på länge.",
                "Efter tre månader bläddrade {name} tillbaka i {the_thing}. Nittio små kryss, "
                "sida efter sida. Inget av dem hade känts som ett framsteg när det ritades. Men "
                "tillsammans var de en sträcka som {han} knappt kunde tro på.",
                "Sedan kom motgången: en skada, ett förlorat jobb, en mörk och regnig november. I "
                "två veckor var {the_thing} tom. Den gamla rösten kom tillbaka, den som alltid "
                "visste bäst. Där ser du, sa den. Det här kommer aldrig att gå.",
                "{Name} svarade med det minsta steg {han} kunde hitta. Fem minuter i stället för "
                "tio, och ibland bara två. Det var inte mycket, men det var inte noll. Även en "
                "dålig dag räknas, bara den blir av, och kedjan började om.",
                "Ibland jämförde {name} sig med folk som verkade ha kommit mycket längre. Det "
                "hjälpte aldrig, det gjorde bara allt tyngre. Den enda rättvisa jämförelsen, "
                "bestämde {han}, var med den {han} själv hade varit månaden innan. Och den "
                "jämförelsen vann {han} nästan alltid.",
                "En kväll hittade {name} en gammal lapp där {han} som tjugoåring hade skrivit upp "
                "sina drömmar. Överst stod det: {goal}. {Han} log åt den slarviga handstilen. "
                "Sedan satte {han} lappen på kylskåpet och tog sina tio minuter, fast det redan "
                "var sent.",
                "En granne frågade {name} hur {han} orkade, år ut och år in. {Han} funderade en "
                "stund innan {han} svarade. Jag orkar inte alltid, sa {han}. Men jag behöver inte "
                "orka allt på en gång. Jag behöver bara orka i dag.",
            ),
            climaxes=(
                "Ett år efter den där första klumpiga veckan klarade {name} det: {han} lyckades "
                "{goal}. Det var inte perfekt, och det behövde det inte vara. Den som nådde målet "
                "var inte samma människa som den som började, och det var den verkliga vinsten.",
            ),
            endings=(
                "Det här är vad {name} lärde sig. Du behöver inte känna dig redo. Du behöver "
                "börja smått, dyka upp de vanliga dagarna och förlåta dig själv de dåliga. Ditt "
                "första steg kan du ta i dag.",
                "Finns det något som du har skjutit upp i flera år? Ta ett litet steg mot det i "
                "dag. Ta ett till i morgon. Det var allt {name} gjorde, och det är allt som krävs.",
            ),
            texture=(
                "Varje kryss i {the_thing} var ett litet löfte som hölls.",
                "Det svåraste var alltid den första minuten.",
                "Framstegen kom långsamt, men de var verkliga.",
                "Ingen tittade, och det gjorde ingenting.",
                "Motivationen kom och gick, men vanan stannade kvar.",
            ),
        ),
    ),
)

JOKES = Material(
    kind="story",
    subject="a long-form joke: a shaggy-dog story that builds up and ends with a punchline",
    titles=(
        "Ett mycket långt skämt",
        "Ett skämt som tar god tid på sig",
        "{Name} och den konstigaste dagen någonsin",
    ),
    descriptions=(
        "Ett långt skämt som tar god tid på sig. Stanna kvar till poängen.",
        "{Name} råkar ut för något som verkar för bra för att vara sant. En lång historia med en "
        "knorr på slutet.",
    ),
    places=(
        {"square": "torget"},
        {"square": "stortorget"},
        {"square": "busstorget"},
    ),
    things=(
        {"fish": "sill"},
        {"fish": "strömming"},
        {"fish": "makrill"},
    ),
    frames=(
        Frame(
            openings=(
                "En morgon när {name} gick genom {town} stod det en pingvin mitt på trottoaren. "
                "Den tittade upp på {honom} med stora, allvarliga ögon. När {name} gick vidare "
                "följde pingvinen efter, tätt bakom, hela vägen till {square}.",
            ),
            beats=(
                "På {square} stod en polis. {Name} förklarade läget: pingvinen hade bara dykt upp "
                "och ville inte gå någon annanstans. Polisen kliade sig i huvudet. Ta den till "
                "djurparken, sa han till slut. Där vet de vad man gör med pingviner.",
                "{Name} nickade och gick till busshållplatsen. Pingvinen vaggade efter, lite "
                "högtidligt. På bussen satte den sig i ett fönstersäte och tittade ut på "
                "landskapet. Chauffören höjde ett ögonbryn, men ingen av passagerarna sa ett enda "
                "ord om saken.",
                "Vid entrén till djurparken frågade kassörskan om pingvinen skulle räknas som "
                "barn eller som pensionär. {Name} tittade på pingvinen. Pingvinen tittade "
                "tillbaka. {Name} betalade för ett barn, för säkerhets skull.",
                "Pingvinen visade sig vara mycket förtjust i {fish}. {Name} köpte en rejäl "
                "portion i kiosken, och pingvinen svalde allt på tre sekunder. Sedan tittade den "
                "förväntansfullt på kioskens prislista. {Name} köpte en portion till, och en "
                "till, och slutade sedan räkna.",
                "I pingvinhuset stod pingvinen länge och tittade på de andra pingvinerna. Den "
                "nickade artigt åt några av dem, ungefär som man hälsar på avlägsna släktingar. "
                "Sedan vaggade den vidare, som om den hade sett alltihop förut och inte var "
                "särskilt imponerad.",
                "Vid sälarnas bassäng blev pingvinen däremot alldeles lycklig. Den klappade med "
                "vingarna varje gång en säl hoppade. En grupp turister ville fotografera sig med "
                "den, och pingvinen ställde upp som ett proffs.",
                "På lekplatsen ville pingvinen åka rutschkana. Den åkte på magen, med vingarna "
                "bakåt, sju gånger i rad. Barnen ställde sig i kö bakom den, och en pappa frågade "
                "{name} var man kunde köpa en sådan.",
                "I kaféet beställde {name} fisksoppa åt dem båda. Pingvinen åt sin med stor "
                "värdighet och torkade sig om näbben med en servett. Sedan knackade den med "
                "näbben på glaset och ville ha mer is i vattnet. Servitrisen tog en bild och "
                "skickade den till sin mamma.",
                "Vid glasskiosken köpte {name} två strutar. Pingvinen ville inte ha strössel, "
                "bara vanilj. Den åt långsamt och njutningsfullt och tittade sedan på {name}. Det "
                "såg ut som om den ville säga att det här var en nästan perfekt dag.",
                "Vid stängningsdags vägrade pingvinen lämna presentbutiken. Den stod orubblig "
                "framför en liten isbjörn i plysch och tittade på {name} med sina allvarliga "
                "ögon. {Name} suckade djupt och köpte isbjörnen. Först då gick pingvinen med på "
                "att gå ut.",
            ),
            climaxes=(
                "Nästa morgon gick {name} över {square} igen, med pingvinen vaggande bredvid sig. "
                "Samma polis stod där och spärrade upp ögonen. Men snälla nån, sa polisen. Sa jag "
                "inte åt dig att ta den till djurparken?",
            ),
            endings=(
                "Jo, sa {name} och log. Det gjorde vi i går, och den tyckte jättemycket om det. I "
                "dag tänkte vi gå på bio.",
            ),
            texture=(
                "Pingvinen vaggade nöjt bredvid.",
                "Folk vände sig om, men ingen sa något.",
                "{Name} började tycka att det var en helt vanlig dag.",
            ),
        ),
        Frame(
            openings=(
                "En familj sköldpaddor bestämde sig för att gå på picknick. Det var mamma, pappa "
                "och den minsta, som hette {name}. Eftersom sköldpaddor är som de är, tog "
                "förberedelserna sju år.",
            ),
            beats=(
                "Till slut packade de korgen: smörgåsar, kokta ägg, saft och en stor burk {fish}. "
                "Mamma kontrollerade listan två gånger, och pappa kontrollerade den en tredje "
                "gång. Sedan gav de sig av, långsamt och värdigt, mot den finaste gläntan i hela "
                "skogen.",
                "Resan tog fem år. På vägen passerade de många årstider, två älgar och en gammal "
                "lada som hann byggas om under tiden. En snigel körde om dem i en nedförsbacke. "
                "Pappa sa att snigeln säkert fuskade, och mamma sa att man inte skulle vara "
                "långsint.",
                "När de äntligen kom fram bredde mamma ut den rutiga filten. Sedan plockade de "
                "upp maten, bit för bit, och ställde allt i prydliga rader. Det tog ett halvår "
                "till, men ingen klagade. Utsikten var verkligen vacker, och solen sken nästan "
                "hela tiden.",
                "Då upptäckte pappa det: de hade glömt burköppnaren. Han letade i korgen en gång "
                "till, mycket noggrant, i ungefär tre veckor. Det blev mycket tyst på filten. "
                "Utan burköppnare blev det ingen {fish}, och utan {fish} var det ingen riktig "
                "picknick.",
                "De diskuterade länge vem som skulle gå hem och hämta den. Diskussionen tog en "
                "hel vår. Pappa hade ont i ryggen. Mamma hade burit korgen hela vägen. Till slut "
                "tittade båda på {name}, som var yngst och därför snabbast.",
                "{Name} gick med på det, men på ett villkor. Ni får inte börja äta innan jag är "
                "tillbaka, sa {han} strängt. Inte en enda smörgås, inte ens en liten tugga ägg. "
                "Mamma och pappa lovade högtidligt och lade handen på hjärtat.",
                "Så gav sig {name} av. Mamma och pappa satt kvar på filten och väntade. Ett år "
                "gick. Två år. Smörgåsarna blev lite torra i kanterna, och saften blev varm, men "
                "de rörde ingenting. Ett löfte är ett löfte, sa pappa.",
                "Medan de väntade kom en hare förbi, sprang tre varv runt gläntan och försvann "
                "igen. Jäktig typ, sa pappa. Han hinner aldrig se någonting. Mamma höll med och "
                "tittade nöjt ut över den stilla gläntan.",
                "Tre år gick, och sedan fyra. En ekorre kom förbi och frågade vad de väntade på. "
                "På burköppnaren, sa pappa stolt. Ekorren tittade länge på dem, och sedan på "
                "burken. Sedan skuttade den därifrån utan ett ord.",
                "Efter sex år kurrade pappas mage så högt att fåglarna flög upp ur träden. Mamma "
                "låtsades att hon inte hörde. Hon tittade på smörgåsarna. Pappa tittade på mamma. "
                "Ingen sa något, men båda tänkte precis samma sak.",
            ),
            climaxes=(
                "Till slut kunde de inte hålla sig längre. Vi tar bara en liten smörgås var, "
                "viskade mamma. Det märker ingen. Pappa sträckte försiktigt fram tassen mot "
                "korgen.",
            ),
            endings=(
                "Då stack {name} plötsligt fram huvudet bakom en sten alldeles intill filten. Där "
                "ser ni, ropade {han}. Det var precis därför jag inte gick!",
            ),
            texture=(
                "Skogen susade långsamt omkring dem.",
                "Någonstans växte ett träd en liten bit.",
                "Ingen hade bråttom, allra minst sköldpaddorna.",
            ),
        ),
    ),
)

CUSTOM = Material(
    kind="story",
    subject="",
    titles=(
        "En berättelse om ”{Prompt}”",
        "{Name} och ”{Prompt}”",
        "Dagen då allt handlade om ”{Prompt}”",
    ),
    descriptions=(
        "En kort berättelse om ”{prompt}”, med {name} från {town} i huvudrollen.",
        "{Name}, en liten stad och ”{prompt}”: en berättelse med en början, en mitt och ett slut.",
    ),
    places=(
        {"place": "en liten stad vid havet"},
        {"place": "en livlig liten stad"},
        {"place": "en by uppe bland kullarna"},
    ),
    things=(
        {"a_thing": "en karta", "the_thing": "kartan"},
        {"a_thing": "ett brev", "the_thing": "brevet"},
        {"a_thing": "en nyckel", "the_thing": "nyckeln"},
    ),
    frames=(
        Frame(
            openings=(
                "Det här är en berättelse om ”{prompt}”. Den börjar med {name}, som bodde i "
                "{place} som hette {town}. {Han} hade funderat på just det i väldigt lång tid.",
                "Alla i {town} hade en åsikt om ”{prompt}”, men {name} ville se med egna ögon. En "
                "klar morgon packade {han} en väska, stoppade {a_thing} i fickan och gav sig av.",
            ),
            beats=(
                "Den första som {name} frågade var {friend}, en gammal vän som kände alla i "
                "{town}. De satt länge vid köksbordet med var sin kopp kaffe. {Friend} lyssnade "
                "noga, log och sa att de bästa berättelserna alltid börjar med en fråga.",
                "{Name} gick i timmar, ställde frågor och skrev ner svaren i ett litet block. En "
                "del skrattade, en del ryckte på axlarna. En gammal dam bjöd på saft och pratade "
                "i en halvtimme. Några berättade saker som fick {honom} att stanna upp och tänka.",
                "Mitt på dagen satte sig {name} på en bänk och lät tankarna vandra. En fågel "
                "landade bredvid, tittade på {honom} med huvudet på sned och flög vidare. Ibland, "
                "tänkte {name}, är svaret att sluta leta och bara stanna upp en stund.",
                "Ett barn som lekte på torget frågade vad {name} höll på med. {Name} förklarade "
                "så gott {han} kunde. Barnet tänkte efter en stund och sa något så enkelt och "
                "klokt att {name} skrev ner det direkt.",
                "På kvällen hade {han} fyllt flera sidor, men svaren passade inte ihop. Vissa sa "
                "emot varandra, andra handlade om något helt annat. Det var som ett pussel där en "
                "bit saknades, och {name} hade ingen aning om var {han} skulle leta.",
                "I biblioteket i {town} letade {name} igenom gamla tidningar och böcker. "
                "Bibliotekarien hittade en bok som ingen hade lånat på trettio år. Där fanns ett "
                "kapitel som nästan handlade om ”{prompt}”, och en lapp någon hade glömt mellan "
                "sidorna.",
                "Det började regna, och {name} tog skydd under ett tak tillsammans med en gammal "
                "man. De pratade om vädret, om {town} och till slut om ”{prompt}”. Mannen hade en "
                "egen historia om det, och den var bättre än alla andra.",
                "Sedan hände något oväntat. {Name} stack handen i fickan och kände {the_thing} "
                "där, som {han} nästan hade glömt bort. {Han} tog fram {the_thing} och tittade "
                "länge. Det visade sig vara precis det {han} behövde.",
                "För första gången förstod {name} vad ”{prompt}” verkligen betydde för {honom}. "
                "Det var inte vad någon annan hade sagt, och inte heller vad {han} själv hade "
                "trott i början. Det var enklare, och mer överraskande.",
                "På vägen mötte {name} en främling som hade letat efter samma sak i flera år. De "
                "gick en bit tillsammans och bytte berättelser. Innan vägarna skildes gav de "
                "varandra varsin god idé.",
                "Den kvällen satt {name} vid en liten eld och läste igenom sina anteckningar. "
                "Elden sprakade, och gnistorna steg mot stjärnorna. Sakta trädde ett mönster "
                "fram, som en bild ur dimman, och {han} började le.",
                "Det återstod en sista svårighet. {Name} måste välja mellan den trygga vägen hem "
                "och den svårare stigen som ledde till berättelsens slut. {Han} stod länge vid "
                "vägskälet. Sedan valde {han} den svårare.",
            ),
            climaxes=(
                "Till slut nådde {name} vägens ände, och där väntade ”{prompt}”. Det såg inte "
                "alls ut som {han} hade föreställt sig. {Han} skrattade högt åt hur lång tid det "
                "hade tagit att se det som hela tiden hade funnits där.",
            ),
            endings=(
                "{Name} gick hem till {town} och berättade allt för {friend}. {Friend} lyssnade "
                "på hela historien och sa sedan: Jag visste att du skulle hitta det. Från den "
                "dagen skickades alla som undrade över ”{prompt}” till {name}.",
                "Det var berättelsen om {name} och ”{prompt}”. Den förändrade {honom} lite grann, "
                "så som bra berättelser gör. {Han} berättar den fortfarande under långa kvällar i "
                "{town}.",
            ),
            texture=(
                "Solen vandrade långsamt över himlen.",
                "Ingen i {town} hade någonsin gjort något liknande.",
                "Vägen var lång, men {name} kände sig lätt.",
                "Det var en dag som {name} skulle minnas länge.",
            ),
        ),
    ),
)
