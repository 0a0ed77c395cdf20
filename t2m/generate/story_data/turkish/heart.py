"""Turkish material for ``philosophy``, ``love`` and ``custom``."""

from t2m.generate.story_data.model import Frame, Material

PHILOSOPHY = Material(
    kind="story",
    subject="a short, thoughtful philosophical reflection for a general audience",
    titles=(
        "Yeniden Yapılan Tekne",
        "İyi Bir Hayat Nedir?",
        "{Title_thing} ve Nehir",
        "Hâlâ Aynı İnsan mısınız?",
    ),
    descriptions=(
        "Değişim, kimlik ve her şey akıp giderken geriye ne kaldığı üzerine sakin bir düşünce "
        "yazısı.",
        "Eski bir bilmece, {a_thing} ve bugün yanınızda taşımaya değer birkaç soru.",
    ),
    places=(
        {"place": "bir nehrin kıyısında"},
        {"place": "akşamüstü bir park bankında"},
        {"place": "eski bir iskelede, teknelere bakarken"},
    ),
    things=(
        {
            "a_thing": "ahşap bir tekne",
            "same": "aynı tekne",
            "same_q": "aynı tekne mi",
            "title_thing": "Ahşap Tekne",
        },
        {
            "a_thing": "eski bir saat",
            "same": "aynı saat",
            "same_q": "aynı saat mi",
            "title_thing": "Eski Saat",
        },
        {
            "a_thing": "taş bir köprü",
            "same": "aynı köprü",
            "same_q": "aynı köprü mü",
            "title_thing": "Taş Köprü",
        },
    ),
    frames=(
        Frame(
            openings=(
                "Yıllar boyunca parça parça onarılan {a_thing} düşünün. Sonunda özgün "
                "parçalarından tek biri bile kalmıyor. Peki bu hâlâ {same_q}? Filozoflar bu "
                "bilmeceyi iki bin yılı aşkın süredir tartışıyor.",
                "Yunan düşünür Herakleitos, kimsenin aynı nehre iki kez giremeyeceğini söyler. "
                "Çünkü nehir artık aynı nehir değildir, insan da aynı insan değildir. Kulağa "
                "basit geliyor. Oysa elimizdeki en derin fikirlerden biri.",
            ),
            beats=(
                "Şimdi kendi bedeninizi düşünün. Hücrelerinizin birçoğu yıllar içinde yenilenir, "
                "anılarınız biçim değiştirir, fikirleriniz de değişir. Yine de kendinizi tek ve "
                "aynı kişi gibi hissedersiniz. Bir zamanlar okumayı öğrenen çocuk hâlâ sizsiniz, "
                "yalnızca daha çok sayfa yazılmış.",
                "Kimileri bizi biz yapan şeyin hafıza olduğunu söyler: her günü bir öncekine "
                "bağlayan o ip. Ama hafıza kırılgandır ve sık sık yanılır. Belki de bir şey "
                "olmaktan çok, anlatmayı hiç bırakmadığımız bir hikâyeyiz.",
                "Başkaları cevabın karakter olduğunu söyler. İnsanlara nasıl davrandığımız, neyi "
                "önemsediğimiz, kimse bakmıyorken neyi seçtiğimiz. Bu bakışla insan, kendisi "
                "olmaktan vazgeçmeden daha iyi biri olabilir. Değişmek kendine ihanet etmek "
                "değildir. Bazen tam tersine, kendini bulmaktır.",
                "Yunus Emre yüzyıllar önce şöyle demiş: geldi geçti ömrüm benim, şol yel esip "
                "geçmiş gibi. Hayat bir rüzgâr kadar kısa olabilir. Ama rüzgâr da geçtiği yerde "
                "yaprakları kıpırdatır, tohumları taşır, iz bırakır.",
                "Stoacılar pratik bir cevap önerdi. Bazı şeyler bizim elimizdedir, yargılarımız ve "
                "eylemlerimiz gibi. Çoğu şey ise değildir. Huzur, dediler, ikinci türle savaşmayı "
                "bıraktığımızda başlar. Rüzgârı seçemeyiz, ama yelkenleri ayarlayabiliriz.",
                "Değişim bir kayıp gibi gelebilir. Ama hiç değişmeyen bir hayat, hayat değil bir "
                "fotoğraf olurdu. Nehir tam da aktığı için güzeldir. Bugün akıp giden su bir daha "
                "asla geçmeyecek. Biz de öyleyiz.",
                "Yirmi yıldır görmediğiniz eski bir dostu düşünün. Karşılaştığınızda onu hemen "
                "tanırsınız. Yüzünden değil, çünkü yüzü değişmiştir. Sesinden de değil, çünkü sesi "
                "kalınlaşmıştır. Gülüşünden, dünyaya bakışından, yılların silemediği bir şeyden "
                "tanırsınız.",
                "Yunus Emre başka bir dizesinde şöyle der: bir ben vardır bende, benden içeri. "
                "Belki de her birimizin içinde, değişen her şeyin altında sessizce duran bir ben "
                "vardır. Belki de değişen, yalnızca onun giydiği elbiselerdir.",
                "Kimileri de bizi başkalarının yoğurduğunu düşünür. El hareketlerimizi anne "
                "babamızdan, sözlerimizi dostlarımızdan, fikirlerimizi çoktan unuttuğumuz "
                "kitaplardan alırız. Belki de benlik bir adadan çok, teknelerin gelip gittiği bir "
                "iskeleye benzer.",
                "Kuşaktan kuşağa geçen {a_thing} düşünün. Belki hep {same} olarak kalır, çünkü hep "
                "ona bakan, onu kullanan ve ona aynı adla seslenen biri vardır. Kimliğimiz de "
                "belki biraz, başkalarının bize gösterdiği özende yaşar.",
                "Belki daha iyi soru, kim olduğumuz değil, kim olmak istediğimizdir. Her küçük "
                "seçim, teknede değiştirilen bir tahta gibidir. Tahtanın eskimesine engel "
                "olamayız. Ama yeni tahtayı seçen biziz.",
            ),
            climaxes=(),
            endings=(
                "Bu yüzden bir dahaki sefere eskisi gibi olmadığınızı hissettiğinizde, içiniz "
                "rahat olsun. Nehir de eskisi gibi değil, ama yine de denize giden yolunu buluyor. "
                "Değişmek, nehrin nehir kalma biçimidir.",
                "Belki kesin bir cevap yoktur ve bunda hiçbir sakınca yok. Bazı sorular çözülmek "
                "için değildir. Onlar hayat boyu taşınmak içindir, yolu biraz daha ileriye kadar "
                "aydınlatan bir kandil gibi.",
            ),
            texture=(
                "Bu düşünceyle biraz oturmaya değer.",
                "Devam etmeden önce bu sorunun üzerinde bir an durun.",
                "Cevap ilk bakışta göründüğü kadar açık değil.",
                "Bu düşüncede insanı rahatlatan bir şey var.",
                "Şimdi kendinizi {place} hayal edin, hiç acele etmeden.",
            ),
        ),
    ),
)

