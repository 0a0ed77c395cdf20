"""French material for the list topics: ``interesting_history``, ``fun_facts`` and
``life_pro_tips`` (true, checkable items; safe, sensible tips)."""

from t2m.generate.story_data.model import Frame, Material

HISTORY = Material(
    kind="list",
    subject="a true, well-documented and interesting story from history",
    titles=(
        "{n} moments étranges mais vrais de l'histoire",
        "L'histoire est plus bizarre qu'on ne le croit",
        "{n} histoires vraies du passé",
    ),
    descriptions=(
        "{n} moments bien réels de l'histoire qui ressemblent à de la fiction.",
        "Des taxis qui partent à la guerre, une semaine de dix jours et une grotte découverte par "
        "des adolescents : l'histoire dépasse la fiction.",
    ),
    frames=(
        Frame(
            openings=(
                "L'histoire est pleine de moments si étranges qu'on les croirait inventés. "
                "Pourtant, tous ceux-ci sont vrais.",
                "On ne trouve pas la plupart de ces histoires dans les manuels scolaires, mais "
                "chacune d'elles est vraie.",
            ),
            beats=(
                "En septembre 1914, pendant la bataille de la Marne, l'armée française "
                "réquisitionna environ six cents taxis parisiens. Ils conduisirent des soldats "
                "vers le front. Leur rôle militaire fut modeste, mais les taxis de la Marne "
                "devinrent une légende.",
                "En septembre 1940, quatre adolescents découvrirent par hasard la grotte de "
                "Lascaux, en Dordogne. Sur ses parois, des centaines de peintures d'animaux les "
                "attendaient depuis environ dix-sept mille ans.",
                "La tour Eiffel, construite pour l'Exposition universelle de 1889, ne devait "
                "rester debout qu'une vingtaine d'années. Elle fut sauvée en grande partie grâce "
                "à la radio, car son sommet était parfait pour y installer des antennes.",
                "Sous la Révolution, la France adopta un nouveau calendrier, où la semaine durait "
                "dix jours. Les mois s'appelaient Brumaire, Germinal ou Thermidor. Napoléon "
                "l'abandonna au début de l'année 1806.",
                "Le mètre est né pendant la Révolution française. On le définit alors comme la "
                "dix-millionième partie de la distance entre le pôle Nord et l'équateur. Pour le "
                "calculer, des savants mesurèrent le méridien entre Dunkerque et Barcelone.",
                "La guerre de Cent Ans n'a pas duré cent ans, mais cent seize, de 1337 à 1453. Ce "
                "n'était pas un seul long combat, plutôt une suite de guerres séparées par de "
                "longues trêves.",
                "La statue de la Liberté fut offerte par la France aux États-Unis et inaugurée en "
                "1886. À l'intérieur, elle cache une charpente métallique conçue par Gustave "
                "Eiffel, l'ingénieur de la future tour.",
                "La célèbre tapisserie de Bayeux n'est pas une tapisserie, mais une broderie de "
                "laine sur une toile de lin. Longue de près de soixante-dix mètres, elle raconte "
                "la conquête de l'Angleterre par Guillaume, en 1066.",
                "En juillet 1885, Louis Pasteur essaya pour la première fois son vaccin contre la "
                "rage sur un enfant. Joseph Meister, neuf ans, avait été mordu par un chien "
                "enragé. Le garçon survécut, et la médecine changea pour toujours.",
                "Marie Curie reste la seule personne à avoir reçu un prix Nobel dans deux "
                "sciences différentes. Elle obtint celui de physique en 1903, puis celui de "
                "chimie en 1911.",
                "Le 28 décembre 1895, au Grand Café, à Paris, les frères Lumière organisèrent une "
                "projection de cinéma publique et payante. Ce fut l'une des toutes premières. Une "
                "trentaine de spectateurs seulement étaient venus.",
                "La plus ancienne photographie connue prise d'après nature date de 1827 environ. "
                "Nicéphore Niépce l'a réalisée depuis une fenêtre de sa maison, en Bourgogne. Le "
                "temps de pose se comptait en heures, peut-être même en jours.",
                "Jeanne d'Arc fut condamnée et brûlée à Rouen en 1431, alors qu'elle n'avait pas "
                "vingt ans. Vingt-cinq ans plus tard, un second procès l'innocenta, et l'Église "
                "en fit une sainte en 1920.",
                "La galerie des Glaces de Versailles a vu deux moments opposés. L'Empire allemand "
                "y fut proclamé en 1871. En 1919, on y signa le traité de paix qui mettait fin à "
                "la guerre avec l'Allemagne.",
                "D'après son biographe Éginhard, Charlemagne essaya d'apprendre à écrire sur le "
                "tard. Il gardait des tablettes sous son oreiller pour s'exercer la nuit, mais il "
                "n'y parvint jamais vraiment.",
            ),
            climaxes=(),
            endings=(
                "L'histoire, décidément, est bien plus étrange que la fiction.",
                "Laquelle de ces histoires aimeriez-vous entendre en entier ? Le passé est plein "
                "de surprises.",
            ),
        ),
    ),
)

