"""Motiverend verhaal: een grote droom, kleine stappen en een les die je meteen
kunt gebruiken."""

from t2m.generate.story_data.dutch.forms import ding
from t2m.generate.story_data.model import Frame, Material

MOTIVATIONAL = Material(
    kind="story",
    subject="a motivational story with a clear lesson the listener can use",
    titles=(
        "Begin voordat je er klaar voor bent",
        "{Name} en {het_doel}",
        "Elke dag een klein stapje",
        "De dag dat {name} niet opgaf",
    ),
    descriptions=(
        "{Name} wilde {doel} en faalde, keer op keer. Wat het verschil maakte, was geen talent, "
        "maar een gewoonte die iedereen vandaag nog kan beginnen.",
        "Een kort, bemoedigend verhaal over {name}, een grote droom en de kracht van gewoon "
        "volhouden.",
    ),
    places=(
        {
            "doel": "een marathon lopen",
            "doel_te": "een marathon te lopen",
            "het_doel": "de marathon",
        },
        {
            "doel": "een eigen bakkerij beginnen",
            "doel_te": "een eigen bakkerij te beginnen",
            "het_doel": "de bakkerij",
        },
        {
            "doel": "piano leren spelen",
            "doel_te": "piano te leren spelen",
            "het_doel": "de piano",
        },
        {
            "doel": "een roman schrijven",
            "doel_te": "een roman te schrijven",
            "het_doel": "de roman",
        },
    ),
    things=(
        ding("het", "notitieboekje"),
        ding("het", "dagboek"),
        ding("het", "schrift", ("oud", "oude")),
    ),
    frames=(
        Frame(
            openings=(
                "Op {zijn} vijfendertigste besloot {name} {doel_te}. Iedereen aan wie {hij} het "
                "vertelde, glimlachte beleefd, zoals je glimlacht om een droom waar je niet in "
                "gelooft. {Name} wist het zelf ook niet zeker. Maar {hij} begon toch.",
                "{Name} wilde al {zijn} hele leven {doel}. En al die tijd had {hij} een reden om "
                "het niet te doen: te druk, te moe, te laat. Op een ochtend besefte {hij} dat die "
                "redenen samen een heel leven waren geworden.",
            ),
            beats=(
                "{Name} begon met een groots plan: elke dag twee uur, geen dag overslaan. Na een "
                "week was {hij} uitgeput en gaf {hij} het bijna op. Een te groot begin, merkte "
                "{hij}, brandt snel op. 's Avonds lag {hij} gesloopt op de bank en vroeg {hij} "
                "zich af waarom {hij} dit eigenlijk wilde.",
                "Toen maakte {name} het doel kleiner. Twintig minuten per dag, niet meer en niet "
                "minder. Voor elke dag die lukte, zette {hij} een kruisje in {de_thing}. Er was "
                "maar één regel: de rij kruisjes mocht niet breken. Twintig minuten, dacht {name}, "
                "lukt zelfs op een slechte dag.",
                "Sommige dagen voelden geweldig. De meeste voelden heel gewoon. Een paar voelden "
                "onmogelijk, en juist die telden het meest, omdat {name} toch doorzette. Er was "
                "geen applaus en geen beloning, alleen weer een kruisje. Maar kruisje na kruisje "
                "groeide er iets dat van {hem} was.",
                "{Friend}, een buur{friend_man} van de overkant, wilde meedoen. Vanaf dat moment "
                "wachtte er iemand op {name}, en overslaan werd moeilijker. Op slechte dagen "
                "herinnerden ze elkaar eraan waarom ze begonnen waren. Soms zei {friend} alleen: "
                "twintig minuten, meer niet. En meestal was dat genoeg.",
                "Na drie maanden bladerde {name} door {de_thing}. Negentig kleine kruisjes. Geen "
                "enkel kruisje had als vooruitgang gevoeld. Maar samen vormden ze een afstand die "
                "{hij} nauwelijks kon geloven. {Name} zat er lang naar te kijken en streek met een "
                "vinger over de bladzijden.",
                "Toen kwam er een tegenslag: een griep, gedoe op het werk, een lange grijze "
                "winter. Twee weken lang bleef {de_thing} leeg. Het oude stemmetje in {zijn} hoofd "
                "kwam terug en zei: zie je wel, het wordt toch niks. Deze keer geloofde {name} het "
                "bijna.",
                "Sommige ochtenden vergeleek {name} zichzelf met mensen die veel verder leken. Dat "
                "hielp nooit. De enige eerlijke vergelijking, besloot {hij}, was die met wie {hij} "
                "een maand eerder was geweest. Die vergelijking viel bijna altijd goed uit, en ze "
                "gaf moed in plaats van angst.",
                "{Name} antwoordde met de kleinste stap die {hij} kon vinden. Vijf minuten in "
                "plaats van twintig. Een slechte dag die toch gelukt is, is ook een gelukte dag. "
                "En de rij begon opnieuw. Al snel werden het weer tien minuten, een week later "
                "weer twintig.",
                "Op een dag merkte {name} dat {hij} niet meer elke ochtend met zichzelf hoefde te "
                "onderhandelen. De twintig minuten hoorden er gewoon bij, net als tandenpoetsen. "
                "Motivatie was niet meer nodig, de gewoonte droeg {hem}. Op een zondag vergat "
                "{name} zelfs op de klok te kijken en ging gewoon een uur door.",
                "Op een avond vroeg een buurmeisje hoe je zoiets eigenlijk leert. {Name} dacht "
                "lang na. Toen zei {hij}: je begint, en daarna stop je gewoon niet meer. Het "
                "meisje vond het een saai antwoord. {Name} vond het opeens prachtig.",
            ),
            climaxes=(
                "Een jaar na die eerste rommelige week was het zover: het lukte {name} om "
                "{doel_te}. Het was niet perfect, en dat hoefde ook niet. De persoon die aankwam, "
                "was niet meer dezelfde als de persoon die was vertrokken.",
            ),
            endings=(
                "Dat is de les uit het verhaal van {name}. Je hoeft je niet klaar te voelen. Begin "
                "klein, zet door op de gewone dagen en vergeef jezelf de slechte. Je eerste stap "
                "kan vandaag zijn.",
                "Is er iets wat je al jaren voor je uit schuift? Zet er vandaag één kleine stap "
                "naartoe. En morgen nog een. Meer deed {name} niet, en meer is er ook niet nodig.",
            ),
            texture=(
                "Elk kruisje in {de_thing} was een kleine, gehouden belofte.",
                "Het moeilijkste was altijd de eerste minuut.",
                "Het ging langzaam, maar het ging vooruit.",
                "Niemand keek, en dat was prima.",
                "De motivatie kwam en ging, de gewoonte bleef.",
            ),
        ),
    ),
)
