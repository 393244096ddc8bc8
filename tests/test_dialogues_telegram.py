"""The same conversations in Telegram: the real Application processes real Update objects, the
network replaced at the request layer only (the harness of tests/test_telegram.py)."""
import pytest
from test_telegram import (
    ALICE,
    BOB,
    GROUP,
    Harness,
    bot_message,
    callback,
    keyboard,
    mention,
    message,
    run,
)


@pytest.fixture
def harness(store, engine):
    return lambda **kw: Harness(store, engine, **kw)


async def _say(h, texts, **kw):
    out = []
    for text in texts:
        sent = await h.send(message(text, **kw))
        out.append(sent[-1]["text"] if sent else None)
    return out


def test_a_correction_and_a_follow_up(harness):
    async def scenario():
        async with harness() as h:
            first, fixed, follow = await _say(h, ["巴中居民医保，三级医院住院花了8000，报多少", "不对，我说错了，是花了1万2",
                                                  "那二级医院呢"])
            assert "4,380" in first and "6,780" in fixed and "8,120" in follow
    run(scenario())


def test_low_income_follow_up_after_a_handbook_answer(harness):
    async def scenario():
        async with harness() as h:
            rule, poor = await _say(h, ["巴中城乡居民医保个人一年交多少", "低保户呢"])
            assert "400" in rule and "100 元" in poor
    run(scenario())


@pytest.mark.parametrize("cancel", ["/cancel", "没事了，不用算了", "算了谢谢"])
def test_cancel_ends_the_form_and_nothing_is_queued(harness, store, cancel):
    async def scenario():
        async with harness() as h:
            asked, done, after = await _say(h, ["帮我算下住院报销", cancel, "巴中居民门诊统筹一年最多报多少"])
            assert "？" in asked
            assert done.startswith("好的")
            assert "100" in after and "还差一项" not in after
            assert store.queue() == []
    run(scenario())


def test_a_new_question_while_the_form_waits_then_the_answer(harness):
    async def scenario():
        async with harness() as h:
            asked, other, calc = await _say(h, ["巴中住院花了6000能报多少", "对了，城乡居民一年交多少钱", "居民医保，二级医院"])
            assert "哪一级医院" in asked
            assert "400" in other and "还差一项" in other
            assert "3,920" in calc
    run(scenario())


def test_no_prompt_is_repeated_word_for_word(harness):
    async def scenario():
        async with harness() as h:
            said = await _say(h, ["巴中住院花了1万能报多少", "那二级医院呢", "不对，是12000", "嗯"])
            assert len(set(said)) == len(said), said
    run(scenario())


def test_a_form_in_a_group_is_cancelled_by_its_asker(harness, store):
    async def scenario():
        async with harness() as h:
            [ask] = await h.send(mention("住院一万块能报多少", user=ALICE))
            [done] = await h.send(message("/cancel@yibao_test_bot", chat=GROUP, user=ALICE,
                                          reply_to=bot_message(ask, 950)))
            assert done["text"].startswith("好的")
            assert store.queue() == []
    run(scenario())


def test_one_more_fact_of_the_case_recomputes(harness):
    async def scenario():
        async with harness() as h:
            cap, lowered = await _say(h, ["巴中居民医保，大病保险，基本医保报完自付60万，最高赔多少", "我中间断过两年保"])
            assert "300,000" in cap and "292,000" in lowered
            house, one = await _say(h, ["巴中 我们家四口人 居民医保一年交多少", "里面有一个是特困"])
            assert "1,600" in house and "1,200" in one
            second, first = await _say(h, ["克拉玛依 之前在一级医院住过一次 这次在三级医院住院花了1万 能报多少",
                                           "如果之前没住过院呢"])
            assert "6,175" in second and "6,110" in first
    run(scenario())


def test_which_calculation_is_a_button_and_the_region_comes_with_a_fact(harness):
    async def scenario():
        async with harness() as h:
            [sent] = await h.send(message("我想帮家里人算一下"))
            rows = keyboard(sent)["inline_keyboard"]
            assert "住院报销" in [row[0]["text"] for row in rows]
            shown = {**bot_message(sent, 980), "reply_markup": keyboard(sent)}
            [asked] = await h.send(callback(rows[0][0]["callback_data"], answer_msg=shown))     # 住院报销
            assert "哪个地区" in asked["text"]
            [region_asked] = await h.send(message("居民医保门诊可以报销吗"))
            assert "哪个地区" in region_asked["text"]
            [calc] = await h.send(message("克拉玛依的，在二级医院看的，花了300"))
            assert "168" in calc["text"] and "来源" in calc["text"]
    run(scenario())


