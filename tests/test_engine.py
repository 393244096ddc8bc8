"""The engine end to end on the real corpus: bands, small talk, bad input, honesty."""
import pytest

from bot import texts
from bot.session import Session
from tests.helpers import answer as ask


@pytest.mark.parametrize("text,region,needle", [
    ("巴中居民医保2026年什么时候交费？", None, "2026"),
    ("巴中恩阳区医保窗口电话", None, "3369181"),
    ("克拉玛依缴费业务咨询电话是多少", None, "12366"),
    ("两病糖尿病一年最多报多少", "巴中", "300"),
    ("长治居民门诊用乙类药品要先自付多少", None, "5%"),
])
def test_handbook_answers_name_their_source(engine, text, region, needle):
    reply = ask(engine, text, region)
    assert reply.kind == "faq"
    assert needle in reply.text
    assert reply.sources and reply.sources[0].entry_id
    assert "来源：" in reply.text


@pytest.mark.parametrize("text", ["公积金怎么提取", "怎么办理护照", "明天天气怎么样", "感冒吃什么药好",
                                  "养老金每个月能领多少", "重疾险值得买吗"])
def test_out_of_scope_is_refused_with_the_office(engine, text):
    reply = ask(engine, text, region="巴中")
    assert reply.kind == "unanswered"
    assert "0827-5775700" in reply.text


@pytest.mark.parametrize("text,place", [("广州医保门诊报销比例", "广州"), ("北京职工医保住院起付线多少", "北京"),
                                        ("成都居民医保一年交多少", "成都")])
def test_uncovered_places_never_get_another_regions_figures(engine, text, place):
    reply = ask(engine, text, region="巴中")
    assert reply.kind == "unanswered"
    assert place in reply.text
    assert not reply.sources


def test_karamay_employee_questions_are_not_answered_from_the_student_guide(engine):
    reply = ask(engine, "克拉玛依职工医保住院报销比例多少")
    assert reply.kind == "unanswered"
    assert "职工医保" in reply.text


@pytest.mark.parametrize("text", ["你好", "谢谢", "/help", "在吗？", "hi 在吗"])
def test_small_talk_is_short_and_not_a_search(engine, text):
    reply = ask(engine, text)
    assert reply.kind == "clarify" and not reply.sources
    assert len(reply.text) < 400


@pytest.mark.parametrize("text,expected", [
    ("", "可以这样问"), ("   ", "可以这样问"),
    ("😀😀😀", "请用中文"), ("？？？", "请用中文"), ("asdfgh qwerty", "请用中文"),
    ("<script>alert('x')</script>", "请用中文"),
])
def test_bad_input_gets_a_clear_message(engine, text, expected):
    reply = ask(engine, text)
    assert reply.kind == "clarify"
    assert expected in reply.text


def test_a_very_long_message_is_answered_on_its_first_part(engine):
    text = "巴中居民医保什么时候交费？" + "啊" * 10_000
    reply = ask(engine, text)
    assert "前 2000 个字" in reply.text
    assert reply.kind == "faq"


@pytest.mark.parametrize("text", ["九亿" * 999 + "九元", "住院花了" + "亿" * 1990 + "元", "😀" * 1000 + "住院花了5000"])
def test_odd_input_gets_a_reply_not_an_exception(engine, text):
    assert ask(engine, text).kind in ("faq", "calculation", "clarify", "unanswered")


def test_html_around_a_question_is_stripped(engine):
    reply = ask(engine, "<b>巴中恩阳区医保窗口电话</b>")
    assert "3369181" in reply.text and "<b>" not in reply.text


def test_chat_region_is_used_when_the_question_omits_it(engine):
    reply = ask(engine, "城乡居民医保个人缴费标准是多少", region="克拉玛依")
    assert reply.region == "克拉玛依"
    assert reply.sources[0].entry_id.startswith(("ky", "qg"))


def test_a_region_named_once_carries_through_the_conversation(engine):
    session = Session()
    ask(engine, "巴中居民医保什么时候交费", session=session)
    assert session.region == "巴中"
    reply = ask(engine, "门诊统筹一年能报多少", session=session)
    assert reply.region == "巴中"


def test_no_region_known_never_picks_one(engine):
    reply = ask(engine, "城乡居民大病保险起付线是多少")
    assert reply.kind == "clarify" and reply.region is None and reply.missing_slots == ["region"]
    # a region's figure, where shown, stands under its label beside the others' (README, Where and
    # when), never before the labels as the answer
    head, _, rest = reply.text.partition("【")
    assert "14448" not in head and ("14448" not in rest or ("【巴中" in reply.text and rest.count("来源：") >= 2))


def test_unanswered_questions_offer_the_office(engine):
    reply = ask(engine, "医保卡丢了在火星上怎么补办星际医保", region="巴中")
    assert reply.kind == "unanswered"
    assert "0827-5775700" in reply.text


@pytest.mark.parametrize("text", ["报销", "医保报销", "慢病", "门诊"])
def test_vague_questions_get_options_not_a_guess(engine, text):
    reply = ask(engine, text, region="巴中")
    assert reply.kind == "clarify"
    assert 2 <= len(reply.suggestions) <= 3
    assert "你是不是想问" in reply.text


def test_more_gives_the_rest_of_a_long_answer(engine):
    session = Session()
    first = ask(engine, "巴中门诊慢病有哪些病种", session=session)
    assert "更多" in first.text
    rest = ask(engine, "更多", session=session)
    assert rest.kind == "faq" and rest.sources[0].entry_id == first.sources[0].entry_id
    assert rest.text != first.text
    # asked again, or after an answer with nothing held back: said so, not searched as a question
    again = ask(engine, "更多", session=session)
    assert again.kind == "clarify" and again.text == texts.NO_MORE and not again.suggestions
