"""长治's 三类 hospital (二级乙等及以下) with no level said: its 县级 column is taken and said so, the 省、市级
column's result beside (the handbook's table gives 三类 both) — never the 县级 column silently. Own
phrasings, through the real engine."""
from tests.helpers import answer as ask
from tests.helpers import computed


def test_no_level_said_takes_the_county_column_and_says_the_city_one(engine):
    # 长治 居民住院表 三类: 县级 100 / 85 % → (7100 − 100) × 85% = 5950; 省、市级 400 / 75 % → 5025
    r = computed(ask(engine, "城乡居民医保 住了二乙医院 报销范围内7100 给报多少", region="长治"), 5950, 5025)
    assert "按县级" in r.text and "省、市级" in r.text, r.text


def test_a_level_said_needs_no_other_column(engine):
    r = computed(ask(engine, "城乡居民医保 住了县里的二乙医院 报销范围内7100 给报多少", region="长治"), 5950)
    assert "5025" not in r.text, r.text
