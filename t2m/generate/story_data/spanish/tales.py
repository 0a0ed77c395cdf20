"""Spanish material for ``scary`` (una habitación barata, un objeto que se acerca escalón a
escalón) and ``mystery`` (una ventana rota y los cristales del lado equivocado)."""

from t2m.generate.story_data.model import Frame, Material

# Places: place (with its article), spot, in_spot, to_spot ("al faro"), of_spot ("del faro").
# Things: thing, a_thing, the_thing, of_thing, to_thing, it_obj (lo/la) and thing_o, the
# ending of an adjective or participle that agrees with the thing.
SCARY = Material(
    kind="story",
    subject="a scary story",
    titles=(
        "{The_thing} de {town}",
        "Tres noches en {town}",
        "Lo que esperaba {in_spot}",
        "{Name} y {the_thing}",
        "No le contestes {to_thing}",
    ),
    descriptions=(
        "{Name} pasa unos días {in_spot}, cerca de {town}, y {the_thing} nunca se queda donde "
        "{it_obj} dejan. Una historia para escuchar con la luz encendida.",
        "Un alquiler barato, un pueblo silencioso y {a_thing} que se mueve sol{thing_o}. Un "
        "relato de terror sobre {name}, que se quedó una noche de más.",
    ),
    places=(
        {
            "place": "un viejo faro en los acantilados",
            "spot": "el faro",
            "in_spot": "en el faro",
            "to_spot": "al faro",
            "of_spot": "del faro",
        },
        {
            "place": "un cortijo al final de un camino de tierra",
            "spot": "el cortijo",
            "in_spot": "en el cortijo",
            "to_spot": "al cortijo",
            "of_spot": "del cortijo",
        },
        {
            "place": "un viejo balneario casi abandonado",
            "spot": "el balneario",
            "in_spot": "en el balneario",
            "to_spot": "al balneario",
            "of_spot": "del balneario",
        },
        {
            "place": "una casa de piedra en lo alto de la sierra",
            "spot": "la casa de piedra",
            "in_spot": "en la casa de piedra",
            "to_spot": "a la casa de piedra",
            "of_spot": "de la casa de piedra",
        },
        {
            "place": "un antiguo internado en la colina",
            "spot": "el internado",
            "in_spot": "en el internado",
            "to_spot": "al internado",
            "of_spot": "del internado",
        },
    ),
    things=(
        {
            "thing": "caja de música",
            "a_thing": "una caja de música",
            "the_thing": "la caja de música",
            "of_thing": "de la caja de música",
            "to_thing": "a la caja de música",
            "it_obj": "la",
            "thing_o": "a",
        },
        {
            "thing": "reloj de péndulo",
            "a_thing": "un reloj de péndulo",
            "the_thing": "el reloj de péndulo",
            "of_thing": "del reloj de péndulo",
            "to_thing": "al reloj de péndulo",
            "it_obj": "lo",
            "thing_o": "o",
        },
        {
            "thing": "mecedora",
            "a_thing": "una mecedora",
            "the_thing": "la mecedora",
            "of_thing": "de la mecedora",
            "to_thing": "a la mecedora",
            "it_obj": "la",
            "thing_o": "a",
        },
        {
            "thing": "muñeca de porcelana",
            "a_thing": "una muñeca de porcelana",
            "the_thing": "la muñeca de porcelana",
            "of_thing": "de la muñeca de porcelana",
            "to_thing": "a la muñeca de porcelana",
            "it_obj": "la",
            "thing_o": "a",
        },
        {
            "thing": "radio antigua",
            "a_thing": "una radio antigua",
            "the_thing": "la radio antigua",
            "of_thing": "de la radio antigua",
            "to_thing": "a la radio antigua",
            "it_obj": "la",
            "thing_o": "a",
        },
        {
            "thing": "gramófono",
            "a_thing": "un gramófono",
            "the_thing": "el gramófono",
            "of_thing": "del gramófono",
            "to_thing": "al gramófono",
            "it_obj": "lo",
            "thing_o": "o",
        },
    ),
    frames=(
        Frame(
            openings=(
                "{Name} llegó a {town} una tarde de octubre, con la maleta llena de libros y muy "
                "poco dinero. Había alquilado una habitación barata y tranquila en {place}, para "
                "terminar su tesis. Nadie le habló {of_thing} que esperaba al fondo del pasillo.",
                "En {town} nadie se acercaba {to_spot} después del anochecer. Pero {name} "
                "necesitaba el dinero, y el trabajo parecía fácil: pasar tres noches {in_spot} y "
                "mantener las luces encendidas. La primera noche, al recorrer las habitaciones, "
                "encontró {the_thing}.",
                "Lo primero que {name} notó {in_spot} fue el silencio. Lo segundo fue "
                "{the_thing}, en medio del pasillo, como si alguien acabara de dejar{it_obj} allí "
                "y fuera a volver a buscar{it_obj}.",
            ),
            beats=(
                "La primera noche, {name} se despertó a las tres de la madrugada. Abajo, "
                "{the_thing} hacía un ruido pequeño y paciente. Era la clase de ruido que se "
                "detiene en cuanto contienes la respiración, y vuelve en cuanto respiras. {Name} "
                "se quedó quiet{o}, contando los segundos, hasta el amanecer.",
                "Por la mañana, {the_thing} ya no estaba en el salón. Apareció al pie de la "
                "escalera, vuelt{thing_o} hacia los peldaños, como si hubiera querido subir "
                "durante la noche. {Name} se dijo que alguien {it_obj} habría movido, y fingió "
                "creérselo.",
                "La dueña, doña Remedios, vivía en el pueblo y solo aparecía los viernes. Cuando "
                "{name} le preguntó por {the_thing}, se santiguó sin decir nada. Luego, ya en la "
                "puerta, murmuró: «Si de noche oye su nombre, no conteste.»",
                "En el bar de la plaza, cuando {name} entró, se hizo el silencio. Un viejo que "
                "jugaba al dominó habló sin levantar la vista de las fichas. «Si de verdad quiere "
                "dormir allí, deje encendida la luz del pasillo», dijo. Los demás asintieron sin "
                "decir nada.",
                "{Name} llamó a {friend}, {friend_un} amig{friend_o} de la infancia que se había "
                "criado en {town}. Tras un largo silencio, {friend} le contó que el último "
                "inquilino se marchó una noche de invierno. Dejó la maleta, el abrigo y la cena "
                "servida, y nadie volvió a verlo.",
                "Para salir de dudas, {name} espolvoreó harina por el suelo del pasillo antes de "
                "acostarse. A la mañana siguiente, {the_thing} estaba un escalón más arriba. En "
                "la harina no había marcas de arrastre. Solo unas huellas pequeñas, de pies "
                "descalzos, que no iban a ninguna parte.",
                "La noche siguiente, una voz subió por la escalera. Decía el nombre de {name} muy "
                "despacio, con la entonación exacta de alguien querido que ya no estaba. {Name} "
                "apretó los dientes y no contestó. La voz siguió hasta el amanecer, sin enfadarse "
                "nunca.",
                "En el archivo del ayuntamiento, {name} encontró una foto de 1931. Mostraba "
                "{spot} con todas las ventanas iluminadas. En una del piso de arriba se veía una "
                "figura borrosa, con una mano apoyada en {the_thing}. Detrás, alguien había "
                "escrito a lápiz: todavía espera.",
                "En un cajón, {name} encontró el cuaderno del último inquilino. Cada página era "
                "una sola línea, con una letra cada vez más temblorosa. Faltan seis escalones. "
                "Faltan cuatro. Faltan dos. Esta noche, la puerta. El resto del cuaderno estaba "
                "en blanco.",
                "{Name} intentó marcharse. El coche no arrancaba y el móvil no tenía cobertura. "
                "La tormenta había convertido el camino de {town} en un río de barro. No quedaba "
                "más remedio que esperar a que amaneciera, encerrad{o} allí dentro.",
                "Al amanecer, el espejo del baño estaba empañado, aunque nadie se había duchado. "
                "Alguien había escrito en el vaho, con un dedo lento y cuidadoso, una sola "
                "palabra. {Name} tuvo que acercarse mucho para leerla. Decía: contesta.",
            ),
            climaxes=(
                "A medianoche se apagaron a la vez todas las luces {of_spot}. En la oscuridad, "
                "justo detrás de la puerta del dormitorio, {the_thing} empezó a sonar, o a "
                "hablar, o a respirar. Luego una voz muy dulce dijo: ya estoy aquí. {Name} nunca "
                "supo cómo aguantó hasta la mañana sin contestar.",
                "{Name} arrojó {the_thing} a la chimenea encendida. No ardió. Las llamas se "
                "apartaron, casi con respeto. Luego, desde el tiro de la chimenea, bajó un "
                "suspiro largo y cansado. Era el suspiro de algo muy viejo, despertado para nada.",
            ),
            endings=(
                "Por la mañana, no había ni rastro de {name}. La Guardia Civil encontró {spot} en "
                "perfecto orden, la cama hecha y {the_thing} de nuevo al fondo del pasillo. "
                "{Friend} todavía pasa por delante algunas noches, y jura que arriba siempre hay "
                "una luz encendida.",
                "{Name} se fue de {town} al día siguiente y nunca volvió. Pero algunas noches, "
                "muy lejos de allí, se despierta a las tres de la madrugada. Y oye ese ruido "
                "pequeño y paciente, al pie de la escalera, cada vez un poco más cerca.",
                "Al amanecer, {name} salió {of_spot} sin mirar atrás. Nunca ha contado lo que vio "
                "en aquella última hora. Solo dice que hay cosas que es mejor dejar donde están, "
                "y no preguntar nunca quién las puso allí.",
            ),
            texture=(
                "El viento empujaba las contraventanas como si quisiera entrar.",
                "Dentro de las paredes, las tuberías viejas golpeaban como nudillos.",
                "El aire olía a polvo y a cera fría.",
                "Fuera, los árboles estaban quietos y no cantaba ningún pájaro.",
                "Todos los relojes de la casa parecían ir un poco más despacio.",
            ),
        ),
    ),
)

