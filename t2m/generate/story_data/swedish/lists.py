"""Swedish material for the list topics: interesting_history, fun_facts and life_pro_tips."""

from t2m.generate.story_data.model import Frame, Material

HISTORY = Material(
    kind="list",
    subject="a true, well-documented and interesting story from history",
    titles=(
        "{n} märkliga men sanna ögonblick i historien",
        "Historien är konstigare än du tror",
        "{n} sanna berättelser ur historien",
    ),
    descriptions=(
        "{n} verkliga händelser ur historien som låter som påhitt.",
        "Krig mot fåglar, översvämningar av sirap och en dansande epidemi: historien är "
        "märkligare än någon roman.",
    ),
    frames=(
        Frame(
            openings=(
                "Historien är full av ögonblick så märkliga att de låter påhittade. Alla de här "
                "har verkligen hänt.",
                "De flesta av de här berättelserna står inte i skolböckerna, men varenda en av "
                "dem är sann.",
            ),
            beats=(
                "År 1628 gick regalskeppet Vasa, flottans stolthet, ut på sin första resa från "
                "Stockholm. Efter drygt en kilometer kantrade hon och sjönk. Skeppet bärgades "
                "1961 och kan besökas på museum i dag.",
                "Den tredje september 1967 bytte Sverige från vänstertrafik till högertrafik. "
                "Tidigt på morgonen stannade all trafik, alla bytte sida av vägen, och dagen "
                "kallas fortfarande Dagen H.",
                "Sverige har haft en trettionde februari. Det var år 1712. Landet gav då upp ett "
                "misslyckat kalenderbyte och lade till en extra dag för att återgå till den gamla "
                "kalendern.",
                "År 1932 skickade Australien soldater med kulsprutor för att bekämpa emuer som "
                "förstörde skördarna. Fåglarna spred sig, undvek kulorna och klarade sig mest. "
                "Tidningarna kallade det Det stora emukriget, och emuerna vann.",
                "I januari 1919 brast en enorm tank med melass i Boston. En våg av tjock, kladdig "
                "sirap forsade genom gatorna, och tjugoen människor dog. Invånarna sa att "
                "kvarteret luktade sött i årtionden.",
                "Det kortaste kända kriget i historien utkämpades mellan Storbritannien och "
                "Zanzibar år 1896. Det varade mindre än en timme innan sultanens palats hade "
                "beskjutits och striderna upphörde.",
                "Sommaren 1518 i Strasbourg började en kvinna dansa på gatan och kunde inte "
                "sluta. Inom några veckor hade dussintals människor anslutit sig. Historiker "
                "diskuterar fortfarande vad som orsakade dansepidemin.",
                "Julen 1914, mitt under första världskriget, slutade soldater på delar av "
                "västfronten att strida. De sjöng julsånger, möttes i ingenmansland och bytte "
                "gåvor. Några spelade till och med fotboll.",
                "År 1983 såg den sovjetiske officeren Stanislav Petrov sina skärmar varna för "
                "inkommande amerikanska robotar. Han bedömde det som falskt larm och rapporterade "
                "inget anfall. Han hade rätt, och kan ha förhindrat ett kärnvapenkrig.",
                "Efter ett enormt vulkanutbrott i Indonesien fick Europa och Nordamerika ett år "
                "utan sommar, år 1816. Skördarna slog fel, och instängd av ovädret började Mary "
                "Shelley skriva Frankenstein.",
                "År 1814 brast ett gigantiskt ölkar på ett bryggeri i London. En flodvåg av öl "
                "svepte genom de närmaste gatorna, och åtta människor dog i den så kallade "
                "ölfloden.",
                "År 218 före Kristus ledde fältherren Hannibal en armé med krigselefanter över "
                "Alperna för att anfalla Rom. Många djur och soldater dog i snön, men tåget blev "
                "en av historiens stora legender.",
                "Napoleon var inte ovanligt kort. Han var ungefär lika lång som en vanlig "
                "fransman på sin tid. Men brittiska skämttecknare ritade honom gärna pytteliten, "
                "och bilden fastnade.",
                "År 1970 exploderade en syrgastank på Apollo tretton, på väg mot månen. "
                "Besättningen använde månlandaren som livbåt, byggde ett provisoriskt "
                "koldioxidfilter, och alla tre kom hem välbehållna.",
                "År 1848 borrade sig en järnstång rakt genom huvudet på järnvägsarbetaren Phineas "
                "Gage. Han överlevde och levde i många år, men vänner sa att hans personlighet "
                "förändrades. Fallet lärde läkarna mycket om hjärnan.",
            ),
            climaxes=(),
            endings=(
                "Historien är, visar det sig, betydligt konstigare än dikten.",
                "Vilken av de här vill du höra mer om? Historien är full av överraskningar.",
            ),
        ),
    ),
)

