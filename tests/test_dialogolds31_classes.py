"""Conversations of the older sets (22y–29x) read again in round 31: one group per class, in phrasings
of our own, through the real engine and the batch contract; figures and words from the handbooks."""
import pytest

from corpus.lexicon import load
from tests.helpers import ids, talk

# ---- where 克拉玛依's 长护险 is paid: only with 居民医保, so where 居民医保 is paid --------------------------
# (克拉玛依 第2部分: 居民长护随居民医保同步缴费，不得单独参加长护险; 第6部分: 微信、支付宝 搜索“新疆税务社保缴费”)


@pytest.mark.parametrize("turns", [
    ["长护险是不是一定要交", "那去哪里交呀"],
    ["学校的长护险一年多少钱", "这个在哪儿交钱"],
    ["长期护理保险去哪缴费"],
])
def test_where_the_care_insurance_is_paid_says_the_channel(engine, turns):
    # (the 长护险 page says the tie beside it; the 居民医保 channel page alone is as right: it is paid there)
    r = talk(engine, turns, region="克拉玛依")[-1]
    assert r.kind == "faq" and "新疆税务社保缴费" in r.text and "53元" not in r.text, r.text


def test_the_care_insurance_s_own_where_page_says_the_tie_and_the_channel(engine):
    r, = talk(engine, ["长期护理保险去哪缴费"], region="克拉玛依")
    assert r.kind == "faq" and "同步缴费" in r.text and "新疆税务社保缴费" in r.text, r.text


def test_whether_the_care_insurance_may_be_paid_apart_is_still_its_own_page(engine):
    r, = talk(engine, ["长护险可以不交医保单独交吗"], region="克拉玛依")
    assert r.kind == "faq" and ids(r)[:1] == ["ky-02-09"] and "不得单独" in r.text, r.text


def test_where_to_pay_once_registration_is_approved_is_the_channel(engine):
    # (第5部分: 48小时内审核 …; then 第6部分's channel)
    r = talk(engine, ["参保登记提交了要等多久审核", "审核通过以后去哪缴费"], region="克拉玛依")[-1]
    assert r.kind == "faq" and "新疆税务社保缴费" in r.text, r.text


# ---- a filing done online asked after a stay elsewhere: the filing's channels, not the fee's -------------
# (巴中 第一章 二十七: 线上备案渠道 国家医保服务APP … 四川医保APP; 线下 参保地医保经办机构窗口、乡镇便民服务中心)


@pytest.mark.parametrize("then", ["那这个网上可以办吗", "备案网上能办不 我手机用不来"])
def test_a_filing_done_online_gets_the_filing_channels(engine, then):
    r = talk(engine, ["我长期在广州跟女儿住 合疗在那边住院咋报 需要备案吗", then], region="巴中")[-1]
    assert r.kind == "faq" and "四川医保APP" in r.text and "缴费渠道" not in r.text, r.text


# ---- one scheme only: the asker's own handbook's page, never another handbook's narrower one --------------
# (巴中 第一章 二十四: 不可以 … 既不能同时参加两种基本医疗保险，也不能同时享受两种医保待遇; the 克拉玛依
# guide's 第9部分 says it only of 灵活就业)


@pytest.mark.parametrize("text", ["职工医保和合疗两个都交可以吗", "单位的医保和合疗两个都交得行不"])
def test_two_schemes_at_once_in_bazhong_is_bazhong_s_own_page(engine, text):
    r, = talk(engine, [text], region="巴中")
    assert r.kind == "faq" and ids(r)[:1] == ["bz-1-24"] and "不可以" in r.text, r.text


def test_two_schemes_at_once_in_karamay_keeps_its_own_page(engine):
    r, = talk(engine, ["可以交两份医保吗"], region="克拉玛依")
    assert r.kind == "faq" and ids(r)[:1] == ["ky-09-05"], r.text


def test_both_schemes_kept_is_joining_both():
    said = {line.say: line.means for line in load()}
    assert said["两个都交"] == said["两个都留到"] == "同时参加"


def test_both_schemes_asked_after_a_waiting_period_is_no_waiting_period(engine):
    # (巴中 第一章 二十六: switching with a gap of 4 months → 6 months' wait; then whether both may be kept)
    r = talk(engine, ["职工医保交了三年 想换成合疗 中间断了四个月 要等多久", "那两个都留到行不行"], region="巴中")[-1]
    assert r.kind == "faq" and ids(r)[:1] == ["bz-1-24"] and "不可以" in r.text, r.text


