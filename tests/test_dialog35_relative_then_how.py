"""Another relative asked of the question before, said with 的 ("我弟弟的也可以交不"): that question asked of
them — and a how asked next ("用手机咋操作") is read with that question's case (the account paying a relative's
fee: 个人账户代缴 on the phone), not with the fee alone. Own phrasings, through the real engine."""
from intents import acts
from tests.helpers import ids, talk


def test_a_relative_said_with_de_is_the_question_asked_of_them():
    asked = acts.with_person("我的职工医保个人账户 能给我爸交合疗不", "我弟弟的也可以交不")
    assert asked == "我的职工医保个人账户 能给我弟弟交合疗不", asked


def test_how_on_the_phone_after_a_relative_is_the_accounts_payment(engine):
    *_, r = talk(engine, ["我的职工医保个人账户 能给我爸交合疗不", "我弟弟的也可以交不", "用手机咋操作"], region="巴中")
    assert r.kind == "faq" and ids(r)[:1] == ["bz-3-05-c"], r.text
    assert "四川医保服务平台" in r.text, r.text
