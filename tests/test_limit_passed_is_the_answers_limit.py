"""A time limit said passed without its figure ("要是超过了才交呢") right after an answer that gives one limit
(巴中 第三章 七问: 新生儿出生90天内缴费的自出生之日起享受; 超过90天的自缴费之日起至当年12月31日): the limit
passed is that one — the page saying what follows past it, not another page on paying late (断保's)."""
from tests.helpers import ids, talk


def test_the_limit_passed_is_the_answers(engine):
    first, then = talk(engine, ["孙娃儿上个月才生的 好久之内要给他交医保哦", "要是超过了才交呢"], region="巴中")
    assert first.kind == "faq" and "90天" in first.text, first.text
    assert then.kind == "faq" and "缴费之日" in then.text and "12月31日" in then.text, then.text
    assert ids(then)[:1] == ids(first)[:1]


def test_a_thing_of_its_own_passed_is_no_time_limit(engine):
    # "费用超过了封顶线" passes a ceiling, not the 90 days the answer before gave: never the newborn's page
    # stated outright as its answer
    first, then = talk(engine, ["新生儿出生后多久内要参保", "要是费用超过了封顶线呢"], region="巴中")
    assert first.kind == "faq" and "90天" in first.text, first.text
    assert not (then.kind == "faq" and ids(then)[:1] == ids(first)[:1] and not then.text.startswith("按我的理解")), then.text
