"""Pages a question's class belongs to, whatever the wording:
- where a 建档立卡 student may enrol is the national rule (身份认定地) when no region is known, and the
  campus notice (在家乡地参保) for a 克拉玛依 asker — never the region asked for it;
- what a gap in cover costs, asked as its effect or penalty (惩罚, 影响), is 巴中's page with the two
  rules (the 大病 limit cut, the wait), not the page naming the mechanism;
- whether one may still pay after the window is the page on paying late (the wait)."""
import pytest

from tests.helpers import answer, ids


# (the national page on where students enrol states the 建档立卡 rule too: either answers)
STUDENTS = {"ky-01-01-a", "ky-01-01"}


@pytest.mark.parametrize("text, region, entries, needle", [
    ("建档立卡户家的娃考上大学了 医保能不能还在老家交", None, STUDENTS, "身份认定地"),
    ("建档立卡的学生可以不在学校参保吗", None, STUDENTS, "身份认定地"),
    ("建档立卡的学生可以不在学校参保吗", "克拉玛依", {"ky-02-02", "ky-02-01"}, "家乡地"),
    ("断保了会有啥惩罚不", "巴中", {"bz-3-10"}, "4000"),
    ("断保有什么影响", "巴中", {"bz-3-10"}, "等待期3个月"),
    ("错过缴费期了还能交合疗不", "巴中", {"bz-3-10"}, "等待期3个月"),
])
def test_the_class_page_answers(engine, text, region, entries, needle):
    reply = answer(engine, text, region=region)
    assert reply.kind == "faq" and ids(reply)[:1] and ids(reply)[0] in entries and needle in reply.text, reply.text


def test_no_region_never_gets_the_campus_notice(engine):
    reply = answer(engine, "建档立卡贫困户家的娃读大学 能留在老家参保不")
    assert reply.kind == "faq" and ids(reply)[0] in STUDENTS and "校区通知" not in reply.text, reply.text
