"""Norwegian (Bokmål) material for motivational, long_form_jokes and custom."""

from t2m.generate.story_data.model import Frame, Material

MOTIVATIONAL = Material(
    kind="story",
    subject="a motivational story with a clear lesson the listener can use",
    titles=(
        "Begynn før du er klar",
        "{Name} og drømmen om å {goal}",
        "Ett lite skritt om dagen",
        "Dagen {name} ikke ga opp",
    ),
    descriptions=(
        "{Name} ville {goal} og mislyktes, igjen og igjen. Det som forandret alt, var ikke "
        "talent, men en vane hvem som helst kan begynne med i dag.",
        "En kort historie om {name}, drømmen om å {goal} og kraften i å fortsette, dag etter dag.",
    ),
    places=(
        {"goal": "gå til topps på Galdhøpiggen"},
        {"goal": "åpne sitt eget bakeri"},
        {"goal": "lære å spille fele"},
        {"goal": "skrive en roman"},
    ),
    things=(
        {"the_thing": "notatboka"},
        {"the_thing": "kalenderen"},
        {"the_thing": "almanakken"},
    ),
    frames=(
        Frame(
            openings=(
                "Da {name} fylte femti, bestemte {han} seg for å {goal}. Alle {han} fortalte det "
                "til, smilte høflig, slik man smiler til en drøm man ikke tror blir noe av. "
                "{Name} var ikke sikker selv heller. Men {han} begynte likevel.",
                "{Name} hadde hatt lyst til å {goal} så lenge {han} kunne huske. Like lenge hadde "
                "{han} hatt en grunn til å la det være: for mye å gjøre, for sliten, for sent. En "
                "morgen innså {han} at grunnene hadde blitt et helt liv.",
            ),
            beats=(
                "Første forsøk gikk dårlig. {Name} tok i for mye for fort, kjente seg elendig og "
                "var nær ved å gi opp etter en uke. Det føltes som et bevis på at {han} rett og "
                "slett ikke var typen. Den som begynner for hardt, går fort tom, lærte {han}.",
                "Så gjorde {han} målet mindre. Et kvarter om dagen, verken mer eller mindre. Det "
                "hørtes nesten latterlig lite ut, og det var nettopp poenget. Hver dag fikk et "
                "lite kryss i {the_thing}, og det fantes bare én regel: kjeden skulle ikke brytes.",
                "Noen dager kjentes kvarteret fantastisk. De fleste dager kjentes det helt "
                "vanlig, som å pusse tennene. Noen få dager kjentes det umulig. Det var de dagene "
                "som talte mest, for {name} gjorde dem likevel.",
                "{Friend} spurte om {friend_han} kunne få bli med. {Name} nølte litt, men sa ja. "
                "Når noen ventet, ble det mye vanskeligere å snike seg unna. På de dårlige dagene "
                "minnet de hverandre på hvorfor de hadde begynt.",
                "En dag gikk alt galt, og {name} måtte gi seg midt i økta. Det føltes som et "
                "nederlag. Men {friend} minnet {ham} om fjellvettregelen: Det er ingen skam å "
                "snu. Neste morgen var {name} i gang igjen, og kjeden holdt.",
                "Etter tre måneder bladde {name} tilbake i {the_thing}. Nitti små kryss, side "
                "etter side. Ingen av dem hadde føltes som fremgang da de ble tegnet. Men til "
                "sammen var de en strekning {han} knapt kunne tro.",
                "Så kom motgangen: en skade, en tapt jobb, en mørk og våt november. I to uker sto "
                "{the_thing} tom. Den gamle stemmen kom tilbake, den som alltid visste best. Der "
                "ser du, sa den. Dette kommer aldri til å gå.",
                "{Name} svarte med det minste skrittet {han} kunne finne. Fem minutter i stedet "
                "for femten, og noen ganger bare to. Det var ikke mye, men det var ikke null. "
                "Også en dårlig dag teller, bare den blir gjort.",
                "Av og til sammenlignet {name} seg med folk som syntes å ha kommet mye lenger. "
                "Det hjalp aldri, det gjorde bare alt tyngre. Den eneste rettferdige "
                "sammenligningen, bestemte {han}, var med den {han} selv hadde vært måneden før.",
                "En kveld fant {name} en gammel lapp der {han} som tjueåring hadde skrevet ned "
                "drømmene sine. Øverst sto det: {goal}. {Han} smilte av den slurvete "
                "håndskriften. Så hengte {han} lappen på kjøleskapet og tok kvarteret sitt, selv "
                "om det var sent.",
                "En dag kom et barnebarn på besøk og ville se på. {Name} forklarte hva {han} "
                "holdt på med. Hvorfor gjør du det, når det er så vanskelig, spurte barnet. Fordi "
                "det blir litt mindre vanskelig hver gang, svarte {name}.",
                "En nabo spurte {name} hvordan {han} orket, år ut og år inn. {Han} tenkte seg om "
                "en stund før {han} svarte. Jeg orker ikke alltid, sa {han}. Men jeg trenger ikke "
                "orke alt på en gang. Jeg trenger bare å orke i dag.",
            ),
            climaxes=(
                "Et år etter den første klønete uka skjedde det: {name} klarte å {goal}. Det var "
                "ikke perfekt, og det trengte det ikke å være. Den som nådde målet, var ikke det "
                "samme mennesket som begynte, og det var den egentlige premien.",
            ),
            endings=(
                "Dette er hva {name} lærte. Du trenger ikke å føle deg klar. Du trenger å begynne "
                "smått, møte opp på de vanlige dagene og tilgi deg selv de dårlige. Det første "
                "skrittet kan du ta i dag.",
                "Finnes det noe du har utsatt i årevis? Ta ett lite skritt mot det i dag. Ta ett "
                "til i morgen. Det var alt {name} gjorde, og det er alt som skal til.",
            ),
            texture=(
                "Hvert kryss i {the_thing} var et lite løfte som ble holdt.",
                "Det vanskeligste var alltid det første minuttet.",
                "Fremgangen kom sakte, men den var ekte.",
                "Ingen så på, og det gjorde ingenting.",
                "Motivasjonen kom og gikk, men vanen ble værende.",
            ),
        ),
    ),
)

