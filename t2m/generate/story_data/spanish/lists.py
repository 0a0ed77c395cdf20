"""Spanish material for the list topics: ``interesting_history``, ``fun_facts`` and
``life_pro_tips`` (true, checkable items; safe, sensible tips)."""

from t2m.generate.story_data.model import Frame, Material

HISTORY = Material(
    kind="list",
    subject="a true, well-documented and interesting story from history",
    titles=(
        "{n} momentos extraños pero reales de la historia",
        "La historia es más rara de lo que crees",
        "{n} historias reales del pasado",
    ),
    descriptions=(
        "{n} momentos reales de la historia que parecen inventados.",
        "Una niña que descubre Altamira, dos genios que mueren casi a la vez y diez días que "
        "desaparecen del calendario: la historia supera a la ficción.",
    ),
    frames=(
        Frame(
            openings=(
                "La historia está llena de momentos tan extraños que parecen inventados. Y, sin "
                "embargo, todos estos son reales.",
                "La mayoría de estas historias no aparecen en los libros del colegio, pero todas "
                "son verdad.",
            ),
            beats=(
                "En 1879, una niña de ocho años, María, entró con su padre en la cueva de "
                "Altamira, en Cantabria. Levantó la vista y vio bisontes pintados en el techo. "
                "Eran pinturas de hace más de catorce mil años.",
                "Cervantes y Shakespeare murieron casi a la vez, en abril de 1616, pero no el "
                "mismo día. Inglaterra todavía usaba el calendario juliano, así que en realidad "
                "hubo once días de diferencia.",
                "Santa Teresa de Jesús murió la noche del 4 de octubre de 1582. La enterraron al "
                "día siguiente, que ya era 15 de octubre. Esa noche había entrado en vigor el "
                "calendario gregoriano, que se saltó diez días de golpe.",
                "En 1519 salieron de Sevilla cinco naves para dar la vuelta al mundo. Tres años "
                "después solo regresó una, la Victoria, con dieciocho hombres al mando de Juan "
                "Sebastián Elcano. Magallanes había muerto por el camino.",
                "La gripe de 1918 se llamó gripe española, pero no empezó en España. España era "
                "neutral en la Primera Guerra Mundial, y su prensa informaba libremente de la "
                "epidemia mientras otros países la censuraban.",
                "Cuando los españoles llegaron a Tenochtitlan, en 1519, encontraron una ciudad "
                "enorme construida sobre un lago, con calzadas, canales y mercados. Sobre sus "
                "ruinas se levanta hoy la Ciudad de México.",
                "El chocolate llegó a Europa a través de España, en el siglo dieciséis. Los "
                "mexicas lo tomaban amargo y con especias. En Europa empezaron a tomarlo con "
                "azúcar, y ya no hubo vuelta atrás.",
                "La patata viajó desde los Andes hasta Europa en barcos españoles, en el siglo "
                "dieciséis. Al principio mucha gente la miraba con desconfianza, y hubo quien la "
                "cultivaba solo como planta decorativa.",
                "La Alhambra de Granada fue durante siglos el palacio de los reyes nazaríes. En "
                "sus paredes hay versos de poesía árabe tallados en yeso, y muchos siguen ahí "
                "después de más de seiscientos años.",
                "Las obras de la Sagrada Familia, en Barcelona, empezaron en 1882. Gaudí le "
                "dedicó más de cuarenta años, sabiendo que no la vería terminada. Más de un siglo "
                "después, sigue en construcción.",
                "Picasso pintó el Guernica en 1937, en pocas semanas, para la Exposición "
                "Internacional de París. El cuadro no llegó a España hasta 1981, cuando ya se "
                "había recuperado la democracia.",
                "Los incas gobernaron un imperio inmenso sin escritura tal como la conocemos. "
                "Para llevar las cuentas usaban quipus, cordones con nudos de colores que solo "
                "los especialistas sabían leer.",
                "Los mayas ya usaban el cero en sus cálculos hace más de mil quinientos años. Fue "
                "mucho antes de que se generalizara en Europa, y con él construyeron calendarios "
                "de una precisión asombrosa.",
                "La primera parte del Quijote se publicó en Madrid en 1605 y tuvo tanto éxito que "
                "pronto aparecieron ediciones piratas. En 1614, otro autor llegó a publicar una "
                "continuación falsa, firmada como Avellaneda.",
                "En la sierra de Atapuerca, en Burgos, se han encontrado algunos de los restos "
                "humanos más antiguos de Europa occidental. Los más viejos tienen más de un "
                "millón de años.",
            ),
            climaxes=(),
            endings=(
                "La historia, al final, resulta ser mucho más rara que la ficción.",
                "¿Cuál de estas historias te gustaría escuchar entera? El pasado está lleno de "
                "sorpresas.",
            ),
        ),
    ),
)

