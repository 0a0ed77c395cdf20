"""The painter's words for Japanese: stems in kanji and kana (matched anywhere in the
text) and their tags."""

# Frequent particles and words that tell Japanese text from other languages.
COMMON_WORDS: tuple[str, ...] = (
    "の", "は", "を", "が", "に", "で", "と", "も", "へ", "や", "から", "まで", "です", "ます",
    "でした", "ました", "だった", "した", "して", "いる", "ある", "ない", "この", "その", "あの",
    "こと", "もの", "ような", "けれど", "でも", "そして", "それ", "これ", "彼", "彼女", "私",
    "たち", "という", "ので", "など", "よう", "だけ", "ずっと",
)  # fmt: skip

LEXICON: dict[str, tuple[str, ...]] = {
    # time of day
    "夜": ("night", "stars"), "真夜中": ("night", "moon"), "深夜": ("night", "moon"),
    "午前零時": ("night", "moon"), "月光": ("night", "moon"), "月明": ("night", "moon"),
    "満月": ("night", "moon"), "三日月": ("night", "moon"), "お月": ("night", "moon"),
    "月が": ("night", "moon"), "月の光": ("night", "moon"), "星": ("night", "stars"),
    "お星": ("night", "stars"), "暗闇": ("night", "dark"), "真っ暗": ("night", "dark"),
    "まっ暗": ("night", "dark"), "暗い": ("night", "dark"), "闇": ("night", "dark"),
    "夕方": ("dusk",), "夕暮": ("dusk",), "黄昏": ("dusk",), "たそがれ": ("dusk",),
    "日暮れ": ("dusk",), "夕日": ("dusk", "sun"), "夕陽": ("dusk", "sun"),
    "夕焼": ("dusk", "sun"), "日没": ("dusk", "sun"), "日の出": ("dusk", "sun"),
    "夜明け": ("dusk", "sun"), "朝日": ("dusk", "sun"), "太陽": ("day", "sun"),
    "日差し": ("day", "sun"), "日ざし": ("day", "sun"), "陽射し": ("day", "sun"),
    "昼": ("day",), "朝": ("day", "sun"), "午前中": ("day", "sun"), "正午": ("day", "sun"),
    "明るい": ("day",), "夏": ("day", "sun"),
    # weather
    "雨": ("rain",), "大雨": ("storm", "rain"), "豪雨": ("storm", "rain"),
    "嵐": ("storm", "rain"), "雷": ("storm", "lightning"), "稲妻": ("storm", "lightning"),
    "稲光": ("storm", "lightning"), "雪": ("snow",), "冬": ("snow",), "霜": ("snow",),
    "氷": ("snow",), "吹雪": ("storm", "snow"), "霧": ("fog",), "もや": ("fog",),
    "霞": ("fog",), "雲": ("clouds",), "風が": ("clouds", "speed"), "風に": ("clouds",),
    "風の": ("clouds",), "そよ風": ("clouds",), "突風": ("clouds", "speed"),
    # settings
    "海": ("sea",), "大洋": ("sea",), "波": ("sea",), "浜": ("sea",), "岬": ("sea",),
    "島": ("sea",), "港": ("sea", "boat"), "帆": ("sea", "boat"), "船": ("sea", "boat"),
    "舟": ("sea", "boat"), "ボート": ("sea", "boat"), "ヨット": ("sea", "boat"),
    "灯台": ("sea", "lighthouse"), "湖": ("lake",), "池": ("lake",), "都会": ("city",),
    "都市": ("city",), "街": ("city",), "ビル": ("city",), "高層": ("city",),
    "摩天楼": ("city",), "商店街": ("city",), "オフィス": ("city",), "塔": ("city",),
    "森": ("forest",), "林": ("forest",), "木々": ("forest",), "木陰": ("forest",),
    "大木": ("forest",), "樹": ("forest",), "ジャングル": ("forest",), "山": ("mountain",),
    "峰": ("mountain",), "頂上": ("mountain",), "崖": ("mountain",), "谷": ("mountain",),
    "丘": ("meadow",), "野原": ("meadow",), "草原": ("meadow",), "畑": ("meadow",),
    "田んぼ": ("meadow",), "牧場": ("meadow", "house"), "農家": ("meadow", "house"),
    "農場": ("meadow", "house"), "庭": ("meadow", "flowers"), "花": ("flowers",),
    "お花": ("meadow", "flowers"), "草": ("meadow",), "クローバー": ("meadow",),
    "砂漠": ("desert",), "砂丘": ("desert",), "宇宙": ("space",),
    "惑星": ("space", "planet"), "地球": ("space", "planet"), "金星": ("space", "planet"),
    "火星": ("space", "planet"), "銀河": ("space",), "ロケット": ("space", "rocket"),
    "宇宙飛行士": ("space", "rocket"), "月面": ("space", "rocket"), "図書館": ("library",),
    "図書室": ("library",),
    # props
    "家に": ("house",), "家の": ("house",), "我が家": ("house",), "おうち": ("house",),
    "屋敷": ("house",), "小屋": ("house",), "玄関": ("house",), "ドア": ("house",),
    "扉": ("house",), "窓": ("house",), "部屋": ("house",), "城": ("castle",),
    "王様": ("castle",), "王女": ("castle",), "女王": ("castle",), "王子": ("castle",),
    "姫": ("castle",), "王国": ("castle",), "宮殿": ("castle",), "炎": ("fire",),
    "焚き火": ("fire",), "たき火": ("fire",), "暖炉": ("fire",), "火が": ("fire",),
    "火を": ("fire",), "ストーブ": ("fire",), "ろうそく": ("candle",), "蝋燭": ("candle",),
    "キャンドル": ("candle",), "行灯": ("candle",), "道": ("road",), "国道": ("road", "car"),
    "車": ("road", "car"), "運転": ("road", "car"), "ドライブ": ("road", "car"),
    "ハンドル": ("road", "car"), "旅": ("road",), "橋": ("bridge", "river"),
    "川": ("river",), "河": ("river",), "小川": ("river",), "幽霊": ("ghost", "night"),
    "亡霊": ("ghost", "night"), "お化け": ("ghost", "night"), "おばけ": ("ghost", "night"),
    "霊": ("ghost",), "魂": ("ghost",), "人影": ("figure", "dark"), "影が": ("figure", "dark"),
    "恋": ("heart",), "愛": ("heart",), "キス": ("heart",), "ロマン": ("heart",),
    "ときめ": ("heart",), "胸の鼓動": ("heart",), "本を": ("book",), "本棚": ("book",),
    "読書": ("book",), "読ん": ("book",), "読み": ("book",), "小説": ("book",),
    "詩集": ("book",), "絵本": ("book",), "ノート": ("book",), "手帳": ("book",),
    "時計": ("clock",), "時間": ("clock",), "時刻": ("clock",), "鳥": ("birds",),
    "インコ": ("birds",), "オウム": ("birds",), "羽": ("birds",), "翼": ("birds",),
    "ふくろう": ("birds",), "飛ぶ": ("birds",), "飛ん": ("birds",), "少女": ("figure",),
    "少年": ("figure",), "女の子": ("figure",), "男の子": ("figure",), "男の人": ("figure",),
    "女の人": ("figure",), "子ども": ("figure",), "子供": ("figure",),
    "旅人": ("figure", "road"), "英雄": ("figure",), "見知らぬ": ("figure",),
    "走": ("speed", "figure"), "速": ("speed",), "急い": ("speed",),
    "競走": ("speed", "road", "car"), "レース": ("speed", "road", "car"),
    "マラソン": ("speed", "road", "figure"),
}  # fmt: skip

MOODS: dict[str, tuple[str, ...]] = {
    "calm": ("静か", "穏やか", "やさし", "優し", "休", "のんびり", "ゆっくり", "そっと", "落ち着"),
    "joy": ("楽し", "嬉し", "うれし", "笑", "希望", "祝", "友達", "遊", "幸せ"),
    "sad": ("悲し", "寂し", "さびし", "孤独", "失", "泣", "涙", "別れ"),
    "fear": ("怖", "こわ", "恐", "不気味", "謎", "秘密", "奇妙", "ささや", "囁"),
    "epic": ("冒険", "探検", "勇気", "戦", "伝説", "竜", "ドラゴン", "挑戦", "登"),
    "tech": ("技術", "未来", "ロボット", "データ", "デジタル", "コンピュータ", "科学", "人工知能"),
}

# Unspaced: stems match anywhere, so none is held to whole words.
WHOLE_STEMS: frozenset[str] = frozenset()
