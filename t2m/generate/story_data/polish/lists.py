"""Polish material for the list topics: interesting_history, fun_facts and life_pro_tips."""

from t2m.generate.story_data.model import Frame, Material

HISTORY = Material(
    kind="list",
    subject="a true, well-documented and interesting story from history",
    titles=(
        "{n} dziwnych, ale prawdziwych chwil z historii",
        "Historia jest dziwniejsza, niż myślisz",
        "{n} prawdziwych opowieści z przeszłości",
    ),
    descriptions=(
        "{n} prawdziwych wydarzeń z historii, które brzmią jak zmyślone.",
        "Wojna z ptakami, powódź syropu i taneczna epidemia: historia jest dziwniejsza niż "
        "niejedna powieść.",
    ),
    frames=(
        Frame(
            openings=(
                "Historia jest pełna chwil tak dziwnych, że brzmią jak zmyślone. Wszystkie te "
                "wydarzenia naprawdę miały miejsce.",
                "Większości tych historii nie znajdziesz w podręczniku, ale każda z nich jest "
                "prawdziwa.",
            ),
            beats=(
                "Trzeciego maja 1791 roku Sejm uchwalił konstytucję. Była pierwszą nowoczesną "
                "konstytucją w Europie i drugą na świecie, po amerykańskiej. Rocznica jej "
                "uchwalenia jest dziś świętem narodowym.",
                "W grudniu 1932 roku polski matematyk Marian Rejewski złamał szyfr niemieckiej "
                "Enigmy. Razem z Jerzym Różyckim i Henrykiem Zygalskim odczytywał niemieckie "
                "depesze przez lata. Latem 1939 roku Polacy przekazali tę wiedzę Francuzom i "
                "Brytyjczykom.",
                "W czasie drugiej wojny światowej polscy żołnierze przygarnęli w Iranie małego "
                "niedźwiadka. Nazwali go Wojtek i oficjalnie wpisali do ewidencji wojska. Według "
                "relacji żołnierzy pod Monte Cassino pomagał nosić skrzynki z amunicją.",
                "Maria Skłodowska-Curie jako pierwsza kobieta otrzymała Nagrodę Nobla. Jest też "
                "jedyną osobą nagrodzoną w dwóch różnych naukach, z fizyki i z chemii. "
                "Pierwiastek, który odkryła razem z mężem, nazwała polonem, na cześć Polski.",
                "Mikołaj Kopernik opisał świat, w którym to Ziemia krąży wokół Słońca. Jego "
                "dzieło O obrotach sfer niebieskich ukazało się w 1543 roku, w roku jego śmierci. "
                "Zmieniło sposób, w jaki ludzie patrzą na niebo.",
                "W 1683 roku król Jan III Sobieski poprowadził odsiecz Wiednia. Szarża husarii, w "
                "której pędziły tysiące jeźdźców, była jedną z największych szarż kawalerii w "
                "historii. Bitwa zakończyła oblężenie miasta przez armię osmańską.",
                "W 1932 roku Australia wysłała żołnierzy z karabinami maszynowymi do walki z emu, "
                "które niszczyły uprawy. Ptaki rozbiegały się, unikały kul i w większości "
                "przetrwały. Gazety nazwały to wielką wojną z emu, a emu wygrały.",
                "W styczniu 1919 roku w Bostonie pękł ogromny zbiornik z melasą. Fala gęstego, "
                "lepkiego syropu przetoczyła się przez ulice, a zginęło dwadzieścia jeden osób. "
                "Mieszkańcy mówili, że dzielnica pachniała słodko jeszcze przez dziesięciolecia.",
                "Najkrótsza wojna w historii toczyła się w 1896 roku między Wielką Brytanią a "
                "Zanzibarem. Trwała mniej niż godzinę, zanim pałac sułtana został ostrzelany, a "
                "walki ustały.",
                "Latem 1518 roku w Strasburgu pewna kobieta zaczęła tańczyć na ulicy i nie mogła "
                "przestać. W ciągu kilku tygodni dołączyły do niej dziesiątki ludzi. Historycy do "
                "dziś spierają się, co wywołało tę taneczną epidemię.",
                "W Boże Narodzenie 1914 roku, w środku pierwszej wojny światowej, żołnierze na "
                "części frontu zachodniego przestali walczyć. Śpiewali kolędy, spotykali się na "
                "ziemi niczyjej i wymieniali prezenty. Niektórzy grali nawet w piłkę.",
                "W 1983 roku radziecki oficer Stanisław Pietrow zobaczył na ekranach alarm o "
                "nadlatujących amerykańskich rakietach. Uznał go za fałszywy i nie zgłosił ataku. "
                "Miał rację i być może zapobiegł wojnie atomowej.",
                "Po ogromnym wybuchu wulkanu w Indonezji Europa i Ameryka Północna przeżyły w "
                "1816 roku rok bez lata. Zbiory przepadły. Zamknięta w domu przez ponurą pogodę, "
                "Mary Shelley zaczęła pisać Frankensteina.",
                "Napoleon wcale nie był wyjątkowo niski. Miał mniej więcej tyle wzrostu, co "
                "przeciętny Francuz w jego czasach. Ale brytyjscy karykaturzyści uwielbiali "
                "rysować go malutkiego i ten obraz został w ludzkiej pamięci.",
                "W 1970 roku na pokładzie Apollo trzynaście, w drodze na Księżyc, wybuchł "
                "zbiornik z tlenem. Załoga użyła lądownika jako szalupy ratunkowej, zbudowała "
                "prowizoryczny filtr dwutlenku węgla i cała trójka szczęśliwie wróciła do domu.",
                "W 218 roku przed naszą erą wódz Hannibal przeprowadził armię ze słoniami "
                "bojowymi przez Alpy, żeby zaatakować Rzym. Wiele zwierząt i żołnierzy zginęło w "
                "śniegu, ale ta przeprawa przeszła do legendy.",
            ),
            climaxes=(),
            endings=(
                "Jak widać, historia bywa o wiele dziwniejsza niż fikcja.",
                "O której z tych historii chcesz usłyszeć więcej? Przeszłość jest pełna "
                "niespodzianek.",
            ),
        ),
    ),
)

