"""French material for ``motivational`` (vingt minutes par jour et une chaîne de croix) and
``long_form_jokes`` (le cochon à la jambe de bois, le perroquet mal embouché)."""

from t2m.generate.story_data.model import Frame, Material

# Places: the goal, as an infinitive (goal) and with its "de" (de_goal: "d'écrire un roman").
# Things: where the crosses go: the_thing, in_thing ("dans le carnet", "sur le calendrier").
MOTIVATIONAL = Material(
    kind="story",
    subject="a motivational story with a clear lesson the listener can use",
    titles=(
        "N'attendez pas d'avoir envie",
        "Comment {name} a réussi à {goal}",
        "Un petit pas par jour",
        "Le jour où {name} n'a pas abandonné",
    ),
    descriptions=(
        "{Name} rêvait {de_goal} et a échoué, encore et encore. Ce qui a tout changé, ce n'est "
        "pas le talent, mais une habitude que chacun peut commencer aujourd'hui.",
        "Une courte histoire pour se motiver : {name}, le rêve {de_goal}, et la force des petits "
        "pas.",
    ),
    places=(
        {"goal": "courir un marathon", "de_goal": "de courir un marathon"},
        {"goal": "ouvrir une petite boulangerie", "de_goal": "d'ouvrir une petite boulangerie"},
        {"goal": "jouer du violoncelle", "de_goal": "de jouer du violoncelle"},
        {"goal": "écrire un roman", "de_goal": "d'écrire un roman"},
        {"goal": "traverser la France à vélo", "de_goal": "de traverser la France à vélo"},
    ),
    things=(
        {"the_thing": "le carnet", "in_thing": "dans un petit carnet"},
        {"the_thing": "le calendrier", "in_thing": "sur le calendrier de la cuisine"},
        {"the_thing": "le cahier", "in_thing": "dans un vieux cahier d'écolier"},
    ),
    frames=(
        Frame(
            openings=(
                "À quarante-deux ans, {name} a décidé {de_goal}. Les gens à qui {il} en parlait "
                "souriaient gentiment, de ce sourire qu'on réserve aux rêves qui ne se "
                "réaliseront pas. {Name} n'était pas sûr{e} non plus. Mais {il} a commencé quand "
                "même.",
                "Depuis toujours, {name} rêvait {de_goal}. Et depuis toujours, {il} avait une "
                "bonne raison de ne pas le faire : trop de travail, trop de fatigue, trop tard. "
                "Un matin, {il} a compris que ces bonnes raisons étaient devenues une vie entière.",
            ),
            beats=(
                "Quand {name} a annoncé son projet, personne ne s'est moqué. C'était presque "
                "pire. Les gens hochaient la tête poliment, comme on le fait devant un rêve dont "
                "on sait déjà qu'il restera un rêve. Un collègue a même dit : à ton âge, c'est "
                "courageux. Ce n'était pas un compliment.",
                "Les premières semaines ont été un désastre. {Name} voulait tout faire d'un coup, "
                "rattraper vingt ans en un mois. Au bout de dix jours, {il} était épuisé{e}, "
                "découragé{e}, et prêt{e} à tout laisser tomber. Les grands départs, a-t-{il} "
                "compris, s'essoufflent vite.",
                "Alors {il} a changé de méthode. Vingt minutes par jour, pas une de plus, pas une "
                "de moins. Chaque soir, {il} traçait une petite croix {in_thing}, et la seule "
                "règle était de ne jamais casser la chaîne.",
                "{Name} a aussi appris à préparer le terrain la veille. Les affaires posées près "
                "de la porte, le réveil réglé, la première étape écrite sur un papier. Le matin, "
                "il ne restait plus de décision à prendre, seulement un geste à faire.",
                "Certains jours, ces vingt minutes étaient un plaisir. La plupart du temps, elles "
                "étaient simplement ordinaires. Et quelques jours, elles semblaient impossibles. "
                "Ce sont ces jours-là qui ont compté le plus, parce que {name} les a faits quand "
                "même.",
                "{Friend}, {friend_un} voisin{friend_e}, a demandé à se joindre à {lui}. Savoir "
                "que quelqu'un l'attendait rendait les excuses beaucoup plus difficiles à "
                "trouver. Pas de grands discours, seulement un message chaque soir : fait, ou pas "
                "fait ? Et les mauvais jours, chacun rappelait à l'autre pourquoi tout avait "
                "commencé.",
                "Au bout de trois mois, {name} a feuilleté {the_thing}. Quatre-vingt-dix petites "
                "croix, serrées les unes contre les autres. Aucune ne ressemblait à un progrès. "
                "Mais ensemble, elles dessinaient un chemin qu'{il} avait du mal à croire, et que "
                "personne ne pouvait plus lui enlever.",
                "Puis il y a eu un coup dur : une blessure, un hiver difficile, un travail perdu. "
                "Pendant deux semaines, {the_thing} est resté vide. La vieille petite voix est "
                "revenue : tu vois bien, ça ne pouvait pas marcher.",
                "Certains matins, {name} se comparait à des gens qui semblaient avoir des années "
                "d'avance. Ça ne l'aidait jamais. La seule comparaison honnête, a-t-{il} fini par "
                "décider, c'était avec la personne qu'{il} était le mois précédent.",
                "Un soir, quelqu'un a demandé à {name} quel était son secret. {Il} a ri, parce "
                "qu'il n'y en avait pas. Pas de talent caché, pas de volonté de fer. Juste une "
                "règle si petite qu'elle en devenait impossible à refuser.",
                "{Name} a répondu au découragement avec le plus petit pas possible. Cinq minutes "
                "au lieu de vingt. Une mauvaise journée faite reste une journée faite, et la "
                "chaîne est repartie, une croix à la fois.",
            ),
            climaxes=(
                "Un an après cette première semaine ratée, {name} a réussi à {goal}. Ce n'était "
                "pas parfait, et ça n'avait pas besoin de l'être. La personne qui arrivait au "
                "bout n'était plus celle qui était partie, et c'était ça, la vraie récompense.",
            ),
            endings=(
                "Voilà la leçon de cette histoire. Inutile d'attendre le bon moment. Commencez "
                "petit, tenez bon les jours ordinaires, et pardonnez-vous les mauvais. Votre "
                "premier pas peut avoir lieu aujourd'hui, pendant vingt minutes, ou même cinq.",
                "S'il y a quelque chose que vous repoussez depuis des années, faites-en un tout "
                "petit morceau aujourd'hui. Puis recommencez demain, et le jour d'après. C'est "
                "tout ce que {name} a fait, et c'est tout ce qu'il faut.",
            ),
            texture=(
                "Chaque croix était une petite promesse tenue.",
                "Le plus dur, c'était toujours la première minute.",
                "Les progrès étaient lents, mais ils étaient réels.",
                "Personne ne regardait, et c'était très bien ainsi.",
                "La motivation allait et venait ; l'habitude, elle, restait.",
            ),
        ),
    ),
)

