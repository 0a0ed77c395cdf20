"""Turkish material for ``motivational`` and ``long_form_jokes`` (two Nasreddin
Hoca stories, each a complete joke)."""

from t2m.generate.story_data.model import Frame, Material

MOTIVATIONAL = Material(
    kind="story",
    subject="a motivational story with a clear lesson the listener can use",
    titles=(
        "Hazır Olmadan Başla",
        "{Name} ve {Title_dream} Hayali",
        "Her Gün Küçük Bir Adım",
        "{Name} Vazgeçmedi",
    ),
    descriptions=(
        "{Name}, {dream} istedi ve defalarca başaramadı. Değişen şey yetenek değil, herkesin "
        "bugün başlayabileceği bir alışkanlıktı.",
        "{Name}, {dream_noun} hayali ve her gün yeniden başlamanın gücü üzerine kısa bir "
        "motivasyon hikâyesi.",
    ),
    places=(
        {
            "dream": "maraton koşmak",
            "dream_noun": "maraton koşma",
            "dream_done": "ilk maratonunu bitirdi",
            "title_dream": "Maraton Koşma",
        },
        {
            "dream": "küçük bir fırın açmak",
            "dream_noun": "küçük bir fırın açma",
            "dream_done": "küçük fırınının kapısını ilk kez açtı",
            "title_dream": "Fırın Açma",
        },
        {
            "dream": "piyano çalmayı öğrenmek",
            "dream_noun": "piyano çalmayı öğrenme",
            "dream_done": "ilk parçasını piyanoda baştan sona çaldı",
            "title_dream": "Piyano Çalma",
        },
        {
            "dream": "bir roman yazmak",
            "dream_noun": "roman yazma",
            "dream_done": "romanının son cümlesini yazdı",
            "title_dream": "Roman Yazma",
        },
    ),
    things=(
        {"thing": "defter", "thing_dat": "deftere", "thing_acc": "defteri"},
        {"thing": "takvim", "thing_dat": "takvime", "thing_acc": "takvimi"},
        {"thing": "ajanda", "thing_dat": "ajandaya", "thing_acc": "ajandayı"},
    ),
    frames=(
        Frame(
            openings=(
                "{Name} otuz beş yaşındayken bir karar verdi: {dream}. Anlattığı herkes kibarca "
                "gülümsedi, gerçekleşmesi beklenmeyen hayallere nasıl gülümsenirse öyle. Aslında "
                "kendisi de emin değildi. Ama yine de başladı.",
                "{Name} kendini bildi bileli {dream} istiyordu. Ve bir o kadar zamandır da bir "
                "bahanesi vardı: çok meşguldü, çok yorgundu, artık çok geçti. Bir sabah, "
                "bahanelerin koca bir hayatı doldurduğunu fark etti.",
            ),
            beats=(
                "İlk deneme kötü geçti. {Name} her şeyi aynı anda yapmak istedi, gereken ne varsa "
                "satın aldı ve birkaç gün içinde tükendi. Daha ilk haftada bırakmanın eşiğine "
                "geldi. Böylece büyük başlangıçların saman alevi gibi çabuk söndüğünü öğrendi.",
                "Sonra {name} tam tersini yaptı ve hedefi küçülttü. Günde yirmi dakika, ne eksik "
                "ne fazla, iyi günlerde bile. Her gün {thing_dat} bir çarpı attı ve tek kural "
                "zinciri kırmamaktı. Yirmi dakika neredeyse gülünç geliyordu, zaten amaç da "
                "buydu.",
                "Bazı günler o yirmi dakika keyifliydi. Çoğu gün sıradandı. Bazı günler ise "
                "yağmur, uyku ve kapıda bekleyen bin bahaneyle imkânsız görünüyordu. En çok işte "
                "o günler sayıldı, çünkü {name} onları da yaptı.",
                "Eski dostu {friend}, kendisinin de "
                "katılmak istediğini söyledi. Birinin beklediğini bilmek, işi "
                "asmayı zorlaştırdı. Zor günlerde birbirlerine kısa mesajlar attılar, bazen tek "
                "kelime: bugün? Cevap hep aynıydı: bugün.",
                "Üç ay sonra {name}, {thing_acc} baştan sona karıştırdı. Doksan küçük çarpı "
                "vardı, kimi dimdik, kimi yorgunluktan yamuk. Tek başına hiçbiri ilerleme gibi "
                "görünmemişti. Ama hepsi bir araya gelince katedilen yol inanılmazdı.",
                "Sonra bir engel çıktı: bir sakatlık, kaybedilen bir iş, uzun bir kış. İki hafta "
                "boyunca {thing} bomboş kaldı ve her boş kare bir suçlama gibiydi. O eski ses "
                "geri geldi ve fısıldadı: ben sana demiştim, bu iş olmaz.",
                "{Name} buna bulabildiği en küçük adımla cevap verdi. Yirmi değil, beş dakika. Ne "
                "gösterişliydi ne de kahramanca, ama bir adımdı. Kötü geçen ama yine de yapılan "
                "bir gün de sayılır. Zincir yeniden başladı, çarpı çarpı.",
                "Bazı sabahlar {name}, kendini çok ileride görünen insanlarla, sosyal medyadaki "
                "kusursuz fotoğraflarla kıyasladı. Bunun hiç faydası olmadı. Sonunda tek adil "
                "kıyaslamanın, bir ay önceki kendisiyle yapılan kıyaslama olduğuna karar verdi.",
                "{Name}, motivasyonun hava durumu gibi olduğunu keşfetti: haber vermeden gelip "
                "gidiyordu. Alışkanlık ise kalıyordu. Bu yüzden hevesin gelmesini beklemeyi "
                "bıraktı. Her sabah aynı vapura binen biri gibi, yalnızca belirlediği saate "
                "güvendi.",
                "Yavaş yavaş çevresindekiler de fark etmeye başladı. Bir komşusu bunu nasıl "
                "başardığını sordu. Bir iş arkadaşı, çekmecede sakladığı bir hayali olduğunu "
                "itiraf etti. {Name} paylaşacak bir sır bilmiyordu, yalnızca tek bir cümle: günde "
                "yirmi dakika.",
                "Güzel sürprizler de oldu. Sıradan bir pazar günü birden her şey kolay geldi. "
                "{Name}, eskiden çok zorlandığı şeyi artık düşünmeden yaptığını fark etti. Bu bir "
                "mucize değildi. Üst üste konmuş aylarca sıradan günün sonucuydu.",
            ),
            climaxes=(
                "O ilk beceriksiz haftadan bir yıl sonra {name} {dream_done}. Mükemmel değildi, "
                "olması da gerekmiyordu. Sona ulaşan kişi artık başlayan kişi değildi. Asıl ödül "
                "de buydu.",
            ),
            endings=(
                "İşte bu hikâyenin dersi şu. Hazır hissetmeniz gerekmiyor. Küçük başlamanız, "
                "sıradan günlerde de vazgeçmemeniz ve kötü günlerde kendinizi affetmeniz yeterli. "
                "İlk adımınız bugün olabilir.",
                "Yıllardır ertelediğiniz bir şey varsa, bugün ona doğru küçük bir adım atın. "
                "Yarın bir adım daha atın. {Name} yalnızca bunu yaptı ve gereken de yalnızca bu.",
            ),
            texture=(
                "{Thing_dat} atılan her çarpı, tutulmuş küçük bir sözdü.",
                "En zor kısım hep ilk dakikaydı.",
                "İlerleme yavaştı ama gerçekti.",
                "Kimse izlemiyordu ve bunun hiç sakıncası yoktu.",
                "Heves gelip gidiyordu, alışkanlık kalıyordu.",
            ),
        ),
    ),
)

