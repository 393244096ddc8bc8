"""Pages reached through everyday words for what they cover: how many diseases the 门诊慢病 list has
(its own page, not the 门诊大病 list that shares 门诊 and 病 and was the only one phrased with a count),
drugs fetched at a clinic (门诊统筹), and a claim said as going to 医保 for it (找医保报: the
零报销 reward). Each through the engine, as the asker writes it."""
import pytest

from tests.helpers import answer, ids


@pytest.mark.parametrize("text, region, entry, needles", [
    ("门诊慢病包括哪些，一共几种？", "克拉玛依", "ky-07-07", ["15种", "苯丙酮尿症"]),
    ("学生医保的门诊慢病总共有几种病", "克拉玛依", "ky-07-07", ["15种"]),
    ("巴中的合疗 平常感冒了在诊所拿点药能报不 能报好多", "巴中", "bz-3-18", ["50%", "100元"]),
    ("今年一分钱都没找医保报过，明年有啥子好处没得？", "巴中", "bz-3-09", ["4000", "大病保险"]),
])
def test_the_page_that_covers_it(engine, text, region, entry, needles):
    reply = answer(engine, text, region=region)
    assert reply.kind == "faq" and ids(reply)[:1] == [entry], (ids(reply), reply.text)
    assert all(n in reply.text for n in needles), reply.text


def test_the_major_outpatient_list_keeps_its_count(engine):
    reply = answer(engine, "门诊大病一共几种", region="克拉玛依")
    assert ids(reply)[:1] == ["ky-07-15"], reply.text