def test_a_follow_up_in_a_group_needs_no_mention(harness):
    async def scenario():
        async with harness() as h:
            [house] = await h.send(mention("巴中 我们家四口人 居民医保一年交多少", user=ALICE))
            assert "1,600" in house["text"]
            [one] = await h.send(message("里面有一个是特困", chat=GROUP, user=ALICE))
            assert "1,200" in one["text"]
            assert await h.send(message("里面有一个是特困", chat=GROUP, user=BOB)) == []   # not Bob's case
    run(scenario())


def test_another_scheme_after_a_rule_and_a_second_disease(harness):
    async def scenario():
        async with harness() as h:
            rule, staff = await _say(h, ["长治居民 糖尿病门诊慢病 每个月限额多少 报销比例多少", "那职工呢"])
            assert "290" in rule and "400" in staff and "75%" in staff and "哪一级" not in staff
            one, two = await _say(h, ["巴中 我有高血压 还够不上慢病 降压药一年花了六百 能报多少",
                                      "糖尿病我也有 两样一共一年一千四呢"])
            assert "200 元" in one and "职工医保还是" not in one and "500 元" in two
    run(scenario())


def test_another_kind_of_care_in_a_group_needs_no_mention(harness):
    async def scenario():
        async with harness() as h:
            [stay] = await h.send(mention("巴中城乡居民 住院的起付线是多少", user=ALICE))
            assert "起付" in stay["text"]
            [visit] = await h.send(message("那门诊的呢", chat=GROUP, user=ALICE))
            assert "50%" in visit["text"] and "100" in visit["text"]
            assert await h.send(message("那门诊的呢", chat=GROUP, user=BOB)) == []   # not Bob's question
    run(scenario())


def test_a_rule_then_a_new_fact_then_a_bare_calculation_request(harness):
    """dialogues-5's kinds of turn in Telegram: the rule asked again for a fact told while it waits for a
    figure ("我是职工的"), and "帮我算算 花了…" after a handbook answer computing that answer's topic."""
    async def scenario():
        async with harness() as h:
            rule, staff = await _say(h, ["长治居民医保 糖尿病 门诊慢病每个月能报多少", "我是职工的"])
            assert "290" in rule and "400" in staff and "75%" in staff
            first, calc = await _say(h, ["克拉玛依学生医保住三级医院 起付线是多少 能报几成", "麻烦帮我算算 一共花了一万"])
            assert "600" in first and "6,110" in calc
    run(scenario())


def test_a_cancel_then_a_question_and_a_story_then_its_question(harness, store):
    async def scenario():
        async with harness() as h:
            asked, answered = await _say(h, ["巴中 帮我算下门诊报销", "算了 没事了 问哈 巴中医保局电话好多"])
            assert "？" in asked and "5775700" in answered and "还差一项" not in answered
            story, wait = await _say(h, ["俺儿子在外地打工 2024年没交巴中的合疗 2025年也没交 屋头其他人都交了",
                                         "他打算2026年集中缴费期交 交了以后好久能报"])
            assert "4 个月" in wait, wait
            back, = await _say(h, ["俺是职工，单位给交的医保，前些天在长治住院了，心里一直没底"])
            assert "您具体想问" in back
            assert store.queue() == []
    run(scenario())


def test_a_second_stay_and_a_cancel_said_over_then_a_question(harness, store):
    """The earlier stay of the year is the one just computed (克拉玛依: 同一等级再次住院不再支付起付标准),
    and "不用了 取消 我就想知道…" ends the form and answers the question, nothing sent to staff."""
    async def scenario():
        async with harness() as h:
            first, again = await _say(h, ["克拉玛依 一级医院住院花了1100 报多少", "同一年又在一级医院住了一次 花了1000 这次呢"])
            assert "850" in first and "850" in again and "上一次住院是在哪一级" not in again
            asked, answered = await _say(h, ["帮我算下住院报销", "不用了 取消 我就想知道长治职工医保门诊慢病一类病种报销比例"])
            assert "？" in asked and "85%" in answered
            assert store.queue() == []
    run(scenario())


def test_facts_the_conversation_told_hold_in_telegram(harness):
    # (长治 居民住院 一类三甲 1000、60%: (16000 − 1000) × 60% = 9000 — the scheme named in the question asked
    # while the form waited; 巴中 第二章三十九问: 在职 门诊统筹 起付200元/年、限额800元/年)
    async def scenario():
        async with harness() as h:
            *_, calc = await _say(h, ["长治 俺想算算住院能报多少", "先不说这个 俺问问新农合大病保险一年最多报多少",
                                      "刚才那住院 市里三甲 花了一万六 都是合规的"])
            assert "9,000" in calc, calc
            *_, son = await _say(h, ["巴中 退休了职工门诊统筹 起付线好多 一年最多报好多", "我儿子在职的呢"])
            assert "200" in son and "800" in son, son
    run(scenario())
