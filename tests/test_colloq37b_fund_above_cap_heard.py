"""The cap of the 职工's fund above the basic one is the same whoever the member is (巴中 第二章
三十七问: "职工大额医疗费用补助50万元"; 长治 职工住院封顶线: "大额补充医疗保险…年度最高限额50万元"):
a figure heard for it is corrected first, not met with a question on 在职 or 退休. A heard figure after
the rule named alone ("…封顶 听人说只有…") is checked as one after a question asking it. The 门诊
table's own row of that fund (限额600元/年) is no 门诊统筹 figure to deny."""
import pytest

from tests.helpers import answer


@pytest.mark.parametrize("text,region,said", [
    ("职工大额医疗补助的封顶 听别人说只有30万", "巴中", ["不是", "50万"]),
    ("职工大额补助一年最多报好多 我听说才十万", "巴中", ["不是", "50万"]),
    ("大额补充医疗保险最高是不是30万", "长治", ["不是", "50万"]),
])
def test_a_heard_cap_of_the_fund_above_is_corrected(engine, text, region, said):
    r = answer(engine, text, region=region)
    assert r.kind != "clarify", (r.kind, r.text)
    for s in said:
        assert s in r.text, (s, r.text)


def test_the_cap_confirmed(engine):
    r = answer(engine, "职工大额补助封顶是不是50万", region="巴中")
    assert r.text.startswith("对") and "50万" in r.text, r.text


def test_the_outpatient_row_of_the_fund_is_not_denied(engine):
    r = answer(engine, "门诊统筹里的大额补助限额是不是600", region="巴中")
    assert "不是600" not in r.text, r.text
