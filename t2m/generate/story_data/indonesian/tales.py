"""Indonesian material for ``mystery`` and ``bedtime``."""

from t2m.generate.story_data.model import Frame, Material

MYSTERY = Material(
    kind="story",
    subject="a mystery story with a fair clue and a satisfying solution",
    titles=(
        "Hilangnya {Title_thing}",
        "{Title_thing} dari {town}",
        "{Name} dan Kasus {Title_thing}",
        "Teka-Teki di {Title_spot}",
    ),
    descriptions=(
        "{Thing} hilang dari {place} di {town}, dan {name} hanya punya satu malam untuk "
        "menemukan pencurinya. Misteri singkat dengan petunjuk yang jujur.",
        "Semua orang punya alasan untuk menginginkan {thing} itu. {Name} menelusuri petunjuk di "
        "{spot} sampai pada jawaban yang tak disangka siapa pun.",
    ),
    places=(
        {
            "place": "sebuah museum yang ramai di tepi sungai",
            "spot": "museum",
            "title_spot": "Museum",
        },
        {
            "place": "sebuah hotel tua yang megah di tepi pantai",
            "spot": "hotel",
            "title_spot": "Hotel Tua",
        },
        {
            "place": "sebuah rumah joglo yang penuh tamu hajatan",
            "spot": "rumah joglo",
            "title_spot": "Rumah Joglo",
        },
        {
            "place": "rumah seorang saudagar batik di kota lama",
            "spot": "rumah saudagar",
            "title_spot": "Rumah Saudagar",
        },
    ),
    things=(
        {"thing": "keris pusaka", "title_thing": "Keris Pusaka"},
        {"thing": "cincin zamrud", "title_thing": "Cincin Zamrud"},
        {"thing": "jam saku emas", "title_thing": "Jam Saku Emas"},
        {"thing": "kalung mutiara", "title_thing": "Kalung Mutiara"},
        {"thing": "kain batik tulis kuno", "title_thing": "Batik Tulis Kuno"},
    ),
    frames=(
        Frame(
            openings=(
                "{Thing} itu lenyap dari {spot} tepat pukul delapan malam, selama lima menit mati "
                "lampu. Ketika listrik menyala lagi, lemari kacanya kosong tetapi tetap terkunci "
                "rapi. {Name}, yang sudah biasa memecahkan teka-teki, langsung tahu bahwa ini "
                "bukan pencurian biasa.",
                "{Name} datang ke {town} untuk menghadiri pesta di {place}. Baru satu jam acara "
                "berjalan, listrik padam. Lima menit kemudian lampu menyala lagi, dan {thing} "
                "sudah hilang dari lemari kacanya. Kacanya utuh dan kuncinya tidak rusak.",
            ),
            beats=(
                "Pemilik {spot}, seorang bapak berkumis tebal, mondar-mandir sambil meremas "
                "tangan. {Thing} itu warisan keluarga, katanya, disimpan turun-temurun sejak zaman "
                "kakeknya. {Name} mencatat semuanya di buku kecil bersampul hitam tanpa berkata "
                "sepatah kata pun.",
                "{Friend}, yang berdiri paling dekat dengan lemari kaca, bersumpah tidak melihat "
                "apa-apa. Kemejanya basah oleh kopi. Dengan malu {friend} menjelaskan bahwa dalam "
                "gelap ia tersenggol seseorang yang membawa nampan. {Name} memperhatikan bahwa "
                "nodanya memang masih baru.",
                "Pak Hartono, rekan bisnis sang pemilik, paling bersemangat bercerita. Ia mengaku "
                "melihat seorang pria berkemeja batik hijau kabur lewat pintu belakang saat gelap. "
                "Beberapa tamu langsung berlari ke luar mencarinya. {Name} hanya bertanya siapa "
                "yang menyalakan lampu kembali.",
                "Kotak meteran listrik ada di samping dapur, dan {name} memeriksanya dengan senter "
                "ponsel. Tidak ada sekring yang putus dan tidak ada kabel yang terbakar. Seseorang "
                "sengaja menurunkan saklar utama dengan tangan, lalu menaikkannya lagi lima menit "
                "kemudian.",
                "Di dapur, juru masak bersumpah tak ada yang lewat di sana selama mati lampu. Ia "
                "hanya mendengar kucing menjatuhkan panci. Tak lama sesudahnya terdengar langkah "
                "tergesa-gesa menuju halaman samping, tempat mobil-mobil tamu diparkir.",
                "{Name} bertanya kepada para tamu apa yang mereka lihat saat listrik padam. "
                "Jawabannya hampir sama: tidak ada. Malam itu mendung dan tanpa bulan. Gelapnya "
                "begitu pekat, kata seorang ibu, sampai ia tak bisa melihat tangannya sendiri.",
                "Keponakan sang pemilik terkenal suka berutang, dan itu bukan rahasia. Saat mati "
                "lampu, ia sendirian di teras sambil merokok. Wajahnya pucat ketika ditanya, "
                "tetapi sandalnya basah kuyup dan bajunya beraroma hujan. Ia memang berada di luar "
                "sepanjang waktu.",
                "Pria berkemeja batik hijau ternyata memang ada. Ia ditemukan di warung depan, "
                "sedang makan mi rebus. Ia penyanyi dangdut sewaan, dan sudah pulang setengah jam "
                "sebelum listrik padam karena tak ada tamu yang mau berjoget.",
                "Lemari kaca itu tidak dibobol. Kuncinya dibuka dengan rapi, lalu dikunci lagi. "
                "Hanya tiga orang yang tahu di mana kunci cadangannya disimpan: pemilik rumah, "
                "istrinya, dan rekan bisnisnya yang paling dipercaya.",
                "Di halaman samping, {name} meraba pintu mobil para tamu satu per satu. Semuanya "
                "basah oleh gerimis dan terkunci rapat. Hanya satu sedan hitam yang pintunya belum "
                "tertutup sempurna. Seseorang baru saja membukanya dengan terburu-buru.",
            ),
            climaxes=(
                "{Name} mengumpulkan semua orang di ruang tengah. Pak Hartono bersumpah melihat "
                "pria berkemeja batik hijau kabur saat gelap. Padahal malam itu gelap gulita, dan "
                "tak seorang pun bisa membedakan hijau dari merah. Pak Hartono tidak melihat siapa "
                "pun kabur. Dialah yang mematikan listrik dan membuka lemari dengan kunci "
                "cadangan.",
            ),
            endings=(
                "Pak Hartono tertunduk dan tidak membantah. {Thing} itu ditemukan di sedan "
                "hitamnya, di dalam rantang berisi opor ayam yang katanya mau dibawa pulang. "
                "{Name} pulang malam itu juga dan tidur nyenyak sampai pagi.",
                "Utang bisnis, kata Pak Hartono lirih, sudah menumpuk sejak tahun lalu. {Thing} "
                "itu kembali ke lemari kacanya sebelum tengah malam. Sejak itu, {name} selalu "
                "curiga pada orang yang mengaku bisa melihat warna dalam gelap.",
            ),
            texture=(
                "Hujan mengetuk-ngetuk genting tanpa henti.",
                "Di ujung lorong, jam dinding berdentang sekali.",
                "Para tamu berbisik-bisik dalam kelompok kecil yang cemas.",
            ),
        ),
    ),
)

