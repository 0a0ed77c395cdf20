"""Turkish material for ``scary`` and ``urban_legends``.

Names and towns are never given a case suffix (the code cannot harmonise it):
names stay in the nominative, towns go through ``{town} kasabası`` (kasabasında,
kasabasına, …), and every case form of a place or thing is in its dict."""

from t2m.generate.story_data.model import Frame, Material

SCARY = Material(
    kind="story",
    subject="a scary story",
    titles=(
        "{Title_spot_ki} {Title_thing}",
        "{town} Kasabasında Üç Gece",
        "{Name} ve {Title_thing}",
        "{Title_spot_ki} Fısıltı",
    ),
    descriptions=(
        "{Name}, {town} kasabası yakınlarında, {spot_loc} birkaç gece geçirir. Oradaki {thing} "
        "ise bir türlü yerinde durmaz. Işıklar açıkken dinlenecek bir korku hikâyesi.",
        "Ucuz bir konaklama, sessiz bir kasaba ve kendi kendine yer değiştiren {a_thing}. Bir "
        "gece fazla kalan {name} hakkında kısa bir korku hikâyesi.",
    ),
    places=(
        {
            "place": "kuzey yamaçlarında terk edilmiş bir deniz feneri",
            "spot": "deniz feneri",
            "spot_loc": "deniz fenerinde",
            "spot_dat": "deniz fenerine",
            "spot_abl": "deniz fenerinden",
            "spot_acc": "deniz fenerini",
            "spot_gen": "deniz fenerinin",
            "title_spot_ki": "Deniz Fenerindeki",
        },
        {
            "place": "Boğaz kıyısında yıllardır boş duran eski bir yalı",
            "spot": "yalı",
            "spot_loc": "yalıda",
            "spot_dat": "yalıya",
            "spot_abl": "yalıdan",
            "spot_acc": "yalıyı",
            "spot_gen": "yalının",
            "title_spot_ki": "Yalıdaki",
        },
        {
            "place": "yirmi yıldır kapalı olan bir otel",
            "spot": "otel",
            "spot_loc": "otelde",
            "spot_dat": "otele",
            "spot_abl": "otelden",
            "spot_acc": "oteli",
            "spot_gen": "otelin",
            "title_spot_ki": "Eski Oteldeki",
        },
        {
            "place": "çam ormanının derinliklerinde bir kulübe",
            "spot": "kulübe",
            "spot_loc": "kulübede",
            "spot_dat": "kulübeye",
            "spot_abl": "kulübeden",
            "spot_acc": "kulübeyi",
            "spot_gen": "kulübenin",
            "title_spot_ki": "Kulübedeki",
        },
        {
            "place": "tepenin üstünde eski bir konak",
            "spot": "konak",
            "spot_loc": "konakta",
            "spot_dat": "konağa",
            "spot_abl": "konaktan",
            "spot_acc": "konağı",
            "spot_gen": "konağın",
            "title_spot_ki": "Konaktaki",
        },
    ),
    things=(
        {
            "thing": "müzik kutusu",
            "a_thing": "bir müzik kutusu",
            "thing_acc": "müzik kutusunu",
            "thing_gen": "müzik kutusunun",
            "title_thing": "Müzik Kutusu",
        },
        {
            "thing": "ayna",
            "a_thing": "bir ayna",
            "thing_acc": "aynayı",
            "thing_gen": "aynanın",
            "title_thing": "Ayna",
        },
        {
            "thing": "eski radyo",
            "a_thing": "eski bir radyo",
            "thing_acc": "eski radyoyu",
            "thing_gen": "eski radyonun",
            "title_thing": "Eski Radyo",
        },
        {
            "thing": "sallanan sandalye",
            "a_thing": "sallanan bir sandalye",
            "thing_acc": "sallanan sandalyeyi",
            "thing_gen": "sallanan sandalyenin",
            "title_thing": "Sallanan Sandalye",
        },
        {
            "thing": "porselen bebek",
            "a_thing": "porselen bir bebek",
            "thing_acc": "porselen bebeği",
            "thing_gen": "porselen bebeğin",
            "title_thing": "Porselen Bebek",
        },
        {
            "thing": "sarkaçlı saat",
            "a_thing": "sarkaçlı bir saat",
            "thing_acc": "sarkaçlı saati",
            "thing_gen": "sarkaçlı saatin",
            "title_thing": "Sarkaçlı Saat",
        },
    ),
    frames=(
        Frame(
            openings=(
                "{Name}, sonbaharın ilk soğuk gecesinde {place} kiraladı. Burası {town} kasabasına "
                "yarım saatlik yoldaydı. Kira ucuzdu, komşular sessizdi ve kimse koridorun "
                "sonundaki odada bekleyen {thing} hakkında tek kelime etmedi. Oysa kasabada herkes "
                "o hikâyeyi bilirdi.",
                "{town} kasabasında kimse hava karardıktan sonra {spot_dat} yaklaşmazdı. Ama "
                "{name} paraya muhtaçtı ve iş basit görünüyordu: üç gece {spot_loc} kalmak ve "
                "ışıkları yanık tutmak. Daha ilk gece {name}, odalardan birinde {a_thing} buldu.",
                "{Name}, {spot_loc} önce sessizliği fark etti. Sonra köşedeki {thing_acc} gördü. "
                "Sanki biri onu oraya az önce bırakmış ve birazdan almaya dönecekmiş gibi "
                "duruyordu.",
            ),
            beats=(
                "O gece {name} sabaha karşı üçte, nedenini bilmeden uyandı. {Spot_gen} içinde bir "
                "yerlerde {thing} alçak, sabırlı bir ses çıkarıyordu. Dinlemek için nefesini "
                "tuttuğunda ses kesiliyordu. Nefes aldığı anda ise hiç değişmeden yeniden "
                "başlıyordu.",
                "Sabah {name} bunun rüzgâr, eski borular ya da yorgunluk olduğuna kendini "
                "inandırdı. {Thing_acc} bir depoya kaldırdı, kapıyı kilitledi ve anahtarı cebine "
                "koydu. Bütün gün o anahtarın ağırlığını bacağında, bir uyarı gibi hissetti.",
                "Akşam döndüğünde deponun kapısı ardına kadar açıktı, oysa anahtar hâlâ "
                "cebindeydi. {Thing} yine odanın ortasındaydı ve az önce içeri girilen kapıya "
                "dönüktü. Başka kimsenin anahtarı yoktu. Orada başka kimse yaşamıyordu.",
                "{Name}, {town} kasabasında doğup büyümüş ve bütün eski hikâyeleri bilen {friend} "
                "ile konuştu. {Friend} uzun bir sessizlikten sonra anlattı: {spot_loc} en son "
                "yaşayan kişinin de tıpatıp böyle {a_thing} varmış. O kişi bir gece tek bir çanta "
                "bile almadan gitmiş ve bir daha hiç görülmemiş.",
                "{Name}, kasaba kütüphanesinde {spot_gen} fotoğrafının bulunduğu eski bir gazete "
                "buldu. Üst kattaki bir pencerede, küçük ve bulanık bir siluet elini {thing_gen} "
                "üzerine koymuştu. {Name} ürperdi. Fotoğraf yetmiş yıllıktı ve o siluet doğrudan "
                "objektife bakıyordu.",
                "En yakın komşular, yaşlı bir çift, {spot_gen} önünden geçerken hep başlarını "
                "çevirirdi. {Name} nedenini sorduğunda yaşlı kadın dua mırıldandı ve kapıyı "
                "yavaşça kapattı. Biraz sonra {name}, kadının pencerenin önüne bir gaz lambası "
                "koyduğunu gördü.",
                "Ertesi gece ses daha yakından geldi. Ağır adımlar koridoru geçti, yatak odasının "
                "kapısının önünde durdu ve bekledi. {Name}, kapının altındaki aralıktan iki ayağın "
                "gölgesini görebiliyordu. Koca bir saat boyunca o gölgeler kımıldamadı. Kapının bu "
                "yanında {name} bile nefes almaya korkuyordu.",
                "Sisli bir sabah {name}, tozlu koridorda küçük ayak izleri buldu. Çıplak ayak "
                "izlerine benziyorlardı. İzler yerin ortasında birden başlıyor ve tam {thing_gen} "
                "önünde bitiyordu. Geri dönen tek bir iz bile yoktu.",
                "{Name} bütün ışıkları gece boyunca açık bırakmaya başladı. İşe yaramadı. Ampuller "
                "birer birer kararıyordu, önce en uzaktaki, sonra bir sonraki. Sanki bir şey ağır "
                "ağır ona doğru yürüyor ve yol boyunca ışıkları tek tek söndürüyordu.",
                "{Name} gitmeyi denedi. Arabanın motoru çalışmadı, telefon da çekmiyordu. Kasabaya "
                "giden yol öyle koyu bir sise gömülmüştü ki direksiyondaki kendi ellerini bile "
                "göremiyordu. Sonunda yürüyerek geri döndü, hâlâ yanan tek pencereyi izleyerek.",
                "İçeri döndüğünde {name}, {thing_acc} mutfak masasının üstünde buldu, oysa sabah "
                "orada değildi. Yanında özenli, eski usul bir el yazısıyla yazılmış bir not vardı. "
                "Mürekkep hâlâ ıslaktı. Notta yalnızca şu yazıyordu: vakit neredeyse geldi.",
                "{Name}, telefonunun ışığıyla tavan arasına çıktı. En arkadaki duvarda tahtaya "
                "kazınmış isimler vardı, onlarca isim, her birinin yanında bir tarih. En eskileri "
                "neredeyse okunmuyordu. En yenisi tazeydi, kıymıkları hâlâ açık renkliydi. O son "
                "isim {name} idi.",
            ),
            climaxes=(
                "Tam gece yarısı {spot_gen} bütün ışıkları aynı anda söndü. Karanlıkta, kulağının "
                "hemen dibinde biri {name} diye fısıldadı. Sonra {thing} çalmaya, konuşmaya ya da "
                "nefes almaya başladı. {Name} hangisi olduğunu hiçbir zaman kesin söyleyemedi.",
                "{Name}, {thing_acc} kaptı ve yanan şömineye fırlattı. Yanmadı. Alevler ondan "
                "kaçar gibi kenara çekildi. Bacadan uzun, yorgun bir iç çekiş duyuldu. Sanki çok "
                "eski bir şey boş yere uyandırılmıştı.",
            ),
            endings=(
                "Ertesi sabah {name} ortada yoktu. Polis {spot_acc} boş ve derli toplu buldu. "
                "Yatak yapılmıştı, {thing} köşesine geri dönmüştü. {Friend} hâlâ ara sıra oradan "
                "geçiyor ve üst kattaki ışığın hep yandığına yemin ediyor.",
                "{Name} ertesi gün {town} kasabasından ayrıldı ve bir daha hiç dönmedi. Ama bazı "
                "geceler, çok uzaklarda, sabaha karşı üçte uyanıyor. Ve o alçak, sabırlı sesi "
                "yeniden duyuyor, her seferinde biraz daha yakından.",
                "Güneş doğduğunda {name}, {spot_abl} arkasına bakmadan çıktı. O son saatte ne "
                "gördüğünü kimseye anlatmadı. Yalnızca bazı şeylerin bulundukları yerde "
                "bırakılması gerektiğini söylüyor.",
            ),
            texture=(
                "Rüzgâr, içeri girmek istercesine pencereleri itiyordu.",
                "Duvarların içinde eski borular, kapıya vuran parmaklar gibi tıkırdıyordu.",
                "Hava toz ve soğumuş mum kokuyordu.",
                "Dışarıda ağaçlar kıpırdamıyordu, tek bir kuş bile ötmüyordu.",
                "Bütün saatler biraz fazla yavaş işliyor gibiydi.",
            ),
        ),
    ),
)

