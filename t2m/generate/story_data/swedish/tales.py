"""Swedish material for the dark tales: scary, mystery and urban_legends."""

from t2m.generate.story_data.model import Frame, Material

SCARY = Material(
    kind="story",
    subject="a scary story",
    titles=(
        "{The_thing} i {spot}",
        "Tre nätter i {town}",
        "Det som väntade i {spot}",
        "{Name} och {the_thing}",
        "Lyssna inte på {the_thing}",
    ),
    descriptions=(
        "{Name} tillbringar några nätter i {place} utanför {town}. {The_thing} där vill inte stå "
        "kvar där {it} ställs. En spökhistoria att lyssna på med lampan tänd.",
        "Låg hyra, en tyst bygd och {a_thing} som flyttar på sig av sig själv{thing_t}. En kort "
        "skräckhistoria om {name}, som stannade en natt för länge.",
    ),
    places=(
        {"place": "en gammal fyr ute på udden", "spot": "fyren"},
        {"place": "ett ödetorp vid slutet av en grusväg", "spot": "torpet"},
        {"place": "ett pensionat som varit stängt i tjugo år", "spot": "pensionatet"},
        {"place": "en timmerstuga djupt inne i granskogen", "spot": "stugan"},
        {"place": "den gamla prästgården bakom kyrkan", "spot": "prästgården"},
    ),
    things=(
        {"a_thing": "en spegel", "the_thing": "spegeln", "it": "den", "thing_t": ""},
        {"a_thing": "en speldosa", "the_thing": "speldosan", "it": "den", "thing_t": ""},
        {"a_thing": "en gungstol", "the_thing": "gungstolen", "it": "den", "thing_t": ""},
        {"a_thing": "en porslinsdocka", "the_thing": "porslinsdockan", "it": "den", "thing_t": ""},
        {"a_thing": "ett golvur", "the_thing": "golvuret", "it": "det", "thing_t": "t"},
        {"a_thing": "en gammal radio", "the_thing": "radion", "it": "den", "thing_t": ""},
    ),
    frames=(
        Frame(
            openings=(
                "En kall kväll i oktober flyttade {name} in i {place} utanför {town}. Hyran var "
                "misstänkt låg och grannarna var tystlåtna. Ingen av dem nämnde {the_thing} som "
                "stod i rummet längst bort i korridoren, och ingen av dem ville komma in på kaffe.",
                "Ingen i {town} gick frivilligt nära {spot} efter mörkrets inbrott. Men {name} "
                "behövde pengarna, och jobbet lät enkelt: att vakta huset i tre nätter och hålla "
                "lamporna tända. Redan första kvällen hittade {han} {the_thing}.",
                "Det första {name} lade märke till i {spot} var tystnaden. Det andra var "
                "{the_thing}, som stod i ett hörn som om någon nyss hade ställt {it} där. Det såg "
                "ut som om den personen tänkte komma tillbaka vilken sekund som helst.",
            ),
            beats=(
                "Första natten vaknade {name} av ett lågt surrande. Det lät som någon som nynnade "
                "på en gammal psalm, långt borta och mycket tålmodigt. {Han} låg stilla och "
                "lyssnade länge. När {han} till slut tände lampan blev det tyst, och {the_thing} "
                "stod precis där {it} hade stått.",
                "På morgonen var fönstret täckt av frost, fast det bara var oktober. Men frosten "
                "satt på insidan av glaset. Mitt i den stod en enda bokstav, som om någon hade "
                "skrivit den med fingret under natten. {Name} torkade bort den med ärmen och "
                "försökte låta bli att tänka på det.",
                "Grannens hund brukade springa fram och hälsa på alla som gick förbi. Men vid "
                "grinden till {spot} tvärstannade den, morrade lågt och vägrade gå ett steg till. "
                "Hela tiden stirrade den upp mot samma fönster. Grannen drog i kopplet och "
                "mumlade en ursäkt utan att möta {hans} blick.",
                "{Name} bar ut {the_thing} i förrådet och satte ett hänglås på dörren. Nyckeln "
                "lade {han} i fickan. Samma eftermiddag kom {han} tillbaka från affären. Då stod "
                "{it} i hallen igen, vänd{thing_t} mot ytterdörren, som om {it} hade väntat på "
                "{honom} hela dagen.",
                "{Name} ringde {friend}, som hade vuxit upp i {town}. Det blev tyst länge i "
                "luren. Sedan sa {friend} lågt att den förra hyresgästen också hade haft "
                "{a_thing}. En natt hade hon gett sig av utan att ens ta med sig sina skor. Ingen "
                "hade sett henne sedan dess.",
                "I en byrålåda låg en gammal gästbok med marmorerade pärmar. Namn efter namn, år "
                "efter år, och alla hade stannat i exakt tre nätter. Ingen hade skrivit ett ord "
                "om hur de hade trivts. På den sista sidan stod bara dagens datum, prydligt "
                "skrivet med bläck som ännu inte hade torkat.",
                "Nästa natt kom ljudet närmare. Steg gick över golvet på övervåningen, långsamt "
                "och tungt, och stannade utanför {hans} dörr. I springan under dörren syntes "
                "skuggan av två fötter. På en hel timme rörde de sig inte, och {name} vågade inte "
                "andas.",
                "Klockan tre ringde den gamla väggtelefonen i köket, den som inte ens var "
                "inkopplad. {Name} lyfte luren med darrande hand. Ingen sa något, men i "
                "bakgrunden nynnade någon på en psalm. Det lät som om samtalet kom från rummet "
                "intill.",
                "{Han} bestämde sig för att åka därifrån, mitt i natten om det behövdes. Men "
                "bilen ville inte starta, och telefonen visade ingen täckning. Vägen till {town} "
                "försvann i en dimma så tät att {han} inte ens såg sina egna händer på ratten.",
                "I källaren hittade {name} namn inristade i stenväggen, dussintals, vart och ett "
                "med ett årtal bredvid. Några var nästan bortnötta av tiden. Det nyaste namnet "
                "var så färskt att stendammet fortfarande låg kvar på golvet under det. Det var "
                "{hans} eget.",
                "Så kom den första snön, tidigare än någon kunde minnas. På morgonen ledde små, "
                "nakna fotspår från skogen fram till {spot}, som efter ett barn. {Name} följde "
                "dem med blicken ända fram till trappan. Men inga spår ledde därifrån igen.",
            ),
            climaxes=(
                "Vid midnatt slocknade alla lampor i {spot} på en gång. I mörkret, alldeles "
                "intill {hans} öra, viskade någon {hans} namn. Sedan började {the_thing} att "
                "nynna, mjukt och tålmodigt. Det lät som om {it} hade väntat på just den här "
                "natten i sjuttio år.",
                "{Name} släpade ut {the_thing} på gården och tände eld på {it}. Men {it} brann "
                "inte. Lågorna böjde sig undan, och inifrån huset hördes en lång, trött suck. Det "
                "lät som om något mycket gammalt hade väckts i onödan.",
            ),
            endings=(
                "På morgonen var {name} borta. Polisen fann {spot} tom och städad, med bäddad "
                "säng och {the_thing} på sin vanliga plats. {Friend} kör fortfarande förbi ibland "
                "och svär på att lampan på övervåningen alltid lyser.",
                "{Name} lämnade {town} dagen därpå och kom aldrig tillbaka. Men vissa nätter, "
                "långt därifrån, vaknar {han} klockan tre. Då hör {han} någon nynna på en gammal "
                "psalm, lite närmare för varje gång.",
                "När solen gick upp gick {name} ut ur {spot} utan att se sig om. {Han} har aldrig "
                "berättat vad {han} såg den sista timmen. {Han} säger bara att vissa saker ska få "
                "stå kvar där man hittar dem.",
            ),
            texture=(
                "Vinden tryckte mot fönstren som om den ville in.",
                "Någonstans i väggarna knackade gamla rör, som knogar mot trä.",
                "Luften luktade damm och kallt stearin.",
                "Utanför stod granarna alldeles stilla, och ingen fågel sjöng.",
                "Golvet knarrade, fast ingen gick på det.",
            ),
        ),
    ),
)

