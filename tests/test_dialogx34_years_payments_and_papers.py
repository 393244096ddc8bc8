"""Round 34's stranger's conversations: a two-figure year without cover beside the next year's fee
("24年没交 25年的是12月交的"), a payment said again as made in the collection window (no day), and the
papers asked the spoken way ("要带点啥") after where a 慢病 is recognised — each through the real engine."""
from tests.helpers import talk


def test_a_gap_in_two_figure_years_is_computed_and_a_window_payment_drops_the_day_told(engine):
    first, dated, window = talk(engine, ["我24年没交合疗 25年的是12月交的 啥时候能报", "我是1月5号交的",
                                         "那要是26年27年都没交 28年集中缴费期交呢"], region="巴中")
    assert first.kind == "calculation" and "断保 1 年" in first.text, first.text
    assert dated.kind == "calculation" and "4月5日" in dated.text, dated.text
    # two years without cover: 3 + 1 months; the day told before is not this payment's
    assert window.kind == "calculation" and "断保 2 年" in window.text, window.text
    assert "1月5日" not in window.text and "5月1日" in window.text, window.text


def test_what_to_bring_after_where_a_chronic_disease_is_recognised_gives_the_papers(engine):
    _, r = talk(engine, ["我在通江 想给我妈办糖尿病的门慢 在哪里认定", "那要带点啥"], region="巴中")
    assert r.kind == "faq", r.text
    assert "社保卡" in r.text and "申请（复查）表" in r.text, r.text
