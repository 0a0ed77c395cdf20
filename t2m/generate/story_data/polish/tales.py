"""Polish material for the dark tales: scary, mystery and urban_legends.

Things carry their case forms and the endings that agree with their gender: ``t_a`` for the
past tense (stał, stała, stało), ``t_y`` for adjectives (zimny, zimna, zimne), ``t_al`` for
verbs in -ął (zniknął, zniknęła, zniknęło) and ``t_go`` for the accusative pronoun."""

from t2m.generate.story_data.model import Frame, Material

_LUSTRO = {"t_a": "o", "t_y": "e", "t_al": "ęło", "t_go": "je"}
_M = {"t_a": "", "t_y": "y", "t_al": "ął", "t_go": "go"}
_F = {"t_a": "a", "t_y": "a", "t_al": "ęła", "t_go": "ją"}

SCARY = Material(
    kind="story",
    subject="a scary story",
    titles=(
        "{Thing} {at_spot}",
        "Trzy noce w miasteczku {town}",
        "To, co czekało {at_spot}",
        "{Name} i {thing}",
        "Nie odpowiadaj, gdy ktoś puka",
    ),
    descriptions=(
        "{Name} spędza kilka nocy {at_place} pod miasteczkiem {town}. {Thing} nie chce zostać "
        "tam, gdzie {t_go} postawiono. Opowieść grozy do słuchania przy zapalonym świetle.",
        "Niski czynsz, cicha okolica i {thing}, któr{t_y} sam{t_a} zmienia miejsce. Krótki horror "
        "o tym, jak {name} został{a} o jedną noc za długo.",
    ),
    places=(
        {
            "at_place": "w starej latarni morskiej na klifie",
            "to_place": "do starej latarni morskiej na klifie",
            "at_spot": "w latarni",
            "from_spot": "z latarni",
            "spot_gen": "latarni",
        },
        {
            "at_place": "w opuszczonym domu na końcu żwirowej drogi",
            "to_place": "do opuszczonego domu na końcu żwirowej drogi",
            "at_spot": "w tym domu",
            "from_spot": "z domu",
            "spot_gen": "domu",
        },
        {
            "at_place": "w pensjonacie zamkniętym od dwudziestu lat",
            "to_place": "do pensjonatu zamkniętego od dwudziestu lat",
            "at_spot": "w pensjonacie",
            "from_spot": "z pensjonatu",
            "spot_gen": "pensjonatu",
        },
        {
            "at_place": "w drewnianej chacie głęboko w sosnowym lesie",
            "to_place": "do drewnianej chaty głęboko w sosnowym lesie",
            "at_spot": "w chacie",
            "from_spot": "z chaty",
            "spot_gen": "chaty",
        },
        {
            "at_place": "na starej plebanii za kościołem",
            "to_place": "na starą plebanię za kościołem",
            "at_spot": "na plebanii",
            "from_spot": "z plebanii",
            "spot_gen": "plebanii",
        },
    ),
    things=(
        {"thing": "lustro", "thing_acc": "lustro", "thing_loc": "lustrze"} | _LUSTRO,
        {"thing": "pozytywka", "thing_acc": "pozytywkę", "thing_loc": "pozytywce"} | _F,
        {"thing": "bujany fotel", "thing_acc": "bujany fotel", "thing_loc": "bujanym fotelu"} | _M,
        {
            "thing": "porcelanowa lalka",
            "thing_acc": "porcelanową lalkę",
            "thing_loc": "porcelanowej lalce",
        }
        | _F,
        {"thing": "stary zegar", "thing_acc": "stary zegar", "thing_loc": "starym zegarze"} | _M,
        {"thing": "stare radio", "thing_acc": "stare radio", "thing_loc": "starym radiu"} | _LUSTRO,
    ),
    frames=(
        Frame(
            openings=(
                "W chłodny październikowy wieczór {name} wprowadził{a} się {to_place} pod "
                "miasteczkiem {town}. Czynsz był podejrzanie niski, a sąsiedzi mówili niewiele. "
                "Nikt nie wspomniał o tym, co stało w pokoju na końcu korytarza: {thing}.",
                "Nikt z miasteczka {town} nie chciał nocować {at_spot} po zmroku. Ale {name} "
                "potrzebował{a} pieniędzy, a praca wydawała się prosta: pilnować {spot_gen} przez "
                "trzy noce i nie gasić świateł. Już pierwszego wieczoru znalazł{a} {thing_acc}.",
                "Pierwszym, co {name} zauważył{a} {at_spot}, była cisza. Zaraz potem dostrzegł{a} "
                "w kącie {thing_acc}. Wyglądało to tak, jakby ktoś przed chwilą {t_go} tam "
                "postawił i miał zaraz wrócić.",
            ),
            beats=(
                "Pierwszej nocy {name} obudził{a} się o trzeciej nad ranem. W całym budynku "
                "pachniało woskiem, jak na cmentarzu w Zaduszki. Leżał{a} bez ruchu i "
                "nasłuchiwał{a}. Zapach był najsilniejszy przy drzwiach pokoju, w którym "
                "stał{t_a} {thing}.",
                "Rano {name} za{niosl} {thing_acc} do piwnicy i zamkn{al} drzwi na klucz. Klucz "
                "schował{a} do kieszeni i przez cały dzień czuł{a}, jak uwiera. Wieczorem {thing} "
                "stał{t_a} z powrotem w korytarzu, zwrócon{t_y} prosto w stronę drzwi wejściowych.",
                "Stara sprzedawczyni w sklepie przeżegnała się, gdy usłyszała, gdzie {name} "
                "mieszka. Powiedziała tylko jedno. Jeśli w nocy ktoś zapuka, nie otwieraj. I nie "
                "odpowiadaj, nawet jeśli głos będzie znajomy. Potem odwróciła się do półek.",
                "Pies sąsiadów zawsze podbiegał do każdego przechodnia, merdając ogonem. Ale przy "
                "furtce zatrzymywał się jak wryty, warczał cicho i nie chciał zrobić ani kroku "
                "dalej. Przez cały czas wpatrywał się w jedno okno na piętrze.",
                "{Friend}, któr{friend_y} dorastał{friend_a} w miasteczku {town}, długo "
                "milczał{friend_a} w słuchawce. W końcu powiedział{friend_a} cicho, że poprzednia "
                "lokatorka też trzymała w domu {thing_acc}. Pewnej nocy wyszła boso i nikt jej "
                "już więcej nie widział.",
                "Każdego wieczoru {name} nakrywał{a} do stołu tylko dla siebie. Każdego ranka na "
                "stole stał drugi talerz, czysty i starannie ułożony, z łyżką po lewej stronie. "
                "Tak nakrywano stoły przed wojną, ktoś powiedział w sklepie, i szybko zmienił "
                "temat.",
                "Na strychu stał stary gramofon bez igły. O północy zaczął grać przedwojenne "
                "tango, ciche i trzeszczące. Kiedy {name} wbiegł{a} na górę, muzyka ucichła. "
                "Płyta jeszcze się obracała, coraz wolniej i wolniej. Na obudowie nie było ani "
                "grama kurzu.",
                "Następnej nocy odgłosy były bliżej. Kroki przeszły przez korytarz i zatrzymały "
                "się pod drzwiami sypialni. W szparze pod drzwiami {name} widział{a} cień dwóch "
                "stóp. Przez całą godzinę nie poruszyły się ani razu.",
                "W szufladzie {name} znalazł{a} pamiętnik poprzedniej lokatorki. Pierwsze strony "
                "mówiły o pogodzie i o ogrodzie. Potem zapiski stawały się coraz krótsze, a pismo "
                "coraz bardziej drżące. Ostatnie zdanie brzmiało: ono już wie, jak mam na imię.",
                "{Name} postanowił{a} uciec, jeszcze tej samej nocy. Ale samochód nie chciał "
                "zapalić, a telefon nie miał zasięgu. Droga do miasteczka zniknęła we mgle tak "
                "gęstej, że nie było widać nawet własnych rąk na kierownicy.",
                "W piwnicy ktoś wydrapał na kamiennej ścianie dziesiątki imion, każde z datą. "
                "Niektóre prawie zatarł czas. Najnowsze było tak świeże, że na podłodze leżał "
                "jeszcze kamienny pył. Było to imię, które {name} znał{a} aż za dobrze: {jego} "
                "własne.",
                "Ostatniego ranka wszystkie zegary w budynku stały. Każdy pokazywał trzy minuty "
                "po trzeciej. Tylko w pokoju, w którym stał{t_a} {thing}, było ciepło, choć w "
                "piecu nikt nie palił od wielu lat.",
                "Potem spadł pierwszy śnieg, wcześniej niż ktokolwiek pamiętał. Rano od strony "
                "lasu prowadziły małe, bose ślady, jak po dziecku. Kończyły się na samym progu. "
                "Żadne ślady nie prowadziły z powrotem. {Name} długo patrzył{a} na nie przez okno "
                "i nie mógł{a} się ruszyć.",
            ),
            climaxes=(
                "O północy wszystkie światła {at_spot} zgasły naraz. W ciemności, tuż przy {jego} "
                "uchu, ktoś wyszeptał {jego} imię. A potem {thing} zacz{t_al} cicho nucić, "
                "cierpliwie i miękko. Jakby czekał{t_a} na tę jedną noc od siedemdziesięciu lat.",
                "{Name} wy{niosl} {thing_acc} na podwórze i podpalił{a} {t_go}. Ale {thing} nie "
                "chciał{t_a} się palić. Płomienie odginały się na boki, a z wnętrza domu dobiegło "
                "długie, zmęczone westchnienie. Jakby coś bardzo starego obudzono na próżno.",
            ),
            endings=(
                "Rano {name} już tam nie był{a}. Policja nie znalazła śladów walki, tylko "
                "pościelone łóżko i {thing_acc} na swoim zwykłym miejscu. {Friend} czasem "
                "przejeżdża obok i przysięga, że na piętrze zawsze pali się światło.",
                "{Name} wyjechał{a} z miasteczka {town} następnego dnia i nigdy nie wrócił{a}. "
                "Ale czasem, daleko stamtąd, budzi się o trzeciej nad ranem. Czuje wtedy zapach "
                "wosku, z każdą nocą trochę wyraźniejszy.",
                "Kiedy wzeszło słońce, {name} wy{szedl} {from_spot} i ani razu się nie "
                "obejrzał{a}. Nigdy nikomu nie powiedział{a}, co widział{a} w tę ostatnią "
                "godzinę. Mówi tylko, że niektóre rzeczy trzeba zostawić tam, gdzie się je "
                "znalazło.",
            ),
            texture=(
                "Wiatr napierał na okna, jakby chciał wejść do środka.",
                "Gdzieś w ścianach stukały stare rury.",
                "W powietrzu unosił się zapach kurzu i zimnego wosku.",
                "Na zewnątrz sosny stały zupełnie nieruchomo.",
                "Podłoga skrzypiała, choć nikt po niej nie chodził.",
            ),
        ),
    ),
)

