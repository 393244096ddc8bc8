"""Classes of failure read on the strangers' dialogues-33x and voice-33x sets, each asked in our own
words through the real engine (and the batch contract at the end)."""
from intents.slots import extract
from tests.helpers import computed, talk


# ---- a follow-up moving this stay back to the earlier stay's hospital, the verb between ("还是住之前那家",
# "又去的上回那个"): the same level as before — no deductible again (克拉玛依 待遇表备注: 同一年度同等级
# 再次住院不再支付起付标准), never the transfer's top-up kept from the turn before

def test_the_earlier_stays_hospital_with_a_verb_between_is_the_same_level():
    for text in ("这回还是住的以前那个三级医院", "又去的上回那家二级医院"):
        s = extract(text).values
        assert s.get("tier") and s.get("tier") == s.get("prior_tier"), (text, s)


def test_a_follow_up_back_at_the_earlier_level_takes_no_deductible(engine):
    rs = talk(engine, ["今年在二级医院住过一回 这回转到三级医院住了 花了8200 都是目录内的 能报多少",
                       "那要是这回还是住以前那家二级医院呢"], region="克拉玛依")
    computed(rs[0], 5070)           # (8200 − (600 − 200)) × 65%
    r = computed(rs[1], 6150)       # 8200 × 75%: the same level again, no deductible
    assert "补差额" not in r.text, r.text


# ---- a birth asked with the husband's 职工医保 told ("我老公单位交的职工医保 我是他配偶"): his scheme is the
# spouse's, not hers who gives birth — the 职工 side pays her only the 补差 (巴中 第二章 九问), never the
# 职工's own allowance (第二章 二十八问: 难产 5500 + 产检 800) taken for hers

def test_the_husbands_staff_scheme_in_a_birth_question_is_the_spouses():
    for text in ("我男人是职工医保 我剖腹产能报多少", "我是家属 老公单位上交的职工 生娃能报好多"):
        s = extract(text).values
        assert s.get("spouse_insurance") == "职工" and "insurance" not in s, (text, s)
    # (her own 职工 said beside it, or a stay of his, keeps 职工 the patient's)
    assert extract("我老公是职工 我也是职工 生娃报多少").get("insurance") == "职工"
    assert extract("我老公是职工医保 他住院了报多少").get("insurance") == "职工"


def test_the_husbands_staff_scheme_after_her_birth_is_the_top_up(engine):
    rs = talk(engine, ["我是城乡居民医保 生娃报好多", "顺产",
                       "我老公在单位交的职工医保 我算他家属 职工那边顺产给好多"], region="巴中")
    r = computed(rs[-1], 1500)      # 补差: 3500 − 2000
    assert "补差" in r.text and "4,300" not in r.text, r.text


def test_the_husbands_staff_scheme_first_asks_her_own(engine):
    r = talk(engine, ["我男人是职工医保 我剖腹产能报多少"], region="巴中")[0]
    assert r.kind != "calculation" and r.missing_slots == ["insurance"], r.text


# ---- the case just computed said to be another's too, with that person's scheme ("我弟是职工医保 一样的情况他报
# 好多"): the same stay, computed on the scheme said (巴中 职工 二级 400 元 82%) — not a new question

def test_the_same_case_of_another_with_another_scheme_is_computed():
    from intents.acts import is_follow_up
    assert is_follow_up("我姐是职工 情况也一样 她能报多少") and is_follow_up("我哥同样的病 职工医保的报好多")


def test_the_same_case_of_a_relative_on_the_other_scheme(engine):
    rs = talk(engine, ["巴中城乡居民 二级医院住院 合规花了一万 报好多", "我姐是职工医保 一样的情况她能报多少"])
    computed(rs[0], 6720)           # (10000 − 400) × 70%
    computed(rs[1], 7872)           # (10000 − 400) × 82%



# ---- what a 慢病 yields asked with no bill, its disease asked back ("新农合慢病门诊一个月能报多少" → "是哪种慢病？"):
# the disease told completes that rule question — the disease's rate and limit (长治 高血压3级: 居民 260 元/月
# 70%, 职工 340 元/月 75%), then "职工呢" that of the other scheme; never only the bill asked

