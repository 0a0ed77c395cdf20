"""Spanish material for ``motivational`` (veinte minutos al día, y nunca fallar dos días
seguidos) and ``long_form_jokes`` (la carta a Dios, el caracol que vuelve)."""

from t2m.generate.story_data.model import Frame, Material

# Places: goal, an infinitive ("escribir una novela"). Things: the_thing, in_thing (where the
# crosses go) and thing_o.
MOTIVATIONAL = Material(
    kind="story",
    subject="a motivational story with a clear lesson the listener can use",
    titles=(
        "Empieza hoy, aunque sea poco",
        "Cómo {name} consiguió {goal}",
        "Un pequeño paso cada día",
        "El día que {name} no se rindió",
    ),
    descriptions=(
        "{Name} soñaba con {goal} y fracasó una y otra vez. Lo que lo cambió todo no fue el "
        "talento, sino un hábito que cualquiera puede empezar hoy.",
        "Una historia breve para recuperar la motivación: {name}, el sueño de {goal} y la fuerza "
        "de los pasos pequeños.",
    ),
    places=(
        {"goal": "correr una maratón"},
        {"goal": "abrir una pequeña librería"},
        {"goal": "tocar la guitarra"},
        {"goal": "escribir una novela"},
        {"goal": "hacer el Camino de Santiago"},
    ),
    things=(
        {"the_thing": "la libreta", "in_thing": "en una libreta de tapas azules", "thing_o": "a"},
        {"the_thing": "el calendario", "in_thing": "en el calendario de la cocina", "thing_o": "o"},
        {"the_thing": "la agenda", "in_thing": "en una agenda vieja", "thing_o": "a"},
    ),
    frames=(
        Frame(
            openings=(
                "A los cuarenta y cinco años, {name} decidió {goal}. La gente sonreía con "
                "amabilidad al oírlo, como se sonríe ante los sueños que no se van a cumplir. Ni "
                "{name} estaba segur{o}. Pero empezó igualmente.",
                "Desde siempre, {name} soñaba con {goal}. Y desde siempre tenía una buena excusa "
                "para no hacerlo: demasiado trabajo, demasiado cansancio, ya es tarde. Una mañana "
                "se dio cuenta de que las excusas se habían convertido en una vida entera.",
            ),
            beats=(
                "Los primeros intentos fueron un desastre. {Name} quería hacerlo todo bien y "
                "enseguida, recuperar veinte años en un mes. A los diez días estaba agotad{o}, "
                "desanimad{o} y a punto de tirar la toalla. Los grandes comienzos, descubrió, se "
                "apagan muy rápido.",
                "Así que cambió de estrategia. Veinte minutos al día, ni uno más ni uno menos. "
                "Cada noche apuntaba una cruz {in_thing}. Y tenía una sola regla: se podía fallar "
                "un día, pero nunca dos seguidos.",
                "{Name} aprendió también a dejarlo todo preparado la noche anterior. Las cosas "
                "junto a la puerta, el despertador puesto, el primer paso apuntado en un papel. "
                "Por la mañana ya no había nada que decidir, solo algo que hacer.",
                "Algunos días, esos veinte minutos eran un placer. Casi siempre eran normales, "
                "sin nada especial. Y algunos días parecían imposibles. Esos fueron los que más "
                "contaron, porque {name} los hizo de todas formas.",
                "{Friend}, {friend_un} vecin{friend_o} del quinto, se apuntó a acompañar{lo}. "
                "Saber que alguien esperaba hacía mucho más difícil inventarse excusas. Y los "
                "días malos, cada uno le recordaba al otro por qué habían empezado.",
                "Una noche, en una cena, un conocido se burló de su proyecto delante de todos. "
                "{Name} volvió a casa con las mejillas ardiendo. Luego abrió {the_thing} e hizo "
                "su cruz del día, como siempre. Fue la mejor respuesta posible.",
                "A los tres meses, {name} repasó {the_thing}. Noventa cruces, una detrás de otra. "
                "Ninguna, por sí sola, parecía un avance. Pero juntas dibujaban un camino que le "
                "costaba reconocer como suyo, y que ya nadie le podía quitar.",
                "Entonces llegó el golpe: una gripe larga, un invierno difícil, un trabajo "
                "perdido. Durante dos semanas, {the_thing} se quedó vací{thing_o}. Y volvió la "
                "vocecita de siempre: ¿ves? Ya sabías que no iba a funcionar.",
                "Pero la regla seguía ahí: nunca dos días seguidos. {Name} respondió al desánimo "
                "con el paso más pequeño posible. Cinco minutos en lugar de veinte. Un día malo "
                "hecho sigue siendo un día hecho, y la cadena volvió a empezar.",
                "Algunas mañanas, {name} se comparaba con gente que parecía ir años por delante. "
                "Nunca servía de nada. La única comparación justa, decidió al final, era con la "
                "persona que había sido un mes antes. Había que mirar hacia atrás, no hacia los "
                "lados.",
                "A los seis meses, {name} releyó lo que había apuntado al principio y se echó a "
                "reír. Aquellos primeros intentos eran torpes, casi tiernos. Sin darse cuenta, "
                "había cambiado todo: las manos, la cabeza, hasta la forma de mirar los errores.",
                "Un día alguien le preguntó a {name} cuál era su secreto. {Name} se rio, porque "
                "no había ninguno. Ni talento escondido, ni fuerza de voluntad de hierro. Solo "
                "una regla tan pequeña que era imposible decirle que no.",
            ),
            climaxes=(
                "Un año después de aquella primera semana desastrosa, {name} consiguió {goal}. No "
                "fue perfecto, ni falta que hacía. La persona que llegó al final ya no era la que "
                "había empezado, y ese era el verdadero premio.",
            ),
            endings=(
                "Esta es la lección de la historia. No hace falta esperar el momento perfecto. "
                "Hace falta empezar en pequeño, aparecer también los días normales y perdonarse "
                "los malos. Tu primer paso puede ser hoy, aunque sea de cinco minutos.",
                "Si hay algo que llevas años aplazando, haz hoy un trocito. Aunque te salga mal. "
                "Mañana, otro trocito, y pasado mañana otro más. Es todo lo que hizo {name}, y es "
                "todo lo que hace falta.",
            ),
            texture=(
                "Cada cruz era una pequeña promesa cumplida.",
                "Lo más difícil era siempre el primer minuto.",
                "Los avances eran lentos, pero reales.",
                "Nadie miraba, y no pasaba nada.",
                "La motivación iba y venía; el hábito se quedaba.",
            ),
        ),
    ),
)

