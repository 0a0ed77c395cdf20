"""Indonesian material for the list topics: ``interesting_history``,
``fun_facts`` and ``life_pro_tips``."""

from t2m.generate.story_data.model import Frame, Material

HISTORY = Material(
    kind="list",
    subject="a true, well-documented and interesting story from history",
    titles=(
        "{n} Kisah Sejarah yang Aneh tapi Nyata",
        "Sejarah Lebih Aneh daripada yang Anda Kira",
        "{n} Kisah Nyata dari Masa Lalu",
    ),
    descriptions=(
        "{n} peristiwa nyata dalam sejarah yang terdengar seperti dongeng.",
        "Perang melawan burung, banjir tetes tebu, dan wabah menari: sejarah memang lebih aneh "
        "daripada fiksi.",
    ),
    frames=(
        Frame(
            openings=(
                "Sejarah penuh dengan peristiwa yang begitu aneh sampai terdengar dikarang. Semua "
                "ini benar-benar terjadi.",
                "Sebagian besar kisah ini tidak ada di buku pelajaran sekolah, tetapi semuanya "
                "nyata.",
            ),
            beats=(
                "Pada tahun 1932, Australia mengirim tentara bersenapan mesin untuk melawan burung "
                "emu yang merusak ladang gandum. Burung-burung itu berpencar dan sebagian besar "
                "selamat. Koran-koran menyebutnya Perang Emu Besar, dan yang menang adalah emu.",
                "Pada Agustus 1883, Gunung Krakatau di Selat Sunda meletus dahsyat. Suara "
                "ledakannya terdengar sampai Pulau Rodrigues di Samudra Hindia, hampir lima ribu "
                "kilometer jauhnya. Debunya membuat langit senja di banyak negeri merah menyala "
                "selama berbulan-bulan.",
                "Pada tahun 1815, Gunung Tambora di Sumbawa meletus hebat. Tahun berikutnya, Eropa "
                "dan Amerika Utara mengalami tahun tanpa musim panas. Terkurung di dalam rumah "
                "karena cuaca buruk, Mary Shelley mulai menulis Frankenstein.",
                "Candi Borobudur dibangun sekitar abad kedelapan dan kesembilan. Selama "
                "berabad-abad candi Buddha terbesar di dunia itu tertutup abu vulkanik dan semak "
                "belukar. Baru pada tahun 1814 candi itu mulai dibersihkan kembali.",
                "Teks Proklamasi Kemerdekaan Indonesia ditulis tangan oleh Soekarno pada dini hari "
                "17 Agustus 1945, lalu diketik oleh Sayuti Melik. Pagi itu juga, proklamasi "
                "dibacakan di halaman rumah di Jalan Pegangsaan Timur 56, Jakarta.",
                "Pada 28 Oktober 1928, para pemuda dari berbagai daerah mengikrarkan Sumpah "
                "Pemuda. Di kongres yang sama, lagu Indonesia Raya karya Wage Rudolf Supratman "
                "diperdengarkan untuk pertama kalinya, dimainkan dengan biola.",
                "Pala dari Kepulauan Banda dulu menjadi salah satu rempah termahal di Eropa. Dalam "
                "Perjanjian Breda tahun 1667, Belanda mempertahankan Pulau Run yang kecil di "
                "Banda, sementara Inggris mendapatkan Manhattan.",
                "Pada April 1955, Konferensi Asia-Afrika digelar di Bandung, dihadiri wakil dari "
                "dua puluh sembilan negara. Semangat konferensi itu ikut melahirkan Gerakan "
                "Non-Blok beberapa tahun kemudian.",
                "Pada Januari 1919, sebuah tangki raksasa berisi tetes tebu jebol di Boston. "
                "Gelombang cairan kental dan lengket menerjang jalanan dan menewaskan dua puluh "
                "satu orang. Konon, selama puluhan tahun kawasan itu berbau manis saat musim "
                "panas.",
                "Perang terpendek yang pernah tercatat terjadi antara Inggris dan Zanzibar pada "
                "tahun 1896. Perang itu berlangsung kurang dari satu jam, sampai istana sultan "
                "dihujani tembakan meriam.",
                "Pada musim panas 1518 di Strasbourg, seorang perempuan mulai menari di jalan dan "
                "tidak bisa berhenti. Dalam beberapa minggu, puluhan orang ikut menari. Para "
                "sejarawan masih memperdebatkan penyebab wabah menari ini.",
                "Pada tahun 1628, kapal perang Swedia bernama Vasa, kebanggaan angkatan laut, "
                "berlayar dari Stockholm untuk pertama kalinya. Kapal itu tenggelam kurang dari "
                "dua kilometer dari pelabuhan. Vasa diangkat pada tahun 1961 dan kini dipamerkan "
                "di museum.",
                "Pada malam Natal 1914, di tengah Perang Dunia Pertama, para prajurit di beberapa "
                "bagian Front Barat berhenti bertempur. Mereka bernyanyi, bertukar hadiah di tanah "
                "tak bertuan, dan di beberapa tempat bahkan bermain sepak bola.",
                "Pada tahun 1983, perwira Soviet Stanislav Petrov melihat layarnya melaporkan "
                "rudal Amerika yang sedang meluncur. Ia menilai itu alarm palsu dan tidak "
                "melaporkannya sebagai serangan. Ia benar, dan mungkin telah mencegah perang "
                "nuklir.",
                "Pada tahun 1970, sebuah tangki oksigen meledak di Apollo 13 dalam perjalanan ke "
                "Bulan. Para awak memakai modul pendarat sebagai sekoci, merakit penyaring udara "
                "darurat, dan ketiganya pulang dengan selamat.",
                "Ketika Gunung Vesuvius meletus pada tahun 79, kota Pompeii terkubur abu. Kota itu "
                "terawetkan begitu baik sehingga sampai sekarang masih terlihat roti yang menjadi "
                "arang di dalam oven dan coretan di dinding-dindingnya.",
            ),
            climaxes=(),
            endings=(
                "Ternyata sejarah jauh lebih aneh daripada fiksi.",
                "Kisah mana yang ingin Anda dengar lebih lengkap? Masa lalu penuh kejutan.",
            ),
        ),
    ),
)

