"""Indonesian material for ``scary`` and ``urban_legends``."""

from t2m.generate.story_data.model import Frame, Material

SCARY = Material(
    kind="story",
    subject="a scary story",
    titles=(
        "{Title_thing} di {Title_spot}",
        "Tiga Malam di {town}",
        "Yang Menunggu di {Title_spot}",
        "{Name} dan {Title_thing}",
        "Jangan Dengarkan {Title_thing}",
    ),
    descriptions=(
        "{Name} menginap beberapa malam di {place} dekat {town}, dan {thing} di sana tak pernah "
        "mau diam di tempatnya. Cerita seram untuk didengar dengan lampu menyala.",
        "Tempat menginap yang murah, kota kecil yang sepi, dan {thing} yang bergerak sendiri. "
        "Kisah horor singkat tentang {name}, yang tinggal satu malam terlalu lama.",
    ),
    places=(
        {
            "place": "sebuah mercusuar tua di tebing utara",
            "spot": "mercusuar",
            "title_spot": "Mercusuar",
        },
        {
            "place": "sebuah rumah peninggalan Belanda di pinggir kota",
            "spot": "rumah Belanda",
            "title_spot": "Rumah Belanda",
        },
        {
            "place": "bekas pabrik gula di ujung jalan berbatu",
            "spot": "pabrik gula",
            "title_spot": "Pabrik Gula",
        },
        {"place": "sebuah vila tua di lereng gunung", "spot": "vila", "title_spot": "Vila Tua"},
        {
            "place": "bekas asrama sekolah di atas bukit",
            "spot": "asrama",
            "title_spot": "Asrama Tua",
        },
    ),
    things=(
        {"thing": "kotak musik", "title_thing": "Kotak Musik"},
        {"thing": "cermin antik", "title_thing": "Cermin Antik"},
        {"thing": "radio tua", "title_thing": "Radio Tua"},
        {"thing": "kursi goyang", "title_thing": "Kursi Goyang"},
        {"thing": "boneka porselen", "title_thing": "Boneka Porselen"},
        {"thing": "jam bandul", "title_thing": "Jam Bandul"},
    ),
    frames=(
        Frame(
            openings=(
                "{Name} pindah ke {place} dekat {town} pada awal musim hujan. Sewanya murah, "
                "tetangganya pendiam, dan tak seorang pun menyebut {thing} yang menunggu di kamar "
                "paling ujung. Padahal semua orang di {town} tahu ceritanya.",
                "Tak ada warga {town} yang berani mendekati {spot} itu setelah magrib. Namun "
                "{name} butuh uang, dan pekerjaannya terdengar mudah: menginap tiga malam di sana "
                "dan menjaga semua lampu tetap menyala. Pada malam pertama, {name} menemukan "
                "{thing} itu.",
                "Hal pertama yang {name} sadari di {spot} itu adalah sunyinya. Hal kedua adalah "
                "{thing} di sudut ruangan. Seolah-olah seseorang baru saja meletakkannya di sana "
                "dan sebentar lagi akan kembali untuk mengambilnya.",
            ),
            beats=(
                "Malam itu {name} terbangun pukul tiga dini hari tanpa tahu sebabnya. Dari suatu "
                "tempat di dalam {spot}, {thing} itu mengeluarkan bunyi pelan dan sabar. Bunyi itu "
                "berhenti setiap kali {name} menahan napas untuk mendengarkan. Begitu ia "
                "bernapas lagi, bunyi itu kembali, persis sama.",
                "Paginya {name} meyakinkan diri bahwa itu hanya angin, pipa tua, atau rasa lelah. "
                "Ia memindahkan {thing} itu ke gudang, mengunci pintunya, dan menyimpan "
                "kuncinya di saku. Sepanjang hari kunci itu terasa berat di pahanya, seperti "
                "sebuah peringatan.",
                "Sore harinya, pintu gudang sudah terbuka, padahal kuncinya masih di saku {name}. "
                "{Thing} itu kembali berada di tengah ruangan, menghadap ke pintu tempat {name} "
                "baru saja masuk. Tidak ada orang lain yang punya kunci. Tidak ada orang lain yang "
                "tinggal di sana.",
                "{Name} menemui {friend}, yang lahir dan besar di {town} dan hafal semua cerita "
                "kampung. Setelah lama terdiam, {friend} bercerita bahwa penghuni terakhir {spot} "
                "itu juga punya {thing} yang persis sama. Suatu malam orang itu pergi tanpa "
                "membawa satu tas pun, dan tak pernah terlihat lagi.",
                "Di perpustakaan kota, {name} menemukan koran lama dengan foto {spot} itu. Di "
                "jendela lantai atas, kecil dan buram, ada sosok yang meletakkan tangannya di atas "
                "{thing}. {Name} merinding. Foto itu berumur tujuh puluh tahun, dan sosok itu "
                "menatap lurus ke arah kamera.",
                "Tetangga terdekat, sepasang kakek dan nenek, selalu memalingkan muka setiap lewat "
                "di depan {spot}. Ketika {name} bertanya kenapa, sang nenek hanya komat-kamit "
                "membaca doa dan menutup pintu pelan-pelan. Tak lama kemudian, {name} melihatnya "
                "menaruh pelita di ambang jendela.",
                "Malam berikutnya, bunyi itu datang lebih dekat. Langkah kaki yang lambat "
                "menyusuri lorong, berhenti di depan pintu kamar, lalu menunggu. Dari celah di "
                "bawah pintu, {name} bisa melihat bayangan dua kaki. Selama satu jam penuh "
                "bayangan itu tidak bergerak, dan {name} juga tidak.",
                "Suatu pagi berkabut, {name} menemukan jejak kaki kecil di lantai lorong yang "
                "berdebu, seperti jejak kaki telanjang. Jejak itu muncul begitu saja di tengah "
                "lantai dan berakhir tepat di depan {thing}. Tak ada satu jejak pun yang mengarah "
                "kembali.",
                "{Name} mulai membiarkan semua lampu menyala semalaman. Percuma. Satu per satu "
                "bohlam meredup, dimulai dari yang paling jauh, lalu yang berikutnya. Seakan-akan "
                "ada sesuatu yang berjalan pelan ke arah {name} sambil mematikan lampu di "
                "sepanjang jalan.",
                "{Name} mencoba pergi. Mesin mobilnya tidak mau menyala dan ponselnya tidak ada "
                "sinyal. Jalan ke {town} hilang ditelan kabut yang begitu tebal sampai {name} tak "
                "bisa melihat tangannya sendiri di setir. Akhirnya ia berjalan kaki kembali, "
                "dipandu satu-satunya jendela yang masih terang.",
                "Kembali di dalam, {name} menemukan {thing} itu di atas meja dapur, padahal pagi "
                "tadi tidak ada di sana. Di sebelahnya ada secarik kertas bertulisan tangan yang "
                "rapi dan kuno. Tintanya masih basah. Isinya hanya satu kalimat: sudah hampir "
                "waktunya.",
                "{Name} naik ke loteng membawa senter. Di dinding paling belakang ada nama-nama "
                "yang digoreskan di kayu, puluhan jumlahnya, masing-masing dengan tanggal. Yang "
                "paling tua hampir tak terbaca. Yang paling baru masih segar, serpihan kayunya "
                "masih terang. Itu nama {name} sendiri.",
            ),
            climaxes=(
                "Tepat tengah malam, semua lampu di {spot} padam bersamaan. Dalam gelap, sangat "
                "dekat dengan telinganya, seseorang membisikkan nama {name}. Lalu {thing} itu "
                "mulai berbunyi, atau berbicara, atau bernapas. Sampai sekarang {name} tak pernah "
                "bisa memastikan yang mana.",
                "{Name} meraih {thing} itu dan melemparkannya ke tungku yang menyala. Benda itu "
                "tidak terbakar. Api justru menyingkir darinya. Dari cerobong terdengar desahan "
                "panjang yang letih, seperti sesuatu yang sangat tua baru saja dibangunkan dengan "
                "sia-sia.",
            ),
            endings=(
                "Keesokan paginya, {name} sudah tidak ada. Polisi menemukan {spot} itu kosong dan "
                "rapi, ranjangnya tertata, {thing} kembali di sudutnya. {Friend} kadang masih "
                "lewat di sana, dan bersumpah lampu di lantai atas selalu menyala.",
                "{Name} meninggalkan {town} keesokan harinya dan tak pernah kembali. Namun pada "
                "malam-malam tertentu, jauh dari sana, {name} terbangun pukul tiga dini hari. Lalu "
                "terdengar lagi bunyi pelan dan sabar itu, setiap kali sedikit lebih dekat.",
                "Ketika azan subuh terdengar dari kejauhan dan langit mulai terang, {name} keluar "
                "dari {spot} tanpa menoleh lagi. {Name} tak pernah menceritakan apa yang "
                "dilihatnya pada jam terakhir itu. Katanya hanya satu: ada benda yang sebaiknya "
                "dibiarkan di tempatnya.",
            ),
            texture=(
                "Angin mendorong-dorong jendela seakan ingin masuk.",
                "Di luar, seekor tokek berbunyi, lalu tiba-tiba diam.",
                "Tiba-tiba tercium bau melati, padahal tak ada bunga di mana pun.",
                "Pohon-pohon di luar diam sama sekali, dan tak terdengar satu jangkrik pun.",
                "Semua jam di sana seperti berdetak sedikit terlalu lambat.",
            ),
        ),
    ),
)

