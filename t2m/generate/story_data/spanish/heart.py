"""Spanish material for ``philosophy`` (Machado, Ortega y Calderón: el camino y el sueño),
``love`` (el último autobús de la noche) and ``custom`` (the user's own subject)."""

from t2m.generate.story_data.model import Frame, Material

# Places: where, somewhere to sit still. Things: a trace left by walking: a_thing, the_thing,
# it_obj (lo/la).
PHILOSOPHY = Material(
    kind="story",
    subject="a short, thoughtful philosophical reflection for a general audience",
    titles=(
        "Caminante, no hay camino",
        "¿Y si la vida es sueño?",
        "Yo soy yo y mi circunstancia",
        "{The_thing} y el camino",
    ),
    descriptions=(
        "Una breve reflexión sobre el camino, las decisiones y lo que somos.",
        "Machado, Calderón, {a_thing} y algunas preguntas para llevar contigo.",
    ),
    places=(
        {"where": "en un banco junto al mar"},
        {"where": "junto a la ventanilla de un tren"},
        {"where": "en el escalón de tu portal"},
    ),
    things=(
        {"a_thing": "una huella en la arena", "the_thing": "la huella", "it_obj": "la"},
        {"a_thing": "la estela de un barco", "the_thing": "la estela", "it_obj": "la"},
        {"a_thing": "un sendero en el monte", "the_thing": "el sendero", "it_obj": "lo"},
    ),
    frames=(
        Frame(
            openings=(
                "Antonio Machado escribió unos versos que casi todo el mundo en España sabe de "
                "memoria. Caminante, no hay camino, se hace camino al andar. Parecen sencillos. "
                "Pero guardan una idea muy profunda sobre quiénes somos.",
                "En el siglo diecisiete, Calderón de la Barca puso en boca de Segismundo una "
                "pregunta inquietante. ¿Qué es la vida? Un frenesí, una ilusión, una sombra. Y "
                "terminó con una frase famosa: toda la vida es sueño, y los sueños, sueños son.",
            ),
            beats=(
                "Para Machado, no hay un mapa esperándonos. El camino no existe antes de caminar: "
                "lo vamos haciendo paso a paso. Y cuando volvemos la vista atrás, decía, solo "
                "vemos la senda que nunca se ha de volver a pisar.",
                "Piensa en {a_thing}. Existe solo porque alguien pasó por ahí. Nadie {it_obj} "
                "dibujó antes. Así son también nuestras vidas: no las encontramos hechas, las "
                "vamos dejando detrás de nosotros, como una marca de nuestro paso.",
                "El filósofo José Ortega y Gasset lo dijo de otra manera: yo soy yo y mi "
                "circunstancia. No somos una isla. Somos también el lugar, la época y las "
                "personas que nos han tocado, y lo que hacemos con todo ello.",
                "Ortega añadía algo importante: si no salvo mi circunstancia, no me salvo yo. No "
                "basta con quejarse de lo que nos rodea. Cuidarlo y mejorarlo un poco también es "
                "una manera de cuidarnos a nosotros mismos.",
                "Segismundo, el protagonista de Calderón, despierta un día en un palacio y no "
                "sabe si está soñando. Al final decide que, sueño o no, lo que importa es obrar "
                "bien. Porque, como dice él, ni en sueños se pierde el hacer bien.",
                "Piensa en tus propias mañanas: el despertador, el café, el trabajo, la vuelta a "
                "casa. A veces la vida parece una rutina que se repite sola. Pero cada día, "
                "aunque no lo notemos, elegimos un poco hacia dónde va el camino.",
                "Los estoicos distinguían entre lo que depende de nosotros y lo que no. Nuestros "
                "juicios y nuestros actos son nuestros. Lo demás, el tiempo, los otros, la "
                "suerte, no lo son. La paz empieza, quizá, cuando dejamos de pelear con lo "
                "segundo.",
                "Séneca, que nació en Córdoba hace dos mil años, escribió que no es que tengamos "
                "poco tiempo, sino que perdemos mucho. Quizá el camino no es tan corto como "
                "creemos. Somos nosotros los que a veces nos distraemos por el camino.",
                "Prueba, alguna tarde, a sentarte {where} sin hacer nada. Al principio la cabeza "
                "protesta y busca algo que hacer. Luego, poco a poco, se calma. Y en ese "
                "silencio, las grandes preguntas pesan un poco menos.",
                "Piensa en alguien que planta un árbol sabiendo que nunca se sentará a su sombra. "
                "Su tiempo no se pierde: se regala a los que vendrán después. Quizá algunos "
                "caminos no se hacen para uno mismo, sino para los que caminan detrás.",
                "Baltasar Gracián dejó una frase que todavía se repite: lo bueno, si breve, dos "
                "veces bueno. Quizá la vida no necesite ser más larga para ser buena. Quizá solo "
                "necesite estar más llena de lo que de verdad importa.",
                "Tal vez la pregunta no sea quiénes somos, sino hacia dónde vamos. Cada decisión "
                "pequeña es un paso más en la senda. Y la buena noticia es que nunca es tarde "
                "para cambiar de dirección.",
            ),
            climaxes=(),
            endings=(
                "Así que la próxima vez que sientas que no sabes adónde vas, acuérdate de "
                "Machado. No hace falta tener el mapa completo. Basta con dar el siguiente paso. "
                "El camino, como siempre, se hará al andar.",
                "Quizá no haya una respuesta definitiva, y no pasa nada. Hacerse la pregunta ya "
                "es una manera de despertar. Y, sueño o no, lo que de verdad importa es cómo "
                "caminamos mientras tanto.",
            ),
            texture=(
                "Merece la pena detenerse un momento en esto.",
                "La respuesta es menos obvia de lo que parece.",
                "Hay algo tranquilizador en esa idea.",
                "Deja que esta pregunta te acompañe un rato.",
            ),
        ),
    ),
)

