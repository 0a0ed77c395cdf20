"""Italian material for ``bedtime`` (un cucciolo che va a liberare la luna impigliata nella
quercia) and ``urban_legends`` (le campane del paese sommerso sotto il lago)."""

from t2m.generate.story_data.model import Frame, Material

# Places: where (a whole place phrase with its preposition), at_spot, to_spot.
# Things: the little animal, a_little_thing ("un coniglietto") and the_little_thing.
BEDTIME = Material(
    kind="story",
    subject="a calm, gentle bedtime story for young children",
    titles=(
        "{The_little_thing} e la luna impigliata",
        "{Name} e la luna",
        "Buonanotte, {name}",
        "La strada di casa",
    ),
    descriptions=(
        "{A_little_thing} di nome {name} parte di sera per liberare la luna, rimasta impigliata "
        "tra i rami di una quercia. Una dolce favola della buonanotte.",
        "Piano piano, con calma: {name} dà la buonanotte ai fiori, allo stagno e alla luna, poi "
        "torna a dormire {at_spot}.",
    ),
    places=(
        {
            "where": "in una radura ai margini del bosco",
            "at_spot": "nella radura",
            "to_spot": "alla radura",
        },
        {
            "where": "sotto un vecchio salice, sulla riva di un fiume tranquillo",
            "at_spot": "sotto il vecchio salice",
            "to_spot": "al vecchio salice",
        },
        {
            "where": "in un giardino, dietro una casetta azzurra",
            "at_spot": "nel giardino",
            "to_spot": "al giardino",
        },
        {
            "where": "su una collina coperta di trifoglio",
            "at_spot": "sulla collina",
            "to_spot": "alla collina",
        },
    ),
    things=(
        {"a_little_thing": "un volpacchiotto", "the_little_thing": "il volpacchiotto"},
        {"a_little_thing": "un coniglietto", "the_little_thing": "il coniglietto"},
        {"a_little_thing": "un topolino", "the_little_thing": "il topolino"},
        {"a_little_thing": "un piccolo riccio", "the_little_thing": "il piccolo riccio"},
        {"a_little_thing": "un orsetto", "the_little_thing": "l'orsetto"},
        {"a_little_thing": "una piccola lontra", "the_little_thing": "la piccola lontra"},
    ),
    frames=(
        Frame(
            openings=(
                "C'era una volta, {where}, {a_little_thing} di nome {name}. Una sera, guardando "
                "il cielo, {name} vide che la luna era rimasta impigliata tra i rami della grande "
                "quercia. Così decise di andare ad aiutarla, piano piano, prima di dormire.",
                "{Where}, dove l'erba è morbida e l'aria profuma di fieno, viveva "
                "{a_little_thing} che si chiamava {name}. Quella sera la luna non riusciva a "
                "salire in cielo: era rimasta impigliata tra i rami della grande quercia. E "
                "{name} partì per liberarla.",
            ),
            beats=(
                "{Name} passò accanto ai fiori, che avevano già chiuso i petali come tante "
                "piccole mani. «Dove vai così tardi?» chiesero i fiori, sbadigliando. «Vado ad "
                "aiutare la luna», rispose {name}. E i fiori {gli} augurarono buona fortuna, a "
                "bassa voce.",
                "Vicino allo stagno, {name} incontrò una vecchia rana che si chiamava {friend}. "
                "«La luna si specchia sempre nell'acqua, ogni notte», disse la rana. E infatti "
                "eccola lì, che galleggiava nello stagno come un piatto d'argento, un po' storta "
                "e un po' stanca.",
                "{Name} toccò l'acqua con la punta della zampa. La luna tremò, si ruppe in cento "
                "pezzettini, poi piano piano si ricompose, come se niente fosse. {Name} rise, una "
                "risatina piccola piccola e piena di sonno.",
                "Passò una famiglia di lucciole, con le loro lanterne accese. Illuminarono il "
                "sentiero tra l'erba alta. Accese, spente, accese, spente: lampeggiavano sempre "
                "più piano, come se anche loro avessero un po' di sonno. Una si posò un momento "
                "sul naso di {name}, e {lo} fece ridere.",
                "Sul sentiero, una lumaca tornava a casa piano piano, con la casa sulle spalle. "
                "«Buonanotte, lumaca», disse {name}. «Buonanotte a te», rispose lei, «ma non "
                "correre, che la notte è lunga e la luna aspetta.»",
                "Ai piedi della quercia, uno scoiattolo dormiva arrotolato nella sua coda. Aprì "
                "un occhio solo. «Sali pure, ma piano, che anche i rami dormono», disse. Poi "
                "richiuse l'occhio e ricominciò a russare, piano piano.",
                "{Name} si arrampicò con calma, un ramo dopo l'altro. Una brezza leggera cantava "
                "tra le foglie una ninna nanna antica. Più {name} saliva, più le stelle "
                "sembravano vicine, come lucine appese apposta per {lui}.",
                "Un piccolo gufo, dal suo nido, contava le stelle ad alta voce: una, due, tre, "
                "dieci, cento. Poi perse il conto, sbadigliò, e ricominciò da capo. {Name} provò "
                "ad aiutarlo, ma dopo venti stelle cominciò a sbadigliare anche {lui}.",
                "Su un ramo alto, una civetta grigia aprì i suoi grandi occhi gentili. «Anche la "
                "luna ha bisogno di una mano, ogni tanto», disse. «Proprio come tutti noi.» E con "
                "la punta dell'ala {gli} indicò il ramo giusto.",
                "Un grande sbadiglio arrivò senza chiedere permesso. Era lo sbadiglio più grande "
                "di tutta la notte. Le zampe di {name} diventarono pesanti, pesanti, come se "
                "fossero piene di sabbia tiepida. Ma la luna era lì, a un passo, e {name} non "
                "voleva arrendersi proprio adesso.",
                "Da lassù si vedeva casa, laggiù {at_spot}. C'era un lettino di muschio della "
                "misura giusta per {a_little_thing}, e una foglia morbida per coperta. A {name} "
                "venne una gran voglia di tornarci. Ma prima c'era la luna da liberare.",
            ),
            climaxes=(
                "{Name} soffiò piano piano sul ramo più sottile, e il ramo si scostò. La luna "
                "scivolò via, libera, e salì in alto nel cielo. Prima di andare, si fermò un "
                "momento e illuminò tutta la strada di casa, fino {to_spot}.",
            ),
            endings=(
                "{Name} si raggomitolò nel suo lettino di muschio e chiuse gli occhi. "
                "«Buonanotte, luna», sussurrò. E la luna, lassù, brillò un po' più piano, per "
                "vegliare su di {lui} fino al mattino.",
                "Tornat{o} {at_spot}, {name} si accoccolò al calduccio sotto la sua foglia. Le "
                "stelle ammiccavano, i grilli cantavano piano, il vento soffiava appena. E presto "
                "{the_little_thing} dormiva profondamente. Buonanotte, {name}. Buonanotte.",
            ),
            texture=(
                "Tutto era calmo e lento.",
                "La notte era morbida come una coperta.",
                "Lontano, un grillo cantava una ninna nanna.",
                "Le foglie si parlavano sottovoce.",
            ),
        ),
    ),
)

