"""Care in another province (郑州, 北京 for one insured in 长治): a page stating a rule for care within
the province ("2024年1月1日起，省内异地住院“免备案”") is no answer to it — the asker would read that
they need not file. The honest not-in-my-handbooks with the office, and another place's office phone
declined with the national hotline."""
import pytest

from tests.helpers import talk


@pytest.mark.parametrize("follow_up", ["那去郑州看病呢", "那要是去北京住院呢"])
def test_a_province_rule_is_not_stated_for_care_in_another_province(engine, follow_up):
    replies = talk(engine, ["俺是长治的新农合 去外地住院不备案会少报不", follow_up], region="长治")
    assert "免备案" not in replies[-1].text, replies[-1].text
    assert replies[-1].kind == "unanswered", replies[-1].text


def test_the_other_places_office_is_declined_with_the_hotline(engine):
    replies = talk(engine, ["俺是长治的新农合 去外地住院不备案会少报不", "那去郑州看病呢 郑州医保局电话多少"], region="长治")
    assert replies[-1].kind == "unanswered" and "12393" in replies[-1].text, replies[-1].text
    assert "免备案" not in replies[-1].text


def test_care_within_the_province_still_gets_the_province_rule(engine):
    replies = talk(engine, ["俺在长治参保 去太原住院 要备案不"], region="长治")
    assert replies[-1].kind == "faq" and "免备案" in replies[-1].text, replies[-1].text