FUN_FACTS = Material(
    kind="list",
    subject="a script of surprising but true fun facts, each explained in a sentence",
    titles=(
        "{n} Fakta Unik yang Mungkin Belum Anda Tahu",
        "{n} Fakta Mengejutkan tentang Dunia Kita",
        "Tahukah Anda? {n} Fakta Menakjubkan",
    ),
    descriptions=(
        "{n} fakta nyata tentang hewan, antariksa, dan sejarah yang terdengar dikarang padahal "
        "tidak.",
        "Singkat, benar, dan mengejutkan: {n} fakta unik untuk diceritakan kepada teman.",
    ),
    frames=(
        Frame(
            openings=(
                "Berikut beberapa fakta yang terdengar seperti karangan, padahal benar adanya.",
                "Bersiaplah untuk terkejut. Semua fakta ini benar.",
            ),
            beats=(
                "Madu yang ditemukan di makam Mesir kuno masih bisa dimakan setelah ribuan tahun. "
                "Kadar airnya sangat rendah dan sifatnya asam, sehingga bakteri tidak bisa tumbuh "
                "di dalamnya.",
                "Gurita punya tiga jantung dan darah berwarna biru. Dua jantung memompa darah ke "
                "insang, sedangkan jantung ketiga memompanya ke seluruh tubuh.",
                "Menurut ilmu tumbuhan, pisang termasuk buah beri, tetapi stroberi tidak. Buah "
                "beri sejati tumbuh dari satu bunga dengan satu bakal buah, dan stroberi tidak "
                "memenuhi syarat itu.",
                "Satu hari di planet Venus lebih panjang daripada satu tahunnya. Venus berputar "
                "sangat lambat, sehingga sudah selesai mengelilingi Matahari sebelum sempat "
                "berputar sekali pada porosnya.",
                "Hiu sudah ada sebelum pohon. Hiu muncul lebih dari empat ratus juta tahun lalu, "
                "puluhan juta tahun sebelum pohon sejati yang pertama.",
                "Komodo adalah kadal terbesar di dunia. Panjangnya bisa mencapai tiga meter, dan "
                "di alam liar hewan ini hanya hidup di beberapa pulau di Nusa Tenggara Timur.",
                "Nama orangutan berasal dari bahasa Melayu, orang hutan, yang berarti manusia "
                "hutan. Kata itu kini dipakai dalam banyak bahasa di seluruh dunia.",
                "Rafflesia arnoldii, yang tumbuh di hutan Sumatra dan Kalimantan, adalah bunga "
                "tunggal terbesar di dunia. Baunya seperti daging busuk, untuk menarik lalat yang "
                "membantu penyerbukan.",
                "Indonesia memiliki lebih dari tujuh belas ribu pulau, sehingga menjadi negara "
                "kepulauan terbesar di dunia. Kalau Anda mengunjungi satu pulau setiap hari, "
                "butuh hampir lima puluh tahun untuk melihat semuanya.",
                "Menara Eiffel bertambah tinggi saat musim panas. Panas membuat besinya memuai, "
                "dan puncaknya bisa naik lebih dari sepuluh sentimeter pada hari yang terik.",
                "Berang-berang laut sering berpegangan tangan saat tidur mengapung di air, supaya "
                "tidak terpisah terbawa arus. Kadang mereka juga membelitkan tubuh pada rumput "
                "laut.",
                "Cleopatra hidup lebih dekat ke masa pendaratan manusia di Bulan daripada ke masa "
                "pembangunan Piramida Agung Giza. Piramida itu sudah berumur lebih dari dua ribu "
                "tahun ketika Cleopatra lahir.",
                "Flamingo berwarna merah muda hanya karena pigmen dari udang kecil dan ganggang "
                "yang dimakannya. Tanpa makanan itu, bulunya menjadi pucat hampir putih.",
                "Kupu-kupu mengecap rasa dengan kakinya. Sensor di kaki memberi tahu apakah "
                "sehelai daun cocok untuk tempat bertelur, supaya ulatnya nanti langsung punya "
                "makanan.",
                "Koala bisa tidur sampai dua puluh jam sehari, sebagian karena daun eukaliptus "
                "yang dimakannya hanya memberi sedikit sekali tenaga.",
                "Universitas Oxford lebih tua daripada Kekaisaran Aztek. Pengajaran di Oxford "
                "sudah dimulai sekitar tahun 1096, sedangkan ibu kota Aztek baru didirikan tahun "
                "1325.",
                "Petir menyambar Bumi sekitar empat puluh kali setiap detik. Dalam setahun, "
                "jumlahnya lebih dari satu miliar kilatan, sebagian besar di atas daratan tropis.",
                "Burung kolibri bisa terbang mundur dan melayang diam di udara. Untuk itu, "
                "sayapnya mengepak puluhan kali setiap detik.",
            ),
            climaxes=(),
            endings=(
                "Fakta mana yang paling mengejutkan Anda? Ceritakan kepada seseorang hari ini.",
                "Dunia ini lebih aneh daripada yang kita kira. Tetaplah penasaran.",
            ),
        ),
    ),
)

