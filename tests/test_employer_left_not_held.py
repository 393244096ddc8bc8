"""An employer said of a job the asker has left ("以前在厂里上班 去年离职了", "现在辞职了") is no employer held:
a later question naming no status is read as if no employer had been said (巴中 第二章 二十八问: the
单位职工's 生育津贴 is paid on the employer's wages — not the page of someone who left the job)."""
import pytest

from tests.helpers import answer, ids, talk


@pytest.mark.parametrize("story", [
    ["我以前在厂里上班 去年离职了"],
    ["之前在公司干了三年 已经辞职了 职工医保还在交"],
    ["我在单位上班交的职工医保", "现在辞职了 不在单位了"],
])
def test_a_job_left_is_no_employer_held(engine, story):
    *_, r = talk(engine, [*story, "生育津贴咋算"], region="巴中")
    fresh = answer(engine, "生育津贴咋算", region="巴中")
    # (asked alone, the 单位职工's page — the handbook's 女职工 rule — comes first with 两类人员's offered beside it;
    # an employer held would drop that offer, `test_a_job_still_held_is_the_employees_page`: a job left keeps it)
    assert ids(r)[:1] == ids(fresh)[:1] and r.choice_ids == fresh.choice_ids, r.text


def test_a_job_still_held_is_the_employees_page(engine):
    # (the employer said as the asker's job now still holds)
    _, r = talk(engine, ["我在厂里上班 交的职工医保", "生育津贴咋算"], region="巴中")
    assert ids(r)[:1] == ["bz-2-28-e"] and "bz-2-28-f" not in r.choice_ids, r.text


@pytest.mark.parametrize("story,asked", [
    (["我在厂里上班 厂里给交的职工医保"], "生育津贴咋个算嘛"),
    (["我在单位上班 单位给交的医保"], "产假那段时间的津贴怎么算"),
])
def test_an_employer_held_offers_no_flexible_workers_page(engine, story, asked):
    # (the 单位职工's page answers, and 灵活就业's own is no other question of this asker's)
    *_, r = talk(engine, [*story, asked], region="巴中")
    assert ids(r)[:1] == ["bz-2-28-e"] and not any("灵活就业" in q for q in r.suggestions), r.text
