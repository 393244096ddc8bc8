"""A part of a region whose office the handbook's table of offices has no row for (巴中经开区,
`unlisted_areas` in regions.yaml): its office asked is said to be not in the handbook, with the
region's office — never the 市本级 row stated as that office."""
import pytest

from tests.helpers import answer


@pytest.mark.parametrize("text", ["经开区的医保窗口在哪儿 电话好多", "巴中经开区医保局电话是多少",
                                  # (whether there is one, and a bare "在哪儿" after it: one question of that office)
                                  "经开区有没有医保窗口 在哪儿", "经开区有没得医保局"])
def test_an_unlisted_areas_office_is_not_another_rows(engine, text):
    reply = answer(engine, text, region="巴中")
    assert reply.kind == "unanswered" and "没有" in reply.text and "经开区" in reply.text, reply.text
    assert "红星路70号" not in reply.text


def test_a_listed_county_still_gets_its_row(engine):
    reply = answer(engine, "巴州区医保窗口在哪儿", region="巴中")
    assert reply.kind == "faq" and "巴州区" in reply.text, reply.text
