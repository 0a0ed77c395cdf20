"""French material for ``bedtime`` (un petit animal qui demande à tout le monde comment on
s'endort) and ``urban_legends`` (la dame blanche qui fait du stop les soirs de brouillard)."""

from t2m.generate.story_data.model import Frame, Material

# Places: where (a whole place phrase with its preposition), spot, at_spot.
# Things: the little animal, a_little_thing ("un petit renard"), the_little_thing.
BEDTIME = Material(
    kind="story",
    subject="a calm, gentle bedtime story for young children",
    titles=(
        "{The_little_thing} qui ne voulait pas dormir",
        "{Name} et la lune tranquille",
        "Bonne nuit, {name}",
        "Comment s'endort-on ?",
    ),
    descriptions=(
        "{A_little_thing} qui s'appelle {name} demande à tout le monde comment on s'endort, et "
        "finit par trouver la réponse. Une douce histoire pour le coucher.",
        "Doucement, tout doucement : {name} dit bonne nuit aux fleurs, à la mare et à la lune, "
        "puis rentre se blottir {at_spot}.",
    ),
    places=(
        {
            "where": "dans une clairière au bord du bois",
            "spot": "la clairière",
            "at_spot": "dans la clairière",
        },
        {
            "where": "sous un vieux saule, au bord d'une rivière tranquille",
            "spot": "le vieux saule",
            "at_spot": "sous le vieux saule",
        },
        {
            "where": "dans un jardin, derrière une petite maison bleue",
            "spot": "le jardin",
            "at_spot": "dans le jardin",
        },
        {
            "where": "sur une colline couverte de trèfle",
            "spot": "la colline",
            "at_spot": "sur la colline",
        },
    ),
    things=(
        {"a_little_thing": "un petit renard", "the_little_thing": "le petit renard"},
        {"a_little_thing": "un petit lapin", "the_little_thing": "le petit lapin"},
        {"a_little_thing": "une petite souris", "the_little_thing": "la petite souris"},
        {"a_little_thing": "un petit hérisson", "the_little_thing": "le petit hérisson"},
        {"a_little_thing": "une petite chouette", "the_little_thing": "la petite chouette"},
        {"a_little_thing": "un petit ours", "the_little_thing": "le petit ours"},
    ),
    frames=(
        Frame(
            openings=(
                "Il était une fois, {where}, {a_little_thing} qui s'appelait {name}. Chaque soir, "
                "les étoiles s'allumaient une à une dans le ciel. Et chaque soir, {name} était "
                "bien trop curi{eux} pour fermer les yeux.",
                "{Where}, là où l'herbe est douce et où l'air sent le trèfle, vivait "
                "{a_little_thing} qui s'appelait {name}. Un soir, {name} se demanda comment font "
                "les autres pour s'endormir. Alors {il} partit le demander à tout le monde.",
            ),
            beats=(
                "{Name} passa d'abord près des fleurs, qui avaient replié leurs pétales comme de "
                "toutes petites mains. «Comment faites-vous pour dormir ?» demanda {name}. «Nous "
                "fermons nos pétales, et nous écoutons le vent», chuchotèrent les fleurs en se "
                "balançant doucement.",
                "Sur une pierre encore tiède, un escargot rentrait lentement dans sa coquille. "
                "«Moi, je rentre chez moi, et chez moi, c'est toujours avec moi», dit-il en "
                "bâillant. {Name} trouva cela très malin, et un peu drôle aussi.",
                "Près du vieux mur, un chat roux faisait sa toilette. «Moi, je fais trois tours "
                "sur moi-même, puis je me roule en boule», dit-il en ronronnant. {Name} essaya "
                "aussi. Un tour, deux tours, trois tours. La tête lui tournait un tout petit peu, "
                "et {il} rit tout bas.",
                "Au bord de la mare, {name} rencontra une vieille grenouille qui s'appelait "
                "{friend}. «Moi, je compte les ronds dans l'eau», dit la grenouille. «Un rond, "
                "puis deux ronds, puis trois, et au septième, je dors déjà.»",
                "La lune flottait dans la mare comme une assiette d'argent. {Name} toucha l'eau "
                "du bout de la patte. La lune trembla, se brisa en mille petits morceaux, puis se "
                "recolla tout doucement, comme si de rien n'était. {Name} rit d'un tout petit "
                "rire ensommeillé.",
                "Une famille de lucioles passa en clignotant. Elles montrèrent à {name} le chemin "
                "à travers les hautes herbes. Allumées, éteintes, allumées, éteintes, elles "
                "clignotaient de plus en plus lentement, comme de petites lanternes qui avaient "
                "sommeil, elles aussi.",
                "Sur une branche, une chouette grise ouvrit ses grands yeux doux. «Tout le monde "
                "se repose un jour, même la lune», dit-elle. «Elle dort toute la journée, pour "
                "pouvoir veiller sur toi toute la nuit.»",
                "Un petit nuage passa devant la lune, tout doucement, comme une couverture qu'on "
                "remonte. «Même le ciel va se coucher», pensa {name}. Le nuage s'étira, bâilla à "
                "sa façon, puis s'en alla dormir derrière les arbres.",
                "Une brise fraîche chanta tout bas dans les feuilles. {Name} fit un grand "
                "bâillement, le plus grand bâillement de toute la nuit. Ses pattes devinrent "
                "lourdes, lourdes, comme si elles étaient remplies de sable tiède.",
                "Tout là-haut, les étoiles s'allumaient, une par une. {Name} essaya de les "
                "compter : une, deux, trois, dix, vingt. Mais il y en avait tant qu'{il} se "
                "perdit dans ses calculs. Et ses paupières se mirent à cligner doucement, comme "
                "les étoiles.",
                "{Name} regarda derrière {lui}. Tout là-bas, {spot} attendait, tiède et "
                "tranquille. Il y avait un petit lit de mousse, juste à la bonne taille pour "
                "{a_little_thing}. Et une feuille toute douce attendait, en guise de couverture. "
                "Soudain, {name} eut très envie d'y être.",
            ),
            climaxes=(
                "Alors {name} fit demi-tour et rentra sans se presser, près de la mare, près des "
                "lucioles, près des fleurs endormies. La lune {le} suivit pendant tout le chemin, "
                "pour être bien sûre qu'{il} arrivait à la maison.",
            ),
            endings=(
                "{Name} se roula en boule dans son lit de mousse et ferma les yeux. «Bonne nuit, "
                "la lune», murmura-t-{il}. Et la lune, tout là-haut, brilla un peu plus "
                "doucement, pour veiller sur {lui} jusqu'au matin.",
                "De retour {at_spot}, {name} se blottit bien au chaud sous sa feuille. Les "
                "étoiles clignaient, les grillons chantonnaient, le vent soufflait tout bas. Et "
                "bientôt, {the_little_thing} dormait à poings fermés. Bonne nuit, {name}. Bonne "
                "nuit.",
            ),
            texture=(
                "Tout était calme et lent.",
                "La nuit était douce comme une couverture.",
                "Au loin, un grillon chantait une berceuse.",
                "Les feuilles se parlaient à voix très basse.",
            ),
        ),
    ),
)

