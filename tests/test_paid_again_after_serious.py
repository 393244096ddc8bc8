"""Whether anything pays again after 大病保险, asked with what is left told roughly ("自己还出了好几万
后头还有二次报的没"): 长治's rule that 大病保险 pays 50% again above 5万 of what is left (居民大病保险),
not the rate cut for a transfer not filed, nor a question back for the exact sum. Own phrasings."""
import pytest

from tests.helpers import answer, ids


@pytest.mark.parametrize("said", [
    "大病保险报过了 自己还出了好几万 后头还有二次报的没",
    "合疗大病报完了还剩好几万自己出 还能二次报不",
])
def test_paying_again_after_serious_illness_insurance(engine, said):
    r = answer(engine, said, region="长治")
    assert r.kind == "faq" and ids(r)[0] == "cz-db-02", r.text
    assert "5万" in r.text and "50%" in r.text, r.text