FUN_FACTS = Material(
    kind="list",
    subject="a script of surprising but true fun facts, each explained in a sentence",
    titles=(
        "{n} ciekawostek, o których pewnie nie wiesz",
        "{n} zaskakujących faktów o naszym świecie",
        "Czy to wiesz? {n} niesamowitych faktów",
    ),
    descriptions=(
        "{n} prawdziwych faktów o zwierzętach, kosmosie i historii, które brzmią jak zmyślone.",
        "Krótko, prawdziwie i zaskakująco: {n} ciekawostek, którymi warto się podzielić.",
    ),
    frames=(
        Frame(
            openings=(
                "Oto kilka faktów, które brzmią jak zmyślone, ale są całkowicie prawdziwe.",
                "Przygotuj się na zaskoczenie. Każda z tych ciekawostek jest prawdziwa.",
            ),
            beats=(
                "Miód znaleziony w starożytnych egipskich grobowcach nadawał się do jedzenia po "
                "tysiącach lat. Ma tak mało wody i jest tak kwaśny, że bakterie nie mogą się w "
                "nim rozwijać.",
                "Ośmiornice mają trzy serca i niebieską krew. Dwa serca pompują krew przez "
                "skrzela, a trzecie rozprowadza ją po reszcie ciała.",
                "Z botanicznego punktu widzenia banany są jagodami, a truskawki nie. Prawdziwa "
                "jagoda powstaje z jednego kwiatu z jedną zalążnią, a truskawka łamie tę zasadę.",
                "Doba na Wenus trwa dłużej niż tamtejszy rok. Planeta obraca się tak powoli, że "
                "zdąży okrążyć Słońce, zanim raz obróci się wokół własnej osi.",
                "Rekiny są starsze od drzew. Pierwsze rekiny pływały w morzach ponad czterysta "
                "milionów lat temu, dziesiątki milionów lat przed pierwszymi prawdziwymi drzewami.",
                "Wombaty, australijskie torbacze, robią kupki w kształcie sześcianów. Ten kształt "
                "powstaje w końcowym odcinku jelita i sprawia, że odchody nie toczą się na boki.",
                "Wieża Eiffla latem robi się wyższa. Ciepło sprawia, że żelazo się rozszerza, a "
                "szczyt w upalny dzień może podnieść się o ponad dziesięć centymetrów.",
                "Wydry morskie często trzymają się za łapy, kiedy śpią na plecach na wodzie. "
                "Dzięki temu prąd nie rozdziela ich podczas odpoczynku.",
                "Kleopatra żyła bliżej w czasie lądowania na Księżycu niż budowy Wielkiej "
                "Piramidy w Gizie. Kiedy się urodziła, piramida miała już ponad dwa tysiące lat.",
                "Flamingi są różowe tylko dzięki barwnikom z krewetek i glonów, które jedzą. Bez "
                "takiego pożywienia ich pióra z czasem bledną.",
                "Gdzieś na Ziemi piorun uderza mniej więcej czterdzieści razy na sekundę. To "
                "ponad miliard błyskawic rocznie, najwięcej nad lądem i w tropikach.",
                "Koale śpią nawet do dwudziestu godzin na dobę. Liście eukaliptusa, które są "
                "niemal ich jedynym pożywieniem, dają im bardzo mało energii.",
                "Motyle czują smak stopami. Receptory na odnóżach mówią im, czy liść nadaje się "
                "na złożenie jaj, zanim jeszcze go ugryzą.",
                "Uniwersytet Oksfordzki jest starszy od państwa Azteków. Nauczanie w Oksfordzie "
                "zaczęło się około 1096 roku, a stolicę Azteków założono w 1325 roku.",
                "W kopalni soli w Wieliczce jest ogromna kaplica wykuta w soli. Z soli są w niej "
                "ołtarze, rzeźby, a nawet żyrandole z kryształów solnych. Kopalnia trafiła na "
                "pierwszą listę UNESCO w 1978 roku.",
                "Żubry żyjące na wolności wyginęły po pierwszej wojnie światowej. Udało się je "
                "odtworzyć z kilkunastu zwierząt z ogrodów zoologicznych. Dziś najwięcej żubrów "
                "na świecie żyje w Polsce.",
                "Serce Fryderyka Chopina spoczywa w kościele Świętego Krzyża w Warszawie. "
                "Kompozytor zmarł w Paryżu, a jego siostra potajemnie przywiozła serce do kraju.",
                "Chmura może ważyć kilkaset ton. Mimo to unosi się w powietrzu, bo woda jest "
                "rozproszona w maleńkich kropelkach w ogromnej ilości powietrza.",
            ),
            climaxes=(),
            endings=(
                "Która ciekawostka zaskoczyła cię najbardziej? Opowiedz ją komuś jeszcze dziś.",
                "Świat jest dziwniejszy, niż nam się wydaje. Niech ciekawość nigdy cię nie "
                "opuszcza.",
            ),
        ),
    ),
)