# Places: where (a corner of rural Spain). Things: crop, what grows in the fields.
JOKES = Material(
    kind="story",
    subject="a long-form joke: a shaggy-dog story that builds up and ends with a punchline",
    titles=(
        # Titles that fit either joke and keep the punchline hidden.
        "Un chiste muy largo",
        "Un chiste que se toma su tiempo",
        "El día más raro en la vida de {name}",
    ),
    descriptions=(
        "Una historia que se alarga, un personaje inolvidable y un final que no te esperas.",
        "{Name} vive el día más raro de su vida. Un chiste largo, para escuchar hasta el final.",
    ),
    places=(
        {"where": "en un pueblecito de la Mancha"},
        {"where": "en una aldea de Galicia"},
        {"where": "en un cortijo de Jaén"},
        {"where": "en un pueblo de la Ribera del Duero"},
    ),
    things=(
        {"crop": "trigo"},
        {"crop": "maíz"},
        {"crop": "girasoles"},
    ),
    frames=(
        Frame(
            openings=(
                "{Name} vive {where}, cerca de {town}, y lleva toda la vida sembrando {crop}. "
                "Este año la cosecha viene preciosa, la mejor en mucho tiempo. Pero una tarde de "
                "junio cae una granizada tremenda, y en diez minutos no queda nada en pie.",
            ),
            beats=(
                "{Name} no tiene ahorros, ni seguro, ni nadie a quien pedir ayuda. Pero tiene una "
                "fe enorme. Así que se sienta a la mesa de la cocina y moja el lápiz con la "
                "lengua. Luego escribe una carta: «Querido Dios, necesito cien euros para volver "
                "a sembrar.»",
                "En el sobre pone, con letra muy cuidada: Para Dios. Lo lleva a la oficina de "
                "Correos de {town}, le pega un sello y lo echa al buzón. Lo hace tan tranquil{o}, "
                "como quien escribe a un primo.",
                "El cartero, al ver el sobre, se echa a reír y se lo enseña al jefe de la "
                "oficina. Pero el jefe no se ríe. Lee la carta, se queda muy serio y dice que una "
                "fe así no se puede defraudar.",
                "Así que el jefe organiza una colecta entre los empleados. Cada uno pone lo que "
                "puede: el cartero, la de la ventanilla, el de los paquetes, hasta el señor que "
                "barre. El jefe pone además una parte de su sueldo.",
                "Aun así, no llegan a cien. Juntan setenta euros, y el jefe decide que más vale "
                "eso que nada. Los mete en un sobre y firma, con mucho cuidado, una sola palabra: "
                "Dios.",
                "El lunes, {name} pasa por Correos, como quien va a recoger algo que ya sabe que "
                "ha llegado. Y allí está: un sobre a su nombre. No muestra ninguna sorpresa, ni "
                "una pizca. Para {el}, que Dios conteste es lo más normal del mundo.",
                "Los empleados {lo} observan desde detrás del mostrador, emocionados, esperando "
                "ver su cara de alegría. {Name} abre el sobre y cuenta los billetes. Una vez. Dos "
                "veces. Y frunce el ceño.",
                "Sin decir nada, pide papel y lápiz en la ventanilla. Escribe muy concentrad{o}, "
                "arrugando la frente, y vuelve a echar una carta al buzón: Para Dios. En cuanto "
                "{name} se va, el jefe corre a abrirla.",
            ),
            climaxes=(
                "El jefe desdobla el papel, rodeado de todos los empleados, que se asoman por "
                "encima de su hombro. La letra es torpe, pero clarísima. {Name} le da las gracias "
                "a Dios por el dinero, y le cuenta que ya puede empezar a sembrar. Pero añade una "
                "cosa más.",
            ),
            endings=(
                "«Solo me han llegado setenta euros, así que mándame los otros treinta, que me "
                "hacen mucha falta. Pero no me los mandes por correo, que los de Correos son "
                "todos unos ladrones.»",
            ),
            texture=(
                "En la oficina huele a papel y a café recalentado.",
                "Fuera, el campo sigue aplastado por el granizo.",
                "El cartero se rasca la cabeza, sin saber qué pensar.",
                "Un perro dormita a la puerta de Correos.",
            ),
        ),
        Frame(
            openings=(
                "Una noche de lluvia, en su casa de {town}, {name} oye que llaman a la puerta. "
                "Abre y no ve a nadie. Mira hacia abajo y, en el felpudo, hay un caracol. Sin "
                "pensarlo mucho, {name} lo coge y lo lanza con todas sus fuerzas, lejos, al otro "
                "lado del huerto.",
            ),
            beats=(
                "El caracol vuela por encima de las lechugas, de la valla y de la acequia, y "
                "aterriza en un campo de {crop}. Se queda un buen rato boca arriba, mirando las "
                "estrellas, muy ofendido.",
                "A la mañana siguiente, el caracol se pone en marcha. Cruza el campo despacito, "
                "un centímetro detrás de otro. A media tarde ha avanzado casi un metro, y se "
                "siente muy orgulloso de sí mismo.",
                "En otoño llegan las lluvias, y el caracol lo agradece. Con el suelo mojado se "
                "viaja mucho mejor. Cruza la acequia subido a una hoja, como un capitán en su "
                "barco, sin perder nunca el rumbo.",
                "En invierno hace demasiado frío para viajar. El caracol se mete en su concha, "
                "cierra la puerta y espera, pensando en lo que va a decir cuando llegue. Lo "
                "ensaya una y otra vez, con distintas entonaciones.",
                "En primavera sigue adelante. Esquiva a un mirlo, a dos gallinas y al gato del "
                "vecino, que lo mira con curiosidad y se aburre enseguida. La valla del huerto le "
                "cuesta tres semanas enteras.",
                "Mientras tanto, la vida de {name} sigue como siempre. Cambia de trabajo, pinta "
                "la cocina, adopta un perro, se apunta a clases de baile. Del caracol, por "
                "supuesto, ni se acuerda.",
                "El caracol atraviesa por fin las lechugas, donde se permite un pequeño descanso "
                "y un bocado. Luego sube por el camino de piedra, baldosa a baldosa. Ya se ve la "
                "puerta. Ya falta muy poco.",
                "Sube el escalón de la entrada, que para él es como una montaña. Tarda dos días "
                "enteros. Se coloca en el felpudo, se estira todo lo que puede y, con la puntita "
                "de la cabeza, llama a la puerta.",
            ),
            climaxes=(
                "Ha pasado exactamente un año. {Name} abre la puerta, mira a un lado, mira al "
                "otro y, por fin, mira hacia abajo. En el felpudo está el caracol, agotado, con "
                "la concha llena de barro, mirándol{o} fijamente.",
            ),
            endings=(
                "El caracol respira hondo, recupera el aliento y, muy digno, le pregunta: «¿Se "
                "puede saber a qué ha venido eso?»",
            ),
            texture=(
                "El caracol no tiene prisa, pero tampoco piensa rendirse.",
                "En el huerto, las lechugas crecen sin enterarse de nada.",
                "Pasa una nube, y luego otra.",
                "Un mirlo canta sobre la valla.",
            ),
        ),
    ),
)
