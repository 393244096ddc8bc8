"""Facts the conversation already told hold for a later turn that does not say them again: the scheme
named in a question asked while a form waited, whether the asker works or is retired, the year's
earlier stays just computed, and whose case a follow-up is ("我儿子在职的呢", "我老伴糖尿病也是这样呢").
Own phrasings, through the real engine and the batch contract."""
import pytest

from tests.helpers import computed, talk

# ---- the scheme named in a question asked while a form waited is the form's case
# (长治 居民住院表: 一类（三甲）省市级 起付1000、60%: (16000 − 1000) × 60% = 9000; 职工's table is lost)


@pytest.mark.parametrize("turns", [
    ["俺想算算住院能报多少", "先不说这个 俺问问新农合大病保险一年最多报多少", "刚才那住院 市里三甲 花了一万六 都是合规的"],
    ["住院能报好多", "等哈 先问下 居民医保大病保险封顶多少", "刚才那个住院 市里三甲医院 花了16000"],
])
def test_the_scheme_of_a_question_asked_between_is_the_forms(engine, turns):
    *_, r = talk(engine, turns, region="长治")
    computed(r, 9000, name="inpatient")
    assert "城乡居民" in r.text, r.text


def test_no_scheme_named_between_is_still_asked(engine):
    *_, r = talk(engine, ["俺想算算住院能报多少", "先不说这个 大病保险一年最多报多少", "刚才那住院 市里三甲 花了一万六"],
                 region="长治")
    assert r.kind == "clarify" and "insurance" in r.missing_slots, r.text


# ---- a later stay's deductible asked after a stay was computed: the earlier stays are the ones computed
# (克拉玛依 7.普通住院 备注: 同一等级医疗机构再次住院的，不再支付起付标准；高等级补足差额)


@pytest.mark.parametrize("turns, needles", [
    (["今年先在一级医院住过一次院了 现在又住进三级医院 起付线还要再交600吗", "这次三级的合规费用是10500 能报多少",
      "要是之后再去三级医院住一次 起付线呢"], ["不再支付", "此前已在三级医疗机构"]),
    (["三级医院住院花了一万 能报多少", "要是之后又去二级医院住一次 起付线还要交吗"], ["不再支付", "此前已在三级医疗机构"]),
    (["一级医院住院花了三千 能报好多", "那之后又去三级医院住一次呢 起付线要补好多"], ["500"]),
])
def test_a_later_stays_deductible_knows_the_stays_computed(engine, turns, needles):
    *_, r = talk(engine, turns, region="克拉玛依")
    assert r.kind in ("faq", "calculation") and all(n in r.text for n in needles), r.text
    assert "上一次住院是在哪一级医院" not in r.text, r.text


# ---- whether the asker works or is retired, told once, holds for the 职工 pages that differ by it
# (巴中 第二章十一问: 在职 个人账户划拨 缴费基数的2%; 十二问: 退休 2.8%)


@pytest.mark.parametrize("first", ["那个 我新进厂 单位才给我交职工医保 好久能用", "我刚入职 单位给我交的职工医保 好久能用"])
def test_working_told_holds_for_the_account(engine, first):
    *_, r = talk(engine, [first, "个人账户呢 好久有钱", "每个月划好多进去"], region="巴中")
    assert r.kind == "faq" and "2%" in r.text and "2.8%" not in r.text, r.text


def test_office_hours_tell_no_ones_work(engine):
    *_, r = talk(engine, ["巴中医保窗口几点上班", "职工医保个人账户每个月划好多进去"], region="巴中")
    assert r.kind == "clarify" and "2%" in r.text and "2.8%" in r.text, r.text


# ---- another person's case asked the same ("我儿子在职的呢", "那我老伴糖尿病也是这样呢")
# (巴中 第二章三十九问: 在职 起付200元/年、限额800元/年；退休 150、1000; 第四章十九问: 两病 糖尿病 300元、50%)


@pytest.mark.parametrize("follow_up", ["我儿子在职的呢", "我女儿在职的呢"])
def test_a_relatives_status_asks_the_same_for_them(engine, follow_up):
    *_, r = talk(engine, ["退休了职工门诊统筹 起付线好多 一年最多报好多", follow_up], region="巴中")
    assert r.kind == "faq" and "200" in r.text and "800" in r.text, r.text


@pytest.mark.parametrize("follow_up", ["那我老伴糖尿病也是这样呢", "我老伴是糖尿病 也是这样呢"])
def test_another_persons_disease_is_their_own_case(engine, follow_up):
    *_, r = talk(engine, ["我血压高 天天吃药 又没到门慢那个标准 买降压药能报不", follow_up], region="巴中")
    assert r.kind == "faq" and "300" in r.text and "50%" in r.text, r.text
    assert "同时患高血压和糖尿病" not in r.text.split("\n")[0], r.text


def test_another_persons_disease_keeps_the_figure_asked(engine):
    # (长治 居民两病: Ⅰ型糖尿病 480元, 其他类型 360元 — the question before named its disease in the
    # vocabulary's word, which the change replaces)
    *_, r = talk(engine, ["俺有高血压 在长治新农合两病里头 一年最多能报多少", "俺老伴是Ⅰ型糖尿病呢", "那别的类型糖尿病呢"],
                 region="长治")
    assert r.kind == "faq" and "360" in r.text, r.text


