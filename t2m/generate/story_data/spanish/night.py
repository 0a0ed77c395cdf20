"""Spanish material for ``bedtime`` (un animalito con miedo a la oscuridad que sale a conocer a
los amigos de la noche) and ``urban_legends`` (la Verónica, a la que nunca hay que llamar
tres veces delante de un espejo)."""

from t2m.generate.story_data.model import Frame, Material

# Places: where (a whole place phrase with its preposition) and at_spot.
# Things: the little animal, a_little_thing ("un conejito") and the_little_thing.
BEDTIME = Material(
    kind="story",
    subject="a calm, gentle bedtime story for young children",
    titles=(
        "{The_little_thing} que tenía miedo de la oscuridad",
        "{Name} y la luna",
        "Buenas noches, {name}",
        "Los amigos de la noche",
    ),
    descriptions=(
        "{Name} tiene miedo de la oscuridad, hasta que sale a conocer a los amigos de la noche. "
        "Un cuento suave para irse a dormir.",
        "Despacito, muy despacito: {name} da las buenas noches a la luna, a las luciérnagas y a "
        "los grillos, y vuelve a dormir {at_spot}.",
    ),
    places=(
        {"where": "en un prado a la orilla del bosque", "at_spot": "en el prado"},
        {
            "where": "bajo un viejo sauce, junto a un río tranquilo",
            "at_spot": "bajo el viejo sauce",
        },
        {"where": "en un jardín, detrás de una casita azul", "at_spot": "en el jardín"},
        {"where": "en una colina cubierta de tréboles", "at_spot": "en la colina"},
    ),
    things=(
        {"a_little_thing": "un zorrito", "the_little_thing": "el zorrito"},
        {"a_little_thing": "un conejito", "the_little_thing": "el conejito"},
        {"a_little_thing": "un ratoncito", "the_little_thing": "el ratoncito"},
        {"a_little_thing": "un erizo pequeñito", "the_little_thing": "el erizo pequeñito"},
        {"a_little_thing": "un osito", "the_little_thing": "el osito"},
        {"a_little_thing": "una ardillita", "the_little_thing": "la ardillita"},
    ),
    frames=(
        Frame(
            openings=(
                "Había una vez, {where}, {a_little_thing} que se llamaba {name}. Cada noche, "
                "cuando se apagaba la última luz, {name} se tapaba hasta las orejas. Le daba "
                "miedo la oscuridad, y no había manera de dormirse.",
                "{Where}, donde la hierba es suave y el aire huele a trébol, vivía "
                "{a_little_thing} que se llamaba {name}. Una noche, {name} decidió salir a ver "
                "qué había de verdad en la oscuridad. Salió despacito, con el corazón latiendo "
                "muy deprisa.",
            ),
            beats=(
                "Lo primero que vio {name} fue la luna, redonda y tranquila, colgada sobre los "
                "árboles. «¿Tú no tienes miedo ahí arriba?», le preguntó. «Yo soy la lamparita de "
                "la noche, ¿cómo voy a tener miedo?», contestó la luna, sonriendo.",
                "Junto al estanque, {name} encontró a una rana vieja que se llamaba {friend}. "
                "Estaba sentada en una hoja, cantando bajito. «Canto para que la noche no se "
                "sienta sola», dijo la rana. Y {name} se quedó un ratito escuchándola.",
                "{Name} tocó el agua con la punta de la pata. La luna reflejada tembló, se rompió "
                "en cien pedacitos y luego, muy despacio, volvió a juntarse, como si nada. {Name} "
                "se rio con una risita pequeña y llena de sueño.",
                "Pasó una familia de luciérnagas con sus farolillos encendidos. Le enseñaron a "
                "{name} el camino entre la hierba alta. Encendidas, apagadas, encendidas, "
                "apagadas: parpadeaban cada vez más despacio, como si también ellas tuvieran "
                "sueño.",
                "Entre las piedras, los grillos tocaban su música de siempre, cri, cri, cri. "
                "«Tocamos para acompañar a los que duermen», dijeron. Y {name} se dio cuenta de "
                "que la oscuridad estaba llena de sonidos amables.",
                "Una mariposa de la noche, grande y suave, se posó un momento en la nariz de "
                "{name}. Le hizo cosquillas y se fue volando, despacito, hacia la luz de la luna. "
                "{Name} se rio tan bajito que casi no se oyó.",
                "Debajo de un seto, una familia de topos roncaba a coro, todos juntos, bien "
                "apretados. {Name} pasó de puntillas para no despertarlos. Hasta los ronquidos, "
                "de noche, sonaban como una canción de cuna.",
                "Por el sendero volvía a casa un caracol, muy despacio, con su casita a cuestas. "
                "«Buenas noches, caracol», dijo {name}. «Buenas noches», contestó él. «No tengas "
                "prisa, que la noche es larga y muy bonita.»",
                "En una rama, un búho gris abrió sus grandes ojos tranquilos. «La noche no está "
                "vacía, pequeñ{o}», dijo con voz suave. «Está llena de amigos que cuidan de ti "
                "mientras duermes.»",
                "Allí arriba, las estrellas se encendían una a una. {Name} intentó contarlas: "
                "una, dos, tres, diez, veinte. Pero había tantas que se perdió. Y los ojos "
                "empezaron a cerrársele solos, despacito, como las estrellas cuando parpadean.",
                "Una brisa fresca cantó bajito entre las hojas una nana muy antigua. {Name} soltó "
                "un bostezo enorme, el bostezo más grande de toda la noche. Las patitas se le "
                "pusieron pesadas, pesadas, como si estuvieran llenas de arena tibia.",
                "{Name} miró hacia atrás. Allí, {at_spot}, {lo} esperaba su camita de musgo, "
                "justo del tamaño de {a_little_thing}, con una hoja suave para taparse. De "
                "repente, ya no tenía nada de miedo. Solo tenía sueño.",
            ),
            climaxes=(
                "Así que {name} volvió a casa sin prisa, junto al estanque, junto a las "
                "luciérnagas, junto a los grillos que seguían tocando. La luna {lo} acompañó todo "
                "el camino, para asegurarse de que llegaba bien.",
            ),
            endings=(
                "{Name} se acurrucó en su camita de musgo y cerró los ojos. «Buenas noches, "
                "luna», susurró. Y la luna, allá arriba, brilló un poquito más suave, para velar "
                "por {el} hasta la mañana.",
                "De vuelta {at_spot}, {name} se tapó con su hoja, calentit{o} y tranquil{o}. Las "
                "estrellas parpadeaban, los grillos tocaban bajito, el viento apenas soplaba. Y "
                "muy pronto, {the_little_thing} dormía profundamente. Buenas noches, {name}. "
                "Buenas noches.",
            ),
            texture=(
                "Todo estaba tranquilo y lento.",
                "La noche era suave como una manta.",
                "A lo lejos, un grillo cantaba una nana.",
                "Las hojas se hablaban en voz muy bajita.",
            ),
        ),
    ),
)

