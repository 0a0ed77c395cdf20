"""Italian material for ``philosophy`` (Seneca, Marco Aurelio e Leopardi sul tempo), ``love``
(biglietti su un filo del bucato tra due finestre) and ``custom`` (the user's own subject)."""

from t2m.generate.story_data.model import Frame, Material

# Places: where, somewhere to sit still. Things: a_thing, the_thing, something that measures time.
PHILOSOPHY = Material(
    kind="story",
    subject="a short, thoughtful philosophical reflection for a general audience",
    titles=(
        "Il tempo è l'unica cosa nostra",
        "Quanto dura una vita?",
        "Seneca e l'arte di non rimandare",
        "{The_thing} e il tempo",
    ),
    descriptions=(
        "Una breve riflessione sul tempo, sull'attenzione e su ciò che conta davvero.",
        "Seneca, Leopardi, {a_thing} e qualche domanda da portare con sé.",
    ),
    places=(
        {"where": "su una panchina in riva al mare"},
        {"where": "su un colle, come faceva Leopardi"},
        {"where": "alla finestra di casa, con le luci spente"},
    ),
    things=(
        {"a_thing": "una clessidra", "the_thing": "la clessidra"},
        {"a_thing": "un vecchio orologio da taschino", "the_thing": "l'orologio"},
        {"a_thing": "una candela accesa", "the_thing": "la candela"},
    ),
    frames=(
        Frame(
            openings=(
                "Duemila anni fa, il filosofo romano Seneca scrisse una frase che sembra pensata "
                "per noi. Non è che abbiamo poco tempo, è che ne perdiamo molto. La vita, diceva, "
                "è abbastanza lunga, se la si sa usare.",
                "Immaginate {a_thing} sul tavolo, davanti a voi. Tutti sappiamo misurare il "
                "tempo, in ore, in minuti, in scadenze. Ma quasi nessuno si chiede come lo stiamo "
                "spendendo, e per chi.",
            ),
            beats=(
                "Nella prima lettera all'amico Lucilio, Seneca scrive che quasi tutto ciò che "
                "abbiamo ci è stato prestato. Solo il tempo è davvero nostro. Eppure è la cosa "
                "che regaliamo più volentieri, a chiunque ce lo chieda, senza nemmeno pensarci.",
                "Pensate a una giornata qualunque. Quanti minuti sono andati davvero dove "
                "volevate voi? E quanti sono scivolati via tra una notifica, una fila, un'attesa "
                "senza senso? Non è un rimprovero. È solo un conto che vale la pena fare.",
                "Seneca osservava anche un'abitudine curiosa. Rimandiamo la vita a domani, come "
                "se domani fosse garantito. Mentre si rinvia, diceva, la vita passa. E intanto ci "
                "prepariamo sempre a vivere, senza cominciare mai davvero.",
                "Marco Aurelio, imperatore di Roma, scriveva i suoi pensieri la sera, spesso "
                "durante le campagne militari. Non li scriveva per pubblicarli, ma per ricordare "
                "a se stesso ciò che conta. Quei quaderni privati sono arrivati fino a noi.",
                "Uno dei suoi consigli più semplici è fare ogni cosa come se fosse l'ultima della "
                "vita. Non per paura, ma per attenzione. Un gesto fatto con tutta la mente vale "
                "più di dieci gesti fatti distrattamente.",
                "A Recanati, un giovane poeta, Giacomo Leopardi, saliva spesso su un colle "
                "solitario. Una siepe gli impediva di vedere l'orizzonte. E proprio quel limite "
                "gli faceva immaginare spazi sterminati e silenzi sovrumani. Da quella siepe "
                "nacque L'infinito, una delle poesie più amate d'Italia.",
                "Forse il tempo funziona allo stesso modo. Non è la quantità a farci sentire "
                "vivi, ma la profondità. Un'ora passata davvero con qualcuno può durare, nella "
                "memoria, più di un anno intero. E un anno distratto può sparire in un attimo.",
                "Guardate di nuovo {the_thing}. Il tempo che misura non si può fermare, né "
                "mettere da parte per dopo. Si può solo scegliere dove metterlo. Ed è una scelta "
                "che facciamo, in silenzio, mille volte al giorno.",
                "Provate, una sera, a sedervi {where} senza fare niente. All'inizio la mente "
                "protesta e cerca qualcosa da fare. Poi, piano piano, si calma. E in quel "
                "silenzio il tempo sembra allargarsi, invece di scappare.",
                "Non serve fuggire in montagna o cambiare vita. A volte basta restituire a se "
                "stessi qualche minuto al giorno. Un caffè bevuto lentamente, una telefonata "
                "senza fretta. Rivendica te stesso, scriveva Seneca a Lucilio. Riprenditi ciò che "
                "è tuo.",
                "Epicuro, filosofo greco, diceva che non bisogna rovinare ciò che si ha "
                "desiderando ciò che non si ha. Il presente, per lui, non era una sala d'attesa. "
                "Era l'unico posto in cui la felicità può davvero succedere.",
                "Pensate a chi pianta un albero sapendo che non ne vedrà mai l'ombra. Il suo "
                "tempo non è perso: è regalato a chi verrà dopo. Anche questo è un modo di usarlo "
                "bene, forse il più generoso.",
            ),
            climaxes=(),
            endings=(
                "Forse la domanda giusta non è quanto tempo ci resta, ma come lo stiamo abitando. "
                "Seneca avrebbe detto che la vita è lunga, per chi sa usarla. Da oggi, possiamo "
                "provare a usarla un po' meglio.",
                "Non c'è una risposta che valga per tutti, e forse è meglio così. Ma la prossima "
                "volta che direte di non avere tempo, fermatevi un attimo. Chiedetevi dove è "
                "andato. È già un modo per riprenderselo.",
            ),
            texture=(
                "Vale la pena fermarsi un momento su questo.",
                "La risposta è meno ovvia di quanto sembri.",
                "C'è qualcosa di rassicurante in questa idea.",
                "Lasciate che questa domanda vi accompagni per un po'.",
            ),
        ),
    ),
)

