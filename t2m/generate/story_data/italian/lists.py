"""Italian material for the list topics: ``interesting_history``, ``fun_facts`` and
``life_pro_tips`` (true, checkable items; safe, sensible tips)."""

from t2m.generate.story_data.model import Frame, Material

HISTORY = Material(
    kind="list",
    subject="a true, well-documented and interesting story from history",
    titles=(
        "{n} momenti strani ma veri della storia",
        "La storia è più strana di quanto pensi",
        "{n} storie vere dal passato",
    ),
    descriptions=(
        "{n} momenti reali della storia che sembrano inventati.",
        "Una Gioconda rubata, una tassa sull'urina e un cavallo quasi console: la storia supera "
        "la fantasia.",
    ),
    frames=(
        Frame(
            openings=(
                "La storia è piena di momenti così strani da sembrare inventati. Eppure sono "
                "tutti veri.",
                "La maggior parte di queste storie non si trova sui libri di scuola, ma ognuna è "
                "vera.",
            ),
            beats=(
                "Nel 79 dopo Cristo, l'eruzione del Vesuvio seppellì Pompei ed Ercolano sotto "
                "metri di cenere e di fango. Gli scavi cominciarono nel Settecento, e oggi si "
                "cammina ancora per le strade di una città romana.",
                "La torre di Pisa cominciò a pendere già durante la costruzione, iniziata nel "
                "1173. Il terreno sotto le fondamenta era troppo morbido, e i lavori, tra pause e "
                "guerre, durarono quasi due secoli.",
                "Venezia poggia su milioni di pali di legno piantati nel fango della laguna. "
                "Sott'acqua, lontano dall'ossigeno, il legno non marcisce, e regge la città da "
                "secoli.",
                "Nel 1911 la Gioconda fu rubata dal Louvre da Vincenzo Peruggia, un decoratore "
                "italiano che ci aveva lavorato. La tenne nascosta per più di due anni, e fu "
                "scoperto quando provò a venderla a Firenze.",
                "Da giovane, Giulio Cesare fu rapito dai pirati. Secondo Plutarco, quando seppe "
                "quanto chiedevano di riscatto, lo trovò troppo basso e pretese che lo alzassero. "
                "Una volta libero, tornò a catturarli.",
                "L'imperatore Vespasiano mise una tassa sull'urina raccolta nei bagni pubblici, "
                "che serviva a conciatori e lavandai. Quando il figlio protestò, gli fece "
                "annusare una moneta: il denaro non puzza. Per questo, in Italia, gli orinatoi "
                "pubblici si chiamano vespasiani.",
                "Nel dicembre del 1901 Guglielmo Marconi ricevette a Terranova un segnale radio "
                "partito dalla Cornovaglia. Era la lettera S dell'alfabeto Morse: tre punti che "
                "avevano attraversato l'oceano Atlantico.",
                "Nel 1633 Galileo Galilei fu condannato dall'Inquisizione per aver sostenuto che "
                "la Terra gira intorno al Sole. Solo nel 1992 la Chiesa riconobbe ufficialmente "
                "l'errore, con papa Giovanni Paolo secondo.",
                "Il 4 novembre 1966 l'Arno allagò Firenze. Migliaia di giovani arrivarono da "
                "tutta Italia e dal mondo per salvare libri e opere d'arte dal fango. Li "
                "chiamarono gli angeli del fango.",
                "Nel 1860 Giuseppe Garibaldi partì da Quarto, vicino a Genova, con poco più di "
                "mille volontari. In pochi mesi conquistò il Regno delle Due Sicilie, e la "
                "spedizione dei Mille entrò nella leggenda.",
                "La cupola del Pantheon, a Roma, ha quasi duemila anni. È ancora la più grande "
                "cupola in calcestruzzo non armato del mondo. In cima c'è un'apertura di circa "
                "nove metri, da cui entra anche la pioggia.",
                "Secondo la tradizione, San Marino fu fondata nel 301 da uno scalpellino di nome "
                "Marino. Oggi è considerata la più antica repubblica del mondo ancora esistente.",
                "Secondo lo storico Svetonio, l'imperatore Caligola amava moltissimo il suo "
                "cavallo, Incitato. Gli aveva dato una stalla di marmo e una mangiatoia d'avorio. "
                "Si diceva perfino che volesse nominarlo console.",
                "Leonardo da Vinci scriveva i suoi appunti da destra a sinistra, con una grafia a "
                "specchio. Era mancino, e ci sono arrivate migliaia di pagine dei suoi quaderni "
                "scritte proprio così.",
                "Il Colosseo ospitava decine di migliaia di spettatori. Per ripararli dal sole, i "
                "marinai della flotta romana manovravano un enorme tendone di stoffa, chiamato "
                "velario.",
                "Gli occhiali da vista nacquero in Italia alla fine del Duecento. Un frate "
                "domenicano, in una predica a Firenze nel 1306, ne parlava come di un'invenzione "
                "di appena vent'anni prima.",
            ),
            climaxes=(),
            endings=(
                "La storia, a quanto pare, è molto più strana della fantasia.",
                "Quale di queste storie vorreste sentire per intero? Il passato è pieno di "
                "sorprese.",
            ),
        ),
    ),
)

