"""Whether a claim is still in time ("现在拿去报还来得及不"), asked after a story that tells a bill: the
deadline's page, never the calculation form's question for the hospital's level — the sum told is not
what is asked."""
import pytest

from intents.calc_kind import asks_how_or_which
from intents.slots import extract
from tests.helpers import answer


@pytest.mark.parametrize("text", ["现在拿去报还来得及不", "票放了半年了 还赶得上报销不", "现在去报来不来得及"])
def test_still_in_time_asks_the_deadline(text):
    assert asks_how_or_which(text, extract(text))


@pytest.mark.parametrize("text, region, said", [
    ("去年在成都住院自己垫了一万多 现在拿去报还来得及不", "巴中", "次年6月底"),
])
def test_still_in_time_after_a_bill_is_the_deadlines_page(engine, text, region, said):
    reply = answer(engine, text, region=region)
    assert reply.kind == "faq" and said in reply.text, reply.text
    assert "在哪一级医院" not in reply.text