JOKES = Material(
    kind="story",
    subject="a long-form joke: a shaggy-dog story that builds up and ends with a punchline",
    titles=(
        "Çok Uzun Bir Fıkra",
        "Acele Etmeyen Bir Fıkra",
        "{Name} ve Nasreddin Hoca",
    ),
    descriptions=(
        "Acele etmeden anlatılan uzun bir fıkra. Sonunu kaçırmayın.",
        "{Name}, Nasreddin Hoca ile karşı karşıya. Beklenmedik bir sonla biten uzun bir fıkra.",
    ),
    places=(
        {"place_was": "Akşehir yakınlarında küçük bir kasabaydı"},
        {"place_was": "bozkırın ortasında şirin bir kasabaydı"},
        {"place_was": "dağ eteğinde sakin bir kasabaydı"},
    ),
    things=(
        {"food": "kuzu güveci"},
        {"food": "etli pilav"},
        {"food": "düğün çorbası"},
    ),
    frames=(
        Frame(
            openings=(
                "{town}, {place_was}. Orada {name} adında, kimseye zararı dokunmayan biri "
                "yaşardı. Komşusu ise meşhur Nasreddin Hoca'ydı. Bir gün Hoca kapıyı çaldı ve "
                "büyük bakır kazanı ödünç istedi. Evine misafir gelecekmiş.",
            ),
            beats=(
                "{Name} hiç düşünmeden kazanı verdi. Komşuluk böyle günler içindi. Hoca kazanı "
                "sırtladı, teşekkür etti ve türkü mırıldanarak evine yürüdü. Birkaç gün boyunca "
                "Hoca'nın evinden mis gibi yemek kokuları yayıldı.",
                "Bir hafta sonra Hoca kapıda yeniden belirdi. Bir elinde ödünç aldığı kazan, "
                "öbür elinde küçücük, pırıl pırıl bir tencere vardı. “Gözün aydın komşu,” dedi "
                "Hoca. “Kazanın doğurdu!”",
                "{Name} önce şaşırdı, sonra düşündü. Kazan doğurur muydu hiç? Ama bedava bir "
                "tencereye kim hayır derdi? “Maşallah,” dedi gülümseyerek, “Allah analı babalı "
                "büyütsün.” Sonra iki kabı da alıp içeri girdi.",
                "Ertesi gün {name} yavru tencereyi bütün mahalleye gösterdi. Kahvede, pazarda, "
                "cami avlusunda herkese anlattı: “Bizim kazan doğurdu!” Kimi güldü, kimi kaşını "
                "kaldırdı, ama {name} hiç aldırmadı.",
                "Birkaç gün sonra {name}, yavru tencereye rafta küçük bir yer açtı, üstünü temiz "
                "bir bezle örttü. Akşamları yanına oturup onunla konuştu bile. “Büyü de annen gibi "
                "koca bir kazan ol,” diyordu.",
                "Kasabanın bakırcısı bile işi duymuş, dükkânından çıkıp gelmişti. Tencereyi evirip "
                "çevirdi, altındaki damgaya baktı, başını kaşıdı. Sonunda “Bu işte bir iş var,” "
                "deyip gitti, ama {name} onu hiç dinlemedi.",
                "{Name} o gece tatlı hayaller kurdu. Kazan bir daha doğurursa, yavrular da büyüyüp "
                "doğurursa, birkaç yıl içinde evde koca bir tencere sürüsü olacaktı. Belki bir "
                "gün bakırcı dükkânı bile açabilirdi.",
                "Bir ay sonra Hoca yine geldi. Yine misafirleri varmış, yine kazan lazımmış. "
                "{Name} bu sefer kazanı sevinçle, hatta biraz da umutla uzattı. “Al komşu,” dedi, "
                "“istediğin kadar kalsın. Belki yine doğurur.”",
                "Günler geçti, haftalar geçti. Kazandan ses seda çıkmadı. {Name} önce sabretti, "
                "sonra meraklandı, en sonunda dayanamayıp Hoca'nın kapısını çaldı. Belki bu sefer "
                "ikiz olmuştur, diye düşünüyordu.",
                "Hoca kapıyı ağır ağır açtı. Yüzü asıktı, gözleri yerdeydi. Derin bir iç çekti, "
                "elini komşusunun omzuna koydu ve bir süre hiç konuşmadı. Sokaktan geçen birkaç "
                "kişi de merakla durup onlara baktı.",
            ),
            climaxes=(
                "“Başın sağ olsun komşu,” dedi Hoca sonunda. “Kazanın öldü.” {Name} yerinden "
                "sıçradı. “Ne diyorsun Hoca? Hiç kazan ölür mü? Bu nasıl iş?”",
            ),
            endings=(
                "Hoca tatlı tatlı gülümsedi. “Kazanın doğurduğuna inandın da,” dedi, “öldüğüne "
                "neden inanmıyorsun?”",
            ),
            texture=(
                "Mahallede bir kedi duvarın üstünden her şeyi seyrediyordu.",
                "Kahvede tavla şakırtısı bir an için kesildi.",
                "{Name} başını kaşıdı, ama bir şey söylemedi.",
                "Uzaktan bir eşek anırdı, sanki o da bir şeyler biliyordu.",
            ),
        ),
        Frame(
            openings=(
                "{town}, {place_was}. Kasabanın en zengin insanı olan {name}, kızının düğününe "
                "bütün kasabayı davet etmişti. Bahçeye kazanlar kurulmuş, sofralar uzun uzun "
                "dizilmişti. Davetliler arasında tabii ki Nasreddin Hoca da vardı.",
            ),
            beats=(
                "Hoca o gün tarladan dönmüştü. Üstünde yamalı bir hırka, ayağında tozlu çarıklar "
                "vardı. Evine uğrayıp üstünü değiştirmeye vakit bulamadan doğruca düğün evine "
                "gitti. Nasılsa herkes onu tanırdı, diye düşünüyordu.",
                "Kapıda kimse onu karşılamadı. {Name} misafirleri tek tek selamlıyor, zengin "
                "tüccarlara yer gösteriyor, ama Hoca'yı görmüyormuş gibi yapıyordu. Hoca bir süre "
                "kapının yanında ayakta bekledi.",
                "Sonunda kendine sofranın en ucunda, kapının dibinde bir yer buldu. Tabaklar "
                "dolaşıyor, ama hiçbiri onun önünde durmuyordu. {Food} kokusu bütün bahçeyi "
                "sarmıştı, Hoca'nın midesi de guruldayıp duruyordu.",
                "Sofrada başka misafirler de vardı: kasabanın kadısı, zengin bir tüccar, "
                "uzaklardan gelmiş bir kervancı. Hepsine ikinci, üçüncü tabaklar geliyordu. Hoca "
                "ise hâlâ boş tabağına bakıyordu.",
                "Hoca yanındakinden tuzu uzatmasını rica etti, adam duymazdan geldi. Ekmek istedi, "
                "hizmetkâr başka tarafa baktı. Bir saat sonra Hoca sessizce kalktı. Gittiğini "
                "kimse fark etmedi bile.",
                "Hoca evine koştu, sandığı açtı ve babasından kalma samur kürkü çıkardı. Kürkü "
                "sırtına geçirdi, sarığını düzeltti, sakalını taradı. Aynaya baktı ve kendi "
                "kendine güldü. “Şimdi bakalım,” dedi.",
                "Yolda rastladığı herkes ona selam verdi, kimi yerlere kadar eğildi. Bir gün önce "
                "ona hiç bakmayan bakkal bile dükkânından fırlayıp “Hocam, bir emriniz var mı?” "
                "diye sordu. Hoca sadece gülümsedi.",
                "Düğün evine döndüğünde kapıda bir telaş başladı. {Name} koşarak karşıladı: “Hoş "
                "geldiniz, safalar getirdiniz Hocam!” Hoca'yı kolundan tutup sofranın başına, en "
                "şerefli yere oturttu.",
                "Önüne hemen dumanı tüten bir tabak {food} kondu. Yanındakiler ekmek uzattı, tuz "
                "uzattı, bir de üstüne iltifat yağdırdı. {Name} bizzat başında durdu: “Buyurun "
                "Hocam, afiyetle yiyin, soğumasın.”",
            ),
            climaxes=(
                "Hoca kürkünün yenini tuttu ve yavaşça tabağın içine daldırdı. Sonra kürke dönüp "
                "tatlı tatlı söylendi: “Ye kürküm ye!” Sofrada herkes donakaldı. {Name} "
                "şaşkınlıkla sordu: “Hocam, ne yapıyorsunuz?”",
            ),
            endings=(
                "Hoca sakin sakin cevap verdi: “Demin üstümde hırka varken kimse yüzüme bakmadı. "
                "Şimdi bu ikram, bu hürmet kürke. Madem öyle, yemeği de kürk yesin.”",
            ),
            texture=(
                "Davul zurna bir an için sustu.",
                "Çocuklar masaların arasında koşuşturuyordu.",
                "Birkaç misafir birbirine bakıp kıs kıs güldü.",
                "Kürkün samurları lambaların ışığında parıldıyordu.",
            ),
        ),
    ),
)