# Places: place, the street between the two windows. Things: a_thing, the first gift.
LOVE = Material(
    kind="story",
    subject="a warm, heartfelt love story",
    titles=(
        "Il filo del bucato",
        "Lettere da {town}",
        "{Name} e {friend}",
        "Due metri di distanza",
    ),
    descriptions=(
        "Tra la finestra di {name} e quella di {friend} ci sono solo due metri e un vecchio filo "
        "del bucato. Una breve storia d'amore, un biglietto alla volta.",
        "Un'estate calda, {a_thing} e due persone che si scrivono da una finestra all'altra. Una "
        "storia d'amore a {town}.",
    ),
    places=(
        {"place": "un vicolo stretto del centro storico"},
        {"place": "una stradina che scende verso il porto"},
        {"place": "una via piena di panni stesi"},
    ),
    things=(
        {"a_thing": "una piantina di basilico"},
        {"a_thing": "un libro di poesie"},
        {"a_thing": "una fetta di torta al limone"},
        {"a_thing": "un ventaglio di carta"},
    ),
    frames=(
        Frame(
            openings=(
                "{Name} abitava al terzo piano, in {place}, a {town}. Tra la sua finestra e "
                "quella di fronte correva un vecchio filo per il bucato, con due carrucole che "
                "nessuno usava più. Dall'altra parte abitava {friend}, e per anni tra le due "
                "finestre non c'era stato che qualche cenno educato.",
                "Quell'estate faceva così caldo che, a {town}, tutte le finestre di {place} "
                "restavano aperte fino a notte. Ogni sera {name} sentiva, dalla casa di fronte, "
                "qualcuno che cantava stonato lavando i piatti. Era {friend}, e {name} non "
                "{friend_gli} aveva mai rivolto la parola.",
            ),
            beats=(
                "Una sera il vecchio filo del bucato cigolò, dopo anni di silenzio. In un cestino "
                "appeso alla carrucola arrivò {a_thing}. {Name} rimase un minuto intero a "
                "guardare il cestino, senza sapere cosa fare. Sul biglietto, scritto a matita, "
                "c'era solo: «Per chi abita di fronte, perché mi sembri triste.»",
                "{Name} rispose il giorno dopo. Mise nel cestino un biglietto e un barattolo di "
                "marmellata fatta in casa. Poi tirò la corda piano piano, con il cuore in gola. "
                "La carrucola cigolò come una vecchia porta, e dall'altra parte qualcuno rise.",
                "Da allora il filo non si fermò più. Viaggiavano biglietti, fette di torta, "
                "ritagli di giornale, una volta perfino un disegno della luna sopra i tetti. "
                "Tutta la strada se ne accorse, e tutta la strada fece finta di niente.",
                "{Name} cominciò a svegliarsi prima, per vedere se nel cestino c'era qualcosa. A "
                "volte c'era un biglietto con una parola sola: buongiorno. A volte una canzone "
                "copiata a mano, con gli accordi sbagliati. Bastava comunque per tutta la "
                "giornata.",
                "{Name} imparò cose minuscole e preziose su {friend}. Che beveva il caffè "
                "amarissimo, che odiava le domeniche pomeriggio, che cantava stonat{friend_o} "
                "quando era nervos{friend_o}. E che scriveva le maiuscole tutte storte, come se "
                "avessero fretta.",
                "Una notte d'agosto andò via la luce in tutto il quartiere. Dalle finestre aperte "
                "si sentivano solo le cicale e qualche radio a pile. Al buio, per la prima volta, "
                "{name} e {friend} parlarono a voce, da una finestra all'altra, fino all'alba.",
                "Ma il coraggio di scendere in strada non arrivava mai. Fra le due finestre "
                "c'erano due metri di vuoto e tre piani di altezza. E c'erano tutte le parole che "
                "nessun biglietto aveva ancora osato portare.",
                "Poi, una sera, il filo restò fermo. E anche la sera dopo. Le persiane di fronte "
                "erano chiuse. Ogni tanto {name} tirava la corda, come si controlla un telefono "
                "che non squilla.",
                "Dalla signora del piano terra, che sapeva tutto di tutti, {name} scoprì che "
                "{friend} era partit{friend_o} per lavoro, in un'altra città. Forse per sempre. "
                "{Name} passò la notte a scrivere un biglietto, a strapparlo, a riscriverlo.",
                "Alla fine scrisse solo tre righe, le tre righe più coraggiose della sua vita. Le "
                "mise nel cestino e tirò la corda fino in fondo. Poi lasciò il biglietto lì, "
                "davanti alle persiane chiuse, ad aspettare.",
                "Passarono settimane. Il biglietto sbiadiva al sole, e il cestino dondolava al "
                "vento. {Name} continuava lo stesso ad annaffiare i gerani ogni sera. Quella "
                "finestra era diventata il posto dove si sentiva più se stess{o}.",
            ),
            climaxes=(
                "Poi, una sera di settembre, le persiane di fronte si aprirono. {Friend} era lì, "
                "con la valigia ancora in mano e il biglietto stretto tra le dita. Non disse "
                "niente. Tirò la corda, e nel cestino arrivò un foglio con una parola sola, "
                "scritta in grande: scendo.",
            ),
            endings=(
                "Oggi il filo del bucato è ancora lì, sopra la strada, ma i biglietti non "
                "viaggiano più da una finestra all'altra. Ora {name} e {friend} se li lasciano "
                "sul tavolo della cucina, la mattina, accanto al caffè amarissimo.",
                "Un anno dopo, nel cestino, viaggiò un'ultima domanda, una di quelle che "
                "aspettano una parola sola. La risposta arrivò in meno di un minuto, scritta così "
                "in grande che si leggeva dalla strada. Sotto, tutto il vicinato applaudì.",
            ),
            texture=(
                "Dalla strada saliva odore di basilico e di pane caldo.",
                "Le rondini passavano basse tra le case.",
                "Una radio, da qualche parte, suonava una vecchia canzone.",
                "I lampioni si accendevano uno dopo l'altro.",
            ),
        ),
    ),
)

