"""Classes of failure read on the strangers' dialogues-32x and voice-32x sets, each asked in our own
words through the real engine (and the batch contract at the end)."""
from intents.slots import extract
from tests.helpers import computed, talk


# ---- a transfer told after the stay was computed, naming only the hospital the patient came from (named
# twice, or beside "同一个病"): that hospital is the earlier stay's, this stay keeps the level told before —
# only the difference of the deductibles is owed (巴中 第三章: 转诊补差)

def test_the_hospital_come_from_named_twice_is_the_earlier_stay():
    s = extract("这次是同一个病 从镇卫生院转过来的 镇卫生院那里起付线交过了").values
    assert s.get("prior_tier") == "乡镇卫生院" and s.get("transfer") and "tier" not in s, s
    # (the same hospital said of both stays still reads as the same level)
    from intents.slots import SAME_TIER
    assert SAME_TIER.search("这次还是住的同一家医院") and not SAME_TIER.search("同一个病从卫生院转来")


def test_a_transfer_from_the_clinic_told_after_the_sum_pays_the_difference(engine):
    rs = talk(engine, ["城乡居民 三级医院住院 花了两万 报好多",
                       "忘了说 同一个病从乡镇卫生院转上来的 卫生院那边起付线已经扣了"], region="巴中")
    computed(rs[0], 11580)          # (20000 − 700) × 60%
    r = computed(rs[1], 11640)      # (20000 − 600) × 60%: only 700 − 100 more
    assert "同级或较低" not in r.text, r.text


# ---- 职工大额医疗费用补助 asked "报好多" of a retired worker with no sum and no hospital: the rates by group
# (巴中: 退休 85% / 90%, 80岁以上 90% / 95%, no 起付线) — never "在哪一级医院" leading to a sum never had

def test_the_large_medical_top_up_asked_without_a_sum_is_its_rates(engine):
    rule, other = talk(engine, ["我妈是退休职工 住院那个大额补助能报好多", "那八十岁以上的呢"], region="巴中")
    assert rule.kind == "faq" and "85%" in rule.text, rule.text
    assert other.kind == "faq" and "95%" in other.text, other.text


def test_the_large_medical_top_up_of_a_group_unsaid_is_asked_back(engine):
    # (在职, 退休 and 80岁以上 are paid at different rates: with none told, the asker's case is asked)
    r = talk(engine, ["职工住院了 那个大额补助能报好多"], region="巴中")[0]
    assert r.kind == "clarify", r.text


def test_the_large_medical_top_up_with_a_bill_is_still_computed(engine):
    r = talk(engine, ["职工 三级医院住院花了20万 大额补助能报好多"], region="巴中")[0]
    assert r.kind in ("calculation", "clarify"), r.text


# ---- an office's hours asked after a calculation ("办事窗口上班时间", "几点上班"): no job of the asker's, so no
# fact that changes the case — the question is answered, the sum not said again

def test_office_hours_are_no_job_told():
    for text in ("医保中心上班时间是几点", "你们那边几点上班哦", "周六上班不"):
        assert "retired" not in extract(text).values, text
    assert extract("我还在上班 没退休").get("retired") is False


def test_office_hours_asked_after_a_sum_are_answered(engine):
    r = talk(engine, ["城乡居民 二级医院住院花了5000 报好多", "多谢 医保中心上班时间是几点"], region="巴中")
    computed(r[0], 3220)            # (5000 − 400) × 70%
    assert r[1].kind == "faq" and "9:00" in r[1].text, r[1].text


# ---- a calculation given up after a sigh, or with two stop words run together ("唉 算了不用了", "哎没事了"):
# a cancel — the form closed with a short word, nothing sent to staff; the next question is its own

def test_a_sigh_before_giving_up_is_a_cancel():
    from intents.acts import CANCEL
    for text in ("唉 算了不用了", "哎没事了", "哎呀算了 没事了 谢谢", "算了没事了"):
        assert CANCEL.match(text), text
    # (a sigh before a question is no cancel)
    assert not CANCEL.match("哎 那门诊能报多少")


def test_a_sighed_cancel_closes_the_form(engine):
    rs = talk(engine, ["帮我算下大病保险报多少", "唉算了没事了", "断了三年没交合疗 今年交了要等好久"], region="巴中")
    assert rs[0].kind == "clarify", rs[0].text
    assert rs[1].kind == "clarify" and "工作人员" not in rs[1].text and "不算了" in rs[1].text, rs[1].text
    computed(rs[2], 5)              # the wait, 3 + (3 − 1) months — not the 大病 form's sum asked again