MYSTERY = Material(
    kind="story",
    subject="a mystery story with a fair clue and a satisfying solution",
    titles=(
        "{Thing}, któr{t_y} znikn{t_al}",
        "Zagadka {at_spot}",
        "{Name} i sprawa zaparowanych okularów",
        "Tajemnica z miasteczka {town}",
    ),
    descriptions=(
        "{Thing} znika z zamkniętego gabinetu {at_spot}. {Name} ma jeden wieczór, żeby znaleźć "
        "złodzieja. Krótki kryminał z uczciwą wskazówką.",
        "Wszyscy mają alibi, a na dworze trzyma siarczysty mróz. {Name} rozwiązuje zagadkę "
        "{at_spot} w miasteczku {town}.",
    ),
    places=(
        {
            "to_place": "do starego dworku pod lasem",
            "at_spot": "w dworku",
            "host": "gospodarz",
            "host_gen": "gospodarza",
        },
        {
            "to_place": "do pensjonatu wysoko w górach",
            "at_spot": "w pensjonacie",
            "host": "właściciel pensjonatu",
            "host_gen": "właściciela pensjonatu",
        },
        {
            "to_place": "do małego muzeum w starej kamienicy",
            "at_spot": "w muzeum",
            "host": "dyrektor muzeum",
            "host_gen": "dyrektora muzeum",
        },
        {
            "to_place": "do hotelu nad zamarzniętym jeziorem",
            "at_spot": "w hotelu",
            "host": "właściciel hotelu",
            "host_gen": "właściciela hotelu",
        },
    ),
    things=(
        {"thing": "srebrny kompas", "thing_acc": "srebrny kompas"} | _M,
        {"thing": "szmaragdowy pierścionek", "thing_acc": "szmaragdowy pierścionek"} | _M,
        {"thing": "pierwsze wydanie Pana Tadeusza", "thing_acc": "pierwsze wydanie Pana Tadeusza"}
        | _LUSTRO,
        {"thing": "złoty zegarek kieszonkowy", "thing_acc": "złoty zegarek kieszonkowy"} | _M,
        {"thing": "bursztynowa broszka", "thing_acc": "bursztynową broszkę"} | _F,
    ),
    frames=(
        Frame(
            openings=(
                "{Thing} znikn{t_al} z zamkniętego gabinetu {at_spot} dokładnie o dziewiątej "
                "wieczorem. Na dworze trzymał siarczysty mróz, a w salonie buzował kominek. "
                "{Name} zauważył{a} tego wieczoru jedną rzecz. Każdemu, kto wchodził z mrozu, od "
                "razu zaparowywały okulary.",
                "{Name} przyjechał{a} {to_place} na spokojny weekend. Już pierwszego wieczoru z "
                "zamkniętego gabinetu znikn{t_al} {thing}. Na dworze było dwadzieścia stopni "
                "mrozu. Kto tylko wchodził do ciepłego salonu, od razu przecierał zaparowane "
                "okulary.",
            ),
            beats=(
                "{Host}, wysoki mężczyzna o siwych wąsach, chodził nerwowo po salonie. {Thing} "
                "był{t_a} najcenniejszą rzeczą w całej kolekcji, powtarzał. Klucze do gabinetu "
                "mieli tylko on i jego szwagier, pan Henryk. {Name} zanotował{a} to w małym "
                "notesie.",
                "Pan Henryk wrócił do salonu chwilę po tym, jak odkryto kradzież. Wyjaśnił, że "
                "przez pół godziny wyprowadzał psa po ośnieżonym ogrodzie. Pies merdał ogonem "
                "przy drzwiach, a pan Henryk spokojnie poprawiał okulary.",
                "{Friend} stał{friend_a} przez cały wieczór najbliżej drzwi gabinetu. "
                "Zaklinał{friend_a} się, że niczego nie widział{friend_a}. Ale ręce {friend_mu} "
                "drżały, a co chwilę zerkał{friend_a} w stronę okna, jakby na kogoś "
                "czekał{friend_a}. Później okazało się, że czekał{friend_a} po prostu na taksówkę.",
                "Kucharka przysięgała, że cały wieczór stała przy kuchni i pilnowała bigosu. "
                "Bigos rzeczywiście był doskonały. Ale słyszała coś dziwnego. Około dziewiątej "
                "ktoś szybko przeszedł korytarzem w stronę gabinetu, w samych skarpetkach.",
                "Jeden z gości przypomniał sobie nieznajomego w szarym płaszczu, który wyszedł "
                "wcześnie. Wszyscy od razu uznali, że to złodziej. Dwóch gości wybiegło w mróz, "
                "żeby go szukać. {Name} nie ruszył{a} się z fotela.",
                "Nieznajomego znaleziono na przystanku autobusowym. Okazał się stroicielem "
                "fortepianów, który wracał do domu. W kieszeniach miał tylko bilet i kamerton. "
                "Wyszedł wcześnie, wyjaśnił z godnością, bo nie znosi przyjęć.",
                "Na śniegu pod oknem gabinetu widniały ślady butów. Prowadziły jednak tylko w "
                "jedną stronę, od furtki do okna. Okno było zamknięte od środka, a na parapecie "
                "leżał nietknięty śnieg. Ktoś zostawił te ślady specjalnie, dla zmylenia.",
                "{Name} wy{szedl} na chwilę na ganek, żeby odetchnąć mroźnym powietrzem. "
                "Gospodyni wyszła razem z {nim}. Kiedy wróciła do ciepła, jej okulary zaparowały "
                "tak bardzo, że przez minutę nic nie widziała.",
                "Pan Henryk, jak się okazało, miał spore długi. Kilka dni wcześniej prosił "
                "szwagra o pożyczkę i usłyszał krótkie, stanowcze nie. Od tamtej pory, jak mówiła "
                "służba, prawie się do siebie nie odzywali.",
                "{Name} po kolei dotykał{a} płaszczy na wieszaku w przedpokoju. Wszystkie były "
                "suche i zimne, oprócz jednego, z futrzanym kołnierzem, który ociekał roztopionym "
                "śniegiem. Należał do pani, która przed chwilą wróciła z papierosa.",
                "Na biurku w gabinecie stała filiżanka herbaty. Była jeszcze ciepła, choć {host} "
                "twierdził, że nie zaglądał tam od obiadu. Ktoś najwyraźniej siedział w gabinecie "
                "dłużej, niż chciał się przyznać.",
                "Młoda malarka rysowała gości przez cały wieczór. {Name} poprosił{a} o jej "
                "szkicownik. Na ostatnim rysunku, zrobionym tuż przed dziewiątą, wszyscy "
                "siedzieli w salonie. Brakowało tylko pana Henryka i jego psa.",
                "Pies pana Henryka spał przy kominku, rozgrzany i suchy. {Name} pogłaskał{a} go i "
                "zauważył{a}, że ma ciepłe łapy. Między poduszkami łap nie było ani śladu śniegu, "
                "choć w ogrodzie leżały zaspy po kolana.",
            ),
            climaxes=(
                "{Name} zebrał{a} wszystkich w salonie. Każdemu, kto wchodził z mrozu, okulary "
                "zaparowywały w jednej chwili, powiedział{a}. Pan Henryk twierdził, że przez pół "
                "godziny był na dworze. A jednak kiedy wszedł do salonu, jego okulary były "
                "zupełnie czyste. Bo przez cały ten czas był w ciepłym gabinecie.",
            ),
            endings=(
                "Pan Henryk długo milczał, a potem przyznał się do wszystkiego. {Thing} "
                "leżał{t_a} w jego teczce, zawinięt{t_y} w chusteczkę. {Name} wrócił{a} ostatnim "
                "pociągiem i przespał{a} całą drogę do domu.",
                "Pan Henryk usiadł ciężko w fotelu i wszystko wyznał. Jeszcze tego wieczoru "
                "{thing} wrócił{t_a} na swoje miejsce. {Name} w końcu doczekał{a} się spokojnego "
                "weekendu. Ale od tamtej pory zawsze patrzy ludziom na okulary.",
            ),
            texture=(
                "Za oknami sypał gęsty śnieg.",
                "Gdzieś w domu zegar wybił kwadrans.",
                "Goście szeptali w małych, zaniepokojonych grupkach.",
                "W całym domu pachniało grzanym winem i żywicą.",
            ),
        ),
    ),
)

