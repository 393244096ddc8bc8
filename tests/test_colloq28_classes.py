"""Round 28's colloquial and place questions, by class, in phrasings of our own: a question that
says "this" of the story told before it is read with that story; care elsewhere said to be
temporary (去外地临时看病) is the 临时备案 case; and a group's or a case's own page is found
before a generic neighbour. Figures and pages from the handbooks (巴中 第一章 六、二十八、第三章
六问; 克拉玛依 第8部分（一）; 长治 医疗救助范围)."""

import pytest

from intents.message import parse
from intents.slots import extract
from tests.helpers import answer, ids


@pytest.mark.parametrize("text, entry, said", [
    # 巴中 第一章 六: 应当从工伤保险基金中支付的 — the story (hurt at work) is what "这种情况" asks of,
    # not the bare "医保管不管", which found the third party's page
    ("在工地干活从架子上摔下来了 包工头不管 这个医保给不给报", "bz-1-06-a", "工伤保险"),
    ("在工地上干活被砖头砸伤了脚 包工头不认账 这种情况医保管不管", "bz-1-06-a", "工伤保险"),
])
def test_a_question_saying_this_of_its_story_is_read_with_it(engine, text, entry, said):
    r = answer(engine, text, region="巴中")
    assert r.kind == "faq", r.text
    assert ids(r)[0] == entry, r.text
    assert said in r.text


def test_a_this_question_is_not_read_bare():
    # the story gives it no slot words: "这种情况医保管不管" alone is no reading of it
    parts = parse("在厂里上班被机器压伤了手 老板叫我先拿医保去报 这种情况医保管不管").parts
    assert len(parts) == 1
    assert parts[0].readings[0].startswith("在厂里上班")
    assert not any(r.startswith("这种情况") for r in parts[0].readings), parts[0].readings


def test_a_this_question_keeps_the_slot_words_its_story_gives():
    # "这个钱咋个办" after a story naming the scheme and the account: read with them, it still says what
    parts = parse("我老汉是职工医保 上个月人走了 办完丧事才想起他卡上个人账户还剩好几千 这个钱咋个办").parts
    assert any(r.endswith("这个钱咋个办") and r != "这个钱咋个办" and not r.startswith("我老汉")
               for r in parts[0].readings), parts[0].readings


def test_this_month_is_a_time_not_the_story():
    # "这个月" is when, not what the story told: the question is still read alone as well
    parts = parse("单位断缴了好几个月医保 老板说下个月补上 这个月住院能报吗").parts
    assert "这个月住院能报吗" in parts[0].readings, parts[0].readings


@pytest.mark.parametrize("text", ["去外地临时看病", "临时去外省住院了", "在异地临时就医"])
def test_care_elsewhere_said_temporary_is_the_temporary_filing(text):
    assert extract(text).get("filing") == "临时备案"


@pytest.mark.parametrize("text", ["临时有事没去医院", "长期在外地住"])
def test_temporary_said_of_nothing_elsewhere_is_no_filing(text):
    assert extract(text).get("filing") != "临时备案"


def test_temporary_care_elsewhere_is_asked_of_its_own_rates(engine):
    # 克拉玛依 第8部分（一）: 异地临时就医人员 报销比例比参保地降低20%
    # (the page on the filing's kinds states the same cut: either answers it)
    r = answer(engine, "学校交的医保 放假临时去外省看病 报销比例比在克拉玛依低不低")
    assert r.kind == "faq", r.text
    assert ids(r)[0] in ("ky-08-06", "ky-08-03"), r.text
    assert "20%" in r.text


@pytest.mark.parametrize("text, region, entry, said", [
    # 巴中 第三章 六问: 特困人员个人缴费部分给予全额资助 (the group's row, or the 资助 table whose row it
    # is; not 第一章 十四's how the fund is raised)
    ("我们队上的五保户 交合疗的钱是他自己掏还是国家出", "巴中", ("bz-3-06-b", "bz-3-06"), "全额资助"),
    # 巴中 第一章 二十八: 村民长期异地随子女生活 is a 长期 case
    ("我妈随子女在外地住了好几年 她的合疗住院要办长期备案还是临时备案", "巴中", ("bz-1-28",), "随子女"),
    # 长治 医疗救助范围: 乡村振兴部门认定的返贫致贫人口
    ("长治的脱贫不稳定户 由哪个部门来认定", "长治", ("cz-jz-02",), "乡村振兴"),
])
def test_a_groups_own_page_beats_a_generic_one(engine, text, region, entry, said):
    r = answer(engine, text, region=region)
    assert r.kind == "faq", r.text
    assert ids(r)[0] in entry, r.text
    assert said in r.text


