"""What the search finds: 两病 asked as high pressure short of 慢病 (巴中), bills kept back to hand in later (克拉玛依)."""
import pytest

from tests.helpers import answer, ids


@pytest.mark.parametrize("text, entry", [
    ("血压偏高 吃着降压药 医生讲还不够慢病的标准 医保能给报啥", "bz-4-19-gxy"),
])
def test_high_pressure_short_of_the_chronic_standard_is_two_diseases(engine, text, entry):
    r = answer(engine, text, region="巴中")
    assert r.kind == "faq" and ids(r)[:1] == [entry], (ids(r), r.text)
    assert "50%" in r.text


@pytest.mark.parametrize("text", ["看病的单据能先存着 等下学期统一交吗", "发票我想压着 过完年再报销 可以不",
                                  "发票先攒着 年底一起报行吗", "票据能不能攒着以后一起交"])
def test_bills_kept_back_to_hand_in_later_meet_the_same_year_rule(engine, text):
    r = answer(engine, text, region="克拉玛依")
    assert r.kind == "faq" and ids(r)[:1] == ["ky-10-10"], (ids(r), r.text)
    assert "当年" in r.text
