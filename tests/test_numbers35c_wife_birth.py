"""A birth of the asker's wife asked by a 职工 ("我单位交的医保 媳妇要生了"): the wife's own scheme decides —
职工 生育保险 pays the insured woman; a 居民 wife has the 居民 rule (and, in 巴中, the 职工 spouse's 补差,
第二章 九问). Her scheme is asked, never the asker's 职工 taken for hers. Own phrasings, through the engine."""
from tests.helpers import computed, talk


def test_the_wifes_scheme_is_asked_not_the_askers_taken(engine):
    r, = talk(engine, ["我在厂里上班交的职工医保 媳妇下个月要生娃了 能报好多"], region="巴中")
    assert r.kind == "clarify" and "spouse_insurance" in r.missing_slots, r.text
    assert "爱人" in r.text and "居民" in r.text, r.text


def test_a_wife_in_resident_cover_gets_the_top_up_in_bazhong(engine):
    # 巴中 第二章 九问、二十八问, 第三章 十四问: 顺产 职工 3500 − 居民 2000 = 1500; 产检 800 − 500 = 300
    *_, r = talk(engine, ["我是职工医保 婆娘生娃能报好多", "她是合疗", "顺产"], region="巴中")
    computed(r, 1500, 300, 1800, name="maternity")


def test_a_wife_in_staff_cover_has_her_own_staff_rule(engine):
    # 巴中 第二章 二十八问: 顺产 3500 + 产前检查 800
    *_, r = talk(engine, ["我是职工医保 爱人生孩子 剖腹产 报多少", "她也是职工"], region="巴中")
    computed(r, 5500, 800, name="maternity")


def test_her_resident_rule_where_no_top_up_is_listed(engine):
    # 长治 居民 顺产 定额 1500; the handbook lists no 职工 spouse's 补差
    *_, r = talk(engine, ["我是职工医保 老婆顺产 能报多少", "居民医保"], region="长治")
    computed(r, 1500, name="maternity")
    assert "补差" in r.text, r.text


def test_the_wifes_scheme_said_is_no_question(engine):
    r, = talk(engine, ["我是职工医保 我老婆也是职工医保 她顺产能报多少"], region="巴中")
    computed(r, 3500, name="maternity")


def test_a_scheme_said_bare_is_the_cases_own(engine):
    # (no 我 of the asker's beside 职工: the scheme told is the birth's — 巴中 第二章 二十八问 顺产 3500)
    r, = talk(engine, ["巴中职工医保 媳妇顺产 生育医疗费报多少"], region="巴中")
    computed(r, 3500, name="maternity")