FUN_FACTS = Material(
    kind="list",
    subject="a script of surprising but true fun facts, each explained in a sentence",
    titles=(
        "{n} anecdotes que vous ne connaissiez sans doute pas",
        "{n} faits surprenants sur notre monde",
        "Le saviez-vous ? {n} faits étonnants",
    ),
    descriptions=(
        "{n} faits vrais sur les animaux, l'espace et l'histoire, qui ont l'air inventés mais ne "
        "le sont pas.",
        "Courts, vrais et surprenants : {n} anecdotes à partager autour de vous.",
    ),
    frames=(
        Frame(
            openings=(
                "Voici quelques faits qui ont l'air inventés, mais qui sont parfaitement vrais.",
                "Préparez-vous à être surpris. Chacun de ces faits est vrai.",
            ),
            beats=(
                "Environ tous les sept ans, la tour Eiffel est entièrement repeinte à la main. Il "
                "faut à peu près soixante tonnes de peinture pour la protéger de la rouille.",
                "La France est le pays qui compte le plus de fuseaux horaires au monde. Grâce à "
                "ses territoires d'outre-mer, elle en a douze, et même treize en comptant la "
                "terre Adélie, en Antarctique.",
                "Les pieuvres ont trois cœurs et le sang bleu. Deux cœurs envoient le sang vers "
                "les branchies, et le troisième le fait circuler dans le reste du corps.",
                "Le miel retrouvé dans des tombes de l'Égypte ancienne était encore comestible "
                "après des milliers d'années. Très pauvre en eau et plutôt acide, il empêche les "
                "bactéries de se développer.",
                "Pour un botaniste, la banane est une baie, mais pas la fraise. Les vrais fruits "
                "du fraisier sont les petits grains posés sur la fraise, qu'on appelle des akènes.",
                "Sur Vénus, une journée dure plus longtemps qu'une année. La planète tourne si "
                "lentement sur elle-même qu'elle fait le tour du Soleil avant d'avoir fini une "
                "rotation.",
                "Les requins sont plus anciens que les arbres. Ils nageaient déjà dans les océans "
                "il y a plus de quatre cents millions d'années, bien avant l'apparition des "
                "premières forêts.",
                "Les loutres de mer se tiennent souvent par la patte pendant leur sommeil. Comme "
                "ça, elles ne dérivent pas loin les unes des autres à la surface de l'eau.",
                "Il existe plus de parties d'échecs possibles que d'atomes dans l'univers "
                "observable. Aucun ordinateur ne pourra jamais toutes les jouer.",
                "Cléopâtre a vécu plus près des premiers pas sur la Lune que de la construction "
                "de la grande pyramide de Gizeh. À sa naissance, la pyramide avait déjà plus de "
                "deux mille ans.",
                "Les flamants roses naissent avec un plumage gris. Ils deviennent roses peu à "
                "peu, grâce aux pigments des petites crevettes et des algues qu'ils mangent.",
                "Saturne est la moins dense des planètes du système solaire. Elle flotterait dans "
                "l'eau, si l'on trouvait une baignoire assez grande pour l'accueillir.",
                "La lumière du Soleil met environ huit minutes pour arriver jusqu'à nous. Quand "
                "vous regardez le Soleil se coucher, vous le voyez donc tel qu'il était il y a "
                "huit minutes.",
                "Les chats ne sentent pas le goût sucré. Il leur manque le récepteur qui permet "
                "de le percevoir, ce qui explique leur indifférence pour les gâteaux.",
                "Les dauphins dorment avec une moitié du cerveau à la fois. L'autre moitié reste "
                "éveillée, pour surveiller les alentours et remonter respirer à la surface.",
                "Un éclair est environ cinq fois plus chaud que la surface du Soleil. L'air qu'il "
                "traverse peut dépasser trente mille degrés pendant une fraction de seconde.",
                "Un bébé naît avec près de trois cents os. Beaucoup se soudent en grandissant, et "
                "un adulte n'en a plus que deux cent six.",
                "La Lune s'éloigne de la Terre d'un peu moins de quatre centimètres par an. C'est "
                "à peu près la vitesse à laquelle poussent nos ongles.",
            ),
            climaxes=(),
            endings=(
                "Lequel vous a le plus surpris ? Partagez-le avec quelqu'un aujourd'hui.",
                "Le monde est bien plus étrange qu'on ne le croit. Restez curieux.",
            ),
        ),
    ),
)

