"""French material for ``philosophy`` (Sisyphe, Camus, Pascal et Montaigne), ``love`` (des mots
au crayon dans la marge d'un livre) and ``custom`` (the user's own subject)."""

from t2m.generate.story_data.model import Frame, Material

# Places: where, somewhere to sit and think. Things: task, an everyday gesture, and detail,
# what one notices when doing it with attention.
PHILOSOPHY = Material(
    kind="story",
    subject="a short, thoughtful philosophical reflection for a general audience",
    titles=(
        "Le rocher de Sisyphe",
        "Faut-il imaginer Sisyphe heureux ?",
        "Un roseau pensant",
        "À quoi bon recommencer chaque jour ?",
    ),
    descriptions=(
        "Une courte réflexion sur l'absurde, le bonheur et les gestes de tous les jours.",
        "Sisyphe, un rocher et une question à emporter avec soi : que faire de nos journées ?",
    ),
    places=(
        {"where": "sur un banc au bord de l'eau"},
        {"where": "près de la fenêtre d'un train"},
        {"where": "sur les marches de votre immeuble"},
    ),
    things=(
        {"task": "arroser le jardin", "detail": "l'odeur de la terre mouillée"},
        {"task": "préparer le café du matin", "detail": "la chaleur de la tasse entre vos mains"},
        {"task": "marcher jusqu'au travail", "detail": "l'air froid du matin sur votre visage"},
    ),
    frames=(
        Frame(
            openings=(
                "Dans la mythologie grecque, Sisyphe est condamné à pousser un énorme rocher "
                "jusqu'au sommet d'une montagne. Chaque fois qu'il arrive en haut, le rocher "
                "roule jusqu'en bas, et tout est à recommencer. Pour toujours.",
                "Pascal a écrit que l'homme n'est qu'un roseau, le plus faible de la nature, mais "
                "un roseau pensant. Nous sommes fragiles, petits, de passage. Et pourtant, nous "
                "sommes capables de penser l'univers tout entier.",
            ),
            beats=(
                "En 1942, Albert Camus a repris l'histoire de Sisyphe dans un essai célèbre. Pour "
                "lui, nous ressemblons tous un peu à ce héros fatigué. Nous recommençons chaque "
                "jour les mêmes gestes, sans savoir vraiment pourquoi.",
                "Pensez à vos propres journées. Le réveil, le café, le trajet, le travail, le "
                "dîner, et de nouveau le réveil. Un jour, au milieu de tout cela, une question "
                "surgit : à quoi bon ? Camus appelait ce moment le sentiment de l'absurde.",
                "Face à l'absurde, Camus refuse de fuir. Il ne veut ni du désespoir, ni d'un "
                "espoir qui promettrait une réponse ailleurs, plus tard. Il propose autre chose : "
                "vivre pleinement, les yeux ouverts, sans attendre qu'on nous explique tout.",
                "À la fin du seizième siècle, Montaigne avait choisi une devise toute simple : "
                "que sais-je ? Ce n'était pas de la paresse. C'était une façon de rester curieux, "
                "de douter sans se décourager, et de regarder le monde sans prétendre l'avoir "
                "compris.",
                "Prenez un geste tout simple, comme {task}. On peut le faire en pensant à autre "
                "chose, pressé et agacé. On peut aussi le faire vraiment, en remarquant {detail}. "
                "Le geste est le même. La vie, elle, n'est plus tout à fait la même.",
                "Les stoïciens distinguaient ce qui dépend de nous et ce qui n'en dépend pas. Nos "
                "jugements et nos actes nous appartiennent. Le reste, la météo, les autres, le "
                "rocher qui redescend, ne nous appartient pas. La paix commence peut-être là.",
                "Le rocher redescend toujours. Mais entre deux montées, Sisyphe marche seul vers "
                "le bas de la montagne. Camus s'intéresse justement à ce moment-là, cette pause "
                "où l'homme reprend son souffle et regarde son destin en face.",
                "Dans la fable de La Fontaine, le chêne se moque du roseau, si fragile. Puis la "
                "tempête arrive, et c'est le chêne qui tombe. Le roseau, lui, répond simplement : "
                "je plie, et ne romps pas. La force n'est pas toujours là où on la cherche.",
                "Pascal remarquait que tout le malheur des hommes vient d'une seule chose : ne "
                "pas savoir demeurer en repos dans une chambre. Nous fuyons le silence, nous "
                "remplissons chaque minute. Peut-être par peur des questions qui nous attendent "
                "dans le calme.",
                "Essayez, un soir, de vous asseoir {where} sans rien faire. Au début, l'esprit "
                "s'agite et réclame une occupation. Puis, peu à peu, il se pose. Et dans ce "
                "calme, les grandes questions paraissent soudain moins lourdes à porter.",
                "Pensez à quelqu'un qui plante un arbre dont il ne verra jamais l'ombre. Pour lui "
                "seul, son geste n'a pas de sens. Il en a pour ceux qui viendront après. Le sens, "
                "parfois, se trouve dans ce que l'on transmet.",
                "Peut-être que le sens n'est pas une chose qu'on trouve un jour, comme un trésor "
                "au bout d'un chemin. Peut-être qu'il se fabrique, petit à petit, dans la manière "
                "dont chacun pousse son propre rocher.",
            ),
            climaxes=(),
            endings=(
                "Camus termine son essai par une phrase devenue célèbre : il faut imaginer "
                "Sisyphe heureux. Alors demain matin, quand vous retrouverez votre rocher, "
                "essayez de l'imaginer, vous aussi. Ce n'est pas le rocher qui change. C'est le "
                "regard.",
                "Il n'y a peut-être pas de réponse définitive, et ce n'est pas grave. Se poser la "
                "question, c'est déjà refuser de vivre en dormant. Et c'est peut-être le premier "
                "pas vers une vie que l'on choisit vraiment.",
            ),
            texture=(
                "Cela vaut la peine de s'y arrêter un instant.",
                "La réponse est moins évidente qu'il n'y paraît.",
                "Il y a quelque chose de rassurant dans cette idée.",
                "Gardez cette question avec vous un moment.",
            ),
        ),
    ),
)

