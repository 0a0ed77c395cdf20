"""Geschiedenis: ware, goed gedocumenteerde momenten die verzonnen klinken."""

from t2m.generate.story_data.model import Frame, Material

HISTORY = Material(
    kind="list",
    subject="a true, well-documented and interesting story from history",
    titles=(
        "{n} vreemde maar ware momenten uit de geschiedenis",
        "De geschiedenis is gekker dan je denkt",
        "{n} ware verhalen uit het verleden",
    ),
    descriptions=(
        "{n} echte momenten uit de geschiedenis die klinken alsof ze verzonnen zijn.",
        "Een oorlog tegen vogels, een vloedgolf van stroop en een rage om tulpen: de geschiedenis "
        "is vreemder dan welke roman ook.",
    ),
    frames=(
        Frame(
            openings=(
                "De geschiedenis zit vol momenten die zo vreemd zijn dat ze verzonnen lijken. Toch "
                "is alles wat nu volgt echt gebeurd. Het staat in kronieken, kranten en archieven, "
                "en iedereen kan het nakijken.",
                "De meeste van deze verhalen staan in geen enkel schoolboek. Maar elk ervan is "
                "waar. Leun achterover en reis mee langs een paar van de vreemdste momenten uit "
                "het verleden.",
            ),
            beats=(
                "In de winter van 1636 op 1637 werden in de Republiek tulpenbollen verhandeld voor "
                "duizelingwekkende prijzen. Voor de zeldzaamste bollen werden bedragen genoemd "
                "waarvoor je ook een huis kon kopen. In februari 1637 stortte de handel plotseling "
                "in.",
                "New York heette ooit Nieuw-Amsterdam en was een Nederlandse nederzetting. In 1664 "
                "namen de Engelsen de stad in. Bij de Vrede van Breda in 1667 mochten zij de stad "
                "houden, en de Republiek hield Suriname.",
                "In 1642 zeilde Abel Tasman als eerste Europeaan naar Tasmanië en Nieuw-Zeeland. "
                "Die laatste naam hebben Nederlandse kaartmakers bedacht, naar de provincie "
                "Zeeland.",
                "In 1596 kwam de ontdekkingsreiziger Willem Barentsz met zijn bemanning vast te "
                "zitten in het ijs bij Nova Zembla. Ze overwinterden in een zelfgebouwde hut, het "
                "Behouden Huys. Barentsz zelf overleefde de terugtocht niet.",
                "In de nacht van 31 januari op 1 februari 1953 brak de zee door de dijken in "
                "Zeeland en Zuid-Holland. Meer dan achttienhonderd mensen kwamen om. Daarna begon "
                "Nederland aan de Deltawerken.",
                "In 1932 stuurde Australië soldaten met machinegeweren op emoes af, die in het "
                "westen van het land de oogst vernielden. De vogels waren sneller en slimmer. De "
                "zogenaamde Emoe-oorlog eindigde zonder overwinning voor de soldaten.",
                "In januari 1919 barstte in Boston een enorme tank vol melasse open. Een golf van "
                "kleverige stroop rolde door de straten, en eenentwintig mensen kwamen om. Nog "
                "jaren later zou de buurt zoetig hebben geroken.",
                "De kortste oorlog uit de geschiedenis werd in 1896 uitgevochten tussen "
                "Groot-Brittannië en Zanzibar. Na minder dan een uur beschieting was hij al "
                "voorbij.",
                "In de zomer van 1518 begon in Straatsburg een vrouw op straat te dansen en kon ze "
                "niet meer stoppen. Binnen een paar weken dansten tientallen mensen mee. Historici "
                "puzzelen nog steeds over deze dansplaag.",
                "In 1628 voer het prachtige Zweedse oorlogsschip Vasa in Stockholm uit voor zijn "
                "eerste reis. Na nog geen twee kilometer sloeg het om en zonk het. In 1961 werd "
                "het geborgen, en nu staat het in een museum.",
                "Met Kerstmis 1914, midden in de Eerste Wereldoorlog, hielden de gevechten op "
                "delen van het westfront op. Soldaten van beide kanten zongen liedjes, ruilden "
                "cadeautjes in niemandsland en sommigen speelden zelfs voetbal.",
                "In 1983 meldden de schermen van de Sovjetofficier Stanislav Petrov een aanval met "
                "Amerikaanse raketten. Hij hield het voor vals alarm en gaf de melding niet door. "
                "Hij had gelijk en voorkwam misschien een kernoorlog.",
                "Na een enorme vulkaanuitbarsting in Indonesië kregen Europa en Noord-Amerika in "
                "1816 een jaar zonder zomer. In die sombere zomer begon Mary Shelley aan het Meer "
                "van Genève aan haar roman Frankenstein.",
                "In 218 voor Christus trok de veldheer Hannibal met een leger en oorlogsolifanten "
                "over de Alpen om Rome aan te vallen. Veel dieren en soldaten stierven in de "
                "sneeuw, maar de tocht werd een legende.",
                "In 1970 ontplofte onderweg naar de maan een zuurstoftank van de Apollo dertien. "
                "De bemanning gebruikte de maanlander als reddingsboot, knutselde een luchtfilter "
                "in elkaar en kwam veilig thuis.",
                "In 1928 kwam Alexander Fleming terug van vakantie en zag schimmel groeien op een "
                "vergeten kweekschaaltje. Rond de schimmel waren de bacteriën dood. Zo werd de "
                "penicilline ontdekt.",
            ),
            climaxes=(),
            endings=(
                "De geschiedenis is vaak vreemder dan welke roman ook. Wie goed kijkt, vindt "
                "achter elk jaartal mensen die net zo verbaasd waren als wij nu.",
                "Over welk verhaal wil jij meer horen? Het verleden zit vol verrassingen. Kies er "
                "eentje uit en zoek het op, het is de moeite waard.",
            ),
        ),
    ),
)
