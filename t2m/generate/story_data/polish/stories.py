"""Polish material for motivational, long_form_jokes and custom."""

from t2m.generate.story_data.model import Frame, Material

MOTIVATIONAL = Material(
    kind="story",
    subject="a motivational story with a clear lesson the listener can use",
    titles=(
        "Zacznij już dziś",
        "{Name} i marzenie o tym, by {goal}",
        "Jeden mały krok dziennie",
        "Dzień, w którym {name} się nie poddał{a}",
    ),
    descriptions=(
        "{Name} chciał{a} {goal} i ponosił{a} porażkę za porażką. Wszystko zmienił nie talent, "
        "ale nawyk, który każdy może zacząć już dziś.",
        "Krótka historia o tym, jak {name} spełnia marzenie, by {goal}. I o sile małych kroków.",
    ),
    places=(
        {"goal": "przebiec maraton"},
        {"goal": "otworzyć własną piekarnię"},
        {"goal": "nauczyć się grać na pianinie"},
        {"goal": "napisać powieść"},
    ),
    things=(
        {"thing_acc": "zeszyt", "thing_loc": "w zeszycie"},
        {"thing_acc": "kalendarz", "thing_loc": "w kalendarzu"},
        {"thing_acc": "notes", "thing_loc": "w notesie"},
    ),
    frames=(
        Frame(
            openings=(
                "Kiedy {name} skończył{a} czterdzieści lat, postanowił{a} {goal}. Wszyscy, którym "
                "o tym mówił{a}, uśmiechali się grzecznie, tak jak uśmiecha się do marzeń, które "
                "się nie spełnią. {Name} też nie był{a} pewn{y}. Ale i tak zacz{al}.",
                "{Name} od zawsze chciał{a} {goal}. I od zawsze miał{a} powód, żeby tego nie "
                "robić: za dużo pracy, za dużo zmęczenia, za późno. Pewnego ranka zrozumiał{a}, "
                "że te powody złożyły się w całe życie.",
            ),
            beats=(
                "Pierwsza próba poszła fatalnie. {Name} rzucił{a} się na głęboką wodę, po "
                "tygodniu był{a} wykończon{y} i prawie się poddał{a}. Wyglądało to na dowód, że "
                "po prostu się do tego nie nadaje. Kto zaczyna zbyt gwałtownie, szybko się "
                "wypala, zrozumiał{a}.",
                "Więc zmniejszył{a} cel. Kwadrans dziennie, ani mniej, ani więcej. Brzmiało to "
                "niemal śmiesznie i właśnie o to chodziło. Każdy dzień dostawał mały krzyżyk "
                "{thing_loc}, a zasada była tylko jedna: nie przerywać łańcucha.",
                "Niektóre dni były wspaniałe. Większość była całkiem zwyczajna, jak mycie zębów. "
                "Kilka wydawało się zupełnie niemożliwych. To właśnie te dni liczyły się "
                "najbardziej, bo {name} i tak robił{a} swoje.",
                "{Friend} zapytał{friend_a}, czy może się przyłączyć. {Name} trochę się "
                "zawahał{a}, ale się zgodził{a}. Kiedy ktoś czeka, dużo trudniej się wymigać. W "
                "gorsze dni wystarczył jeden telefon, żeby przypomnieć sobie, po co to wszystko.",
                "Pewnego ranka, w środku śnieżycy, naprawdę trudno było zacząć. {Name} zrobił{a} "
                "swój kwadrans mimo to, w szlafroku i wełnianych skarpetach. Potem usiadł{a} z "
                "kubkiem kawy przy oknie i poczuł{a} się silniejsz{y} niż od dawna.",
                "Były też małe zwycięstwa, o których nikt nie wiedział. Pierwszy raz, kiedy "
                "{name} nie musiał{a} się zmuszać. Pierwszy raz, kiedy kwadrans minął za szybko. "
                "{Name} zapisywał{a} je na marginesie, drobnymi literami.",
                "Po trzech miesiącach {name} przejrzał{a} {thing_acc}. Dziewięćdziesiąt małych "
                "krzyżyków, strona po stronie. Żaden nie wyglądał na postęp, kiedy go stawiał{a}. "
                "Ale razem układały się w drogę, w którą trudno było uwierzyć.",
                "Potem przyszedł kryzys: kontuzja, utrata pracy, ciemny i deszczowy listopad. "
                "Przez dwa tygodnie {thing_loc} nie pojawił się ani jeden krzyżyk. Wrócił dawny "
                "głos, ten, który zawsze wie lepiej. No i widzisz, powiedział. To się nigdy nie "
                "uda.",
                "{Name} odpowiedział{a} najmniejszym krokiem, jaki potrafił{a} znaleźć. Pięć "
                "minut zamiast piętnastu, czasem tylko dwie. Niewiele, ale nie zero. Nawet zły "
                "dzień się liczy, byle się odbył, i łańcuch zaczął się od nowa.",
                "Czasem {name} porównywał{a} się z ludźmi, którzy wydawali się dużo dalej. Nigdy "
                "to nie pomagało, wszystko stawało się tylko cięższe. Jedyne uczciwe porównanie, "
                "uznał{a}, to porównanie z sobą sprzed miesiąca. A to porównanie wygrywał{a} "
                "prawie zawsze.",
                "Pewnego wieczoru {name} znalazł{a} starą kartkę, na której, mając dwadzieścia "
                "lat, zapisał{a} swoje marzenia. Na samej górze było: {goal}. {Name} uśmiechn{al} "
                "się do niezgrabnego pisma. Przypi{al} kartkę do lodówki i zrobił{a} swój "
                "kwadrans, choć było już późno.",
                "Dziecko sąsiadów zapytało, po co {name} to robi, skoro to takie trudne. {Name} "
                "zastanowił{a} się chwilę. Bo za każdym razem jest trochę mniej trudne, "
                "odpowiedział{a}. Dziecko pokiwało głową, jakby to było oczywiste.",
                "Znajomy zapytał, jak {name} daje radę, rok po roku. Nie zawsze daję radę, "
                "odpowiedział{a} po namyśle. Ale nie muszę dać rady wszystkiemu naraz. Wystarczy, "
                "że dam radę dzisiaj.",
            ),
            climaxes=(
                "Rok po tamtym pierwszym, nieudanym tygodniu {name} dopi{al} swego: udało {mu} "
                "się {goal}. Nie było idealnie i wcale nie musiało być. Osoba, która dotarła do "
                "celu, nie była już tą samą osobą, która zaczynała. I to była prawdziwa nagroda.",
            ),
            endings=(
                "Oto, czego nauczył{a} się {name}. Nie musisz czekać na gotowość. Wystarczy "
                "zacząć od małego kroku, pojawiać się w zwykłe dni i wybaczać sobie te gorsze. "
                "Pierwszy krok możesz zrobić dzisiaj.",
                "Czy jest coś, co odkładasz od lat? Zrób w tę stronę jeden mały krok dzisiaj. "
                "Jutro zrób następny. Tylko tyle zrobił{a} {name} i tylko tyle trzeba.",
            ),
            texture=(
                "Każdy krzyżyk był małą dotrzymaną obietnicą.",
                "Najtrudniejsza zawsze była pierwsza minuta.",
                "Postęp przychodził powoli, ale był prawdziwy.",
                "Nikt nie patrzył i wcale to nie przeszkadzało.",
                "Motywacja przychodziła i odchodziła, a nawyk zostawał.",
            ),
        ),
    ),
)