# ---- a what-if on where the care began ("要是最开始就去的二级医院呢"), after a later visit was computed: the
# case's first visit put at that hospital — its full 起付线, not the later visit's half (克拉玛依 普通门诊)

def test_where_the_care_began_is_the_first_visit():
    assert extract("要是最开始就去的二级医院呢").get("nth") == 1
    # (a beginning with a move after it is a transfer's story, not a first visit's count)
    s = extract("最开始在卫生院住 后来转去三级医院 花了两万")
    assert s.get("transfer") and s.get("prior_tier") == "乡镇卫生院" and "admission" not in s.values


def test_a_what_if_on_the_first_hospital_after_a_later_visit(engine):
    rs = talk(engine, ["今年头一回看门诊 一级医院花了100 能报多少", "第二次去呢 也是100",
                       "要是最开始就去的二级医院呢 也100"], region="克拉玛依")
    computed(rs[0], 63)             # (100 − 10) × 70%
    computed(rs[1], 66.5)           # (100 − 5) × 70%
    r = computed(rs[2], 48)         # (100 − 20) × 60%
    assert "减半" not in r.text, r.text


# ---- whether anything is left to pay after the funds ("报完自己还要掏钱吗"), asked of a group with no bill:
# a yes/no of the rule — the group's 救助 page (长治 特困: 目录内个人自付100%救助), never "在哪一级医院"

def test_anything_left_to_pay_is_the_rule_of_the_group(engine):
    from tests.helpers import answer
    r = answer(engine, "五保户住院 报销完了还要自己掏钱吗", region="长治")
    assert r.kind == "faq" and "100%" in r.text and "特困" in r.text, r.text


def test_anything_left_to_pay_with_a_bill_is_still_computed(engine):
    from tests.helpers import answer
    r = answer(engine, "低保户 合疗 二级医院住院花了2万 报完自己还要掏钱吗", region="巴中")
    assert r.kind == "calculation", r.text


def test_left_to_pay_is_read_as_the_handbooks_own_share(engine):
    lexicon = engine.index.segmenter.lexicon
    assert "自付" in lexicon.rewrite("报完了自己还要掏钱吗")[0]
    # (paying out of pocket at the till is 自费, and a premium asked of a group, "特困户医保还要自己出钱不",
    # is the 资助 page's: neither is the share left after the funds)
    assert "自付" not in lexicon.rewrite("药是自己掏钱买的 能报不")[0]
    assert "自付" not in lexicon.rewrite("特困户医保还要自己出钱不")[0]


# ---- the question waiting for its region put aside in words ("这个先放一下 …", "先不管这个 …") for another
# question: it still waits, and the place said next answers it (then its follow-up is of that region)

def test_a_question_put_aside_still_waits_for_its_region(engine):
    rs = talk(engine, ["两病的糖尿病药一年最多报多少", "这个先放一下 医保电子凭证在哪里查缴费记录", "克拉玛依",
                       "那高血压呢"])
    assert rs[0].kind == "clarify", rs[0].text
    assert rs[1].kind == "faq", rs[1].text
    assert rs[2].kind == "faq" and rs[2].region == "克拉玛依" and "1000" in rs[2].text, rs[2].text
    assert rs[3].kind == "faq" and "700" in rs[3].text and "260" not in rs[3].text, rs[3].text


def test_put_aside_words_are_a_side_question():
    from intents.forms import SIDE_QUESTION
    for text in ("先不说这个 我问下医保码", "先不管那个了 门诊咋报", "这个先放一哈 电话多少"):
        assert SIDE_QUESTION.search(text), text
    assert not SIDE_QUESTION.search("不说这个了 谢谢")


# ---- a follow-up changing one fact ("那要是没备案呢") after a calculation that came after a declined question
# (a place the asker then said is not where they are insured): the calculation's case changed, never the
# declined question asked again

def test_a_follow_up_after_a_sum_is_not_the_declined_question_before_it(engine):
    rs = talk(engine, ["我在深圳上班 交的深圳医保 回老家住院咋报",
                       "搞错了 我交的是巴中的合疗 在深圳住的院 办了异地长期备案 三级医院花了2万",
                       "要是没备案呢 也不是急诊"])
    assert rs[0].kind == "unanswered", rs[0].text
    computed(rs[1], 11580)          # (20000 − 700) × 60%
    r = computed(rs[2], 9500)       # (20000 − 1000) × 50%
    assert "深圳的政策" not in r.text, r.text


