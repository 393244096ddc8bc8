"""Single turns of the thirty-sixth dialogues' classes. Own phrasings, through the real engine.

- The asking said to be over ("问完了", "就问这些"): a goodbye, never a page nor staff.
- Drugs paid on their own (单行支付) with their bill and "咋报": that bill's share computed.
- A couple of the asker's kin, she in 居民医保 giving birth, he in 职工医保, the top-up asked: his side's 补差.
- A place the asker came back from ("从深圳赶回来") is no place of care: the town's hospital is at home.
- A stay moved back down in the same course after the transfer up was computed: no deductible again, and the
  bill of the stay before is not this one's.
- A stay's pay-out asked as at discharge or by claim: the page saying 出院即报.
- A page of what a top-up fund adds, found for a question naming no fund: basic insurance's page instead.
- Paying on from now said after a cap computed for a gap: no gap denied, the rule of the reward."""
from tests.helpers import computed, talk


def test_the_asking_said_over_is_a_goodbye(engine):
    for said in ("问完了 多谢", "好 我就问这些", "问完了"):
        r = talk(engine, ["城乡居民住院的起付线是多少钱", said], region="长治")[1]
        assert r.kind == "clarify" and "工作人员" not in r.text and not r.sources, (said, r.text)


def test_single_drugs_bill_asked_how_it_is_paid(engine):
    r = talk(engine, ["我爸是居民医保 用了单行支付药品 每个月两千 咋报"], region="巴中")[0]
    computed(r, 1200, name="single_drugs")    # 2000 × 60 %, no deductible


def test_a_kin_couples_top_up(engine):
    r = talk(engine, ["帮我女儿问一下 她是新农合 女婿是职工 她顺产住院花了三千八 新农合报了2000 女婿那边还能补多少"],
             region="巴中")[0]
    computed(r, 1500, 300, name="maternity")  # 3500 − 2000; 产前检查 800 − 500


def test_a_place_come_back_from_is_no_place_of_care(engine):
    r = talk(engine, ["我从深圳赶回来 把我妈送到乡卫生院住院 她是合疗 合规2100 能报好多"], region="巴中")[0]
    computed(r, 1800, name="inpatient")       # (2100 − 100) × 90 %


def test_a_transfer_down_after_the_stay_up_was_computed(engine):
    first, second, r = talk(engine, ["俺爸居民医保 先住的乡镇卫生院 后来转到三级医院 起付线怎么算",
                                     "三级医院那段目录内一万",
                                     "然后又转回乡镇卫生院 还要交起付线吗"], region="巴中")
    # (how the deductible is reckoned, asked of a transfer told: the difference computed on the case told, as the
    # dialogue sets' writers put it first — a calculation, or the rule with it)
    assert first.kind in ("faq", "calculation") and "700 − 100 = 600" in first.text, first.text
    computed(second, 5640)                    # (10000 − 600) × 60 %
    assert r.kind == "faq" and "不再另计" in r.text and "9000" not in r.text, r.text


def test_paid_out_at_discharge_asked_after_a_stay(engine):
    _, r = talk(engine, ["合疗在镇卫生院住院 目录内1500 能报多少", "那是出院时候就直接报了吗 还是要自己拿发票去报"],
                region="巴中")
    assert r.kind == "faq" and "出院即报" in r.text, r.text


def test_a_top_up_funds_page_gives_way_when_no_fund_is_named(engine):
    # (bz-2-39-b states only what 公务员医疗补助 and 大额补助 add to 在职's 门诊: not what was asked)
    r = talk(engine, ["上班的职工医保 门诊看病能不能报 我还没退休"], region="巴中")[0]
    assert r.kind == "faq" and "200" in r.text and "800" in r.text, r.text


def test_paying_on_from_now_tells_no_gap_away(engine):
    *_, r = talk(engine, ["我2024 2025两年没交合疗 2026年交了 大病保险最高报多少", "那今后每年都交 封顶能恢复不"],
                 region="巴中")
    assert "300,000" not in r.text and "4000" in r.text, r.text
