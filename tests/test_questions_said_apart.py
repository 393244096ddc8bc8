"""A question said apart from the one before it ("…？还有，…") that names its own matter is another
question: its figure is no answer to the calculation the first answer offered (a prenatal check's 800
is no bill for 医疗救助), and read alone it is not answered with the first question's page when the
handbook has nothing on it — it is refused, honestly. Phrasings of our own, through the real engine."""
from bot import texts
from tests.helpers import answer, ids


def test_a_figure_said_apart_is_no_bill_for_the_offer_before(engine):
    reply = answer(engine, "返贫致贫人口 医疗救助从多少起？还有，职工医保产前检查补八百是不是", region="长治")
    assert reply.kind == "faq" and reply.calculation is None, reply.text
    assert "560" not in reply.text
    assert "【2】" in reply.text and texts.NOT_FOUND in reply.text.split("【2】")[1]


def test_a_question_said_apart_is_not_answered_with_the_page_before(engine):
    reply = answer(engine, "特困人员住院了 医疗救助从多少起？还有，职工医保产前检查补八百是不是", region="长治")
    assert ids(reply) == ["cz-jz-04"]
    assert "【2】" in reply.text and texts.NOT_FOUND in reply.text.split("【2】")[1]
