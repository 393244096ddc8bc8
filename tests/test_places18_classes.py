"""Questions of place and year the eighteenth places set showed misread. Own phrasings, through the
real engine (巴中 第三章十一问: 长期备案 in 备案地, 二级 400元 70%, 三级 700元 60%)."""
import pytest

from tests.helpers import answer, ids

# ---- a tier said and what is paid back asked: the table's row, not the rule that states no figure ----


@pytest.mark.parametrize("text, figures", [
    ("在子女那边长期备案 二级医院住院 城乡居民医保怎么报销", ("400", "70%")),
    ("我妈跟我在深圳住 办了异地长期备案 在那边二级医院住院 合疗怎么报", ("400", "70%")),
    ("长期备案在杭州 三级医院住院 居民医保报好多", ("700", "60%")),
    ("老汉随子女在昆明长住 备案了 去三级医院住院 城乡居民医保能报几成", ("700", "60%")),
])
def test_a_tier_said_gets_the_tiers_row(engine, text, figures):
    r = answer(engine, text, region="巴中")
    assert r.kind == "faq", r.text
    assert ids(r)[0] == "bz-3-11-f", r.text
    for f in figures:
        assert f in r.text, (f, r.text)
