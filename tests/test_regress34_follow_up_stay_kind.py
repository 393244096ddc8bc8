"""A follow-up naming its own kind of stay away (长期) after a question on the other kind's rate (临时): the
borrowed ask ("报销比例降多少") found the 临时 page by its own words; the kind named is what is asked
(克拉玛依 备案类型表: 异地长期居住 — 报销比例与参保地相同). Our own examples, none in eval/."""
from bot.engine import _other_stay_kind
from tests.helpers import ids, talk


def test_the_other_kind_of_stay_is_told_apart():
    assert _other_stay_kind("那换成长期居住备案呢", "异地临时就医人员备案有什么政策？")
    assert not _other_stay_kind("那换成长期居住备案呢", "异地长期居住人员备案有什么政策？")


def test_a_follow_up_naming_the_long_stay_gets_the_long_stay_page(engine):
    first, then = talk(engine, ["放假回老家看病 学校医保办临时备案 报销比例降多少",
                                "那要是在老家办的异地长期居住备案呢"], "克拉玛依")
    # (the long stay's own page, or the students' page for care at home — both the 长期 kind, never 临时's)
    assert ids(then)[:1] in (["ky-08-04"], ["ky-08-10"]), then.text
    stated = then.text.split("如果不是这个意思")[0]
    assert "长期居住" in stated and "临时就医人员" not in stated, then.text