FUN_FACTS = Material(
    kind="list",
    subject="a script of surprising but true fun facts, each explained in a sentence",
    titles=(
        "{n} roliga fakta som du förmodligen inte kände till",
        "{n} överraskande fakta om vår värld",
        "Visste du det? {n} fantastiska fakta",
    ),
    descriptions=(
        "{n} sanna fakta om djur, rymden och historien som låter påhittade men inte är det.",
        "Snabba, sanna och överraskande: {n} roliga fakta att dela med en vän.",
    ),
    frames=(
        Frame(
            openings=(
                "Här kommer några fakta som låter påhittade, men som är helt sanna.",
                "Gör dig beredd på att bli förvånad. Varenda en av de här sakerna är sann.",
            ),
            beats=(
                "Honung som hittats i gamla egyptiska gravar gick fortfarande att äta efter "
                "tusentals år. Den innehåller så lite vatten och så mycket syra att bakterier "
                "inte kan växa i den.",
                "Bläckfiskar har tre hjärtan och blått blod. Två av hjärtana pumpar blod genom "
                "gälarna, och det tredje pumpar det runt i resten av kroppen.",
                "Botaniskt sett är bananer bär, men jordgubbar är det inte. Ett äkta bär växer ur "
                "en enda blomma med ett enda fruktämne, och jordgubben bryter mot den regeln.",
                "Ett dygn på Venus är längre än ett år där. Planeten snurrar så långsamt att den "
                "hinner runt solen innan den har roterat ett enda varv.",
                "Hajar är äldre än träd. De första hajarna fanns för över fyrahundra miljoner år "
                "sedan, tiotals miljoner år före de första riktiga träden.",
                "Vombater, ett slags australiska pungdjur, bajsar små kuber. Formen uppstår i "
                "slutet av tarmen, och den gör att spillningen inte rullar iväg.",
                "Eiffeltornet blir högre på sommaren. Värmen får järnet att utvidga sig, och "
                "toppen kan stiga med mer än tio centimeter en het dag.",
                "Havsuttrar håller ofta varandra i tassarna när de sover på rygg i vattnet. På så "
                "sätt driver de inte ifrån varandra medan de vilar.",
                "Kleopatra levde närmare i tid den första månlandningen än bygget av den stora "
                "pyramiden i Giza. Pyramiden var redan över tvåtusen år gammal när hon föddes.",
                "Flamingor är rosa bara på grund av färgämnena i de räkor och alger som de äter. "
                "Utan den maten skulle fjädrarna blekna.",
                "Någonstans på jorden blixtrar det ungefär fyrtio gånger i sekunden. Det blir "
                "över en miljard blixtar varje år, de flesta över land och i tropikerna.",
                "Koalor sover upp till tjugo timmar om dygnet. Eukalyptusblad, som är nästan det "
                "enda de äter, ger nämligen väldigt lite energi.",
                "Fjärilar smakar med fötterna. Sinnesceller på benen berättar för dem om ett blad "
                "är en bra plats att lägga ägg på.",
                "Universitetet i Oxford är äldre än aztekernas rike. Undervisningen i Oxford kom "
                "i gång omkring år 1096, och aztekernas huvudstad grundades 1325.",
                "Skottlands nationaldjur är enhörningen. Den har varit en symbol för renhet och "
                "styrka på skotska kungliga vapensköldar i hundratals år.",
                "Ett moln kan väga flera hundra ton. Det svävar ändå, eftersom vattnet är "
                "utspritt som pyttesmå droppar i en enorm mängd luft.",
                "Sverige har mer än en kvarts miljon öar, om man räknar varje liten holme. Det är "
                "fler än i nästan något annat land i världen.",
                "Orden smörgåsbord och ombudsman har lånats in från svenskan till engelskan. De "
                "används i dag långt utanför Sveriges gränser, ofta av människor som aldrig har "
                "varit här.",
                "Nobelpriset delas ut den tionde december varje år. Det är dagen då Alfred Nobel, "
                "som instiftade priset i sitt testamente, dog år 1896.",
            ),
            climaxes=(),
            endings=(
                "Vilken av dem förvånade dig mest? Berätta den för någon i dag.",
                "Världen är märkligare än vi tror. Fortsätt att vara nyfiken.",
            ),
        ),
    ),
)