# Places: place, a description of {town}. Things: a_thing, the_thing, thing_o.
CUSTOM = Material(
    kind="story",
    subject="",
    titles=("Una storia su «{Prompt}»", "{Name} e «{Prompt}»", "Il giorno di «{Prompt}»"),
    descriptions=(
        "Una breve storia su «{prompt}», con {name}, di {town}.",
        "{Name}, un piccolo paese e «{prompt}»: una storia con un inizio, uno svolgimento e una "
        "fine.",
    ),
    places=(
        {"place": "una cittadina sul mare"},
        {"place": "una piccola città piena di vita"},
        {"place": "un paese arroccato sulle colline"},
    ),
    things=(
        {"a_thing": "una vecchia mappa", "the_thing": "la vecchia mappa", "thing_o": "a"},
        {"a_thing": "una lettera mai aperta", "the_thing": "la lettera", "thing_o": "a"},
        {
            "a_thing": "una piccola chiave d'ottone",
            "the_thing": "la piccola chiave",
            "thing_o": "a",
        },
        {"a_thing": "un vecchio taccuino", "the_thing": "il vecchio taccuino", "thing_o": "o"},
    ),
    frames=(
        Frame(
            openings=(
                "Questa è una storia su «{prompt}». Comincia con {name}, che viveva a {town}, "
                "{place}. Da molto tempo {name} ci pensava la mattina appena svegli{o}, e la sera "
                "prima di addormentarsi.",
                "A {town} tutti avevano un'opinione su «{prompt}», ma {name} voleva vederci "
                "chiaro. Così, una mattina di sole, preparò lo zaino, si mise in tasca {a_thing} "
                "e partì. Non sapeva bene dove andare, ma sapeva da dove cominciare.",
            ),
            beats=(
                "La prima persona a cui {name} chiese fu {friend}, {friend_un_amico} di sempre "
                "che conosceva tutti a {town}. {Friend} ascoltò con attenzione, poi sorrise. Le "
                "storie migliori, disse, cominciano sempre con una domanda. E {friend} ne aveva "
                "sempre una pronta.",
                "{Name} camminò per ore, facendo domande e annotando le risposte. Qualcuno "
                "rideva, qualcuno alzava le spalle, e qualcuno diceva cose che {lo} costringevano "
                "a fermarsi e pensare. Il quaderno si riempiva di frecce e di punti interrogativi.",
                "A mezzogiorno si fermò in una piccola trattoria. Sentendo parlare di «{prompt}», "
                "la cuoca posò il mestolo e raccontò una storia di sua nonna. Non sapeva se fosse "
                "vera, ma era bella, e tanto bastava.",
                "Nel pomeriggio scoppiò un temporale. {Name} si riparò sotto un portico insieme a "
                "un bambino che aspettava la mamma. Il bambino fece su «{prompt}» una domanda "
                "così semplice che {name} non seppe cosa rispondere. Forse era la domanda "
                "migliore della giornata.",
                "Verso sera aveva riempito pagine intere, ma le risposte non combaciavano. "
                "Sembrava un puzzle a cui mancava un pezzo, e {name} non aveva idea di dove "
                "cercarlo. Si sedette su un muretto, stanc{o} e un po' scoraggiat{o}.",
                "Poi accadde qualcosa di inaspettato. {The_thing}, che {name} aveva quasi "
                "dimenticat{thing_o} in fondo alla tasca, si rivelò esattamente ciò che serviva. "
                "A volte quello che cerchiamo viaggia con noi fin dall'inizio, in silenzio.",
                "Per la prima volta, {name} capì cosa significava davvero «{prompt}» per {lui}. "
                "Non era quello che {gli} avevano raccontato. Era più semplice, e molto più "
                "sorprendente. Dovette sedersi un momento per lasciare che l'idea trovasse il suo "
                "posto.",
                "Lungo la strada incontrò un vecchio che cercava la stessa cosa da anni. Fecero "
                "un pezzo di cammino insieme, scambiandosi storie. Prima di separarsi, ognuno "
                "regalò all'altro una buona idea. Il vecchio disse che {name} gli ricordava se "
                "stesso da giovane.",
                "Quella sera {name} si sedette accanto a un piccolo fuoco a rileggere gli "
                "appunti. Piano piano, una forma venne fuori, come un'immagine che esce dalla "
                "nebbia. E {name} cominciò a sorridere. Le fiamme danzavano, e finalmente tutto "
                "tornava.",
                "Il giorno dopo, {name} tornò da alcune delle persone incontrate, con una domanda "
                "in più. Non era la stessa domanda del giorno prima. Era una domanda migliore, e "
                "questa volta le risposte cominciavano ad assomigliarsi.",
                "Restava un'ultima difficoltà. {Name} doveva scegliere tra la strada più sicura "
                "per tornare a casa e quella più difficile, che portava alla fine della storia. "
                "Scelse quella difficile, senza pensarci troppo. Le cose importanti, in fondo, "
                "non stanno mai sulla strada comoda.",
            ),
            climaxes=(
                "Quando finalmente arrivò in fondo alla strada, {name} trovò «{prompt}» ad "
                "aspettar{lo}, in un modo che non avrebbe mai immaginato. Scoppiò a ridere, "
                "pensando a quanto tempo ci aveva messo per vederlo.",
            ),
            endings=(
                "{Name} tornò a {town} e raccontò tutto a {friend}. {Friend} ascoltò fino alla "
                "fine, poi disse soltanto: lo sapevo che l'avresti trovato. Da quel giorno, "
                "quando qualcuno chiede di «{prompt}», lo mandano da {name}.",
                "Questa è la storia di {name} e di «{prompt}». L'ha cambiat{o} un po', come fanno "
                "le belle storie. E {name} la racconta ancora, nelle lunghe sere d'inverno, a "
                "chiunque abbia voglia di ascoltarla.",
            ),
            texture=(
                "Il sole attraversava lentamente il cielo.",
                "Nessuno a {town} aveva mai fatto niente del genere.",
                "La strada era lunga, ma {name} si sentiva legger{o}.",
                "Sarebbe stata una giornata da ricordare a lungo.",
            ),
        ),
    ),
)
