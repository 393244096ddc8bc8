"""A place outside the covered regions said as where care happens, by the hospital or by what is
done there ("在浙江医院直接刷医保", "去杭州诊所拿药"), is 外地 / 外省 for the search, as "在北京住院"
is: the handbooks have no page on 浙江, they have one on care 外省 (巴中 第七章 二问: 门诊慢特病 跨省
直接结算 after 认定 and 备案)."""

import pytest

from intents.regions import care_elsewhere_said
from tests.helpers import answer, ids


@pytest.mark.parametrize("text, said", [
    ("想在浙江医院直接刷医保", "想在外省医院直接刷医保"),
    ("去杭州诊所拿药", "去外省诊所拿药"),
    ("在广东刷卡看病", "在外省刷卡看病"),
])
def test_care_there_said_by_the_hospital_or_the_deed(text, said):
    assert care_elsewhere_said(text, "巴中") == said


@pytest.mark.parametrize("text", ["在浙江交的医保", "浙江的医保政策是啥"])
def test_a_place_not_said_of_care_is_left(text):
    assert care_elsewhere_said(text, "巴中") == text


def test_a_chronic_patient_wanting_to_pay_by_card_in_another_province(engine):
    r = answer(engine, "老汉有糖尿病门慢 在巴中认定了的 现在跟我在江苏住 想在江苏医院直接刷医保 咋办", region="巴中")
    assert ids(r)[0] == "bz-7-02-c", r.text
    assert "备案" in r.text and "认定" in r.text


@pytest.mark.parametrize("text", ["五保户跑到外省去住院 倾斜救助还有没有", "低保对象在省外看病 享受得到倾斜救助不"])
def test_the_tilted_assistance_asked_of_care_outside_the_province(engine, text):
    # 长治 医疗救助待遇: 倾斜救助 only 对规范转诊且在省域内就医的救助对象 — never the 三甲 rates page
    r = answer(engine, text, region="长治")
    assert ids(r)[0] == "cz-jz-09", r.text
    assert "省域内" in r.text