URBAN_LEGENDS = Material(
    kind="story",
    subject="a modern urban legend, told as if by a friend of a friend",
    titles=(
        "Czarna wołga",
        "Nie zatrzymuj się {at_spot}",
        "Co się stało {at_spot}",
        "Legenda z miasteczka {town}",
    ),
    descriptions=(
        "Każdy w miasteczku {town} zna kogoś, kto zna kogoś, kto ją widział. Legenda o czarnej "
        "wołdze i o tym, czego nie wolno zabierać.",
        "Znajomy znajomego, późna noc i {place}. Miejska legenda z miasteczka {town}.",
    ),
    places=(
        {
            "place": "stary przystanek przy szosie",
            "at_place": "na starym przystanku przy szosie",
            "to_place": "na stary przystanek przy szosie",
            "at_spot": "na przystanku",
            "spot_acc": "przystanek",
            "spot_gen": "przystanku",
        },
        {
            "place": "wąski most nad Czarną Rzeką",
            "at_place": "na wąskim moście nad Czarną Rzeką",
            "to_place": "na wąski most nad Czarną Rzeką",
            "at_spot": "na moście",
            "spot_acc": "most",
            "spot_gen": "mostu",
        },
        {
            "place": "opuszczona stacja benzynowa przy trasie",
            "at_place": "na opuszczonej stacji benzynowej przy trasie",
            "to_place": "na opuszczoną stację benzynową przy trasie",
            "at_spot": "na stacji",
            "spot_acc": "starą stację",
            "spot_gen": "starej stacji",
        },
        {
            "place": "leśny parking przy starej drodze",
            "at_place": "na leśnym parkingu przy starej drodze",
            "to_place": "na leśny parking przy starej drodze",
            "at_spot": "na parkingu",
            "spot_acc": "leśny parking",
            "spot_gen": "leśnego parkingu",
        },
    ),
    things=(
        {"thing": "czerwona wstążka", "thing_acc": "czerwoną wstążkę"} | _F,
        {"thing": "srebrna moneta", "thing_acc": "srebrną monetę"} | _F,
        {"thing": "stara fotografia", "thing_acc": "starą fotografię"} | _F,
        {"thing": "stary klucz", "thing_acc": "stary klucz"} | _M,
    ),
    frames=(
        Frame(
            openings=(
                "Każdy, kto dorastał w miasteczku {town}, prędzej czy później słyszał o czarnej "
                "wołdze. Podobno po północy pojawia się {at_place}. Stoi z wyłączonymi światłami, "
                "a w oknach ma białe firanki. I podobno nie wolno się przy niej zatrzymywać.",
                "Tę historię opowiedział{friend_a} mi {friend}, a {friend_on} usłyszał{friend_a} "
                "ją od kuzyna. Kuzyn przysięga, że to prawda. Chodzi o czarną wołgę i o "
                "{thing_acc}. A także o to, jak {name} przestał{a} się śmiać z legend.",
            ),
            beats=(
                "Legenda sięga czasów Peerelu. W latach siedemdziesiątych mówiono, że czarna "
                "wołga jeździ nocami po okolicy i zabiera tych, którzy za późno wracają do domu. "
                "Dorośli straszyli nią dzieci. Dzieci straszyły nią siebie nawzajem.",
                "Podobno nikt nigdy nie widział twarzy kierowcy. Ci, którzy oglądali samochód z "
                "bliska, mówią zawsze to samo. Za kierownicą siedzi ktoś w czarnych rękawiczkach, "
                "a silnik pracuje tak cicho, że słychać tykanie zegarka.",
                "{Name} usłyszał{a} tę historię przy ognisku i roześmiał{a} się głośno. Tej samej "
                "nocy pojechał{a} {to_place}, żeby udowodnić, że to bajki. Obiecał{a} znajomym "
                "nagranie, na którym nie będzie absolutnie niczego.",
                "Najpierw rzeczywiście nic się nie działo. Słychać było tylko świerszcze w rowie. "
                "Potem reflektory zamrugały, a kiedy znów się zapaliły, po drugiej stronie drogi "
                "stała czarna wołga z białymi firankami. Sekundę wcześniej jej tam nie było.",
                "Nikt nie wysiadł. Silnik pracował bardzo cicho. Przez szybę {name} zobaczył{a} "
                "tylko dłonie w czarnych rękawiczkach, spokojnie oparte na kierownicy. Potem "
                "jedna dłoń powoli uniosła się i pomachała.",
                "Wołga odjechała bez świateł i rozpłynęła się we mgle. Na masce samochodu, którym "
                "przyjechał{a} {name}, leżał{t_a} {thing}. Był{t_a} lodowat{t_y}, choć noc była "
                "ciepła, i pachniał{t_a} starym kurzem i benzyną.",
                "Wbrew wszystkim ostrzeżeniom {name} wzi{al} {thing_acc} do ręki i schował{a} do "
                "kieszeni. W drodze powrotnej radio samo się włączyło. Leciały piosenki sprzed "
                "pięćdziesięciu lat, a spiker mówił, że jest trzecia w nocy w listopadzie "
                "siedemdziesiątego roku.",
                "W domu {name} obejrzał{a} nagranie. Była na nim pusta droga, mgła i migające "
                "reflektory. Czarnej wołgi na nagraniu nie było. Był tylko cichy szum silnika i "
                "głos tuż przy mikrofonie: dziękuję, że zaczekał{es}.",
                "Na internetowym forum ludzie z miasteczka {town} wciąż piszą o czarnej wołdze. "
                "Jeden mężczyzna twierdzi, że widział ją w zeszłym roku na parkingu pod marketem. "
                "Z jej uchylonego okna leciała ta sama stara piosenka, którą pamiętał z "
                "dzieciństwa.",
                "Taksówkarz z miasteczka {town} mówi, że nigdy nie jeździ nocą obok {spot_gen}. "
                "Zrobił to tylko raz. Nie chce powiedzieć, co się wtedy stało. Mówi jedynie, że "
                "od tamtej pory zawsze zamyka drzwi samochodu, nawet we własnym garażu.",
                "Kierowca nocnego autobusu opowiadał, że kiedyś czarna wołga jechała za nim przez "
                "całą drogę. Nie wyprzedzała i nie zostawała w tyle. Kiedy zatrzymał się "
                "{at_spot}, wołga też stanęła, a potem po prostu zniknęła.",
                "Niektórzy twierdzą, że wołga ma tablice rejestracyjne, których nie wydaje się od "
                "pół wieku. Inni mówią, że w jej lusterku nie widać kierowcy, tylko puste "
                "siedzenie. Wszyscy zgadzają się co do jednego. Lepiej tego nie sprawdzać.",
                "Następnego dnia {name} zapytał{a} o wołgę swoją babcię. Babcia długo milczała. "
                "Potem powiedziała, że w dzieciństwie wszyscy bali się tego samochodu. Wszyscy "
                "oprócz jej młodszego brata, który pewnej nocy do niego wsiadł i nigdy nie wrócił.",
            ),
            climaxes=(
                "Następnego ranka {thing} znikn{t_al} z kieszeni, choć nikt nie wchodził do domu. "
                "Na stole leżał za to stary bilet autobusowy. Był skasowany dokładnie "
                "pięćdziesiąt lat wcześniej, co do dnia.",
            ),
            endings=(
                "{Name} nadal mieszka w miasteczku {town}, ale nie chce rozmawiać o tamtej nocy. "
                "A jeśli ktoś po północy mija {spot_acc} i zobaczy czarną wołgę, niech się nie "
                "zatrzymuje. Podobno ona wciąż na kogoś czeka.",
                "Czy to prawda? {Friend} mówi, że tak, a {friend_on} słyszał{friend_a} to od "
                "kogoś, kto tam był. Tak właśnie działają legendy. Ale bilet istnieje naprawdę. "
                "{Name} trzyma go w szufladzie i nigdy nie otwiera jej po zmroku.",
            ),
            texture=(
                "Lampy uliczne brzęczały i migotały.",
                "Droga była pusta w obie strony.",
                "Gdzieś daleko zawył pies.",
                "Deszcz bębnił o dach samochodu.",
            ),
        ),
    ),
)
