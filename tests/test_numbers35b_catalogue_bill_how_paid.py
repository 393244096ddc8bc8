"""A stay's bill told as the catalogue's sum (合规 / 目录内 / 政策范围内) with how it is paid asked ("咋报") is the
asker's own bill, computed with its working — as "花了… 咋报" is; the table's ratios asked in words of their own
(几成, 比例) stay the rule's page. Own phrasings, through the real engine."""
from tests.helpers import answer as ask
from tests.helpers import computed


def test_catalogue_bill_how_paid_is_computed(engine):
    # 巴中 居民 三级: 700 起付, 60 %: (8700 − 700) × 60 % = 4800
    r = computed(ask(engine, "合疗 在三级医院住院 政策范围内8700 咋个报", region="巴中"), 4800, name="inpatient")
    assert "700 起付线" in r.text, r.text


def test_catalogue_bill_how_paid_in_changzhi(engine):
    # 长治 居民 二类 省、市级: 500 起付, 70 %: (6500 − 500) × 70 % = 4200
    computed(ask(engine, "居民医保 在市里的三级乙等医院住院 目录内6500 怎么报", region="长治"), 4200)


def test_the_ratio_asked_beside_a_catalogue_bill_is_not_forced(engine):
    r = ask(engine, "在三级医院住院 合规8700 报几成", region="巴中")
    assert "60%" in r.text, r.text