# ---- the asker's own place said after the words putting the calculation aside ("先别算 俺是长治的 …"), while
# the form waits for the region: the form keeps that region — the scheme told next is that region's case
# (长治 职工's stay table was an image: said so and handed to the office, never the region asked again)

def test_own_place_after_putting_the_sum_aside_fills_the_waiting_form(engine):
    rs = talk(engine, ["住院花了3万 能报好多", "先不忙算 我们是长治的 到外省住院要备案不", "我是职工"])
    assert rs[0].kind == "clarify", rs[0].text
    assert rs[1].kind == "faq" and rs[1].region == "长治", rs[1].text
    assert rs[2].kind == "unanswered" and "哪个地区" not in rs[2].text and "80000" in rs[2].text, rs[2].text


# ---- what no handbook says, answered honestly: 长期护理保险's benefits (the guides give its fee, and 巴中's
# start in 2028, never what it pays), and the 个人账户's PIN (the card's, issued by 人社 and its bank)

def test_long_term_care_benefits_and_the_account_pin_are_not_in_the_handbooks(engine):
    from tests.helpers import answer
    for text, region in (("长护险交了53 以后都能报哪些东西", "克拉玛依"), ("长期护理保险有啥子待遇", None),
                         ("个人账户的密码记不到了 在哪改", "巴中")):
        r = answer(engine, text, region=region)
        assert r.kind == "unanswered" and "手册范围" in r.text, (text, r.text)
    # (its fee, and the app's own password, are the handbooks')
    assert "53" in answer(engine, "长护险一年交多少", region="克拉玛依").text
    assert answer(engine, "国家医保服务平台app密码忘了咋找回", region="巴中").kind == "faq"


# ---- the same through the batch contract (`yibao ask --jsonl`, a real subprocess) -------------------

def test_these_conversations_through_the_batch_contract(tmp_path):
    from test_dialogues import _batch
    rows = _batch(tmp_path, {
        "transfer": ("巴中", ["城乡居民 三级医院住院 花了两万 报好多",
                             "忘了说 同一个病从乡镇卫生院转上来的 卫生院那边起付线已经扣了"]),
        "group": ("巴中", ["我妈是退休职工 住院那个大额补助能报好多"]),
        "hours": ("巴中", ["城乡居民 二级医院住院花了5000 报好多", "多谢 医保中心上班时间是几点"]),
        "sigh": ("巴中", ["帮我算下大病保险报多少", "唉算了没事了"]),
        "first": ("克拉玛依", ["今年头一回看门诊 一级医院花了100 能报多少", "第二次去呢 也是100",
                              "要是最开始就去的二级医院呢 也100"]),
        "left": ("长治", ["五保户住院 报销完了还要自己掏钱吗"]),
        "aside": (None, ["两病的糖尿病药一年最多报多少", "这个先放一下 医保电子凭证在哪里查缴费记录", "克拉玛依"]),
        "after": (None, ["我在深圳上班 交的深圳医保 回老家住院咋报",
                         "搞错了 我交的是巴中的合疗 在深圳住的院 办了异地长期备案 三级医院花了2万",
                         "要是没备案呢 也不是急诊"]),
        "own": (None, ["住院花了3万 能报好多", "先不忙算 我们是长治的 到外省住院要备案不", "我是职工"]),
        "scope": ("克拉玛依", ["长护险交了53 以后都能报哪些东西"]),
    })
    assert rows["transfer-1"]["kind"] == "calculation" and "11640" in rows["transfer-1"]["text"]
    assert rows["group-0"]["kind"] == "faq" and "85%" in rows["group-0"]["text"]
    assert rows["hours-1"]["kind"] == "faq" and "9:00" in rows["hours-1"]["text"]
    assert rows["sigh-1"]["kind"] == "clarify" and "工作人员" not in rows["sigh-1"]["text"]
    assert rows["first-2"]["kind"] == "calculation" and "48" in rows["first-2"]["text"]
    assert rows["left-0"]["kind"] == "faq" and "100%" in rows["left-0"]["text"]
    assert rows["aside-2"]["kind"] == "faq" and "1000" in rows["aside-2"]["text"]
    assert rows["after-2"]["kind"] == "calculation" and "9500" in rows["after-2"]["text"]
    assert rows["own-2"]["kind"] == "unanswered" and "哪个地区" not in rows["own-2"]["text"]
    assert rows["scope-0"]["kind"] == "unanswered"
