"""Gode råd til hverdagen: praktiske og sikre, hver med grunden til, at de virker."""

from t2m.generate.story_data.model import Frame, Material

LIFE_PRO_TIPS = Material(
    kind="list",
    subject="a script of practical, safe life pro tips, each with the reason it works",
    titles=(
        "{n} gode råd, alle burde kende",
        "{n} små vaner, der gør livet lettere",
        "Lifehacks: {n} tips, der virkelig virker",
    ),
    descriptions=(
        "{n} praktiske tips til hverdagen, hver med grunden til, at det virker.",
        "Enkle, nyttige og gratis: {n} gode råd til hverdagen.",
    ),
    frames=(
        Frame(
            openings=(
                "Her er nogle små tips, der gør hverdagen en smule lettere. Ingen af dem koster "
                "penge, og til hvert tip hører grunden til, at det virker.",
                "Disse tips lærer man på få sekunder, og de kan spare en for timer. Det er ikke "
                "tryllekunster, bare små vaner med stor virkning.",
            ),
            beats=(
                "Brug tominuttersreglen. Tager noget under to minutter, så gør det med det samme. "
                "At skrive det ned og huske det senere koster mere end selve opgaven.",
                "Læg din telefon i et andet rum, når du skal koncentrere dig. Selv en lydløs "
                "telefon på skrivebordet trækker i din opmærksomhed.",
                "Når du hører et nyt navn, så brug det én gang i samtalen. Når du siger det højt, "
                "husker du det meget bedre.",
                "Læg tøj og taske frem til næste dag om aftenen. Morgenen bliver roligere, når "
                "beslutningerne allerede er truffet aftenen før.",
                "Kan du ikke vælge mellem to ting, så slå plat eller krone. Mens mønten er i "
                "luften, mærker du ofte, hvilken side du håber på.",
                "Skriv ideer ned med det samme, i en notesbog eller på telefonen. Ideer kommer på "
                "mærkelige tidspunkter og forsvinder lige så hurtigt igen.",
                "Drik et glas vand, når du står op. Efter en hel nat uden at drikke er det en af "
                "de nemmeste måder at vågne på.",
                "Vent en dag, før du køber noget dyrt, du ikke havde planlagt. Vil du stadig have "
                "det i morgen, er det sandsynligvis pengene værd.",
                "Tag et billede af, hvor du har parkeret, af din bagage før en rejse og af vigtige "
                "papirer. Et billede er den nemmeste sikkerhedskopi, der findes.",
                "Når alt bliver for meget, så skriv hver opgave ned og vælg derefter præcis én. En "
                "liste på papir vejer mindre end en liste i hovedet.",
                "Rejs dig op hver time, og gå rundt i et par minutter. Din ryg, dine øjne og dine "
                "tanker vil takke dig for det.",
                "Sig tak på skrift, når nogen har hjulpet dig. Et lille kort bliver husket meget "
                "længere end et hurtigt tak.",
                "Sæt vækkeuret til det tidspunkt, hvor du faktisk skal op. Den, der trykker på "
                "snooze igen og igen, hakker den sidste og bedste søvn i stykker.",
                "Lær denne sætning: Det vil jeg lige tænke over og vende tilbage til. Så giver du "
                "dig selv tid til en beslutning, du ikke fortryder.",
                "Ryd op, mens du laver mad. Den, der vasker skålen af, mens pastaen koger, har et "
                "næsten rent køkken, når maden er klar.",
                "Brug refleks, når du går eller cykler i mørke. Bilister kan se en refleks langt "
                "tidligere end en mørk jakke.",
                "Skriv indkøbssedlen i den rækkefølge, varerne står i butikken. Så går du ikke "
                "frem og tilbage, og du køber færre ting, du ikke har brug for.",
                "Hav altid en oplader i tasken. Den dag, du får brug for den, er aldrig den dag, "
                "du havde regnet med.",
            ),
            climaxes=(),
            endings=(
                "Prøv et af disse tips i dag, og se, hvad der ændrer sig. Ofte er en enkelt lille "
                "ændring nok til, at hele dagen føles lettere.",
                "Små vaner løber op. Vælg dit yndlingstip, og begynd med det. Allerede efter en "
                "uge kan du mærke forskellen.",
            ),
        ),
    ),
)
