"""French material for ``scary`` (un hiver de gardiennage, un objet qui se rapproche) and
``mystery`` (une nuit de neige, une fenêtre ouverte et pas une seule trace)."""

from t2m.generate.story_data.model import Frame, Material

# Places: place (with its article), spot, in_spot, of_spot ("du phare", "de l'hôtel").
# Things: thing, a_thing, the_thing, of_thing, to_thing, it (il/elle), if_it (s'il/si elle),
# it_obj (le/la) and thing_e, the ending of an adjective that agrees with the thing.
SCARY = Material(
    kind="story",
    subject="a scary story",
    titles=(
        "{The_thing} de {town}",
        "Trois nuits à {town}",
        "Ce qui attendait {in_spot}",
        "{Name} et {the_thing}",
        "Ne réponds pas {to_thing}",
    ),
    descriptions=(
        "{Name} passe l'hiver à garder {place} près de {town}, et {the_thing} ne reste jamais à "
        "sa place. Une histoire à écouter avec la lumière allumée.",
        "Un travail bien payé, un village silencieux et {a_thing} qui se déplace tout "
        "seul{thing_e}. Une courte histoire d'horreur sur {name}, qui est resté{e} une nuit de "
        "trop.",
    ),
    places=(
        {
            "place": "un vieux phare sur les falaises du nord",
            "spot": "le phare",
            "in_spot": "dans le phare",
            "of_spot": "du phare",
        },
        {
            "place": "une ferme au bout d'un chemin de gravier",
            "spot": "la ferme",
            "in_spot": "dans la ferme",
            "of_spot": "de la ferme",
        },
        {
            "place": "un hôtel fermé depuis vingt ans",
            "spot": "l'hôtel",
            "in_spot": "dans l'hôtel",
            "of_spot": "de l'hôtel",
        },
        {
            "place": "une cabane au fond de la forêt de pins",
            "spot": "la cabane",
            "in_spot": "dans la cabane",
            "of_spot": "de la cabane",
        },
        {
            "place": "le vieux pensionnat sur la colline",
            "spot": "le pensionnat",
            "in_spot": "dans le pensionnat",
            "of_spot": "du pensionnat",
        },
    ),
    things=(
        {
            "thing": "boîte à musique",
            "a_thing": "une boîte à musique",
            "the_thing": "la boîte à musique",
            "of_thing": "de la boîte à musique",
            "to_thing": "à la boîte à musique",
            "it": "elle",
            "if_it": "si elle",
            "it_obj": "la",
            "thing_e": "e",
        },
        {
            "thing": "horloge comtoise",
            "a_thing": "une horloge comtoise",
            "the_thing": "l'horloge comtoise",
            "of_thing": "de l'horloge comtoise",
            "to_thing": "à l'horloge comtoise",
            "it": "elle",
            "if_it": "si elle",
            "it_obj": "la",
            "thing_e": "e",
        },
        {
            "thing": "poste de radio",
            "a_thing": "un vieux poste de radio",
            "the_thing": "le vieux poste de radio",
            "of_thing": "du vieux poste de radio",
            "to_thing": "au vieux poste de radio",
            "it": "il",
            "if_it": "s'il",
            "it_obj": "le",
            "thing_e": "",
        },
        {
            "thing": "fauteuil à bascule",
            "a_thing": "un fauteuil à bascule",
            "the_thing": "le fauteuil à bascule",
            "of_thing": "du fauteuil à bascule",
            "to_thing": "au fauteuil à bascule",
            "it": "il",
            "if_it": "s'il",
            "it_obj": "le",
            "thing_e": "",
        },
        {
            "thing": "poupée de porcelaine",
            "a_thing": "une poupée de porcelaine",
            "the_thing": "la poupée de porcelaine",
            "of_thing": "de la poupée de porcelaine",
            "to_thing": "à la poupée de porcelaine",
            "it": "elle",
            "if_it": "si elle",
            "it_obj": "la",
            "thing_e": "e",
        },
        {
            "thing": "gramophone",
            "a_thing": "un gramophone",
            "the_thing": "le gramophone",
            "of_thing": "du gramophone",
            "to_thing": "au gramophone",
            "it": "il",
            "if_it": "s'il",
            "it_obj": "le",
            "thing_e": "",
        },
    ),
    frames=(
        Frame(
            openings=(
                "{Name} arriva à {town} au début de l'hiver. {Il} devait garder {place} jusqu'au "
                "printemps. Le travail semblait simple : chauffer les pièces, vérifier les "
                "volets, ne toucher à rien. Personne ne lui parla {of_thing} qui attendait au "
                "bout du couloir.",
                "Personne à {town} ne s'approchait {of_spot} après la tombée de la nuit. Mais "
                "{name} avait besoin d'argent, et l'annonce promettait un bon salaire pour un "
                "seul hiver de gardiennage. Le premier soir, en faisant le tour des pièces, {il} "
                "trouva {the_thing}.",
                "La première chose que {name} remarqua {in_spot}, ce fut le silence. La deuxième, "
                "ce fut {the_thing}, posé{thing_e} au milieu du couloir, comme si quelqu'un "
                "venait de l'y laisser et allait revenir {it_obj} chercher.",
            ),
            beats=(
                "La première nuit, {name} se réveilla à trois heures du matin. En bas, "
                "{the_thing} faisait un petit bruit patient. C'était le genre de bruit qui "
                "s'arrête dès qu'on retient son souffle, et qui reprend dès qu'on respire. {Il} "
                "resta longtemps les yeux ouverts, à compter les secondes.",
                "Au matin, {the_thing} n'était plus à sa place. {It} attendait au pied de "
                "l'escalier, tourné{thing_e} vers les marches, comme {if_it} avait voulu monter "
                "pendant la nuit. {Name} se dit que le gardien précédent l'avait sans doute "
                "laissé{thing_e} là, et {il} fit semblant d'y croire.",
                "Pour en avoir le cœur net, {name} traça un trait de craie autour {of_thing} "
                "avant d'aller se coucher. Le lendemain, le trait de craie était vide. "
                "{The_thing} attendait une marche plus haut, et sur le sol poussiéreux, il n'y "
                "avait pas la moindre trace.",
                "{Name} appela {friend}, {friend_un} ami{friend_e} d'enfance qui avait grandi à "
                "{town}. Après un long silence au bout du fil, {friend} raconta que le dernier "
                "gardien était parti en plein mois de janvier. Il avait laissé derrière lui sa "
                "valise et son manteau, et personne ne l'avait jamais revu.",
                "Au café de {town}, les conversations s'arrêtèrent quand {name} entra. Une "
                "vieille femme finit par s'approcher et posa une main froide sur son bras. «Si on "
                "vous appelle la nuit, ne répondez surtout pas», murmura-t-elle, avant de "
                "retourner à sa table sans un mot de plus.",
                "Le dimanche, {name} alla voir le vieux curé de {town}. Il écouta sans "
                "l'interrompre, puis sortit d'un tiroir une photo jaunie {of_spot}. À une fenêtre "
                "de l'étage, on distinguait une silhouette floue, une main posée sur {the_thing}. "
                "La photo datait de 1923.",
                "La nuit suivante, une voix monta de l'escalier. Elle prononçait le nom de {name} "
                "tout doucement, avec l'intonation exacte d'une personne qu'{il} avait aimée "
                "autrefois. {Name} serra les dents et ne répondit pas. La voix répéta son nom "
                "jusqu'à l'aube, sans jamais se fâcher.",
                "{Name} enveloppa {the_thing} dans une couverture, {it_obj} descendit à la cave "
                "et ferma la porte à double tour. Le soir venu, {it} trônait pourtant sur la "
                "table de la cuisine. {It} était couvert{thing_e} d'une fine couche de givre, "
                "alors que la cave était sèche et tiède.",
                "Dans un tiroir, {name} trouva le carnet du gardien précédent. Chaque page tenait "
                "en une ligne, d'une écriture de plus en plus tremblante. Plus que six marches. "
                "Plus que quatre. Plus que deux. Ce soir, la porte. Les pages suivantes étaient "
                "blanches.",
                "{Name} voulut partir. La voiture refusa de démarrer, et le téléphone n'avait "
                "plus de réseau. La route de {town} avait disparu sous une neige si épaisse que "
                "les sapins semblaient s'être rapprochés {of_spot}. Il faudrait attendre le "
                "dégel, ou un miracle.",
                "Au petit matin, la vitre de la chambre était couverte de givre, mais à "
                "l'intérieur. Quelqu'un y avait écrit, d'un doigt lent et appliqué, un seul mot. "
                "{Name} dut s'approcher tout près pour le lire. C'était : réponds.",
            ),
            climaxes=(
                "À minuit, toutes les lumières {of_spot} s'éteignirent en même temps. Dans le "
                "noir, juste derrière la porte de la chambre, {the_thing} se mit à jouer, ou à "
                "parler, ou à respirer. Puis une voix très douce dit : me voilà. {Name} ne sut "
                "jamais comment {il} tint jusqu'au matin sans répondre.",
                "{Name} jeta {the_thing} dans le feu de la cheminée. {It} ne brûla pas. Les "
                "flammes s'écartèrent, comme par respect. Puis, du conduit, descendit un long "
                "soupir fatigué, celui d'une chose très vieille qu'on venait de réveiller pour "
                "rien.",
            ),
            endings=(
                "Au matin, {name} avait disparu. Les gendarmes trouvèrent {spot} vide et en "
                "ordre, le lit fait, {the_thing} de retour au bout du couloir. {Friend} passe "
                "encore parfois sur la route, le soir, et jure qu'une lumière brille toujours à "
                "l'étage.",
                "{Name} quitta {town} le lendemain et n'y revint jamais. Mais certaines nuits, "
                "très loin de là, {il} se réveille à trois heures. Et {il} entend ce petit bruit "
                "patient, au pied de l'escalier, un peu plus près à chaque fois.",
                "Quand le soleil se leva, {name} sortit {of_spot} sans se retourner. {Il} n'a "
                "jamais raconté ce qu'{il} avait vu pendant cette dernière heure. {Il} dit "
                "seulement qu'il existe des choses qu'il vaut mieux laisser là où on les trouve.",
            ),
            texture=(
                "Le vent poussait contre les volets comme s'il voulait entrer.",
                "Dans les murs, les vieux tuyaux cognaient comme des phalanges.",
                "L'air sentait la poussière et la cire froide.",
                "Dehors, les arbres restaient immobiles, et aucun oiseau ne chantait.",
                "Chaque pendule semblait battre un peu trop lentement.",
            ),
        ),
    ),
)

