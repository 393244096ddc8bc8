"""A situation told in everyday words reaches the handbook's page for it (colloquial-20's failures,
checked on phrasings of our own): a common ailment's clinic visit is 门诊; not being able to use a
phone is the handbooks' 没有智能手机 (the 窗口 / 线下 page); a drug bought on one's own at a pharmacy
and claimed with the receipt is 直接购买 (whether it is paid without the 认定)."""
import pytest

from tests.helpers import answer as ask, ids


@pytest.mark.parametrize("text,region,entry,needle", [
    # a cold, a clinic, a little medicine: the 门诊统筹 page, not "which costs the fund pays"
    ("合疗 感冒了去诊所拿点药 报好多", "巴中", "bz-3-18", "50%"),
    ("居民医保 买点感冒药能报不 一年最多报好多", "巴中", "bz-3-18", "100元"),
    # the phone said not to be usable, in the story or beside the question
    ("我妈不会耍手机 合疗的钱去哪里交", "巴中", "bz-3-05-b", "办税服务厅"),
    ("家里两个老人没有智能手机 也不会弄小程序 回老家住要异地备案咋办", "克拉玛依", "ky-08-07", "窗口"),
    # bought on one's own, the receipt brought back: 直接购买, the 五定 / 认定 page
    ("特药我自己去药房买了 拿发票回来能报不", "巴中", "bz-5-03", "认定"),
])
def test_an_everyday_situation_reaches_its_page(engine, text, region, entry, needle):
    reply = ask(engine, text, region=region)
    assert reply.kind == "faq" and ids(reply)[:1] == [entry], (ids(reply), reply.text)
    assert needle in reply.text


@pytest.mark.parametrize("text", ["感冒了吃啥药好得快", "娃儿感冒了吃啥子药"])
def test_the_ailment_itself_stays_out_of_scope(engine, text):
    # (感冒了 is read as a 门诊 visit only for what the fund pays: medical advice is still refused)
    assert ask(engine, text, region="巴中").kind == "unanswered"
