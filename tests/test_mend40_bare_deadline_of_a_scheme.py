"""A bare deadline asked of a scheme alone ("城乡居民医保哪天截止", "学生医保几号截止") is its payment's window — a
claim's deadline names the claim; and "after the new year" told beside it is a time within the window asked
about, not the window past."""
import pytest

from tests.helpers import answer, ids


@pytest.mark.parametrize("text,region,entry", [
    ("合疗啥时候截止", "巴中", "bz-3-03-a"),
    ("城乡居民医保哪天截止呀", "巴中", "bz-3-03-a"),
    ("居民医保几号截止啊 我婆婆还没交", "巴中", "bz-3-03-a"),
])
def test_a_bare_deadline_of_a_scheme_is_the_payment_window(engine, text, region, entry):
    r = answer(engine, text, region=region)
    assert ids(r)[:1] == [entry] and "2月28日" in r.text, r.text


def test_a_claim_deadline_is_still_the_claims(engine):
    r = answer(engine, "合疗报销好久截止", region="巴中")
    assert "bz-3-17" in ids(r) and "6月底" in r.text, r.text


def test_after_the_new_year_is_a_time_in_the_window_not_past_it(engine):
    r = answer(engine, "居民医保啥时候截止 我爸还没交 开春过了年再交赶得上不", region="巴中")
    assert "2月28日" in r.text or "2月底" in r.text, r.text