FUN_FACTS = Material(
    kind="list",
    subject="a script of surprising but true fun facts, each explained in a sentence",
    titles=(
        "{n} curiosidades que probablemente no sabías",
        "{n} datos sorprendentes sobre nuestro mundo",
        "¿Lo sabías? {n} datos increíbles",
    ),
    descriptions=(
        "{n} datos reales sobre animales, el espacio y la historia que parecen inventados, pero "
        "no lo son.",
        "Breves, reales y sorprendentes: {n} curiosidades para contar a tus amigos.",
    ),
    frames=(
        Frame(
            openings=(
                "Aquí tienes unos cuantos datos que parecen inventados, pero que son "
                "completamente ciertos.",
                "Prepárate para sorprenderte. Todos estos datos son reales.",
            ),
            beats=(
                "El pulpo tiene tres corazones y la sangre azul. Dos corazones bombean la sangre "
                "hacia las branquias, y el tercero la reparte por el resto del cuerpo.",
                "La miel encontrada en tumbas del antiguo Egipto seguía siendo comestible después "
                "de miles de años. Tiene tan poca agua y es tan ácida que las bacterias no "
                "consiguen crecer en ella.",
                "Para un botánico, el plátano es una baya, y la fresa no lo es. Los verdaderos "
                "frutos de la fresa son los granitos que tiene por fuera, llamados aquenios.",
                "En Venus, un día dura más que un año. El planeta gira tan despacio sobre sí "
                "mismo que da la vuelta completa al Sol antes de terminar una rotación.",
                "Los tiburones son más antiguos que los árboles. Ya nadaban en los océanos hace "
                "más de cuatrocientos millones de años, mucho antes de que aparecieran los "
                "primeros bosques.",
                "Las nutrias marinas a menudo se dan la mano mientras duermen. Así evitan que la "
                "corriente las separe mientras flotan boca arriba.",
                "Hay más partidas de ajedrez posibles que átomos en el universo observable. Tras "
                "solo cuatro jugadas por bando, ya hay decenas de miles de millones de partidas "
                "distintas.",
                "Cleopatra vivió más cerca de la llegada del hombre a la Luna que de la "
                "construcción de la gran pirámide de Guiza. Cuando ella nació, la pirámide ya "
                "tenía más de dos mil años.",
                "Saturno es el planeta menos denso del sistema solar. Flotaría en el agua, si "
                "existiera una bañera lo bastante grande para meterlo.",
                "La luz del Sol tarda unos ocho minutos en llegar hasta nosotros. Cuando miras "
                "una puesta de sol, en realidad ves el Sol tal como era hace ocho minutos.",
                "Los gatos no notan el sabor dulce. Les falta el receptor que permite percibirlo, "
                "por eso no suelen mostrar ningún interés por los pasteles.",
                "Los delfines duermen con medio cerebro cada vez. La otra mitad se queda "
                "despierta, vigilando y acordándose de subir a respirar.",
                "Un rayo es unas cinco veces más caliente que la superficie del Sol. El aire que "
                "atraviesa puede superar los treinta mil grados durante una fracción de segundo.",
                "Un bebé nace con cerca de trescientos huesos. Muchos se van soldando al crecer, "
                "y un adulto tiene doscientos seis.",
                "El himno nacional de España, la Marcha Real, no tiene letra oficial. Por eso, en "
                "los partidos, los jugadores españoles lo escuchan en silencio o lo tararean.",
                "El Teide, en la isla de Tenerife, es el pico más alto de España. Con sus más de "
                "tres mil setecientos metros, es más alto que cualquier montaña de la Península.",
                "El español es la segunda lengua materna más hablada del mundo, solo por detrás "
                "del chino mandarín. La hablan como primera lengua cientos de millones de "
                "personas.",
            ),
            climaxes=(),
            endings=(
                "¿Cuál te ha sorprendido más? Cuéntaselo hoy a alguien.",
                "El mundo es mucho más raro de lo que pensamos. No dejes de ser curioso.",
            ),
        ),
    ),
)

