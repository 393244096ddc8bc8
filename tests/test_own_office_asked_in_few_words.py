"""The region's own office asked by words the search knows little of ("市医保局办事的地方在哪儿"), with
or without a street asserted ("是不是红星路"): the handbook's row of that office (巴中 第七章 四问: 市本级
巴州区红星路70号 市民之家二楼 0827-5775700) even where the search ranks it first but weakly — never a
choice between it and the rows of counties the asker did not name. A county named keeps its own row.
Own phrasings, through the real engine."""
import pytest

from tests.helpers import answer, ids


@pytest.mark.parametrize("text", [
    "市医保局办业务的地方在哪儿",
    "市医保局办手续的地方在哪 是不是在红星路",
    "市里头医保局办事的地点在哪里",
])
def test_the_own_office_asked_weakly_is_its_row(engine, text):
    r = answer(engine, text, region="巴中")
    assert r.kind == "faq" and ids(r)[0] == "bz-7-04-b", r.text
    assert "红星路70号" in r.text and "5775700" in r.text, r.text


def test_a_county_named_keeps_its_row(engine):
    r = answer(engine, "平昌医保局办事的地方在哪儿", region="巴中")
    assert r.kind == "faq" and ids(r)[0] == "bz-7-04-g", r.text