BEDTIME = Material(
    kind="story",
    subject="a calm, gentle bedtime story for young children",
    titles=(
        "{Title_animal} yang Tak Bisa Tidur",
        "{Name} dan Bulan yang Tenang",
        "Selamat Tidur, {name}",
        "Jalan Pulang ke {Title_spot}",
    ),
    descriptions=(
        "Seekor {animal} bernama {name} pergi mencari bintang dan menemukan jalan pulang. "
        "Dongeng pengantar tidur yang tenang.",
        "Lembut, pelan, dan mengantuk: {name} mengucapkan selamat tidur kepada semua temannya.",
    ),
    places=(
        {
            "place": "sebuah padang rumput di tepi hutan",
            "spot": "padang rumput",
            "title_spot": "Padang Rumput",
        },
        {
            "place": "sebatang pohon randu tua di tepi sungai yang tenang",
            "spot": "pohon randu",
            "title_spot": "Pohon Randu",
        },
        {
            "place": "sebuah kebun di belakang rumah kecil bercat biru",
            "spot": "kebun",
            "title_spot": "Kebun",
        },
    ),
    things=(
        {"animal": "kelinci kecil", "title_animal": "Kelinci Kecil"},
        {"animal": "rubah kecil", "title_animal": "Rubah Kecil"},
        {"animal": "landak kecil", "title_animal": "Landak Kecil"},
        {"animal": "tikus kecil", "title_animal": "Tikus Kecil"},
        {"animal": "anak beruang", "title_animal": "Anak Beruang"},
        {"animal": "anak bebek", "title_animal": "Anak Bebek"},
    ),
    frames=(
        Frame(
            openings=(
                "Pada suatu masa, di {place}, hiduplah seekor {animal} bernama {name}. Setiap "
                "malam bintang-bintang muncul satu per satu. Dan setiap malam pula, {name} terlalu "
                "penasaran untuk memejamkan mata.",
                "Di {place}, tempat tanahnya lembut dan udaranya harum bunga, tinggallah seekor "
                "{animal} bernama {name}. Suatu malam, {name} melihat sebuah bintang turun "
                "pelan-pelan di balik bukit. Ia pun memutuskan untuk pergi mencarinya.",
            ),
            beats=(
                "{Name} melewati bunga-bunga yang sudah tidur, kelopaknya terkatup seperti tangan "
                "mungil. “Selamat tidur, bunga-bunga,” bisik {name}. Bunga-bunga itu mengangguk "
                "pelan tertiup angin, seolah membalas selamat tidur. Salah satunya bahkan menguap, "
                "pelan sekali.",
                "Di tepi kolam duduk seekor kura-kura tua bernama {friend}, di atas batu yang "
                "licin. “Bintang tidak jatuh,” kata {friend} sambil tersenyum. “Mereka hanya turun "
                "sedikit untuk bercermin di air.” Dan benar saja, ada sebuah bintang di dalam "
                "kolam, bulat dan berkilau seperti kancing perak.",
                "{Name} menyentuh air dengan ujung kakinya. Bintang di kolam bergetar, pecah "
                "menjadi seratus kepingan cahaya, lalu pelan-pelan menyatu kembali seakan tak "
                "terjadi apa-apa. Ia tertawa kecil, tawa yang pelan dan mengantuk. Air kolam "
                "pun kembali tenang.",
                "Serombongan kunang-kunang lewat, masing-masing membawa lentera kecil. Mereka "
                "menunjukkan jalan kepada {name} melewati rumput yang tinggi, menyala dan padam, "
                "menyala dan padam. Lama-lama nyala mereka makin pelan, seakan mereka pun mulai "
                "mengantuk.",
                "Di atas sehelai daun lebar, seekor siput sedang membereskan rumahnya untuk malam. "
                "“Aku selalu membawa rumahku ke mana-mana,” katanya, “jadi aku tak pernah "
                "tersesat.” {Name} menganggap itu sangat masuk akal dan mengucapkan selamat "
                "bermimpi indah kepadanya.",
                "Di sebuah dahan bertengger burung hantu abu-abu dengan mata besar yang ramah. "
                "“Semua makhluk perlu beristirahat,” kata burung hantu, “bahkan bintang-bintang. "
                "Mereka tidur sepanjang siang supaya bisa bersinar sepanjang malam.” Lalu ia "
                "mengedipkan sebelah matanya kepada {name}, pelan sekali.",
                "Awan-awan berarak pelan seperti domba putih yang pulang ke kandang. {Name} "
                "menghitung satu, dua, tiga awan, dan pada awan keempat ia sudah lupa angka "
                "berikutnya. Tidak apa-apa. Awan-awan itu pun tidak pandai berhitung.",
                "Seekor tupai kecil melompat lewat sambil memeluk sebutir jambu. “Ini untuk "
                "nenekku,” katanya, “dia suka makan jambu sebelum tidur.” {Name} tersenyum dan "
                "teringat rumahnya sendiri, yang hangat dan sudah tidak jauh lagi.",
                "Angin sejuk datang dan menyenandungkan nina bobo di antara dedaunan, lagu tanpa "
                "kata-kata. {Name} menguap lebar, menguap paling lebar malam itu, dan kaki-kakinya "
                "mulai terasa berat sekali. Badannya seperti terbuat dari kapas.",
                "Tinggi di atas, bulan mengintip dari sela-sela dahan, bulat dan putih seperti "
                "piring susu. Bulan seolah tersenyum hanya untuk {name}. “Aku temani kamu pulang,” "
                "begitu kata senyumnya. “Tidak usah terburu-buru.”",
                "Sungai bernyanyi pelan, lagu yang sama sejak {name} masih sangat kecil. Begini "
                "bunyinya: pelan-pelan, pelan-pelan, semua beristirahat. Rumput di tepinya ikut "
                "bergoyang mengikuti irama, ke depan dan ke belakang, ke depan dan ke belakang.",
                "{Name} menoleh ke jalan yang tadi dilalui. Jauh di sana, {spot} menunggu dengan "
                "tenang. Ada tempat tidur dari lumut yang hangat, pas sekali untuk seekor "
                "{animal}. Membayangkannya saja sudah membuat mata {name} terasa berat.",
            ),
            climaxes=(
                "Maka {name} berbalik dan berjalan pelan-pelan pulang, melewati kolam, melewati "
                "kunang-kunang, melewati bunga-bunga yang terkatup. Bulan mengikutinya sepanjang "
                "jalan, seakan ingin memastikan {name} sampai di rumah dengan selamat.",
            ),
            endings=(
                "{Name} meringkuk di tempat tidur lumutnya dan memejamkan mata. “Selamat tidur, "
                "bintang-bintang,” bisiknya. Bintang-bintang di langit pun bersinar sedikit lebih "
                "lembut dan menjaganya sampai pagi. Di kejauhan, jangkrik ikut berbisik: selamat "
                "tidur.",
                "Di rumah, {name} bergelung dengan hangat dan aman. Bintang berkelip, sungai "
                "bergumam, dan tak lama kemudian {animal} itu sudah tertidur lelap, bermimpi "
                "tentang kolam-kolam perak. Selamat tidur, {name}. Selamat tidur.",
            ),
            texture=(
                "Semuanya tenang dan pelan.",
                "Malam terasa lembut dan hangat seperti selimut.",
                "Di kejauhan, seekor jangkrik menyanyikan lagu nina bobo.",
            ),
        ),
    ),
)
