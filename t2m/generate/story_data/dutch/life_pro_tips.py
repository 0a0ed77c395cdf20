"""Handige tips: praktisch en veilig, elk met de reden waarom het werkt."""

from t2m.generate.story_data.model import Frame, Material

LIFE_PRO_TIPS = Material(
    kind="list",
    subject="a script of practical, safe life pro tips, each with the reason it works",
    titles=(
        "{n} handige tips die iedereen zou moeten kennen",
        "{n} kleine gewoontes die het leven makkelijker maken",
        "Lifehacks: {n} tips die echt werken",
    ),
    descriptions=(
        "{n} praktische tips voor elke dag, elk met de reden waarom het werkt.",
        "Simpel, nuttig en gratis: {n} tips voor het dagelijks leven.",
    ),
    frames=(
        Frame(
            openings=(
                "Hier zijn een paar kleine tips die het dagelijks leven net iets makkelijker "
                "maken. Geen enkele kost geld, en bij elke tip hoort de reden waarom hij werkt.",
                "Deze tips leer je in een paar seconden, en ze kunnen je uren besparen. Het zijn "
                "geen toverkunstjes, alleen kleine gewoontes met een groot effect.",
            ),
            beats=(
                "Gebruik de tweeminutenregel. Kost iets minder dan twee minuten, doe het dan "
                "meteen. Het opschrijven en later onthouden kost meer moeite dan het klusje zelf.",
                "Leg je telefoon in een andere kamer als je je moet concentreren. Zelfs een "
                "telefoon die stil op je bureau ligt, trekt aan je aandacht.",
                "Hoor je iemands naam voor het eerst, gebruik die dan één keer in het gesprek. "
                "Door hem hardop te zeggen, onthoud je hem veel beter.",
                "Leg 's avonds je kleren en je tas voor de volgende dag klaar. De ochtend verloopt "
                "rustiger als de keuzes al gemaakt zijn.",
                "Kun je niet kiezen tussen twee dingen, gooi dan een muntje op. Terwijl het in de "
                "lucht is, merk je vaak op welke kant je eigenlijk hoopt.",
                "Schrijf ideeën meteen op, in een boekje of in je telefoon. Ideeën komen op rare "
                "momenten en verdwijnen net zo snel weer.",
                "Drink een glas water als je opstaat. Na een hele nacht zonder drinken is dat een "
                "van de simpelste manieren om wakker te worden.",
                "Wacht een dag voordat je iets duurs koopt dat je niet van plan was te kopen. Wil "
                "je het morgen nog steeds, dan is het waarschijnlijk de moeite waard.",
                "Maak een foto van waar je geparkeerd hebt, van je bagage voor een reis en van "
                "belangrijke papieren. Een foto is de makkelijkste reservekopie die er bestaat.",
                "Wordt alles je te veel, schrijf dan elke taak op en kies er daarna precies één "
                "uit. Een lijstje op papier weegt minder dan een lijstje in je hoofd.",
                "Sta elk uur even op en loop een paar minuten rond. Je rug, je ogen en je "
                "gedachten zullen je dankbaar zijn.",
                "Bedank iemand die je geholpen heeft op papier. Een kort kaartje blijft veel "
                "langer hangen dan een snel bedankje in het voorbijgaan.",
                "Zet je wekker op de tijd waarop je echt moet opstaan. Wie steeds op de snoozeknop "
                "drukt, hakt de laatste en rustigste slaap in stukjes.",
                "Leer deze zin: daar denk ik even over na, ik kom erop terug. Zo geef je jezelf "
                "tijd voor een beslissing waar je later geen spijt van hebt.",
                "Ruim op terwijl je kookt. Wie de kom afwast terwijl de pasta kookt, heeft bij het "
                "eten een bijna schone keuken.",
                "Zet je fiets altijd op slot, ook als je maar even weg bent. Een fietsendief heeft "
                "maar een paar seconden nodig, dus ook die ene minuut is genoeg.",
                "Zet je boodschappenlijstje in de volgorde van de winkel. Dan loop je niet heen en "
                "weer, en koop je minder dingen die je niet nodig hebt.",
                "Houd altijd een oplader in je tas. De dag dat je hem nodig hebt, is nooit de dag "
                "waarop je had gerekend.",
            ),
            climaxes=(),
            endings=(
                "Probeer vandaag een van deze tips en kijk wat er verandert. Vaak is één kleine "
                "aanpassing al genoeg om de hele dag lichter te laten voelen.",
                "Kleine gewoontes tellen op. Kies je favoriete tip en begin ermee. Na een week "
                "merk je het verschil al.",
            ),
        ),
    ),
)