URBAN_LEGENDS = Material(
    kind="story",
    subject="a modern urban legend, told as if by a friend of a friend",
    titles=(
        "Legenda {Title_spot}",
        "Jangan Berhenti di {Title_spot}",
        "{Title_thing} dari {town}",
        "Apa yang Terjadi di {Title_spot}",
    ),
    descriptions=(
        "Di {town}, semua orang kenal seseorang yang kenal seseorang yang pernah melihatnya: "
        "{thing} di {place}, yang tak boleh disentuh siapa pun.",
        "Teman dari seorang teman, malam Jumat yang sepi, dan {place}. Sebuah legenda urban dari "
        "{town}.",
    ),
    places=(
        {
            "place": "sebuah tikungan tajam di jalan tua lintas hutan",
            "spot": "tikungan itu",
            "at_spot": "di tikungan itu",
            "title_spot": "Tikungan Tua",
        },
        {
            "place": "sebuah jembatan sempit di atas Kali Item",
            "spot": "jembatan itu",
            "at_spot": "di jembatan itu",
            "title_spot": "Jembatan Kali Item",
        },
        {
            "place": "sebuah halte bus tua di jalan provinsi",
            "spot": "halte itu",
            "at_spot": "di halte itu",
            "title_spot": "Halte Tua",
        },
        {
            "place": "pohon beringin besar di pojok alun-alun",
            "spot": "beringin itu",
            "at_spot": "di bawah beringin itu",
            "title_spot": "Beringin Alun-Alun",
        },
    ),
    things=(
        {"thing": "selendang merah", "title_thing": "Selendang Merah"},
        {"thing": "koin perak", "title_thing": "Koin Perak"},
        {"thing": "sapu tangan bersulam", "title_thing": "Sapu Tangan Bersulam"},
        {"thing": "payung hitam", "title_thing": "Payung Hitam"},
    ),
    frames=(
        Frame(
            openings=(
                "Siapa pun yang tumbuh besar di {town}, cepat atau lambat pasti mendengar cerita "
                "tentang {place}. Konon, siapa yang melintas di sana setelah tengah malam bisa "
                "menemukan {thing} tergeletak menunggu. Dan konon juga, benda itu jangan "
                "sekali-kali disentuh.",
                "Cerita ini saya dengar dari {friend}, yang sepupunya bersumpah bahwa ini benar "
                "terjadi. Ceritanya tentang {spot}, tentang {thing}, dan tentang seorang mahasiswa "
                "bernama {name} yang tidak percaya pada legenda. Dulu saya juga tidak percaya.",
            ),
            beats=(
                "Kisahnya bermula lima puluh tahun lalu, pada suatu malam yang hujan. Seorang "
                "gadis berkebaya putih menunggu {at_spot} untuk seseorang yang berjanji akan "
                "datang. Ia menunggu berjam-jam di bawah hujan. Paginya gadis itu lenyap, dan yang "
                "tersisa hanya {thing}, kering sama sekali.",
                "Tentang gadis berkebaya putih yang katanya muncul di sana, ceritanya "
                "berbeda-beda. Ada yang bilang namanya Laras dan ia bekerja di toko obat dekat "
                "pasar. Ada yang bilang ia datang dari jauh. Namun semua sepakat: ia menunggu "
                "seseorang yang tak pernah datang.",
                "Konon, {thing} itu kembali setiap malam Jumat Kliwon. Tak ada yang pernah melihat "
                "benda itu datang. Tahu-tahu sudah tergeletak di tanah yang basah, seolah baru "
                "saja ditinggalkan. Dan siapa pun yang lewat selalu merasa sedang diperhatikan "
                "dari seberang jalan.",
                "{Friend} bercerita, seorang tukang ojek pernah mengantar perempuan berbaju putih "
                "dari dekat sana ke kompleks makam tua. Ongkosnya dibayar dengan uang kertas. "
                "Keesokan paginya, uang di dompetnya sudah berubah menjadi setumpuk daun kering.",
                "{Name} mendengar legenda itu saat nongkrong di warung kopi dan langsung tertawa. "
                "Malam itu juga, hanya untuk membuktikan bahwa semuanya omong kosong, {name} "
                "menyetir ke sana dengan ponsel siap merekam. Ia menjanjikan teman-temannya "
                "sebuah video berisi kekosongan.",
                "Mula-mula tidak terjadi apa-apa. Jalanan sepi, hujan sudah reda, dan yang "
                "terdengar hanya suara jangkrik. Lalu lampu mobil berkedip. Ketika menyala lagi, "
                "{thing} sudah tergeletak di tanah, di tempat yang sedetik sebelumnya kosong.",
                "Melawan semua peringatan yang pernah didengarnya, {name} memungut {thing} itu. "
                "Rasanya dingin, jauh lebih dingin daripada udara malam. Baunya seperti hujan dan "
                "bunga melati, padahal langit cerah penuh bintang. Dari kejauhan, seperti ada yang "
                "menghela napas lega.",
                "Dalam perjalanan pulang, {name} terus melirik ke kaca spion. Setiap kali melirik, "
                "ia yakin melihat seorang gadis berkebaya putih di jok belakang. Ia duduk diam "
                "dengan tangan di pangkuan. Setiap kali {name} menoleh, jok itu kosong.",
                "Pemilik warung di pinggir jalan itu bilang, dulu sekali ia mengenal seorang gadis "
                "berkebaya putih. Gadis itu selalu memesan teh manis dan terus memandangi jam "
                "dinding. Suatu hari tehnya ditinggal di meja, masih hangat, dan ia tak pernah "
                "kembali.",
                "Ketika {name} memutar videonya di rumah, yang terlihat hanya jalanan kosong dan "
                "lampu yang berkedip. Selama beberapa detik gambarnya dipenuhi hujan, padahal "
                "malam itu tidak hujan. Di akhir video terdengar suara perempuan, sangat dekat: "
                "terima kasih sudah menunggu.",
            ),
            climaxes=(
                "Keesokan paginya, {thing} itu hilang dari mobil, padahal semua pintu terkunci. Di "
                "jok tempat {name} menaruhnya, hanya ada selembar karcis bioskop tua. Tanggalnya "
                "lima puluh tahun yang lalu, tepat pada hari yang sama.",
            ),
            endings=(
                "{Name} masih tinggal di {town} dan tak mau membicarakan malam itu. Namun kalau "
                "suatu hari Anda melintas {at_spot} setelah tengah malam, jangan berhenti. Kalau "
                "Anda melihat {thing}, biarkan saja di tempatnya. Masih ada seseorang yang akan "
                "kembali untuk mengambilnya.",
                "Benarkah? {Friend} bersumpah itu benar, dan mendengarnya dari orang yang ada di "
                "sana. Begitulah cara legenda bekerja. Namun karcis bioskop itu nyata. {Name} "
                "menyimpannya di laci, dan tak pernah membuka laci itu setelah gelap.",
            ),
            texture=(
                "Lampu jalan berdengung dan berkedip-kedip.",
                "Jalanan kosong ke dua arah.",
                "Di kejauhan, seekor anjing mulai melolong.",
                "Kabut turun pelan-pelan dari lereng bukit.",
            ),
        ),
    ),
)
