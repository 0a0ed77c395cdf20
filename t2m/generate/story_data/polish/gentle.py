"""Polish material for the quiet stories: bedtime, love and philosophy.

The love story is told in the present tense, so that nothing the two of them do together
needs a past-tense plural (which would agree with both their sexes)."""

from t2m.generate.story_data.model import Frame, Material

BEDTIME = Material(
    kind="story",
    subject="a calm, gentle bedtime story for young children",
    titles=(
        "{Little} o imieniu {name}",
        "{Name} i cichy księżyc",
        "Dobranoc, {name}",
        "Długa droga {to_spot}",
    ),
    descriptions=(
        "{Little} o imieniu {name} szuka spadającej gwiazdy i odnajduje drogę do domu. Łagodna "
        "bajka na dobranoc.",
        "Miękko, powoli i sennie: {name} mówi dobranoc wszystkim {at_spot}.",
    ),
    places=(
        {"at_place": "na łące na skraju lasu", "at_spot": "na łące", "to_spot": "na łąkę"},
        {
            "at_place": "pod starą wierzbą nad rzeką",
            "at_spot": "pod wierzbą",
            "to_spot": "pod starą wierzbę",
        },
        {
            "at_place": "w ogrodzie za małym niebieskim domkiem",
            "at_spot": "w ogrodzie",
            "to_spot": "do ogrodu",
        },
        {
            "at_place": "na polanie w sosnowym lesie",
            "at_spot": "na polanie",
            "to_spot": "na polanę",
        },
    ),
    things=(
        {"little": "mały lisek", "t_a": ""},
        {"little": "mały zajączek", "t_a": ""},
        {"little": "mała sówka", "t_a": "a"},
        {"little": "mały jeżyk", "t_a": ""},
        {"little": "mały niedźwiadek", "t_a": ""},
        {"little": "mała myszka", "t_a": "a"},
    ),
    frames=(
        Frame(
            openings=(
                "Dawno, dawno temu {at_place} mieszkał{t_a} {little} o imieniu {name}. Każdego "
                "wieczoru na niebie zapalały się gwiazdy, jedna po drugiej. I każdego wieczoru "
                "{name} był{a} zbyt ciekaw{y} świata, żeby zamknąć oczy.",
                "{At_place} mieszkał{t_a} {little} o imieniu {name}. Pewnej ciepłej sierpniowej "
                "nocy {name} zobaczył{a} spadającą gwiazdę. Przeleciała nad lasem jak srebrna "
                "nitka i zniknęła za wzgórzem. {Name} postanowił{a} ją odnaleźć.",
            ),
            beats=(
                "{Name} {szedl} cichutko obok śpiących kwiatów. Kwiaty złożyły płatki na noc, jak "
                "małe dłonie. Dobranoc, kwiatki, szepn{al} {name}. A dzwonki kiwnęły główkami w "
                "chłodnym wieczornym wietrze. Pachniało macierzanką i ciepłym sianem.",
                "Mały ślimak sunął powoli przez ścieżkę, niosąc na plecach swój domek. Dokąd "
                "idziesz, zapytał{a} {name}. Do domu, odpowiedział ślimak. Ale mam go przecież ze "
                "sobą, więc właściwie już jestem na miejscu.",
                "Nad stawem, na liściu lilii wodnej, siedziała stara żaba. Gwiazdy nie spadają na "
                "ziemię, zarechotała łagodnie. One tylko przeglądają się w wodzie. I "
                "rzeczywiście, w stawie migotało tysiąc małych gwiazd, cichych i spokojnych.",
                "{Name} ostrożnie dotkn{al} wody. Gwiazdy w stawie zadrżały i rozsypały się na "
                "sto błyszczących kawałków. Potem powoli wróciły na swoje miejsca, jakby nic się "
                "nie stało. {Name} zaśmiał{a} się cichutko i sennie.",
                "Na brzegu stawu kaczka układała do snu swoje kaczątka. Liczyła je cichutko: "
                "jedno, dwa, trzy, cztery, pięć. Wszystkie były na miejscu, więc przykryła je "
                "skrzydłem i spokojnie zamknęła oczy.",
                "Nad wysoką trawą przeleciała rodzina świetlików. Zapalały i gasiły swoje małe "
                "latarenki, coraz wolniej i wolniej. Najmniejszy świetlik ziewnął i usiadł na "
                "źdźble trawy. Chyba wszyscy robili się już śpiący.",
                "Na gałęzi siedziała szara sowa o dużych, dobrych oczach. Każdy musi czasem "
                "odpocząć, powiedziała sowa miękkim głosem, nawet gwiazdy. Śpią przez cały dzień, "
                "żeby w nocy móc nad tobą czuwać.",
                "Pod paprocią siedział{friend_a} {friend}, {friend_przyjaciel} z dawnych czasów. "
                "Miał{friend_a} małe czerwone jabłuszko i podzielił{friend_a} się nim po połowie. "
                "Przez chwilę nikt nic nie mówił, bo nie było trzeba. Wystarczyło siedzieć obok "
                "siebie.",
                "Na płaskim kamieniu przy ścieżce spał stary kot, zwinięty w kłębek. {Name} "
                "prze{szedl} obok na palcach, najciszej jak umiał{a}. Kot otworzył jedno oko, "
                "uśmiechnął się i zasnął dalej, mrucząc cichutko.",
                "Przyleciał chłodny wiaterek i zanucił cichą piosenkę w liściach brzozy. Liście "
                "zaszeleściły do wtóru. {Name} ziewn{al} szeroko, najszerzej tej nocy. Powieki "
                "zrobiły się ciężkie jak dwa małe, ciepłe kamyki.",
                "Chmury płynęły powoli po niebie, miękkie jak wata. Jedna wyglądała jak owieczka, "
                "inna jak wielka poduszka. {Name} pomyślał{a}, że miło byłoby być chmurą i spać "
                "sobie spokojnie, płynąc po niebie.",
                "Wysoko na niebie zapalało się coraz więcej gwiazd. {Name} próbował{a} je "
                "policzyć: jedna, dwie, trzy, cztery. Ale przy siódmej liczby zrobiły się takie "
                "miękkie, że wszystko się pomieszało. To nic, gwiazdy będą tam też jutro.",
                "Wtedy {name} zobaczył{a} w trawie małe, ciepłe światełko. Czy to moja spadająca "
                "gwiazda, zapytał{a} szeptem. Światełko mrugnęło. To był maleńki świetlik, który "
                "zgubił drogę do domu, tak samo zmęczony jak {on}.",
                "{Name} spojrzał{a} w stronę, z której przy{szedl}. Daleko, {at_spot}, czekało "
                "ciepłe gniazdko z mchu i suchych liści. Było akurat takiej wielkości, jakiej "
                "potrzebował{t_a} {little}. {Name} poczuł{a}, że bardzo chce już tam wrócić.",
            ),
            climaxes=(
                "Więc {name} zawrócił{a} i powoli ruszył{a} do domu, obok stawu, obok świetlików "
                "i obok śpiących kwiatów. Księżyc szedł za {nim} przez całą drogę. Jakby chciał "
                "dopilnować, żeby {name} bezpiecznie dotarł{a} na miejsce.",
            ),
            endings=(
                "{Name} wtulił{a} się w gniazdko z mchu i zamkn{al} oczy. Dobranoc, księżycu, "
                "szepn{al}. A księżyc wysoko na niebie świecił trochę łagodniej i czuwał aż do "
                "rana.",
                "W domu {name} zwin{al} się w kłębek, ciepł{y} i bezpieczn{y}. Gwiazdy mrugały, "
                "strumyk szemrał, a wkrótce {little} spał{t_a} głęboko i śnił{t_a} o srebrnych "
                "stawach. Dobranoc, {name}. Dobranoc.",
            ),
            texture=(
                "Wszystko było ciche i powolne.",
                "Noc była miękka i ciepła jak kocyk.",
                "Daleko świerszcz grał kołysankę.",
                "Pachniało sianem i latem.",
            ),
        ),
    ),
)