JOKES = Material(
    kind="story",
    subject="a long-form joke: a shaggy-dog story that builds up and ends with a punchline",
    titles=(
        "En veldig lang vits",
        "En vits som tar seg god tid",
        "{Name} og den rareste dagen i livet",
    ),
    descriptions=(
        "En lang vits som tar seg god tid. Bli med helt til poenget.",
        "{Name} får noe som virker for godt til å være sant. En lang historie med en vri til "
        "slutt.",
    ),
    places=(
        {"aunt": "tante Ragnhild"},
        {"aunt": "tante Solveig"},
        {"aunt": "tante Gunvor"},
    ),
    things=(
        {"snack": "peanøtter"},
        {"snack": "solsikkefrø"},
        {"snack": "kjeks"},
    ),
    frames=(
        Frame(
            openings=(
                "{Name} kjøpte en papegøye av en gammel sjømann på kaia i {town}. Den var "
                "mistenkelig billig. Det viste seg fort hvorfor: papegøyen bannet som en hel "
                "skipsbesetning, fra morgen til kveld, og den hadde et imponerende ordforråd.",
            ),
            beats=(
                "Første kveld fornærmet papegøyen katten, fjernsynet og naboen, i den "
                "rekkefølgen. Katten flyttet ut i vedskjulet. Naboen banket i veggen. Fjernsynet "
                "tok det med ro, men det var også det eneste som ikke kunne svare.",
                "{Name} prøvde klassisk musikk for å roe den ned. {Han} satte på Grieg, og "
                "papegøyen sang med. Den kunne alle tonene. Dessverre hadde den laget sin egen "
                "tekst, og den var ikke egnet for barn.",
                "Så prøvde {name} med dikt. {Han} leste Wergeland høyt hver kveld, med stor "
                "innlevelse. Papegøyen hørte nøye etter. Deretter svarte den med egne rim, som "
                "var mye frekkere og dessverre også mye bedre.",
                "Presten kom på kaffebesøk en søndag. Papegøyen kommenterte frisyren hans, "
                "slipset hans og prekenen fra forrige uke, i detalj. Presten gikk før kaka ble "
                "servert, og han har ikke vært på besøk siden.",
                "{Aunt} kom på overraskelsesbesøk fra Bergen. Papegøyen tok en lang, vurderende "
                "titt på henne. Så sa den noe om hatten hennes som fikk {aunt} til å ta neste fly "
                "hjem, med hatten i hånda.",
                "{Name} prøvde vennlighet. {Han} ga papegøyen ros og {snack} hver gang den var "
                "snill. Papegøyen spiste alle sammen med stor appetitt. Så bannet den videre, med "
                "munnen full.",
                "{Name} tok papegøyen med til dyrlegen for å høre om noe var galt. Dyrlegen "
                "undersøkte den grundig. Papegøyen undersøkte dyrlegen enda grundigere, og sa "
                "høyt hva den mente om resultatet. Regningen ble dobbelt så høy som vanlig.",
                "{Name} meldte den på et kurs i god oppførsel. Papegøyen fikk de beste "
                "karakterene i klassen. Den lærte å si takk, vær så god og unnskyld. Så fant den "
                "ut hvordan de ordene kunne kombineres med alle de andre.",
                "Naboene begynte å samle inn underskrifter. Papegøyen leste lista gjennom vinduet "
                "og kommenterte hvert eneste navn, i alfabetisk rekkefølge. Etter det trakk tre "
                "av naboene underskriften sin.",
                "Til slutt prøvde {name} med time-out på badet. Papegøyen trakk ned i do hele "
                "natta og sang sjømannsviser med ekko. Om morgenen hadde hele oppgangen lært "
                "refrenget.",
            ),
            climaxes=(
                "En kveld ga {name} opp. {Han} åpnet fryseren og satte papegøyen inn, bare i ett "
                "minutt. Først hørtes det banning og sparking. Så ble det helt stille. {Name} ble "
                "redd, rev opp døra og tok papegøyen forsiktig ut.",
            ),
            endings=(
                "Papegøyen skalv, bøyde hodet og sa: Jeg ber om unnskyldning for min oppførsel. "
                "Det skal aldri skje igjen. Men hvis jeg får spørre, hva i all verden hadde "
                "kyllingen gjort?",
            ),
            texture=(
                "Papegøyen så uskyldig ut, og det gjorde det bare verre.",
                "Katten betraktet det hele fra trygg avstand.",
                "{Name} begynte å lengte etter stillhet.",
            ),
        ),
        Frame(
            openings=(
                "{Name} gikk langs stranda utenfor {town} da {han} fant en gammel flaske i "
                "tangen. {Han} tok av korken. Det smalt, det røyk, og ut kom en ånd, grønn i "
                "ansiktet og svært gretten. Du får ett ønske, sa ånden. Ett. Ikke mas.",
            ),
            beats=(
                "Ånden klaget i en halvtime før {name} fikk sagt noe. Den hadde ligget i flasken "
                "i to tusen år. Det siste hundreåret hadde den ligget ved en fergekai og hørt den "
                "samme høyttalermeldingen en million ganger.",
                "Ånden ville ha det helt klart at flasken ikke var en lampe. Lamper er for "
                "amatører, sa den. Flasker er for profesjonelle. Den brukte fem minutter på å "
                "forklare forskjellen, med tegninger i sanden.",
                "{Name} spurte om ånden var sulten etter så lang tid. Ånden svarte at den hadde "
                "spist en sardin i 1854, og at den fortsatt ikke hadde kommet seg. Så fikk den en "
                "brødskive med brunost og ble litt blidere.",
                "Så kom reglene. Ingen flere ønsker, ingen kjærlighet og ingen vekking av døde. "
                "Ingen penger heller, sa ånden, for den forsto seg ikke lenger på prisene. Sist "
                "den var ute, kostet en ku tre sølvmynter.",
                "Og én ting til, sa ånden. Ingen ønsker om fint vær i helgene. Det har nordmenn "
                "prøvd på i tusen år, og selv de sterkeste åndene har gitt opp. {Name} sukket og "
                "nikket.",
                "{Name} tenkte seg lenge om. Så sa {han}: Jeg har en tante på Island som jeg "
                "gjerne vil besøke. Men jeg blir så sjøsyk. Jeg ønsker meg en bru fra {town} til "
                "Island, så jeg kan kjøre dit.",
                "Ånden ble enda grønnere i ansiktet. Vet du hvor dypt Atlanterhavet er, sa den. "
                "Har du tenkt på stormene, på skipene som skal under, på alle pilarene? Det er "
                "over hundre mil med åpent hav.",
                "Og så er det Statens vegvesen, fortsatte ånden og grøsset. Bare søknaden tar "
                "førti år. Så kommer bompengene, og høringene, og krangelen om hvor "
                "rundkjøringene skal ligge. Nei, det blir for mye selv for meg.",
                "Kan du ikke ønske deg noe enklere, spurte ånden, nesten bedende. Noe lite og "
                "greit. Noe en stakkars ånd kan klare før lunsj. {Name} nikket forståelsesfullt "
                "og tenkte seg om en gang til.",
                "Da vet jeg det, sa {name} til slutt. Jeg ønsker at jeg kunne forstå tenåringen "
                "min. Hvorfor døra alltid er lukket. Hva et skuldertrekk betyr. Og hvorfor svaret "
                "på alt er ingenting.",
            ),
            climaxes=(
                "Ånden ble stående helt stille. Den så lenge på {name}, og så lenge utover havet. "
                "Så trakk den pusten dypt, fant fram en blyant og en notatblokk og kremtet.",
            ),
            endings=("Den brua, sa ånden. Skal den ha to eller fire felt?",),
            texture=(
                "Bølgene skyllet rolig inn over stranda.",
                "En måke satte seg på flasken og så skeptisk på dem begge.",
                "Ånden sukket så dypt at tangen beveget seg.",
            ),
        ),
    ),
)

