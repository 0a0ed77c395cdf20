"""Italian material for ``scary`` (tre notti in una casa vuota, un oggetto che si avvicina) and
``mystery`` (dieci minuti di buio e un professore che giura di aver letto il giornale)."""

from t2m.generate.story_data.model import Frame, Material

# Places: place (with its article), spot, in_spot, to_spot, from_spot, of_spot.
# Things: thing, a_thing, the_thing, of_thing, to_thing, on_thing, it_obj (lo/la) and
# thing_o, the ending of an adjective or participle that agrees with the thing.
SCARY = Material(
    kind="story",
    subject="a scary story",
    titles=(
        "{The_thing} di {town}",
        "Tre notti a {town}",
        "Cosa aspettava {in_spot}",
        "{Name} e {the_thing}",
        "Non rispondere {to_thing}",
    ),
    descriptions=(
        "{Name} deve passare tre notti {in_spot}, vicino a {town}, e {the_thing} non resta mai al "
        "suo posto. Una storia da ascoltare con la luce accesa.",
        "Un lavoro ben pagato, un paese silenzioso e {a_thing} che si sposta da sol{thing_o}. Un "
        "breve racconto dell'orrore su {name}, che è rimast{o} una notte di troppo.",
    ),
    places=(
        {
            "place": "una vecchia villa sui colli",
            "spot": "la villa",
            "in_spot": "nella villa",
            "to_spot": "alla villa",
            "from_spot": "dalla villa",
            "of_spot": "della villa",
        },
        {
            "place": "un casolare in fondo a una strada sterrata",
            "spot": "il casolare",
            "in_spot": "nel casolare",
            "to_spot": "al casolare",
            "from_spot": "dal casolare",
            "of_spot": "del casolare",
        },
        {
            "place": "un albergo chiuso da vent'anni",
            "spot": "l'albergo",
            "in_spot": "nell'albergo",
            "to_spot": "all'albergo",
            "from_spot": "dall'albergo",
            "of_spot": "dell'albergo",
        },
        {
            "place": "un vecchio faro sulla scogliera",
            "spot": "il faro",
            "in_spot": "nel faro",
            "to_spot": "al faro",
            "from_spot": "dal faro",
            "of_spot": "del faro",
        },
        {
            "place": "un collegio abbandonato sulla collina",
            "spot": "il collegio",
            "in_spot": "nel collegio",
            "to_spot": "al collegio",
            "from_spot": "dal collegio",
            "of_spot": "del collegio",
        },
    ),
    things=(
        {
            "thing": "carillon",
            "a_thing": "un carillon",
            "the_thing": "il carillon",
            "of_thing": "del carillon",
            "to_thing": "al carillon",
            "on_thing": "sul carillon",
            "it_obj": "lo",
            "thing_o": "o",
        },
        {
            "thing": "bambola di porcellana",
            "a_thing": "una bambola di porcellana",
            "the_thing": "la bambola di porcellana",
            "of_thing": "della bambola di porcellana",
            "to_thing": "alla bambola di porcellana",
            "on_thing": "sulla bambola",
            "it_obj": "la",
            "thing_o": "a",
        },
        {
            "thing": "orologio a pendolo",
            "a_thing": "un orologio a pendolo",
            "the_thing": "l'orologio a pendolo",
            "of_thing": "dell'orologio a pendolo",
            "to_thing": "all'orologio a pendolo",
            "on_thing": "sull'orologio",
            "it_obj": "lo",
            "thing_o": "o",
        },
        {
            "thing": "sedia a dondolo",
            "a_thing": "una sedia a dondolo",
            "the_thing": "la sedia a dondolo",
            "of_thing": "della sedia a dondolo",
            "to_thing": "alla sedia a dondolo",
            "on_thing": "sulla sedia a dondolo",
            "it_obj": "la",
            "thing_o": "a",
        },
        {
            "thing": "radio",
            "a_thing": "una vecchia radio",
            "the_thing": "la vecchia radio",
            "of_thing": "della vecchia radio",
            "to_thing": "alla vecchia radio",
            "on_thing": "sulla vecchia radio",
            "it_obj": "la",
            "thing_o": "a",
        },
        {
            "thing": "grammofono",
            "a_thing": "un grammofono",
            "the_thing": "il grammofono",
            "of_thing": "del grammofono",
            "to_thing": "al grammofono",
            "on_thing": "sul grammofono",
            "it_obj": "lo",
            "thing_o": "o",
        },
    ),
    frames=(
        Frame(
            openings=(
                "{Name} arrivò a {town} in una sera di novembre, con la nebbia che saliva dai "
                "campi. Doveva fotografare e catalogare tutto ciò che c'era in {place}, prima "
                "della vendita all'asta. Nessuno {gli} parlò {of_thing} in fondo al corridoio.",
                "A {town} nessuno si avvicinava {to_spot} dopo il tramonto. Ma {name} aveva "
                "bisogno di soldi, e il lavoro sembrava semplice: passare tre notti {in_spot} e "
                "tenere accese le luci. La prima sera, facendo il giro delle stanze, trovò "
                "{the_thing}.",
                "La prima cosa che {name} notò {in_spot} fu il silenzio. La seconda fu "
                "{the_thing}, in mezzo al corridoio, come se qualcuno l'avesse appena "
                "lasciat{thing_o} lì e dovesse tornare a prender{it_obj}.",
            ),
            beats=(
                "La prima sera, {name} fotografò ogni stanza, come chiedeva il contratto. "
                "Riguardando le foto sul portatile, notò {the_thing} in fondo al corridoio, in "
                "uno scatto dopo l'altro. Ogni volta era un po' più vicin{thing_o} all'obiettivo. "
                "Eppure, quando aveva scattato, il corridoio era vuoto.",
                "Alle tre del mattino, {name} si svegliò di colpo. Dal piano di sotto arrivava un "
                "suono piccolo e paziente. Era il genere di suono che si ferma appena trattieni "
                "il respiro, e riprende appena respiri. Rimase immobile a contare i secondi fino "
                "all'alba.",
                "Al mattino, {name} portò {the_thing} in soffitta, chiuse la porta a chiave e si "
                "mise la chiave in tasca. Per tutto il giorno la sentì premere contro la gamba, "
                "come un promemoria. La sera, la porta della soffitta era spalancata, e "
                "{the_thing} aspettava in cucina.",
                "{Name} telefonò a {friend}, {friend_un_amico} d'infanzia cresciut{friend_o} a "
                "{town}. Dopo un lungo silenzio, {friend} raccontò che l'ultima custode se n'era "
                "andata in una notte d'inverno. Aveva lasciato lì la valigia e il cappotto, e "
                "nessuno l'aveva più vista.",
                "Quando {name} entrò nel bar della piazza, le conversazioni si spensero. Un "
                "vecchio con il cappello si avvicinò e {gli} posò sul braccio una mano fredda. "
                "«Se di notte qualcuno la chiama, non risponda», mormorò. Poi tornò a giocare a "
                "carte senza aggiungere altro.",
                "Il parroco di {town} ascoltò {name} senza interromper{lo}. Poi disse che in "
                "paese nessuno voleva quel lavoro, da quarant'anni. Chi accettava, di solito, se "
                "ne andava dopo la seconda notte. Chi restava la terza, aggiunse, non tornava più "
                "a raccontarlo.",
                "Nell'archivio della parrocchia, {name} trovò una fotografia del 1923. Ritraeva "
                "{spot} con tutte le finestre illuminate. A una finestra del primo piano si "
                "vedeva una figura sfocata, con una mano appoggiata {on_thing}. Dietro la foto, "
                "qualcuno aveva scritto a matita una parola sola: aspetta.",
                "La notte dopo, una voce salì dalle scale. Pronunciava il nome di {name} piano "
                "piano, con l'intonazione esatta di una persona cara, scomparsa da anni. {Name} "
                "strinse i denti e non rispose. La voce continuò fino all'alba, senza mai "
                "arrabbiarsi.",
                "In un cassetto, {name} trovò il quaderno dell'ultima custode. Ogni pagina era "
                "una riga sola, con una grafia sempre più tremante. Mancano sei gradini. Mancano "
                "quattro gradini. Mancano due. Stanotte, la porta. Il resto del quaderno era "
                "bianco.",
                "{Name} provò ad andarsene. La macchina non partiva, e il telefono non aveva "
                "campo. La strada per {town} era sparita in una nebbia così fitta che non si "
                "vedevano nemmeno i fari. Bisognava aspettare il mattino, chius{o} lì dentro.",
                "All'alba, il vetro della camera era appannato, ma dalla parte di dentro. "
                "Qualcuno ci aveva scritto con un dito, lentamente, una sola parola. {Name} "
                "dovette avvicinarsi per leggerla, col cuore che batteva forte. Diceva: rispondi.",
            ),
            climaxes=(
                "A mezzanotte tutte le luci {of_spot} si spensero insieme. Nel buio, proprio "
                "dietro la porta della camera, {the_thing} cominciò a suonare, o a parlare, o a "
                "respirare. Poi una voce dolcissima disse: eccomi. {Name} non seppe mai come "
                "riuscì a resistere fino al mattino senza rispondere.",
                "{Name} gettò {the_thing} nel camino acceso. Non bruciò. Le fiamme si scostarono, "
                "quasi con rispetto. Poi, dalla canna fumaria, scese un lungo sospiro stanco, "
                "come quello di qualcosa di molto vecchio, svegliato per niente.",
            ),
            endings=(
                "Al mattino, di {name} non c'era più traccia. I carabinieri trovarono {spot} in "
                "perfetto ordine, il letto rifatto, {the_thing} di nuovo in fondo al corridoio. "
                "{Friend} ci passa ancora davanti, certe sere, e giura che al primo piano c'è "
                "sempre una luce accesa.",
                "{Name} lasciò {town} il giorno dopo e non ci tornò mai più. Ma certe notti, "
                "lontano da lì, si sveglia alle tre del mattino. E sente quel suono piccolo e "
                "paziente, ai piedi delle scale, ogni volta un po' più vicino.",
                "Quando sorse il sole, {name} uscì {from_spot} senza voltarsi. Non ha mai "
                "raccontato cosa vide in quell'ultima ora. Dice soltanto che certe cose è meglio "
                "lasciarle dove si trovano, e non chiedere mai chi le ha messe lì.",
            ),
            texture=(
                "Il vento spingeva contro le persiane come se volesse entrare.",
                "Nei muri, i vecchi tubi battevano come nocche.",
                "L'aria sapeva di polvere e di cera fredda.",
                "Fuori, gli alberi erano immobili, e nessun uccello cantava.",
                "La nebbia premeva contro i vetri, bianca e paziente.",
            ),
        ),
    ),
)

