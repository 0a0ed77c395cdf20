"""Norwegian (Bokmål) material for the list topics: interesting_history, fun_facts and
life_pro_tips."""

from t2m.generate.story_data.model import Frame, Material

HISTORY = Material(
    kind="list",
    subject="a true, well-documented and interesting story from history",
    titles=(
        "{n} rare, men sanne øyeblikk fra historien",
        "Historien er merkeligere enn du tror",
        "{n} sanne historier fra fortiden",
    ),
    descriptions=(
        "{n} virkelige hendelser fra historien som høres ut som oppspinn.",
        "Krig mot fugler, flom av sirup og en dansepest: historien er merkeligere enn noen roman.",
    ),
    frames=(
        Frame(
            openings=(
                "Historien er full av øyeblikk så rare at de høres oppdiktet ut. Alle disse har "
                "virkelig skjedd.",
                "De fleste av disse historiene står ikke i skolebøkene, men hver eneste en av dem "
                "er sann.",
            ),
            beats=(
                "Den fjortende desember 1911 nådde Roald Amundsen og mennene hans Sydpolen som de "
                "første i verden. De brukte hunder og ski. Briten Robert Scott kom fram over en "
                "måned senere, og fant det norske flagget allerede der.",
                "I 1888 krysset Fridtjof Nansen Grønland på ski, som den første noensinne. Han og "
                "mannskapet hans gikk fra øst til vest over innlandsisen, i kulde og storm, i "
                "over en måned.",
                "I 1947 seilte Thor Heyerdahl og fem andre fra Peru til Polynesia på en flåte av "
                "balsatre. Flåten het Kon-Tiki, og reisen tok hundre og én dager. Han ville vise "
                "at en slik reise var mulig.",
                "Norrøne sjøfolk nådde Nord-Amerika rundt år tusen, nesten fem hundre år før "
                "Columbus. I 1960 fant nordmennene Helge og Anne Stine Ingstad restene av en "
                "norrøn boplass på Newfoundland i Canada.",
                "I 1932 sendte Australia soldater med maskingevær for å bekjempe emuer som ødela "
                "avlingene. Fuglene spredte seg, unngikk kulene og klarte seg stort sett. Avisene "
                "kalte det den store emukrigen, og emuene vant.",
                "I januar 1919 sprakk en enorm tank med melasse i Boston. En bølge av tykk, "
                "klissete sirup veltet gjennom gatene, og tjueen mennesker omkom. Folk sa at "
                "nabolaget luktet søtt i flere tiår etterpå.",
                "Den korteste krigen i historien ble utkjempet mellom Storbritannia og Zanzibar i "
                "1896. Den varte under en time, før sultanens palass var beskutt og kampene tok "
                "slutt.",
                "Sommeren 1518 i Strasbourg begynte en kvinne å danse på gata, og hun klarte ikke "
                "å stoppe. I løpet av noen uker hadde dusinvis av mennesker sluttet seg til. "
                "Historikere diskuterer fortsatt hva som forårsaket dansepesten.",
                "Julen 1914, midt under første verdenskrig, sluttet soldater langs deler av "
                "vestfronten å kjempe. De sang julesanger, møttes i ingenmannsland og byttet "
                "gaver. Noen spilte til og med fotball.",
                "I 1983 så den sovjetiske offiseren Stanislav Petrov at skjermene meldte om "
                "amerikanske raketter på vei. Han vurderte det som falsk alarm og meldte ikke fra "
                "om et angrep. Han hadde rett, og kan ha hindret en atomkrig.",
                "Etter et enormt vulkanutbrudd i Indonesia fikk Europa og Nord-Amerika et år uten "
                "sommer i 1816. Avlingene slo feil. Innestengt av det dystre været begynte Mary "
                "Shelley å skrive Frankenstein.",
                "I 1814 sprakk et kjempestort ølkar på et bryggeri i London. En flodbølge av øl "
                "skyllet gjennom gatene rundt, og åtte mennesker omkom i det som ble kalt "
                "ølflommen.",
                "I året 218 før Kristus ledet feltherren Hannibal en hær med krigselefanter over "
                "Alpene for å angripe Roma. Mange dyr og soldater døde i snøen, men ferden ble en "
                "av historiens store legender.",
                "Napoleon var ikke spesielt lav. Han var omtrent like høy som en vanlig "
                "franskmann på sin tid. Men britiske karikaturtegnere tegnet ham gjerne bitte "
                "liten, og bildet festet seg.",
                "I 1970 eksploderte en oksygentank på Apollo tretten, på vei mot månen. "
                "Mannskapet brukte månelandingsfartøyet som livbåt, snekret sammen et filter for "
                "karbondioksid, og alle tre kom trygt hjem.",
            ),
            climaxes=(),
            endings=(
                "Historien er, viser det seg, mye merkeligere enn diktningen.",
                "Hvilken av disse vil du høre mer om? Historien er full av overraskelser.",
            ),
        ),
    ),
)

