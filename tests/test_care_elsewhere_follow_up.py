"""A follow-up that asks only of care in a place no handbook covers ("那去郑州看病呢"), after a
question on care away from home: the question before, of care there — the asker's region's rule on
care elsewhere — never a guess at another page, nor that place's own rules; the place's own office asked
beside it is declined. Own phrasings, through the real engine.
(长治 居民住院封顶线: 统筹区外就医不备案比例降低10%; 巴中 第七章四问: 异地就医先备案)"""
import pytest

from tests.helpers import ids, talk


@pytest.mark.parametrize("region, turns, entry, needle", [
    ("长治", ["俺在长治参保 去太原住院 要备案不", "俺是新农合 不备案会少报不", "那去郑州看病呢"], "cz-jm-24", "10%"),
    ("长治", ["居民医保去外地住院不备案报销比例降多少", "那在西安住院呢"], "cz-jm-24", "10%"),
    # (巴中's two pages on filing before care away, 第七章四问 先备案 or 第一章二十七问 出院结算前 申报备案:
    # which one answers the question before is its ranking; the follow-up is asked of that same page)
    ("巴中", ["在外省住院要先备案不", "那要是去广州看病呢"], ("bz-7-04-h", "bz-1-27"), "备案"),
])
def test_care_in_an_uncovered_place_asks_the_question_before_there(engine, region, turns, entry, needle):
    *before, r = talk(engine, turns, region=region)
    pages = entry if isinstance(entry, tuple) else (entry,)
    assert ids(before[-1])[:1] and ids(before[-1])[0] in pages, before[-1].text
    assert r.kind == "faq" and ids(r)[:1] == ids(before[-1])[:1] and needle in r.text, r.text


def test_that_places_own_office_beside_it_is_declined(engine):
    *_, r = talk(engine, ["俺在长治参保 去太原住院 要备案不", "俺是新农合 不备案会少报不",
                          "那去郑州看病呢 郑州医保局电话多少"], region="长治")
    first, second = r.text.split("【2】")
    assert "10%" in first and "医保码" not in first, r.text
    assert "没有郑州的政策" in second and "12393" in second, r.text
