"""A message that answers the waiting form's question, then asks another ("三级的 另外问一下 …"): the answer
fills the form and the question is answered — neither dropped. Own phrasings, through the real engine."""
from tests.helpers import computed, talk


def test_the_answer_before_a_side_question_is_kept(engine):
    _, side, r = talk(engine, ["帮我算个住院报销 职工医保的",
                               "一级医院 对了顺便问一下 医保电子凭证在支付宝咋个激活",
                               "花了五千 都是目录内的"], region="巴中")
    assert side.kind == "faq" and "一级" not in side.text.split("（刚才")[0], side.text
    assert "花了多少钱" in side.text, side.text      # the form asked again, for what is still missing
    computed(r, 3995, name="inpatient")        # 职工 一级: (5000 − 300) × 85 %


def test_the_last_fact_before_a_side_question_computes_and_answers_both(engine):
    _, r = talk(engine, ["合疗 住院目录内花了九千 报多少", "二级 另外问一下 异地就医备案在哪里办"], region="巴中")
    computed(r, 6020, name="inpatient")        # (9000 − 400) × 70 %
    assert "备案" in r.text.split("来源")[1], r.text
