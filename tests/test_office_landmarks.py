"""The handbook's table of offices (巴中 第七章 四问): a street or building of it named with an office
("九洲商业城那个医保窗口") places the question in 巴中 and is answered from that office's row; a street
alone is no place (成都 has a 红星路 too); and with no county or landmark named, the whole table answers,
never one county's row that shares the question's other words (南江's "下午几点上班")."""

import pytest

from intents.regions import detect_region, landmarks_in
from tests.helpers import answer, ids


@pytest.mark.parametrize("text", ["红塔大厦那个医保窗口电话多少", "石牛大道的市民之家医保几点下班"])
def test_a_landmark_with_an_office_is_bazhong(text):
    assert detect_region(text).region == "巴中"


@pytest.mark.parametrize("text", ["红星路附近的药店能刷医保不", "成都红星路的医院住院能报不"])
def test_a_street_alone_is_no_place(text):
    assert landmarks_in(text) == []
    assert detect_region(text).region != "巴中"


@pytest.mark.parametrize("text, entry, said", [
    ("红星路那边的市民之家 医保窗口中午休息到几点", "bz-7-04-b", "13:30"),
    ("九洲商业城那个政务服务中心医保窗口 电话好多", "bz-7-04-c", "0827-8668073"),
])
def test_the_landmarks_own_row_answers(engine, text, entry, said):
    r = answer(engine, text)
    assert ids(r)[0] == entry, r.text
    assert said in r.text


def test_no_county_named_gets_the_table_not_one_countys_row(engine):
    r = answer(engine, "医保窗口下午几点开门", region="巴中")
    assert ids(r)[0] == "bz-7-04-a", r.text
    assert "13:30" in r.text and "14:00" in r.text