# Places: place, spot, in_spot ("à l'hôtel", "au manoir"). Things: as in SCARY (it, thing_e).
MYSTERY = Material(
    kind="story",
    subject="a mystery story with a fair clue and a satisfying solution",
    titles=(
        "{The_thing} a disparu",
        "Le mystère {of_thing}",
        "{Name} et l'affaire {of_thing}",
        "Une énigme {in_spot}",
        "Neige sur {town}",
    ),
    descriptions=(
        "{A_thing} disparaît {in_spot}, à {town}, par une nuit de neige. {Name} a jusqu'au matin "
        "pour trouver le coupable. Un court mystère avec un indice loyal.",
        "Tout le monde avait une raison de vouloir {the_thing}. {Name} suit les traces, ou plutôt "
        "leur absence, jusqu'à une réponse que personne n'attendait.",
    ),
    places=(
        {
            "place": "un hôtel de montagne au-dessus du lac",
            "spot": "l'hôtel",
            "in_spot": "à l'hôtel",
        },
        {
            "place": "un manoir isolé au milieu des vignes",
            "spot": "le manoir",
            "in_spot": "au manoir",
        },
        {
            "place": "un grand chalet au bord du lac",
            "spot": "le chalet",
            "in_spot": "au chalet",
        },
        {"place": "une vieille auberge près du col", "spot": "l'auberge", "in_spot": "à l'auberge"},
    ),
    things=(
        {
            "thing": "montre en or",
            "a_thing": "une montre en or",
            "the_thing": "la montre en or",
            "of_thing": "de la montre en or",
            "it": "elle",
            "thing_e": "e",
        },
        {
            "thing": "collier de perles",
            "a_thing": "un collier de perles",
            "the_thing": "le collier de perles",
            "of_thing": "du collier de perles",
            "it": "il",
            "thing_e": "",
        },
        {
            "thing": "boussole d'argent",
            "a_thing": "une boussole d'argent",
            "the_thing": "la boussole d'argent",
            "of_thing": "de la boussole d'argent",
            "it": "elle",
            "thing_e": "e",
        },
        {
            "thing": "bague d'émeraude",
            "a_thing": "une bague d'émeraude",
            "the_thing": "la bague d'émeraude",
            "of_thing": "de la bague d'émeraude",
            "it": "elle",
            "thing_e": "e",
        },
        {
            "thing": "éventail peint",
            "a_thing": "un éventail peint à la main",
            "the_thing": "l'éventail peint",
            "of_thing": "de l'éventail peint",
            "it": "il",
            "thing_e": "",
        },
    ),
    frames=(
        Frame(
            openings=(
                "Il avait neigé toute la soirée sur {town}, puis la neige s'était arrêtée vers "
                "dix heures. À onze heures, {the_thing} disparut de sa vitrine, {in_spot}. On "
                "trouva une fenêtre grande ouverte sur le jardin. Mais sous la fenêtre, la neige "
                "fraîche était parfaitement lisse, sans la moindre trace de pas.",
                "{Name} était venu{e} à {town} pour se reposer, mais le premier soir, {the_thing} "
                "disparut {in_spot}. On découvrit une fenêtre ouverte et un rideau qui battait "
                "dans le froid. Dehors, la neige était tombée jusqu'à dix heures. Pas une seule "
                "empreinte ne la traversait.",
            ),
            beats=(
                "La propriétaire, madame Arnaud, se tordait les mains. {The_thing} était ce "
                "qu'elle avait de plus précieux, répétait-elle, un souvenir de famille. {Name} "
                "nota qu'elle ne cessait de montrer la fenêtre ouverte, comme pour s'assurer que "
                "tout le monde l'avait bien vue.",
                "Le gardien, monsieur Brun, affirma avoir vu une ombre traverser le jardin en "
                "courant, juste après onze heures. Il la décrivait avec précision : un long "
                "manteau sombre, un bonnet, une lampe de poche. Tout le monde parut soulagé. Le "
                "voleur venait donc de l'extérieur.",
                "Hélène, la jeune secrétaire, avait des dettes, et tout le monde le savait. Elle "
                "pleurait dans un coin du salon en jurant qu'elle n'avait pas quitté sa chambre. "
                "{Name} remarqua que ses chaussons étaient secs et que ses mains tremblaient, "
                "mais de peur, pas de froid.",
                "Le vieux docteur Morel, un habitué de la maison, avait passé la soirée à "
                "raconter ses voyages. Au moment du vol, il ronflait dans un fauteuil, et trois "
                "témoins pouvaient le confirmer. Son ronflement, affirmait le cuisinier, "
                "s'entendait jusqu'à la cave.",
                "{Name} examina la vitrine. La serrure n'avait pas été forcée, et la vitre était "
                "intacte. Le voleur savait donc où l'on rangeait la petite clé, dans le tiroir du "
                "secrétaire. Très peu de gens connaissaient cette cachette.",
                "Dans la cuisine, {name} trouva les bottes du cuisinier, encore mouillées de "
                "neige fondue. Le cuisinier haussa les épaules : il était sorti fumer par la "
                "porte de service, comme chaque soir. Dans la cour, ses traces allaient et "
                "revenaient, bien nettes, sans jamais approcher de la fenêtre.",
                "{Friend}, qui accompagnait {name} depuis le début de la soirée, fit le tour du "
                "jardin avec une lampe. {Friend_il} revint en secouant la tête. Pas une trace "
                "sous la fenêtre, pas une trace le long du mur, rien du tout entre le jardin et "
                "la route.",
                "{Friend} fit aussi remarquer que le chien de la maison, un vieux labrador, "
                "n'avait pas aboyé de la soirée. Il aboyait pourtant contre chaque inconnu qui "
                "approchait du jardin. Cette nuit-là, il avait dormi près du feu, parfaitement "
                "tranquille.",
                "Un photographe était parti avant le dessert en se plaignant du bruit. On le "
                "retrouva à la gare de {town}, furieux d'avoir raté son train. Dans son sac, il "
                "n'y avait que deux appareils, trois pellicules et un sandwich entamé.",
                "Au salon, le champagne attendait dans un grand seau. {Name} y plongea la main "
                "par curiosité. Le seau était rempli de glaçons tout neufs, alors que la fête "
                "était finie depuis une heure. Qui avait pris la peine de le remplir, et pourquoi "
                "?",
                "En serrant la main du gardien, {name} sentit que ses manches étaient trempées et "
                "glacées jusqu'au coude. Monsieur Brun expliqua qu'il venait de faire la "
                "vaisselle. Pourtant, à en croire le cuisinier, il n'avait jamais lavé une "
                "assiette de sa vie.",
            ),
            climaxes=(
                "{Name} réunit tout le monde au salon. Personne n'avait traversé le jardin, "
                "rappela-t-{il} : sous la fenêtre, la neige était intacte. Le voleur était donc "
                "resté à l'intérieur, et monsieur Brun, qui jurait avoir vu une ombre dehors, "
                "avait menti. {Name} plongea la main dans le seau à champagne et en sortit "
                "{the_thing}, enveloppé{thing_e} dans une serviette.",
            ),
            endings=(
                "Monsieur Brun avoua avant que {name} ait fini sa phrase. Il comptait revenir "
                "chercher son butin au petit matin, quand les invités dormiraient encore. {Name} "
                "reprit la route le lendemain, sous un ciel tout blanc, et dormit pendant tout le "
                "trajet.",
                "Monsieur Brun s'assit lourdement et avoua tout. Il avait des dettes de jeu. Il "
                "avait ouvert la fenêtre pour faire croire à un cambriolage, et caché son butin "
                "là où personne ne chercherait. {The_thing} retrouva sa vitrine le soir même. "
                "Quant à {name}, {il} ne regarda plus jamais un seau à champagne de la même façon.",
            ),
            texture=(
                "Dehors, la neige étouffait tous les bruits.",
                "Quelque part, une pendule sonna le quart.",
                "Les invités chuchotaient par petits groupes inquiets.",
                "Le feu craquait doucement dans la cheminée du salon.",
            ),
        ),
    ),
)
