"""Norwegian (Bokmål) material for the dark tales: scary, mystery and urban_legends."""

from t2m.generate.story_data.model import Frame, Material

SCARY = Material(
    kind="story",
    subject="a scary story",
    titles=(
        "{The_thing} på {spot}",
        "Tre bank i natten",
        "Det som ventet på {spot}",
        "{Name} og {the_thing}",
        "Ikke svar når det banker",
    ),
    descriptions=(
        "{Name} skal passe på {place} utenfor {town} en vinter. Men {the_thing} der vil ikke stå "
        "der {it} blir satt. En skrekkhistorie å høre med lyset på.",
        "Lav husleie, en stille bygd og {a_thing} som banker om natten. En kort grøsser om "
        "{name}, som ble én natt for lenge.",
    ),
    places=(
        {"place": "et gammelt fyr ytterst på neset", "spot": "fyret", "spot_t": "t"},
        {"place": "en fjellhytte høyt oppe på vidda", "spot": "hytta", "spot_t": ""},
        {"place": "et nedlagt sanatorium i åsen", "spot": "sanatoriet", "spot_t": "t"},
        {"place": "en gammel prestegård ved fjorden", "spot": "prestegården", "spot_t": ""},
        {"place": "et forlatt småbruk innerst i dalen", "spot": "småbruket", "spot_t": "t"},
    ),
    things=(
        {"a_thing": "et speil", "the_thing": "speilet", "it": "det", "thing_t": "t"},
        {"a_thing": "en spilledåse", "the_thing": "spilledåsen", "it": "den", "thing_t": ""},
        {"a_thing": "en gyngestol", "the_thing": "gyngestolen", "it": "den", "thing_t": ""},
        {"a_thing": "ei porselensdukke", "the_thing": "porselensdukka", "it": "den", "thing_t": ""},
        {"a_thing": "et gulvur", "the_thing": "gulvuret", "it": "det", "thing_t": "t"},
        {"a_thing": "en gammel radio", "the_thing": "radioen", "it": "den", "thing_t": ""},
    ),
    frames=(
        Frame(
            openings=(
                "En mørk kveld i november flyttet {name} inn i {place} utenfor {town}. Husleien "
                "var nesten for lav til å være sann. Ingen sa noe om {the_thing} i rommet innerst "
                "i gangen, og ingen av naboene ville være med inn.",
                "Ingen i {town} ville overnatte på {spot} alene. Men {name} trengte pengene, og "
                "jobben virket enkel: passe på stedet gjennom vinteren og holde ovnene varme. "
                "Allerede første kveld fant {han} {the_thing}.",
                "Det første {name} la merke til på {spot}, var stillheten. Det andre var "
                "{the_thing}, som sto midt i stua som om noen nettopp hadde satt {it} fra seg. "
                "Støvet lå tykt over alt annet, men ikke over {the_thing}.",
            ),
            beats=(
                "Første natt våknet {name} av tre lette bank. Det kom ikke fra døra, men fra "
                "{the_thing} i rommet ved siden av. {Han} lå helt stille og ventet. Etter en lang "
                "pause kom det igjen, tre bank, akkurat like tålmodige som før.",
                "I en skuff fant {name} loggboka til den forrige vaktmesteren. De første sidene "
                "handlet om vær og vind og fyringsved. Men etter hvert ble notatene kortere og "
                "kortere, og håndskriften mer skjelven. Den siste linjen lød bare: Den vil at jeg "
                "skal svare.",
                "Om morgenen var det fotspor i snøen rundt hele huset. De gikk i en sirkel, tett "
                "inntil veggen, og stoppet under {hans} vindu. Der var snøen trampet flat, som om "
                "noen hadde stått der lenge og sett inn.",
                "Bygdas eldste, en gammel mann som het Anders, kom innom med en kake. Han stilte "
                "seg i døra og nektet å gå inn. Han spurte bare om {the_thing} fortsatt sto der. "
                "Da {name} nikket, satte han kaka på trappa og gikk.",
                "{Name} ringte {friend}, som hadde vokst opp i {town}. Det ble stille lenge i "
                "telefonen. Bestemoren min pleide å si at man aldri skal svare når det banker, sa "
                "{friend} til slutt. Uansett hvor lenge det holder på.",
                "{Name} bar {the_thing} ned i kjelleren og låste døra med en tung jernnøkkel. "
                "Samme kveld sto {it} øverst i trappa, vendt mot soverommet. Kjellerdøra var "
                "fortsatt låst, og nøkkelen lå trygt i {hans} egen lomme.",
                "Telefonen på kjøkkenveggen hadde vært frakoblet i tjue år. En natt ringte den "
                "likevel, skarpt og lenge. Da {name} løftet av røret, hørte {han} en stemme som "
                "lignet {hans} egen. Den sa ting {han} ennå ikke hadde sagt.",
                "{Name} begynte å ta bilder av rommet hver kveld, bare for å være sikker. En natt "
                "bladde {han} gjennom dem og kjente at det gikk kaldt nedover ryggen. På hvert "
                "eneste bilde sto {the_thing} litt nærmere kameraet enn på det forrige.",
                "En kveld gikk strømmen. Ute flammet nordlyset over himmelen og farget rommet "
                "grønt. I det grønne lyset falt skyggen av {the_thing} over gulvet. Men skyggen "
                "hadde feil form. Den lignet et menneske som sto og ventet.",
                "{Han} bestemte seg for å dra, midt på natta om det måtte være. Men bilen ville "
                "ikke starte, og mobilen viste ingen dekning. Veien ned mot {town} forsvant i en "
                "tåke så tett at {han} ikke så sine egne hender på rattet.",
                "På loftet fant {name} en bunke gamle brev, bundet sammen med hyssing. Alle var "
                "adressert til {name}, med {hans} fulle navn og riktig adresse. Det eldste var "
                "datert for over hundre år siden, og blekket var falmet til brunt.",
                "Den siste morgenen hadde alle klokkene i huset stoppet. De viste tre minutter "
                "over tre, hver eneste en. Bare rommet der {the_thing} sto, var varmt, selv om "
                "ovnen der hadde vært kald i mange år.",
                "Den natten kom bankingen igjen. Men nå var det ikke tre bank lenger. Det var "
                "fire. Og lyden kom ikke fra {the_thing} denne gangen. Den kom fra klesskapet, "
                "bare en meter fra senga.",
            ),
            climaxes=(
                "{Name} orket ikke mer. {Han} banket tilbake i veggen, tre hårde slag. Alt ble "
                "stille. Så kjente {han} at noen satte seg på sengekanten, og en kald stemme "
                "hvisket helt inntil øret: Takk. Nå er det din tur til å vente.",
                "{Name} bar {the_thing} ned til fjorden og kastet {it} så langt {han} kunne. {It} "
                "sank uten en lyd. Da {han} kom tilbake, sto {it} på kjøkkenbordet, dryppende av "
                "sjøvann, og fra rommet innerst i gangen kom tre lette bank.",
            ),
            endings=(
                "Om morgenen var {name} borte. Politiet fant {spot} ryddig og tom{spot_t}, med "
                "oppredd seng og {the_thing} på sin vanlige plass. {Friend} kjører fortsatt forbi "
                "av og til, og sverger på at lyset i andre etasje alltid er tent.",
                "{Name} forlot {town} dagen etter og kom aldri tilbake. Men noen netter, langt "
                "unna, våkner {han} av tre lette bank. {Han} svarer aldri. {Han} ligger bare helt "
                "stille, teller, og venter på det fjerde.",
                "Da sola endelig kom opp, gikk {name} ut av {spot} uten å se seg tilbake. {Han} "
                "har aldri fortalt hva {han} så den siste timen. {Han} sier bare at noen ting bør "
                "få stå i fred der man finner dem.",
            ),
            texture=(
                "Vinden ulte rundt husveggene.",
                "Et sted i veggene knirket det, som om huset trakk pusten.",
                "Lufta luktet støv og kald aske.",
                "Ute sto grantrærne helt stille i snøen.",
                "Klokka på veggen tikket altfor sakte.",
            ),
        ),
    ),
)

