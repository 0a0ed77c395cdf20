"""The painter's words for Chinese: stems (matched anywhere in the text) and their tags."""

# Frequent characters and words that tell Chinese text from other languages.
COMMON_WORDS: tuple[str, ...] = (
    "的", "了", "是", "在", "我", "你", "他", "她", "们", "这", "那", "有", "和", "就", "不",
    "也", "都", "说", "着", "过", "会", "要", "个", "没", "么", "吗", "呢", "吧", "还", "很",
    "把", "被", "对", "里", "从", "给", "让", "因为", "所以", "但是", "可以", "自己", "一个",
    "什么", "已经", "这个", "那个", "我们", "他们", "时候",
)  # fmt: skip

LEXICON: dict[str, tuple[str, ...]] = {
    # time of day
    "夜": ("night", "stars"), "午夜": ("night", "moon"), "半夜": ("night", "moon"),
    "月亮": ("night", "moon"), "月光": ("night", "moon"), "明月": ("night", "moon"),
    "满月": ("night", "moon"), "月色": ("night", "moon"), "星星": ("night", "stars"),
    "星空": ("night", "stars"), "星光": ("night", "stars"), "繁星": ("night", "stars"),
    "黑暗": ("night", "dark"), "漆黑": ("night", "dark"), "天黑": ("night", "dark"),
    "傍晚": ("dusk",), "黄昏": ("dusk",), "暮色": ("dusk",), "日落": ("dusk", "sun"),
    "夕阳": ("dusk", "sun"), "晚霞": ("dusk", "sun"), "日出": ("dusk", "sun"),
    "黎明": ("dusk", "sun"), "朝阳": ("dusk", "sun"), "清晨": ("day", "sun"),
    "太阳": ("day", "sun"), "阳光": ("day", "sun"), "白天": ("day",), "早晨": ("day", "sun"),
    "早上": ("day", "sun"), "上午": ("day", "sun"), "中午": ("day", "sun"),
    "正午": ("day", "sun"), "明亮": ("day",), "夏天": ("day", "sun"), "夏日": ("day", "sun"),
    # weather
    "雨": ("rain",), "下雨": ("storm", "rain"), "暴雨": ("storm", "rain"),
    "大雨": ("storm", "rain"), "雷雨": ("storm", "rain", "lightning"),
    "风暴": ("storm", "rain"), "暴风": ("storm", "rain"), "雷": ("storm", "lightning"),
    "闪电": ("storm", "lightning"), "雪": ("snow",), "冬天": ("snow",), "冬日": ("snow",),
    "寒冬": ("snow",), "霜": ("snow",), "冰雪": ("snow",), "结冰": ("snow",),
    "冰面": ("snow",), "暴风雪": ("storm", "snow"), "雾": ("fog",), "云": ("clouds",),
    "大风": ("clouds", "speed"), "狂风": ("clouds", "speed"), "微风": ("clouds",),
    "寒风": ("clouds",), "晚风": ("clouds",), "风声": ("clouds",), "风吹": ("clouds",),
    # settings
    "海": ("sea",), "波浪": ("sea",), "浪花": ("sea",), "沙滩": ("sea",),
    "岛": ("sea",), "港口": ("sea", "boat"), "码头": ("sea", "boat"),
    "帆": ("sea", "boat"), "船": ("sea", "boat"), "灯塔": ("sea", "lighthouse"),
    "湖": ("lake",), "池塘": ("lake",), "城市": ("city",), "街": ("city",),
    "大楼": ("city",), "高楼": ("city",), "楼房": ("city",), "摩天": ("city",),
    "市中心": ("city",), "城里": ("city",), "办公室": ("city",), "森林": ("forest",),
    "树": ("forest",), "丛林": ("forest",), "松林": ("forest",), "竹林": ("forest",),
    "山": ("mountain",), "峰": ("mountain",), "悬崖": ("mountain",), "峡谷": ("mountain",),
    "丘": ("meadow",), "田野": ("meadow",), "农田": ("meadow",), "草地": ("meadow",),
    "草原": ("meadow",), "草丛": ("meadow",), "青草": ("meadow",), "草叶": ("meadow",),
    "农场": ("meadow", "house"), "农舍": ("meadow", "house"), "花园": ("meadow", "flowers"),
    "花朵": ("meadow", "flowers"), "鲜花": ("flowers",), "开花": ("flowers",),
    "花瓣": ("flowers",), "野花": ("meadow", "flowers"), "花丛": ("flowers",),
    "兰花": ("flowers",), "沙漠": ("desert",), "沙丘": ("desert",), "沙子": ("desert",),
    "太空": ("space",), "宇宙": ("space",), "星球": ("space", "planet"),
    "行星": ("space", "planet"), "地球": ("space", "planet"), "金星": ("space", "planet"),
    "银河": ("space",), "星系": ("space",), "火箭": ("space", "rocket"),
    "宇航员": ("space", "rocket"), "航天": ("space", "rocket"), "登月": ("space", "rocket"),
    "图书馆": ("library",),
    # props
    "房子": ("house",), "屋": ("house",), "回家": ("house",), "家里": ("house",),
    "家门": ("house",), "房门": ("house",), "门口": ("house",), "敲门": ("house",),
    "窗": ("house",), "城堡": ("castle",), "宫殿": ("castle",), "国王": ("castle",),
    "王后": ("castle",), "女王": ("castle",), "公主": ("castle",), "王子": ("castle",),
    "王国": ("castle",), "皇帝": ("castle",), "火焰": ("fire",), "火光": ("fire",),
    "篝火": ("fire",), "炉火": ("fire",), "火炉": ("fire",), "火苗": ("fire",),
    "点火": ("fire",), "大火": ("fire",), "蜡烛": ("candle",), "烛光": ("candle",),
    "公路": ("road",), "道路": ("road",), "马路": ("road",), "小路": ("road",),
    "路上": ("road",), "旅途": ("road",), "旅程": ("road",), "汽车": ("road", "car"),
    "开车": ("road", "car"), "车灯": ("road", "car"), "车子": ("road", "car"),
    "方向盘": ("road", "car"), "高速": ("road", "car"), "桥": ("bridge", "river"),
    "河": ("river",), "溪": ("river",), "江": ("river",), "鬼": ("ghost", "night"),
    "幽灵": ("ghost", "night"), "灵魂": ("ghost",), "影子": ("figure", "dark"),
    "人影": ("figure", "dark"), "黑影": ("figure", "dark"), "爱情": ("heart",),
    "相爱": ("heart",), "爱上": ("heart",), "恋": ("heart",), "吻": ("heart",),
    "浪漫": ("heart",), "心动": ("heart",), "心跳": ("heart",), "书": ("book",),
    "阅读": ("book",), "小说": ("book",), "诗集": ("book",), "笔记本": ("book",),
    "钟": ("clock",), "时间": ("clock",), "小时": ("clock",), "怀表": ("clock",),
    "鸟": ("birds",), "鹦鹉": ("birds",), "飞翔": ("birds",), "翅膀": ("birds",),
    "男人": ("figure",), "女人": ("figure",), "女孩": ("figure",), "男孩": ("figure",),
    "孩子": ("figure",), "陌生人": ("figure",), "旅人": ("figure", "road"),
    "英雄": ("figure",), "跑": ("speed", "figure"), "飞快": ("speed",),
    "飞奔": ("speed",), "迅速": ("speed",), "比赛": ("speed", "road", "car"),
    "赛车": ("speed", "road", "car"), "马拉松": ("speed", "road", "figure"),
}  # fmt: skip

MOODS: dict[str, tuple[str, ...]] = {
    "calm": ("平静", "安静", "宁静", "温柔", "休息", "放松", "轻轻", "柔和", "静静", "慢慢"),
    "joy": ("快乐", "开心", "高兴", "微笑", "笑", "希望", "庆祝", "有趣", "朋友", "玩"),
    "sad": ("伤心", "难过", "孤独", "寂寞", "失去", "哭", "眼泪", "悲伤", "想念", "冷清"),
    "fear": ("害怕", "恐惧", "恐怖", "吓", "诡异", "神秘", "秘密", "奇怪", "低语", "脚步声"),
    "epic": ("冒险", "探索", "勇敢", "战斗", "传说", "龙", "攀登", "征服", "战争", "军队"),
    "tech": ("科技", "未来", "机器人", "数据", "数字", "电脑", "科学", "人工智能", "手机"),
}

# Unspaced: stems match anywhere, so none is held to whole words.
WHOLE_STEMS: frozenset[str] = frozenset()