def test_the_asker_adding_a_disease_is_both(engine):
    *_, r = talk(engine, ["我血压高 天天吃药 又没到门慢那个标准 买降压药能报不", "那我糖尿病也有呢"], region="巴中")
    assert "500" in r.text, r.text


# ---- the same through the batch contract (`yibao ask --jsonl`, a real subprocess) -------------------

def test_these_conversations_through_the_batch_contract(tmp_path):
    from test_dialogues import _batch
    rows = _batch(tmp_path, {
        "between": ("长治", ["俺想算算住院能报多少", "先不说这个 俺问问新农合大病保险一年最多报多少",
                             "刚才那住院 市里三甲 花了一万六 都是合规的"]),
        "stays": ("克拉玛依", ["三级医院住院花了一万 能报多少", "要是之后又去二级医院住一次 起付线还要交吗"]),
        "son": ("巴中", ["退休了职工门诊统筹 起付线好多 一年最多报好多", "我儿子在职的呢"]),
    })
    assert rows["between-2"]["kind"] == "calculation" and "9,000" in rows["between-2"]["text"]
    assert "不再支付" in rows["stays-1"]["text"]
    assert "800" in rows["son-1"]["text"] and "200" in rows["son-1"]["text"]


# ---- the region a form asked for, told with a fact the question had said already ("县医院", then "县里二级乙等
# 医院", both 县级): the question asked first, read afresh with its place — a rule asked is the rule's
# (长治 居民住院表: 三类（二级乙等及以下）起付100元、85%)


@pytest.mark.parametrize("second", ["山西长治的 县里二级乙等医院", "长治的 县里的二级乙等医院"])
def test_a_region_told_with_the_same_fact_again_answers_the_question(engine, second):
    *_, r = talk(engine, ["新农合住院在县医院报多少啊", second])
    assert r.kind == "faq" and "100" in r.text and "85%" in r.text, r.text


def test_a_region_told_with_another_amount_goes_to_the_form(engine):
    # ("两万多" then "长治的 合规的是两万三": the form takes the new amount, asking what it still lacks)
    *_, r = talk(engine, ["住院花了两万多 能报多少", "长治的 合规的是两万三"])
    assert r.kind in ("clarify", "calculation"), r.text
    assert "23000" in str(r.calculation.inputs if r.calculation else "") or r.kind == "clarify", r.text


# ---- after a cap computed for years insured in a row, how far it rises asked with no topic ("最多能涨到好多"):
# that raise's limit, not the year's cap (巴中 第三章九问 例一: 最高支付限额可达到36万元)


@pytest.mark.parametrize("follow_up", ["最多能涨到好多", "最多能加到好多"])
def test_how_far_the_raise_goes_after_a_raised_cap(engine, follow_up):
    *_, r = talk(engine, ["我从2025年开始每年都交合疗 到2030年大病封顶好多", follow_up], region="巴中")
    assert r.kind == "faq" and "36万" in r.text, r.text


# ---- one of the people the question before placed elsewhere than the chat's region ("我爸妈在长治", then
# "我妈有糖尿病"): still there (长治 居民两病: 其他类型糖尿病 360元); the asker said elsewhere is not


@pytest.mark.parametrize("follow_up", ["我妈有糖尿病 二型的 两病一年能报多少", "我爸有糖尿病 二型的 两病一年最多报好多"])
def test_one_of_the_parents_placed_before_is_still_there(engine, follow_up):
    *_, r = talk(engine, ["我爸妈在长治 新农合 他们门诊看病能报吗", follow_up], region="克拉玛依")
    assert r.kind == "faq" and "360" in r.text and "长治" in r.text, r.text


def test_the_asker_named_after_parents_is_the_chats_region(engine):
    # (克拉玛依 两病 糖尿病 年度限额1000元)
    *_, r = talk(engine, ["我爸妈在长治 新农合 他们门诊看病能报吗", "我有糖尿病 两病能报多少"], region="克拉玛依")
    assert r.kind == "faq" and "1000" in r.text, r.text


# ---- the scheme said of people, asked of them again ("他们合疗…", then "他们在县医院住院能报多少"): theirs alone
# (巴中 第三章十一问: 居民 二级 起付400元 70%; 第二章二十七问: 职工 82%)


def test_their_scheme_holds_for_them(engine):
    *_, r = talk(engine, ["我爸妈在巴中南江农村 他们合疗2026年交多少啊 我想帮他们交", "他们在县医院住院能报多少 二级的"],
                 region="克拉玛依")
    assert "70%" in r.text and "82%" not in r.text, r.text


def test_their_scheme_is_not_the_askers(engine):
    *_, r = talk(engine, ["我爸妈在巴中南江农村 他们合疗2026年交多少啊", "巴中 我在县医院住院能报多少 二级的"],
                 region="克拉玛依")
    assert "82%" in r.text and "70%" in r.text, r.text