def test_through_the_batch_contract(tmp_path):
    from test_dialogues import _batch
    rows = _batch(tmp_path, {
        "ltc": ("克拉玛依", ["长护险是不是一定要交", "那去哪里交呀"]),
        "filing": ("巴中", ["我长期在广州跟女儿住 合疗在那边住院咋报 需要备案吗", "那这个网上可以办吗"]),
        "both": ("巴中", ["职工医保交了三年 想换成合疗 中间断了四个月 要等多久", "那两个都留到行不行"]),
    })
    assert rows["ltc-1"]["kind"] == "faq" and "新疆税务社保缴费" in rows["ltc-1"]["text"]
    assert rows["filing-1"]["kind"] == "faq" and "四川医保APP" in rows["filing-1"]["text"]
    assert rows["both-1"]["kind"] == "faq" and "不可以" in rows["both-1"]["text"]


# ---- the other disease of 两病 asked next: the first one's spoken words go with it -------------------------
# (巴中 第四章 十九问: 两病 50%, 高血压 200 元, 糖尿病 300 元 a year)


def test_the_other_two_disease_replaces_the_first_said_as_people_say_it():
    from intents.acts import with_fact
    asked = with_fact("我爸血压高 一直吃降压药 合疗一年报多少", "那我妈血糖高 糖尿病呢")
    assert "血压高" not in asked and "降压药" not in asked and "降糖药" in asked and "糖尿病" in asked, asked


@pytest.mark.parametrize("turns", [
    ["我爸血压高 一直吃降压药 还没到门慢 合疗一年报多少", "那我妈血糖高 糖尿病呢"],
    ["我血压高 降压药吃了好几年 没到门慢 合疗能报点不", "那我老伴血糖高 糖尿病呢"],
])
def test_the_other_two_disease_asked_next_gets_its_own_limit(engine, turns):
    r = talk(engine, turns, region="巴中")[-1]
    assert ids(r)[:1] == ["bz-4-19-tnb"] and "300" in r.text, r.text


@pytest.mark.parametrize("text", ["血压高 吃了几年降压药 还没到门慢 一年能报好多", "降糖药一直在吃 够不上门慢 两病一年报多少"])
def test_short_of_the_spoken_chronic_scheme_is_two_diseases(engine, text):
    r, = talk(engine, [text], region="巴中")
    assert ids(r)[:1] in (["bz-4-19-gxy"], ["bz-4-19-tnb"]), r.text


def test_the_other_two_disease_through_the_batch_contract(tmp_path):
    from test_dialogues import _batch
    rows = _batch(tmp_path, {"two": ("巴中", ["我爸血压高 一直吃降压药 还没到门慢 合疗一年报多少", "那我妈血糖高 糖尿病呢"])})
    assert "300" in rows["two-1"]["text"] and "200元" not in rows["two-1"]["text"].split("（")[0]


# ---- a follow-up changing only the group: that group's page, not the general one again ---------------------
# (长治 居民大病保险: 年度最高支付限额40万元; 特困人员、低保对象、返贫致贫人口 起付线5000元，报销比例80%，取消封顶线)


@pytest.mark.parametrize("then", ["五保户呢", "那特困人员呢"])
def test_a_group_asked_after_the_general_cap_gets_the_group_s_page(engine, then):
    r = talk(engine, ["长治居民医保大病保险最多能报多少", then], region="长治")[-1]
    assert r.kind == "faq" and ids(r)[:1] == ["cz-jz-01"] and "取消封顶线" in r.text, r.text


def test_the_general_cap_itself_stays_the_general_page(engine):
    r, = talk(engine, ["长治居民医保大病保险最多能报多少"], region="长治")
    assert "40万" in r.text and ids(r)[:1] != ["cz-jz-01"], r.text


def test_a_group_s_page_through_the_batch_contract(tmp_path):
    from test_dialogues import _batch
    rows = _batch(tmp_path, {"group": ("长治", ["长治居民医保大病保险最多能报多少", "五保户呢"])})
    assert rows["group-1"]["kind"] == "faq" and "取消封顶线" in rows["group-1"]["text"]