LOVE = Material(
    kind="story",
    subject="a warm, heartfelt love story",
    titles=(
        "Listy z miasteczka {town}",
        "{Thing} {at_spot}",
        "{Name} i {friend}",
        "W każdy czwartek {at_spot}",
    ),
    descriptions=(
        "{Name} i {friend} wciąż spotykają się {at_spot}, ale nikt nie odważa się powiedzieć tego "
        "pierwszy. Krótka historia miłosna.",
        "Małe miasteczko, {thing} i dwoje ludzi, którzy prawie się mijają. Historia miłosna z "
        "miasteczka {town}.",
    ),
    places=(
        {"at_spot": "w kawiarni przy rynku", "to_spot": "do kawiarni przy rynku"},
        {"at_spot": "w antykwariacie", "to_spot": "do antykwariatu w starej kamienicy"},
        {"at_spot": "na ławce w parku", "to_spot": "na ławkę w parku nad rzeką"},
        {"at_spot": "w czytelni", "to_spot": "do czytelni miejskiej biblioteki"},
    ),
    things=(
        {
            "thing": "żółty parasol",
            "thing_acc": "żółty parasol",
            "with_thing": "z żółtym parasolem",
            "t_go": "go",
        },
        {
            "thing": "zniszczona książka",
            "thing_acc": "zniszczoną książkę",
            "with_thing": "ze zniszczoną książką",
            "t_go": "ją",
        },
        {
            "thing": "niebieski notes",
            "thing_acc": "niebieski notes",
            "with_thing": "z niebieskim notesem",
            "t_go": "go",
        },
        {
            "thing": "stary aparat",
            "thing_acc": "stary aparat",
            "with_thing": "ze starym aparatem",
            "t_go": "go",
        },
    ),
    frames=(
        Frame(
            openings=(
                "Pierwszy raz {name} i {friend} mijają się w deszczowy czwartek {at_spot} w "
                "miasteczku {town}. {Friend} trzyma {thing_acc} i cicho się z czegoś śmieje. "
                "{Name} na całą minutę zapomina, po co tu w ogóle jest.",
                "W każdy czwartek {name} przychodzi {to_spot}. I w każdy czwartek {friend} już "
                "tam jest, razem {with_thing}. Przez kilka miesięcy tylko kiwają sobie głowami, "
                "jak dwie obce osoby, które zawsze trafiają w to samo miejsce.",
            ),
            beats=(
                "Pewnego dnia {friend} zapomina zabrać {thing_acc}. {Name} przechowuje {t_go} "
                "przez cały tydzień i ćwiczy, co powie, pod prysznicem i w autobusie. Kiedy "
                "nadchodzi ta chwila, mówi tylko: chyba to twoje.",
                "Od tego dnia zaczynają rozmawiać, z każdym czwartkiem trochę dłużej. O "
                "książkach, o pogodzie i o dziwnych snach, które {friend} zapisuje każdego ranka "
                "w zeszycie. Wkrótce czwartek staje się najlepszym dniem tygodnia.",
                "Pewnego czwartku dzielą się jednym pączkiem. {Friend} bez mrugnięcia okiem "
                "bierze większą połowę. {Name} udaje śmiertelnie obrażon{y}. Od tej pory większa "
                "połowa jest ich prywatnym żartem, który nigdy się nie nudzi.",
                "Pewnego dnia pada tak mocno, że muszą dzielić jeden parasol aż do przystanku. "
                "Parasol jest o wiele za mały na dwie osoby, więc deszcz moczy każdemu jedno "
                "ramię. Nikt jednak nie narzeka ani słowem.",
                "{Name} łapie się na tym, że zauważa drobiazgi. Jak {friend} przechyla filiżankę, "
                "żeby zajrzeć na dno. Jaką piosenkę nuci, kiedy się denerwuje. Jak deszcz zawsze "
                "przestaje padać, gdy razem wychodzą na ulicę.",
                "{Name} zaczyna wstawać wcześniej w czwartki. Długo wybiera sweter, zmienia go i "
                "wraca do pierwszego. Kolega z pracy pyta z uśmiechem, kto to taki. Nikt, "
                "odpowiada {name}, i czerwieni się aż po uszy.",
                "Pewnego wieczoru spacerują nad rzeką, aż zapalają się lampy. Rozmawiają o "
                "wszystkim i o niczym. Nikt nie chce pierwszy powiedzieć do widzenia, więc stoją "
                "przy jednej lampie o wiele za długo i śmieją się z samych siebie.",
                "Przychodzi zima. Piją herbatę, patrzą na śnieg za oknem i rozmawiają o "
                "podróżach. {Friend} opowiada o wyprawie, o której marzy od dziecka. {Name} "
                "słucha i myśli, że chętnie pojechał{by} razem, dokądkolwiek.",
                "Na zimę {friend} robi na drutach szalik. Wychodzą z tego dziury, krzywe oczka i "
                "jedna nitka w zupełnie złym kolorze. {Name} dostaje go w prezencie i nosi przez "
                "całą zimę, twierdząc, że tak miało być.",
                "Aż w któryś czwartek {friend} nie przychodzi. W następny też nie. {Name} siedzi "
                "{at_spot} sam{a}, a puste miejsce obok wygląda jak pytanie, którego nikt nie "
                "odważył się zadać. Herbata stygnie, zanim {name} to zauważy.",
                "Od wspólnej znajomej {name} dowiaduje się, że {friend} dostał{friend_a} pracę w "
                "Gdańsku. {Name} pisze długi list i drze go na kawałki. Pisze drugi i ten też "
                "drze. Niektóre słowa łatwiej pomyśleć, niż napisać.",
                "W końcu {name} pisze list, który ma tylko trzy zdania. Pisze w nim to, czego "
                "nigdy nie odważył{a} się powiedzieć na głos. Wrzuca kopertę do skrzynki, zanim "
                "zdąży się rozmyślić.",
                "Mijają tygodnie bez odpowiedzi. {Name} mimo to przychodzi {to_spot} w każdy "
                "czwartek, w deszcz i w słońce. To miejsce, w którym czuje się najbardziej sobą, "
                "i nie chce z niego rezygnować.",
                "Czasem {name} ogląda stare zdjęcie, na którym {friend} śmieje się z czegoś poza "
                "kadrem. Nie pamięta już, z czego. Pamięta tylko, że sam{a} też zacz{al} się "
                "wtedy śmiać, choć nie wiedział{a} dlaczego.",
            ),
            climaxes=(
                "W szary czwartek w kwietniu {name} słyszy za sobą kroki. To {friend}, "
                "przemoczon{friend_y} od deszczu, z listem w dłoni. Przeczytał{friend_em} go w "
                "pociągu, mówi {friend}. Jedenaście razy. A potem kupił{friend_em} bilet powrotny.",
            ),
            endings=(
                "Nadal spotykają się {at_spot} w każdy czwartek, tylko teraz przychodzą razem. "
                "{Thing} ma stałe miejsce na półce w ich mieszkaniu. Przypomina, że najlepsze "
                "rzeczy często zaczynają się od słów: chyba to twoje.",
                "Rok później, {at_spot}, {name} zadaje pytanie, na które wystarczy jedno słowo. "
                "{Friend} odpowiada dwa razy, na wszelki wypadek. I właśnie wtedy przestaje padać "
                "deszcz.",
            ),
            texture=(
                "Za oknem deszcz zamienia się w cichą mżawkę.",
                "Pachnie kawą i starym papierem.",
                "Wzdłuż ulicy jedna po drugiej zapalają się lampy.",
            ),
        ),
    ),
)

