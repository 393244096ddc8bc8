"""A short follow-up asking another act of the last answer's topic — what to bring or hand in, when the
cover starts — is read with that topic, and the act asked picks the page: the topic's materials page,
not the page of what was asked before (a county's hospitals, a rule's figure). Own phrasings, through the
real engine, the batch contract and Telegram."""
import pytest

from tests.helpers import ids, talk

# ---- the materials asked the spoken way ("要带些啥子", "要拿些啥子去", "要交啥子资料", "给娃儿办要带啥子"):
# 巴中 第四章九问 (慢特病认定: 社保卡或医保电子凭证、有效身份证件、申请（复查）表、病历), 第四章十二问 (待遇自认定之日起),
# 第三章七问 (新生儿凭出生医学证明书或户口簿登记参保), 第六章八问 (医疗救助申请表、结算单…), 第四章二十问 (两病: 不需要提供资料),
# 第三章二十五问 (大病保险: 持发票、费用清单…申请报销)


@pytest.mark.parametrize("turns, entry", [
    (["南江哪些医院可以认定门慢", "要带些啥子"], "bz-4-09"),
    (["南江哪些医院可以认定门慢", "要带些啥子", "认定了好久能报"], "bz-4-12"),
    (["屋头娃儿刚生下来 参保要等不", "给娃儿参保要带啥子"], "bz-3-07"),
    (["我家是低保户 住院大病报了后自己还出八千 医疗救助给好多", "要交些啥子材料"], "bz-6-08"),
    (["我有高血压 没到门慢标准 两病的药一年能报好多", "要不要交啥子资料"], "bz-4-20"),
    (["大病保险自己垫了钱 最迟好久之前要去报", "要拿些啥子去"], "bz-3-25"),
])
def test_the_materials_asked_after_an_answer_are_its_topics(engine, turns, entry):
    *_, r = talk(engine, turns, region="巴中")
    assert r.kind == "faq" and ids(r)[0] == entry, r.text


# ---- ... where the topic is the story's, not the domain's own name (克拉玛依 第8部分: 户籍地就医, 异地长期居住,
# 上传户口首页、户口本人页)


@pytest.mark.parametrize("first", ["放暑假回老家 病了咋用克拉玛依的医保", "放假回老家了 生病了咋用医保"])
def test_the_materials_after_care_at_home_are_the_home_filings(engine, first):
    *_, r = talk(engine, [first, "要上传啥材料"], region="克拉玛依")
    assert r.kind == "faq" and ids(r)[0] == "ky-08-10" and "户口" in r.text, r.text


def test_the_materials_asked_are_no_fact_for_an_offered_calculation(engine):
    # 等待期 offered after a newborn's rule: "给娃儿办要带啥子" names the child (a 居民), and asks what to bring
    *_, r = talk(engine, ["我2025年没交合疗 2026年1月份补交的 马上能报不", "那刚生的孙子要等不", "给娃儿办要带啥子"],
                 region="巴中")
    assert r.kind == "faq" and "出生医学证明" in r.text, r.text


# ---- the city's own level said as where, in reply to a question asked of every region ("巴中市本级的"):
# the region itself (巴中 第七章四问: 市本级 巴州区红星路70号, 0827-5775700)


@pytest.mark.parametrize("turns", [["医保窗口电话是好多", "巴中市本级"], ["医保电话多少", "我是巴中本级的"]])
def test_the_city_level_said_is_the_region(engine, turns):
    *_, r = talk(engine, turns)
    assert r.kind == "faq" and "0827-5775700" in r.text, r.text


def test_the_city_level_is_a_bare_place():
    from bot.region_policy import bare_place
    hit = bare_place("巴中市本级的")
    assert hit is not None and hit.region == "巴中" and hit.county is None
    assert bare_place("巴中市本级的电话多少") is None


# ---- the same through the batch contract (`yibao ask --jsonl`, a real subprocess) -------------------

