"""Italian material for ``motivational`` (fallo male, ma fallo tutti i giorni) and
``long_form_jokes`` (il cavallo centravanti, il cane che gioca a scopa)."""

from t2m.generate.story_data.model import Frame, Material

# Places: goal, an infinitive ("scrivere un romanzo"), and a_goal ("ad aprire ...").
# Things: the_thing, of_thing and in_thing, the notebook where each attempt is written
# down (all masculine).
MOTIVATIONAL = Material(
    kind="story",
    subject="a motivational story with a clear lesson the listener can use",
    titles=(
        "Fallo male, ma fallo",
        "Come {name} riuscì {a_goal}",
        "Un piccolo passo al giorno",
        "Il giorno in cui {name} non si arrese",
    ),
    descriptions=(
        "{Name} sognava di {goal} e ha fallito, più e più volte. A cambiare tutto non è stato il "
        "talento, ma un'abitudine che chiunque può cominciare oggi.",
        "Una breve storia per ritrovare la motivazione: {name}, il sogno di {goal} e la forza dei "
        "piccoli passi.",
    ),
    places=(
        {"goal": "correre una maratona", "a_goal": "a correre una maratona"},
        {"goal": "aprire una piccola trattoria", "a_goal": "ad aprire una piccola trattoria"},
        {"goal": "suonare il pianoforte", "a_goal": "a suonare il pianoforte"},
        {"goal": "scrivere un romanzo", "a_goal": "a scrivere un romanzo"},
        {
            "goal": "attraversare l'Italia in bicicletta",
            "a_goal": "ad attraversare l'Italia in bicicletta",
        },
    ),
    things=(
        {
            "the_thing": "il quaderno",
            "of_thing": "del quaderno",
            "in_thing": "su un quaderno a quadretti",
        },
        {
            "the_thing": "il calendario",
            "of_thing": "del calendario",
            "in_thing": "sul calendario della cucina",
        },
        {
            "the_thing": "il taccuino",
            "of_thing": "del taccuino",
            "in_thing": "in un vecchio taccuino",
        },
    ),
    frames=(
        Frame(
            openings=(
                "A quarantadue anni, {name} ha deciso di {goal}. Le persone a cui lo raccontava "
                "sorridevano con gentilezza, come si sorride ai sogni che non si realizzeranno. "
                "Nemmeno {name} era sicur{o}. Ma ha cominciato lo stesso.",
                "Da sempre {name} sognava di {goal}. E da sempre aveva un ottimo motivo per non "
                "farlo: troppo lavoro, troppa stanchezza, ormai è tardi. Una mattina ha capito "
                "che quegli ottimi motivi erano diventati una vita intera.",
            ),
            beats=(
                "I primi tentativi sono stati un disastro. {Name} voleva fare tutto bene e "
                "subito, recuperare vent'anni in un mese. Dopo dieci giorni era stanc{o}, "
                "scoraggiat{o} e pront{o} a mollare. I grandi inizi, ha scoperto, si spengono in "
                "fretta.",
                "{Friend}, {friend_un_amico} di vecchia data, {gli} ha dato il consiglio più "
                "strano della sua vita: fallo male. Fallo male, ma fallo tutti i giorni. La "
                "perfezione può aspettare, la costanza no. Sul momento {name} ha riso. Poi ci ha "
                "pensato per tutta la notte.",
                "Così {name} ha cambiato metodo. Venti minuti al giorno, non uno di più, non uno "
                "di meno. Ogni sera annotava il tentativo {in_thing}, con una riga sola: cosa ho "
                "fatto, e cosa ho imparato. Niente voti, niente giudizi.",
                "{Name} ha anche imparato a preparare tutto la sera prima. Le cose pronte vicino "
                "alla porta, la sveglia puntata, il primo passo scritto su un foglietto. Al "
                "mattino non c'era più niente da decidere, solo qualcosa da fare.",
                "Certi giorni quei venti minuti erano un piacere. Quasi sempre erano normali, "
                "senza niente di speciale. E qualche giorno sembravano impossibili. Sono stati "
                "proprio quelli a contare di più, perché {name} li ha fatti lo stesso.",
                "Una sera un conoscente ha riso del suo progetto, davanti a tutti. {Name} è "
                "tornat{o} a casa con le guance che bruciavano. Poi ha aperto {the_thing} e ha "
                "scritto la riga del giorno, come sempre. Era la risposta migliore che potesse "
                "dare.",
                "Dopo tre mesi, {name} ha sfogliato {the_thing}. Novanta righe, una sotto "
                "l'altra. Nessuna, da sola, sembrava un progresso. Ma tutte insieme disegnavano "
                "una strada che faticava a riconoscere come sua. E nessuno gliela poteva più "
                "togliere.",
                "Poi è arrivato il colpo basso: un'influenza lunga, un inverno difficile, un "
                "lavoro perso. Per due settimane {the_thing} è rimasto vuoto. E la vecchia vocina "
                "è tornata: hai visto? Lo sapevi che non avrebbe funzionato.",
                "Certe mattine {name} si confrontava con chi sembrava anni più avanti. Non "
                "serviva mai a niente. L'unico confronto onesto, ha deciso alla fine, era con la "
                "persona che era stata un mese prima. Bastava guardare indietro, non di lato.",
                "{Name} ha risposto allo scoraggiamento con il passo più piccolo possibile. "
                "Cinque minuti invece di venti. Una giornata storta fatta resta una giornata "
                "fatta. E la catena è ripartita, una riga alla volta.",
                "Dopo sei mesi, {name} ha riletto le prime pagine {of_thing} e si è mess{o} a "
                "ridere. Quei primi tentativi erano goffi, quasi commoventi. Senza accorgersene, "
                "nel frattempo, era cambiato tutto: le mani, la testa, perfino il modo di "
                "guardare gli errori.",
                "Un giorno qualcuno ha chiesto a {name} quale fosse il segreto. {Name} ha riso, "
                "perché un segreto non c'era. Nessun talento nascosto, nessuna forza di volontà "
                "d'acciaio. Solo una regola così piccola che era impossibile dirle di no.",
            ),
            climaxes=(
                "Un anno dopo quella prima settimana disastrosa, {name} è riuscit{o} {a_goal}. "
                "Non era perfetto, e non c'era bisogno che lo fosse. La persona arrivata in fondo "
                "non era più quella partita, e il vero premio era proprio questo.",
            ),
            endings=(
                "Ecco la lezione di questa storia. Non serve sentirsi pronti. Serve cominciare in "
                "piccolo, esserci anche nei giorni normali, e perdonarsi quelli storti. Il tuo "
                "primo passo può essere oggi, anche solo di cinque minuti.",
                "Se c'è qualcosa che rimandi da anni, fanne un pezzettino oggi. Anche fatto male. "
                "Poi rifallo domani, e il giorno dopo ancora. È tutto quello che ha fatto {name}, "
                "ed è tutto quello che serve.",
            ),
            texture=(
                "Ogni riga era una piccola promessa mantenuta.",
                "La parte più difficile era sempre il primo minuto.",
                "I progressi erano lenti, ma veri.",
                "Nessuno guardava, e andava bene così.",
                "La motivazione andava e veniva; l'abitudine restava.",
            ),
        ),
    ),
)