# Places: place, at_spot ("en el campamento"). Things: what Verónica leaves behind: a_thing,
# the_thing, of_thing, it_obj (lo/la), thing_o.
URBAN_LEGENDS = Material(
    kind="story",
    subject="a modern urban legend, told as if by a friend of a friend",
    titles=(
        "La leyenda de la Verónica",
        "Nunca la llames tres veces",
        "Lo que pasó {at_spot}",
        "{The_thing} del espejo",
    ),
    descriptions=(
        "En {town} todo el mundo conoce a alguien que conoce a alguien que la vio. La leyenda de "
        "la Verónica, y {of_thing} que apareció sobre una almohada.",
        "El amigo de un amigo, una vela, un espejo y {place}. Una leyenda urbana de {town}.",
    ),
    places=(
        {
            "place": "el campamento de verano junto al pantano",
            "at_spot": "en el campamento de verano",
        },
        {"place": "un albergue de montaña", "at_spot": "en el albergue de montaña"},
        {"place": "la casa de colonias de la sierra", "at_spot": "en la casa de colonias"},
        {"place": "un albergue juvenil junto al río", "at_spot": "en el albergue juvenil"},
    ),
    things=(
        {
            "a_thing": "un lazo rojo",
            "the_thing": "el lazo rojo",
            "of_thing": "del lazo rojo",
            "it_obj": "lo",
            "thing_o": "o",
        },
        {
            "a_thing": "una horquilla de plata",
            "the_thing": "la horquilla de plata",
            "of_thing": "de la horquilla de plata",
            "it_obj": "la",
            "thing_o": "a",
        },
        {
            "a_thing": "una pulsera de cuentas",
            "the_thing": "la pulsera de cuentas",
            "of_thing": "de la pulsera de cuentas",
            "it_obj": "la",
            "thing_o": "a",
        },
        {
            "a_thing": "un guante blanco",
            "the_thing": "el guante blanco",
            "of_thing": "del guante blanco",
            "it_obj": "lo",
            "thing_o": "o",
        },
        {
            "a_thing": "una medalla antigua",
            "the_thing": "la medalla antigua",
            "of_thing": "de la medalla antigua",
            "it_obj": "la",
            "thing_o": "a",
        },
    ),
    frames=(
        Frame(
            openings=(
                "Si has ido al colegio en España, seguro que alguien te ha hablado de la "
                "Verónica. Dicen que si la nombras tres veces delante de un espejo, a medianoche "
                "y con una vela encendida, aparece. Esta historia pasó {at_spot}, cerca de {town}.",
                "Esta historia me la contó {friend}, que la oyó de una prima suya, que jura que "
                "es verdad. Pasó {at_spot}, cerca de {town}. Y empieza con {name}, que no creía "
                "en fantasmas ni en nada parecido.",
            ),
            beats=(
                "Según la leyenda, Verónica era una chica que murió hace muchos años jugando a "
                "invocar espíritus. Desde entonces, dicen, espera detrás de los espejos. Y a "
                "veces, si alguien la llama, deja algo suyo para que no la olviden.",
                "Aquel verano, la última semana, alguien propuso el juego. {Name} se rio y dijo "
                "que eran tonterías de críos. Pero cuando los demás empezaron a llamarl{o} "
                "miedica, aceptó, aunque solo fuera por no oírlos más.",
                "A medianoche se encerraron en el baño, con una vela y el espejo grande. {Name} "
                "se puso delante de todos. Verónica, dijo, una vez. Verónica, dos veces. A la "
                "tercera, la vela se apagó de golpe, aunque no corría ni pizca de aire.",
                "En la oscuridad, alguien encendió la linterna del móvil. En el espejo estaban "
                "todos, pálidos, apretados unos contra otros. Y detrás de {name}, muy cerca, "
                "había una chica más, con el pelo mojado, a la que nadie conocía.",
                "Salieron corriendo y gritando, y no pararon hasta llegar a las literas. Los "
                "monitores pensaron que era una broma y los mandaron a dormir. Esa noche nadie "
                "pegó ojo, y {name} no apagó la linterna ni un segundo.",
                "Al día siguiente, nadie quiso hablar de lo que había pasado. Los monitores "
                "revisaron el baño, el espejo y hasta las tuberías, y no encontraron nada raro. "
                "Solo una vela consumida hasta el final, aunque había estado encendida apenas un "
                "minuto.",
                "Esa misma mañana, sobre la almohada de {name}, había {a_thing}. Estaba "
                "húmed{thing_o} y frí{thing_o}, y olía a cera de vela. Nadie del grupo {it_obj} "
                "había visto antes, y nadie quiso tocar{it_obj}.",
                "El conserje, un hombre mayor que llevaba allí toda la vida, se quedó blanco al "
                "ver {the_thing}. Contó que, en los años setenta, una chica del pueblo "
                "desapareció cerca de allí. La última vez que la vieron, llevaba {a_thing} "
                "exactamente igual. Les pidió que no volvieran a jugar a eso. Cada pocos años, "
                "dijo, algún grupo lo intentaba, y siempre alguien se llevaba un regalo que no "
                "había pedido.",
                "Desde entonces, cada mañana, el espejo del baño amanecía empañado, aunque nadie "
                "se hubiera duchado. Y en el vaho, escrito con un dedo, aparecía siempre el mismo "
                "nombre. No era Verónica. Era {name}.",
                "{Name} intentó deshacerse {of_thing}. {It_obj} tiró a la basura, {it_obj} "
                "enterró junto a la valla, {it_obj} dejó en un banco del pueblo. Cada noche "
                "volvía a aparecer sobre su almohada, húmed{thing_o} y frí{thing_o}, oliendo a "
                "cera.",
            ),
            climaxes=(
                "La última noche, {name} volvió sol{o} al baño, con una vela nueva. Dejó "
                "{the_thing} delante del espejo y dijo, en voz muy baja: te lo devuelvo. La llama "
                "tembló. En el cristal empañado apareció una sola palabra: gracias. Cuando "
                "encendió la luz, {the_thing} ya no estaba.",
            ),
            endings=(
                "{Name} ya es mayor y vive en {town}, pero nunca habla de aquel verano. Eso sí: "
                "en su casa no hay espejos en el baño. Y si alguna vez alguien propone el juego "
                "de la Verónica, se levanta y se va sin decir nada.",
                "¿Es verdad? {Friend} jura que sí, y {friend_el} lo sabe por alguien que estuvo "
                "allí. Así funcionan las leyendas. Pero {name} todavía guarda la foto de grupo de "
                "aquel verano, y en el espejo del fondo hay una chica de más.",
            ),
            texture=(
                "Los grillos se callaron de golpe.",
                "Una puerta crujió al fondo del pasillo.",
                "A lo lejos, un perro empezó a aullar.",
                "El aire olía a cera y a humedad.",
            ),
        ),
    ),
)