MYSTERY = Material(
    kind="story",
    subject="a mystery story with a fair clue and a satisfying solution",
    titles=(
        "{The_thing} som forsvant",
        "Gåten {in_spot}",
        "{Name} og saken om {the_thing}",
        "Den stumme tangenten",
    ),
    descriptions=(
        "{A_thing} forsvinner fra et låst rom {in_spot}, og {name} har én kveld på seg til å "
        "finne tyven. En kort krim med en ærlig ledetråd.",
        "Alle hørte musikken, og alle hadde alibi. {Name} må finne ut hvem som tok {the_thing} i "
        "{town}.",
    ),
    places=(
        {"place": "en gammel villa ved fjorden", "in_spot": "i villaen", "host": "verten"},
        {
            "place": "et fjellhotell fullt av gjester",
            "in_spot": "på fjellhotellet",
            "host": "hotelldirektøren",
        },
        {
            "place": "et lite museum i en gammel kjøpmannsgård",
            "in_spot": "på museet",
            "host": "museumsdirektøren",
        },
        {"place": "en herregård ved innsjøen", "in_spot": "på herregården", "host": "verten"},
    ),
    things=(
        {"a_thing": "et sølvkompass", "the_thing": "sølvkompasset", "it": "det"},
        {"a_thing": "en smaragdring", "the_thing": "smaragdringen", "it": "den"},
        {"a_thing": "en førsteutgave av Sult", "the_thing": "førsteutgaven", "it": "den"},
        {"a_thing": "et lommeur i gull", "the_thing": "lommeuret", "it": "det"},
        {"a_thing": "en malt vifte", "the_thing": "den malte vifta", "it": "den"},
    ),
    frames=(
        Frame(
            openings=(
                "{Name} kom til {place} for en rolig helg. Før middagen prøvde {han} flygelet i "
                "salongen og merket at den øverste tangenten var helt stum. Senere samme kveld, "
                "mens alle satt og hørte på musikk, forsvant {the_thing} fra et låst rom.",
                "Klokka ni forsvant {the_thing} fra et låst rom {in_spot}. Akkurat da satt alle "
                "gjestene og lyttet til nevøen til {host}, som spilte Grieg i salongen. {Name} "
                "hadde bare lagt merke til én rar ting tidligere: den øverste tangenten på "
                "flygelet ga ingen lyd.",
            ),
            beats=(
                "{Host} var blek og gikk fram og tilbake i gangen. {The_thing} var det mest "
                "verdifulle de eide, sa han. Det fantes bare tre nøkler til rommet, og en av dem "
                "hang i hans eget nøkkelknippe. {Name} noterte alt i en liten, svart bok.",
                "Nevøen hadde spilt i nesten en halv time uten pause, og alle hadde hørt ham. Han "
                "spilte Til våren av Grieg, sa han stolt, helt til den aller siste, lyse tonen. "
                "Gjestene klappet fortsatt da tyveriet ble oppdaget.",
                "{Friend} hadde stått nærmest døra til rommet hele kvelden. {Friend_han} påsto å "
                "ikke ha sett noe som helst. Men hendene skalv, og {name} la merke til at "
                "{friend} stadig kikket mot vinduet, som om {friend_han} ventet på noen.",
                "Husholdersken hadde den andre nøkkelen. Hun viste den fram med en gang, festet i "
                "et bånd rundt halsen. Hun hadde ikke tatt den av på tjue år, sa hun, ikke en "
                "gang når hun sov. Ingen tvilte på at det var sant.",
                "En gjest fortalte om en fremmed i grå frakk som hadde gått tidlig. Alle var "
                "straks sikre på at det var tyven. Et par av gjestene løp ut i mørket for å lete. "
                "{Name} ble sittende og så tankefullt på flygelet.",
                "Den fremmede ble funnet på fergekaia. Han var pianostemmer, hadde billett hjem "
                "og ingenting i lommene annet enn en stemmegaffel. Han hadde gått tidlig, "
                "forklarte han, fordi han ikke tålte å høre på et flygel med en stum tangent.",
                "Kokka hadde stått på kjøkkenet hele kvelden, og sausen var perfekt. Men hun "
                "hadde hørt noe rart. Midt i musikken hørte hun raske skritt i trappa opp mot det "
                "låste rommet, selv om alle skulle sitte i salongen.",
                "En av gjestene, en pensjonert lærer, hadde sittet like ved flygelet hele tiden. "
                "Hun sa at nevøen spilte uvanlig pent den kvelden. Ikke en eneste feil, sa hun. "
                "Han som ellers alltid snubler i tredje takt.",
                "{Name} spurte forsiktig rundt om nevøen. Det viste seg at han skyldte penger til "
                "folk man helst ikke skylder penger. Han hadde bedt onkelen om et lån forrige "
                "uke, og fått et kort og tydelig nei.",
                "På et bord i salongen lå en mobiltelefon ved siden av en liten høyttaler. Nevøen "
                "sa at den var til å spille musikk i pausene. Men telefonen var varm, som om den "
                "nettopp hadde vært i bruk lenge.",
                "{Name} ba om å få sette seg ved flygelet. {Han} trykket forsiktig på den øverste "
                "tangenten. Ingen lyd. {Han} trykket igjen, litt hardere, og det var fortsatt "
                "helt stille. Noen av gjestene begynte å se på hverandre.",
                "Den tredje nøkkelen lå i skrivebordet til {host}, i en skuff som aldri var låst. "
                "Alle i huset visste om den. Skuffen sto på gløtt, og nøkkelen lå litt skjevt, "
                "som om noen hadde lagt den tilbake i stor hast.",
            ),
            climaxes=(
                "{Name} samlet alle i salongen. Melodien dere hørte, sa {han}, sluttet med en "
                "lys, klar tone helt øverst. Men den tangenten på dette flygelet er stum. Det var "
                "ikke nevøen som spilte. Det var et opptak fra telefonen hans, mens han selv var "
                "inne i det låste rommet.",
            ),
            endings=(
                "Nevøen protesterte en stund, men ga seg til slutt. {The_thing} lå gjemt i "
                "flygelkassen, mellom strengene, der ingen hadde tenkt å lete. {Name} tok siste "
                "ferge fra {town} og sov hele veien hjem.",
                "Nevøen satte seg tungt ned og tilsto alt. {The_thing} ble funnet i flygelkassen "
                "samme kveld. {Name} fikk endelig sin rolige helg. Men {han} har aldri siden hørt "
                "Grieg uten å lytte etter den øverste tonen.",
            ),
            texture=(
                "Snøen falt tett utenfor de høye vinduene.",
                "En klokke slo kvart et sted i huset.",
                "Gjestene hvisket i små, urolige grupper.",
                "Det luktet gløgg og stearin i gangene.",
            ),
        ),
    ),
)

