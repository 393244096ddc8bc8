"""After an office's address or phone, another county's office asked with no 呢 between the place and
what is asked ("南江的几点上班", "通江的电话呢"): that county's office, asked what the follow-up asks (巴中
第七章四问: 南江县 9:00-12:00 14:00-18:00, 0827-8227681) — never a hospital's hours, out of scope.
Own phrasings, through the real engine."""
import pytest

from tests.helpers import talk


@pytest.mark.parametrize("follow_up, needle", [
    ("南江的几点上班", "14:00-18:00"),
    ("那南江的下午几点下班", "14:00-18:00"),
    ("通江的电话呢", "通江县"),
])
def test_another_countys_office_asked_short(engine, follow_up, needle):
    *_, r = talk(engine, ["巴州区医保窗口在哪里 电话多少", follow_up], region="巴中")
    assert r.kind == "faq" and needle in r.text, r.text


def test_with_no_office_asked_before_it_is_no_follow_up(engine):
    *_, r = talk(engine, ["住院起付线多少", "南江的几点上班"], region="巴中")
    assert "14:00-18:00" not in r.text, r.text