LIFE_PRO_TIPS = Material(
    kind="list",
    subject="a script of practical, safe life pro tips, each with the reason it works",
    titles=(
        "{n} praktycznych porad, które warto znać",
        "{n} małych nawyków, które ułatwiają życie",
        "Triki na co dzień: {n} porad, które naprawdę działają",
    ),
    descriptions=(
        "{n} praktycznych porad na co dzień, każda z wyjaśnieniem, dlaczego działa.",
        "Proste, przydatne i darmowe: {n} porad na co dzień.",
    ),
    frames=(
        Frame(
            openings=(
                "Oto kilka drobnych porad, które mogą trochę ułatwić codzienne życie.",
                "Tych porad można się nauczyć w kilka sekund, a mogą zaoszczędzić całe godziny.",
            ),
            beats=(
                "Stosuj zasadę dwóch minut. Jeśli zadanie zajmie mniej niż dwie minuty, zrób je "
                "od razu. Zapisywanie go i pamiętanie o nim później kosztuje więcej niż samo "
                "zrobienie.",
                "Przed trudną rozmową zapisz jedną rzecz, którą chcesz przekazać drugiej osobie. "
                "To pomaga zachować spokój, mówić jasno i nie zbaczać z tematu.",
                "Kiedy potrzebujesz się skupić, odłóż telefon do innego pokoju. Nawet wyciszony "
                "telefon leżący na biurku odciąga uwagę, bo część myśli wciąż czeka na "
                "powiadomienie.",
                "Kiedy poznajesz czyjeś imię, użyj go raz w rozmowie. Wypowiedzenie go na głos "
                "pomaga pamięci je zapisać, a rozmówca czuje się zauważony.",
                "Wieczorem przygotuj ubranie i torbę na następny dzień. Poranek idzie sprawniej, "
                "kiedy drobne decyzje są już podjęte i nie trzeba niczego szukać w pośpiechu.",
                "Jeśli nie możesz wybrać między dwiema rzeczami, rzuć monetą. Kiedy moneta jest w "
                "powietrzu, często czujesz, na którą stronę liczysz.",
                "Miej mały notes albo notatkę w telefonie na pomysły. Pomysły przychodzą w "
                "najdziwniejszych chwilach, na przykład pod prysznicem, i równie szybko odchodzą.",
                "Po przebudzeniu wypij szklankę wody. Po całej nocy bez picia to jeden z "
                "najprostszych sposobów, żeby poczuć się bardziej rześko.",
                "Zanim kupisz coś drogiego, czego nie planowano, odczekaj jeden dzień. Jeśli "
                "jutro nadal będziesz tego chcieć, zakup pewnie jest wart swojej ceny.",
                "Zrób zdjęcie miejsca, w którym parkujesz, bagażu przed podróżą i ważnych "
                "dokumentów. Zdjęcia to najprostsza kopia zapasowa, jaką można zrobić.",
                "Kiedy wszystkiego jest za dużo, zapisz wszystkie zadania i wybierz tylko jedno. "
                "Lista na papierze waży mniej niż lista w głowie.",
                "Jeśli dużo siedzisz, co godzinę wstań i przejdź się przez kilka minut. Plecy, "
                "oczy i myśli wyjdą na tym dobrze, a do pracy wrócisz z nową energią.",
                "Podziękuj na piśmie, kiedy ktoś ci pomoże. Krótki liścik albo wiadomość zostaje "
                "w pamięci dużo dłużej niż szybkie dziękuję rzucone w przelocie.",
                "Nastaw budzik na godzinę, o której naprawdę musisz wstać, a nie wcześniej. "
                "Ciągłe odkładanie budzika na później psuje ostatni, najbardziej regenerujący sen.",
                "Naucz się mówić: muszę się zastanowić, odezwę się. Daje to czas na decyzję, "
                "której potem nie będzie trzeba żałować.",
                "Zmywaj na bieżąco podczas gotowania. Jeśli umyjesz miskę, kiedy gotuje się "
                "makaron, kuchnia będzie prawie czysta, zanim usiądziesz do jedzenia.",
                "Noś w torbie zapasową ładowarkę do telefonu albo mały powerbank. Dzień, w którym "
                "zabraknie prądu, nigdy nie jest tym, na który się przygotowywało.",
                "Przed snem przewietrz sypialnię przez kilka minut. Chłodne, świeże powietrze "
                "często ułatwia zaśnięcie, a rano głowa jest jaśniejsza.",
            ),
            climaxes=(),
            endings=(
                "Wypróbuj jedną z tych porad jeszcze dziś i zobacz, co się zmieni.",
                "Małe nawyki z czasem robią dużą różnicę. Wybierz swój ulubiony i zacznij od "
                "niego.",
            ),
        ),
    ),
)
