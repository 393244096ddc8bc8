"""After the years short at retirement were computed, "补缴怎么算" asks the 补缴 rule (the year's lowest base
× 7%), read with the retirement topic before — not the page of years brought from another city."""
from tests.helpers import talk


def test_top_up_asked_after_the_years_short_is_the_top_up_rule(engine):
    _, rule = talk(engine, ["我明年到退休年龄 职工医保总共交了17年 够不够", "那补缴是怎么算的"], region="巴中")
    assert rule.kind == "faq" and "7%" in rule.text and "最低缴费基数" in rule.text, rule.text
