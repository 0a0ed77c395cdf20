"""Turkish material for the list topics: ``interesting_history``,
``fun_facts`` and ``life_pro_tips``."""

from t2m.generate.story_data.model import Frame, Material

HISTORY = Material(
    kind="list",
    subject="a true, well-documented and interesting story from history",
    titles=(
        "Tarihten {n} Tuhaf ama Gerçek An",
        "Tarih Sandığınızdan Daha Tuhaf",
        "Tarihten {n} Gerçek Hikâye",
    ),
    descriptions=(
        "Kurgu gibi görünen, ama gerçekten yaşanmış {n} tarihî an.",
        "Kuşlara karşı bir savaş, karadan yürüyen gemiler ve bir dans salgını: tarih, kurgudan "
        "daha tuhaftır.",
    ),
    frames=(
        Frame(
            openings=(
                "Tarih, uydurma gibi görünen anlarla doludur. Bunların hepsi gerçekten yaşandı.",
                "Bu hikâyelerin çoğunu okul kitaplarında bulamazsınız, ama hepsi gerçek.",
            ),
            beats=(
                "1932'de Avustralya, Batı Avustralya'daki ekinleri yok eden emulara karşı "
                "makineli tüfekli askerler gönderdi. Kuşlar dağıldı, kaçtı ve çoğu hayatta kaldı. "
                "Basın buna Büyük Emu Savaşı dedi ve savaşı emular kazandı.",
                "1453'te Haliç'in girişi kalın bir zincirle kapatılınca, Fatih Sultan Mehmet "
                "gemilerini karadan yürüttü. Yağlanmış kızaklar üzerinde tepeleri aşan gemiler, "
                "bir gecede Haliç'e indi.",
                "Ayasofya 537 yılında tamamlandı. Yaklaşık bin yıl boyunca dünyanın en büyük "
                "katedrali olarak kaldı ve dev kubbesi mimarları yüzyıllarca etkiledi.",
                "Şanlıurfa yakınlarındaki Göbeklitepe, on bir bin yılı aşkın bir süre önce inşa "
                "edildi. Yani hem Stonehenge'den hem de Mısır piramitlerinden binlerce yıl daha "
                "eskidir.",
                "Lale, on altıncı yüzyılda Osmanlı topraklarından Avrupa'ya ulaştı. 1630'larda "
                "Hollanda'da bazı nadir lale soğanları fahiş fiyatlara el değiştirdi. Bu çılgınlık "
                "tarihe Lale Çılgınlığı olarak geçti.",
                "İstanbul'un ilk kahvehanesi 1554'te Tahtakale'de açıldı. Kahvehaneler kısa sürede "
                "sohbetin, tavlanın ve meddahların buluşma yeri oldu. O kadar sevildiler ki zaman "
                "zaman yasaklandılar bile.",
                "1928'de Türkiye, Arap harflerinden Latin harflerine geçti. Atatürk yeni harfleri "
                "halka kara tahta başında bizzat öğretti ve Başöğretmen unvanını aldı.",
                "Türkiye'de kadınlar 1934'te milletvekili seçme ve seçilme hakkı kazandı. Bu, "
                "Fransa'dan on yıl, İtalya'dan on iki yıl önceydi.",
                "Efsanevi Troya'nın kalıntıları, Çanakkale yakınlarındaki Hisarlık Tepesi'ndedir. "
                "Kazılara 1870'lerin başında Heinrich Schliemann başladı ve üst üste kurulmuş "
                "birçok şehir katmanı gün ışığına çıktı.",
                "Piri Reis'in 1513'te çizdiği dünya haritası, Amerika kıyılarını gösteren en eski "
                "haritalardan biridir. Haritanın günümüze ulaşan parçası Topkapı Sarayı'nda "
                "saklanıyor.",
                "Ocak 1919'da Boston'da dev bir pekmez tankı patladı. Koyu ve yapışkan bir dalga "
                "sokakları silip süpürdü ve yirmi bir kişi hayatını kaybetti. Mahallenin "
                "yıllarca sıcak günlerde tatlı tatlı koktuğu anlatılır.",
                "Tarihteki en kısa savaş, 1896'da Britanya ile Zanzibar arasında yaşandı. Savaş, "
                "sultanın sarayı top ateşine tutulana kadar bir saatten kısa sürdü.",
                "1518 yazında Strazburg'da bir kadın sokakta dans etmeye başladı ve duramadı. "
                "Birkaç hafta içinde onlarca kişi ona katıldı. Tarihçiler bu dans salgınının "
                "nedenini hâlâ tartışıyor.",
                "1628'de İsveç donanmasının gururu Vasa savaş gemisi, Stockholm'den ilk seferine "
                "çıktı. Limandan iki kilometre bile uzaklaşamadan battı. Gemi 1961'de çıkarıldı ve "
                "bugün bir müzede sergileniyor.",
                "1914 Noel'inde, Birinci Dünya Savaşı'nın ortasında, Batı Cephesi'nin bazı "
                "bölgelerinde askerler savaşmayı bıraktı. Şarkılar söylediler, iki siper "
                "arasındaki arazide hediyeleştiler, hatta yer yer futbol oynadılar.",
                "1983'te Sovyet subayı Stanislav Petrov, ekranlarında Amerikan füzelerinin "
                "geldiğini gördü. Bunun yanlış alarm olduğuna karar verdi ve saldırı diye rapor "
                "etmedi. Haklıydı ve belki de bir nükleer savaşı önledi.",
                "1815'te Endonezya'daki Tambora Yanardağı patladı. Ertesi yıl Avrupa yazsız bir "
                "yıl yaşadı. Kötü hava yüzünden eve kapanan Mary Shelley, Frankenstein'ı yazmaya "
                "başladı.",
            ),
            climaxes=(),
            endings=(
                "Görünen o ki tarih, kurgudan çok daha tuhaf.",
                "Hangisini daha ayrıntılı dinlemek isterdiniz? Geçmiş, sürprizlerle dolu.",
            ),
        ),
    ),
)

