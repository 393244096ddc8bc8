"""Whose region and whose scheme a question is about, when the chat, the asker's whereabouts and the
insurance's place differ. Own phrasings, through the real engine."""
import pytest

from intents.regions import detect_region, insured_at_home_away
from tests.helpers import answer as ask

# ---- a covered region named as the chat's group or where the asker sits: the one asked of wins ----


@pytest.mark.parametrize("text, chat, asked", [
    ("这群是长治的 打听下巴中职工医保三级医院住院起付线", "长治", "巴中"),
    ("咱们巴中医保群 想问问克拉玛依学生医保一年交多少", "巴中", "克拉玛依"),
    ("在克拉玛依的群里问一句 长治居民医保门诊一年最多报多少", "克拉玛依", "长治"),
    ("我人在长治 替巴中的老表问下 合疗门诊一年最多报多少", "长治", "巴中"),
])
def test_the_region_asked_of_wins_over_the_chats_own_named(text, chat, asked):
    assert detect_region(text).region == asked


def test_the_group_named_alone_is_still_that_region():
    # only another covered region named beside it moves the question
    assert detect_region("巴中群 问下合疗住院起付线").region == "巴中"


@pytest.mark.parametrize("text, chat, needles, absent", [
    # 巴中 职工 三级: 700元, 80% (第二章二十七问)
    ("这群是长治的 打听下巴中职工医保三级医院住院起付线", "长治", ["700", "80%"], []),
    # 长治 居民门诊统筹: 300元 a year; never 巴中's 100元
    ("咱这巴中群 打听下长治居民医保门诊一年最多报多少", "巴中", ["300"], ["100元"]),
    # 克拉玛依 students' 两病 高血压: 700元
    ("我在长治替克拉玛依上大学的外孙问 他们学校两病高血压一年报多少", "长治", ["700"], []),
])
def test_the_region_asked_of_answers_in_another_regions_chat(engine, text, chat, needles, absent):
    reply = ask(engine, text, region=chat)
    assert reply.kind == "faq", reply.text
    for n in needles:
        assert n in reply.text, reply.text
    for n in absent:
        assert n not in reply.text, reply.text


# ---- a scheme of an uncovered place, care in a covered region: that place's, refused -------------


@pytest.mark.parametrize("text, chat, place", [
    ("单位交的西安职工医保 回巴中老家住院能报好多", "巴中", "西安"),
    ("我在重庆打工 厂里买的重庆职工医保 回通江住院咋报", "巴中", "重庆"),
    ("俺儿媳妇在石家庄交的居民医保 回长治生娃 能报多少", "长治", "石家庄"),
    ("我姑娘在郑州参的保 回长治坐月子分娩 报多少", "长治", "郑州"),
])
def test_a_scheme_paid_elsewhere_is_not_answered_with_the_place_of_cares_page(engine, text, chat, place):
    reply = ask(engine, text, region=chat)
    assert reply.kind == "unanswered" and place in reply.text, reply.text
    assert "来源" not in reply.text


# ---- the region named only as where one works, the scheme paid at an unnamed home: home asked ----


@pytest.mark.parametrize("text, region", [
    ("我在巴中打工 合疗是在老家交的 住院起付线多少", "巴中"),
    ("俺在长治上班 医保还是家里交的 门诊报多少", "长治"),
    ("我在克拉玛依打工 老家交的医保 住院能报多少", "克拉玛依"),
])
def test_a_region_only_worked_in_with_home_unnamed_asks_where_home_is(engine, text, region):
    assert insured_at_home_away(text, region)
    reply = ask(engine, text, region=region)
    assert reply.kind == "clarify" and "老家在哪里" in reply.text, reply.text
    assert "来源" not in reply.text


@pytest.mark.parametrize("text, region", [
    ("我在巴中打工 住院起付线多少", "巴中"),                 # no home scheme said
    ("医保是老家交的 老家就是巴中 住院起付线多少", "巴中"),   # home is the region itself
    ("我在巴中打工 合疗在长治老家交的 住院报多少", "巴中"),   # home named
])
def test_home_said_or_no_home_scheme_is_not_asked(text, region):
    assert not insured_at_home_away(text, region)


@pytest.mark.parametrize("text", ["打听一下长治居民医保门诊一年最多报多少", "问问长治居民医保门诊一年最多报多少"])
def test_asking_in_other_words_is_not_the_topic(engine, text):
    # 打听 / 问问 are the request, as 问下 is: the page found without them is found with them
    reply = ask(engine, text, region="长治")
    assert reply.kind == "faq" and "300" in reply.text, reply.text