# Places: place, spot, in_spot. Things: thing, a_thing, the_thing, of_thing, it_obj, thing_o.
MYSTERY = Material(
    kind="story",
    subject="a mystery story with a fair clue and a satisfying solution",
    titles=(
        "Il furto {of_thing}",
        "Dieci minuti di buio",
        "{Name} e il caso {of_thing}",
        "Un enigma {in_spot}",
    ),
    descriptions=(
        "{A_thing} sparisce {in_spot}, a {town}, durante dieci minuti di buio. {Name} ha una sera "
        "sola per scoprire chi l'ha pres{thing_o}. Un breve giallo con un indizio leale.",
        "Tutti avevano un motivo per volere {the_thing}. {Name} segue gli indizi fino a una "
        "risposta che nessuno si aspettava.",
    ),
    places=(
        {"place": "un albergo elegante sul lago", "spot": "l'albergo", "in_spot": "nell'albergo"},
        {"place": "una villa piena di ospiti", "spot": "la villa", "in_spot": "nella villa"},
        {"place": "un palazzo nobiliare in centro", "spot": "il palazzo", "in_spot": "nel palazzo"},
        {"place": "una vecchia tenuta in campagna", "spot": "la tenuta", "in_spot": "nella tenuta"},
    ),
    things=(
        {
            "thing": "anello di smeraldi",
            "a_thing": "un anello di smeraldi",
            "the_thing": "l'anello di smeraldi",
            "of_thing": "dell'anello di smeraldi",
            "it_obj": "lo",
            "thing_o": "o",
        },
        {
            "thing": "bussola d'argento",
            "a_thing": "una bussola d'argento",
            "the_thing": "la bussola d'argento",
            "of_thing": "della bussola d'argento",
            "it_obj": "la",
            "thing_o": "a",
        },
        {
            "thing": "orologio da tasca",
            "a_thing": "un orologio da tasca d'oro",
            "the_thing": "l'orologio da tasca",
            "of_thing": "dell'orologio da tasca",
            "it_obj": "lo",
            "thing_o": "o",
        },
        {
            "thing": "prima edizione di Pinocchio",
            "a_thing": "una prima edizione di Pinocchio",
            "the_thing": "la prima edizione di Pinocchio",
            "of_thing": "della prima edizione di Pinocchio",
            "it_obj": "la",
            "thing_o": "a",
        },
        {
            "thing": "ventaglio dipinto",
            "a_thing": "un ventaglio dipinto a mano",
            "the_thing": "il ventaglio dipinto",
            "of_thing": "del ventaglio dipinto",
            "it_obj": "lo",
            "thing_o": "o",
        },
    ),
    frames=(
        Frame(
            openings=(
                "Alle nove in punto, {in_spot}, saltò la luce per dieci minuti. Quando tornò, la "
                "vetrinetta era vuota: {the_thing} era sparit{thing_o}. Tutti giurarono di non "
                "essersi mossi. Il professor Ferri, seduto in poltrona, disse di non aver mai "
                "alzato gli occhi dal suo giornale.",
                "{Name} era venut{o} a {town} per un fine settimana tranquillo. Ma la prima sera, "
                "durante un blackout di dieci minuti, {the_thing} sparì dalla vetrinetta, "
                "{in_spot}. Il professor Ferri, sprofondato in poltrona, dichiarò di aver letto "
                "il giornale per tutto il tempo, senza accorgersi di niente.",
            ),
            beats=(
                "La padrona di casa, la contessa Orsini, era disperata. {The_thing} valeva una "
                "fortuna, ripeteva, ed era assicurat{thing_o} solo da un mese. {Name} prese nota "
                "dell'assicurazione. E anche del fatto che la contessa aveva chiamato i "
                "carabinieri prima ancora di guardare la vetrina.",
                "Il nipote della contessa, Edoardo, aveva debiti di gioco, e tutti lo sapevano. "
                "Quando la luce tornò, era l'unico in piedi, vicino alla finestra. Giurò che "
                "stava solo cercando di aprirla, per far entrare un po' d'aria fresca.",
                "Messo alle strette, Edoardo ricordò un'altra cosa. Durante il buio qualcuno gli "
                "era passato accanto, leggero, lasciando un odore di tabacco da pipa. In casa, "
                "l'unico a fumare la pipa era il professor Ferri.",
                "La vetrinetta non era stata forzata. Chi aveva preso {the_thing} conosceva il "
                "nascondiglio della chiave, sotto il vaso di gerani. {Name} contò le persone che "
                "lo sapevano. Erano quattro: la contessa, il nipote, la governante e il professor "
                "Ferri, ospite fisso da trent'anni.",
                "{Name} chiese a ciascuno cosa avesse fatto durante i dieci minuti di buio. La "
                "contessa aveva cercato le candele, il nipote la finestra, la governante il "
                "contatore. Il professore, invece, rispose senza esitare: stavo leggendo.",
                "La governante, la signora Pina, aveva le mani sporche di terra. Disse che era "
                "uscita in giardino a controllare il contatore, al buio, con una pila. Era vero: "
                "il contatore era proprio lì, e qualcuno aveva appena rialzato la leva.",
                "Un cameriere ricordò un uomo con l'impermeabile grigio, uscito di corsa prima "
                "del dolce. Tutti si convinsero che il ladro fosse lui. Lo trovarono alla "
                "stazione: era un venditore di enciclopedie che aveva perso l'ultimo autobus, e "
                "in valigia aveva soltanto enciclopedie.",
                "La cuoca giurò di non essersi mossa dai fornelli. Durante il buio, disse, aveva "
                "sentito soltanto un fruscio di carta nella sala, come di un giornale piegato in "
                "fretta. Poi un tintinnio leggero, e di nuovo silenzio.",
                "{Friend} fece notare a {name} un dettaglio curioso. Il giornale del professore "
                "era aperto alla pagina dello sport. Eppure il professore detestava il calcio, e "
                "lo ripeteva a tutti da trent'anni, a ogni cena.",
                "La governante spiegò che l'interruttore generale era nel corridoio, dietro una "
                "tenda. Per far saltare la luce bastava abbassare una levetta. E per arrivarci "
                "dalla sala, bisognava passare proprio accanto alla poltrona del professore.",
                "Il professore diceva di non essersi alzato per tutta la sera. Eppure le sue "
                "scarpe, notò {name}, erano coperte di polvere bianca. Era la stessa polvere di "
                "gesso che copriva il pavimento del corridoio, dove stavano rifacendo l'intonaco.",
                "In un angolo, {name} trovò la lente d'ingrandimento della contessa, caduta sotto "
                "una sedia. Il professore la chiedeva sempre in prestito per guardare i gioielli "
                "da vicino. Quella sera, però, giurava di non averla mai toccata.",
            ),
            climaxes=(
                "{Name} riunì tutti in sala. Il professor Ferri, disse, giurava di aver letto il "
                "giornale per tutto il blackout. Ma per dieci minuti la sala era rimasta "
                "completamente al buio, e nessuno può leggere al buio. Il professore non stava "
                "leggendo: stava aprendo la vetrinetta. E {the_thing}, aggiunse {name}, era "
                "ancora nella tasca della sua giacca.",
            ),
            endings=(
                "Il professore si tolse gli occhiali e confessò. Da anni sognava {the_thing}, e "
                "la tentazione era stata più forte di trent'anni di amicizia. {Name} prese "
                "l'ultimo treno da {town} e dormì per tutto il viaggio, senza sognare niente.",
                "Il professore sospirò e tirò fuori {the_thing} dalla giacca, avvolt{thing_o} in "
                "un fazzoletto. Disse che voleva solo guardar{it_obj} da vicino, almeno una "
                "volta. Nessuno gli credette. E da quella sera, a {town}, nessuno lesse più il "
                "giornale in poltrona senza sentirsi osservato.",
            ),
            texture=(
                "La pioggia batteva piano sui vetri.",
                "Da qualche parte un orologio batté il quarto.",
                "Gli ospiti bisbigliavano a piccoli gruppi.",
                "Il fumo dei sigari ristagnava sotto il soffitto.",
            ),
        ),
    ),
)
