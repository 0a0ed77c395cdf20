"""Swedish material for the quiet stories: bedtime, love and philosophy."""

from t2m.generate.story_data.model import Frame, Material

BEDTIME = Material(
    kind="story",
    subject="a calm, gentle bedtime story for young children",
    titles=(
        "Den lilla {the_thing} som inte kunde somna",
        "{Name} och den stilla månen",
        "God natt, {name}",
        "Den långa vägen hem till {spot}",
    ),
    descriptions=(
        "En liten {thing} som heter {name} går ut för att hälsa på månen och hittar vägen hem "
        "igen. En mjuk godnattsaga.",
        "Mjuk, långsam och sömnig: {name} säger god natt till alla {in_spot}.",
    ),
    places=(
        {"in_place": "på en äng i skogsbrynet", "spot": "ängen", "in_spot": "på ängen"},
        {"in_place": "i en hage bakom en röd stuga", "spot": "hagen", "in_spot": "i hagen"},
        {"in_place": "i en glänta i granskogen", "spot": "gläntan", "in_spot": "i gläntan"},
        {
            "in_place": "vid en strand där vassen susade",
            "spot": "stranden",
            "in_spot": "på stranden",
        },
    ),
    things=(
        {"thing": "räv", "the_thing": "räven"},
        {"thing": "kanin", "the_thing": "kaninen"},
        {"thing": "uggla", "the_thing": "ugglan"},
        {"thing": "igelkott", "the_thing": "igelkotten"},
        {"thing": "björnunge", "the_thing": "björnungen"},
        {"thing": "mus", "the_thing": "musen"},
    ),
    frames=(
        Frame(
            openings=(
                "Det var en gång en liten {thing} som hette {name}. {Han} bodde {in_place}. Varje "
                "kväll tändes stjärnorna, en efter en, och varje kväll var {name} alldeles för "
                "nyfiken för att blunda.",
                "{In_place}, där gräset var mjukt och det doftade klöver, bodde en liten {thing}. "
                "{Han} hette {name}. En kväll i augusti steg månen upp, stor och rund och gul som "
                "en ost. Då bestämde sig {name} för att gå och säga hej till den.",
            ),
            beats=(
                "{Name} tassade förbi blommorna, som hade fällt ihop sina kronblad för natten, "
                "som små händer. God natt, blommor, viskade {name}. Blåklockorna nickade sakta i "
                "den svala kvällsvinden, och en sömnig humla surrade hem till sitt bo.",
                "En liten snigel kröp långsamt över stigen med sitt hus på ryggen. Vart ska du, "
                "frågade {name}. Hem, sa snigeln, och det tar sin tid. Men jag har ju huset med "
                "mig, så egentligen är jag redan framme.",
                "Vid dammen satt en gammal groda på ett näckrosblad. Månen bor långt borta, sa "
                "grodan vänligt, men den tycker om att spegla sig i vattnet. Och där låg den "
                "mycket riktigt, som en silvertallrik mitt i dammen, alldeles stilla och blank.",
                "{Name} rörde försiktigt vid vattnet. Månen i dammen darrade och gick sönder i "
                "hundra små glittrande bitar. Sedan flöt bitarna långsamt ihop igen, som om "
                "ingenting hade hänt. {Name} skrattade ett litet sömnigt skratt.",
                "En familj lysmaskar lyste upp stigen genom det höga gräset. De tände och släckte "
                "sina små lyktor, tände och släckte, allt långsammare. Den minsta lysmasken "
                "gäspade och somnade mitt på ett grässtrå. Det såg ut som om alla började bli "
                "trötta.",
                "På en gren satt en grå uggla med stora, snälla ögon. Alla måste vila ibland, sa "
                "ugglan med mjuk röst, till och med månen. Den sover hela dagen, så att den orkar "
                "vaka över dig hela natten.",
                "Vid den gamla stenmuren låg en katt och sov, hoprullad som en boll. {Name} smög "
                "förbi på tå, så tyst {han} bara kunde. Katten öppnade ena ögat, log lite och "
                "somnade om med en mjuk, spinnande suck.",
                "Under en ormbunke mötte {name} sin gamla vän {friend}, som bar på ett litet rött "
                "äpple. De delade på det och satt en stund tillsammans i den mjuka mossan. Ingen "
                "av dem sa någonting, för det behövdes inte. Det räckte att sitta bredvid "
                "varandra.",
                "En sval vind kom förbi och nynnade en mjuk visa i björklöven. Löven prasslade "
                "med, alldeles tyst. {Name} gäspade en stor gäspning, den största på hela natten. "
                "{Hans} ögonlock blev tunga, som två små varma stenar.",
                "Molnen gled sakta över himlen, mjuka som bomull. Ett av dem såg ut som ett får, "
                "ett annat som en stor kudde. {Name} tänkte att det måste vara skönt att vara ett "
                "moln, som får sova medan det seglar fram.",
                "Högt uppe på himlen tändes fler och fler stjärnor. {Name} försökte räkna dem: "
                "en, två, tre, fyra, fem. Men vid sju blev siffrorna så mjuka och suddiga att "
                "{han} tappade räkningen. Det gjorde ingenting, för stjärnorna skulle finnas kvar "
                "i morgon också.",
                "{Name} tittade tillbaka åt det håll {han} hade kommit ifrån. Långt borta väntade "
                "{spot}, varm och stilla i månskenet. Där fanns en liten bädd av mossa och löv, "
                "precis lagom stor för en liten {thing}.",
            ),
            climaxes=(
                "Så vände {name} och gick långsamt hem, förbi dammen, förbi lysmaskarna och förbi "
                "de hopfällda blommorna. Månen följde efter {honom} hela vägen. Det var som om "
                "den ville se till att {han} kom fram ordentligt.",
            ),
            endings=(
                "{Name} kröp ner i sin bädd av mossa och blundade. God natt, måne, viskade {han}. "
                "Och månen högt över {spot} lyste lite mjukare och vakade ända till morgonen.",
                "Hemma igen kröp {name} ihop, varm och trygg. Stjärnorna blinkade, bäcken "
                "porlade, och snart sov den lilla {the_thing} djupt och drömde om silverdammar. "
                "God natt, {name}. God natt.",
            ),
            texture=(
                "Allt var tyst och långsamt.",
                "Natten var mjuk och varm, som en filt.",
                "Långt borta spelade en syrsa en vaggvisa.",
                "Det doftade hö och sommar.",
            ),
        ),
    ),
)