FUN_FACTS = Material(
    kind="list",
    subject="a script of surprising but true fun facts, each explained in a sentence",
    titles=(
        "Muhtemelen Bilmediğiniz {n} İlginç Bilgi",
        "Dünyamız Hakkında {n} Şaşırtıcı Gerçek",
        "Biliyor muydunuz? {n} İnanılmaz Bilgi",
    ),
    descriptions=(
        "Hayvanlar, uzay ve tarih hakkında uydurma gibi görünen ama tamamen gerçek {n} bilgi.",
        "Kısa, doğru ve şaşırtıcı: bir arkadaşınızla paylaşmanız için {n} ilginç bilgi.",
    ),
    frames=(
        Frame(
            openings=(
                "İşte uydurma gibi görünen, ama tamamen doğru olan birkaç bilgi.",
                "Şaşırmaya hazır olun. Bu bilgilerin her biri doğru.",
            ),
            beats=(
                "Eski Mısır mezarlarında bulunan bal, binlerce yıl sonra bile yenebilir "
                "durumdaydı. Balın su oranı çok düşük ve asitli olduğu için içinde bakteri "
                "üreyemez.",
                "Ahtapotların üç kalbi ve mavi kanı vardır. Kalplerden ikisi kanı solungaçlara "
                "pompalar, üçüncüsü ise vücudun geri kalanına.",
                "Botanik açısından muz bir üzümsü meyvedir, ama çilek değildir. Gerçek üzümsü "
                "meyve tek bir çiçeğin tek bir yumurtalığından gelişir ve çilek bu kurala uymaz.",
                "Venüs'te bir gün, Venüs'teki bir yıldan daha uzundur. Gezegen kendi etrafında o "
                "kadar yavaş döner ki Güneş'in etrafındaki turunu daha önce tamamlar.",
                "Köpekbalıkları ağaçlardan daha eskidir. Dört yüz milyon yılı aşkın süre önce "
                "ortaya çıktılar, yani ilk gerçek ağaçlardan on milyonlarca yıl önce.",
                "İstanbul iki kıtaya yayılan bir şehirdir. Boğaz'ın bir yakası Avrupa'da, öbür "
                "yakası Asya'dadır ve insanlar her gün vapurla kıtadan kıtaya geçer.",
                "Noel Baba efsanesine ilham veren Aziz Nikolaos, bugünkü Antalya'nın Demre "
                "ilçesinde, antik Myra kentinde piskoposluk yapmıştı. Demre'deki Aziz Nikolaos "
                "Kilisesi bugün her yıl pek çok ziyaretçi ağırlıyor.",
                "Van kedilerinin birçoğunun iki gözü farklı renktedir, biri mavi, biri kehribar "
                "rengi. Üstelik çoğu kedinin aksine suyla oynamayı severler.",
                "Türk kahvesi kültürü ve geleneği, 2013'te UNESCO'nun İnsanlığın Somut Olmayan "
                "Kültürel Mirası listesine girdi. Bir fincanının kırk yıl hatırı olduğu söylenen "
                "bu kahve, köpüğü ve ardından gelen sohbetle ünlüdür.",
                "Konya yakınlarındaki Çatalhöyük, yaklaşık dokuz bin yıl önceki en eski kentsel "
                "yerleşimlerden biridir. Evlerin sokağa açılan kapısı yoktu, içeri damdaki "
                "açıklıktan merdivenle inilirdi.",
                "Eyfel Kulesi yazın uzar. Sıcak, demirin genleşmesine yol açar ve kulenin tepesi "
                "çok sıcak bir günde on santimetreden fazla yükselebilir.",
                "Deniz samurları uyurken çoğu zaman el ele tutuşur, böylece akıntıyla "
                "birbirlerinden uzaklaşmazlar. Bazen de sürüklenmemek için kendilerini deniz "
                "yosunlarına sararlar.",
                "Kleopatra, Büyük Giza Piramidi'nin yapılışından çok, insanın Ay'a ayak basışına "
                "daha yakın bir zamanda yaşadı. Kleopatra doğduğunda piramit zaten iki bin yılı "
                "aşkın süredir ayaktaydı.",
                "Flamingolar yalnızca yedikleri karides ve alglerdeki renk maddeleri yüzünden "
                "pembedir. Bu beslenme olmasa tüyleri neredeyse beyaza döner.",
                "Kelebekler tadı ayaklarıyla alır. Bacaklarındaki algılayıcılar, bir yaprağın "
                "yumurta bırakmaya uygun olup olmadığını onlara söyler.",
                "Koalalar günde yirmi saate kadar uyuyabilir. Bunun bir nedeni, yedikleri "
                "okaliptüs yapraklarının onlara çok az enerji vermesidir.",
                "Oxford Üniversitesi, Aztek İmparatorluğu'ndan daha eskidir. Oxford'da eğitim 1096 "
                "civarında başladı, Aztek başkenti ise ancak 1325'te kuruldu.",
                "Yıldırımlar Dünya'ya saniyede yaklaşık kırk kez düşer. Bu da yılda bir milyarı "
                "aşkın şimşek demektir. Bunların çoğu tropik bölgelerde, karaların üzerinde olur.",
            ),
            climaxes=(),
            endings=(
                "Sizi en çok hangisi şaşırttı? Bugün birine anlatın.",
                "Dünya sandığımızdan çok daha tuhaf. Meraklı kalın.",
            ),
        ),
    ),
)

