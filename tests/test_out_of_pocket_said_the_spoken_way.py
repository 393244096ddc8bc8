"""What the asker paid out of pocket, said the spoken way ("自己掏的合规费用有三万", "自己掏了两万五"), with
how a fund pays asked ("大病保险咋报"): the asker's own figure, computed — not the fund's rule page (长治
居民大病保险: 超过1万元以上部分报销75%, (30000 − 10000) × 75% = 15000). Own phrasings, through the
real engine."""
import pytest

from tests.helpers import computed, talk


@pytest.mark.parametrize("asked, figure", [
    ("新农合的大病保险怎么报 俺今年自己掏的合规费用有三万", 15000),
    ("大病保险咋个报 今年自己掏了两万五", 11250),
    ("合疗大病咋报 个人掏的钱有四万", 22500),
])
def test_out_of_pocket_with_how_asked_is_computed(engine, asked, figure):
    *_, r = talk(engine, [asked], region="长治")
    computed(r, figure)


def test_how_asked_with_no_figure_is_the_rule(engine):
    *_, r = talk(engine, ["新农合大病保险咋报"], region="长治")
    assert r.kind == "faq" and "75%" in r.text, r.text
