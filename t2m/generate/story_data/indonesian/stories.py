"""Indonesian material for ``motivational`` and ``long_form_jokes``."""

from t2m.generate.story_data.model import Frame, Material

MOTIVATIONAL = Material(
    kind="story",
    subject="a motivational story with a clear lesson the listener can use",
    titles=(
        "Mulailah Sebelum Merasa Siap",
        "Bagaimana {Name} Belajar {Title_dream}",
        "Satu Langkah Kecil Setiap Hari",
        "Hari Ketika {Name} Tidak Menyerah",
    ),
    descriptions=(
        "{Name} ingin {dream} dan gagal, berkali-kali. Yang mengubah segalanya bukan bakat, "
        "melainkan kebiasaan yang bisa dimulai siapa saja hari ini.",
        "Kisah motivasi singkat tentang {name}, mimpi untuk {dream}, dan kekuatan untuk terus "
        "muncul setiap hari.",
    ),
    places=(
        {"dream": "lari maraton", "title_dream": "Lari Maraton"},
        {"dream": "membuka warung kopi kecil", "title_dream": "Membuka Warung Kopi"},
        {"dream": "bermain gitar", "title_dream": "Bermain Gitar"},
        {"dream": "menulis sebuah novel", "title_dream": "Menulis Novel"},
    ),
    things=(
        {"thing": "buku catatan"},
        {"thing": "kalender dinding"},
        {"thing": "buku agenda"},
    ),
    frames=(
        Frame(
            openings=(
                "Di usia tiga puluh lima, {name} memutuskan untuk {dream}. Semua orang yang "
                "mendengarnya tersenyum sopan, senyum yang biasa diberikan pada mimpi yang tak "
                "diharapkan jadi kenyataan. {Name} sendiri juga ragu. Namun ia tetap mulai.",
                "Sejak dulu {name} ingin {dream}, dan sejak dulu pula selalu ada alasan untuk "
                "menundanya: terlalu sibuk, terlalu capek, sudah terlambat. Suatu pagi ia "
                "sadar bahwa alasan-alasan itu sudah memenuhi seluruh hidupnya.",
            ),
            beats=(
                "Percobaan pertama berantakan. {Name} ingin melakukan semuanya sekaligus, membeli "
                "segala perlengkapan, lalu kelelahan dalam beberapa hari. Hampir saja ia "
                "menyerah di minggu pertama. Dari situ ia belajar bahwa awal yang terlalu "
                "megah cepat padam, seperti api dari jerami.",
                "Lalu {name} melakukan yang sebaliknya dan mengecilkan targetnya. Dua puluh menit "
                "sehari, tidak lebih dan tidak kurang, bahkan di hari-hari yang baik. Setiap hari "
                "ia memberi satu tanda silang di {thing}, dan satu-satunya aturan adalah jangan "
                "memutus rantainya.",
                "Ada hari-hari ketika dua puluh menit itu terasa menyenangkan. Kebanyakan terasa "
                "biasa saja. Ada juga hari-hari yang terasa mustahil, dengan hujan, kantuk, dan "
                "seribu alasan di depan pintu. Justru hari-hari itulah yang paling berarti, karena "
                "{name} tetap menjalaninya.",
                "{Friend}, teman lama {name}, minta ikut bergabung. Karena ada orang yang "
                "menunggu, {name} jadi lebih sulit bolos. Di hari-hari yang berat, mereka saling "
                "mengirim pesan pendek, kadang cuma satu kata: hari ini? Jawabannya selalu sama: "
                "hari ini.",
                "Setelah tiga bulan, {name} membuka {thing} dari halaman pertama sampai terakhir. "
                "Ada sembilan puluh tanda silang kecil, ada yang tegas, ada yang miring karena "
                "lelah. Satu per satu, tak ada yang terasa seperti kemajuan. Namun bersama-sama, "
                "jaraknya hampir tak bisa dipercaya.",
                "Kemudian datang rintangan: cedera, kehilangan pekerjaan, musim hujan yang "
                "panjang. Selama dua minggu {thing} itu kosong, dan setiap halaman kosong terasa "
                "seperti tuduhan. Suara lama itu kembali dan berbisik: sudah kubilang, ini tidak "
                "akan berhasil.",
                "{Name} menjawabnya dengan langkah sekecil mungkin. Lima menit, bukan dua puluh. "
                "Tidak indah dan tidak heroik, tetapi tetap sebuah langkah. Hari buruk yang tetap "
                "dijalani juga dihitung, dan rantai itu tersambung lagi, silang demi silang.",
                "Ada pagi-pagi ketika {name} membandingkan diri dengan orang-orang yang tampak "
                "jauh di depan, dengan foto-foto sempurna di media sosial. Itu tak pernah "
                "membantu. Satu-satunya perbandingan yang adil, begitu kesimpulan {name}, adalah "
                "dengan dirinya sendiri bulan lalu.",
                "{Name} menemukan bahwa semangat itu seperti cuaca: datang dan pergi tanpa "
                "permisi. Kebiasaan, sebaliknya, tetap tinggal. Jadi {name} berhenti menunggu "
                "semangat. Ia cukup berpegang pada jam yang sudah ditentukan, seperti orang yang "
                "naik kereta yang sama setiap pagi.",
                "Pelan-pelan orang-orang di sekitarnya mulai memperhatikan. Seorang tetangga "
                "bertanya bagaimana caranya. Seorang rekan kerja mengaku juga punya mimpi yang "
                "disimpan di laci. Ia tidak punya rahasia apa-apa untuk dibagikan, hanya satu "
                "kalimat: dua puluh menit, setiap hari.",
                "Ada juga kejutan yang menyenangkan. Pada suatu Minggu biasa, tiba-tiba semuanya "
                "terasa mudah, dan {name} sadar bahwa yang dulu begitu berat kini dilakukan tanpa "
                "berpikir. Itu bukan keajaiban. Itu hasil dari berbulan-bulan hari biasa yang "
                "ditumpuk satu di atas yang lain.",
            ),
            climaxes=(
                "Setahun setelah minggu pertama yang kacau itu, {name} berhasil {dream}. Hasilnya "
                "tidak sempurna, dan memang tidak perlu sempurna. Orang yang sampai di garis akhir "
                "bukan lagi orang yang dulu memulai, dan itulah hadiah yang sebenarnya.",
            ),
            endings=(
                "Jadi inilah pelajaran dari kisah {name}. Anda tidak perlu merasa siap. Anda hanya "
                "perlu mulai dari yang kecil, tetap muncul di hari-hari biasa, dan memaafkan diri "
                "di hari-hari yang buruk. Langkah pertama Anda bisa dimulai hari ini.",
                "Kalau ada sesuatu yang sudah bertahun-tahun Anda tunda, ambil satu langkah kecil "
                "ke arahnya hari ini. Besok, ambil satu langkah lagi. Hanya itu yang dilakukan "
                "{name}, dan hanya itu yang dibutuhkan.",
            ),
            texture=(
                "Setiap tanda silang di {thing} adalah janji kecil yang ditepati.",
                "Bagian tersulit selalu menit pertama.",
                "Kemajuannya lambat, tetapi nyata.",
                "Tak ada yang menonton, dan itu tidak apa-apa.",
                "Semangat datang dan pergi, kebiasaan tetap tinggal.",
            ),
        ),
    ),
)