# Places: place, at_spot ("sulla diga", "vicino al campanile"). Things: what the lake gives
# back: a_thing, the_thing, it_obj (lo/la), thing_o.
URBAN_LEGENDS = Material(
    kind="story",
    subject="a modern urban legend, told as if by a friend of a friend",
    titles=(
        "La leggenda del lago",
        "Le campane sotto il lago",
        "Non fermarti {at_spot}",
        "Cosa successe {at_spot}",
        "{The_thing} del lago",
    ),
    descriptions=(
        "A {town} tutti conoscono qualcuno che conosce qualcuno che le ha sentite. La leggenda "
        "delle campane sotto il lago, e {of_thing} che nessuno dovrebbe raccogliere.",
        "L'amico di un amico, una notte di nebbia e {place}. Una leggenda metropolitana di {town}.",
    ),
    places=(
        {"place": "il vecchio pontile sul lago", "at_spot": "sul vecchio pontile"},
        {"place": "la strada che costeggia il lago", "at_spot": "sulla strada del lago"},
        {"place": "la diga sopra il paese", "at_spot": "sulla diga"},
        {"place": "il campanile che spunta dall'acqua", "at_spot": "vicino al campanile sommerso"},
    ),
    things=(
        {
            "a_thing": "una campanella d'ottone",
            "the_thing": "la campanella",
            "of_thing": "della campanella d'ottone",
            "it_obj": "la",
            "thing_o": "a",
        },
        {
            "a_thing": "una chiave arrugginita",
            "the_thing": "la chiave arrugginita",
            "of_thing": "della chiave arrugginita",
            "it_obj": "la",
            "thing_o": "a",
        },
        {
            "a_thing": "una vecchia fotografia",
            "the_thing": "la fotografia",
            "of_thing": "della vecchia fotografia",
            "it_obj": "la",
            "thing_o": "a",
        },
        {
            "a_thing": "un rosario di legno",
            "the_thing": "il rosario di legno",
            "of_thing": "del rosario di legno",
            "it_obj": "lo",
            "thing_o": "o",
        },
        {
            "a_thing": "un fischietto di latta",
            "the_thing": "il fischietto di latta",
            "of_thing": "del fischietto di latta",
            "it_obj": "lo",
            "thing_o": "o",
        },
    ),
    frames=(
        Frame(
            openings=(
                "Se cresci a {town}, prima o poi qualcuno ti racconta del lago. Sotto l'acqua c'è "
                "un paese intero, sommerso quando costruirono la diga. E dicono che certe notti "
                "d'inverno, {at_spot}, si sentono ancora suonare le campane.",
                "Questa storia me l'ha raccontata {friend}, che l'ha sentita da un cugino, che "
                "giura sia tutto vero. Succede {at_spot}, vicino a {town}. E comincia con {name}, "
                "che alle leggende non credeva per niente.",
            ),
            beats=(
                "Il paese vecchio finì sott'acqua negli anni Cinquanta, quando costruirono la "
                "diga. Gli abitanti si trasferirono più in alto, e le campane furono portate via "
                "prima dell'allagamento. Eppure, dicono, nelle notti di nebbia qualcuno le sente "
                "ancora suonare.",
                "Al bar della piazza lo sanno tutti, ma nessuno ne parla volentieri. I pescatori "
                "non gettano mai le reti vicino al campanile. E i vecchi, quando sentono un "
                "rintocco che non viene dalla chiesa nuova, si fanno il segno della croce senza "
                "dire niente.",
                "{Name} rise quando sentì la storia a una festa. Quella stessa notte, per "
                "scommessa, andò {at_spot} con due amici e il telefono pronto a registrare. "
                "Voleva dimostrare a tutti che sott'acqua non suonava proprio niente.",
                "Per un'ora non successe nulla. C'erano solo la nebbia, il freddo e il rumore "
                "dell'acqua contro i sassi. Gli amici cominciavano a prenderl{o} in giro, quando "
                "da sotto il lago arrivò un rintocco, lento e profondo.",
                "Poi un altro, e un altro ancora. Il suono sembrava salire dal fondo dell'acqua, "
                "sempre più vicino. Gli amici scapparono verso la macchina senza voltarsi. {Name} "
                "invece restò lì, con il telefono in mano, a registrare tutto.",
                "Il giorno dopo, gli amici giurarono di non aver sentito niente. Dissero che era "
                "stato il vento, o un'eco dalla valle. Ma nessuno dei due volle più tornare al "
                "lago, né di giorno né di notte, nemmeno per scommessa.",
                "Sulla riva, ai suoi piedi, l'acqua aveva portato {a_thing}. Era bagnat{thing_o} "
                "e gelat{thing_o}, come se fosse rimast{thing_o} sul fondo per decenni. Contro "
                "ogni buon senso, {name} {it_obj} raccolse e {it_obj} mise in tasca.",
                "Nei giorni seguenti, in casa di {name} succedevano cose strane. Impronte bagnate "
                "sul pavimento della cucina, che sparivano in un attimo. Un odore di lago nelle "
                "stanze chiuse. E ogni notte, alle tre in punto, un rintocco lontano.",
                "{Name} provò a chiudere {the_thing} in un cassetto, poi in macchina, poi in "
                "garage. Ogni mattina {it_obj} ritrovava sul comodino, bagnat{thing_o} e "
                "fredd{thing_o}, con un filo d'alga attaccato. Sembrava che volesse tornare a "
                "casa, e la sua casa era il lago.",
                "Quando riascoltò la registrazione, sotto le campane c'era dell'altro. Voci, "
                "tante voci, che chiamavano dei nomi, uno dopo l'altro, con calma. L'ultimo nome, "
                "chiarissimo, era il suo. {Name} spense il telefono e non dormì per tutta la "
                "notte.",
                "La nonna di {friend}, che era nata nel paese sommerso, riconobbe subito "
                "{the_thing}. Diventò pallida e disse una cosa sola: va restituit{thing_o}, "
                "stanotte stessa, dove l'hai trovat{thing_o}. Poi si fece il segno della croce e "
                "non volle aggiungere altro.",
            ),
            climaxes=(
                "A mezzanotte, {name} tornò {at_spot} da sol{o}. Posò {the_thing} sull'acqua "
                "nera, e l'acqua {it_obj} prese senza fare rumore. Le campane suonarono un'ultima "
                "volta, piano, quasi a dire grazie. Poi, sul lago, scese un silenzio perfetto.",
            ),
            endings=(
                "{Name} vive ancora a {town}, ma di quella notte non parla mai. Però, se passate "
                "{at_spot} d'inverno, dopo mezzanotte, non fermatevi ad ascoltare. E se l'acqua "
                "vi porta qualcosa ai piedi, lasciatelo dov'è.",
                "È vero? {Friend} giura di sì, e l'ha saputo da qualcuno che c'era. Le leggende "
                "funzionano così. Ma la registrazione esiste ancora, e {name} non ha mai avuto il "
                "coraggio di cancellarla, né di riascoltarla.",
            ),
            texture=(
                "La nebbia saliva lenta dall'acqua.",
                "Sulla strada non passava nessuno, in nessuna direzione.",
                "Da qualche parte, lontano, un cane cominciò ad abbaiare.",
                "L'acqua sciabordava piano contro i sassi.",
            ),
        ),
    ),
)