# Places: league (where the town team plays) and in_bar (where the dog plays cards).
# Things: a_drink, what {name} orders.
JOKES = Material(
    kind="story",
    subject="a long-form joke: a shaggy-dog story that builds up and ends with a punchline",
    titles=(
        # Titles that fit either joke and keep the punchline hidden.
        "Una barzelletta molto lunga",
        "Una barzelletta che se la prende comoda",
        "Il giorno più strano nella vita di {name}",
    ),
    descriptions=(
        "Una storia che tira in lungo, un animale straordinario e un finale che non ti aspetti.",
        "{Name} vive la giornata più strana della sua vita. Una barzelletta lunga, da ascoltare "
        "fino in fondo.",
    ),
    places=(
        {"league": "in Terza Categoria", "in_bar": "nel Bar Sport"},
        {"league": "in Seconda Categoria", "in_bar": "nel circolo dei pensionati"},
        {"league": "in Prima Categoria", "in_bar": "nell'osteria della piazza"},
    ),
    things=(
        {"a_drink": "un caffè"},
        {"a_drink": "un bicchiere di rosso"},
        {"a_drink": "un chinotto"},
    ),
    frames=(
        Frame(
            openings=(
                "Un lunedì mattina, al campo sportivo di {town}, si presenta un signore con un "
                "cavallo. {Name}, che allena la squadra del paese, lo guarda storto. La squadra "
                "gioca {league} e perde da tre stagioni, ma c'è un limite a tutto. «Il mio "
                "cavallo vorrebbe fare un provino», dice il signore.",
            ),
            beats=(
                "{Name} sospira e, tanto per togliersi il pensiero, fa portare un pallone. Il "
                "cavallo lo prende con lo zoccolo e fa cento palleggi di fila, senza farlo mai "
                "toccare terra. Poi lo passa di tacco a {name}, con una precisione imbarazzante.",
                "Incuriosit{o}, {name} prova con i calci di punizione. Il cavallo sistema la "
                "palla, la guarda un attimo e la mette sotto l'incrocio dei pali. Dieci "
                "punizioni, dieci gol. Il portiere titolare chiede se può tornare a casa.",
                "Poi i colpi di testa. Da fermo, il cavallo salta più in alto di tutta la difesa "
                "messa insieme, e ogni cross finisce in rete. Il presidente della squadra, che "
                "era venuto solo per il caffè, si fa il segno della croce.",
                "Provano anche i rigori. Il cavallo guarda il portiere negli occhi, fa una finta "
                "con la criniera e lo spiazza ogni volta. Al quinto rigore, il portiere gli "
                "chiede un autografo per il figlio.",
                "{Name} chiama {friend}, che segue la squadra da trent'anni e ne ha viste di "
                "tutti i colori. {Friend} guarda il cavallo palleggiare di testa per dieci "
                "minuti, e per la prima volta in vita sua resta senza parole.",
                "E non è tutto: il cavallo capisce gli schemi meglio dei giocatori. Quando {name} "
                "disegna la tattica sulla lavagna, lui annuisce serio. Una volta corregge perfino "
                "un fuorigioco, battendo lo zoccolo due volte.",
                "La voce gira in fretta e mezzo paese corre al campo. Arrivano il sindaco, il "
                "parroco e la banda musicale. Il bar della piazza chiude per la prima volta dal "
                "1962, perché anche il barista vuole vedere il cavallo.",
                "{Name} è già lì che sogna la promozione, la Serie A, forse la Nazionale. Firma "
                "il contratto sul cofano di una macchina, con le mani che tremano. Il cavallo "
                "firma con lo zoccolo, in stampatello.",
            ),
            climaxes=(
                "Domenica c'è la partita. Al primo minuto il cavallo riceve palla a centrocampo e "
                "tira una cannonata che colpisce la traversa. La palla rimbalza a due metri da "
                "lui, con la porta vuota. Ma il cavallo resta fermo, immobile, per novanta "
                "minuti. La squadra perde tre a zero.",
            ),
            endings=(
                "Negli spogliatoi, {name} è furios{o}. «Sai palleggiare, tirare e colpire di "
                "testa, perché non corri?» Il cavallo {lo} guarda con aria offesa. «Se sapessi "
                "correre, starei all'ippodromo, no?»",
            ),
            texture=(
                "{Name} si gratta la testa, incredul{o}.",
                "Il cavallo sbuffa e aspetta il prossimo esercizio.",
                "Dagli spalti, un vecchio tifoso commenta tutto a voce alta.",
                "Il presidente ordina un altro caffè.",
            ),
        ),
        Frame(
            openings=(
                "{Name} entra {in_bar} di {town}, dove non era mai stat{o}, per bere {a_drink} al "
                "volo. In fondo alla sala, a un tavolino, tre vecchi giocano a scopa. Il quarto "
                "giocatore è un cane.",
            ),
            beats=(
                "Un cane vero, un bastardino marrone, seduto composto sulla sedia. Tiene le carte "
                "a ventaglio tra le zampe, e ogni tanto le riordina con il muso. Nessuno, nel "
                "locale, sembra trovarci niente di strano.",
                "{Name} si avvicina piano, per guardare meglio. Il cane studia il tavolo e, con "
                "una zampata secca, prende due carte. «Scopa», annuncia il vecchio alla sua "
                "destra, e segna il punto per lui sul taccuino.",
                "Alla fine di ogni mano, il cane conta le carte muovendo le labbra in silenzio. "
                "Non sbaglia mai un punto. Quando il compagno butta via un sette, lo fulmina con "
                "uno sguardo di rimprovero degno di un nonno.",
                "Alla terza mano il cane fa primiera, settebello e scopa all'ultima carta. I due "
                "avversari si guardano, sospirano e pagano da bere a tutti. Evidentemente, "
                "succede spesso. Il cane, modesto, si gratta un orecchio.",
                "{Name} chiede al barista da quanto tempo il cane giochi a carte. Il barista, "
                "asciugando un bicchiere, racconta che da cucciolo si limitava a guardare. Poi un "
                "giorno si è seduto al tavolo, e da allora chi perde paga.",
                "Il cane gioca anche a briscola, racconta il barista, ma preferisce la scopa. A "
                "tressette, invece, non ci vuole giocare. Appena qualcuno tira fuori le carte per "
                "il tressette, si alza e se ne va, offeso.",
                "Al torneo del paese, l'anno scorso, è arrivato secondo. Ha perso la finale "
                "soltanto contro il parroco, che secondo molti aveva un aiuto dall'alto. Da "
                "allora, in paese, nessuno gioca contro il parroco senza prima controllargli le "
                "maniche.",
                "{Name} non riesce a staccare gli occhi dal tavolo. Ha visto cani che portano il "
                "giornale, cani che danno la zampa, cani che ballano in televisione. Ma un cane "
                "che fa il settebello all'ultima mano, mai.",
            ),
            climaxes=(
                "Alla fine {name} non resiste più e si rivolge al vecchio seduto accanto al cane. "
                "Il vecchio non alza nemmeno gli occhi dalle carte. «Ma è incredibile, un cane "
                "che gioca a scopa, deve essere intelligentissimo!» esclama {name}.",
            ),
            endings=(
                "«Macché intelligente», borbotta il vecchio, scartando un re. «Ogni volta che "
                "pesca il settebello, si mette a scodinzolare.»",
            ),
            texture=(
                "Il cane si gratta un orecchio con la zampa posteriore.",
                "Il barista continua ad asciugare lo stesso bicchiere.",
                "Dalla strada arriva il rumore di una Vespa.",
                "Uno dei vecchi borbotta qualcosa sul tempo.",
            ),
        ),
    ),
)
