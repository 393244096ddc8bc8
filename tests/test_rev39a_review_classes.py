"""Round 39's review: classes the round's merged changes reached too far or not far enough, through the real
engine, in phrasings of our own."""
from bot.reply import Message
from bot.session import Session

from tests.helpers import answer, computed, ids


def test_a_stay_not_yet_settled_is_no_failed_settlement(engine):
    # "还没结算": still in hospital, the question is the late filing — never 医疗救助's deadline page, found
    # through 不能实现即时结算 as if the desk had refused
    r = answer(engine, "在外地住着院还没结算 这会儿补个异地备案还来得及吗", region="巴中")
    assert "bz-6-07" not in ids(r), r.text
    assert "救助" not in r.text.split("\n")[0], r.text


def test_a_failed_settlement_claim_is_not_a_programme_unnamed(engine):
    # the desk did not settle: the claim back home of the insured's own scheme, not 医疗救助's
    r = answer(engine, "去重庆住院 医院没能直接结算 这钱回来找哪个报", region="巴中")
    assert r.kind in ("faq", "clarify"), r.text
    assert "bz-6-07" not in ids(r), r.text
    assert "医疗救助的结算时限" not in r.text, r.text


def test_a_stay_for_good_in_the_askers_words_finds_the_long_stay_outpatient_page(engine):
    # years lived in another province, outpatient care there: 长治's 异地长期居住 outpatient rule (both places'
    # 门诊统筹), never the 临时外出 one ("降低10个百分点")
    # (moved there: the care there is put 外省, whose 临时 outpatient rows must not displace the long stay's page)
    for said in ("我是长治居民医保 跟老伴在那边待了好几年了 在天津看门诊能报不",
                 "长治的居民医保 退休后搬去天津了 在天津看门诊能报不"):
        r = answer(engine, said, region="长治")
        assert ids(r)[:1] == ["cz-jm-08"], (said, ids(r), r.text)
        assert "双向享受" in r.text and "降低10个百分点" not in r.text.split("如果不是")[0], r.text
    for said in ("长治居民医保 随女儿在上海住了五年了 在那边看个门诊能不能报",
                 "我是长治的居民医保 跟老伴在杭州住了三年多了 那边看门诊能报不"):
        r = answer(engine, said, region="长治")
        assert "降低10个百分点" not in r.text.split("如果不是")[0].split("你是不是")[0], (said, r.text)


def test_a_visit_of_weeks_stays_the_temporary_case(engine):
    r = answer(engine, "长治居民医保 去上海住了二十来天 在那看门诊能报不", region="长治")
    assert "cz-jm-08" not in ids(r)[:1], (ids(r), r.text)


def test_a_bill_spent_beside_a_blood_pressure_reading_is_still_the_bill(engine):
    # the reading (高压150) is no bill, but "拿药花了260" is: never asked again as if unsaid
    r = answer(engine, "我高压有150多 合疗门诊拿药花了260 报得了好多", region="巴中")
    assert "花了多少" not in r.text, r.text


def test_a_reading_alone_is_still_no_bill(engine):
    r = answer(engine, "血压要高到好多才算慢病 我记得是150", region="巴中")
    assert r.kind != "calculation", r.text
    assert "160" in r.text, r.text


def test_a_gap_under_months_past_the_rules_line_is_asked(engine):
    # "不到5个月" may be two months (no wait) or four and some (a wait): which is asked, never the far end stated
    session = Session()
    r = engine.answer(Message(text="辞职后职工医保转成居民医保 中间空了不到五个月 要等多久才能报", region="巴中"), session)
    assert r.kind != "calculation", r.text
    assert "几个月" in r.text, r.text
    r = engine.answer(Message(text="空了一个月", region="巴中"), session)
    computed(r, 0)
    assert "不超过" in r.text, r.text


def test_a_gap_under_the_rules_line_is_answered(engine):
    r = answer(engine, "职工医保换成居民医保 断了不到两个月 有没有等待期", region="巴中")
    computed(r, 0)
    assert "不超过" in r.text, r.text


def test_unclaimed_bills_look_first_for_a_page_asking_the_deadline(engine):
    # bills not handed in, whether still paid asked: the page whose own question is the deadline (克外就诊's
    # 材料什么时候交), never the filing kinds' page, which names "N个月内" in passing
    r = answer(engine, "五一回家看病的发票一直没交 现在还能报吗", region="克拉玛依")
    assert ids(r)[:1] != ["ky-08-03"], (ids(r), r.text)
    assert "备案有哪些类型" not in r.text, r.text


def test_bills_said_handed_in_are_no_late_claim(engine):
    from bot.engine import _BILLS_UNCLAIMED
    assert _BILLS_UNCLAIMED.search("住院的单据一直没交")
    assert not _BILLS_UNCLAIMED.search("住院的单据都报了")
    assert not _BILLS_UNCLAIMED.search("去年没交农合 单据")


def test_a_refund_asked_after_a_story_of_two_schemes_is_never_the_fee_page(engine):
    # the sum and the scheme told (合疗, 四百) find the year's fee page; the refund asked is the refund page's
    r = answer(engine, "今年的合疗早就交了 后来进了单位又有职工医保 两个都参了 那合疗交的四百块钱可以退不", region="巴中")
    assert ids(r)[:1] != ["bz-3-06-a"], (ids(r), r.text)
    assert "个人缴费标准为400元" not in r.text.split("如果不是")[0], r.text


def test_retirement_is_no_refund_asked(engine):
    from bot.engine import _NOT_REFUND, _REFUND_ASKED, _REFUND_SAID
    assert not _REFUND_ASKED.search(_NOT_REFUND.sub("", "职工医保交满多少年才能退休不交"))
    assert not _REFUND_SAID.search("退休人员还要缴纳职工医保费吗")
    assert _REFUND_SAID.search("重复参保了，居民医保的钱能退吗")
