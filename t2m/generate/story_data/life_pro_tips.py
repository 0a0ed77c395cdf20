"""Material for the ``life_pro_tips`` topic: a list of practical tips, each
with the reason it works."""

from t2m.generate.story_data.model import Frame, Material

LIFE_PRO_TIPS = Material(
    kind="list",
    subject="a script of practical, safe life pro tips, each with the reason it works",
    titles=(
        "{n} Life Pro Tips Worth Knowing",
        "{n} Small Habits That Make Life Easier",
        "Life Hacks: {n} Tips That Actually Work",
    ),
    descriptions=(
        "{n} practical tips for everyday life, each with the reason it works.",
        "Simple, useful and free: {n} life pro tips.",
    ),
    frames=(
        Frame(
            openings=(
                "Here are some small tips that can make everyday life a little easier.",
                "These life pro tips take seconds to learn and can save you hours.",
            ),
            beats=(
                "Use the two-minute rule. If a task takes less than two minutes, do it now, "
                "because writing it down and remembering it later costs more than doing it.",
                "Before a difficult conversation, write down the one thing you want the other "
                "person to understand. It keeps you calm and stops you drifting off topic.",
                "Put your phone in another room when you need to focus. Even a silent phone on the "
                "desk pulls at your attention.",
                "When you learn someone's name, use it once in the conversation. Saying it aloud "
                "helps your memory store it.",
                "Lay out tomorrow's clothes and bag the night before. Mornings go smoother when "
                "the decisions are already made.",
                "If you cannot decide between two options, flip a coin. While it is in the air, "
                "you often notice which side you are hoping for.",
                "Keep a small notebook or a note on your phone for ideas. Ideas arrive at odd "
                "times and leave just as quickly.",
                "Drink a glass of water when you wake up. After a night without water, it is one "
                "of the simplest ways to feel more awake.",
                "Wait a day before buying anything expensive that you did not plan to buy. If you "
                "still want it tomorrow, it is probably worth it.",
                "Take a photo of where you parked, of your luggage before a trip, and of important "
                "documents. Photos are the easiest backup you will ever make.",
                "When you feel overwhelmed, write every task down, then pick just one. A list on "
                "paper is lighter than a list in your head.",
                "Stand up and walk for a few minutes every hour. Your back, your eyes and your "
                "ideas will all be better for it.",
                "Say thank you in writing when someone helps you. A short note is remembered far "
                "longer than a quick word.",
                "Set your alarm for the time you actually need to get up, not earlier. Snoozing "
                "breaks up your last, most restful sleep.",
                "Check your plans for tomorrow before bed. Two minutes of planning saves a morning "
                "of rushing.",
                "Learn to say: let me think about it and get back to you. It gives you time to "
                "make a decision you will not regret.",
                "Clean as you cook. Washing a bowl while the pasta boils means the kitchen is "
                "nearly clean by the time you eat.",
                "Keep a spare phone charger in your bag. The day you need it is never the day you "
                "planned for.",
            ),
            climaxes=(),
            endings=(
                "Try one of these today and see what changes.",
                "Small habits add up. Pick your favourite and start with it.",
            ),
        ),
    ),
)