JOKES = Material(
    kind="story",
    subject="a long-form joke: a shaggy-dog story that builds up and ends with a punchline",
    titles=(
        "Bardzo długi dowcip",
        "Dowcip, który się nie spieszy",
        "{Name} i najdziwniejszy dzień w życiu",
    ),
    descriptions=(
        "Długi dowcip, który się nie spieszy. Warto dotrwać do puenty.",
        "{Name} trafia na coś, co wydaje się zbyt piękne, by było prawdziwe. Długa historia z "
        "niespodzianką na końcu.",
    ),
    places=(
        {"peak": "najwyższej góry świata"},
        {"peak": "najdalszej góry na Wschodzie"},
        {"peak": "najbardziej samotnej góry w Himalajach"},
    ),
    things=(
        {"snack": "banany"},
        {"snack": "jabłka"},
        {"snack": "marchewki"},
    ),
    frames=(
        Frame(
            openings=(
                "{Name} od miesięcy szukał{a} pracy w miasteczku {town}. W końcu zadzwonili z "
                "miejskiego zoo. Dyrektor wyjaśnił, że ich jedyny goryl poszedł na emeryturę, a "
                "nowy przyjedzie dopiero za pół roku. Potrzebowali kogoś, kto przez ten czas "
                "będzie gorylem.",
            ),
            beats=(
                "Praca była prosta. Rano {name} wkładał{a} kostium goryla, siadał{a} na sztucznej "
                "skale i jadł{a} {snack}. Płacili nieźle, {snack} były za darmo, a nikt nie "
                "wymagał uśmiechu do klientów.",
                "Pierwszego dnia {name} tylko siedział{a} i drapał{a} się po głowie. Dzieci "
                "machały, ale szybko szły dalej, do żyraf. Dyrektor poprosił uprzejmie, żeby "
                "goryl był trochę żywszy. Najlepiej dużo żywszy.",
                "Więc {name} zacz{al} bić się pięściami w pierś i ryczeć. Publiczność oszalała z "
                "zachwytu. Następnego dnia przed wybiegiem stał tłum, a pan z lokalnej gazety "
                "zrobił zdjęcie na pierwszą stronę.",
                "{Name} tak się rozkręcił{a}, że zacz{al} huśtać się na linie nad wybiegiem. Z "
                "każdym dniem wyżej i odważniej. Dzieci piszczały, rodzice bili brawo, a sprzedaż "
                "biletów wzrosła trzykrotnie.",
                "Dyrektor był zachwycony i dał {mu} podwyżkę. {Name} dostał{a} też własny kubek z "
                "napisem najlepszy goryl miesiąca. Napis nie był do końca zgodny z prawdą, ale "
                "nikt nie zamierzał tego prostować.",
                "Sąsiadka z bloku zaczęła przychodzić do zoo codziennie. Rzucała gorylowi {snack} "
                "i opowiadała o swoim zięciu. {Name} słuchał{a} cierpliwie, kiwając kosmatą "
                "głową. Był to najlepszy słuchacz, jakiego miała od lat.",
                "W przerwach {name} jadł{a} kanapki za skałą, żeby nikt nie widział goryla z "
                "termosem. Raz dziecko i tak to zauważyło. Mamo, goryl pije kawę, krzyknęło. Mama "
                "odpowiedziała spokojnie, że w dzisiejszych czasach wszyscy piją kawę.",
                "Po miesiącu {name} nauczył{a} się nawet ryczeć w dwóch tonacjach. Niższa była na "
                "dzieci, wyższa na wycieczki emerytów. Dyrektor mówił, że tak oddanego pracownika "
                "nie miał od czasów pewnego bardzo ambitnego pingwina.",
                "Pewnego dnia przyjechała wycieczka szkolna. {Name} chciał{a} się popisać jak "
                "nigdy dotąd. Rozbujał{a} się na linie tak mocno, że lina jęknęła złowróżbnie. "
                "Potem jęknęła jeszcze raz, znacznie głośniej.",
                "Lina pękła. {Name} przeleciał{a} nad murem i wylądował{a} na sąsiednim wybiegu. "
                "Na wybiegu lwa. Lew podniósł głowę znad obiadu i spojrzał na goryla z ogromnym "
                "zainteresowaniem.",
                "{Name} zacz{al} krzyczeć z całych sił. Ratunku, ratunku! Zapomniał{a} o "
                "wszystkim, czego {go} uczono o gorylach, i darł{a} się zwykłym, ludzkim głosem. "
                "Lew powoli wstał i ruszył w {jego} stronę.",
            ),
            climaxes=(
                "Lew podszedł bardzo blisko. Nachylił się tak, że {name} poczuł{a} na twarzy jego "
                "oddech. Potem rozejrzał się ostrożnie na boki i syknął {mu} prosto do ucha.",
            ),
            endings=(
                "Cicho bądź, do licha! Przez ciebie {obaj} wylecimy z roboty. Ja też jestem tu na "
                "umowie zleceniu!",
            ),
            texture=(
                "Lew ziewnął leniwie.",
                "Dzieci przyciskały nosy do szyby.",
                "{Name} czuł{a} się coraz bardziej jak prawdziwy goryl.",
            ),
        ),
        Frame(
            openings=(
                "{Name} przez całe życie zadawał{a} sobie jedno pytanie: jaki jest sens życia? "
                "Przeczytał{a} setki książek i wysłuchał{a} tysięcy mądrych ludzi. W końcu ktoś "
                "powiedział {mu} o starym mędrcu, który mieszka na szczycie {peak} i zna "
                "odpowiedź.",
            ),
            beats=(
                "{Name} sprzedał{a} mieszkanie w miasteczku {town}, spakował{a} plecak i "
                "wyruszył{a} w drogę. Podróż trwała długo. Autobus, pociąg, samolot, znowu "
                "autobus, a potem już tylko piechotą.",
                "W pierwszej wiosce poradzono {mu}, żeby najpierw nauczył{a} się cierpliwości. "
                "{Name} spędził{a} tam rok, przebierając ryż ziarnko po ziarnku. Cierpliwości "
                "nauczył{a} się całkiem sporo, a ryż był wyjątkowo czysty.",
                "W drugiej wiosce {name} musiał{a} milczeć przez trzy lata. Było ciężko, "
                "zwłaszcza podczas meczów w telewizji. Ale {name} wytrzymał{a}, a potem ruszył{a} "
                "dalej, prosto w góry.",
                "W trzeciej wiosce kazano {mu} przez rok medytować pod wodospadem. {Name} "
                "wytrzymał{a} pół roku, a potem kupił{a} parasol. Starszyzna wioski uznała to za "
                "bardzo głęboki gest i przepuściła {go} dalej.",
                "Po drodze {name} spotkał{a} poszukiwaczy, którzy wracali z góry. Każdy miał "
                "dziwny wyraz twarzy. Nie warto, powiedział jeden z nich. Ale nie powiedział, "
                "dlaczego nie warto, więc {name} {szedl} dalej.",
                "Wspinaczka trwała kolejne lata. {Name} przetrwał{a} lawiny, wichury i jaka, "
                "który przez tydzień szedł za {nim} i zjadł {mu} połowę zapasów. Przetrwał{a} też "
                "przewodnika, który opowiadał wyłącznie o swoim kręgosłupie.",
                "Po drodze {name} zgubił{a} trzy pary butów, dwie czapki i całą cierpliwość, "
                "której nauczył{a} się w pierwszej wiosce. Włosy {mu} posiwiały, a kolana "
                "skrzypiały przy każdym kroku.",
                "Na ostatnim odcinku {name} musiał{a} wspinać się po lodzie, bez lin i bez "
                "przewodnika. Palce {mu} zamarzały, a wiatr próbował zepchnąć {go} w przepaść. "
                "Ale myśl o odpowiedzi grzała lepiej niż jakakolwiek kurtka.",
                "Wreszcie, po dwudziestu latach, {name} stan{al} przed jaskinią na samym "
                "szczycie. W środku, na kamieniu, siedział mędrzec z brodą do pasa. Miał "
                "zamknięte oczy i uśmiechał się tak, jakby wiedział wszystko.",
                "{Name} padł{a} na kolana. Mistrzu, wyszeptał{a}. Prze{szedlem} pół świata i "
                "poświęcił{em} na to całe życie. Powiedz mi, proszę, jaki jest sens życia?",
            ),
            climaxes=(
                "Mędrzec długo milczał. Wiatr świstał między skałami. Wreszcie otworzył oczy, "
                "spojrzał {mu} głęboko w oczy i powiedział spokojnie: Życie, moje dziecko, jest "
                "jak fontanna.",
            ),
            endings=(
                "{Name} zerwał{a} się na równe nogi. Fontanna? Dwadzieścia lat, trzy pary butów i "
                "jeden jak, a ty mi mówisz, że życie jest jak fontanna? Mędrzec zbladł i zapytał "
                "niepewnie: A co, nie jest?",
            ),
            texture=(
                "Wiatr gwizdał w dolinie.",
                "Góry nigdzie się nie spieszyły.",
                "{Name} ani razu nie pomyślał{a} o powrocie.",
            ),
        ),
    ),
)