# Places: place, spot, at_spot ("au virage", "sur le vieux pont"), of_spot ("du virage").
# Things: what the lady leaves behind: a_thing, the_thing, it_obj (le/la), thing_e.
URBAN_LEGENDS = Material(
    kind="story",
    subject="a modern urban legend, told as if by a friend of a friend",
    titles=(
        "La dame blanche {of_spot}",
        "Ce qui s'est passé {at_spot}",
        "{The_thing} de la dame blanche",
        "La légende de {town}",
    ),
    descriptions=(
        "Tout le monde à {town} connaît quelqu'un qui connaît quelqu'un qui l'a vue. La légende "
        "de la dame blanche {of_spot}, et {of_thing} qu'elle laisse derrière elle.",
        "L'ami d'un ami, une nuit de brouillard et {place}. Une légende urbaine de {town}.",
    ),
    places=(
        {
            "place": "un virage serré sur la départementale",
            "spot": "le virage",
            "at_spot": "au virage",
            "of_spot": "du virage",
        },
        {
            "place": "le vieux pont de pierre sur la rivière",
            "spot": "le vieux pont",
            "at_spot": "sur le vieux pont",
            "of_spot": "du vieux pont",
        },
        {
            "place": "un arrêt de bus au bord de la forêt",
            "spot": "l'arrêt de bus",
            "at_spot": "à l'arrêt de bus",
            "of_spot": "de l'arrêt de bus",
        },
        {
            "place": "un passage à niveau abandonné",
            "spot": "le passage à niveau",
            "at_spot": "au passage à niveau",
            "of_spot": "du passage à niveau",
        },
    ),
    things=(
        {
            "a_thing": "une écharpe blanche",
            "the_thing": "l'écharpe blanche",
            "of_thing": "de l'écharpe blanche",
            "it_obj": "la",
            "thing_e": "e",
        },
        {
            "a_thing": "un gant de dentelle",
            "the_thing": "le gant de dentelle",
            "of_thing": "du gant de dentelle",
            "it_obj": "le",
            "thing_e": "",
        },
        {
            "a_thing": "un vieux parapluie",
            "the_thing": "le vieux parapluie",
            "of_thing": "du vieux parapluie",
            "it_obj": "le",
            "thing_e": "",
        },
        {
            "a_thing": "une pièce de monnaie ancienne",
            "the_thing": "la pièce ancienne",
            "of_thing": "de la pièce ancienne",
            "it_obj": "la",
            "thing_e": "e",
        },
        {
            "a_thing": "une broche en argent",
            "the_thing": "la broche en argent",
            "of_thing": "de la broche en argent",
            "it_obj": "la",
            "thing_e": "e",
        },
    ),
    frames=(
        Frame(
            openings=(
                "Si vous grandissez à {town}, tôt ou tard, quelqu'un vous parlera {of_spot}. On "
                "dit qu'après minuit, les soirs de brouillard, une jeune femme en blanc y fait du "
                "stop. Et on dit qu'il ne faut jamais, jamais refuser de la prendre.",
                "Cette histoire, c'est {friend} qui me l'a racontée, et {friend_il} la tient d'un "
                "cousin qui jure qu'elle est vraie. Elle se passe près de {town}, {at_spot}, et "
                "elle commence avec {name}, qui ne croyait pas aux fantômes.",
            ),
            beats=(
                "L'histoire remonte à un soir de novembre, il y a cinquante ans. Une jeune femme "
                "en robe blanche rentrait du bal à pied quand une voiture l'a renversée, tout "
                "près {of_spot}. Depuis, dit-on, elle attend là, certains soirs de brouillard, "
                "que quelqu'un la ramène chez elle.",
                "Les gendarmes de {town} connaissent l'histoire par cœur. Chaque automne, "
                "disent-ils, quelqu'un vient signaler une auto-stoppeuse en blanc qui a disparu "
                "de sa voiture. Ils notent tout poliment, sans jamais sourire, puis ils rangent "
                "le dossier avec les autres.",
                "{Name} avait entendu cette histoire cent fois et n'y croyait pas une seconde. Un "
                "samedi, en rentrant d'un mariage, {il} est arrivé{e} {at_spot} vers minuit, en "
                "chantant à tue-tête avec la radio pour rester éveillé{e}.",
                "Dans la lumière des phares, il y avait une jeune femme en blanc, toute pâle, le "
                "pouce levé. Il faisait froid, il pleuvait un peu, et {name} s'est arrêté{e} sans "
                "réfléchir. Elle est montée à l'arrière sans dire un mot.",
                "Elle n'a dit ni bonjour, ni merci, ni où elle allait. Elle regardait la route "
                "droit devant elle. Dans le rétroviseur, {name} voyait son visage très pâle, et "
                "ses cheveux qui restaient parfaitement secs malgré la pluie.",
                "Dans la voiture, il faisait soudain très froid. {Name} a poussé le chauffage au "
                "maximum, mais la buée s'est formée sur les vitres, de l'intérieur. Et sur la "
                "vitre arrière, quelqu'un avait dessiné une petite fleur du bout du doigt.",
                "Au bout de quelques kilomètres, juste avant une grande courbe, elle s'est "
                "penchée en avant. «Ralentissez ici, s'il vous plaît», a-t-elle dit d'une voix "
                "très calme. {Name} a freiné, et un camion sans phares a surgi dans l'autre sens, "
                "à quelques centimètres de la portière.",
                "{Name} s'est retourné{e} pour la remercier. La banquette arrière était vide. Les "
                "portières étaient verrouillées, la voiture roulait encore. Sur le siège, il n'y "
                "avait plus rien, à part {a_thing}, froid{thing_e} comme de la glace. {Name} n'a "
                "pas osé {it_obj} toucher avant d'être rentré{e} chez {lui}.",
                "Le lendemain, {name} a montré {the_thing} à la boulangère de {town}. Elle a "
                "pâli, puis elle a donné une adresse, une petite maison derrière l'église. Une "
                "très vieille dame a ouvert la porte, a regardé {the_thing} et s'est mise à "
                "pleurer doucement.",
                "«C'était à ma sœur», a-t-elle murmuré. Sur le buffet, une photo jaunie montrait "
                "une jeune femme en robe blanche, souriante, le soir de son dernier bal. {Name} a "
                "reconnu son visage tout de suite, et {il} a senti ses jambes trembler.",
                "La vieille dame a raconté que sa sœur s'appelait Madeleine. Elle avait dix-neuf "
                "ans, elle adorait danser, et elle avait promis d'être rentrée avant minuit. "
                "Depuis cinquante ans, chaque automne, quelqu'un frappe à sa porte avec la même "
                "histoire.",
            ),
            climaxes=(
                "La vieille dame a reposé {the_thing} dans les mains de {name}. «Gardez-{it_obj}, "
                "elle vous a choisi{e}», a-t-elle dit. Le soir même, {the_thing} avait disparu de "
                "la table. À sa place, il y avait un ticket de bal, daté de cinquante ans plus "
                "tôt, jour pour jour.",
            ),
            endings=(
                "{Name} vit toujours à {town}, et {il} ne parle jamais de cette nuit-là. Mais si "
                "vous roulez près {of_spot} après minuit, ralentissez. Et si une jeune femme en "
                "blanc lève le pouce, arrêtez-vous. Elle veut seulement rentrer chez elle.",
                "Est-ce que c'est vrai ? {Friend} jure que oui, et {friend_il} le tient de "
                "quelqu'un qui connaît la famille. C'est comme ça que vivent les légendes. Mais "
                "le ticket de bal existe, et {name} le garde dans un tiroir qu'{il} n'ouvre "
                "jamais la nuit.",
            ),
            texture=(
                "Les essuie-glaces battaient lentement.",
                "La route était vide dans les deux sens.",
                "Quelque part au loin, un chien s'est mis à hurler.",
                "Le brouillard montait doucement des fossés.",
            ),
        ),
    ),
)