URBAN_LEGENDS = Material(
    kind="story",
    subject="a modern urban legend, told as if by a friend of a friend",
    titles=(
        "{Title_spot} Efsanesi",
        "{Title_spot_loc} Sakın Durma",
        "{town} Kasabasının {Title_thing} Efsanesi",
        "{Title_spot_loc} Ne Oldu?",
    ),
    descriptions=(
        "{town} kasabasında herkes, onu görmüş birini tanıyan birini tanır. Gece yarısından "
        "sonra beliren, kimsenin dokunmaması gereken {thing} efsanesi.",
        "Bir arkadaşın arkadaşı, ıssız bir gece ve {place}. {town} kasabasından bir şehir "
        "efsanesi.",
    ),
    places=(
        {
            "place": "kasabadan çıkan eski yoldaki keskin bir viraj",
            "spot": "viraj",
            "spot_loc": "virajda",
            "spot_pass": "virajdan",
            "title_spot": "Viraj",
            "title_spot_loc": "Virajda",
        },
        {
            "place": "Karasu Deresi üzerindeki dar bir köprü",
            "spot": "köprü",
            "spot_loc": "köprüde",
            "spot_pass": "köprüden",
            "title_spot": "Köprü",
            "title_spot_loc": "Köprüde",
        },
        {
            "place": "eski il yolunun kenarında terk edilmiş bir otobüs durağı",
            "spot": "durak",
            "spot_loc": "durakta",
            "spot_pass": "durağın önünden",
            "title_spot": "Durak",
            "title_spot_loc": "Durakta",
        },
        {
            "place": "meydandaki yaşlı çınar ağacı",
            "spot": "çınar",
            "spot_loc": "çınarın altında",
            "spot_pass": "çınarın yanından",
            "title_spot": "Çınar",
            "title_spot_loc": "Çınarın Altında",
        },
    ),
    things=(
        {
            "thing": "kırmızı eşarp",
            "a_thing": "kırmızı bir eşarp",
            "thing_acc": "kırmızı eşarbı",
            "title_thing": "Kırmızı Eşarp",
        },
        {
            "thing": "gümüş sikke",
            "a_thing": "gümüş bir sikke",
            "thing_acc": "gümüş sikkeyi",
            "title_thing": "Gümüş Sikke",
        },
        {
            "thing": "dantel mendil",
            "a_thing": "dantel bir mendil",
            "thing_acc": "dantel mendili",
            "title_thing": "Dantel Mendil",
        },
        {
            "thing": "siyah şemsiye",
            "a_thing": "siyah bir şemsiye",
            "thing_acc": "siyah şemsiyeyi",
            "title_thing": "Siyah Şemsiye",
        },
    ),
    frames=(
        Frame(
            openings=(
                "{town} kasabasında büyüyen herkes, er ya da geç o hikâyeyi duyar. Hikâye, {place} "
                "hakkındadır. Derler ki gece yarısından sonra oradan geçen biri, yerde bekleyen "
                "{a_thing} görebilir. Ve derler ki ona asla, ama asla dokunmamak gerekir.",
                "Bu hikâyeyi bana {friend} anlattı. Kuzeni bunun gerçek olduğuna yemin ediyor. "
                "Hikâye bir {spot}, {a_thing} ve efsanelere inanmayan {name} adında bir "
                "üniversite öğrencisi hakkında. Ben de önceleri inanmazdım.",
            ),
            beats=(
                "Hikâye elli yıl önce, yağmurlu bir gecede başlar. Beyaz elbiseli genç bir kadın, "
                "gelmeye söz vermiş birini {spot_loc} beklemiş. Saatlerce yağmurun altında, hiç "
                "kıpırdamadan beklemiş. Sabah olduğunda kadın yokmuş. Geriye yalnızca {a_thing} "
                "kalmış, bunca yağmura rağmen kupkuru.",
                "Oralarda göründüğü söylenen beyaz elbiseli kadın hakkında anlatılanlar birbirini "
                "tutmaz. Kimine göre adı Leyla'ymış ve kasabanın eczanesinde çalışırmış. Kimine "
                "göre uzaklardan gelmiş. Ama herkes bir konuda hemfikir: gelmeyen birini "
                "bekliyormuş.",
                "Derler ki o {thing} her yıl bir gece geri gelir. Kimse geldiğini görmez. Birden "
                "orada, ıslak toprağın üstünde belirir, sanki biri az önce bırakmış gibi. Oradan "
                "geçen herkes de yolun karşı tarafından izlendiğini hisseder.",
                "{Friend}, bir taksicinin bir gece oradan beyazlar içinde bir kadını alıp eski "
                "mezarlığa götürdüğünü anlattı. Kadın parasını ödeyip inmiş. Ertesi sabah "
                "taksicinin cüzdanındaki para, çoktan tedavülden kalkmış eski banknotlara "
                "dönüşmüş.",
                "{Name} efsaneyi bir çay ocağında duydu ve kahkahayı bastı. Sırf haklı olduğunu "
                "kanıtlamak için o gece arabasıyla oraya gitti, telefonu çekime hazırdı. "
                "Arkadaşlarına hiçbir şeyin olmadığı upuzun bir video sözü verdi.",
                "İlk başta hiçbir şey olmadı. Yol bomboştu, yağmur dinmişti ve yalnızca cırcır "
                "böceklerinin sesi duyuluyordu. Sonra arabanın farları titreyip söndü. Yeniden "
                "yandıklarında, bir saniye önce boş olan yerde {a_thing} duruyordu.",
                "{Name}, duyduğu bütün uyarılara rağmen {thing_acc} yerden aldı. Buz gibiydi, "
                "gecenin kendisinden bile soğuktu. Gökyüzü açık ve yıldızlarla doluydu, ama o "
                "hafifçe yağmur ve yasemin kokuyordu. Uzaklardan biri rahat bir nefes alır gibi "
                "oldu.",
                "Dönüş yolunda {name} gözünü dikiz aynasından ayıramadı. Her baktığında arka "
                "koltukta beyaz elbiseli genç bir kadın gördüğünden emindi. Kadın ellerini "
                "kucağında birleştirmiş, sessizce oturuyordu. {Name} dönüp baktığında ise koltuk "
                "boştu.",
                "Yol kenarındaki kahvenin yaşlı sahibi, yıllar önce beyaz elbiseli bir kadını "
                "tanıdığını söyler. Kadın hep bir çay ister ve gözünü duvardaki saatten "
                "ayırmazmış. Bir gün çayını masada, daha sıcakken bırakmış ve bir daha hiç "
                "gelmemiş.",
                "{Name} videoyu evde izlediğinde ekranda yalnızca boş yol ve titreyen farlar "
                "vardı. Birkaç saniye boyunca görüntü yağmurla doldu, oysa o gece yağmur "
                "yağmıyordu. Videonun sonunda mikrofonun hemen dibinden bir kadın sesi duyuldu: "
                "beklediğin için teşekkürler.",
            ),
            climaxes=(
                "Ertesi sabah {thing} arabadan kaybolmuştu, oysa bütün kapılar kilitliydi. "
                "Bırakıldığı koltukta yalnızca eski bir sinema bileti vardı. Üzerindeki tarih tam "
                "elli yıl öncesini, hem de aynı günü gösteriyordu.",
            ),
            endings=(
                "{Name} hâlâ {town} kasabasında yaşıyor ve o geceden söz etmek istemiyor. Ama bir "
                "gün gece yarısından sonra {spot_pass} geçerseniz, sakın durmayın. {A_thing} "
                "görürseniz de olduğu yerde bırakın. Birileri hâlâ onu almaya dönecek.",
                "Gerçek mi? {Friend} gerçek olduğuna yemin ediyor, hem de orada olan birinden "
                "duymuş. Efsaneler böyle yaşar. Ama o sinema bileti gerçek. {Name} onu bir "
                "çekmecede saklıyor ve hava karardıktan sonra o çekmeceyi asla açmıyor.",
            ),
            texture=(
                "Sokak lambaları vızıldıyor ve yanıp sönüyordu.",
                "Yol iki yönde de bomboştu.",
                "Uzaklarda bir köpek ulumaya başladı.",
                "Sis yamaçtan ağır ağır aşağı iniyordu.",
            ),
        ),
    ),
)
