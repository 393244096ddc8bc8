"""Near-misses of round 35's merged mechanisms, through the real engine: a second hospital's bill supposed
(要是…呢) is no later stay; a referral's paper said not taken (没开转院单) is no referral; a visit of the asker's
own, or of an ordinary ailment, after a relative's disease was asked is no 慢病 bill of that disease. Own
phrasings."""
from intents.slots import extract, stays_each_billed
from tests.helpers import answer, computed, talk


def test_second_hospital_supposed_is_no_later_stay(engine):
    text = "职工医保 一级医院住院花了3000 假如换成三级医院住院花3000呢"
    assert stays_each_billed(text) is None
    r = answer(engine, text, region="巴中")
    assert "第二次住院" not in r.text, r.text
    assert stays_each_billed("居民医保 一级医院住院3000 三级医院住院3000 哪个报得多") is None


def test_two_stays_told_still_two(engine):
    # (the class the mechanism is for: two bills, each after its own hospital, told as done)
    assert stays_each_billed("先在一级医院住院花了三千 后来三级医院又花了一万") is not None


def test_referral_paper_not_taken_is_no_referral(engine):
    text = "在重庆住的院 没有开转诊证明 居民医保 二级医院 花了一万五 能报多少"
    assert extract(text).get("filing") == "未备案"
    r = answer(engine, text, region="巴中")
    assert "临时备案人员在备案地住院" not in r.text, r.text
    assert extract("在重庆住的院 县医院开了转诊证明 居民医保 二级医院").get("filing") == "转诊"


def test_own_or_ordinary_visit_after_a_relatives_disease(engine):
    asked = "我妈有高血压 合疗门诊慢病一年限额好多"
    own = talk(engine, [asked, "我本人发烧看门诊花了260 能报多少"], region="巴中")[-1]
    assert "门诊慢病" not in own.text and "高血压" not in own.text, own.text
    theirs = talk(engine, [asked, "她上个月门诊拿药花了四百"], region="巴中")[-1]
    computed(theirs)
    assert "门诊慢病" in theirs.text, theirs.text


def test_changzhi_class_three_city_column_said_as_a_reading(engine):
    # (the 省、市级 column of 三类 is one reading of the handbook's header: the answer says it is one)
    r = computed(answer(engine, "居民医保 在长治市里的二级乙等医院住院 合规六千 能报多少", region="长治"), 4200)
    assert "三类只有一栏" in r.text, r.text
    county = computed(answer(engine, "居民医保 县里的二级乙等医院住院 合规六千 能报多少", region="长治"), 5015)
    assert "三类只有一栏" not in county.text, county.text