URBAN_LEGENDS = Material(
    kind="story",
    subject="a modern urban legend, told as if by a friend of a friend",
    titles=(
        "Damen i hvitt",
        "Pass deg for svingen",
        "Det som skjedde {at_spot}",
        "Sagnet fra {town}",
    ),
    descriptions=(
        "Alle i {town} kjenner noen som kjenner noen som har sett henne. Sagnet om {spot} og "
        "kvinnen i hvitt.",
        "En venn av en venn, en regnfull natt og {place}. En vandrehistorie fra {town}.",
    ),
    places=(
        {
            "place": "den svingete veien over fjellet",
            "spot": "fjellveien",
            "at_spot": "på fjellveien",
        },
        {
            "place": "en gammel busslomme ved riksveien",
            "spot": "busslomma",
            "at_spot": "ved busslomma",
        },
        {"place": "den smale brua over Svartelva", "spot": "brua", "at_spot": "på brua"},
        {
            "place": "en nedlagt bensinstasjon ved skogsveien",
            "spot": "bensinstasjonen",
            "at_spot": "ved bensinstasjonen",
        },
    ),
    things=(
        {"a_thing": "en hvit hanske", "the_thing": "hansken", "it": "den", "thing_t": ""},
        {"a_thing": "et sølvkors", "the_thing": "sølvkorset", "it": "det", "thing_t": "t"},
        {"a_thing": "ei rød lue", "the_thing": "den røde lua", "it": "den", "thing_t": ""},
        {
            "a_thing": "et gammelt fotografi",
            "the_thing": "fotografiet",
            "it": "det",
            "thing_t": "t",
        },
    ),
    frames=(
        Frame(
            openings=(
                "Alle som vokser opp i {town}, får før eller siden høre om {place}. Folk sier at "
                "den som kjører der etter midnatt, kan se en kvinne i hvitt i veikanten. Noen "
                "sier at man må stoppe. Andre sier at man aldri må gjøre det.",
                "Denne historien fikk jeg høre av {friend}, som har den fra en fetter. Fetteren "
                "sverger på at den er sann. Den handler om {place} og om {a_thing}. Og den "
                "handler om en student som het {name}, som ikke trodde på spøkelser.",
            ),
            beats=(
                "Sagnet går mer enn femti år tilbake. En ung kvinne i hvit kjole skulle hjem fra "
                "en fest en høstnatt, men kom aldri fram. Bilen ble funnet i den skarpeste "
                "svingen, og det eneste de fant etter henne, var {a_thing}.",
                "Siden den gang, sier folk, står hun i veikanten på regnfulle netter og vinker "
                "etter skyss. Hun sier nesten ingenting. Hun setter seg i baksetet og ser ut av "
                "vinduet, helt stille, med hendene i fanget.",
                "{Name} hørte historien på en hyttetur og lo høyt. Samme natt kjørte {han} ut til "
                "{spot} alene, bare for å bevise at det var tøv. {Han} hadde mobilen klar og "
                "lovet vennene en video av absolutt ingenting.",
                "Det regnet tett da {name} nærmet seg {spot}. I lyset fra frontlyktene sto en "
                "kvinne i hvit kjole og vinket. {Han} stoppet uten å tenke seg om, og kvinnen "
                "satte seg i baksetet uten et ord.",
                "De kjørte en stund i stillhet. Kvinnen luktet svakt av regn og gamle roser. Da "
                "de nærmet seg en krapp sving, lente hun seg fram og hvisket: Pass deg for "
                "svingen. Det var der jeg døde.",
                "{Name} bremset hardt og snudde seg. Baksetet var tomt. Bare setebeltet var "
                "fortsatt spent fast, og på setet lå {a_thing}. {It} var iskald{thing_t}, som om "
                "{it} hadde ligget i snøen i mange år.",
                "Rett etter svingen lå et stort steinras over veien. Hadde {name} kjørt i vanlig "
                "fart, ville {han} ha truffet det midt i mørket. {Han} ble sittende lenge med "
                "hendene på rattet og hjertet i halsen.",
                "Hjemme så {name} på videoen {han} hadde filmet. Der var veien, regnet og "
                "vindusviskerne. Men baksetet var tomt hele veien. Bare lyden var med: en svak "
                "stemme som sa pass deg for svingen.",
                "En drosjesjåfør i {town} sier at han alltid stopper for folk i veikanten om "
                "natten, bare for sikkerhets skyld. Han har aldri sett kvinnen i hvitt. Men to "
                "ganger har han funnet {a_thing} i baksetet etter en tur over fjellet.",
                "På et gammelt nettforum skriver folk fra {town} om sagnet. En mann skriver at "
                "han kjørte forbi kvinnen i hvitt uten å stoppe. Da han kom hjem, satt det våte "
                "fingeravtrykk på bakruta, fra innsiden.",
                "En bussjåfør som kjørte nattruta i mange år, fortalte at han alltid åpnet døra "
                "{at_spot}, selv når ingen sto der. Noen ganger kjente han et kaldt vindpust gå "
                "forbi seg og inn i bussen. Så lukket han døra og kjørte videre.",
                "Dagen etter spurte {name} bestemoren sin om sagnet. Bestemoren ble stille en "
                "lang stund. Så fortalte hun at hun hadde gått i klasse med kvinnen i hvitt. De "
                "hadde vært bestevenninner, og hun hadde aldri sluttet å savne henne.",
            ),
            climaxes=(
                "Neste morgen var {the_thing} borte fra bilen, selv om alle dørene hadde vært "
                "låst. I stedet lå det et visnet rosenblad på setet. Og på frontruta, skrevet i "
                "duggen fra innsiden, sto ett eneste ord: takk.",
            ),
            endings=(
                "{Name} bor fortsatt i {town}, men {han} vil ikke snakke om den natten. Og kjører "
                "du forbi {spot} etter midnatt, sier folk, så hold farten nede. Ser du en kvinne "
                "i hvitt, så stopp. Hun vil bare hjelpe deg forbi svingen.",
                "Er det sant? {Friend} sier at det er det, og {friend} hørte det fra en som var "
                "der. Slik fungerer sagn. Men rosenbladet finnes. {Name} har det i en konvolutt, "
                "og åpner den aldri etter mørkets frembrudd.",
            ),
            texture=(
                "Vindusviskerne slo i takt.",
                "Veien var tom i begge retninger.",
                "Langt borte begynte en hund å ule.",
                "Regnet trommet på biltaket.",
            ),
        ),
    ),
)