LIFE_PRO_TIPS = Material(
    kind="list",
    subject="a script of practical, safe life pro tips, each with the reason it works",
    titles=(
        "{n} astuces de vie qui valent le coup",
        "{n} petites habitudes qui simplifient la vie",
        "{n} astuces du quotidien qui marchent vraiment",
    ),
    descriptions=(
        "{n} conseils pratiques pour la vie de tous les jours, chacun avec la raison pour "
        "laquelle il fonctionne.",
        "Simples, utiles et gratuites : {n} astuces de vie.",
    ),
    frames=(
        Frame(
            openings=(
                "Voici quelques petites astuces qui peuvent rendre la vie de tous les jours un "
                "peu plus simple.",
                "Ces astuces s'apprennent en quelques secondes et peuvent vous faire gagner des "
                "heures.",
            ),
            beats=(
                "Appliquez la règle des deux minutes. Si une tâche prend moins de deux minutes, "
                "faites-la tout de suite. La noter et y repenser plus tard coûte plus cher que de "
                "la faire.",
                "Quand vous devez vous concentrer, laissez votre téléphone dans une autre pièce. "
                "Même silencieux, posé sur le bureau, il attire votre attention.",
                "Préparez vos vêtements et votre sac la veille au soir. Les matins sont beaucoup "
                "plus calmes quand les décisions sont déjà prises.",
                "Si vous hésitez entre deux choix, tirez à pile ou face. Pendant que la pièce est "
                "en l'air, vous découvrez souvent de quel côté vous espérez la voir tomber.",
                "Avant un achat cher que vous n'aviez pas prévu, attendez vingt-quatre heures. Si "
                "vous en avez toujours envie le lendemain, c'est sans doute un bon achat.",
                "Prenez en photo l'endroit où vous êtes garé, vos bagages avant un voyage et vos "
                "papiers importants. Une photo est la sauvegarde la plus simple du monde.",
                "Buvez un grand verre d'eau en vous levant. Après une nuit sans boire, c'est "
                "l'une des façons les plus simples de se sentir plus réveillé.",
                "Quand tout semble trop lourd, écrivez toutes vos tâches sur une feuille, puis "
                "choisissez-en une seule. Une liste sur le papier pèse moins lourd qu'une liste "
                "dans la tête.",
                "Quand on vous présente quelqu'un, répétez son prénom une fois dans la "
                "conversation. Le dire à voix haute aide votre mémoire à le retenir.",
                "Rangez et lavez au fur et à mesure quand vous cuisinez. Laver un saladier "
                "pendant que les pâtes cuisent, c'est trouver une cuisine presque propre au "
                "moment de passer à table.",
                "Gardez toujours un chargeur de téléphone dans votre sac. Le jour où vous en "
                "aurez besoin ne sera jamais celui que vous aviez prévu.",
                "Apprenez à dire : laissez-moi y réfléchir, je vous réponds demain. Cette simple "
                "phrase vous laisse le temps de prendre une décision que vous ne regretterez pas.",
                "Posez un petit vide-poche à l'entrée, et mettez-y toujours vos clés. Un objet "
                "qui a une place fixe ne se perd presque jamais.",
                "Aérez votre logement une dizaine de minutes chaque jour, même en hiver. L'air se "
                "renouvelle, l'humidité baisse, et on respire mieux.",
                "Pour retrouver une boucle d'oreille tombée sur la moquette, enfilez un vieux "
                "collant sur le tube de l'aspirateur. Le petit objet reste collé au tissu au lieu "
                "d'être aspiré.",
                "Quand vous vous inscrivez à un essai gratuit, notez tout de suite dans votre "
                "agenda un rappel quelques jours avant la fin. Vous déciderez à temps si vous "
                "voulez payer.",
            ),
            climaxes=(),
            endings=(
                "Essayez-en une dès aujourd'hui, et voyez ce qui change.",
                "Les petites habitudes finissent par faire une grande différence. Choisissez "
                "votre préférée et commencez par celle-là.",
            ),
        ),
    ),
)
