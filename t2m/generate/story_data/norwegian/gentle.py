"""Norwegian (Bokmål) material for the quiet stories: bedtime, love and philosophy."""

from t2m.generate.story_data.model import Frame, Material

BEDTIME = Material(
    kind="story",
    subject="a calm, gentle bedtime story for young children",
    titles=(
        "{The_little} som ikke fikk sove",
        "{Name} og nordlyset",
        "God natt, {name}",
        "Den lange veien hjem til {spot}",
    ),
    descriptions=(
        "{A_little} som heter {name}, går for å se nordlyset og finner veien hjem igjen. Et mykt "
        "godnatteventyr.",
        "Mykt, sakte og søvnig: {name} sier god natt til alle {in_spot}.",
    ),
    places=(
        {"in_place": "i en lysning i granskogen", "spot": "lysningen", "in_spot": "i lysningen"},
        {"in_place": "på ei eng ved elva", "spot": "enga", "in_spot": "på enga"},
        {"in_place": "i ei li ved fjorden", "spot": "lia", "in_spot": "i lia"},
        {"in_place": "ved en stille bekk i skogen", "spot": "bekken", "in_spot": "ved bekken"},
    ),
    things=(
        {"a_little": "en liten rev", "the_little": "den lille reven"},
        {"a_little": "en liten hare", "the_little": "den lille haren"},
        {"a_little": "en liten ugle", "the_little": "den lille ugla"},
        {"a_little": "et lite ekorn", "the_little": "det lille ekornet"},
        {"a_little": "et lite pinnsvin", "the_little": "det lille pinnsvinet"},
        {"a_little": "en liten bjørnunge", "the_little": "den lille bjørnungen"},
    ),
    frames=(
        Frame(
            openings=(
                "Det var en gang {a_little} som het {name}. {Han} bodde {in_place}, der snøen lå "
                "myk og hvit som en dyne. Hver kveld tente stjernene seg, én etter én, og hver "
                "kveld var {name} altfor nysgjerrig til å lukke øynene.",
                "{In_place} bodde {a_little} som het {name}. En stille vinterkveld begynte "
                "himmelen å danse i grønt og fiolett. Det var nordlyset. Og {name} bestemte seg "
                "for å gå og se det litt nærmere.",
            ),
            beats=(
                "{Name} trippet forsiktig gjennom den nye snøen. Hvert lille skritt sa knirk, "
                "knirk, så mykt og stille. Bak {ham} lå en rekke bitte små spor, som en prikkete "
                "linje tilbake mot {spot}.",
                "Ved den frosne bekken sto en gammel elg og så på stjernene. Nordlyset bor langt "
                "borte, sa elgen vennlig, men det liker å speile seg i isen. Og der var det, "
                "grønt og glitrende, rett under føttene til {name}.",
                "{Name} la seg ned og kikket i isen. Der danset lyset sakte fram og tilbake, som "
                "et grønt slør i vinden. {Name} fniste lavt, for det kilte i magen å se på det, "
                "og lyset så ut til å fnise med.",
                "En flokk snøspurver satt tett i tett på en grein, som små runde boller. De pep "
                "et lite godnattrim: lukk øynene, lukk øynene, snart er det morgen igjen. Så "
                "stakk de nebbene inn under vingene, én etter én.",
                "På en grein satt en liten kjøttmeis og frøs. {Name} plukket et tørt blad og la "
                "det over den, som et lite teppe. Tusen takk, kvitret meisen, og puttet hodet inn "
                "under bladet. Snart sov den, bitte liten og fornøyd.",
                "Under den store granen møtte {name} sin gamle venn {friend}, som var på vei "
                "hjem. De delte en kongle og satt en stund sammen i det myke lyset. Ingen av dem "
                "sa noe, for det trengtes ikke. Det var nok å sitte ved siden av hverandre.",
                "På en stubbe satt en ugle med store, snille øyne. Alle må hvile av og til, sa "
                "ugla med myk stemme, selv nordlyset. Det sover hele dagen, så det kan danse for "
                "deg om natta.",
                "En mild vind kom forbi og nynnet en myk vise i grantoppene. Snøen drysset ned "
                "fra greinene, fin som melis. {Name} gjespet et stort gjesp, det største på hele "
                "kvelden, og øyelokkene ble tunge som to små, varme steiner.",
                "Bak en snøfonn hørte {name} en liten lyd. Det var en røyskatt som gravde seg en "
                "hule i snøen. Den var hvit som snøen selv, bare halespissen var svart. Vil du "
                "se, spurte den, og viste {name} den lille, lune hula.",
                "Høyt oppe tente stjernene seg, den ene etter den andre. {Name} prøvde å telle "
                "dem: én, to, tre, fire. Men ved sju ble tallene så myke og uklare at {han} "
                "mistet tellingen. Det gjorde ingenting, for stjernene ville være der i morgen "
                "også.",
                "Månen kom fram bak en sky, rund og blek som en snøball. Den la et sølvskjær over "
                "hele skogen. Alt ble så stille at {name} kunne høre sitt eget hjerte, som slo "
                "rolig og trygt.",
                "{Name} kikket tilbake dit {han} hadde kommet fra. Langt borte ventet {spot}, "
                "varm og stille under snøen. Der lå et lite rede av mose og tørt løv, akkurat "
                "stort nok for {a_little}.",
            ),
            climaxes=(
                "Så snudde {name} og gikk sakte hjem, forbi bekken, forbi snøspurvene og forbi "
                "den store granen. Nordlyset fulgte etter {ham} hele veien. Det var som om det "
                "ville passe på at {han} kom trygt fram.",
            ),
            endings=(
                "{Name} krøp ned i redet sitt av mose og lukket øynene. God natt, nordlys, "
                "hvisket {han}. Og høyt over {spot} danset lyset litt saktere, og våket helt til "
                "morgenen.",
                "Hjemme igjen krøllet {name} seg sammen, varm og trygg. Stjernene blinket, bekken "
                "klukket under isen, og snart sov {the_little} tungt og godt. God natt, {name}. "
                "God natt.",
            ),
            texture=(
                "Alt var stille og sakte.",
                "Natten var myk som et ullteppe.",
                "Snøen glitret som tusen små stjerner.",
                "Langt borte knirket et tre i kulda.",
            ),
        ),
    ),
)