FUN_FACTS = Material(
    kind="list",
    subject="a script of surprising but true fun facts, each explained in a sentence",
    titles=(
        "{n} curiosità che probabilmente non conoscevi",
        "{n} fatti sorprendenti sul nostro mondo",
        "Lo sapevi? {n} fatti incredibili",
    ),
    descriptions=(
        "{n} fatti veri su animali, spazio e storia che sembrano inventati, ma non lo sono.",
        "Brevi, veri e sorprendenti: {n} curiosità da raccontare agli amici.",
    ),
    frames=(
        Frame(
            openings=(
                "Ecco alcuni fatti che sembrano inventati, ma sono assolutamente veri.",
                "Preparatevi a stupirvi. Ognuno di questi fatti è vero.",
            ),
            beats=(
                "Il polpo ha tre cuori e il sangue blu. Due cuori pompano il sangue verso le "
                "branchie, e il terzo lo fa circolare nel resto del corpo.",
                "Il miele trovato nelle tombe dell'antico Egitto era ancora commestibile dopo "
                "migliaia di anni. È così povero d'acqua e così acido che i batteri non riescono "
                "a crescere.",
                "Per un botanico la banana è una bacca, mentre la fragola non lo è. I veri frutti "
                "della fragola sono i puntini gialli sulla sua superficie, chiamati acheni.",
                "Su Venere un giorno dura più di un anno. Il pianeta ruota su se stesso così "
                "lentamente che completa il giro intorno al Sole prima di finire una rotazione.",
                "Gli squali sono più antichi degli alberi. Nuotavano negli oceani più di "
                "quattrocento milioni di anni fa, molto prima che comparissero le prime foreste.",
                "Le lontre marine spesso si tengono per la zampa mentre dormono. Così non "
                "rischiano di allontanarsi l'una dall'altra, trascinate dalla corrente.",
                "Le partite a scacchi possibili sono più numerose degli atomi dell'universo "
                "osservabile. Dopo appena quattro mosse per parte, le partite possibili sono già "
                "decine di miliardi, e nessun computer potrà mai giocarle tutte.",
                "Cleopatra visse più vicina allo sbarco sulla Luna che alla costruzione della "
                "grande piramide di Giza. Quando nacque, la piramide aveva già più di duemila "
                "anni.",
                "Saturno è il meno denso dei pianeti del sistema solare. Galleggerebbe "
                "nell'acqua, se si trovasse una vasca abbastanza grande da contenerlo.",
                "La luce del Sole impiega circa otto minuti per arrivare fino a noi. Quando "
                "guardiamo un tramonto, vediamo il Sole com'era otto minuti prima.",
                "La giraffa ha nel collo sette vertebre, esattamente come noi. Solo che ognuna "
                "delle sue può essere lunga più di venti centimetri.",
                "Sotto il pelo bianco, l'orso polare ha la pelle nera. I suoi peli sono "
                "trasparenti e cavi, e riflettono la luce facendolo sembrare candido.",
                "I colibrì sono capaci di volare all'indietro. Battono le ali così in fretta che "
                "restano sospesi a mezz'aria davanti ai fiori, come piccoli elicotteri.",
                "I tardigradi, animaletti lunghi meno di un millimetro, sono sopravvissuti a un "
                "viaggio nello spazio aperto. Nel 2007 furono esposti al vuoto e alle radiazioni, "
                "e molti tornarono vivi.",
                "Esiste una piccola medusa, la Turritopsis, che può tornare allo stadio giovanile "
                "quando è in difficoltà. Per questo viene chiamata la medusa immortale.",
                "L'Italia contiene al suo interno due stati interi: San Marino e la Città del "
                "Vaticano. Il Vaticano è lo stato più piccolo del mondo, meno di mezzo chilometro "
                "quadrato.",
                "L'Etna, in Sicilia, è uno dei vulcani più attivi del pianeta. La sua altezza, "
                "oltre tremila metri, cambia nel tempo a seconda delle eruzioni.",
            ),
            climaxes=(),
            endings=(
                "Quale vi ha sorpreso di più? Raccontatelo a qualcuno oggi stesso.",
                "Il mondo è molto più strano di quanto pensiamo. Restate curiosi.",
            ),
        ),
    ),
)