LIFE_PRO_TIPS = Material(
    kind="list",
    subject="a script of practical, safe life pro tips, each with the reason it works",
    titles=(
        "{n} Tips Hidup yang Layak Diketahui",
        "{n} Kebiasaan Kecil yang Membuat Hidup Lebih Mudah",
        "Trik Sehari-hari: {n} Tips yang Benar-benar Berhasil",
    ),
    descriptions=(
        "{n} tips praktis untuk sehari-hari, masing-masing dengan alasan mengapa berhasil.",
        "Sederhana, berguna, dan gratis: {n} tips untuk hidup sehari-hari.",
    ),
    frames=(
        Frame(
            openings=(
                "Berikut beberapa tips kecil yang bisa membuat hidup sehari-hari sedikit lebih "
                "mudah.",
                "Tips-tips ini bisa dipelajari dalam hitungan detik dan bisa menghemat waktu "
                "berjam-jam.",
            ),
            beats=(
                "Pakai aturan dua menit. Kalau sebuah pekerjaan bisa selesai kurang dari dua "
                "menit, kerjakan sekarang juga. Mencatat dan mengingatnya nanti justru lebih "
                "repot.",
                "Sebelum percakapan yang sulit, tuliskan satu hal yang paling ingin Anda "
                "sampaikan. Cara ini membantu Anda tetap tenang dan tidak melantur ke mana-mana.",
                "Taruh ponsel di ruangan lain saat Anda perlu berkonsentrasi. Meski tanpa suara, "
                "ponsel yang tergeletak di meja tetap menarik perhatian.",
                "Saat berkenalan, sebut nama orang itu sekali dalam obrolan, misalnya saat "
                "berpamitan. Mengucapkannya keras-keras membantu ingatan menyimpannya.",
                "Siapkan pakaian dan tas untuk besok pada malam sebelumnya. Pagi hari jadi jauh "
                "lebih lancar kalau keputusan sudah diambil.",
                "Kalau bingung memilih antara dua pilihan, lemparkan koin. Saat koin masih di "
                "udara, Anda sering sadar sisi mana yang sebenarnya Anda harapkan.",
                "Sediakan buku kecil atau catatan di ponsel khusus untuk ide. Ide sering datang di "
                "saat yang aneh dan pergi sama cepatnya.",
                "Minumlah segelas air begitu bangun tidur. Setelah semalaman tidak minum, ini "
                "salah satu cara paling sederhana untuk menyegarkan badan.",
                "Tunggu sehari sebelum membeli barang mahal yang tidak direncanakan. Kalau besok "
                "Anda masih menginginkannya, kemungkinan besar barang itu memang layak dibeli.",
                "Foto nomor lantai tempat parkir, koper sebelum bepergian, dan dokumen penting. "
                "Foto adalah cadangan paling mudah yang pernah ada.",
                "Saat merasa kewalahan, tulis semua pekerjaan di kertas, lalu pilih satu saja. "
                "Daftar di atas kertas jauh lebih ringan daripada daftar di dalam kepala.",
                "Berdiri dan berjalanlah beberapa menit setiap jam. Punggung, mata, dan pikiran "
                "Anda akan berterima kasih, dan Anda kembali bekerja dengan kepala lebih segar.",
                "Ucapkan terima kasih secara tertulis ketika seseorang membantu Anda. Pesan "
                "singkat diingat jauh lebih lama daripada ucapan sekilas.",
                "Pasang alarm tepat pada jam Anda benar-benar harus bangun. Menunda alarm "
                "berkali-kali justru memotong tidur terakhir, yang paling nyenyak.",
                "Cuci peralatan sambil memasak. Mencuci mangkuk sambil menunggu air mendidih "
                "berarti dapur hampir bersih saat Anda duduk untuk makan.",
                "Simpan kunci selalu di tempat yang sama, dekat pintu masuk. Kebiasaan sekecil itu "
                "menyelamatkan banyak pagi dari kepanikan.",
                "Belajarlah berkata: biar saya pikirkan dulu, nanti saya kabari. Kalimat itu "
                "memberi waktu untuk mengambil keputusan yang tidak akan Anda sesali.",
                "Selalu bawa pengisi daya atau power bank cadangan di tas. Hari ketika Anda "
                "membutuhkannya tidak pernah datang sesuai rencana.",
            ),
            climaxes=(),
            endings=(
                "Cobalah salah satu tips ini hari ini dan lihat apa yang berubah.",
                "Kebiasaan kecil lama-lama menjadi besar. Pilih satu yang paling Anda sukai dan "
                "mulailah dari situ.",
            ),
        ),
    ),
)