LOVE = Material(
    kind="story",
    subject="a warm, heartfelt love story",
    titles=(
        "Værmelding for torsdag",
        "{The_thing} {in_spot}",
        "{Name} og {friend}",
        "Hver torsdag {in_spot}",
    ),
    descriptions=(
        "{Name} og {friend} møtes igjen og igjen {in_spot}, men ingen av dem tør å si det først. "
        "En kort kjærlighetshistorie.",
        "En liten by, {a_thing} og to mennesker som nesten går glipp av hverandre. En "
        "kjærlighetshistorie fra {town}.",
    ),
    places=(
        {"place": "morgenferja over fjorden", "in_spot": "på ferja"},
        {"place": "en liten kafé ved torget", "in_spot": "på kafeen"},
        {"place": "et antikvariat i en bakgate", "in_spot": "i antikvariatet"},
        {"place": "en benk nede på brygga", "in_spot": "på benken"},
    ),
    things=(
        {"a_thing": "en rød termos", "the_thing": "den røde termosen", "it": "den"},
        {"a_thing": "ei strikket lue", "the_thing": "lua", "it": "den"},
        {"a_thing": "en slitt pocketbok", "the_thing": "pocketboka", "it": "den"},
        {"a_thing": "et gammelt kamera", "the_thing": "det gamle kameraet", "it": "det"},
    ),
    frames=(
        Frame(
            openings=(
                "{Name} så {friend} for første gang en grå torsdag {in_spot} i {town}. {Friend} "
                "satt med {a_thing} i fanget og lo av noe. I et helt minutt glemte {name} hva "
                "{han} egentlig var der for.",
                "Hver torsdag klokka sju dro {name} til {place} i {town}. Hver torsdag var "
                "{friend} der allerede, med {a_thing}. I flere måneder nikket de bare til "
                "hverandre, to fremmede som alltid havnet på samme sted.",
            ),
            beats=(
                "En dag glemte {friend} igjen {the_thing}. {Name} tok vare på {it} i en hel uke "
                "og øvde på hva {han} skulle si, både i dusjen og på bussen. Da øyeblikket "
                "endelig kom, sa {han} bare: Jeg tror dette er ditt.",
                "Etter hvert begynte de å snakke, litt mer for hver torsdag. En dag foreslo "
                "{friend} et veddemål om været. Den som tok feil, måtte spandere kaffe. Snart "
                "skyldte de hverandre så mange kopper at ingen lenger holdt tellingen.",
                "En dag regnet det så kraftig at de måtte dele paraply hele veien til bussen. "
                "Paraplyen var altfor liten for to. Begge ble gjennomvåte på hver sin skulder, og "
                "ingen av dem klaget med et eneste ord.",
                "{Name} merket at {han} la merke til små ting. Hvordan {friend} alltid puttet "
                "sukkerbiten i munnen før kaffen. Hvilken sang {friend} nynnet når {friend_han} "
                "var nervøs. Hvordan regnet alltid ga seg når de gikk ut sammen.",
                "En kveld gikk de langs brygga til gatelyktene ble tent. De snakket om alt og "
                "ingenting. Ingen av dem ville være den som sa ha det først. Derfor ble de "
                "stående altfor lenge ved samme lyktestolpe og le av seg selv.",
                "{Name} begynte å stå opp tidligere på torsdagene. {Han} valgte genser med stor "
                "omhu, byttet, og byttet tilbake igjen. En kollega spurte hvem den heldige var. "
                "Ingen, sa {name}, og ble rød helt opp til ørene.",
                "{Friend} prøvde å lære {name} å strikke. Det ble et skjerf med hull, skjeve "
                "masker og én tråd i helt feil farge. {Name} gikk med det hele vinteren og påsto "
                "at det var meningen.",
                "Vinteren kom, og de satt inne med hver sin kopp te og så snøen falle over "
                "fjorden. {Friend} fortalte om en reise {friend_han} alltid hadde drømt om. "
                "{Name} lyttet og tenkte at {han} gjerne ville bli med, hvor som helst.",
                "Så en torsdag kom ikke {friend}. Ikke torsdagen etter heller. {Name} satt alene "
                "{in_spot}, og den tomme plassen ved siden av kjentes som et spørsmål ingen hadde "
                "turt å stille. Kaffen ble kald uten at {han} merket det.",
                "Fra en felles venn fikk {name} vite at {friend} hadde fått jobb i Tromsø. {Han} "
                "skrev et langt brev og rev det i stykker. {Han} skrev et til og rev det i "
                "stykker også. Noen ord er lettere å tenke enn å skrive.",
                "Til slutt sendte {han} et postkort med bare to linjer. På den første sto "
                "værmeldingen for neste torsdag. På den andre sto det: Du skylder meg fortsatt en "
                "kaffe. {Han} la kortet i postkassen før {han} rakk å angre.",
                "Ukene gikk uten svar. {Name} fortsatte likevel å dra dit hver torsdag, i regn og "
                "i sol. Det var blitt stedet der {han} følte seg mest som seg selv, og det ville "
                "{han} ikke gi opp.",
            ),
            climaxes=(
                "En grå torsdag i april hørte {name} skritt bak seg. Der sto {friend}, våt av "
                "regnet, med postkortet fra {name} i hånda. Du tok feil om været, sa {friend} og "
                "smilte. Så nå er vi skuls. Men jeg kom tilbake for å spandere likevel.",
            ),
            endings=(
                "De møtes fortsatt {in_spot} hver torsdag, men nå kommer de sammen. {The_thing} "
                "har fått en fast plass i hylla hjemme. Og veddemålet om været går fortsatt, selv "
                "om ingen av dem lenger husker hvem som leder.",
                "Et år senere, {in_spot}, stilte {name} et spørsmål til {friend} som bare trengte "
                "ett ord til svar. {Friend} sa det to ganger, for sikkerhets skyld. Og akkurat da "
                "sluttet det å regne, helt som meldt.",
            ),
            texture=(
                "Ute ble regnet til et stille duskregn.",
                "Det luktet kaffe og våt ull.",
                "Lysene langs fjorden ble tent ett for ett.",
            ),
        ),
    ),
)