# Places: in_place (where one borrows a book), at_spot. Things: a_thing, the_thing (masculine).
LOVE = Material(
    kind="story",
    subject="a warm, heartfelt love story",
    titles=(
        "Des mots dans la marge",
        "Lettres de {town}",
        "{Name} et {friend}",
        "Tous les mardis {at_spot}",
    ),
    descriptions=(
        "{Name} trouve une phrase écrite au crayon dans {a_thing}, et décide de répondre. Une "
        "courte histoire d'amour, un mardi après l'autre.",
        "Une petite ville, {a_thing} et deux personnes qui s'écrivent sans se connaître. Une "
        "histoire d'amour à {town}.",
    ),
    places=(
        {"in_place": "dans la boîte à livres du jardin public", "at_spot": "au jardin public"},
        {"in_place": "à la bibliothèque municipale", "at_spot": "à la bibliothèque"},
        {
            "in_place": "dans une vieille cabine téléphonique transformée en boîte à livres",
            "at_spot": "à la vieille cabine téléphonique",
        },
        {"in_place": "au rayon poésie de la médiathèque", "at_spot": "à la médiathèque"},
    ),
    things=(
        {"a_thing": "un vieux recueil de Prévert", "the_thing": "le recueil de Prévert"},
        {"a_thing": "un roman de Colette", "the_thing": "le roman de Colette"},
        {"a_thing": "un exemplaire du Petit Prince", "the_thing": "le Petit Prince"},
        {"a_thing": "un guide des oiseaux de France", "the_thing": "le guide des oiseaux"},
    ),
    frames=(
        Frame(
            openings=(
                "Un mardi de pluie, à {town}, {name} a emprunté {a_thing} {in_place}. En "
                "l'ouvrant, {il} a trouvé quelques mots au crayon dans la marge. Une petite "
                "écriture penchée demandait : «Ce passage m'a fait pleurer, et vous ?»",
                "{Name} allait {at_spot} tous les mardis, à {town}. Et tous les mardis, {friend} "
                "était déjà là, penché{friend_e} sur un livre. Un jour, {name} a emprunté "
                "{a_thing} au hasard. Dans la marge, une petite écriture penchée demandait : «Ce "
                "passage m'a fait pleurer, et vous ?»",
            ),
            beats=(
                "{Name} a hésité longtemps. Que répondre à quelqu'un qui a pleuré sur la même "
                "page que vous ? Finalement, {il} a écrit sous la phrase, au crayon aussi, en "
                "s'appliquant comme à l'école. Puis {il} a remis {the_thing} à sa place, un peu "
                "gêné{e}, et un peu heur{eux} aussi.",
                "Dès le lendemain, {name} est retourné{e} {at_spot}, juste pour vérifier. Rien, "
                "bien sûr. Qui répond en une nuit à un mot laissé dans un livre ? {Il} s'est "
                "trouvé{e} ridicule, puis {il} est revenu{e} le surlendemain, et le jour d'après.",
                "La semaine suivante, une nouvelle phrase attendait, plus bas dans la marge. Puis "
                "une autre, sur la page d'après. Les messages parlaient de livres, de la pluie, "
                "et des rêves étranges qu'on fait juste avant de se réveiller.",
                "{Name} s'est surpris{e} à guetter les mardis. {Il} arrivait trop tôt et "
                "repartait trop tard. {Il} observait chaque personne qui s'approchait des livres "
                "en se demandant : est-ce que c'est elle, est-ce que c'est lui ?",
                "Au fil des semaines, {name} a appris des choses minuscules et précieuses. La "
                "personne au crayon aimait le thé trop fort, détestait les dimanches soir et "
                "fredonnait quand elle était nerveuse. Elle l'avait avoué dans la marge d'un "
                "chapitre triste.",
                "Un mardi, la réponse parlait d'un poème que {name} aimait depuis l'enfance, un "
                "poème que presque personne ne connaît. {Name} a relu la phrase trois fois. "
                "Comment quelqu'un pouvait-il aimer exactement les mêmes choses, et les dire "
                "mieux qu'{il} ne l'aurait fait ?",
                "{Name} remarquait aussi {friend}, l'habitué{friend_e} du mardi, qui fredonnait "
                "tout bas en tournant les pages. Parfois, {friend} levait les yeux, souriait, "
                "puis replongeait dans sa lecture. Mais {name} n'a pas fait le rapprochement. On "
                "ne voit jamais ce qui se trouve juste sous son nez.",
                "Puis, un mardi, il n'y a pas eu de réponse. Ni le mardi suivant. {Name} "
                "feuilletait {the_thing} page après page. {Il} a même ouvert tous les livres "
                "voisins, au cas où. Mais la marge restait blanche, comme une question que "
                "personne n'osait poser.",
                "{Name} a écrit une lettre, l'a déchirée, en a écrit une autre. Finalement, {il} "
                "n'a laissé que trois lignes dans la marge, les plus courageuses de sa vie. Trois "
                "lignes qui disaient enfin ce qu'{il} n'avait jamais osé dire à voix haute.",
                "Les semaines ont passé sans réponse. {Name} continuait pourtant à venir "
                "{at_spot} chaque mardi, parce que c'était devenu l'endroit où {il} se sentait le "
                "plus {lui}-même. Même la pluie, là-bas, avait l'air moins triste.",
                "{Name} a remarqué que {friend} ne venait plus, {friend_lui} non plus. Sans bien "
                "savoir pourquoi, {il} a senti son cœur se serrer. Deux absences, tout à coup, ne "
                "faisaient plus qu'un seul grand vide.",
            ),
            climaxes=(
                "Puis, un mardi de printemps, {friend} est revenu{friend_e}, trempé{friend_e} par "
                "la pluie, et a posé {the_thing} devant {name}. Sous les trois lignes, il y avait "
                "une réponse, de la même petite écriture penchée : «Moi aussi, depuis le premier "
                "mardi.»",
            ),
            endings=(
                "{Name} et {friend} viennent toujours {at_spot} le mardi, mais maintenant, c'est "
                "main dans la main. Et sur la table de la cuisine, il y a un carnet. On s'y écrit "
                "encore, pour le plaisir, des petits mots au crayon.",
                "Un an plus tard, {at_spot}, {name} a glissé une dernière question dans la marge, "
                "une question qui n'attendait qu'un seul mot. {Friend} a répondu oui, en lettres "
                "si grandes qu'elles débordaient de la page. Dehors, pile à ce moment-là, la "
                "pluie s'est arrêtée.",
            ),
            texture=(
                "Dehors, la pluie se calmait en une bruine légère.",
                "L'odeur du vieux papier flottait dans l'air.",
                "Les réverbères de la rue s'allumaient un à un.",
                "Quelque part, une horloge sonnait la demie.",
            ),
        ),
    ),
)