# Places: where (a region of France) and in_where ("en Normandie").
# Things: a_drink, what the farmer pours.
JOKES = Material(
    kind="story",
    subject="a long-form joke: a shaggy-dog story that builds up and ends with a punchline",
    titles=(
        # Titles that fit either joke and keep the punchline hidden.
        "Une très longue blague",
        "Une blague qui prend son temps",
        "La journée la plus étrange de {name}",
    ),
    descriptions=(
        "Une histoire à rallonge, un animal extraordinaire et une chute qu'on ne voit pas venir.",
        "{Name} vit la journée la plus étrange de sa vie. Une longue blague, à écouter jusqu'au "
        "bout.",
    ),
    places=(
        {"where": "la campagne normande", "in_where": "en Normandie"},
        {"where": "les petites routes du Périgord", "in_where": "dans le Périgord"},
        {"where": "les collines du Jura", "in_where": "dans le Jura"},
        {"where": "le fin fond de l'Auvergne", "in_where": "en Auvergne"},
    ),
    things=(
        {"a_drink": "un verre de cidre"},
        {"a_drink": "un café bien serré"},
        {"a_drink": "un petit verre de prune"},
    ),
    frames=(
        Frame(
            openings=(
                "{Name} traverse {where} quand sa voiture tombe en panne, juste devant une ferme. "
                "Le fermier {le} fait entrer et lui sert {a_drink}. Et c'est là que {name} le "
                "voit : dans la cour, il y a un cochon avec une jambe de bois.",
            ),
            beats=(
                "Intrigué{e}, {name} demande ce qui est arrivé à ce cochon. Le fermier allume sa "
                "pipe, prend tout son temps, et répond que ce cochon-là n'est pas un cochon comme "
                "les autres. Puis il commence à raconter.",
                "L'hiver dernier, raconte le fermier, c'est lui qui est tombé dans la mare gelée. "
                "Le cochon a cassé la glace avec son groin, l'a attrapé par le col et l'a tiré "
                "jusqu'au bord. Sans ce cochon, le fermier serait mort de froid.",
                "Au printemps, le feu a pris dans la grange. Le cochon a donné l'alerte en "
                "hurlant comme une sirène. Puis il est entré dans la fumée et a ramené les deux "
                "petits-enfants, un par un, sains et saufs.",
                "L'été, un renard rôdait autour du poulailler. Le cochon a monté la garde toutes "
                "les nuits pendant trois semaines, et on n'a pas perdu une seule poule. Il a même "
                "appris aux poules à rentrer toutes seules avant la nuit. Depuis, les voisins "
                "viennent lui demander conseil.",
                "Un jour, les impôts ont envoyé un contrôleur. Le cochon a retrouvé au fond d'un "
                "tiroir le reçu que toute la famille cherchait depuis deux ans. Le contrôleur est "
                "reparti en s'excusant, et il a même caressé le cochon.",
                "Il a aussi appris tout seul à ouvrir le portail, à ramener les vaches et à "
                "reconnaître la voiture du facteur. Le fermier jure qu'il sait lire l'heure, mais "
                "qu'il fait semblant de ne pas savoir, par modestie.",
                "Quand la grand-mère est tombée malade, le cochon a dormi au pied de son lit "
                "pendant tout l'hiver. Le médecin a dit qu'il n'avait jamais vu une guérison "
                "aussi rapide, ni une malade aussi bien gardée.",
                "Bref, conclut le fermier en tapotant sa pipe, ce cochon a sauvé la ferme, la "
                "famille et probablement le village entier. {Name} écoute tout cela bouche bée, "
                "en regardant le cochon qui mâchonne tranquillement une pomme.",
            ),
            climaxes=(
                "{Name} n'y tient plus. «D'accord, c'est un héros, mais pourquoi cette jambe de "
                "bois ?» demande-t-{il}. Le fermier {le} regarde longuement, comme si la question "
                "était la plus bête qu'on lui ait jamais posée.",
            ),
            endings=(
                "Il soupire, pose sa pipe et baisse la voix, comme on explique une évidence à un "
                "enfant. «Enfin, voyons, un cochon pareil, on ne le mange pas en une seule fois !»",
            ),
            texture=(
                "{Name} hoche lentement la tête.",
                "Le cochon, lui, continue de mâcher sa pomme.",
                "Dans la cour, une poule traverse avec un air important.",
                "Le fermier ressert un verre sans rien demander.",
            ),
        ),
        Frame(
            openings=(
                "{Name} hérite d'un magnifique perroquet gris, légué par une grand-tante qui "
                "vivait {in_where}. Un oiseau superbe, intelligent, qui parle parfaitement. Le "
                "seul problème, c'est qu'il ne parle que pour insulter tout le monde, du matin au "
                "soir.",
            ),
            beats=(
                "Dès le premier jour, il traite le facteur de grand nigaud et la voisine de "
                "vieille chouette. Et {name}, il {le} traite de tous les noms d'oiseaux. Ce qui, "
                "pour un perroquet, est quand même un comble.",
                "{Name} essaie d'abord la douceur. {Il} lui parle gentiment, lui offre des "
                "graines de luxe et lui passe de la musique classique. Le perroquet écoute Mozart "
                "en entier, siffle la fin, puis traite le compositeur de rigolo.",
                "Ensuite, {name} tente l'éducation. {Il} lui lit des poèmes de Verlaine et des "
                "fables de La Fontaine, tous les soirs, pendant un mois. Le perroquet retient "
                "tout, surtout les mots qu'il ne faut pas répéter.",
                "Un dimanche, {friend} vient déjeuner. Le perroquet l'accueille d'un «Encore toi "
                "?» si méprisant que {friend} repart avant le fromage. Et en France, partir avant "
                "le fromage, c'est grave. {Name} a beau s'excuser, le mal est fait.",
                "{Name} consulte un vétérinaire, puis un spécialiste du comportement, puis un "
                "magnétiseur. Le vétérinaire trouve l'oiseau en pleine forme. Le spécialiste "
                "change de métier. Le magnétiseur repart en pleurant. Le perroquet, lui, ne s'est "
                "jamais senti aussi bien.",
                "{Name} tente même la négociation : une semaine sans gros mots contre une mangue "
                "fraîche chaque matin. Le perroquet réfléchit longuement, mange la mangue, puis "
                "dit exactement ce qu'il pense de la mangue. Avec beaucoup de détails.",
                "Les voisins commencent à se plaindre. Le syndic envoie une lettre recommandée. "
                "Le perroquet la lit par-dessus l'épaule de {name} et dicte une réponse que "
                "personne n'oserait jamais envoyer. {Name} la déchire, mais le perroquet la "
                "récite à la fenêtre, pour tout l'immeuble.",
            ),
            climaxes=(
                "Un soir, à bout de nerfs, {name} attrape le perroquet et ouvre le congélateur. "
                "{Il} l'enferme dedans, juste une minute, pour lui faire peur. Derrière la porte, "
                "pendant dix secondes, ça hurle, ça cogne, ça jure. Puis plus rien. Un silence "
                "total.",
            ),
            endings=(
                "Pris{e} de remords, {name} rouvre le congélateur. Le perroquet sort, très digne, "
                "et se pose sur son épaule. «Je vous présente mes excuses, je ne dirai plus "
                "jamais de gros mots», dit-il d'une toute petite voix. Puis il jette un regard "
                "inquiet vers le congélateur. «Juste une question : qu'est-ce qu'il a fait, le "
                "poulet ?»",
            ),
            texture=(
                "Le perroquet se lisse les plumes avec dédain.",
                "{Name} compte lentement jusqu'à dix.",
                "Dans la cage, un grelot tinte d'un air moqueur.",
                "Les voisins, derrière le mur, ont tout entendu.",
            ),
        ),
    ),
)
