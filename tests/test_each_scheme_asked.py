"""A sum asked for each scheme at once — in one question ("职工和居民分别报多少", "我是职工我妈是居民 各报
好多"), or in two whose second names its scheme by the bare word ("职工报多少 居民报多少") — is computed
for each, labelled, rather than asked back which one; a group of 门诊慢病 said short ("一类门慢") is
that group. Own phrasings, through the real engine."""
import pytest

from tests.helpers import answer as ask
from tests.helpers import computed


@pytest.mark.parametrize("text,region,figures", [
    # 巴中 门特: 二级 deductible 400 once a year; 职工 70%, 居民 60%: 9600 × 70% = 6720, 9600 × 60% = 5760
    ("门诊特病 合规一万 今年第一次 职工和居民分别能报好多", "巴中", (6720, 5760)),
    # 巴中 住院 二级: 职工 400 / 82%, 居民 400 / 70%: (5400 − 400) × 82% = 4100, × 70% = 3500; 600 apart
    ("都在二级医院住院 合规5400 我是职工医保 我爸是合疗 各报多少 相差多少", "巴中", (4100, 3500, 600)),
])
def test_each_scheme_in_one_question_is_computed_for_each(engine, text, region, figures):
    r = computed(ask(engine, text, region=region), *figures)
    assert "【职工医保】" in r.text and "【城乡居民医保】" in r.text, r.text
    assert "一个人只能参加其中一种" not in r.text, r.text


def test_the_difference_is_said_only_when_asked(engine):
    r = computed(ask(engine, "门诊特病 合规一万 今年第一次 职工和居民分别能报好多", region="巴中"), 6720, 5760)
    assert "相差" not in r.text, r.text


def test_a_single_scheme_with_a_relatives_other_scheme_is_not_split(engine):
    # no sum asked of each: the question asks which one, as before
    from intents.acts import each_scheme
    assert each_scheme("我是职工医保 我妈是居民医保 三级医院住院合规1万 报多少") is None


@pytest.mark.parametrize("text,region,figures", [
    # 巴中 单行支付药品 (no deductible): 职工 70%, 居民 60% of 15000
    ("单行支付药品一万五 职工报多少 居民报多少", "巴中", (10500, 9000)),
    # 长治 一类门诊慢性病: 职工 85%, 居民 70% of 4000
    ("一类门慢 目录内4000 职工报多少 居民报多少", "长治", (3400, 2800)),
])
def test_two_questions_each_naming_its_scheme(engine, text, region, figures):
    r = computed(ask(engine, text, region=region), *figures)
    assert "一个人只能参加其中一种" not in r.text, r.text


@pytest.mark.parametrize("text,group", [("一类门慢 政策内5000", "一类"), ("二类慢特 花了300", "二类"),
                                        ("一类门诊慢性病 政策内5000", "一类")])
def test_a_chronic_group_said_short(text, group):
    from intents.slots import extract
    assert extract(text).get("chronic_group") == group