LIFE_PRO_TIPS = Material(
    kind="list",
    subject="a script of practical, safe life pro tips, each with the reason it works",
    titles=(
        "Bilmeye Değer {n} Hayat Tüyosu",
        "Hayatı Kolaylaştıran {n} Küçük Alışkanlık",
        "Gündelik Hayat İçin {n} İşe Yarayan Tüyo",
    ),
    descriptions=(
        "Gündelik hayat için {n} pratik tüyo, her birinin neden işe yaradığıyla birlikte.",
        "Basit, faydalı ve ücretsiz: {n} hayat tüyosu.",
    ),
    frames=(
        Frame(
            openings=(
                "İşte gündelik hayatı biraz kolaylaştırabilecek birkaç küçük tüyo.",
                "Bu tüyoları öğrenmek birkaç saniye sürer, ama size saatler kazandırabilir.",
            ),
            beats=(
                "İki dakika kuralını uygulayın. Bir iş iki dakikadan kısa sürüyorsa hemen yapın. "
                "Onu bir yere not edip sonra hatırlamaya çalışmak, yapmaktan daha zahmetlidir.",
                "Zor bir konuşmadan önce, karşınızdakinin anlamasını istediğiniz tek şeyi yazın. "
                "Bu sizi sakin tutar ve konunun dağılmasını önler.",
                "Odaklanmanız gerektiğinde telefonunuzu başka bir odaya bırakın. Sessizde bile "
                "olsa, masada duran bir telefon dikkatinizi kendine çeker.",
                "Biriyle tanıştığınızda, sohbet sırasında adını bir kez kullanın. Adı yüksek sesle "
                "söylemek, hafızanızın onu kaydetmesine yardım eder.",
                "Ertesi günün kıyafetlerini ve çantasını akşamdan hazırlayın. Kararlar önceden "
                "verildiğinde sabahlar çok daha rahat geçer.",
                "İki seçenek arasında karar veremiyorsanız yazı tura atın. Para havadayken "
                "çoğu zaman aslında hangi tarafın gelmesini umduğunuzu fark edersiniz.",
                "Fikirler için küçük bir defter ya da telefonda ayrı bir not tutun. Fikirler en "
                "olmadık anlarda gelir ve aynı hızla kaybolur.",
                "Uyanır uyanmaz bir bardak su için. Bütün bir gece susuz kaldıktan sonra, "
                "kendinize gelmenin en basit yollarından biridir.",
                "Planlamadığınız pahalı bir şeyi almadan önce bir gün bekleyin. Ertesi gün hâlâ "
                "istiyorsanız, büyük ihtimalle almaya değer.",
                "Arabayı park ettiğiniz yerin, yolculuktan önce bavulunuzun ve önemli belgelerin "
                "fotoğrafını çekin. Fotoğraf, yapabileceğiniz en kolay yedektir.",
                "Kendinizi bunalmış hissettiğinizde bütün işleri bir kâğıda yazın ve yalnızca "
                "birini seçin. Kâğıttaki bir liste, kafanızdaki listeden çok daha hafiftir.",
                "Her saat başı kalkıp birkaç dakika yürüyün. Sırtınız, gözleriniz ve fikirleriniz "
                "size teşekkür eder, işe de daha dinç dönersiniz.",
                "Biri size yardım ettiğinde teşekkürünüzü yazıyla iletin. Kısa bir not, aceleyle "
                "söylenmiş bir teşekkürden çok daha uzun süre hatırlanır.",
                "Alarmı, gerçekten kalkmanız gereken saate kurun. Alarmı defalarca ertelemek, en "
                "dinlendirici olan son uykunuzu bölük pörçük eder.",
                "Yemek yaparken bir yandan da toplayın. Makarna haşlanırken bir kâseyi yıkamak, "
                "sofraya oturduğunuzda mutfağın neredeyse temiz olması demektir.",
                "Anahtarlarınızı hep aynı yerde, kapının hemen yanında tutun. Bu küçücük "
                "alışkanlık, nice sabahı telaştan kurtarır.",
                "Şu cümleyi söylemeyi öğrenin: biraz düşüneyim, size dönerim. Bu cümle, pişman "
                "olmayacağınız bir karar vermek için size zaman kazandırır.",
                "Çantanızda hep yedek bir şarj aleti ya da taşınabilir batarya bulundurun. Ona "
                "ihtiyaç duyduğunuz gün, asla planladığınız gün olmaz.",
            ),
            climaxes=(),
            endings=(
                "Bunlardan birini bugün deneyin ve neyin değiştiğine bakın.",
                "Küçük alışkanlıklar zamanla büyür. En sevdiğinizi seçin ve oradan başlayın.",
            ),
        ),
    ),
)