# Places: route (the night bus line), stop. Things: a_thing, the_thing, it_obj (lo/la).
LOVE = Material(
    kind="story",
    subject="a warm, heartfelt love story",
    titles=(
        "El último autobús",
        "Cartas desde {town}",
        "{Name} y {friend}",
        "A las doce y diez, en {stop}",
    ),
    descriptions=(
        "Cada noche, a las doce y diez, {friend} sube al autobús que conduce {name}. Una breve "
        "historia de amor, parada a parada.",
        "Una ciudad dormida, {a_thing} y dos personas que solo se dicen buenas noches. Una "
        "historia de amor en {town}.",
    ),
    places=(
        {"route": "la línea nocturna número once", "stop": "la parada del hospital"},
        {"route": "el búho que cruza el centro", "stop": "la parada de la plaza Mayor"},
        {"route": "la última línea hacia la estación", "stop": "la parada de la fuente"},
    ),
    things=(
        {"a_thing": "una bufanda amarilla", "it_obj": "la"},
        {"a_thing": "un libro de poemas", "it_obj": "lo"},
        {"a_thing": "un paraguas rojo", "it_obj": "lo"},
        {"a_thing": "una cámara de fotos antigua", "it_obj": "la"},
    ),
    frames=(
        Frame(
            openings=(
                "{Name} conducía el último autobús de {town}, {route}. Cada noche, a las doce y "
                "diez, en {stop}, subía {friend}. Traía cara de cansancio y el uniforme del "
                "hospital bajo el abrigo. Se sentaba siempre en el primer asiento, justo detrás "
                "de {name}.",
                "Durante meses, lo único que se dijeron {name} y {friend} fue buenas noches. Una "
                "vez al subir y otra al bajar, en el último autobús de {town}. Pero {name} "
                "esperaba esas dos palabras toda la noche, como quien espera la última parada.",
            ),
            beats=(
                "Una noche, {friend} se dejó {a_thing} en el asiento. {Name} {it_obj} guardó una "
                "semana entera, ensayando lo que iba a decir al devolver{it_obj}. Cuando llegó el "
                "momento, solo le salió una frase torpe: se te olvidó esto, y me alegro.",
                "Desde entonces, el trayecto se hizo corto. Hablaban de los pacientes de "
                "{friend}, de los pasajeros raros de {name}, de la lluvia, y de las series que no "
                "tenían tiempo de ver.",
                "Los viernes, {friend} le traía a {name} un bocadillo envuelto en papel de "
                "aluminio. Decía que nadie conduce bien con el estómago vacío. {Name}, a cambio, "
                "le guardaba el primer asiento aunque el autobús fuera lleno.",
                "{Name} empezó a fijarse en cosas pequeñas. Que {friend} se quitaba los zapatos "
                "nada más sentarse. Que tarareaba canciones de los ochenta cuando estaba "
                "cansad{friend_o}. Que se reía con toda la cara, hasta con las orejas.",
                "Algunas noches, cuando el autobús iba vacío, {name} conducía un poco más "
                "despacio de lo necesario. Nadie se quejó nunca. La ciudad dormía, los semáforos "
                "parpadeaban en ámbar, y en el espejo estaba {friend}, medio dormid{friend_o}, "
                "sonriendo.",
                "Una madrugada de tormenta, un árbol caído cortó la avenida y tuvieron que "
                "esperar una hora parados. {Friend} sacó un termo de chocolate y dos vasitos de "
                "plástico. Fue la mejor hora de todo el invierno.",
                "En Nochebuena, el autobús iba vacío, salvo por {friend}. {Name} puso villancicos "
                "en la radio, y {friend} los cantó todos, desafinando a propósito. Al bajar, dejó "
                "en el salpicadero un mazapán y una nota: feliz Navidad a quien mejor conduce de "
                "esta ciudad.",
                "Pero ninguno de los dos se atrevía a decir nada más. Entre el asiento del "
                "conductor y el primer asiento había medio metro. Y en ese medio metro cabían "
                "todas las palabras que todavía no se habían dicho.",
                "Entonces, una noche, {friend} no subió. Ni la noche siguiente. {Name} se detenía "
                "en {stop} aunque no hubiera nadie, y esperaba unos segundos de más, con las "
                "puertas abiertas y el corazón en un puño.",
                "Por una enfermera del hospital, {name} supo que {friend} había pedido el "
                "traslado a otra ciudad. Quizá para siempre. Esa noche, {name} escribió una "
                "carta, la rompió, escribió otra y también la rompió.",
                "Al final escribió solo tres líneas, las más valientes de su vida. Las dejó en el "
                "hospital, en un sobre con el nombre de {friend}. Y siguió conduciendo cada "
                "noche, deteniéndose en {stop}, por si acaso.",
                "Pasaron semanas sin respuesta, y el invierno se hizo largo. Pero {name} seguía "
                "llevando el último autobús. Aquel trayecto se había convertido en el lugar del "
                "mundo donde más se parecía a sí mism{o}.",
            ),
            climaxes=(
                "Una noche de primavera, a las doce y diez, en {stop}, las puertas se abrieron y "
                "subió {friend}. Traía la maleta todavía en la mano y el sobre arrugado entre los "
                "dedos. Se sentó en el primer asiento. Y en vez de buenas noches, dijo: he vuelto.",
            ),
            endings=(
                "Ahora {name} ya no conduce el último autobús. Lo toma como pasajer{o}, junto a "
                "{friend}, y siempre se sientan en el primer asiento. Y al bajar, todavía se "
                "dicen buenas noches, aunque vayan a la misma casa.",
                "Un año después, en el último autobús de {town}, {name} hizo una pregunta que "
                "solo necesitaba una palabra. {Friend} contestó que sí tan alto que los pocos "
                "pasajeros aplaudieron. Y el autobús, por primera vez, se saltó una parada.",
            ),
            texture=(
                "Fuera, la lluvia se convertía en llovizna.",
                "Las farolas de la avenida pasaban una detrás de otra.",
                "La radio del autobús sonaba muy bajito.",
                "La ciudad dormía con las ventanas apagadas.",
            ),
        ),
    ),
)