PHILOSOPHY = Material(
    kind="story",
    subject="a short, thoughtful philosophical reflection for a general audience",
    titles=(
        "Løken og kjernen",
        "Hva er et godt liv?",
        "{The_thing} og elva",
        "Er du den samme som før?",
    ),
    descriptions=(
        "En stille refleksjon over forandring, identitet og det som består når alt annet beveger "
        "seg.",
        "En gammel gåte, {a_thing} og noen spørsmål som er verdt å ta med seg i dag.",
    ),
    places=(
        {"place": "et naust ved sjøen"},
        {"place": "et verksted fullt av verktøy"},
        {"place": "en gammel gård i skogen"},
    ),
    things=(
        {
            "a_thing": "en gammel robåt",
            "the_thing": "robåten",
            "it": "den",
            "same": "den samme",
            "thing": "båt",
        },
        {
            "a_thing": "et gammelt stabbur",
            "the_thing": "stabburet",
            "it": "det",
            "same": "det samme",
            "thing": "stabbur",
        },
        {
            "a_thing": "ei steinbru",
            "the_thing": "steinbrua",
            "it": "den",
            "same": "den samme",
            "thing": "bru",
        },
    ),
    frames=(
        Frame(
            openings=(
                "Tenk deg {a_thing} som blir reparert bit for bit, år etter år, til ikke en "
                "eneste opprinnelig del er igjen. Er det fortsatt samme {thing}? Filosofer har "
                "grublet over dette spørsmålet i over to tusen år.",
                "I Ibsens Peer Gynt sitter Peer og skreller en løk. Han leter etter kjernen, men "
                "finner bare lag på lag på lag. Til slutt er det ingenting igjen i hånda. Kanskje "
                "er det litt slik med oss også.",
            ),
            beats=(
                "Tenk på din egen kropp. Mange av cellene byttes ut gjennom årene, minnene "
                "blekner og meningene endrer seg. Likevel føler du deg som ett og samme menneske, "
                "det samme som en gang lærte å sykle på en grusvei.",
                "Hos Ibsen sier trollene: Vær deg selv nok. Menneskene sier: Vær deg selv. "
                "Forskjellen er bare ett lite ord, men den er enorm. Det ene handler om å lukke "
                "seg inne. Det andre handler om å våge å bli noen.",
                "Noen mener at det er hukommelsen som gjør deg til deg, tråden som binder hver "
                "dag til den forrige. Men hukommelsen er skjør og tar ofte feil. Kanskje er vi "
                "mindre en ting og mer en fortelling vi fortsetter å fortelle oss selv.",
                "Andre mener at det er karakteren. Hvordan du behandler andre, hva du bryr deg "
                "om, og hva du velger når ingen ser. Da kan du bli en bedre utgave av deg selv "
                "uten å slutte å være deg. Det er en tanke med håp i.",
                "Stoikerne ga et praktisk svar. Noe kan vi styre, som våre vurderinger og "
                "handlinger, men det meste kan vi ikke. Freden begynner, mente de, når vi slutter "
                "å slåss mot det som ligger utenfor vår makt.",
                "Filosofen Arne Næss elsket fjellet. Han mente at selvet ikke stopper ved huden. "
                "Når vi bryr oss om et fjell, ei elv eller et annet menneske, blir de en del av "
                "hvem vi er. Kanskje er vi større enn vi tror.",
                "Friluftslivet lærer oss noe om dette. Den samme stien i fjellet er aldri helt "
                "lik to ganger. Lyset er annerledes, været er annerledes, og du er annerledes. "
                "Likevel kaller vi den den samme stien, og vi går den gjerne igjen.",
                "Forandring kan kjennes som tap, og noen ganger er det nettopp det. Men et liv "
                "uten forandring ville vært et fotografi, ikke et liv. Elva er vakker nettopp "
                "fordi den beveger seg, hele tiden.",
                "Tenk på en gammel venn du ikke har sett på tjue år. Når dere møtes igjen, "
                "kjenner du vennen igjen med en gang. Ikke på ansiktet, som har forandret seg, "
                "men på latteren og på det vennen legger merke til.",
                "Og {the_thing}, da? Kanskje forblir {it} {same} fordi folk fortsetter å ta vare "
                "på {it}, bruke {it} og kalle {it} ved navn. Identitet bor kanskje delvis i "
                "omsorgen andre gir oss, og i den vi gir tilbake.",
                "Kanskje er det bedre spørsmålet ikke hvem du er, men hvem du er i ferd med å "
                "bli. Hvert lite valg er en planke som skiftes ut i båten. Og du velger selv "
                "hvilket treverk du vil bruke.",
                "Kanskje tok Peer feil om løken. Kanskje er lagene ikke innpakning rundt noe "
                "annet. Kanskje er lagene selve løken, og hvert lag er en dag du har levd.",
            ),
            climaxes=(),
            endings=(
                "Så neste gang du føler at du ikke er den du pleide å være, ta det med ro. Heller "
                "ikke elva er den samme, og likevel finner den alltid fram til havet.",
                "Kanskje finnes det ikke noe endelig svar, og det gjør ingenting. Noen spørsmål "
                "skal ikke løses, men bæres, som en lykt som lyser opp veien et stykke til.",
            ),
            texture=(
                "Det er verdt å dvele ved den tanken en stund.",
                "La spørsmålet hvile et øyeblikk før du går videre.",
                "Svaret er mindre opplagt enn det ser ut.",
                "Det er en trøst i den tanken.",
            ),
        ),
    ),
)
