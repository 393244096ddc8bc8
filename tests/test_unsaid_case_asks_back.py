"""A page of one case found through words it shares with a question that names another case, or
none, is not stated as the answer: the reply asks which is meant, the choices offered.

- 两病 (the drugs of mild 高血压 or 糖尿病) for a question naming neither the group nor its diseases:
  门诊, 拿药, 一年 fit the general 门诊 pages as well;
- one kind of stay away (临时) for a question naming the other (长期): the papers and rates differ.

Named, the case's page answers as before."""
import pytest

from tests.helpers import answer as ask


@pytest.mark.parametrize("text,region", [
    ("俺们居民医保在门诊拿药，一年咋能报多少？", "长治"),
    ("在户籍地长期看病想备案 要上传啥", "克拉玛依"),
])
def test_a_page_of_another_case_is_not_stated(engine, text, region):
    reply = ask(engine, text, region)
    assert reply.kind == "clarify"


@pytest.mark.parametrize("text,region,needle", [
    ("两病糖尿病一年能报好多", "巴中", "300元"),
    ("我爸吃降压药 一年能报好多", "巴中", "200元"),
    ("长治居民两病高血压门诊用药一年限额多少", "长治", "260元"),
    ("两兵门诊用药报效比例是多少", "长治", "60%"),
    ("学生临时在外地看病备案要上传啥材料", "克拉玛依", "身份证"),
])
def test_the_case_named_is_answered(engine, text, region, needle):
    reply = ask(engine, text, region)
    assert reply.kind == "faq" and needle in reply.text