def test_a_disease_told_completes_the_yield_asked(engine):
    rs = talk(engine, ["居民医保的门诊慢病每个月能报多少钱", "高血压三级的", "那职工呢"], region="长治")
    assert rs[0].kind == "clarify" and rs[0].missing_slots == ["disease"], rs[0].text
    assert rs[1].kind == "faq" and "260" in rs[1].text and "70%" in rs[1].text, rs[1].text
    assert rs[2].kind == "faq" and "340" in rs[2].text and "75%" in rs[2].text, rs[2].text


def test_a_disease_told_to_a_bill_asked_still_asks_the_bill(engine):
    # (a bill's sum asked to be computed, "帮我算一下", is no rule question: the sum is asked)
    rs = talk(engine, ["帮我算一下门诊慢病能报多少", "高血压三级的"], region="长治")
    assert rs[1].kind == "clarify" and rs[1].missing_slots == ["amount"], rs[1].text


# ---- what the bot cannot do asked of it: look up the asker's own record ("你能不能帮我查下我交没交医保"), find a
# pharmacy near them ("咱学校附近哪个药店能刷医保"): said honestly, never a page answered as if it did —
# how to look a record up oneself, or the 双通道 pharmacies the 巴中 handbook lists, stay the entries'

def test_lookups_the_bot_cannot_do_are_out_of_scope():
    from intents.scope import out_of_scope_topic
    for text in ("你能帮我查一下我的医保交了没", "帮俺看看俺账户还剩多少钱", "学校旁边有没有能刷医保的药店",
                 "离我最近的定点医院在哪"):
        assert out_of_scope_topic(text), text
    for text in ("怎么查我交没交医保", "在哪里查个人账户余额", "帮我查一下巴中住院报销比例",
                 "巴州区哪个双通道药房", "我在附近的二级医院住院花了5000"):
        assert out_of_scope_topic(text) is None, text


def test_a_lookup_asked_is_refused_honestly(engine):
    from tests.helpers import answer
    r = answer(engine, "你能帮我查一下我的医保交了没", region="巴中")
    assert r.kind == "unanswered" and "个人记录" in r.text, r.text
    r = answer(engine, "宿舍附近哪个药店能刷医保卡", region="克拉玛依")
    assert r.kind == "unanswered" and "不知道您在哪里" in r.text, r.text
    # (how to look it up oneself is the handbook's: 国家医保服务平台 / 医保电子凭证)
    assert answer(engine, "怎么查自己医保交没交", region="巴中").kind == "faq"


# ---- the same through the batch contract (`yibao ask --jsonl`, a real subprocess) -------------------

def test_these_conversations_through_the_batch_contract(tmp_path):
    from test_dialogues import _batch
    rows = _batch(tmp_path, {
        "back": ("克拉玛依", ["今年在二级医院住过一回 这回转到三级医院住了 花了8200 都是目录内的 能报多少",
                            "那要是这回还是住以前那家二级医院呢"]),
        "wife": ("巴中", ["我是城乡居民医保 生娃报好多", "顺产",
                         "我老公在单位交的职工医保 我算他家属 职工那边顺产给好多"]),
        "same": ("巴中", ["巴中城乡居民 二级医院住院 合规花了一万 报好多", "我姐是职工医保 一样的情况她能报多少"]),
        "rule": ("长治", ["居民医保的门诊慢病每个月能报多少钱", "高血压三级的"]),
        "look": ("巴中", ["你能帮我查一下我的医保交了没"]),
    })
    assert rows["back-1"]["kind"] == "calculation" and "6150" in rows["back-1"]["text"].replace(",", "")
    assert rows["wife-2"]["kind"] == "calculation" and "补差" in rows["wife-2"]["text"]
    assert rows["same-1"]["kind"] == "calculation" and "7872" in rows["same-1"]["text"].replace(",", "")
    assert rows["rule-1"]["kind"] == "faq" and "260" in rows["rule-1"]["text"]
    assert rows["look-0"]["kind"] == "unanswered"
