"""One scheme asked to pay more than the other, with a bill told ("合疗是不是比职工报得少 一年药费六百"):
each scheme's sum computed, labelled, and whether they differ said — not only the page. Own phrasings,
through the real engine."""
from tests.helpers import answer as ask
from tests.helpers import computed


def test_a_two_diseases_bill_compared_is_computed_and_said_the_same(engine):
    # 巴中 第四章 十九问: 两病 50%, 糖尿病 限额 300, 职工和居民待遇相同 → min(700 × 50%, 300) = 300 each
    r = computed(ask(engine, "两病糖尿病 今年买降糖药七百 合疗会不会比职工报得少", region="巴中"), 300)
    assert "【职工医保】" in r.text and "【城乡居民医保】" in r.text and "相同" in r.text, r.text


def test_a_stay_compared_says_which_pays_more(engine):
    # 巴中 第三章 十一问 (居民 二级 400、70%) and 第二章 二十七问 (职工 二级 400、82%): 6720 and 7872 on 10000
    r = computed(ask(engine, "三月在二级医院住院 合规一万 职工是不是要比居民报得多", region="巴中"), 7872, 6720)
    assert "职工医保多报" in r.text, r.text