CUSTOM = Material(
    kind="story",
    subject="",
    titles=(
        "En historie om «{Prompt}»",
        "{Name} og «{Prompt}»",
        "Dagen da alt handlet om «{Prompt}»",
    ),
    descriptions=(
        "En kort historie om «{prompt}», med {name} fra {town} i hovedrollen.",
        "{Name}, en liten by og «{prompt}»: en historie med en begynnelse, en midte og en slutt.",
    ),
    places=(
        {"place": "en liten by ved sjøen"},
        {"place": "en travel liten by"},
        {"place": "ei bygd oppe i dalen"},
    ),
    things=(
        {"a_thing": "et kart", "the_thing": "kartet", "it": "det"},
        {"a_thing": "et brev", "the_thing": "brevet", "it": "det"},
        {"a_thing": "en nøkkel", "the_thing": "nøkkelen", "it": "den"},
    ),
    frames=(
        Frame(
            openings=(
                "Dette er en historie om «{prompt}». Den begynner med {name}, som bodde i {place} "
                "som het {town}. {Han} hadde tenkt på akkurat det i veldig lang tid.",
                "Alle i {town} hadde en mening om «{prompt}», men {name} ville se med egne øyne. "
                "En klar morgen pakket {han} en sekk, stakk {a_thing} i lomma og gikk av gårde.",
            ),
            beats=(
                "Den første {name} spurte, var {friend}, en gammel venn som kjente alle i {town}. "
                "De satt lenge ved kjøkkenbordet med kaffe og vafler. {Friend} lyttet nøye, "
                "smilte og sa at de beste historiene alltid begynner med et spørsmål.",
                "{Name} gikk i timevis, stilte spørsmål og skrev ned svarene i en liten bok. Noen "
                "lo, noen trakk på skuldrene. En gammel fisker på kaia snakket i en halvtime. "
                "Noen sa ting som fikk {ham} til å stoppe opp og tenke.",
                "Midt på dagen satte {name} seg på en stein ved sjøen og lot tankene vandre. En "
                "måke landet ved siden av, så skrått på {ham} og fløy videre. Noen ganger, tenkte "
                "{name}, er svaret å slutte å lete og bare stoppe opp.",
                "Et barn som lekte på torget, spurte hva {name} holdt på med. {Name} forklarte så "
                "godt {han} kunne. Barnet tenkte seg om en stund og sa noe så enkelt og klokt at "
                "{name} skrev det ned med en gang.",
                "Om kvelden hadde {han} fylt flere sider, men svarene passet ikke sammen. Noen sa "
                "hverandre imot, andre handlet om noe helt annet. Det var som et puslespill der "
                "én brikke manglet, og {name} ante ikke hvor {han} skulle lete.",
                "På biblioteket i {town} lette {name} gjennom gamle aviser og bøker. "
                "Bibliotekaren fant en bok som ingen hadde lånt på tretti år. Der var et kapittel "
                "som nesten handlet om «{prompt}», og en glemt lapp mellom sidene.",
                "Det begynte å regne, og {name} søkte ly under et tak sammen med en gammel dame. "
                "De snakket om været, om {town} og til slutt om «{prompt}». Damen hadde sin egen "
                "historie om det, og den var bedre enn alle de andre.",
                "Så skjedde det noe uventet. {Name} stakk hånda i lomma og kjente {the_thing} "
                "der, som {han} nesten hadde glemt. {Han} tok {it} fram og så lenge på {it}. Det "
                "viste seg å være akkurat det {han} trengte.",
                "For første gang forsto {name} hva «{prompt}» egentlig betydde for {ham}. Det var "
                "ikke det noen andre hadde sagt, og heller ikke det {han} selv hadde trodd i "
                "starten. Det var enklere, og mer overraskende.",
                "På veien møtte {name} en fremmed som hadde lett etter det samme i mange år. De "
                "gikk et stykke sammen og byttet historier. Før veiene skiltes, ga de hverandre "
                "hver sin gode idé.",
                "Den kvelden satt {name} ved et lite bål og leste gjennom notatene sine. Bålet "
                "knitret, og gnistene steg mot stjernene. Sakte kom et mønster til syne, som et "
                "bilde ut av tåka, og {han} begynte å smile.",
                "Det gjensto én siste vanskelighet. {Name} måtte velge mellom den trygge veien "
                "hjem og den tyngre stien som førte til slutten av historien. {Han} sto lenge ved "
                "veiskillet. Så valgte {han} den tyngre.",
            ),
            climaxes=(
                "Til slutt nådde {name} enden av veien, og der ventet «{prompt}». Det så slett "
                "ikke ut slik {han} hadde forestilt seg. {Han} lo høyt av hvor lang tid det hadde "
                "tatt å se det som hele tiden hadde vært der.",
            ),
            endings=(
                "{Name} dro hjem til {town} og fortalte alt til {friend}. {Friend} hørte på hele "
                "historien og sa: Jeg visste at du ville finne det. Fra den dagen ble alle som "
                "lurte på «{prompt}», sendt til {name}.",
                "Det var historien om {name} og «{prompt}». Den forandret {ham} litt, slik gode "
                "historier gjør. {Han} forteller den fortsatt på lange kvelder i {town}.",
            ),
            texture=(
                "Sola vandret sakte over himmelen.",
                "Ingen i {town} hadde noen gang gjort noe lignende.",
                "Veien var lang, men {name} følte seg lett.",
                "Det var en dag {name} kom til å huske lenge.",
            ),
        ),
    ),
)
