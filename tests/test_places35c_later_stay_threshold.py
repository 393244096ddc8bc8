"""The threshold of a later stay in the year asked: only a page on stays after the first (克拉玛依's 再次住院,
巴中's transfer within one treatment) answers it; one tier's threshold does not, and where the handbook has no
such page the question is referred. Own phrasings, through the real engine."""
from corpus.qtype import missing_answer
from tests.helpers import answer, ids


def test_the_kind_is_asked_only_of_a_stay_said_again():
    one_tier = "市内住院：乡镇卫生院（社区卫生服务中心）起付标准100元，报销比例90%。"
    assert missing_answer("今年住了3次院 起付线每次都扣吗", one_tier) == "再次起付"
    assert missing_answer("第2次住院还交起付线不", one_tier) == "再次起付"
    assert missing_answer("乡镇卫生院住院起付线多少", one_tier) is None
    # (a page naming 转诊 only as a case of its rates says nothing of a later stay)
    assert missing_answer("今年住了3次院 起付线每次都扣吗", "分长期备案、非急诊且未转诊的其他临时外出住院三种情况。") == "再次起付"


def test_a_region_silent_on_it_refers(engine):
    r = answer(engine, "合疗 今年在乡镇卫生院住了两次院 起付线是不是两次都要扣", region="巴中")
    assert r.kind == "unanswered" and "不再支付" not in r.text and "0827" in r.text, r.text
    # (at most the transfer page offered as what may have been meant: never a tier's threshold stated)
    r = answer(engine, "合疗 今年在县医院住了三次院 起付线是不是每次都得交", region="巴中")
    assert r.kind in ("unanswered", "clarify") and "起付标准400元" not in r.text and "不再支付" not in r.text, r.text


def test_the_page_that_says_it_answers(engine):
    # 克拉玛依 第7部分（一）: 同一等级医疗机构再次住院的，不再支付起付标准
    r = answer(engine, "这学期住了两次院 起付线每次都要扣吗", region="克拉玛依")
    assert r.kind == "faq" and "不再支付起付标准" in r.text, r.text
    # 巴中 第三章 十二问: a transfer within one treatment
    r = answer(engine, "合疗转院以后 起付线要重新交吗", region="巴中")
    assert r.kind == "faq" and "起付标准差额" in r.text and ids(r)[0] == "bz-3-12", r.text