PHILOSOPHY = Material(
    kind="story",
    subject="a short, thoughtful philosophical reflection for a general audience",
    titles=(
        "Statek, który odbudowano",
        "Co to znaczy dobre życie?",
        "{Thing} i rzeka",
        "Czy wciąż jesteś tym samym człowiekiem?",
    ),
    descriptions=(
        "Spokojna refleksja o zmianie, tożsamości i o tym, co zostaje, gdy wszystko płynie.",
        "Stara zagadka, {thing} i kilka pytań, które warto zabrać ze sobą.",
    ),
    places=(
        {"place": "szopa nad wodą"},
        {"place": "warsztat pełen narzędzi"},
        {"place": "stare gospodarstwo w lesie"},
    ),
    things=(
        {
            "thing": "stara drewniana łódź",
            "thing_acc": "starą drewnianą łódź",
            "noun": "łódź",
            "same": "ta sama",
            "t_go": "ją",
            "t_nia": "nią",
            "t_gen": "jej",
        },
        {
            "thing": "stary zegar",
            "thing_acc": "stary zegar",
            "noun": "zegar",
            "same": "ten sam",
            "t_go": "go",
            "t_nia": "niego",
            "t_gen": "go",
        },
        {
            "thing": "kamienny most",
            "thing_acc": "kamienny most",
            "noun": "most",
            "same": "ten sam",
            "t_go": "go",
            "t_nia": "niego",
            "t_gen": "go",
        },
    ),
    frames=(
        Frame(
            openings=(
                "Wyobraź sobie {thing_acc}. Przez lata naprawia się {t_go} kawałek po kawałku, aż "
                "nie zostaje ani jedna oryginalna część. Czy to wciąż {same} {noun}? Filozofowie "
                "spierają się o tę zagadkę od ponad dwóch tysięcy lat.",
                "Grecki myśliciel Heraklit mówił, że nie można dwa razy wejść do tej samej rzeki. "
                "Rzeka płynie dalej, a człowiek też się zmienia. Szymborska ujęła to po swojemu: "
                "nic dwa razy się nie zdarza. To brzmi prosto, a jest jedną z najgłębszych myśli, "
                "jakie mamy.",
            ),
            beats=(
                "Pomyśl o własnym ciele. Wiele komórek wymienia się przez lata, wspomnienia "
                "blakną, a poglądy się zmieniają. A jednak czujesz się jednym i tym samym "
                "człowiekiem. Tym samym, który kiedyś uczył się czytać, litera po literze.",
                "Niektórzy mówią, że to pamięć czyni nas sobą. To nić, która wiąże każdy dzień z "
                "poprzednim. Ale pamięć jest krucha i często się myli. Może więc jesteśmy nie "
                "tyle rzeczą, co opowieścią, którą wciąż sobie opowiadamy.",
                "Inni mówią, że chodzi o charakter. O to, jak traktujesz ludzi, na czym ci zależy "
                "i co wybierasz, gdy nikt nie patrzy. Wtedy można stać się lepszą wersją siebie i "
                "wcale nie przestać być sobą. To myśl pełna nadziei.",
                "Stoicy dawali praktyczną odpowiedź. Niektóre rzeczy od nas zależą, jak nasze "
                "sądy i czyny, ale większość nie zależy. Spokój zaczyna się, mówili, gdy "
                "przestajemy walczyć z tym, na co nie mamy wpływu.",
                "Władysław Tatarkiewicz napisał całą książkę o szczęściu. Uznał, że szczęście to "
                "pełne, trwałe i uzasadnione zadowolenie z życia. Nie z jednej chwili, ale z "
                "całości. Może więc warto patrzeć na życie jak na długi spacer, a nie pojedynczy "
                "krok.",
                "Pomyśl o domu, który od pokoleń należy do tej samej rodziny. Dach jest nowy, "
                "okna są nowe, tapety zmieniano pięć razy. A jednak wszyscy mówią, że to dom "
                "babci, i nikogo to nie dziwi.",
                "Kiedy chodzimy po górach, ta sama ścieżka nigdy nie jest taka sama. Inne jest "
                "światło, inna pogoda i inni jesteśmy my. A jednak nazywamy ją tą samą ścieżką i "
                "chętnie na nią wracamy.",
                "Zmiana może wydawać się stratą i czasem naprawdę nią jest. Ale życie bez zmian "
                "byłoby fotografią, a nie życiem. Rzeka jest piękna właśnie dlatego, że płynie, i "
                "płynie przez cały czas.",
                "Pomyśl o kimś, kogo nie było w twoim życiu od dwudziestu lat. Kiedy się "
                "spotykacie, poznajesz tę osobę od razu. Nie po twarzy, która się zmieniła, ale "
                "po śmiechu i po tym, co zauważa.",
                "Myśliciele buddyjscy poszli jeszcze dalej. Uważali, że stałe ja jest złudzeniem, "
                "wygodną nazwą dla strumienia chwil. Co ciekawe, wielu ludzi odczuwa tę myśl nie "
                "jako zagrożenie, ale jako ulgę. Nie trzeba tak mocno trzymać się siebie.",
                "A {noun}? Może pozostaje {same}, bo ludzie wciąż o {t_nia} dbają, używają "
                "{t_gen} i nazywają po imieniu. Tożsamość mieszka może po części w trosce, jaką "
                "dają nam inni, i w tej, którą sami oddajemy.",
                "Może lepsze pytanie nie brzmi: kim jestem, tylko: kim się staję. Każdy mały "
                "wybór to deska wymieniona w łodzi. A drewno wybierasz ty. Nikt nie zrobi tego za "
                "ciebie, ale też nikt ci tego nie odbierze.",
                "Nic dwa razy się nie zdarza, pisała Szymborska, i dlatego każdy dzień jest "
                "jedyny w swoim rodzaju. Zmiana nie musi więc być stratą. Może być powodem, żeby "
                "patrzeć uważniej na to, co jest teraz.",
            ),
            climaxes=(),
            endings=(
                "Więc następnym razem, gdy poczujesz, że wiele się w tobie zmieniło, nie martw "
                "się. Rzeka też nie jest ta sama, a mimo to zawsze trafia do morza.",
                "Może nie ma ostatecznej odpowiedzi i to nic złego. Niektórych pytań nie trzeba "
                "rozwiązywać. Trzeba je nosić ze sobą jak lampę, która oświetla drogę trochę "
                "dalej.",
            ),
            texture=(
                "Warto zatrzymać się przy tej myśli na chwilę.",
                "Pozwól temu pytaniu przez moment wybrzmieć.",
                "Odpowiedź jest mniej oczywista, niż się wydaje.",
                "Jest w tej myśli coś pocieszającego.",
            ),
        ),
    ),
)
