"""Several questions put first while a form waits ("对了先问个事 … 几点上班 电话多少"): each answered under its
own heading, the form asked again once after them and filled by the next fact. Own phrasings, through the
real engine."""
from tests.helpers import computed, talk


def test_two_questions_put_first_are_both_answered_and_the_form_waits(engine):
    first, r, last = talk(engine, ["帮我算下我妈住院能报好多 她是合疗",
                                   "对了先问一下 2026年合疗个人交多少钱 集中缴费期是啥时候",
                                   "她住的二级医院 合规的一万"], region="巴中")
    assert first.kind == "clarify", first.text
    assert "【1】" in r.text and "【2】" in r.text, r.text
    assert "400" in r.text and "2月28日" in r.text, r.text
    assert "还差一项" in r.text, r.text
    computed(last, 6720, name="inpatient")        # (10000 − 400) × 70 %


def test_an_office_asked_first_is_one_question(engine):
    # the office's phone and where it is, asked together: its one reply, not a part searched of "where"
    _, r = talk(engine, ["俺在长治 居民医保 门诊看病能报多少", "先问一下 长治医保局电话多少 在哪儿办业务"], region="长治")
    assert "【2】" not in r.text, r.text