FUN_FACTS = Material(
    kind="list",
    subject="a script of surprising but true fun facts, each explained in a sentence",
    titles=(
        "{n} morsomme fakta du sikkert ikke visste",
        "{n} overraskende fakta om verden vår",
        "Visste du det? {n} utrolige fakta",
    ),
    descriptions=(
        "{n} sanne fakta om dyr, verdensrommet og historien som høres oppdiktet ut, men ikke er "
        "det.",
        "Raske, sanne og overraskende: {n} morsomme fakta å dele med en venn.",
    ),
    frames=(
        Frame(
            openings=(
                "Her er noen fakta som høres oppdiktet ut, men som er helt sanne.",
                "Gjør deg klar til å bli overrasket. Hver eneste en av disse er sann.",
            ),
            beats=(
                "Honning funnet i gamle egyptiske graver kunne fortsatt spises etter flere tusen "
                "år. Den inneholder så lite vann og så mye syre at bakterier ikke klarer å vokse "
                "i den.",
                "Blekkspruter har tre hjerter og blått blod. To av hjertene pumper blod gjennom "
                "gjellene, og det tredje pumper det rundt i resten av kroppen.",
                "Botanisk sett er bananer bær, men jordbær er det ikke. Et ekte bær vokser fra én "
                "blomst med én fruktknute, og jordbæret bryter den regelen.",
                "Et døgn på Venus er lengre enn et år der. Planeten snurrer så sakte at den "
                "rekker en hel runde rundt sola før den har rotert én gang om seg selv.",
                "Haier er eldre enn trær. De første haiene levde for over fire hundre millioner "
                "år siden, flere titalls millioner år før de første ekte trærne.",
                "Vombater, et slags australske pungdyr, lager avføring formet som små terninger. "
                "Formen oppstår i den siste delen av tarmen, og gjør at bæsjen ikke triller bort.",
                "Eiffeltårnet blir høyere om sommeren. Varmen får jernet til å utvide seg, og "
                "toppen kan heve seg mer enn ti centimeter på en varm dag.",
                "Havoter holder ofte hverandre i potene når de sover på ryggen i vannet. Slik "
                "driver de ikke fra hverandre mens de hviler, selv om strømmen tar tak.",
                "Kleopatra levde nærmere månelandingen i tid enn byggingen av den store pyramiden "
                "i Giza. Pyramiden var allerede over to tusen år gammel da hun ble født.",
                "Flamingoer er rosa bare på grunn av fargestoffene i rekene og algene de spiser. "
                "Uten den maten ville fjærene blitt blekere.",
                "Et sted på jorda slår lynet ned omtrent førti ganger i sekundet. Det blir over "
                "en milliard lyn hvert år, de fleste over land og i tropene.",
                "Koalaer sover opptil tjue timer i døgnet. Eukalyptusblader, som er nesten det "
                "eneste de spiser, gir nemlig svært lite energi.",
                "Sommerfugler smaker med føttene. Sanseceller på beina forteller dem om et blad "
                "er et godt sted å legge egg, lenge før de tar en eneste bit.",
                "Universitetet i Oxford er eldre enn aztekerriket. Undervisningen i Oxford kom i "
                "gang rundt år 1096, mens aztekernes hovedstad ble grunnlagt i 1325.",
                "Oslo har gitt London et juletre hvert år siden 1947. Treet står på Trafalgar "
                "Square og er en takk for britisk hjelp under andre verdenskrig.",
                "Lærdalstunnelen er verdens lengste veitunnel. Den er nesten tjuefem kilometer "
                "lang, og har store, blå lyshaller underveis så sjåførene holder seg våkne.",
                "Ostehøvelen er en norsk oppfinnelse. Snekkeren Thor Bjørklund fra Lillehammer "
                "tok patent på den i 1925, og i dag finnes den på kjøkken over hele verden.",
                "Rå laks i sushi ble vanlig i Japan først på åttitallet og nittitallet, etter en "
                "stor norsk eksportsatsing. Før det spiste japanere sjelden rå laks.",
                "En sky kan veie flere hundre tonn. Den svever likevel, fordi vannet er spredt "
                "som bittesmå dråper i en enorm mengde luft.",
            ),
            climaxes=(),
            endings=(
                "Hvilken av dem overrasket deg mest? Fortell den til noen i dag.",
                "Verden er merkeligere enn vi tror. Fortsett å være nysgjerrig.",
            ),
        ),
    ),
)