# Places: place, a description of {town}. Things: a_thing, the_thing.
CUSTOM = Material(
    kind="story",
    subject="",
    titles=("Una historia sobre «{Prompt}»", "{Name} y «{Prompt}»", "El día de «{Prompt}»"),
    descriptions=(
        "Una breve historia sobre «{prompt}», con {name}, de {town}.",
        "{Name}, un pequeño pueblo y «{prompt}»: una historia con planteamiento, nudo y desenlace.",
    ),
    places=(
        {"place": "un pueblo junto al mar"},
        {"place": "una pequeña ciudad llena de vida"},
        {"place": "un pueblo en lo alto de la sierra"},
    ),
    things=(
        {"a_thing": "un mapa viejo", "the_thing": "el mapa viejo"},
        {"a_thing": "una carta sin abrir", "the_thing": "la carta"},
        {"a_thing": "una llavecita de latón", "the_thing": "la llavecita"},
        {"a_thing": "una libreta antigua", "the_thing": "la libreta antigua"},
    ),
    frames=(
        Frame(
            openings=(
                "Esta es una historia sobre «{prompt}». Empieza con {name}, que vivía en {town}, "
                "{place}. Hacía mucho tiempo que {name} pensaba en ello, por la mañana al "
                "despertarse y por la noche antes de dormir.",
                "En {town} todo el mundo tenía una opinión sobre «{prompt}», pero {name} quería "
                "verlo con sus propios ojos. Así que una mañana de sol preparó la mochila, se "
                "metió {a_thing} en el bolsillo y se puso en camino.",
            ),
            beats=(
                "La primera persona a la que {name} preguntó fue {friend}, {friend_un} "
                "amig{friend_o} de toda la vida. {Friend} conocía a todo el mundo en {town}, "
                "escuchó con atención y sonrió. Las mejores historias, dijo, siempre empiezan con "
                "una pregunta.",
                "{Name} caminó durante horas, haciendo preguntas y apuntando las respuestas. "
                "Algunos se reían, otros se encogían de hombros, y unos pocos decían cosas que "
                "{lo} obligaban a pararse a pensar. La libreta se llenaba de flechas y de signos "
                "de interrogación.",
                "A mediodía paró en un bar de carretera. Al oír hablar de «{prompt}», la dueña "
                "dejó la cafetera y contó una historia de su abuela. No sabía si era verdad, pero "
                "era bonita, y con eso bastaba.",
                "Por la tarde estalló una tormenta. {Name} se refugió en un portal junto a un "
                "niño que esperaba a su madre. El niño hizo sobre «{prompt}» una pregunta tan "
                "sencilla que {name} no supo qué contestar. Quizá era la mejor pregunta del día.",
                "Al caer la tarde, tenía páginas y páginas, pero las respuestas no encajaban. Era "
                "como un puzle al que le faltaba una pieza, y {name} no tenía ni idea de dónde "
                "buscarla. Se sentó en un banco, cansad{o} y un poco desanimad{o}.",
                "Entonces pasó algo inesperado. {The_thing}, que {name} casi había olvidado en el "
                "fondo del bolsillo, resultó ser justo lo que necesitaba. A veces, lo que "
                "buscamos viaja con nosotros desde el principio, en silencio.",
                "Por primera vez, {name} entendió lo que «{prompt}» significaba de verdad para "
                "{el}. No era lo que le habían contado. Era más sencillo, y mucho más "
                "sorprendente. Tuvo que sentarse un momento para dejar que la idea se acomodara.",
                "Por el camino se cruzó con un anciano que llevaba años buscando lo mismo. "
                "Caminaron juntos un buen rato, intercambiando historias. Antes de despedirse, "
                "cada uno le regaló al otro una buena idea.",
                "Esa noche, {name} se sentó junto a una pequeña hoguera a repasar sus notas. Poco "
                "a poco, algo fue tomando forma, como una imagen que sale de la niebla. Y {name} "
                "empezó a sonreír. Las llamas bailaban, y por fin todo encajaba.",
                "Al día siguiente, {name} volvió a ver a algunas de las personas del camino, con "
                "una pregunta más. No era la misma pregunta del día anterior. Era una pregunta "
                "mejor, y esta vez las respuestas empezaban a parecerse.",
                "Quedaba una última dificultad. {Name} tenía que elegir entre dos caminos. Uno "
                "era seguro y llevaba a casa. El otro era difícil, y llevaba al final de la "
                "historia. Eligió el difícil, sin pensarlo demasiado. Las cosas importantes casi "
                "nunca están en el camino cómodo.",
            ),
            climaxes=(
                "Cuando por fin llegó al final del camino, {name} encontró «{prompt}» "
                "esperándol{o}, de una manera que jamás habría imaginado. Se echó a reír al "
                "pensar cuánto tiempo había tardado en verlo.",
            ),
            endings=(
                "{Name} volvió a {town} y se lo contó todo a {friend}. {Friend} escuchó hasta el "
                "final y solo dijo: sabía que lo encontrarías. Desde aquel día, cuando alguien "
                "pregunta por «{prompt}», lo mandan a hablar con {name}.",
                "Esta es la historia de {name} y de «{prompt}». {Lo} cambió un poco, como hacen "
                "las buenas historias. Y {name} todavía la cuenta, en las largas noches de "
                "invierno, a quien quiera escucharla.",
            ),
            texture=(
                "El sol cruzaba despacio el cielo.",
                "Nadie en {town} había hecho nunca nada parecido.",
                "El camino era largo, pero {name} se sentía liger{o}.",
                "Sería un día para recordar durante mucho tiempo.",
            ),
        ),
    ),
)