LIFE_PRO_TIPS = Material(
    kind="list",
    subject="a script of practical, safe life pro tips, each with the reason it works",
    titles=(
        "{n} smarta vardagstips som är värda att kunna",
        "{n} små vanor som gör livet lättare",
        "Livshack: {n} tips som faktiskt fungerar",
    ),
    descriptions=(
        "{n} praktiska tips för vardagen, vart och ett med en förklaring till varför det fungerar.",
        "Enkla, användbara och gratis: {n} smarta tips för vardagen.",
    ),
    frames=(
        Frame(
            openings=(
                "Här är några små tips som kan göra vardagen lite enklare.",
                "De här tipsen tar några sekunder att lära sig och kan spara dig timmar.",
            ),
            beats=(
                "Använd tvåminutersregeln. Tar en uppgift mindre än två minuter, så gör den "
                "direkt. Att skriva upp den och komma ihåg den senare kostar mer än att bara göra "
                "den.",
                "Skriv ner det viktigaste du vill säga innan ett svårt samtal. Det hjälper dig "
                "att hålla dig lugn, och du glider inte lika lätt ifrån ämnet.",
                "Lägg telefonen i ett annat rum när du behöver koncentrera dig. Även en tyst "
                "telefon på skrivbordet drar åt sig uppmärksamheten.",
                "När du får höra någons namn, använd det en gång i samtalet. Att säga det högt "
                "hjälper minnet att spara det, och personen känner sig dessutom sedd.",
                "Lägg fram morgondagens kläder och packa väskan kvällen innan. Morgnarna går "
                "lättare när besluten redan är fattade.",
                "Kan du inte bestämma dig mellan två alternativ, singla slant. Medan myntet är i "
                "luften märker du ofta vilken sida du hoppas på.",
                "Ha ett litet anteckningsblock eller en anteckning i telefonen för idéer. Idéer "
                "kommer vid konstiga tillfällen och försvinner lika fort.",
                "Drick ett glas vatten när du vaknar. Efter en natt utan vätska är det ett av de "
                "enklaste sätten att känna sig piggare.",
                "Vänta ett dygn innan du köper något dyrt som du inte hade planerat. Vill du "
                "fortfarande ha det i morgon, är det förmodligen värt pengarna.",
                "Ta en bild på var du parkerade, på bagaget före en resa och på viktiga papper. "
                "Foton är den enklaste säkerhetskopian du någonsin gör.",
                "När allt känns för mycket, skriv upp alla uppgifter och välj sedan bara en. En "
                "lista på papper väger mindre än en lista i huvudet.",
                "Res dig upp och gå några minuter varje timme om du sitter mycket. Ryggen, ögonen "
                "och tankarna mår bättre av det, och du kommer tillbaka piggare.",
                "Tacka skriftligt när någon har hjälpt dig. En kort lapp blir ihågkommen mycket "
                "längre än ett snabbt tack i förbifarten.",
                "Ställ väckarklockan på den tid du faktiskt måste gå upp, inte tidigare. Att "
                "snooza hackar sönder den sista och mest vilsamma sömnen.",
                "Lär dig säga: Jag tänker på saken och hör av mig. Det ger dig tid att fatta ett "
                "beslut som du inte ångrar.",
                "Diska medan du lagar mat. Diskar du en skål medan pastan kokar är köket nästan "
                "rent när det är dags att äta.",
                "Ha en extra laddare till telefonen i väskan. Den dagen du behöver den är aldrig "
                "den dag du hade planerat för.",
                "Vädra sovrummet en stund innan du lägger dig. Sval och frisk luft gör det ofta "
                "lättare att somna, och du vaknar med klarare huvud.",
            ),
            climaxes=(),
            endings=(
                "Testa ett av tipsen redan i dag och se vad som händer.",
                "Små vanor blir stora med tiden. Välj din favorit och börja med den.",
            ),
        ),
    ),
)
