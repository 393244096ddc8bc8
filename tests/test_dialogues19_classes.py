"""Conversations the nineteenth dialogue set showed misread. Own phrasings, through the real engine
(and the batch contract at the end)."""
import pytest

from tests.helpers import computed, talk

# ---- a cancel said over, or followed by "问下 …", ends the form and the question after it is answered --
# (巴中 第三章七问: a newborn paid for within 90 days is covered from birth; 第七章四问: 市本级 0827-5775700)


@pytest.mark.parametrize("turns, needle", [
    (["我老婆生了 能报多少", "算了算了 不用了 问下 新生儿出生后好久之内要交医保 从出生就能报"], "90"),
    (["帮我算下门诊报销", "算了 没事了 问哈 医保局电话好多"], "5775700"),
    (["住院花了六千 能报好多", "不算了不算了 问一下 娃儿刚生下来 好久之内交钱 出生那天就能报"], "90"),
])
def test_a_cancel_then_a_question_ends_the_form_and_answers_it(engine, turns, needle):
    *_, r = talk(engine, turns, region="巴中")
    assert r.kind == "faq" and needle in r.text, r.text
    assert "还差一项" not in r.text and "顺产" not in r.text, r.text


# ---- what basic insurance left, told with where the stay was, is the figure 大病保险's form waits for --
# (长治 居民大病保险: above 1万 at 75%; 巴中 第三章二十二问: 居民 起付 14448, 60%)


@pytest.mark.parametrize("region, turns, figure", [
    ("长治", ["居民医保大病保险怎么报", "今年个人合规自付一共三万 在长治住的院"], 15000),
    ("长治", ["帮我算大病保险 居民", "自己合规自付了两万 在市医院住的院"], 7500),
    ("巴中", ["帮我算下大病保险", "居民", "今年个人合规自付一共八万 在巴中中心医院住的院"], 39331.2),
])
def test_what_is_left_told_with_the_stay_fills_the_serious_illness_form(engine, region, turns, figure):
    *_, r = talk(engine, turns, region=region)
    computed(r, figure, name="serious_illness")


# ---- a story with nothing asked yet: asked back gently, never refused; the question after it is read with it
# (巴中 第三章十问 例五: two years without cover, 3 + 1 = 4 months)


@pytest.mark.parametrize("region, story", [
    ("长治", "俺是职工，单位给交的医保，前些天在长治住院了，心里一直没底"),
    ("长治", "俺是退休职工，以前在厂里上班，前阵子心脏不好在长治住了一回院，又听人说了一堆报销的事，越听越糊涂"),
])
def test_a_story_asking_nothing_is_asked_back(engine, region, story):
    r, = talk(engine, [story], region=region)
    assert r.kind == "clarify" and "您具体想问" in r.text, r.text


def test_a_choice_after_the_ask_back_is_that_question_alone(engine):
    from bot.reply import Message
    from bot.session import Session
    session = Session()
    back = engine.answer(Message(text="俺是职工，单位给交的医保，前些天在长治住院了，心里一直没底", region="长治"), session)
    # (a channel turns "1" into the first choice's text before the engine reads it)
    picked = engine.answer(Message(text=back.suggestions[0], region="长治"), session)
    assert "您具体想问" not in picked.text and "参保缴费" in picked.text, picked.text     # (that page, not the story again)
    after = engine.answer(Message(text="职工医保一年最多报多少", region="长治"), session)
    assert after.kind == "faq" and "8万" in after.text, after.text


@pytest.mark.parametrize("turns", [
    ["俺儿子在外地打工 2024年没交合疗 2025年也没交 屋头其他人都交了", "他打算2026年集中缴费期交 交了以后好久能报"],
    ["我闺女在广州上班 2025年没交合疗 2026年也没交 家里其他人都交了 她说年轻不怕", "她想2027年集中缴费期交 交了多久能报"],
])
def test_the_question_after_a_story_is_read_with_it(engine, turns):
    *_, r = talk(engine, turns, region="巴中")
    computed(r, 4, name="waiting_period")


@pytest.mark.parametrize("text", [
    "通江县 职工医保 在二级医院住院 起付线和比例",
    "我妈在巴州区 今年自己去医院做了个全身体检 花了八百多 体检的钱医保能报不嘛",
    "同学说过了集中缴费期再交 之前看病的钱报不了 真的假的",
])
def test_a_question_said_without_a_question_word_is_no_story(text):
    from intents.acts import tells_only
    from intents.forms import QUESTION
    assert not tells_only(text, QUESTION)


# ---- how a benefit pays, asked 怎么报 / 咋报: its rates, not its definition nor a neighbouring case's page ----
# (巴中 第四章十九问: 两病 50%, 500 a year for both; 长治 居民门诊统筹: 45% / 55% / 60%, 300 a year)


@pytest.mark.parametrize("region, text, entry, needles", [
    ("巴中", "两病怎么报销的", "bz-4-19", ["50%", "500"]),
    ("巴中", "两病待遇是咋个报的", "bz-4-19", ["50%", "500"]),
    ("长治", "居民门诊统筹是咋报销的", "cz-jm-04", ["60%", "300"]),
    ("长治", "合疗的门诊统筹怎么报", "cz-jm-04", ["60%", "300"]),
])
def test_how_a_benefit_pays_is_its_rates(engine, region, text, entry, needles):
    r, = talk(engine, [text], region=region)
    assert r.kind == "faq" and r.sources[0].entry_id == entry, r.text
    assert all(n in r.text for n in needles), r.text


# ---- the same through the batch contract (`yibao ask --jsonl`, a real subprocess) -------------------

def test_these_conversations_through_the_batch_contract(tmp_path):
    from test_dialogues import _batch
    rows = _batch(tmp_path, {
        "cancel": ("巴中", ["帮我算下门诊报销", "算了 没事了 问哈 医保局电话好多"]),
        "left": ("长治", ["居民医保大病保险怎么报", "今年个人合规自付一共三万 在长治住的院"]),
        "story": ("巴中", ["俺儿子在外地打工 2024年没交合疗 2025年也没交 屋头其他人都交了", "他打算2026年集中缴费期交 交了以后好久能报"]),
        "back": ("长治", ["俺是职工，单位给交的医保，前些天在长治住院了，心里一直没底"]),
    })
    assert rows["cancel-1"]["kind"] == "faq" and "5775700" in rows["cancel-1"]["text"]
    assert rows["left-1"]["kind"] == "calculation" and "15,000" in rows["left-1"]["text"]
    assert rows["story-1"]["kind"] == "calculation" and rows["story-1"]["calculation"]["name"] == "waiting_period"
    assert rows["back-0"]["kind"] == "clarify" and rows["back-0"]["suggestions"]
