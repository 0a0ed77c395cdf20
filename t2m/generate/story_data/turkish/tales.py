"""Turkish material for ``mystery`` and ``bedtime`` (the bedtime story is told
in the fairy-tale -mış tense)."""

from t2m.generate.story_data.model import Frame, Material

MYSTERY = Material(
    kind="story",
    subject="a mystery story with a fair clue and a satisfying solution",
    titles=(
        "{Title_thing} Kayboldu",
        "{Title_spot_ki} Bilmece",
        "{Name} ve {Title_thing} Vakası",
        "{town} Kasabasında Bir Gece",
    ),
    descriptions=(
        "{town} kasabasında, {spot_abl} {a_thing} kaybolur ve {name} hırsızı bulmak için yalnızca "
        "bir geceye sahiptir. Adil bir ipucuyla kısa bir polisiye.",
        "Herkesin {thing_acc} istemek için bir nedeni vardı. {Name}, ipuçlarını {spot_loc} "
        "izleyerek kimsenin beklemediği bir cevaba ulaşır.",
    ),
    places=(
        {
            "place": "nehir kıyısında kalabalık bir müze",
            "spot": "müze",
            "spot_loc": "müzede",
            "spot_gen": "müzenin",
            "spot_abl": "müzeden",
            "title_spot_ki": "Müzedeki",
        },
        {
            "place": "deniz kenarında eski ve görkemli bir otel",
            "spot": "otel",
            "spot_loc": "otelde",
            "spot_gen": "otelin",
            "spot_abl": "otelden",
            "title_spot_ki": "Oteldeki",
        },
        {
            "place": "misafirlerle dolu bir köşk",
            "spot": "köşk",
            "spot_loc": "köşkte",
            "spot_gen": "köşkün",
            "spot_abl": "köşkten",
            "title_spot_ki": "Köşkteki",
        },
        {
            "place": "kasabanın en eski konağı",
            "spot": "konak",
            "spot_loc": "konakta",
            "spot_gen": "konağın",
            "spot_abl": "konaktan",
            "title_spot_ki": "Konaktaki",
        },
    ),
    things=(
        {
            "thing": "gümüş pusula",
            "a_thing": "gümüş bir pusula",
            "thing_acc": "gümüş pusulayı",
            "title_thing": "Gümüş Pusula",
        },
        {
            "thing": "zümrüt yüzük",
            "a_thing": "zümrüt bir yüzük",
            "thing_acc": "zümrüt yüzüğü",
            "title_thing": "Zümrüt Yüzük",
        },
        {
            "thing": "altın cep saati",
            "a_thing": "altın bir cep saati",
            "thing_acc": "altın cep saatini",
            "title_thing": "Altın Cep Saati",
        },
        {
            "thing": "yakut kolye",
            "a_thing": "yakut bir kolye",
            "thing_acc": "yakut kolyeyi",
            "title_thing": "Yakut Kolye",
        },
        {
            "thing": "sedef kakmalı hançer",
            "a_thing": "sedef kakmalı bir hançer",
            "thing_acc": "sedef kakmalı hançeri",
            "title_thing": "Sedef Kakmalı Hançer",
        },
    ),
    frames=(
        Frame(
            openings=(
                "{Thing}, tam saat dokuzda, elektriklerin kesildiği o beş dakika içinde "
                "{spot_abl} kayboldu. Işıklar geri geldiğinde cam vitrin boştu, ama kilidi "
                "sağlamdı. Bilmece çözmeyi meslek edinmiş olan {name}, daha ilk dakikada bir şeyin "
                "tuhaf olduğunu fark etti.",
                "{Name}, sakin bir hafta sonu geçirmek için {town} kasabasına gelmişti. Ama daha "
                "ilk akşam, {spot_loc} verilen bir davette elektrikler beş dakikalığına kesildi. "
                "Işıklar yandığında {thing} cam vitrininden kaybolmuştu.",
            ),
            beats=(
                "{Spot_gen} sahibi, beyaz bıyıklı yaşlı bir bey, ellerini ovuşturup duruyordu. “Ne "
                "olur bulun onu, {name} {bey},” diye yalvardı. {Thing} ailenin en değerli "
                "yadigârıydı, dedesinden kalmıştı. {Name} her şeyi siyah kaplı küçük bir deftere "
                "not etti ve tek kelime etmedi.",
                "{Friend}, vitrine en yakın duran kişiydi ve hiçbir şey görmediğine yemin etti. "
                "Gömleğine çay dökülmüştü. Karanlıkta elinde tepsiyle dolaşan birine çarptığını "
                "utana sıkıla anlattı. {Name}, lekenin gerçekten de taze olduğunu fark etti.",
                "Herkes o beş dakikayı aynı şekilde anlatıyordu. Zifiri karanlıkta birbirlerine "
                "çarpmışlar, kimse kimseyi görememiş. Ama tam o sırada biri “Hırsız var, {thing} "
                "çalındı!” diye bağırmış. Sesin kime ait olduğunu kimse çıkaramamıştı.",
                "Kâhya, davetten önce vitrini kendi elleriyle kontrol ettiğini söyledi. {Thing} "
                "yerindeydi, kadife yastığının üstünde parlıyordu. Işıklar kesilmeden beş dakika "
                "önce de oradaydı, buna yemin edebilirdi.",
                "Hizmetlilerden biri, gri paltolu bir yabancının davetten erkenden ayrıldığını "
                "hatırladı. Herkes hırsızın o olduğuna hemen inandı, birkaç kişi de yağmura çıkıp "
                "onu aramaya koştu. {Name} yalnızca elektriği kimin geri açtığını sordu.",
                "Sigorta kutusu kilerin yanındaydı. {Name} onu bir mumun ışığında inceledi. Yanmış "
                "bir sigorta ya da erimiş bir kablo yoktu. Biri ana şalteri elle indirmiş, beş "
                "dakika sonra da yeniden kaldırmıştı.",
                "Aşçı, elektrikler kesikken mutfaktan kimsenin geçmediğine yemin etti. Yalnızca "
                "kedinin bir tencereyi devirdiğini duymuştu. Hemen ardından da arka merdivende, "
                "yukarı kata çıkan aceleci adımlar duymuştu.",
                "Ev sahibinin yeğeni Selim, ışıklar söndüğünde kapının yanında durduğunu söyledi. "
                "Hiçbir şey görmemiş, hiçbir şey duymamıştı. Ama sesi garip bir şekilde kısıktı, "
                "sanki az önce avazı çıktığı kadar bağırmış gibi.",
                "Gri paltolu adam kahvehanede, sobanın başında bulundu. Gezgin bir ud ustasıydı. "
                "Kimse onun çaldığı şarkıları dinlemediği için davetten erken ayrılmıştı. "
                "Ceplerinde bir mızrap ve birkaç bozukluktan başka bir şey yoktu.",
                "Selim'in borçlarının kabarık olduğunu kasabada bilmeyen yoktu. Geçen ay "
                "amcasından yine para istemiş, eli boş dönmüştü. Bunu anlatan kâhya, sesini "
                "alçaltıp endişeyle etrafına bakındı.",
                "{Name}, salonun kapısında durup odayı inceledi. Vitrin, kapıdan ancak on adım "
                "uzaktaydı. Karanlıkta bile, evi avucunun içi gibi bilen biri oraya rahatça gidip "
                "gelebilirdi. Evi avucunun içi gibi bilen biri.",
                "Vitrinin anahtarı kütüphanede, şöminenin yanındaki bir çivide asılı dururdu. "
                "Anahtar yerindeydi, ama ters asılmıştı. Onu geri koyan kişi bunu karanlıkta ve "
                "büyük bir telaşla yapmıştı.",
            ),
            climaxes=(
                "{Name} herkesi salonda topladı. Elektrikler kesikken biri “{Thing} çalındı!” diye "
                "bağırmıştı. Ama zifiri karanlıkta vitrinin boş olduğunu kimse göremezdi. Bunu "
                "yalnızca {thing_acc} alan kişi bilebilirdi. O ses de, hiçbir şey duymadığını "
                "söyleyen kısık sesli Selim'e aitti.",
            ),
            endings=(
                "Selim başını önüne eğdi ve inkâr etmedi. {Thing} üst kattaki odasında, çorap "
                "çekmecesinin dibinde bulundu. {Name} o gece son otobüse yetişti ve bütün yol "
                "boyunca mışıl mışıl uyudu.",
                "Borçlar, dedi Selim kısık sesiyle, boğazına kadar çıkmıştı. {Thing} gece "
                "yarısından önce vitrinine geri döndü. O günden sonra {name}, karanlıkta olup "
                "biteni fazla iyi bilen insanlara hep biraz şüpheyle bakar.",
            ),
            texture=(
                "Yağmur cam tavanı durmadan dövüyordu.",
                "Uzak bir koridorda bir saat çeyreği vurdu.",
                "Davetliler küçük, endişeli gruplar hâlinde fısıldaşıyordu.",
            ),
        ),
    ),
)