CUSTOM = Material(
    kind="story",
    subject="",
    titles=(
        "Opowieść: „{Prompt}”",
        "{Name} i „{Prompt}”",
        "Czym jest „{Prompt}”?",
    ),
    descriptions=(
        "Krótka opowieść o tym, czym jest „{prompt}”. W roli głównej {name} z miasteczka {town}.",
        "{Name}, małe miasteczko i „{prompt}”: historia z początkiem, środkiem i zakończeniem.",
    ),
    places=(
        {"at_place": "w małym nadmorskim miasteczku"},
        {"at_place": "w gwarnym, ruchliwym miasteczku"},
        {"at_place": "w cichym górskim miasteczku"},
    ),
    things=(
        {"thing_acc": "mapę", "t_y": "ą"},
        {"thing_acc": "list", "t_y": "y"},
        {"thing_acc": "klucz", "t_y": "y"},
    ),
    frames=(
        Frame(
            openings=(
                "To opowieść o tym, czym naprawdę jest „{prompt}”. Zaczyna się {at_place} o "
                "nazwie {town}, gdzie mieszkał{a} {name}. {Name} myślał{a} o tym od bardzo dawna.",
                "W miasteczku {town} każdy miał swoje zdanie na temat: „{prompt}”. Ale {name} "
                "chciał{a} przekonać się na własne oczy. Pewnego jasnego poranka spakował{a} "
                "plecak, włożył{a} do kieszeni {thing_acc} i wyruszył{a} w drogę.",
            ),
            beats=(
                "Pierwszą osobą, którą {name} zapytał{a}, był{friend_a} {friend}. Przy kuchennym "
                "stole, nad kawą i szarlotką, {friend} słuchał{friend_a} bardzo uważnie. W końcu "
                "uśmiechn{friend_al} się i powiedział{friend_a}, że najlepsze historie zaczynają "
                "się od pytania.",
                "{Name} chodził{a} godzinami, zadawał{a} pytania i zapisywał{a} odpowiedzi w "
                "małym notesie. Jedni się śmiali, inni wzruszali ramionami. Stary rybak na molo "
                "mówił przez pół godziny. Niektórzy mówili rzeczy, które kazały {mu} się "
                "zatrzymać.",
                "W południe {name} usiadł{a} na kamieniu i pozwolił{a} myślom błądzić. Obok "
                "wylądowała mewa, przyjrzała się {mu} bokiem i odleciała. Czasem, pomyślał{a} "
                "{name}, odpowiedzią jest przestać szukać i po prostu się zatrzymać.",
                "Dziecko bawiące się na rynku zapytało, co {name} robi. {Name} wyjaśnił{a}, jak "
                "umiał{a} najlepiej. Dziecko pomyślało chwilę i powiedziało coś tak prostego i "
                "mądrego, że {name} od razu to zapisał{a}.",
                "Wieczorem miał{a} już zapisanych wiele stron, ale odpowiedzi do siebie nie "
                "pasowały. Jedne sobie przeczyły, inne dotyczyły czegoś zupełnie innego. Było to "
                "jak układanka bez jednego kawałka, a {name} nie miał{a} pojęcia, gdzie go szukać.",
                "W miejskiej bibliotece {name} przeglądał{a} stare gazety i książki. "
                "Bibliotekarka znalazła tom, którego nikt nie wypożyczał od trzydziestu lat. Był "
                "w nim rozdział, który prawie odpowiadał na pytanie, czym jest „{prompt}”.",
                "Zaczęło padać, więc {name} schronił{a} się pod daszkiem razem ze starszą panią. "
                "Rozmowa zeszła na pogodę, na miasteczko, a w końcu na to, czym jest „{prompt}”. "
                "Starsza pani miała na ten temat własną historię, lepszą od wszystkich innych.",
                "Na targu {name} zapytał{a} o drogę sprzedawczynię jabłek. Ta zaśmiała się i "
                "powiedziała, że o ważnych sprawach najlepiej rozmawiać przy herbacie. Po "
                "godzinie {name} wiedział{a} więcej niż przez cały ostatni tydzień, a w plecaku "
                "miał{a} kilogram jabłek.",
                "Na moście nad rzeką {name} zatrzymał{a} się i patrzył{a} na wodę. Płynęła "
                "spokojnie, jakby wiedziała, dokąd zmierza, i wcale się nie spieszyła. {Name} "
                "pomyślał{a}, że może z odpowiedziami jest podobnie.",
                "Wtedy stało się coś nieoczekiwanego. {Name} sięgn{al} do kieszeni i znalazł{a} "
                "tam {thing_acc}, prawie zapomnian{t_y}. Okazało się, że to dokładnie to, czego "
                "potrzebował{a}, choć jeszcze rano nie miał{a} o tym pojęcia.",
                "Po raz pierwszy {name} zrozumiał{a}, czym dla {niego} jest „{prompt}”. Nie tym, "
                "co mówili inni, ani nie tym, co sam{a} myślał{a} na początku. Czymś prostszym i "
                "bardziej zaskakującym.",
                "Po drodze {name} spotkał{a} wędrowca, który od lat szukał tego samego. Kawałek "
                "drogi przeszli razem, wymieniając się historiami. Zanim ich drogi się rozeszły, "
                "dali sobie nawzajem po jednym dobrym pomyśle.",
                "Tego wieczoru {name} siedział{a} przy małym ognisku i czytał{a} swoje notatki. "
                "Ogień trzaskał, a iskry leciały ku gwiazdom. Powoli z notatek wyłonił się wzór, "
                "jak obraz z mgły, i {name} zacz{al} się uśmiechać.",
                "Została jeszcze jedna trudność. {Name} musiał{a} wybrać między bezpieczną drogą "
                "do domu a trudniejszą ścieżką, która prowadziła do końca tej historii. Długo "
                "stał{a} na rozstaju. Potem wybrał{a} trudniejszą.",
            ),
            climaxes=(
                "W końcu {name} dotarł{a} na koniec drogi, a tam czekała odpowiedź: „{prompt}”. "
                "Wyglądało to zupełnie inaczej, niż sobie wyobrażał{a}. {Name} roześmiał{a} się "
                "głośno, że tak długo nie dostrzegał{a} czegoś, co przez cały czas było tuż obok.",
            ),
            endings=(
                "{Name} wrócił{a} do miasteczka {town} i wszystko opowiedział{a}. {Friend} "
                "wysłuchał{friend_a} całej historii i powiedział{friend_a}: Wiedział{friend_em}, "
                "że to znajdziesz. Od tamtej pory każdego, kto pytał o „{prompt}”, odsyłano do "
                "{niego}.",
                "Taka jest historia o tym, jak {name} szukał{a} odpowiedzi na pytanie, czym jest "
                "„{prompt}”. Zmieniła {go} trochę, tak jak zmieniają dobre historie. {Name} wciąż "
                "opowiada ją w długie wieczory w miasteczku {town}.",
            ),
            texture=(
                "Słońce powoli wędrowało po niebie.",
                "Nikt w miasteczku {town} nie zrobił wcześniej niczego podobnego.",
                "Droga była długa, ale {name} czuł{a} się lekko.",
                "To był dzień, który {name} miał{a} pamiętać bardzo długo.",
            ),
        ),
    ),
)