LOVE = Material(
    kind="story",
    subject="a warm, heartfelt love story",
    titles=(
        "Brev från {town}",
        "{The_thing} {in_spot}",
        "{Name} och {friend}",
        "Varje tisdag {in_spot}",
    ),
    descriptions=(
        "{Name} och {friend} möts gång på gång {in_spot}, men ingen av dem vågar säga det först. "
        "En kort kärlekshistoria.",
        "En liten stad, {a_thing} och två människor som nästan missar varandra. En "
        "kärlekshistoria från {town}.",
    ),
    places=(
        {
            "place": "ett litet antikvariat vid torget",
            "spot": "antikvariatet",
            "in_spot": "i antikvariatet",
        },
        {"place": "ett kafé nära stationen", "spot": "kaféet", "in_spot": "på kaféet"},
        {"place": "en bänk nere vid hamnen", "spot": "bänken", "in_spot": "på bänken"},
        {"place": "koloniområdet vid ån", "spot": "koloniområdet", "in_spot": "på koloniområdet"},
    ),
    things=(
        {"a_thing": "ett gult paraply", "the_thing": "det gula paraplyet", "it": "det"},
        {"a_thing": "en sliten pocketbok", "the_thing": "pocketboken", "it": "den"},
        {"a_thing": "ett blått anteckningsblock", "the_thing": "det blå blocket", "it": "det"},
        {"a_thing": "en gammal kamera", "the_thing": "den gamla kameran", "it": "den"},
    ),
    frames=(
        Frame(
            openings=(
                "{Name} såg {friend} för första gången en regnig tisdag {in_spot} i {town}. "
                "{Friend} höll i {a_thing} och skrattade åt något. I en hel minut glömde {name} "
                "vad {han} egentligen var där för.",
                "Varje tisdag gick {name} till {place} i {town}. Varje tisdag satt {friend} redan "
                "där med {a_thing}. I flera månader nickade de bara åt varandra, två främlingar "
                "som av någon anledning alltid hamnade på samma plats.",
            ),
            beats=(
                "En dag glömde {friend} kvar {the_thing}. {Name} tog hand om {it} i en hel vecka "
                "och övade på vad {han} skulle säga, både i duschen och på bussen. När stunden "
                "väl kom sa {han} bara: Jag tror att det här är ditt.",
                "Så småningom började de prata, lite mer för varje tisdag. De pratade om böcker "
                "och väder och om de konstiga drömmar som {friend} skrev ner varje morgon. Snart "
                "var tisdagarna veckans bästa dag.",
                "En tisdag delade de på en kanelbulle, och {friend} tog den största halvan utan "
                "att blinka. {Name} låtsades bli djupt förolämpad. Sedan dess skämtade de om den "
                "största halvan varje vecka, och ingen av dem tröttnade på skämtet.",
                "{Name} började gå upp tidigare på tisdagarna. {Han} valde tröja med stor omsorg, "
                "bytte och bytte tillbaka. En kollega frågade vem det var som gällde. Ingen, sa "
                "{name}, och rodnade ända upp till öronen.",
                "{Name} märkte att {han} lade märke till små saker. Hur {friend} lutade koppen "
                "för att se botten. Vilken visa {friend} nynnade på när {friend_han} var nervös. "
                "Hur regnet alltid tycktes sluta när de gick ut tillsammans.",
                "En kväll gick de längs vattnet tills gatlyktorna tändes. De pratade om allt och "
                "ingenting, och ingen av dem ville vara den som sa hej då. Till slut skrattade de "
                "båda åt hur länge de hade stått vid samma lyktstolpe.",
                "Vintern kom, och de satt inne med varsin kopp te och såg snön falla. {Friend} "
                "berättade om en resa som {friend_han} alltid hade drömt om. {Name} lyssnade och "
                "tänkte att {han} gärna skulle följa med, vart det än bar.",
                "Så en tisdag kom {friend} inte. Inte tisdagen efter heller. {Name} satt ensam "
                "{in_spot}, och den tomma platsen bredvid kändes som en fråga som ingen hade "
                "vågat ställa. Kaffet kallnade utan att {han} märkte det.",
                "Av en gemensam bekant fick {name} veta att {friend} hade fått jobb i en annan "
                "stad. {Han} skrev ett brev och rev sönder det. {Han} skrev ett till och rev "
                "sönder det också. Vissa ord är lättare att tänka än att skriva.",
                "Till slut skrev {han} ett brev på bara tre rader. {Han} skrev det {han} aldrig "
                "hade vågat säga högt, och postade brevet innan {han} hann ångra sig. Sedan gick "
                "{han} hem och låg vaken halva natten.",
                "Veckorna gick utan svar. {Name} fortsatte ändå att gå dit varje tisdag, i regn "
                "och i sol. Det hade blivit den plats där {han} kände sig mest som sig själv, och "
                "det ville {han} inte ge upp.",
                "Ibland tog {name} fram ett gammalt foto där {friend} skrattade åt något utanför "
                "bild. {Han} kom inte ihåg vad det var. {Han} mindes bara att {han} själv hade "
                "börjat skratta också, utan att veta varför.",
            ),
            climaxes=(
                "En grå tisdag i april hörde {name} steg bakom sig. Där stod {friend}, blöt av "
                "regnet, med brevet från {name} i handen. Jag läste det på tåget, sa {friend}. "
                "Jag läste det elva gånger. Sedan köpte jag en biljett tillbaka.",
            ),
            endings=(
                "De träffas fortfarande {in_spot} varje tisdag, men nu kommer de dit tillsammans. "
                "{The_thing} har fått en plats på hyllan hemma. Den påminner dem om att det bästa "
                "ofta börjar med orden: Jag tror att det här är ditt.",
                "Ett år senare, {in_spot}, ställde {name} en fråga till {friend} som bara behövde "
                "ett ord till svar. {Friend} sa det två gånger, för säkerhets skull. Och precis "
                "då slutade det regna.",
            ),
            texture=(
                "Utanför mjuknade regnet till ett stilla duggregn.",
                "Det doftade kaffe och gammalt papper.",
                "Gatlyktorna tändes en efter en längs gatan.",
            ),
        ),
    ),
)