# Places: place, spot, in_spot. Things: thing, a_thing, the_thing, of_thing, it_obj, thing_o.
MYSTERY = Material(
    kind="story",
    subject="a mystery story with a fair clue and a satisfying solution",
    titles=(
        "El robo {of_thing}",
        "Cristales en la terraza",
        "{Name} y el caso {of_thing}",
        "Un enigma {in_spot}",
    ),
    descriptions=(
        "{A_thing} desaparece {in_spot}, en {town}, en plena cena. {Name} tiene una sola noche "
        "para descubrir quién se {it_obj} llevó. Un breve misterio con una pista justa.",
        "Todos tenían un motivo para querer {the_thing}. {Name} sigue las pistas hasta una "
        "respuesta que nadie esperaba.",
    ),
    places=(
        {
            "place": "una casa de campo llena de invitados",
            "spot": "la casa de campo",
            "in_spot": "en la casa de campo",
        },
        {"place": "una finca antigua frente al mar", "spot": "la finca", "in_spot": "en la finca"},
        {
            "place": "un palacete en el centro de la ciudad",
            "spot": "el palacete",
            "in_spot": "en el palacete",
        },
        {
            "place": "una bodega famosa entre viñedos",
            "spot": "la bodega",
            "in_spot": "en la bodega",
        },
    ),
    things=(
        {
            "thing": "collar de perlas",
            "a_thing": "un collar de perlas",
            "the_thing": "el collar de perlas",
            "of_thing": "del collar de perlas",
            "it_obj": "lo",
            "thing_o": "o",
        },
        {
            "thing": "reloj de bolsillo",
            "a_thing": "un reloj de bolsillo de oro",
            "the_thing": "el reloj de bolsillo",
            "of_thing": "del reloj de bolsillo",
            "it_obj": "lo",
            "thing_o": "o",
        },
        {
            "thing": "brújula de plata",
            "a_thing": "una brújula de plata",
            "the_thing": "la brújula de plata",
            "of_thing": "de la brújula de plata",
            "it_obj": "la",
            "thing_o": "a",
        },
        {
            "thing": "anillo de esmeraldas",
            "a_thing": "un anillo de esmeraldas",
            "the_thing": "el anillo de esmeraldas",
            "of_thing": "del anillo de esmeraldas",
            "it_obj": "lo",
            "thing_o": "o",
        },
        {
            "thing": "abanico pintado",
            "a_thing": "un abanico pintado a mano",
            "the_thing": "el abanico pintado",
            "of_thing": "del abanico pintado",
            "it_obj": "lo",
            "thing_o": "o",
        },
    ),
    frames=(
        Frame(
            openings=(
                "A las diez de la noche, en plena cena, se oyó un cristal roto en la biblioteca. "
                "Cuando llegaron, la vitrina estaba vacía: {the_thing} había desaparecido. La "
                "ventana que daba al jardín tenía un agujero enorme. {Name} se fijó en algo que "
                "nadie más vio: casi todos los cristales estaban fuera, sobre la terraza.",
                "{Name} había ido a {town} para pasar un fin de semana tranquilo, {in_spot}. Pero "
                "la primera noche, durante la cena, {the_thing} desapareció de su vitrina. En la "
                "biblioteca, la ventana del jardín estaba rota. Y los trozos de cristal brillaban "
                "fuera, sobre las baldosas de la terraza.",
            ),
            beats=(
                "El secretario de la casa, el señor Robles, fue el primero en llegar a la "
                "biblioteca. Gritaba que había visto a un hombre huir por el jardín, y que había "
                "que llamar a la Guardia Civil enseguida. Llevaba la mano derecha envuelta en un "
                "pañuelo.",
                "La dueña de la casa, doña Asunción, estaba pálida. {The_thing} era un recuerdo "
                "de su abuelo, y valía una fortuna. {Name} anotó un detalle: el seguro lo había "
                "contratado el propio señor Robles, hacía solo un mes.",
                "Su sobrina, Lola, tenía deudas de juego, y todo el mundo lo sabía. Juraba que no "
                "se había movido de la mesa en toda la cena, y tres invitados lo confirmaron. Aun "
                "así, todos la miraban de reojo.",
                "{Name} preguntó a cada uno dónde estaba cuando se oyó el cristal. Todos estaban "
                "en el comedor, a la vista de los demás, salvo dos personas. El jardinero había "
                "ido a la verja, y el señor Robles había subido a buscar unos puros.",
                "En la biblioteca, la vitrina no estaba forzada: alguien la había abierto con su "
                "llave. Doña Asunción guardaba esa llave en un cajón de su escritorio. Solo ella "
                "y su secretario sabían dónde estaba.",
                "En la cocina, {name} encontró las botas del jardinero, llenas de barro fresco. "
                "El jardinero se encogió de hombros: había salido a cerrar la verja, como cada "
                "noche. Sus huellas iban y volvían por el camino, sin acercarse nunca a la "
                "ventana.",
                "{Friend} recorrió el jardín con una linterna. Volvió negando con la cabeza. Bajo "
                "la ventana no había huellas en la tierra blanda, ni ramas rotas, ni nada de "
                "nada. Si alguien había huido por allí, lo había hecho volando.",
                "El camino del jardín estaba cubierto de grava, que crujía con cada paso. Desde "
                "el comedor, con las ventanas abiertas, se oía todo. Y nadie, en toda la cena, "
                "había oído crujir la grava.",
                "Un fotógrafo se había marchado antes del postre, quejándose del ruido. Lo "
                "encontraron en la estación de {town}, furioso por haber perdido el tren. En su "
                "bolsa solo había dos cámaras, tres carretes y un bocadillo de tortilla a medio "
                "comer.",
                "Al darle la mano al señor Robles, {name} notó un brillo en la manga de su "
                "chaqueta. Eran diminutas esquirlas de cristal, prendidas en la tela. Robles "
                "explicó que se había cortado al intentar cerrar la ventana rota.",
                "{Name} se fijó en un jarrón chino, en el pasillo entre la biblioteca y el "
                "comedor. Estaba lleno de flores frescas. Pero el agua se había enturbiado, como "
                "si alguien hubiera metido la mano hacía muy poco.",
            ),
            climaxes=(
                "{Name} reunió a todos en el salón. Los cristales, explicó, estaban fuera, sobre "
                "la terraza. Eso significaba que la ventana se había roto desde dentro, no desde "
                "el jardín. Nadie había huido: el ladrón seguía en la casa. Y solo una persona "
                "juraba haber visto escapar a un hombre: el señor Robles.",
            ),
            endings=(
                "El señor Robles se sentó despacio y confesó antes de que {name} terminara. Había "
                "roto la ventana para fingir un robo y cobrar el seguro. {The_thing} apareció en "
                "el fondo del jarrón chino, envuelt{thing_o} en una servilleta.",
                "Robles intentó negarlo, pero el pañuelo de su mano y los cristales de su manga "
                "hablaban por él. {The_thing} volvió a su vitrina esa misma noche. Y {name}, "
                "desde entonces, nunca mira una ventana rota sin preguntarse hacia qué lado "
                "cayeron los cristales.",
            ),
            texture=(
                "Fuera, el viento movía despacio las cortinas.",
                "En algún lugar, un reloj dio los cuartos.",
                "Los invitados cuchicheaban en pequeños grupos.",
                "El fuego crepitaba en la chimenea del salón.",
            ),
        ),
    ),
)
