"""Sjove fakta: overraskende, men sande, hver forklaret i en sætning eller to."""

from t2m.generate.story_data.model import Frame, Material

FUN_FACTS = Material(
    kind="list",
    subject="a script of surprising but true fun facts, each explained in a sentence",
    titles=(
        "{n} fakta, du sikkert ikke kendte",
        "{n} overraskende fakta om vores verden",
        "Vidste du det? {n} forbløffende fakta",
    ),
    descriptions=(
        "{n} sande fakta om dyr, rummet og historien, som lyder opdigtede, men ikke er det.",
        "Korte, sande og overraskende: {n} fakta, du kan fortælle videre.",
    ),
    frames=(
        Frame(
            openings=(
                "Her kommer nogle fakta, der lyder opdigtede, men som er helt sande. Nogle er "
                "mærkelige, nogle er sjove, og et par af dem fortæller du helt sikkert videre i "
                "aften.",
                "Gør dig klar til et par overraskelser. Alle disse fakta passer, selvom de først "
                "lyder som en spøg. Naturen og historien har mere humor, end man tror.",
            ),
            beats=(
                "LEGO blev grundlagt i Billund af snedkeren Ole Kirk Christiansen i 1932. Navnet "
                "kommer af de to danske ord leg godt.",
                "Dannebrog regnes for verdens ældste nationalflag, der stadig er i brug. Ifølge "
                "sagnet faldt flaget ned fra himlen under et slag i Estland i 1219.",
                "Intet sted i Danmark ligger mere end omkring tooghalvtreds kilometer fra havet. "
                "Landet har en kystlinje på over syv tusind kilometer.",
                "Bluetooth er opkaldt efter den danske konge Harald Blåtand. Logoet består af hans "
                "initialer skrevet med runer. Navnet blev valgt, fordi Harald samlede Danmark, "
                "ligesom teknologien samler apparater.",
                "Honning fra gamle egyptiske grave kunne stadig spises efter tusinder af år. "
                "Honning indeholder så lidt vand og er så sur, at bakterier ikke kan vokse i den.",
                "En blæksprutte har tre hjerter og blåt blod. To hjerter pumper blodet gennem "
                "gællerne, og det tredje sørger for resten af kroppen.",
                "Botanisk set er en banan et bær, men det er et jordbær ikke. De små prikker på "
                "jordbærret er nemlig de egentlige frugter.",
                "En dag på Venus varer længere end et år på Venus. Planeten drejer så langsomt om "
                "sig selv, at den når hele vejen rundt om Solen først.",
                "Hajer er ældre end træer. De svømmede rundt for mere end fire hundrede millioner "
                "år siden, længe før de første rigtige træer voksede.",
                "Wombatters afføring er formet som små terninger. Formen opstår i den sidste del "
                "af tarmen og sørger for, at klatterne ikke triller væk.",
                "Eiffeltårnet er højere om sommeren end om vinteren. Varmen får jernet til at "
                "udvide sig, og toppen kan flytte sig mere end ti centimeter opad.",
                "Havoddere holder hinanden i poterne, når de sover. Så driver de ikke fra hinanden "
                "på vandet. Nogle vikler sig også ind i tang, der holder dem på plads som et "
                "anker.",
                "Kleopatra levede tættere på den første månelanding end på bygningen af den store "
                "pyramide i Giza. Da hun levede, var pyramiden allerede over to tusind år gammel.",
                "Flamingoer er kun lyserøde, fordi de spiser rejer og alger med røde farvestoffer. "
                "Uden den føde bliver de med tiden blege.",
                "En koala sover op til tyve timer i døgnet. Dens kost af eukalyptusblade giver "
                "nemlig kun meget lidt energi at leve af.",
                "Sommerfugle smager med fødderne. Sanseceller på benene fortæller dem, om et blad "
                "er et godt sted at lægge æg, så larverne får noget at spise.",
                "Universitetet i Oxford er ældre end aztekernes rige. I Oxford blev der undervist "
                "allerede omkring år 1096, mens aztekernes hovedstad først blev grundlagt omkring "
                "1325.",
                "Et menneske og en giraf har lige mange halshvirvler, nemlig syv. Hos giraffen er "
                "hver enkelt hvirvel bare meget længere.",
            ),
            climaxes=(),
            endings=(
                "Hvilket faktum overraskede dig mest? Fortæl det til nogen i dag, og se, hvor "
                "længe der går, før de tror på dig.",
                "Verden er mærkeligere, end vi tror. Den, der bliver ved med at være nysgerrig, "
                "opdager noget nyt hver dag. Så bliv ved.",
            ),
        ),
    ),
)