LOVE = Material(
    kind="story",
    subject="a warm, heartfelt love story",
    titles=(
        "{town} Kasabasından Mektuplar",
        "{Title_spot_ki} {Title_thing}",
        "{Name} ile {Friend}",
        "Her Perşembe {Title_spot_loc}",
    ),
    descriptions=(
        "{Name} ile {friend} {spot_loc} karşılaşıp duruyor, ama ikisi de ilk adımı atmaya cesaret "
        "edemiyor. Kısa bir aşk hikâyesi.",
        "Küçük bir kasaba, {a_thing} ve birbirini az kalsın kaçıracak iki insan. {town} "
        "kasabasında geçen bir aşk hikâyesi.",
    ),
    places=(
        {
            "place": "meydanın köşesindeki küçük bir kitapçı",
            "spot_loc": "kitapçıda",
            "spot_dat": "kitapçıya",
            "title_spot_ki": "Kitapçıdaki",
            "title_spot_loc": "Kitapçıda",
        },
        {
            "place": "istasyonun yanındaki kalabalık bir kafe",
            "spot_loc": "kafede",
            "spot_dat": "kafeye",
            "title_spot_ki": "Kafedeki",
            "title_spot_loc": "Kafede",
        },
        {
            "place": "vapur iskelesindeki bir bank",
            "spot_loc": "iskelede",
            "spot_dat": "iskeleye",
            "title_spot_ki": "İskeledeki",
            "title_spot_loc": "İskelede",
        },
        {
            "place": "sahildeki bir çay bahçesi",
            "spot_loc": "çay bahçesinde",
            "spot_dat": "çay bahçesine",
            "title_spot_ki": "Çay Bahçesindeki",
            "title_spot_loc": "Çay Bahçesinde",
        },
    ),
    things=(
        {
            "thing": "sarı şemsiye",
            "a_thing": "sarı bir şemsiye",
            "thing_acc": "sarı şemsiyeyi",
            "title_thing": "Sarı Şemsiye",
        },
        {
            "thing": "şiir kitabı",
            "a_thing": "bir şiir kitabı",
            "thing_acc": "şiir kitabını",
            "title_thing": "Şiir Kitabı",
        },
        {
            "thing": "mavi defter",
            "a_thing": "mavi bir defter",
            "thing_acc": "mavi defteri",
            "title_thing": "Mavi Defter",
        },
        {
            "thing": "eski fotoğraf makinesi",
            "a_thing": "eski bir fotoğraf makinesi",
            "thing_acc": "eski fotoğraf makinesini",
            "title_thing": "Eski Fotoğraf Makinesi",
        },
    ),
    frames=(
        Frame(
            openings=(
                "{Name}, {friend} ile ilk kez yağmurlu bir perşembe günü, {town} kasabasındaki "
                "{spot_loc} karşılaştı. {Friend} elinde {a_thing} tutuyor ve bir şeye kendi "
                "kendine gülüyordu. {Name} koca bir dakika boyunca oraya ne için geldiğini unuttu.",
                "Her perşembe {name}, {town} kasabasındaki {spot_dat} giderdi ve her perşembe "
                "{friend} zaten oradaydı, elinde {a_thing}. Aylarca yalnızca başlarıyla selam "
                "verdiler. Bir şekilde hep aynı yerde bulunan iki yabancıydılar.",
            ),
            beats=(
                "Bir gün {friend}, {thing_acc} unutup gitti. {Name} onu koca bir hafta sakladı ve "
                "geri vereceği an için bin cümle prova etti: kimi komik, kimi derin, hepsi berbat. "
                "O an geldiğinde yalnızca şunu söyleyebildi: “Sanırım bu sizin.”",
                "Bu kadarı yetti. Her perşembe biraz daha uzun konuşmaya başladılar, kitaplardan "
                "ve havadan. {Friend} her sabah tuhaf rüyalarını küçük bir kâğıda not ediyordu, "
                "onlardan da konuştular. Birinde boş bir istasyonda keman çalan bir fil vardı.",
                "Bir akşam yağmur öyle bastırdı ki aynı saçağın altında bir saat beklemek zorunda "
                "kaldılar. Kimseye anlatmadıkları şeyleri anlattılar: bir çocukluk korkusunu, "
                "ertelenmiş bir yolculuğu, insanı her seferinde ağlatan bir şarkıyı. Yağmur "
                "dindiğinde ikisi de gitmek için acele etmedi.",
                "{Name} küçük şeyleri fark etmeye başladı. {Friend} çayını içmeden önce hep üfler, "
                "heyecanlanınca bir şarkı mırıldanırdı. Birlikte yürüdüklerinde yağmur sanki hep "
                "dinerdi. Perşembeler haftanın en güzel günü oldu.",
                "Sonra bir perşembe {friend} gelmedi. Bir sonraki perşembe de gelmedi. {Name}, "
                "{spot_loc} tek başına oturdu. Yanındaki boş yer, kimsenin sormaya cesaret "
                "edemediği bir soru kadar boştu. Çayı, farkına bile varmadan soğudu.",
                "{Name}, bir komşudan duydu: {friend} başka bir şehirde bir işe girmişti. Bir "
                "mektup yazdı, sonra yırttı. Bir tane daha yazdı, onu da yırttı. Bazı kelimeleri "
                "düşünmek, yazmaktan çok daha kolaydır.",
                "Sonunda yalnızca üç satır yazdı. O satırlarda, o güne kadar yüksek sesle hiç "
                "söylemediği şeyi süssüz ve bahanesiz söyledi. Sonra cesareti tükenmeden postaneye "
                "koştu ve mektubu kutuya attı. Bir süre kutunun başında, kalbi küt küt atarak "
                "durdu.",
                "Haftalar cevapsız geçti. Yine de {name} her perşembe {spot_dat} gitmeyi "
                "bırakmadı, çünkü kendini en çok kendisi gibi hissettiği yer orasıydı. Yanında hep "
                "bir kitap olurdu, ama sayfaları pek çevrilmezdi. Bazen kapağı bile açılmazdı.",
                "Bu arada, başka bir şehirde, {friend} kendisi de "
                "hiç iyi değildi. Yeni bir işi, büyük bir "
                "penceresi vardı, ama rüyalarını anlatabileceği kimse yoktu. Her perşembe, "
                "nedenini bilmeden, hep aynı saatte gözü saate kayıyordu.",
                "Köşedeki çiçekçi kadın, her şeyi gören biri olarak sonunda dayanamadı: “Neyin var "
                "evladım?” {Name} omuz silkti ve gülümsemeye çalıştı. Kadın para almadan sarı bir "
                "çiçek uzattı. “İyi insanlar hep geri döner,” dedi, “en uzun yoldan da olsa.”",
                "Bazen {name}, perşembe sohbetlerini tek tek hatırlardı, eski fotoğrafları "
                "düzenler gibi. Eski bir şakaya kendi kendine güler, sonra derin bir iç çekerdi. "
                "Özlem de bir çeşit arkadaşlıkmış meğer. Kendince, insanı gülümsetmeyi bile "
                "biliyor.",
            ),
            climaxes=(
                "Derken gri bir bahar perşembesinde {friend}, sırılsıklam ve elinde mektupla "
                "sokağın başında belirdi. “Trende okudum,” dedi. “On bir kez okudum. Sonra dönüş "
                "bileti aldım.”",
            ),
            endings=(
                "Hâlâ her perşembe {spot_loc} buluşuyorlar, ama artık oraya el ele geliyorlar. "
                "{Thing} evde bir rafta, giren herkesin görebileceği bir yerde duruyor. En güzel "
                "şeylerin bazen basit bir cümleyle başladığını hatırlatıyor: sanırım bu sizin.",
                "Bir yıl sonra, yine {spot_loc}, {name} tek kelimelik cevabı olan bir soru sordu. "
                "{Friend} o kelimeyi iki kez söyledi, emin olmak için. Dışarıda, sanki "
                "anlaşmışçasına, yağmur dindi.",
            ),
            texture=(
                "Dışarıda yağmur hafif bir çiseltiye dönüştü.",
                "Hava kahve ve eski kâğıt kokuyordu.",
                "Sokak lambaları birer birer yandı.",
            ),
        ),
    ),
)

