"""Geschichte: wahre, gut belegte Momente, die wie erfunden klingen."""

from t2m.generate.story_data.model import Frame, Material

HISTORY = Material(
    kind="list",
    subject="a true, well-documented and interesting story from history",
    titles=(
        "{n} seltsame, aber wahre Momente der Geschichte",
        "Geschichte ist verrückter, als du denkst",
        "{n} wahre Geschichten aus der Vergangenheit",
    ),
    descriptions=(
        "{n} echte Momente aus der Geschichte, die wie ausgedacht klingen.",
        "Ein Krieg gegen Vögel, eine Flut aus Sirup und ein falscher Hauptmann: Die Geschichte ist "
        "seltsamer als jeder Roman.",
    ),
    frames=(
        Frame(
            openings=(
                "Die Geschichte steckt voller Momente, die so seltsam sind, dass sie erfunden "
                "klingen. Doch alle diese Dinge sind wirklich passiert. Sie stehen in Chroniken, "
                "Zeitungen und Archiven, und jeder kann sie nachprüfen.",
                "Die meisten dieser Geschichten stehen in keinem Schulbuch. Aber jede einzelne "
                "davon ist wahr. Lehn dich zurück und reise mit uns zu ein paar der merkwürdigsten "
                "Momente der Vergangenheit.",
            ),
            beats=(
                "Im Jahr 1906 kaufte der Schuster Wilhelm Voigt eine gebrauchte Hauptmannsuniform. "
                "Damit kommandierte er eine Gruppe Soldaten, besetzte das Rathaus von Köpenick und "
                "verhaftete den Bürgermeister. Als Hauptmann von Köpenick wurde er weltberühmt.",
                "Am Abend des neunten November 1989 las Günter Schabowski auf einer "
                "Pressekonferenz eine neue Reiseregelung vor. Auf die Frage, ab wann sie gelte, "
                "sagte er: sofort, unverzüglich. Noch in derselben Nacht fiel die Berliner Mauer.",
                "Im Jahr 1932 schickte Australien Soldaten mit Maschinengewehren gegen Emus, die "
                "im Westen des Landes die Felder verwüsteten. Die Vögel waren schneller und "
                "schlauer. Der sogenannte Emu-Krieg endete ohne Sieg für die Soldaten.",
                "Im Januar 1919 platzte in Boston ein riesiger Tank voller Melasse. Eine Welle aus "
                "klebrigem Sirup rollte durch die Straßen, und einundzwanzig Menschen starben. "
                "Noch Jahrzehnte später soll das Viertel süßlich gerochen haben.",
                "Der kürzeste Krieg der Geschichte wurde 1896 zwischen Großbritannien und Sansibar "
                "geführt. Nach weniger als einer Stunde Beschuss war er vorbei.",
                "Im Sommer 1518 begann in Straßburg eine Frau auf der Straße zu tanzen und konnte "
                "nicht mehr aufhören. Nach wenigen Wochen tanzten Dutzende Menschen mit. Bis heute "
                "rätseln Historiker über diese Tanzwut.",
                "Im Jahr 1628 lief in Stockholm das prächtige Kriegsschiff Vasa zu seiner ersten "
                "Fahrt aus. Nach nicht einmal zwei Kilometern kenterte es und sank. Seit 1961 ist "
                "es wieder geborgen und steht heute in einem Museum.",
                "An Weihnachten 1914, mitten im Ersten Weltkrieg, hörten an Teilen der Westfront "
                "die Kämpfe auf. Soldaten beider Seiten sangen Lieder, tauschten Geschenke im "
                "Niemandsland, und manche spielten sogar Fußball.",
                "Im Jahr 1983 meldeten die Bildschirme des sowjetischen Offiziers Stanislaw Petrow "
                "anfliegende amerikanische Raketen. Er hielt die Meldung für einen Fehlalarm und "
                "gab keine Warnung weiter. Er hatte recht und verhinderte womöglich einen "
                "Atomkrieg.",
                "Nach einem gewaltigen Vulkanausbruch in Indonesien erlebten Europa und "
                "Nordamerika 1816 ein Jahr ohne Sommer. In diesem düsteren Sommer begann Mary "
                "Shelley am Genfer See, Frankenstein zu schreiben.",
                "Im Jahr 1814 platzte in einer Londoner Brauerei ein riesiges Bierfass. Eine Flut "
                "aus Bier strömte durch die umliegenden Straßen, und acht Menschen kamen dabei ums "
                "Leben.",
                "Im Jahr 218 vor Christus führte der Feldherr Hannibal ein Heer mit "
                "Kriegselefanten über die Alpen, um Rom anzugreifen. Viele Tiere und Soldaten "
                "starben im Schnee, doch der Zug wurde zur Legende.",
                "Napoleon war gar nicht besonders klein. Für einen Franzosen seiner Zeit war er "
                "ungefähr durchschnittlich groß. Britische Karikaturisten zeichneten ihn aber gern "
                "winzig, und das Bild blieb hängen.",
                "Im Jahr 1970 explodierte auf dem Weg zum Mond ein Sauerstofftank von Apollo "
                "dreizehn. Die Crew nutzte die Mondfähre als Rettungsboot, bastelte einen "
                "Luftfilter aus Bordmitteln und kam sicher nach Hause.",
                "Der Bau des Kölner Doms begann im Jahr 1248. Fertig wurde er erst 1880, mehr als "
                "sechshundert Jahre später. Danach war er für einige Jahre das höchste Gebäude der "
                "Welt.",
                "Um 1450 erfand Johannes Gutenberg in Mainz den Buchdruck mit beweglichen Lettern. "
                "Von seiner berühmten Bibel sind heute noch knapp fünfzig Exemplare erhalten.",
            ),
            climaxes=(),
            endings=(
                "Die Geschichte ist eben oft seltsamer als jeder Roman. Wer genau hinschaut, "
                "findet hinter jeder Jahreszahl Menschen, die genauso überrascht waren wie wir "
                "heute.",
                "Über welche dieser Geschichten möchtest du mehr hören? Die Vergangenheit steckt "
                "voller Überraschungen. Such dir eine aus und lies nach, es lohnt sich.",
            ),
        ),
    ),
)