LIFE_PRO_TIPS = Material(
    kind="list",
    subject="a script of practical, safe life pro tips, each with the reason it works",
    titles=(
        "{n} trucos para la vida que vale la pena conocer",
        "{n} pequeños hábitos que hacen la vida más fácil",
        "{n} consejos prácticos que funcionan de verdad",
    ),
    descriptions=(
        "{n} consejos prácticos para el día a día, cada uno con la razón por la que funciona.",
        "Sencillos, útiles y gratis: {n} trucos para la vida.",
    ),
    frames=(
        Frame(
            openings=(
                "Aquí tienes algunos trucos sencillos que pueden hacer el día a día un poco más "
                "fácil.",
                "Estos trucos se aprenden en unos segundos y pueden ahorrarte horas.",
            ),
            beats=(
                "Aplica la regla de los dos minutos. Si algo se hace en menos de dos minutos, "
                "hazlo ya. Apuntarlo y acordarte después cuesta más que hacerlo.",
                "Cuando necesites concentrarte, deja el móvil en otra habitación. Aunque esté en "
                "silencio, tenerlo encima de la mesa te roba atención sin que te des cuenta.",
                "Prepara la ropa y la mochila la noche anterior. Las mañanas son mucho más "
                "tranquilas cuando las decisiones ya están tomadas.",
                "Si dudas entre dos opciones, lanza una moneda al aire. Mientras está dando "
                "vueltas, muchas veces descubres de qué lado quieres que caiga.",
                "Antes de una compra cara que no tenías prevista, espera un día entero. Si al día "
                "siguiente todavía la quieres, probablemente merezca la pena.",
                "Haz una foto del sitio donde has aparcado, de tu maleta antes de un viaje y de "
                "tus documentos importantes. Una foto es la copia de seguridad más fácil del "
                "mundo.",
                "Nada más levantarte, bebe un buen vaso de agua. Después de una noche entera sin "
                "beber, es una de las formas más sencillas de espabilarte.",
                "Cuando todo te desborde, escribe en un papel todo lo que tienes que hacer y "
                "elige una sola tarea. Una lista en papel pesa menos que una lista en la cabeza.",
                "Cuando te presenten a alguien, repite su nombre una vez durante la conversación. "
                "Decirlo en voz alta ayuda a la memoria a guardarlo.",
                "Limpia mientras cocinas. Fregar una olla mientras se hace la pasta significa "
                "encontrarte la cocina casi recogida cuando te sientas a comer.",
                "Lleva siempre un cargador del móvil en la mochila o en el bolso. El día que lo "
                "necesites nunca será el día que tenías previsto.",
                "Aprende a decir: déjame pensarlo y te digo algo. Es una frase sencilla, pero te "
                "da tiempo para tomar decisiones de las que no te arrepientas.",
                "Pon un cuenco junto a la puerta de casa y deja siempre las llaves ahí. Lo que "
                "tiene un sitio fijo casi nunca se pierde.",
                "Ventila la casa unos minutos cada día, incluso en invierno. El aire se renueva, "
                "baja la humedad y se respira mucho mejor.",
                "Cuando te apuntes a una prueba gratuita, pon enseguida un recordatorio unos días "
                "antes de que termine. Así decidirás con calma si quieres pagar.",
                "En cuanto cobres, aparta una pequeña cantidad para ahorrar, antes de gastar "
                "nada. Lo que no ves en la cuenta no lo echas de menos.",
                "Apaga las pantallas media hora antes de irte a dormir. La cabeza tiene tiempo de "
                "bajar el ritmo, y el sueño llega con más facilidad.",
            ),
            climaxes=(),
            endings=(
                "Prueba uno hoy mismo y mira qué cambia.",
                "Los pequeños hábitos acaban marcando una gran diferencia. Elige tu favorito y "
                "empieza por ahí.",
            ),
        ),
    ),
)