JOKES = Material(
    kind="story",
    subject="a long-form joke: a shaggy-dog story that builds up and ends with a punchline",
    titles=(
        "Lelucon yang Sangat Panjang",
        "Cerita Lucu yang Tidak Terburu-buru",
        "Hari Paling Aneh dalam Hidup {Name}",
    ),
    descriptions=(
        "Lelucon panjang yang tidak terburu-buru. Tunggu sampai akhir ceritanya.",
        "{Name} mendapat tugas yang kedengarannya mudah. Cerita lucu yang panjang dengan akhir "
        "tak terduga.",
    ),
    places=(
        {"place": "sebuah kota kecil di kaki gunung"},
        {"place": "sebuah kota kabupaten yang tenang"},
        {"place": "sebuah kota pesisir yang ramah"},
    ),
    things=(
        {"thing": "jaring besar"},
        {"thing": "kandang besi"},
        {"thing": "perangkap bambu"},
    ),
    frames=(
        Frame(
            openings=(
                "{Name} adalah polisi muda yang baru dipindahtugaskan ke {town}, {place}. Di hari "
                "pertama, kepala polisi setempat menyambutnya dengan hangat. “Kalau mau jadi "
                "polisi yang baik,” katanya, “belajarlah dari polisi paling terkenal di kota "
                "ini.”",
            ),
            beats=(
                "Ternyata semua orang di {town} mengenal polisi itu. Pedagang pasar, guru, tukang "
                "becak, semuanya memuji. “Dia sudah bertugas di jalan utama lebih dari dua puluh "
                "tahun,” kata seorang ibu penjual pecel. “Tidak pernah sekali pun ambil cuti.”",
                "“Dan dia tidak pernah mau terima uang damai,” kata seorang sopir angkot dengan "
                "bangga. “Sudah banyak yang coba. Disodori amplop tebal pun dia diam saja, tidak "
                "bergeming sedikit pun.” {Name} mencatat itu di buku saku dengan penuh kekaguman.",
                "“Semua kendaraan langsung pelan kalau lewat di depannya,” kata tukang parkir. "
                "“Truk, bus, mobil pejabat, bahkan motor anak-anak nakal. Belum pernah ada yang "
                "berani ngebut di dekatnya.” {Name} makin penasaran. Polisi macam apa yang begitu "
                "dihormati?",
                "“Dia juga tidak pernah mengeluh,” kata seorang kakek di pos ronda. “Kepanasan, "
                "kehujanan, dilindas ban truk sekalipun, dia tetap di tempatnya.” {Name} mengira "
                "kakek itu melebih-lebihkan, seperti kebiasaan orang tua kalau sedang bercerita.",
                "Anak-anak sekolah pun menyayanginya. Setiap pagi mereka menyeberang dengan aman, "
                "karena dia menjaga jalan di depan gerbang sekolah. “Dia tidak pernah "
                "meninggalkan tempatnya,” kata seorang guru, lalu tertawa kecil sendiri, entah "
                "kenapa.",
                "{Name} mencoba menemuinya di kantor polisi, tetapi dia tidak pernah ada di sana. "
                "Di daftar piket pun namanya tidak tercantum. “Dia tidak butuh daftar piket,” kata "
                "petugas jaga sambil tersenyum. “Dia selalu ada di jalan, siang dan malam.”",
                "Bahkan wali kota pun segan kepadanya. “Mobil dinas saya juga harus pelan-pelan di "
                "depannya,” kata pak wali kota dalam pidato tujuh belasan. Semua hadirin "
                "mengangguk setuju, lalu bertepuk tangan panjang.",
                "Seminggu berlalu, dan {name} belum juga bertemu dengannya. Ia membayangkan "
                "seorang polisi senior yang berwibawa, berkumis tebal, dengan seragam licin "
                "disetrika. Mungkin dadanya penuh tanda jasa. Mungkin ia sudah tiga kali menolak "
                "naik pangkat karena cinta pada jalanan.",
                "Akhirnya {name} memberanikan diri bertanya langsung kepada kepala polisi. “Pak, "
                "saya sudah mencari ke mana-mana. Di mana sebenarnya polisi terbaik kota ini? Saya "
                "ingin berguru kepadanya.” Kepala polisi tersenyum, mengambil topinya, dan "
                "mengajak {name} berjalan kaki.",
            ),
            climaxes=(
                "Mereka berjalan ke jalan utama, tepat di depan gerbang sekolah. Kepala polisi "
                "berhenti, lalu menunjuk ke aspal. Di sana, melintang di tengah jalan, ada "
                "gundukan yang dicat kuning dan hitam. Sebuah mobil lewat dan langsung melambat "
                "dengan penuh hormat.",
            ),
            endings=(
                "“Itu dia,” kata kepala polisi dengan bangga. “Polisi tidur. Dua puluh tahun "
                "bertugas, tidak pernah cuti, tidak pernah terima amplop, dan semua orang patuh "
                "kepadanya. Belajarlah dari dia, Nak.”",
            ),
            texture=(
                "{Name} mengangguk pelan, belum sepenuhnya percaya.",
                "Di kejauhan, sebuah angkot membunyikan klakson dua kali.",
                "Kepala polisi menyeruput kopinya tanpa tergesa-gesa.",
                "Seekor ayam menyeberang jalan tanpa menoleh ke kiri dan ke kanan.",
            ),
        ),
        Frame(
            openings=(
                "Suatu hari, {name}, seorang ahli reptil dari kota, menerima telepon dari kepala "
                "desa di {town}. Suaranya panik. “Tolong datang secepatnya,” katanya. "
                "“Ada buaya darat berkeliaran di kampung kami setiap malam Minggu.”",
            ),
            beats=(
                "{Name} datang membawa {thing}, tali, senter, dan buku panduan tebal tentang "
                "buaya. Warga menyambutnya dengan lega. “Sudah tiga bulan kami resah,” kata kepala "
                "desa. “Anak-anak gadis tidak berani keluar rumah kalau malam Minggu.”",
                "“Buaya dari mana?” tanya {name}. “Sungai terdekat kan jauh sekali.” Kepala desa "
                "menggeleng. “Justru itu anehnya. Buaya ini tidak pernah ke sungai. Dia lebih suka "
                "nongkrong di depan warung dan di ujung gang.”",
                "{Name} memeriksa jejaknya dengan teliti. Anehnya, tidak ada bekas cakar di tanah. "
                "Yang ada hanya bekas ban motor, bungkus permen, dan bau minyak wangi yang "
                "menyengat. Ia mencatat semuanya sambil mengerutkan dahi.",
                "Para warga memberi kesaksian. Seorang ibu bilang buaya itu suka bersiul kalau ada "
                "gadis lewat. Seorang bapak bilang buaya itu pandai merayu dan kata-katanya manis "
                "sekali. Seorang nenek bilang buaya itu pernah memanggilnya cantik, dan ia masih "
                "tersipu mengingatnya.",
                "Mula-mula {name} mencoba mengintai. Semalaman {name} bersembunyi di balik pos "
                "ronda bersama para bapak yang membawa kentongan. Mereka menunggu berjam-jam "
                "sambil menahan kantuk dan gigitan nyamuk. Motor lalu-lalang, tetapi buaya itu "
                "belum juga menampakkan diri.",
                "{Name} memutuskan memasang perangkap. Malam pertama, {thing} diberi umpan daging "
                "ayam segar. Sampai pagi tidak ada yang menyentuhnya, kecuali seekor kucing "
                "kampung yang kekenyangan. Buaya yang satu ini rupanya tidak doyan daging.",
                "Malam kedua, umpannya diganti ikan. Tetap tidak ada hasil. Malam ketiga, atas "
                "saran ibu pemilik warung, umpannya diganti sebatang cokelat, seikat mawar merah, "
                "dan surat cinta yang disemprot parfum. {Name} merasa konyol, tetapi menurut saja.",
                "Tengah malam, terdengar deru motor dengan knalpot yang berisik. Lalu terdengar "
                "siulan panjang, disusul suara yang merdu dan percaya diri: “Dik, boleh kenalan?” "
                "Tiba-tiba perangkap menutup dengan bunyi keras. Seluruh kampung berlarian keluar "
                "membawa senter.",
            ),
            climaxes=(
                "Di dalam perangkap meringkuk seorang pemuda berjaket kulit, rambutnya klimis, "
                "memeluk seikat mawar merah. Ia tersenyum canggung kepada {name}. “Selamat malam, "
                "{sapaan},” katanya sambil berkedip. “Boleh minta nomor teleponnya?”",
            ),
            endings=(
                "Kepala desa menghela napas lega dan menepuk bahu {name}. “Nah, itu dia buaya "
                "daratnya,” katanya. “Terima kasih, {sapaan}. Sekarang tinggal satu masalah lagi: "
                "di kampung sebelah ada kucing garong.”",
            ),
            texture=(
                "Seekor tokek berbunyi, seolah ikut menertawakan.",
                "Bau minyak wangi masih tercium di sepanjang gang.",
                "Kepala desa terus menyeka keringat dengan sapu tangan.",
                "Di warung, para bapak pura-pura tidak mendengar apa-apa.",
            ),
        ),
    ),
)
