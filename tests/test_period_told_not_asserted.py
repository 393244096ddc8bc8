"""A period after which the asker did something ("娃儿出生过了90天才交的") is their case told, not a
rule's figure asserted: it is never confirmed ("对，…期限是90天") as if checked; the rule's page answers
the case. A rule's wait asserted ("是不是要等3个月才能报") is still checked."""
import pytest

from intents import premise
from tests.helpers import answer


@pytest.mark.parametrize("text, checked", [
    ("娃儿出生过了90天才交的医保 是不是也从出生那天就能报", []),
    ("断了3个月才去交 是不是有等待期", []),
    ("断保了是不是要等3个月才能报", [("months", 3)]),
    ("新生儿是不是出生90天内交都从出生那天报", [("days", 90)]),
])
def test_period_told_or_asserted(text, checked):
    assert [(a.unit, int(a.value)) for a in premise.asserted(text)] == checked


def test_the_case_told_gets_the_rule(engine):
    reply = answer(engine, "巴中城乡居民 娃儿出生过了90天才交的医保 是不是也从出生那天就能报")
    assert reply.kind == "faq" and "缴费之日" in reply.text and not reply.text.startswith("对"), reply.text
