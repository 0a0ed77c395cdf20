"""Historie: sande, veldokumenterede øjeblikke, der lyder opdigtede."""

from t2m.generate.story_data.model import Frame, Material

HISTORY = Material(
    kind="list",
    subject="a true, well-documented and interesting story from history",
    titles=(
        "{n} mærkelige, men sande øjeblikke i historien",
        "Historien er mere skør, end du tror",
        "{n} sande historier fra fortiden",
    ),
    descriptions=(
        "{n} virkelige øjeblikke fra historien, der lyder, som om de er opdigtede.",
        "En krig mod fugle, en flodbølge af sirup og en astronom med en næse af metal: historien "
        "er mærkeligere end nogen roman.",
    ),
    frames=(
        Frame(
            openings=(
                "Historien er fuld af øjeblikke, der er så mærkelige, at de lyder opdigtede. Men "
                "alt det, der kommer nu, er virkelig sket. Det står i krøniker, aviser og arkiver, "
                "og enhver kan slå det efter.",
                "De fleste af disse historier står ikke i nogen skolebog. Men hver eneste af dem "
                "er sand. Læn dig tilbage, og rejs med gennem nogle af fortidens mærkeligste "
                "øjeblikke.",
            ),
            beats=(
                "I 1566 mistede den danske astronom Tycho Brahe en del af sin næse i en duel. "
                "Resten af livet bar han en kunstig næse af metal. Alligevel blev han en af sin "
                "tids største stjernekiggere.",
                "Omkring år 965 lod Harald Blåtand den store Jellingsten rejse. På den står, at "
                "Harald vandt sig hele Danmark og Norge og gjorde danerne kristne. Stenen kaldes "
                "ofte Danmarks dåbsattest.",
                "I 1917 solgte Danmark sine tropiske øer i Caribien, Dansk Vestindien, til USA. "
                "Prisen var femogtyve millioner dollars i guld. I dag hedder øerne De Amerikanske "
                "Jomfruøer.",
                "I oktober 1943 blev over syv tusind danske jøder sejlet i sikkerhed over Øresund "
                "til Sverige. Fiskere, læger og helt almindelige mennesker hjalp til. Langt de "
                "fleste af landets jøder overlevede krigen.",
                "I 1820 opdagede den danske fysiker H C Ørsted, at en elektrisk strøm kan få en "
                "kompasnål til at dreje. Det var første bevis på, at elektricitet og magnetisme "
                "hænger sammen.",
                "I 1932 sendte Australien soldater med maskingeværer ud mod emuer, der ødelagde "
                "afgrøderne i det vestlige Australien. Fuglene var hurtigere og klogere. Den "
                "såkaldte emukrig endte uden sejr til soldaterne.",
                "I januar 1919 sprang en kæmpe tank med melasse i Boston. En bølge af klistret "
                "sirup væltede gennem gaderne, og enogtyve mennesker omkom. Kvarteret skulle have "
                "lugtet sødligt i mange år bagefter.",
                "Historiens korteste krig blev udkæmpet i 1896 mellem Storbritannien og Zanzibar. "
                "Efter mindre end en times beskydning var den allerede forbi.",
                "I sommeren 1518 begyndte en kvinde i Strasbourg at danse på gaden og kunne ikke "
                "holde op. I løbet af få uger dansede flere dusin mennesker med. Historikerne "
                "diskuterer stadig, hvad der forårsagede denne dansepest.",
                "I 1628 sejlede det prægtige svenske krigsskib Vasa ud fra Stockholm på sin første "
                "rejse. Efter under to kilometer kæntrede det og sank. I 1961 blev det hævet, og i "
                "dag står det på et museum.",
                "Julen 1914, midt under Første Verdenskrig, holdt kampene op på dele af "
                "vestfronten. Soldater fra begge sider sang julesange, byttede gaver i "
                "ingenmandsland, og nogle spillede endda fodbold.",
                "I 1983 viste skærmene hos den sovjetiske officer Stanislav Petrov et angreb med "
                "amerikanske missiler. Han vurderede, at det var falsk alarm, og sendte ikke "
                "meldingen videre. Han havde ret og forhindrede måske en atomkrig.",
                "Efter et voldsomt vulkanudbrud i Indonesien fik Europa og Nordamerika i 1816 et "
                "år uden sommer. I den dystre sommer begyndte Mary Shelley ved Genevesøen at "
                "skrive Frankenstein.",
                "I år 218 før vor tidsregning førte feltherren Hannibal en hær med krigselefanter "
                "over Alperne for at angribe Rom. Mange dyr og soldater døde i sneen, men turen "
                "blev en legende.",
                "I 1970 eksploderede en ilttank på Apollo tretten på vej mod Månen. Besætningen "
                "brugte månelandingsfartøjet som redningsbåd, byggede et luftfilter af det, de "
                "havde, og kom sikkert hjem.",
            ),
            climaxes=(),
            endings=(
                "Historien er tit mærkeligere end nogen roman. Den, der kigger efter, finder bag "
                "hvert årstal mennesker, der var lige så forbløffede, som vi er i dag.",
                "Hvilken af historierne vil du høre mere om? Fortiden er fuld af overraskelser. "
                "Vælg én, og slå den op, det er umagen værd.",
            ),
        ),
    ),
)
