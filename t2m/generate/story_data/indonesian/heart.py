"""Indonesian material for ``philosophy``, ``love`` and ``custom``."""

from t2m.generate.story_data.model import Frame, Material

PHILOSOPHY = Material(
    kind="story",
    subject="a short, thoughtful philosophical reflection for a general audience",
    titles=(
        "Perahu yang Dibangun Ulang",
        "Apa Itu Hidup yang Baik?",
        "{Title_thing} dan Sungai",
        "Apakah Anda Masih Orang yang Sama?",
    ),
    descriptions=(
        "Renungan tenang tentang perubahan, jati diri, dan apa yang tetap tinggal ketika segalanya "
        "bergerak.",
        "Sebuah teka-teki kuno, sebuah {thing}, dan beberapa pertanyaan untuk direnungkan hari "
        "ini.",
    ),
    places=(
        {"place": "di tepi sungai"},
        {"place": "di bangku taman menjelang senja"},
        {"place": "di dermaga tua, memandangi perahu-perahu"},
    ),
    things=(
        {"thing": "perahu kayu", "title_thing": "Perahu Kayu"},
        {"thing": "jam tua", "title_thing": "Jam Tua"},
        {"thing": "jembatan batu", "title_thing": "Jembatan Batu"},
    ),
    frames=(
        Frame(
            openings=(
                "Bayangkan sebuah {thing} yang diperbaiki sedikit demi sedikit selama "
                "bertahun-tahun, sampai tak satu pun bagian aslinya tersisa. Apakah itu masih "
                "{thing} yang sama? Para filsuf sudah memperdebatkan teka-teki ini selama lebih "
                "dari dua ribu tahun.",
                "Pemikir Yunani Herakleitos berkata bahwa tak seorang pun bisa masuk ke sungai "
                "yang sama dua kali. Sungainya sudah berubah, dan orangnya pun sudah berubah. "
                "Kedengarannya sederhana. Padahal itu salah satu gagasan terdalam yang kita punya.",
            ),
            beats=(
                "Coba pikirkan tubuh Anda sendiri. Banyak sel di dalamnya berganti dari tahun ke "
                "tahun, ingatan berubah bentuk, pendapat pun ikut berubah. Namun Anda tetap merasa "
                "sebagai satu orang. Anda masih anak kecil yang dulu belajar membaca, hanya dengan "
                "lebih banyak halaman yang sudah tertulis.",
                "Ada yang bilang bahwa yang membuat kita tetap menjadi diri kita adalah ingatan, "
                "benang yang menghubungkan hari ini dengan kemarin. Namun ingatan itu rapuh dan "
                "sering keliru. Mungkin kita bukan sebuah benda, melainkan sebuah cerita yang "
                "terus kita ceritakan.",
                "Yang lain bilang, jawabannya adalah watak. Cara kita memperlakukan orang lain, "
                "hal-hal yang kita pedulikan, pilihan kita saat tak ada yang melihat. Dengan cara "
                "pandang ini, seseorang bisa menjadi lebih baik tanpa berhenti menjadi dirinya. "
                "Berubah bukan berarti mengkhianati diri.",
                "Orang Jawa punya ungkapan: urip iku mung mampir ngombe, hidup itu hanya mampir "
                "minum. Kita singgah sebentar, lalu melanjutkan perjalanan. Kalau hidup memang "
                "persinggahan, mungkin yang penting bukan siapa kita di awal, melainkan bagaimana "
                "kita memperlakukan tempat singgah itu.",
                "Kaum Stoa menawarkan jawaban yang praktis. Ada hal yang berada dalam kendali "
                "kita, seperti penilaian dan tindakan kita, dan sebagian besar tidak. Kedamaian, "
                "kata mereka, dimulai ketika kita berhenti melawan yang kedua. Kita tak bisa "
                "memilih angin, tetapi kita bisa mengatur layar.",
                "Perubahan bisa terasa seperti kehilangan. Namun hidup tanpa perubahan hanyalah "
                "sebuah foto, bukan kehidupan. Sungai itu indah justru karena mengalir, dan air "
                "yang lewat hari ini tak akan pernah lewat lagi. Kita pun begitu.",
                "Bayangkan seorang sahabat lama yang sudah dua puluh tahun tak Anda jumpai. Saat "
                "bertemu lagi, Anda langsung mengenalinya. Bukan dari wajahnya, yang sudah "
                "berubah, atau suaranya, yang kini lebih berat. Melainkan dari caranya tertawa dan "
                "memandang dunia, sesuatu yang tak terhapus oleh waktu.",
                "Penyair Chairil Anwar menulis bahwa ia ingin hidup seribu tahun lagi. Ia "
                "meninggal muda, belum genap dua puluh tujuh tahun. Namun puisinya masih dibaca di "
                "sekolah-sekolah sampai hari ini. Mungkin sebagian diri kita memang hidup lebih "
                "lama daripada kita, di dalam orang lain.",
                "Ada pula yang berpikir bahwa kita dibentuk oleh orang lain. Kita mewarisi gerak "
                "tangan dari orang tua, kata-kata dari teman, gagasan dari buku yang sudah lama "
                "kita lupakan. Mungkin diri kita lebih mirip dermaga daripada pulau, tempat banyak "
                "perahu datang dan pergi.",
                "Bayangkan sebuah {thing} yang diwariskan dari generasi ke generasi. Mungkin ia "
                "tetap {thing} yang sama karena selalu ada yang merawatnya, memakainya, dan "
                "memanggilnya dengan nama yang sama. Jati diri mungkin sebagian tinggal di dalam "
                "perhatian yang diberikan orang lain kepada kita.",
                "Mungkin pertanyaan yang lebih baik bukan siapa kita, melainkan ingin menjadi "
                "siapa kita. Setiap pilihan kecil adalah satu papan yang diganti di perahu. Kita "
                "tak bisa mencegah kayu menjadi tua, tetapi kitalah yang memilih papan yang baru.",
            ),
            climaxes=(),
            endings=(
                "Jadi, lain kali Anda merasa bukan lagi orang yang dulu, tenang saja. Sungai pun "
                "begitu, dan ia tetap menemukan jalannya ke laut. Berubah adalah cara sungai tetap "
                "menjadi sungai.",
                "Mungkin tak ada jawaban akhir, dan itu tidak apa-apa. Ada pertanyaan yang bukan "
                "untuk dipecahkan. Pertanyaan itu untuk dibawa sepanjang hidup, seperti pelita "
                "yang menerangi jalan sedikit lebih jauh.",
            ),
            texture=(
                "Ada baiknya kita diam sejenak bersama pikiran itu.",
                "Berhentilah sebentar pada pertanyaan itu sebelum melanjutkan.",
                "Jawabannya tidak sesederhana kelihatannya.",
                "Ada rasa tenang dalam pikiran itu.",
                "Bayangkan diri Anda sekarang {place}, tanpa terburu-buru.",
            ),
        ),
    ),
)