# Places: place, a description of {town}. Things: a_thing, the_thing, thing_e.
CUSTOM = Material(
    kind="story",
    subject="",
    titles=("Une histoire sur «{Prompt}»", "{Name} et «{Prompt}»", "Le jour de «{Prompt}»"),
    descriptions=(
        "Une courte histoire autour de «{prompt}», avec {name}, de {town}.",
        "{Name}, une petite ville et «{prompt}» : une histoire avec un début, un milieu et une "
        "fin.",
    ),
    places=(
        {"place": "une petite ville au bord de la mer"},
        {"place": "une petite ville animée"},
        {"place": "un village perché dans les collines"},
    ),
    things=(
        {"a_thing": "une vieille carte", "the_thing": "la vieille carte", "thing_e": "e"},
        {"a_thing": "une lettre jamais ouverte", "the_thing": "la lettre", "thing_e": "e"},
        {"a_thing": "une petite clé en laiton", "the_thing": "la petite clé", "thing_e": "e"},
        {"a_thing": "un vieux carnet", "the_thing": "le vieux carnet", "thing_e": ""},
    ),
    frames=(
        Frame(
            openings=(
                "Voici une histoire à propos de «{prompt}». Elle commence avec {name}, qui vivait "
                "à {town}, {place}. Depuis très longtemps, {name} y pensait le matin en se "
                "levant, et le soir avant de s'endormir.",
                "À {town}, tout le monde avait un avis sur «{prompt}», mais {name} voulait en "
                "avoir le cœur net. Alors, un beau matin, {il} a préparé un sac, glissé {a_thing} "
                "dans sa poche et pris la route.",
            ),
            beats=(
                "La première personne que {name} est allé{e} voir, c'était {friend}, {friend_un} "
                "ami{friend_e} de toujours qui connaissait tout le monde à {town}. {Friend} a "
                "écouté attentivement, puis a souri : les meilleures histoires commencent "
                "toujours par une question.",
                "{Name} a marché pendant des heures, en posant des questions et en notant les "
                "réponses. Certains riaient, d'autres haussaient les épaules, et quelques-uns "
                "disaient des choses qui {le} faisaient s'arrêter pour réfléchir. Son carnet se "
                "remplissait de flèches, de points d'interrogation et de petits dessins.",
                "À midi, {name} s'est arrêté{e} dans un petit café. En entendant parler de "
                "«{prompt}», la patronne a posé sa cafetière et raconté une histoire de sa "
                "grand-mère. Elle ne savait pas si elle était vraie, mais elle la trouvait belle, "
                "et c'est tout ce qui comptait.",
                "En fin d'après-midi, un orage a éclaté. {Name} s'est abrité{e} sous un porche "
                "avec une petite fille qui attendait sa mère. Elle a posé sur «{prompt}» une "
                "question si simple que {name} n'a pas su quoi répondre. C'était peut-être la "
                "meilleure question de la journée.",
                "Le soir venu, {name} avait rempli des pages entières, mais les réponses ne "
                "s'emboîtaient pas. C'était comme un puzzle auquel il manquait une pièce. Et "
                "{name} n'avait aucune idée de l'endroit où il fallait la chercher.",
                "Puis quelque chose d'inattendu s'est produit. {The_thing}, que {name} avait "
                "presque oublié{thing_e} au fond de sa poche, s'est révélé{thing_e} être "
                "exactement ce dont {il} avait besoin. Parfois, ce qu'on cherche voyage avec nous "
                "depuis le début, sans faire de bruit.",
                "Pour la première fois, {name} a compris ce que «{prompt}» voulait vraiment dire "
                "pour {lui}. Ce n'était pas ce qu'on lui avait raconté. C'était plus simple, et "
                "beaucoup plus surprenant. {Il} a dû s'asseoir un moment sur un muret pour "
                "laisser l'idée faire son chemin.",
                "En chemin, {name} a croisé un vieil homme qui cherchait la même chose depuis des "
                "années. Ils ont fait un bout de route ensemble en échangeant des histoires. Et "
                "chacun a donné à l'autre une bonne idée avant que leurs chemins se séparent.",
                "Ce soir-là, {name} s'est assis{e} près d'un petit feu pour relire ses notes. "
                "Lentement, une forme est apparue, comme une image qui sort du brouillard, et "
                "{il} s'est mis{e} à sourire. Les flammes dansaient, et tout devenait enfin clair.",
                "Le lendemain, {name} est retourné{e} voir certaines personnes pour leur poser "
                "une question de plus. Ce n'était pas la même question que la veille. C'était une "
                "meilleure question, et les réponses, cette fois, commençaient à se ressembler.",
                "Restait une dernière difficulté. {Name} devait choisir entre le chemin le plus "
                "sûr pour rentrer et le plus difficile, celui qui menait au bout de l'histoire. "
                "{Il} a choisi le plus difficile, sans hésiter très longtemps.",
            ),
            climaxes=(
                "Quand {name} est enfin arrivé{e} au bout de la route, «{prompt}» l'attendait là, "
                "d'une manière qu'{il} n'aurait jamais imaginée. {Il} a éclaté de rire en pensant "
                "au temps qu'il lui avait fallu pour le voir.",
            ),
            endings=(
                "{Name} est rentré{e} à {town} et a tout raconté à {friend}. {Friend} a écouté "
                "jusqu'au bout, puis a dit simplement : je savais que tu trouverais. Depuis ce "
                "jour, quand quelqu'un pose une question sur «{prompt}», on l'envoie chez {name}.",
                "Voilà l'histoire de {name} et de «{prompt}». Elle l'a un peu changé{e}, comme le "
                "font les bonnes histoires. Et {il} la raconte encore, les longs soirs d'hiver, à "
                "{town}, à qui veut bien l'écouter.",
            ),
            texture=(
                "Le soleil traversait lentement le ciel.",
                "Personne à {town} n'avait jamais rien fait de pareil.",
                "La route était longue, mais {name} se sentait lég{er}.",
                "Ce serait une journée dont {name} se souviendrait longtemps.",
            ),
        ),
    ),
)
