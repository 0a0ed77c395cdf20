"""Liebesgeschichte: warm und herzlich, zwei Menschen, die sich beinahe verpassen."""

from t2m.generate.story_data.german.forms import ding
from t2m.generate.story_data.model import Frame, Material

LOVE = Material(
    kind="story",
    subject="a warm, heartfelt love story",
    titles=(
        "Jeden Donnerstag {im_spot}",
        "{Name} und {friend}",
        "Ich glaube, das gehört Ihnen",
        "Ein Donnerstag in {town}",
    ),
    descriptions=(
        "{Name} und {friend} begegnen sich jede Woche {im_place}, und keiner traut sich, den "
        "ersten Schritt zu machen. Eine kurze Liebesgeschichte.",
        "Eine kleine Stadt, {ein_thing} und zwei Menschen, die sich beinahe verpassen. Eine "
        "Liebesgeschichte aus {town}.",
    ),
    places=(
        {
            "im_place": "in einer kleinen Buchhandlung am Marktplatz",
            "im_spot": "in der Buchhandlung",
            "in_spot": "in die Buchhandlung",
        },
        {
            "im_place": "in einem kleinen Café am Bahnhof",
            "im_spot": "im Café",
            "in_spot": "ins Café",
        },
        {
            "im_place": "auf einer Bank am Hafen",
            "im_spot": "auf der Bank am Hafen",
            "in_spot": "zur Bank am Hafen",
        },
        {
            "im_place": "im Gemeinschaftsgarten in der Lindenstraße",
            "im_spot": "im Garten",
            "in_spot": "in den Garten",
        },
    ),
    things=(
        ding("m", "Regenschirm", "gelb"),
        ding("n", "Taschenbuch", "zerlesen"),
        ding("n", "Notizbuch", "blau"),
        ding("f", "Kamera", "alt"),
        ding("m", "Wollschal", "rot"),
    ),
    frames=(
        Frame(
            openings=(
                "{Name} sah {friend} zum ersten Mal an einem verregneten Donnerstag {im_place} in "
                "{town}. {Friend} hielt {einen_thing} in der Hand und lachte über irgendetwas. Und "
                "{name} vergaß eine ganze Minute lang, warum {er} überhaupt gekommen war.",
                "Jeden Donnerstag saß {name} {im_place} in {town}, und jeden Donnerstag war "
                "{friend} schon da, mit {friend_sein}{poss_dat}. Monatelang nickten sie sich nur "
                "zu, zwei Fremde, die irgendwie immer am selben Ort waren.",
            ),
            beats=(
                "Eines Tages ließ {friend} {den_thing} liegen. {Name} nahm {ihn_thing} mit und "
                "übte eine ganze Woche lang, was {er} sagen würde. Als es so weit war, sagte {er} "
                "nur: Ich glaube, das gehört Ihnen. {Friend} bedankte sich und fragte, ob {name} "
                "öfter hier sei. Die ehrliche Antwort wäre gewesen: nur Ihretwegen. {Name} sagte: "
                "Ab und zu.",
                "Das reichte. Sie kamen ins Gespräch, jeden Donnerstag ein bisschen länger. Sie "
                "sprachen über Bücher, über das Wetter und über die seltsamen Träume, die {friend} "
                "jeden Morgen aufschrieb. Manchmal wurde es dunkel, ohne dass die beiden es "
                "merkten.",
                "Einmal kam ein Sturm auf, und sie mussten eine Stunde warten, bis der Regen "
                "nachließ. Sie erzählten sich ihre peinlichsten Geschichten, eine nach der "
                "anderen. {Name} hatte noch nie so viel über sich selbst gelacht.",
                "{Name} bemerkte auf einmal kleine Dinge. Wie {friend} die Tasse kippte, um den "
                "letzten Schluck zu erwischen. Welches Lied {friend} summte, wenn {friend_er} "
                "nervös war. Und dass der Regen aufhörte, sobald sie zusammen hinausgingen. {Name} "
                "schrieb nichts davon auf und vergaß trotzdem keine Einzelheit.",
                "Irgendwann, mitten in einem Satz, sagte {friend} einfach du. Beide taten so, als "
                "hätten sie es nicht bemerkt. Auf dem Heimweg lächelte {name} die ganze Zeit, ohne "
                "genau zu wissen, warum. Von da an war jeder Donnerstag ein kleines bisschen "
                "wärmer als der davor.",
                "An einem Donnerstag im Herbst hatte {friend} Geburtstag. {Name} brachte einen "
                "Kuchen mit, der leider etwas schief geraten war. {Friend} aß zwei Stücke und "
                "behauptete, es sei der beste Kuchen der Welt. Das war gelogen, und beide wussten "
                "es.",
                "Dann kam {friend} an einem Donnerstag nicht. Auch am nächsten nicht. {Name} saß "
                "allein {im_spot}, und der Platz gegenüber war so leer wie eine Frage, die sich "
                "niemand zu stellen traute. {Name} wartete bis zum Abend. Dann ging {er} nach "
                "Hause und ließ das Licht aus.",
                "Von einer Bekannten erfuhr {name}, dass {friend} eine Stelle in einer anderen "
                "Stadt angenommen hatte. {Er} schrieb einen Brief, zerriss ihn, schrieb einen "
                "zweiten und zerriss auch den. Manche Worte denkt man leichter, als man sie "
                "schreibt. Am Ende lag nur ein leeres Blatt vor {ihm}.",
                "Im Winter fand {name} einen alten Zettel in {sein}er Jackentasche. Darauf stand "
                "in {friend}s Handschrift ein Buchtitel und ein Satz: Das müssen Sie unbedingt "
                "lesen. {Name} kaufte das Buch am selben Tag und las es in einer einzigen Nacht.",
                "Am Ende schrieb {name} einen Brief mit nur drei Zeilen. Darin stand, was {er} nie "
                "laut gesagt hatte. {Er} warf den Brief ein, bevor {er} es sich anders überlegen "
                "konnte. Danach stand {er} noch eine Weile am Briefkasten, als könnte {er} den "
                "Brief durch bloßes Wünschen zurückholen.",
                "Wochen vergingen ohne Antwort. {Name} ging trotzdem jeden Donnerstag {in_spot}. "
                "Denn dort war {er} am meisten {er} selbst. {Er} brachte jedes Mal zwei Becher Tee "
                "mit. Einer davon wurde immer kalt.",
            ),
            climaxes=(
                "Dann, an einem grauen Donnerstag im Frühling, stand plötzlich {friend} vor {ihm}, "
                "nass vom Regen, einen Brief in der Hand. Ich habe ihn im Zug gelesen, sagte "
                "{friend}. Elfmal. Dann habe ich mir eine Rückfahrkarte gekauft.",
            ),
            endings=(
                "Die beiden treffen sich immer noch jeden Donnerstag {im_spot}, nur kommen sie "
                "jetzt zusammen. {Der_thing} hat zu Hause einen Ehrenplatz im Regal. {Er_thing} "
                "erinnert sie daran, dass das Schönste oft mit einem Satz beginnt: Ich glaube, das "
                "gehört Ihnen.",
                "Ein Jahr später, {im_spot}, stellte {name} eine Frage, auf die es nur ein Wort "
                "als Antwort braucht. {Friend} sagte es zweimal, nur um sicherzugehen. Und draußen "
                "hörte der Regen auf, genau im richtigen Moment.",
            ),
            texture=(
                "Draußen wurde der Regen zu einem sanften Nieseln.",
                "Irgendwo spielte leise ein Radio.",
                "Die Lichter der Stadt gingen eines nach dem anderen an.",
                "Die Kirchturmuhr schlug sechs.",
            ),
        ),
    ),
)