def test_these_conversations_through_the_batch_contract(tmp_path):
    from test_dialogues import _batch
    rows = _batch(tmp_path, {
        "county": ("巴中", ["平昌哪些医院认定门慢", "那通江的呢", "要带些啥子", "认定了多久开始享受"]),
        "aid": ("巴中", ["低保户住院报完自己还出一万 医疗救助能给好多", "要交啥子资料"]),
        "them": ("克拉玛依", ["我爸妈在巴中通江农村 他们合疗一年交好多", "他们在县医院住院能报多少 二级的"]),
        "level": (None, ["医保窗口电话是好多", "巴中市本级"]),
    })
    assert "身份证件" in rows["county-2"]["text"] and "通江县人民医院" not in rows["county-2"]["text"]
    assert "认定之日" in rows["county-3"]["text"]
    assert "医疗救助申请表" in rows["aid-1"]["text"]
    assert "70%" in rows["them-1"]["text"] and "克拉玛依" not in rows["them-1"]["text"]
    assert "0827-5775700" in rows["level-1"]["text"]


# ---- and in Telegram ------------------------------------------------------------------------------

def test_the_materials_of_the_county_page_in_telegram(store, engine):
    from test_telegram import Harness, message, run

    async def scenario():
        async with Harness(store, engine) as h:
            out = []
            for text in ["巴中恩阳哪些医院可以认定门慢", "要带些啥子"]:
                sent = await h.send(message(text))
                out.append(sent[-1]["text"])
            assert "申请（复查）表" in out[-1] and "身份证件" in out[-1], out[-1]
    run(scenario())


# ---- a case of the 两病 computed by the 慢病 form is about the 两病: what a follow-up borrows of it
# (巴中 第四章二十问: the 两病 need no papers — not the 慢特病 recognition's list)

def test_a_two_diseases_case_is_about_the_two_diseases():
    from intents import forms
    assert forms.topic("chronic", {"two": "两病", "diseases": ["高血压", "糖尿病"]}) == "两病"
    assert forms.topic("chronic", {"diseases": ["冠心病"]}) == "门诊慢病"


# ---- the people a follow-up points back at are where the question before placed them ("他们在县医院住院
# 能报多少" after "我爸妈在巴中平昌农村…" in a 克拉玛依 chat): 巴中's rates (第三章十一问: 居民 二级 400元 70%),
# never the chat's region's (克拉玛依 二级 75%)

def test_them_after_their_place_is_that_place(engine):
    *_, r = talk(engine, ["我爸妈在巴中平昌农村 他们合疗一年交好多", "他们在县医院住院能报多少 二级的"], region="克拉玛依")
    assert "70%" in r.text and "克拉玛依" not in r.text, r.text


# ---- a question asking when with 四川's 好久 while a form waits is a question, not the form's fact
# ("职工的话要交好久才能享受生育待遇" while the 生育 form asks how the child was born: 巴中 第二章八问, 6个月后享受)

@pytest.mark.parametrize("turns", [
    ["我老婆怀孕了 居民医保 生娃能报多少", "职工的话要交好久才能享受生育待遇"],
    ["我老婆怀孕了 居民医保 生娃能报多少", "职工医保的话 参保好久才有生育待遇"],
])
def test_haojiu_asked_while_a_form_waits_is_a_question(engine, turns):
    *_, r = talk(engine, turns, region="巴中")
    assert r.kind == "faq" and "6个月" in r.text, r.text


@pytest.mark.parametrize("turns", [
    ["合疗住院报多少", "住了好久 三级医院"],
    ["合疗住院报多少", "等了好久才出院 三级医院"],
])
def test_a_stays_length_told_with_haojiu_answers_the_form(engine, turns):
    # (住了好久: how long the stay was, told — the form's tier answered, its bill asked next)
    *_, r = talk(engine, turns, region="巴中")
    assert r.kind == "clarify" and r.missing_slots == ["amount"], r.text
