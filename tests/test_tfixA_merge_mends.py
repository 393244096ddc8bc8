"""Two classes this round's merges broke, mended. Through the real engine.

1. How or where a thing is done asked as a bare part of a message whose matter is told before it: where the
   message's own pages say only whether or who and the bare question finds only a page of another matter, the
   handbook has no page on the errand — the honest refusal, not a page of the matter answering another question.
2. A hospital named without its tier (区医院, 县医院, 市人民医院) set beside one named by its tier with a join word
   between them is asked its tier — the join word is no "二级的县医院" (a tier said before its own hospital)."""
import pytest

from tests.helpers import answer


@pytest.mark.parametrize("text", [
    "儿子打算在长治办长期异地居住备案 到哪儿办 需要啥资料",
])
def test_a_bare_errand_with_no_page_on_its_matter_is_refused(engine, text):
    r = answer(engine, text, region="长治")
    assert r.kind == "unanswered", r.text


@pytest.mark.parametrize("text,region,hospital", [
    ("居民医保 花一万 社区医院和县医院 各报多少", "巴中", "县医院"),
    ("合疗 住院8000 三甲与市人民医院 差好多", "巴中", "市人民医院"),
    ("职工 住院六千 卫生院跟区医院 各报多少", "巴中", "区医院"),
])
def test_an_untiered_hospital_joined_to_a_tiered_one_is_asked_its_tier(engine, text, region, hospital):
    r = answer(engine, text, region=region)
    assert r.kind == "clarify" and hospital in r.text and "几级" in r.text, r.text
