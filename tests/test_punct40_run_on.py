"""Messages typed without a stop (voice input, or a writer who never types one), each class through the
understanding and the engine:

- an appeal to the chat for anyone who knows, typed on after the question ("…有没有人晓得"): cut off as filler;
- 不过 as the complement of a verb that could not ("周转不过来"): no clause opens at it;
- back home with the receipts to claim ("…回来带着发票能报吗"): the claim asked opens its own clause;
- a deed with its object planned, then asked of as done ("…想交合疗交了…"): the question opens at the deed again;
- what a word means asked, then another question ("…是指什么总花费…吗"): two questions, no bill;
- a scheme's full name ("职工基本医保"): names the scheme as 职工 does;
- a yes-or-no closed by 不 or 没, then the other way with 还是 ("…能报不还是…"): two asks;
- 他 as the object of a deed, with the doer after it ("撞他的人"): no clause opens at it;
- a how done to a card or a code ("咋个弄医保码"): the card is the how's object, not a new question."""
import pytest

from intents.message import clauses, voiced
from tests.helpers import answer, ids


@pytest.mark.parametrize("region, said, entry, shown", [
    ("克拉玛依", "低保户自己交医保出多少有没有人晓得", "ky-02-05", "100"),
    ("巴中", "医保钱包咋个开通有懂的吗", "bz-1-36", "医保钱包"),
])
def test_appeal_to_the_chat_typed_on_is_filler(engine, region, said, entry, shown):
    r = answer(engine, said, region)
    assert r.kind == "faq" and ids(r)[:1] == [entry] and shown in r.text, (r.kind, ids(r), r.text)


def test_bu_guo_after_a_verb_opens_no_clause():
    out = voiced("我在厂里上班老板资金周转不过来医保断了三个月现在补上以后住院还能报吗")
    assert " 不过来" not in out and "周转不过来" in out, out


def test_back_with_the_receipts_opens_the_claim(engine):
    said = "前年跟团去日本玩在那边摔伤看了急诊回来带着发票合疗能报吗"
    assert " 回来带着发票" in voiced(said)
    r = answer(engine, said, "巴中")
    assert ids(r)[:1] == ["bz-1-06-d"] and "境外" in r.text, (ids(r), r.text)


def test_deed_planned_then_asked_of_as_done(engine):
    said = "刚退伍回来还没找到工作想交合疗交了多久才能用"
    assert "想交合疗 交了" in voiced(said), voiced(said)
    # (the same reply as the message typed with its stops)
    assert ids(answer(engine, said, "巴中"))[:1] == ids(answer(engine, "刚退伍回来还没找到工作 想交合疗 交了多久才能用", "巴中"))[:1]


def test_meaning_asked_then_a_second_question(engine):
    assert clauses("门特是什么意思能报多少") == ["门特是什么意思", "能报多少"]
    r = answer(engine, "大病保险起付线是指什么总花费超过3万吗", "克拉玛依")
    assert r.kind == "faq" and ids(r)[:1] == ["ky-07-18"] and r.calculation is None, (r.kind, ids(r), r.text)


def test_scheme_full_name_names_the_scheme(engine):
    r = answer(engine, "我是职工基本医保一年最高报多少", "长治")
    assert ids(r)[:1] == ["cz-zg-08"] and "城乡居民" not in r.text.split("来源")[0], (ids(r), r.text)


@pytest.mark.parametrize("said, parts", [
    ("门诊能报不还是只有住院才报", ["门诊能报不", "还是只有住院才报"]),
    ("交了医保没还是要补交", ["交了医保没", "还是要补交"]),
    ("那我不还是要自己交钱吗", ["那我不还是要自己交钱吗"]),      # (a deed denied: one ask)
])
def test_yes_or_no_closed_by_bu_then_haishi(said, parts):
    assert clauses(voiced(said)) == parts


def test_him_as_the_object_opens_no_clause():
    out = voiced("我爸上个月在路口遭人开车撞了打他那个人也赔不起住院的钱合疗能报不")
    assert " 他那个人" not in out and "打他那个人" in out, out


def test_how_done_to_a_card_keeps_the_card(engine):
    assert " 电子凭证" not in voiced("支付宝里怎么激活电子凭证激活了能在药店用不")
    assert ids(answer(engine, "支付宝里怎么激活电子凭证激活了能在药店用不"))[:1] == ["ky-11-03"]