LOVE = Material(
    kind="story",
    subject="a warm, heartfelt love story",
    titles=(
        "Surat dari {town}",
        "{Title_thing} di {Title_spot}",
        "{Name} dan {friend}",
        "Setiap Kamis di {Title_spot}",
    ),
    descriptions=(
        "{Name} dan {friend} terus bertemu di {place}, tetapi tak satu pun berani bicara lebih "
        "dulu. Kisah cinta yang singkat.",
        "Kota kecil, sebuah {thing}, dan dua orang yang hampir saja saling melewatkan. Kisah cinta "
        "dari {town}.",
    ),
    places=(
        {
            "place": "sebuah toko buku kecil di sudut alun-alun",
            "spot": "toko buku",
            "title_spot": "Toko Buku",
        },
        {
            "place": "sebuah kedai kopi dekat stasiun",
            "spot": "kedai kopi",
            "title_spot": "Kedai Kopi",
        },
        {"place": "sebuah halte bus di depan kampus", "spot": "halte", "title_spot": "Halte"},
        {
            "place": "sebuah bangku taman di tepi danau",
            "spot": "bangku taman",
            "title_spot": "Bangku Taman",
        },
    ),
    things=(
        {"thing": "payung kuning", "title_thing": "Payung Kuning"},
        {"thing": "buku puisi", "title_thing": "Buku Puisi"},
        {"thing": "buku catatan biru", "title_thing": "Buku Catatan Biru"},
        {"thing": "kamera tua", "title_thing": "Kamera Tua"},
    ),
    frames=(
        Frame(
            openings=(
                "{Name} pertama kali melihat {friend} pada suatu Kamis yang hujan, di {place} di "
                "{town}. {Friend} sedang memegang sebuah {thing} dan tertawa sendiri karena "
                "sesuatu. Selama satu menit penuh, {name} lupa untuk apa datang ke sana.",
                "Setiap Kamis, {name} datang ke {spot} di {town}, dan setiap Kamis {friend} sudah "
                "ada di sana dengan sebuah {thing}. Berbulan-bulan mereka hanya saling mengangguk. "
                "Dua orang asing yang entah bagaimana selalu berada di tempat yang sama.",
            ),
            beats=(
                "Suatu hari {friend} meninggalkan {thing} itu. {Name} menyimpannya selama seminggu "
                "penuh dan menyiapkan seribu kalimat untuk saat mengembalikannya, ada yang lucu, "
                "ada yang dalam, semuanya jelek. Ketika saatnya tiba, {name} hanya berkata, "
                "“Sepertinya ini punyamu.”",
                "Itu sudah cukup. Mereka mulai mengobrol, sedikit lebih lama setiap Kamis. Tentang "
                "buku, tentang cuaca, tentang mimpi-mimpi aneh yang {friend} catat setiap pagi di "
                "secarik kertas. Di salah satunya ada gajah yang bermain biola di stasiun kosong.",
                "Suatu sore hujan turun begitu deras sampai mereka harus berteduh di bawah atap "
                "yang sama selama sejam. Mereka bercerita hal-hal yang belum pernah diceritakan "
                "kepada siapa pun: ketakutan masa kecil, perjalanan yang tertunda, lagu yang "
                "selalu membuat menangis. Ketika hujan reda, tak ada yang buru-buru pulang.",
                "{Name} mulai memperhatikan hal-hal kecil. Cara {friend} meniup teh sebelum "
                "menyeruputnya. Lagu yang disenandungkannya saat gugup. Hujan yang seolah selalu "
                "berhenti setiap kali mereka berjalan berdua. Hari Kamis pun menjadi hari terbaik "
                "dalam seminggu.",
                "Lalu suatu Kamis, {friend} tidak datang. Kamis berikutnya juga tidak. {Name} "
                "duduk sendirian di {spot}, dengan tempat kosong di sebelahnya, kosong seperti "
                "pertanyaan yang tak pernah berani diucapkan. Tehnya sudah dingin tanpa disadari.",
                "Dari seorang tetangga, {name} mendengar bahwa {friend} menerima pekerjaan di kota "
                "lain. Ia menulis surat, lalu merobeknya. Menulis lagi, lalu merobeknya juga. "
                "Ada kata-kata yang lebih mudah dipikirkan daripada dituliskan. Malam itu lantai "
                "kamar penuh sobekan kertas.",
                "Akhirnya {name} hanya menulis tiga baris. Di situ ia menuliskan apa yang belum "
                "pernah diucapkan dengan suara keras, tanpa hiasan dan tanpa alasan. Lalu ia "
                "bergegas ke kantor pos dan memasukkan surat itu ke kotak, sebelum keberaniannya "
                "habis.",
                "Berminggu-minggu berlalu tanpa balasan. Namun {name} tetap datang ke {spot} "
                "setiap Kamis, karena di sanalah ia merasa paling menjadi diri sendiri. Ia selalu "
                "membawa buku, tetapi jarang membalik halamannya. Kadang bukunya bahkan tak dibuka "
                "sama sekali.",
                "Sementara itu, di kota lain, {friend} juga tidak baik-baik saja. Kantornya baru, "
                "jendelanya besar, tetapi tak ada seorang pun yang bisa diajak bicara tentang "
                "mimpi. Setiap Kamis, tanpa tahu kenapa, {friend} selalu melirik jam pada waktu "
                "yang sama.",
                "Ibu penjual bunga di sudut jalan, yang melihat segalanya, akhirnya bertanya "
                "kepada {name} ada apa. {Name} mengangkat bahu dan mencoba tersenyum. Ibu itu "
                "memberinya setangkai bunga kuning tanpa mau dibayar. “Orang baik selalu kembali,” "
                "katanya, “walaupun lewat jalan yang paling jauh.”",
                "Kadang {name} mengingat kembali obrolan hari Kamis, satu per satu, seperti orang "
                "merapikan foto lama. Ia tertawa sendiri mengingat lelucon lama, lalu menghela "
                "napas. Rindu ternyata juga semacam teman. Dengan caranya sendiri, rindu bahkan "
                "bisa membuat tersenyum.",
            ),
            climaxes=(
                "Lalu, pada suatu Kamis yang kelabu di musim hujan, {friend} muncul di ujung "
                "jalan, basah kuyup, dengan surat itu di tangan. “Aku membacanya di kereta,” kata "
                "{friend}. “Sebelas kali. Lalu aku membeli tiket pulang.”",
            ),
            endings=(
                "Mereka masih bertemu di {spot} setiap Kamis, tetapi sekarang datang bersama, "
                "bergandengan tangan. {Thing} itu kini tersimpan di rak di rumah, terlihat oleh "
                "siapa saja yang masuk. Pengingat bahwa hal-hal terbaik kadang dimulai dengan satu "
                "kalimat sederhana: sepertinya ini punyamu.",
                "Setahun kemudian, di {spot}, {name} mengajukan sebuah pertanyaan kepada {friend} "
                "yang hanya butuh satu kata sebagai jawaban. {Friend} mengucapkannya dua kali, "
                "supaya yakin. Di luar, seperti sudah diatur, hujan pun berhenti.",
            ),
            texture=(
                "Di luar, hujan mereda menjadi gerimis.",
                "Udara beraroma kopi dan kertas tua.",
                "Lampu-lampu jalan menyala satu per satu.",
            ),
        ),
    ),
)