BEDTIME = Material(
    kind="story",
    subject="a calm, gentle bedtime story for young children",
    titles=(
        "Uyuyamayan {Title_animal}",
        "{Name} ve Sakin Ay",
        "İyi Geceler, {Name}",
        "{Title_spot_dat} Dönüş Yolu",
    ),
    descriptions=(
        "{Name} adında {a_animal} bir yıldızı aramaya çıkar ve eve dönüş yolunu bulur. Küçükler "
        "için sakin bir uyku masalı.",
        "Yumuşacık, yavaş ve uykulu: {name} yatmadan önce bütün arkadaşlarına iyi geceler diler.",
    ),
    places=(
        {
            "place_loc": "ormanın kenarındaki bir çayırda",
            "spot": "çayır",
            "title_spot_dat": "Çayıra",
        },
        {
            "place_loc": "ağır akan bir derenin kıyısında, yaşlı bir söğüt ağacının kovuğunda",
            "spot": "söğüt ağacı",
            "title_spot_dat": "Söğüt Ağacına",
        },
        {
            "place_loc": "küçük mavi bir evin arkasındaki bahçede",
            "spot": "bahçe",
            "title_spot_dat": "Bahçeye",
        },
    ),
    things=(
        {"a_animal": "küçük bir tavşan", "title_animal": "Küçük Tavşan"},
        {"a_animal": "küçük bir tilki", "title_animal": "Küçük Tilki"},
        {"a_animal": "küçük bir kirpi", "title_animal": "Küçük Kirpi"},
        {"a_animal": "küçük bir fare", "title_animal": "Küçük Fare"},
        {"a_animal": "bir yavru ayı", "title_animal": "Yavru Ayı"},
        {"a_animal": "küçük bir ördek", "title_animal": "Küçük Ördek"},
    ),
    frames=(
        Frame(
            openings=(
                "Evvel zaman içinde, kalbur saman içinde, {place_loc} {name} adında {a_animal} "
                "yaşarmış. Her gece yıldızlar birer birer doğarmış. Ve her gece {name}, gözlerini "
                "kapatamayacak kadar meraklı olurmuş.",
                "Bir varmış bir yokmuş, {place_loc} {name} adında {a_animal} yaşarmış. Orada "
                "çimenler yumuşacık, hava mis gibi yonca kokarmış. Bir gece {name}, tepelerin "
                "ardına yavaşça inen bir yıldız görmüş ve onu aramaya karar vermiş.",
            ),
            beats=(
                "{Name}, taç yapraklarını minicik eller gibi kapatmış, uyuyan çiçeklerin yanından "
                "geçmiş. “İyi geceler, çiçekler,” diye fısıldamış. Çiçekler de esintiyle "
                "başlarını yavaşça sallamışlar, sanki onlar da iyi geceler diyormuş. İçlerinden "
                "biri usulca esnemiş bile.",
                "Gölün kenarında, kaygan bir taşın üstünde {friend} adında yaşlı bir kaplumbağa "
                "oturuyormuş. “Yıldızlar düşmez,” demiş {friend} gülümseyerek. “Sudaki yüzlerine "
                "bakmak için biraz aşağı inerler, o kadar.” Gerçekten de gölün içinde, gümüş bir "
                "düğme gibi parlayan yuvarlak bir yıldız varmış.",
                "{Name} ayağının ucuyla suya dokunmuş. Göldeki yıldız titremiş ve yüz küçük ışık "
                "parçasına bölünmüş. Sonra yavaş yavaş yeniden birleşmiş, sanki hiçbir şey "
                "olmamış gibi. {Name} uykulu, minik bir kahkaha atmış.",
                "Derken bir ateş böceği ailesi geçmiş, her birinin elinde küçücük bir kandil "
                "varmış. Uzun otların arasından yolu göstermişler, yanıp sönerek, yanıp sönerek. "
                "Gitgide daha yavaş yanıp sönmüşler, sanki onların da uykusu gelmiş.",
                "Geniş bir yaprağın üstünde bir salyangoz, evini gece için topluyormuş. “Ben "
                "evimi hep sırtımda taşırım,” demiş, “o yüzden hiç kaybolmam.” {Name} bunu çok "
                "akıllıca bulmuş ve ona tatlı rüyalar dilemiş.",
                "Bir dalda, kocaman ve tatlı gözlü gri bir baykuş tünemiş. “Herkesin dinlenmesi "
                "gerekir,” demiş baykuş, “yıldızların bile. Bütün gece parlayabilmek için bütün "
                "gün uyurlar.” Sonra bir gözünü yavaşça kırpmış.",
                "Bulutlar, ağıla dönen beyaz kuzular gibi ağır ağır geçiyormuş. {Name} bir, iki, "
                "üç bulut saymış, dördüncüde bir sonraki sayıyı unutmuş. Hiç önemi yokmuş. "
                "Bulutlar da zaten saymayı bilmezmiş.",
                "Küçük bir sincap, kucağında bir ceviz, hoplaya zıplaya geçmiş. “Bu ninem için,” "
                "demiş, “yatmadan önce ceviz yemeyi çok sever.” {Name} gülümsemiş ve kendi "
                "sıcacık evini düşünmüş, artık hiç de uzak olmayan evini.",
                "Serin bir rüzgâr gelip yaprakların arasında sözsüz bir ninni mırıldanmış. {Name} "
                "kocaman esnemiş, bütün gecenin en büyük esneyişi buymuş. Ayakları gitgide "
                "ağırlaşmış, bütün bedeni pamuktan yapılmış gibi olmuş.",
                "Yukarıda ay, dalların arasından bakıyormuş, bir tabak süt gibi yuvarlak ve "
                "bembeyaz. Sanki yalnızca {name} için gülümsüyormuş. “Seni evine kadar ben "
                "götürürüm,” diyormuş bu gülümseme. “Hiç acele etme.”",
                "Dere, yıllardır söylediği aynı şarkıyı yine alçak sesle söylüyormuş. Şöyle "
                "diyormuş: yavaş yavaş, yavaş yavaş, her şey dinleniyor. Kıyıdaki sazlar da "
                "şarkıya uyup bir öne, bir arkaya sallanıyormuş.",
                "{Name} geldiği yola dönüp bakmış. Uzakta {spot} sessizce onu bekliyormuş. Orada "
                "tam {a_animal} boyunda, yumuşacık, sıcacık bir yosun yatak varmış. Yatağı düşünür "
                "düşünmez göz kapakları ağırlaşmış.",
            ),
            climaxes=(
                "Böylece {name} geri dönmüş ve ağır ağır evine yürümüş: gölün yanından, ateş "
                "böceklerinin yanından, kapanmış çiçeklerin yanından. Ay da bütün yol boyunca onu "
                "izlemiş, sanki evine sağ salim vardığından emin olmak istiyormuş.",
            ),
            endings=(
                "{Name} yosundan yatağına kıvrılmış ve gözlerini kapamış. “İyi geceler, "
                "yıldızlar,” diye fısıldamış. Yukarıdaki yıldızlar da biraz daha yumuşak parlamış "
                "ve sabaha kadar ona göz kulak olmuşlar. Uzaklarda bir cırcır böceği de "
                "fısıldamış: iyi geceler.",
                "Evine varınca {name} sıcacık ve güvende kıvrılıp yatmış. Yıldızlar göz kırpmış, "
                "dere mırıldanmış ve çok geçmeden {name} derin bir uykuya dalmış. Rüyasında "
                "gümüş göller görmüş. İyi geceler, {name}. İyi geceler.",
            ),
            texture=(
                "Her şey sessiz ve yavaşmış.",
                "Gece bir battaniye gibi yumuşak ve sıcakmış.",
                "Uzaklarda bir cırcır böceği ninni söylüyormuş.",
            ),
        ),
    ),
)
