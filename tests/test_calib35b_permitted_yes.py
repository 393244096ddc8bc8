"""A "can it be done" asked of an account's money ("卡里的钱能不能帮我老汉交合疗"), answered by a page saying
how to pay by the wallet: the yes is read from the page whose rule permits it — 允许 grants as 可以 does, and
the money asked in everyday words (钱) is the funds (资金, 余额) the rule names. Own phrasings."""
from corpus.yesno import says_yes

_RULE = "职工医保个人账户家庭共济：允许职工医保个人账户的资金用于支付近亲属在省内参加居民医保的个人缴费。"


def test_a_rule_permitting_it_with_the_funds_says_yes(engine):
    assert says_yes("个人账户里的钱可以给我爸交居民医保吗", _RULE, engine._terms, engine.index.segmenter.cut)


def test_a_rule_permitting_another_thing_says_no_yes(engine):
    # (the funds for relatives' premiums: nothing of a hospital bill in another province)
    assert not says_yes("个人账户里的钱可以在省外住院用吗", _RULE, engine._terms, engine.index.segmenter.cut)


def test_a_rule_forbidding_says_no_yes(engine):
    assert not says_yes("个人账户里的钱能给我爸交居民医保吗", "不允许个人账户的资金用于支付近亲属的个人缴费。",
                        engine._terms, engine.index.segmenter.cut)


def test_the_account_s_money_asked_after_the_wallet_s_steps_gets_the_permitting_rule(engine):
    from tests.helpers import talk
    *_, r = talk(engine, ["巴中职工医保 个人账户每个月划多少", "账户里的钱能拿来给我爸交居民医保不"])
    assert r.kind == "faq" and "近亲属" in r.text and "可以" in r.text, r.text