CUSTOM = Material(
    kind="story",
    subject="",
    titles=(
        "Cerita tentang “{Prompt}”",
        "{Name} dan “{Prompt}”",
        "Suatu Hari bersama “{Prompt}”",
    ),
    descriptions=(
        "Cerita pendek tentang “{prompt}”, bersama {name} dari {town}.",
        "{Name}, sebuah kota kecil, dan “{prompt}”: cerita dengan awal, tengah, dan akhir.",
    ),
    places=(
        {"place": "sebuah kota kecil di tepi laut"},
        {"place": "sebuah kota yang ramai"},
        {"place": "sebuah desa di perbukitan"},
    ),
    things=(
        {"thing": "peta tua"},
        {"thing": "surat yang belum dibuka"},
        {"thing": "kunci kecil"},
    ),
    frames=(
        Frame(
            openings=(
                "Ini adalah cerita tentang “{prompt}”. Semuanya berawal dari {name}, yang tinggal "
                "di {town}, {place}, dan sudah lama sekali memikirkannya. Ia memikirkannya saat "
                "bangun tidur, saat makan siang, bahkan dalam mimpi.",
                "Di {town}, setiap orang punya pendapat tentang “{prompt}”, tetapi {name} ingin "
                "melihatnya dengan mata kepala sendiri. Pada suatu pagi yang cerah, ia "
                "memasukkan {thing} ke saku dan berangkat. Tak seorang pun diberi tahu ke mana "
                "{name} pergi.",
            ),
            beats=(
                "Orang pertama yang {name} tanyai adalah {friend}, kawan lama yang hafal setiap "
                "sudut {town}. {Friend} mendengarkan dengan saksama, tersenyum, lalu berkata bahwa "
                "cerita terbaik selalu dimulai dengan sebuah pertanyaan. Kemudian {friend} "
                "menyeduh dua gelas kopi dan minta mendengar kelanjutannya.",
                "{Name} berjalan berjam-jam, dari jalan ke jalan. Ia bertanya dan mencatat "
                "jawabannya di buku kecil. Ada yang tertawa, ada yang mengangkat bahu, dan ada "
                "beberapa yang mengatakan hal-hal yang membuat {name} berhenti dan berpikir lama.",
                "Menjelang malam, halaman bukunya sudah penuh, tetapi jawaban-jawaban itu tidak "
                "saling cocok. Rasanya seperti teka-teki gambar yang kehilangan satu keping, dan "
                "{name} sama sekali tidak tahu di mana harus mencarinya. Akhirnya ia menyimpan "
                "catatannya dan memutuskan untuk tidur dulu.",
                "Lalu terjadi sesuatu yang tak terduga. {Thing} di saku {name}, yang hampir "
                "terlupakan, ternyata justru yang paling dibutuhkan. Kadang, apa yang kita cari "
                "sudah lama kita bawa ke mana-mana, menunggu untuk disadari. Seperti kacamata yang "
                "dicari padahal sedang dipakai.",
                "Untuk pertama kalinya, {name} mengerti apa arti “{prompt}” baginya. Bukan seperti "
                "yang dikatakan orang-orang, bukan pula seperti yang tertulis di buku. Jauh lebih "
                "sederhana dan lebih mengejutkan, seperti kata yang sudah lama dikenal tiba-tiba "
                "punya makna baru.",
                "Di tengah perjalanan, {name} menemukan sebuah perpustakaan tua yang pintunya "
                "terbuka. Di dalam, di antara debu dan sunyi, ada sebuah buku tebal tentang "
                "“{prompt}”. Ia membacanya dari awal sampai akhir, lalu sadar bahwa buku pun "
                "tidak tahu segalanya.",
                "Di jalan, {name} bertemu seorang asing yang sudah bertahun-tahun mencari hal yang "
                "sama. Mereka berjalan bersama beberapa lama sambil bertukar cerita. Sebelum jalan "
                "mereka berpisah, masing-masing memberi yang lain satu gagasan yang bagus.",
                "Sementara itu, kabar mulai beredar di {town}. Ada yang bilang {name} sudah gila, "
                "ada yang bilang {name} hampir menemukan sesuatu yang penting. {Friend} selalu "
                "membela dengan kalimat yang sama: “Tunggu saja.” Lalu {friend} duduk di teras, "
                "menunggu kabar.",
                "Malam itu {name} duduk di dekat api unggun kecil dan membaca ulang catatannya. "
                "Pelan-pelan, sebuah bentuk muncul dari situ, seperti gambar yang keluar dari "
                "kabut, dan ia mulai tersenyum. Di atas sana, bintang-bintang seolah setuju.",
                "Masih ada satu kesulitan terakhir. {Name} harus memilih antara jalan aman untuk "
                "pulang dan jalan sulit yang akan membawa ke akhir cerita. Ia memikirkannya "
                "semalaman. Paginya ia memilih jalan yang sulit, dan langsung merasa lebih "
                "ringan.",
                "Ada juga saat ragu. Duduk di bangku batu, {name} bertanya-tanya apakah semua ini "
                "ada gunanya. Mungkin lebih baik melupakan “{prompt}” dan kembali ke kehidupan "
                "biasa. Lalu seorang anak yang lewat naik sepeda melambaikan tangan, tanpa alasan "
                "apa pun. Itu sudah cukup untuk membuat {name} bangkit.",
            ),
            climaxes=(
                "Ketika akhirnya {name} sampai di ujung jalan, jawaban tentang “{prompt}” sudah "
                "menunggu di sana. Bentuknya sama sekali tidak seperti yang pernah {name} "
                "bayangkan. Ia tertawa keras, karena butuh waktu selama itu untuk melihat "
                "sesuatu yang sejak awal ada di depan mata.",
            ),
            endings=(
                "{Name} pulang ke {town} dan menceritakan semuanya kepada {friend}. {Friend} "
                "mendengarkan seluruh cerita, lalu hanya berkata, “Aku sudah tahu dari dulu.” "
                "Sejak hari itu, siapa pun yang bertanya tentang “{prompt}” selalu mendapat "
                "jawaban yang sama: tanyakan saja kepada {name}.",
                "Itulah kisah {name} dan “{prompt}”. Kisah itu sedikit mengubah {name}, seperti "
                "yang biasa dilakukan cerita-cerita yang baik. Sampai sekarang, {name} masih suka "
                "menceritakannya pada malam-malam panjang di {town}.",
            ),
            texture=(
                "Matahari bergerak pelan melintasi langit.",
                "Belum pernah ada orang di {town} yang melakukan hal seperti itu.",
                "Jalannya masih panjang, tetapi langkah {name} terasa ringan.",
                "Itu hari yang tak akan pernah {name} lupakan.",
            ),
        ),
    ),
)