CUSTOM = Material(
    kind="story",
    subject="",
    titles=(
        "“{Prompt}” Üzerine Bir Hikâye",
        "{Name} ve “{Prompt}”",
        "Bir Gün, Bir Yol ve “{Prompt}”",
    ),
    descriptions=(
        "“{prompt}” hakkında, {town} kasabasından {name} ile kısa bir hikâye.",
        "{Name}, küçük bir kasaba ve “{prompt}”: başı, ortası ve sonu olan bir hikâye.",
    ),
    places=(
        {"place": "deniz kenarında küçük bir kasaba"},
        {"place": "bozkırın ortasında küçük bir kasaba"},
        {"place": "tepelerin arasında küçük bir kasaba"},
    ),
    things=(
        {"a_thing": "eski bir harita", "thing": "harita"},
        {"a_thing": "açılmamış bir mektup", "thing": "mektup"},
        {"a_thing": "küçük bir anahtar", "thing": "anahtar"},
    ),
    frames=(
        Frame(
            openings=(
                "Bu, “{prompt}” hakkında bir hikâye. Her şey {name} ile başladı. {Name}, {town} "
                "kasabasında yaşıyordu: {place}. Uzun zamandır bunu düşünüyordu, sabah kalkınca, "
                "öğle yemeğinde, hatta rüyalarında bile.",
                "{town} kasabasında herkesin “{prompt}” hakkında bir fikri vardı, ama {name} kendi "
                "gözleriyle görmek istiyordu. Güneşli bir sabah cebine {a_thing} koydu ve yola "
                "çıktı. Nereye gittiğini kimseye söylemedi.",
            ),
            beats=(
                "{Name} ilk olarak, kasabanın her sokağını bilen eski dostu {friend} ile konuştu. "
                "{Friend} dikkatle dinledi, gülümsedi ve en iyi hikâyelerin hep bir soruyla "
                "başladığını söyledi. Sonra iki fincan kahve yaptı ve gerisini dinlemek istedi.",
                "{Name} saatlerce, sokak sokak dolaştı. Sorular sordu, cevapları küçük bir deftere "
                "yazdı. Kimi güldü, kimi omuz silkti, birkaç kişi de onu durup uzun uzun "
                "düşündüren şeyler söyledi.",
                "Akşama doğru defterin sayfaları dolmuştu, ama cevaplar birbirini tutmuyordu. Tek "
                "parçası eksik bir yapbozu andırıyordu ve {name} o parçayı nerede arayacağını hiç "
                "bilmiyordu. Sonunda notlarını kaldırıp önce bir güzel uyumaya karar verdi.",
                "Sonra beklenmedik bir şey oldu. Cepteki, neredeyse unutulmuş {thing}, tam da "
                "ihtiyaç duyulan şey çıktı. Bazen aradığımız şeyi çoktandır yanımızda taşırız, "
                "fark edilmeyi bekler. Tıpkı takılıyken aranan gözlük gibi.",
                "{Name} ilk kez anladı ki “{prompt}”, kendisi için sandığından çok farklı bir "
                "şeydi. Ne başkalarının söylediği gibiydi, ne de kitaplarda yazdığı gibi. Çok daha "
                "basit ve çok daha şaşırtıcıydı, bildik bir kelimenin birden yepyeni bir anlam "
                "kazanması gibi.",
                "Yolun yarısında {name}, kapısı açık eski bir kütüphane buldu. İçeride, toz ve "
                "sessizlik arasında, “{prompt}” üzerine kalın bir kitap vardı. {Name} kitabı "
                "baştan sona okudu ve kitapların da her şeyi bilmediğini anladı.",
                "Yolda {name}, yıllardır aynı şeyi arayan bir yabancıyla karşılaştı. Bir süre "
                "hikâyeler değiş tokuş ederek birlikte yürüdüler. Yolları ayrılmadan önce ikisi de "
                "birbirine güzel bir fikir verdi.",
                "Bu arada {town} kasabasında dedikodular başlamıştı. Kimine göre {name} aklını "
                "kaçırmıştı, kimine göre önemli bir şey bulmak üzereydi. {Friend} her seferinde "
                "aynı cümleyle savundu: “Bekleyin ve görün.” Sonra da pencerenin önüne oturup "
                "haber beklemeye koyuldu.",
                "O gece {name} küçük bir ateşin başına oturdu ve notlarını yeniden okudu. Yavaş "
                "yavaş, sisin içinden çıkan bir resim gibi bir şekil belirdi ve {name} "
                "gülümsemeye başladı. Yukarıda yıldızlar da ona hak veriyor gibiydi.",
                "Son bir zorluk kalmıştı. {Name}, eve dönen güvenli yolla hikâyenin sonuna "
                "götüren zor yol arasında bir seçim yapmalıydı. Bütün gece düşündü. Sabah zor yolu "
                "seçti ve kendini birden hafiflemiş hissetti.",
                "Bir ara şüpheye de düştü. Taş bir bankta oturan {name}, bunca zahmete değip "
                "değmediğini düşündü. Belki “{prompt}” meselesini unutup eski hayatına dönmek daha "
                "iyiydi. Tam o sırada bisikletle geçen bir çocuk sebepsizce el salladı. Ayağa "
                "kalkmak için bu kadarı yetti.",
            ),
            climaxes=(
                "Sonunda yolun bitimine vardığında {name}, “{prompt}” sorusunun cevabını orada "
                "buldu. Cevap, hiç hayal etmediği bir biçimde onu bekliyordu. Baştan beri gözünün "
                "önündeki şeyi görmenin bu kadar uzun sürmesine yüksek sesle güldü.",
            ),
            endings=(
                "{Name}, {town} kasabasına döndü ve her şeyi {friend} ile paylaştı. {Friend} bütün "
                "hikâyeyi dinledi ve yalnızca şunu söyledi: “Ben zaten biliyordum.” O günden sonra "
                "“{prompt}” hakkında soru soran herkes aynı cevabı aldı: {name} ile konuşun.",
                "İşte {name} ve “{prompt}” hikâyesi böyle. Bu hikâye, iyi hikâyelerin hep yaptığı "
                "gibi, onu biraz değiştirdi. {Name} onu hâlâ {town} kasabasının uzun akşamlarında "
                "anlatıyor.",
            ),
            texture=(
                "Güneş gökyüzünde ağır ağır ilerliyordu.",
                "{town} kasabasında daha önce kimse böyle bir şey yapmamıştı.",
                "Yol uzundu, ama {name} kendini hafif hissediyordu.",
                "{Name} o günü hiç unutmayacaktı.",
            ),
        ),
    ),
)