LIFE_PRO_TIPS = Material(
    kind="list",
    subject="a script of practical, safe life pro tips, each with the reason it works",
    titles=(
        "{n} smarte hverdagstips som er verdt å kunne",
        "{n} små vaner som gjør livet enklere",
        "Livshacks: {n} tips som faktisk virker",
    ),
    descriptions=(
        "{n} praktiske tips for hverdagen, hvert med en forklaring på hvorfor det virker.",
        "Enkle, nyttige og gratis: {n} smarte tips for hverdagen.",
    ),
    frames=(
        Frame(
            openings=(
                "Her er noen små tips som kan gjøre hverdagen litt enklere.",
                "Disse tipsene tar sekunder å lære og kan spare deg for timer.",
            ),
            beats=(
                "Bruk tominuttersregelen. Tar en oppgave mindre enn to minutter, så gjør den med "
                "en gang. Å skrive den ned og huske den senere koster mer enn å bare gjøre den.",
                "Skriv ned det viktigste du vil si før en vanskelig samtale. Da holder du deg "
                "roligere, og du sklir ikke like lett bort fra temaet.",
                "Legg telefonen i et annet rom når du trenger å konsentrere deg. Selv en lydløs "
                "telefon på pulten trekker til seg oppmerksomheten din.",
                "Når du hører navnet til noen, bruk det én gang i samtalen. Å si det høyt hjelper "
                "hukommelsen med å lagre det, og personen føler seg sett.",
                "Legg fram morgendagens klær og pakk sekken kvelden før. Morgenene går mye "
                "lettere når de små beslutningene allerede er tatt, og du slipper å lete i siste "
                "liten.",
                "Klarer du ikke å velge mellom to ting, så kast mynt. Mens mynten er i lufta, "
                "merker du ofte hvilken side du håper på.",
                "Ha en liten notatbok eller et notat på telefonen til ideer. Ideer kommer på rare "
                "tidspunkter og forsvinner like fort.",
                "Drikk et glass vann når du våkner. Etter en hel natt uten væske er det en av de "
                "enkleste måtene å føle seg mer opplagt på.",
                "Vent et døgn før du kjøper noe dyrt du ikke hadde planlagt. Vil du fortsatt ha "
                "det i morgen, er det sannsynligvis verdt pengene.",
                "Ta bilde av hvor du parkerte, av bagasjen før en reise og av viktige papirer. "
                "Bilder er den enkleste sikkerhetskopien du noen gang lager.",
                "Når alt blir for mye, skriv ned alle oppgavene og velg bare én. En liste på "
                "papir veier mindre enn en liste i hodet.",
                "Reis deg og gå noen minutter hver time hvis du sitter mye. Ryggen, øynene og "
                "tankene har godt av det, og du kommer tilbake mer opplagt.",
                "Takk skriftlig når noen har hjulpet deg. En kort lapp blir husket mye lenger enn "
                "et raskt takk i forbifarten.",
                "Still vekkerklokka på det tidspunktet du faktisk må stå opp, ikke tidligere. Å "
                "slumre deler opp den siste og mest hvilsomme søvnen.",
                "Lær deg å si: La meg tenke på det, så kommer jeg tilbake til deg. Det gir deg "
                "tid til å ta en beslutning du ikke angrer på.",
                "Vask opp mens du lager mat. Vasker du en bolle mens pastaen koker, er kjøkkenet "
                "nesten rent når det er tid for å spise.",
                "Sjekk værmeldingen før du går på tur i fjellet, og husk at det ikke er noen skam "
                "å snu. Fjellet står der også neste helg.",
                "Ha en ekstra lader til telefonen i sekken eller på jobben. Dagen du trenger den, "
                "er aldri dagen du hadde planlagt for.",
            ),
            climaxes=(),
            endings=(
                "Prøv ett av tipsene allerede i dag, og se hva som skjer.",
                "Små vaner blir store med tiden. Velg favoritten din og begynn med den.",
            ),
        ),
    ),
)