LIFE_PRO_TIPS = Material(
    kind="list",
    subject="a script of practical, safe life pro tips, each with the reason it works",
    titles=(
        "{n} trucchi di vita che vale la pena conoscere",
        "{n} piccole abitudini che semplificano la vita",
        "{n} consigli pratici che funzionano davvero",
    ),
    descriptions=(
        "{n} consigli pratici per la vita di tutti i giorni, ognuno con il motivo per cui "
        "funziona.",
        "Semplici, utili e gratis: {n} trucchi di vita.",
    ),
    frames=(
        Frame(
            openings=(
                "Ecco qualche piccolo consiglio che può rendere la vita di tutti i giorni un po' "
                "più facile.",
                "Questi trucchi si imparano in pochi secondi e possono farvi risparmiare ore.",
            ),
            beats=(
                "Usate la regola dei due minuti. Se una cosa richiede meno di due minuti, fatela "
                "subito. Annotarla e ricordarsela dopo costa più fatica che farla.",
                "Quando dovete concentrarvi, lasciate il telefono in un'altra stanza. Anche "
                "silenzioso, appoggiato sulla scrivania, continua a rubarvi attenzione. Lontano "
                "dagli occhi, lontano dalla mente.",
                "Preparate vestiti e borsa la sera prima. Le mattine sono molto più tranquille "
                "quando le decisioni sono già state prese.",
                "Se siete indecisi tra due scelte, lanciate una moneta. Mentre è in aria, spesso "
                "scoprite da che parte sperate che cada.",
                "Prima di un acquisto costoso che non avevate previsto, aspettate un giorno "
                "intero. Se il giorno dopo lo volete ancora, probabilmente ne vale la pena.",
                "Fotografate il posto dove avete parcheggiato, le valigie prima di un viaggio e i "
                "documenti importanti. Una foto è il backup più facile del mondo.",
                "Appena alzati, bevete un bel bicchiere d'acqua. Dopo una notte senza bere, è uno "
                "dei modi più semplici per sentirsi più svegli.",
                "Quando vi sentite sommersi, scrivete tutto quello che dovete fare su un foglio, "
                "poi sceglietene una sola. Una lista sulla carta pesa meno di una lista nella "
                "testa.",
                "Quando vi presentano qualcuno, ripetete il suo nome almeno una volta nella "
                "conversazione. Dirlo ad alta voce aiuta la memoria a fissarlo.",
                "Pulite mentre cucinate. Lavare una pentola mentre la pasta bolle significa "
                "trovare la cucina quasi in ordine quando vi sedete a tavola.",
                "Tenete sempre un caricatore del telefono nello zaino o in borsa. Il giorno in "
                "cui vi servirà non sarà mai quello che avevate previsto.",
                "Imparate a dire: ci penso e ti faccio sapere. È una frase semplice, ma vi regala "
                "il tempo per prendere decisioni di cui non vi pentirete.",
                "Mettete una ciotola vicino alla porta di casa e lasciateci sempre le chiavi. Un "
                "oggetto che ha un posto fisso non si perde quasi mai.",
                "Aprite le finestre per qualche minuto ogni giorno, anche d'inverno. L'aria si "
                "rinnova, l'umidità cala e in casa si respira meglio.",
                "Quando vi iscrivete a una prova gratuita, segnate subito sul calendario un "
                "promemoria qualche giorno prima della scadenza. Deciderete con calma se volete "
                "pagare.",
                "Appena arriva lo stipendio, mettete da parte una piccola somma, prima di "
                "spendere il resto. Quello che non vedete sul conto, non vi manca.",
                "Spegnete gli schermi mezz'ora prima di andare a dormire. La mente ha il tempo di "
                "rallentare, e il sonno arriva più facilmente. Un libro di carta è un ottimo "
                "sostituto.",
            ),
            climaxes=(),
            endings=(
                "Provatene uno oggi stesso, e guardate cosa cambia.",
                "Le piccole abitudini fanno una grande differenza. Scegliete la vostra preferita "
                "e cominciate da quella.",
            ),
        ),
    ),
)