MYSTERY = Material(
    kind="story",
    subject="a mystery story with a fair clue and a satisfying solution",
    titles=(
        "{The_thing} som försvann",
        "Gåtan {in_spot}",
        "{Name} och fallet med {the_thing}",
        "Mysteriet i {town}",
    ),
    descriptions=(
        "{A_thing} försvinner från {place} i {town}. {Name} har en enda kväll på sig att ta reda "
        "på vem som tog {it}. En kort deckare med en ärlig ledtråd.",
        "Alla hade skäl att vilja åt {the_thing}. {Name} följer spåren {in_spot} fram till ett "
        "svar som ingen hade väntat sig.",
    ),
    places=(
        {
            "place": "ett litet museum i ett gammalt patricierhus",
            "spot": "museet",
            "in_spot": "på museet",
            "host": "museichefen",
        },
        {
            "place": "en herrgård vid sjön",
            "spot": "herrgården",
            "in_spot": "på herrgården",
            "host": "värden",
        },
        {
            "place": "ett gammalt badhotell vid havet",
            "spot": "badhotellet",
            "in_spot": "på badhotellet",
            "host": "hotelldirektören",
        },
        {
            "place": "en jaktvilla full av gäster",
            "spot": "jaktvillan",
            "in_spot": "i jaktvillan",
            "host": "värden",
        },
    ),
    things=(
        {"a_thing": "en kompass i silver", "the_thing": "silverkompassen", "it": "den"},
        {"a_thing": "en smaragdring", "the_thing": "smaragdringen", "it": "den"},
        {"a_thing": "en förstaupplaga av Röda rummet", "the_thing": "förstaupplagan", "it": "den"},
        {"a_thing": "ett fickur i guld", "the_thing": "guldfickuret", "it": "det"},
        {"a_thing": "en målad solfjäder", "the_thing": "den målade solfjädern", "it": "den"},
    ),
    frames=(
        Frame(
            openings=(
                "{The_thing} försvann {in_spot} klockan nio prick, under de fem minuter då "
                "strömmen var borta. När lamporna tändes igen stod ett fönster vidöppet. Men "
                "{name}, som levde på att lösa gåtor, såg genast en sak. Snön på fönsterblecket "
                "var alldeles orörd.",
                "{Name} hade kommit till {town} för en lugn helg. Men redan första kvällen "
                "försvann {the_thing} ur sin monter {in_spot}. Glaset var helt och låset orört. "
                "Bara ett fönster stod öppet ut mot snön, och på fönsterblecket syntes inte ett "
                "enda märke.",
            ),
            beats=(
                "{Host} var en lång man med silvergrått hår, och han vred sina händer. "
                "{The_thing} var det dyrbaraste de ägde, sa han med darrande röst. Han hade "
                "dessutom försäkrat {it} för en förmögenhet bara veckan innan. {Name} skrev upp "
                "det i sitt block och sa ingenting.",
                "{Friend} hade stått närmast montern och svor på att inte ha sett någonting. Men "
                "{friend_hans} skor var blanka och nyputsade, som om de just hade torkats av. "
                "{Name} tyckte att det var en underlig sak att ägna sig åt mitt under en fest, "
                "och gjorde en liten anteckning.",
                "En servitör mindes en främling i grå rock som hade gått tidigt, med hatten "
                "neddragen över ögonen. Alla blev genast säkra på att främlingen var tjuven. Två "
                "gäster sprang ut i snön för att leta. {Name} frågade bara åt vilket håll "
                "fönstret öppnades.",
                "Fönstret gick bara att öppna inifrån, med en gammal mässingshake. Utanför låg "
                "snön slät ända fram till vägen, utan ett enda fotspår. Det hade slutat snöa "
                "redan vid sju. Den som hade öppnat fönstret hade alltså aldrig klättrat ut genom "
                "det.",
                "Proppskåpet i källaren var låst, och det hade det varit hela kvällen. Nyckeln "
                "satt på samma ring som alla husets nycklar. Den ringen hade {host} burit i "
                "fickan hela tiden. Det sa han själv, fullt öppet, när {name} frågade.",
                "I ett hörn satt sekreteraren, blek och nervös, och vred på en servett. "
                "Sekreteraren erkände att ha lånat nyckeln till montern tidigare på dagen. Men "
                "bara för att putsa glaset, blev svaret. Glaset var mycket riktigt skinande rent, "
                "utan ett enda fingeravtryck.",
                "Främlingen i grå rock hittades till slut på stationen. Han var fiolbyggare på "
                "väg hem och hade ingenting i fickorna utom en tågbiljett och en bit kolofonium. "
                "Han hade gått tidigt, förklarade han, för att han avskydde fester.",
                "{Host} föreslog gång på gång att någon borde ringa polisen och "
                "försäkringsbolaget. Han nämnde försäkringsbolaget tre gånger på tio minuter, och "
                "en gång frågade han vad klockan var i Zürich. {Name} räknade efter, men sa "
                "ingenting.",
                "En ung konstnär hade suttit och skissat gästerna hela kvällen. {Name} bad att få "
                "se skissblocket. På den sista teckningen, gjord strax före nio, stod {the_thing} "
                "i sin monter. {Host} stod alldeles bredvid, med ena handen i fickan.",
                "Kocken svor på att ha stått vid spisen hela kvällen, och såsen var mycket "
                "riktigt perfekt. Men kocken hade hört något. Under strömavbrottet hade någon "
                "gått förbi köksdörren med snabba steg, och efteråt luktade det sot i korridoren.",
                "Alla kakelugnar i huset var varma den kalla kvällen, utom en. I salongen hade "
                "någon stängt spjället på den största kakelugnen och låtit elden slockna. Ingen "
                "av gästerna kunde förklara varför, och ingen hade sett vem som gjorde det.",
            ),
            climaxes=(
                "{Name} samlade alla i salongen. Ingen hade klättrat ut, sa {han}, för snön på "
                "fönsterblecket var orörd. Fönstret hade öppnats inifrån för att det skulle se ut "
                "som ett inbrott. Bara en person hade nyckeln till proppskåpet och en försäkring "
                "att tjäna pengar på. Det var {host} själv.",
            ),
            endings=(
                "{Host} erkände innan {name} ens hade talat till punkt. {The_thing} låg inlindad "
                "i en servett i den kalla kakelugnen, där han hade tänkt hämta {it} senare. "
                "{Name} tog sista tåget från {town} och sov hela vägen hem.",
                "{Host} sjönk ner i en fåtölj och erkände allt. {The_thing} hittades i den kalla "
                "kakelugnen samma kväll. {Name} återgick till sin lugna helg, men {han} tittade "
                "alltid lite extra noga på fönsterbleck efter det.",
            ),
            texture=(
                "Snön föll tätt utanför de höga fönstren.",
                "Någonstans slog en klocka kvart.",
                "Gästerna viskade i små oroliga grupper.",
                "Det doftade glögg och stearin i hela huset.",
            ),
        ),
    ),
)