PHILOSOPHY = Material(
    kind="story",
    subject="a short, thoughtful philosophical reflection for a general audience",
    titles=(
        "Skeppet som byggdes om",
        "Vad är ett gott liv?",
        "{The_thing} och floden",
        "Är du samma människa som förut?",
    ),
    descriptions=(
        "En stilla betraktelse över förändring, identitet och det som består när allt annat rör "
        "sig.",
        "En gammal gåta, {a_thing} och några frågor som är värda att bära med sig i dag.",
    ),
    places=(
        {"place": "en sjöbod vid vattnet"},
        {"place": "en verkstad full av verktyg"},
        {"place": "en gammal gård i skogen"},
    ),
    things=(
        {
            "a_thing": "en gammal träbåt",
            "the_thing": "båten",
            "it": "den",
            "same": "densamma",
            "thing": "båt",
        },
        {
            "a_thing": "ett gammalt golvur",
            "the_thing": "golvuret",
            "it": "det",
            "same": "detsamma",
            "thing": "golvur",
        },
        {
            "a_thing": "en stenbro",
            "the_thing": "bron",
            "it": "den",
            "same": "densamma",
            "thing": "bro",
        },
    ),
    frames=(
        Frame(
            openings=(
                "Tänk dig {a_thing} som lagas bit för bit, år efter år, tills inte en enda "
                "ursprunglig del finns kvar. Är det fortfarande samma {thing}? Filosofer har "
                "grubblat över den frågan i mer än tvåtusen år.",
                "Den grekiske tänkaren Herakleitos sa att ingen kan stiga ner i samma flod två "
                "gånger. Floden är aldrig densamma, och det är inte människan heller. Det låter "
                "enkelt, men det är en av de djupaste tankar vi har.",
            ),
            beats=(
                "Tänk nu på din egen kropp. Många av dess celler byts ut med åren, minnena "
                "förskjuts och åsikterna ändras. Ändå känner du dig som en och samma människa. Du "
                "är fortfarande den som en gång lärde sig att läsa, bokstav för bokstav.",
                "Vissa säger att det är minnet som gör dig till dig, tråden som knyter varje dag "
                "till den förra. Men minnet är skört och har ofta fel. Kanske är vi mindre en sak "
                "och mer en berättelse som vi fortsätter att berätta för oss själva.",
                "Andra säger att det är karaktären. Hur du behandlar andra, vad du bryr dig om "
                "och hur du väljer när ingen ser. Då kan du bli en bättre version av dig själv "
                "utan att sluta vara du. Det är en hoppfull tanke.",
                "Stoikerna gav ett praktiskt svar. En del saker kan vi styra, som våra omdömen "
                "och våra handlingar, men det mesta kan vi inte. Friden börjar, menade de, när vi "
                "slutar slåss mot det som ligger utanför vår makt.",
                "Förändring kan kännas som förlust, och ibland är det just vad den är. Men ett "
                "liv utan förändring vore ett fotografi, inte ett liv. Floden är vacker just för "
                "att den rör sig, och den rör sig hela tiden.",
                "Tänk på ett hus som har gått i arv i många generationer. Taket är nytt, fönstren "
                "är nya och tapeterna har bytts fem gånger. Ändå säger alla att det är farmors "
                "hus, och ingen tycker att det är det minsta konstigt.",
                "Tänk på en gammal vän som du inte har träffat på tjugo år. När ni ses igen "
                "känner du genast igen din vän. Inte på ansiktet, som har förändrats, utan på "
                "skrattet och på det som vännen lägger märke till.",
                "Buddhistiska tänkare gick ännu längre. De menade att ett fast jag är en "
                "illusion, ett praktiskt namn på en ström av ögonblick. Märkligt nog tycker många "
                "att den tanken inte skrämmer, utan befriar. Man behöver inte hålla så hårt i sig "
                "själv.",
                "Och {the_thing}, då? Kanske förblir {it} {same} för att människor fortsätter att "
                "vårda {it}, använda {it} och kalla {it} vid namn. Identitet bor kanske delvis i "
                "den omsorg som andra ger oss, och i den vi ger tillbaka.",
                "Vi säger gärna att vi måste hitta oss själva, som om jaget låg gömt någonstans. "
                "Men kanske hittar vi inte oss själva alls. Kanske gör vi oss själva, lite i "
                "taget, genom det vi väljer varje dag.",
                "Kanske är den bättre frågan inte vem du är, utan vem du håller på att bli. Varje "
                "litet val är en planka som byts ut i skeppet. Och du får själv välja virket.",
            ),
            climaxes=(),
            endings=(
                "Så nästa gång du känner att du inte är den du brukade vara, ta det med ro. "
                "Floden är inte heller densamma, och ändå hittar den alltid fram till havet.",
                "Kanske finns det inget slutgiltigt svar, och det gör ingenting. Vissa frågor ska "
                "inte lösas utan bäras, som en lykta som lyser upp vägen en bit till.",
            ),
            texture=(
                "Det är värt att stanna upp vid den tanken en stund.",
                "Låt frågan vila ett ögonblick innan du går vidare.",
                "Svaret är mindre självklart än det först verkar.",
                "Det finns en tröst i den tanken.",
            ),
        ),
    ),
)