URBAN_LEGENDS = Material(
    kind="story",
    subject="a modern urban legend, told as if by a friend of a friend",
    titles=(
        "Sägnen om {the_thing}",
        "Stanna aldrig {at_spot}",
        "Det som hände {at_spot}",
        "Sägnen från {town}",
    ),
    descriptions=(
        "Alla i {town} känner någon som känner någon som har sett det. Sägnen om {spot}, och om "
        "{the_thing} som man aldrig får röra.",
        "En kompis till en kompis, en sen natt och {place}. En vandringssägen från {town}.",
    ),
    places=(
        {
            "place": "en gammal telefonkiosk vid landsvägen",
            "spot": "telefonkiosken",
            "at_spot": "vid telefonkiosken",
        },
        {
            "place": "en ensam busshållplats vid skogsbrynet",
            "spot": "busshållplatsen",
            "at_spot": "vid busshållplatsen",
        },
        {"place": "den smala bron över Svartån", "spot": "bron", "at_spot": "på bron"},
        {"place": "en nedlagd bensinmack vid riksvägen", "spot": "macken", "at_spot": "vid macken"},
    ),
    things=(
        {"a_thing": "en röd sjal", "the_thing": "den röda sjalen", "it": "den", "thing_t": ""},
        {"a_thing": "ett silvermynt", "the_thing": "silvermyntet", "it": "det", "thing_t": "t"},
        {
            "a_thing": "en handskriven lapp",
            "the_thing": "den handskrivna lappen",
            "it": "den",
            "thing_t": "",
        },
        {
            "a_thing": "ett svart paraply",
            "the_thing": "det svarta paraplyet",
            "it": "det",
            "thing_t": "t",
        },
    ),
    frames=(
        Frame(
            openings=(
                "Den som växer upp i {town} får förr eller senare höra talas om {place}. Det sägs "
                "att den som kör förbi efter midnatt kan se {a_thing} ligga där. Och man får "
                "aldrig, aldrig plocka upp {it}.",
                "Den här historien fick jag höra av {friend}, vars kusin svär på att den är sann. "
                "Den handlar om {place} och om {a_thing}. Och den handlar om en student som hette "
                "{name}, som inte trodde på sägner.",
            ),
            beats=(
                "Sägnen går femtio år tillbaka, till en regnig höstnatt. En ung kvinna i vit "
                "kappa stod {at_spot} och väntade på någon som aldrig kom. Hon väntade hela "
                "natten. På morgonen var hon borta, och kvar låg bara {a_thing}, alldeles "
                "torr{thing_t} trots regnet.",
                "Sedan dess, säger folk, kommer {the_thing} tillbaka. Ingen ser när {it} dyker "
                "upp, och ingen har lyckats fotografera {it}. {It} bara ligger där, en natt om "
                "året. Det ser ut som om någon nyss hade lagt ifrån sig {it} och snart skulle "
                "komma tillbaka.",
                "{Name} hörde sägnen på en fest och skrattade högt. Samma natt körde {han} ut "
                "till {spot} för att bevisa att alltihop var skrönor. {Han} hade mobilen redo i "
                "handen och lovade kompisarna en film på absolut ingenting.",
                "Först hände ingenting alls. Det var tyst, och bara syrsorna hördes i diket. "
                "Sedan flimrade strålkastarna, och när de tändes igen låg {the_thing} på marken. "
                "Där hade inte funnits någonting en sekund tidigare.",
                "Mot alla varningar {han} någonsin hade hört plockade {name} upp {the_thing}. "
                "{It} var kall{thing_t}, mycket kallare än natten, och tung{thing_t} på ett sätt "
                "som inte stämde. {It} luktade svagt av regn, fast himlen var alldeles stjärnklar.",
                "På vägen hem sneglade {name} hela tiden i backspegeln. Varje gång var {han} "
                "säker på att {han} såg en kvinna i vit kappa sitta tyst i baksätet. Men bara i "
                "ett ögonblick, och aldrig när {han} vände sig om.",
                "En bit utanför {town} stod en ung kvinna vid vägkanten och vinkade. {Name} "
                "stannade och släppte in henne. Hon sa bara en adress och satt sedan tyst med "
                "händerna i knät. När {name} kom fram var baksätet tomt, men bältet satt "
                "fortfarande fastspänt.",
                "Hemma tittade {name} på filmen {han} hade spelat in med mobilen. Där syntes den "
                "tomma vägen och flimret. Sedan hördes en röst, tätt intill mikrofonen, som sa: "
                "tack för att du väntade. {Name} spolade tillbaka tre gånger, och rösten var kvar "
                "varje gång.",
                "På ett gammalt nätforum skriver folk från {town} om sägnen. En man påstår att "
                "han hittade {the_thing} redan på åttiotalet och slängde {it} i ån. Nästa morgon "
                "låg {it} på hans köksbord, fortfarande blöt{thing_t}.",
                "En taxichaufför i {town} säger att han aldrig kör förbi {spot} efter midnatt. "
                "Han har gjort det en enda gång. Han vill inte berätta vad som hände. Han säger "
                "bara att han aldrig mer lämnar bilen olåst, inte ens hemma på uppfarten.",
                "Nästa dag frågade {name} sin mormor om sägnen. Hon blev tyst en lång stund. "
                "Sedan berättade hon att hon hade gått i samma klass som kvinnan i vit kappa. "
                "Hennes fästman hade kört av vägen den natten, på väg för att hämta henne.",
            ),
            climaxes=(
                "Nästa morgon var {the_thing} borta ur bilen, fast alla dörrar hade varit låsta. "
                "På sätet låg i stället en gammal bussbiljett. Den var stämplad på dagen femtio "
                "år tidigare, och på baksidan stod det med blyerts: äntligen.",
            ),
            endings=(
                "{Name} bor kvar i {town}, men {han} vill inte prata om den natten. Och om du kör "
                "förbi {spot} efter midnatt, säger folk, så stanna inte. Ser du {the_thing}, så "
                "låt {it} ligga. Någon ska fortfarande komma tillbaka och hämta {it}.",
                "Är det sant? {Friend} säger att det är det, och {friend} hörde det av någon som "
                "var där. Så fungerar sägner. Men bussbiljetten finns. {Name} har den i en "
                "byrålåda och öppnar aldrig den lådan efter mörkrets inbrott.",
            ),
            texture=(
                "Gatlyktorna surrade och blinkade.",
                "Vägen var tom åt båda hållen.",
                "Långt borta började en hund yla.",
                "Regnet trummade mot biltaket.",
            ),
        ),
    ),
)
