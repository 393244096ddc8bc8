"""Round 34's stranger's voice messages: the personal account said as money on the card, a 慢病's drugs
from a clinic that is no 定点, an appeal of a 认定, 救助 applied for in person, a group's 大病 threshold
set against everyone else's, and a stay at a relative's place away from home — each through the engine."""
from tests.helpers import answer, computed, ids


def test_money_on_a_workers_card_for_a_relatives_fee_is_the_personal_account(engine):
    r = answer(engine, "老伴是职工医保 卡上有钱 能拿来帮我交居民医保吗", region="巴中")
    assert r.kind in ("faq", "clarify") and "个人账户" in r.text, r.text


def test_a_chronic_patients_drugs_from_a_private_clinic_get_the_not_paid_page(engine):
    r = answer(engine, "我爸办了慢病卡 在村口私人诊所拿的降压药 这个报不报", region="巴中")
    assert r.kind == "faq" and ids(r)[0] == "bz-4-15", r.text


def test_recognition_refused_and_disputed_gets_the_appeal_page(engine):
    r = answer(engine, "去认定门慢 医院说我达不到 我觉得自己符合标准 该找哪个", region="巴中")
    assert r.kind == "faq" and "复议" in r.text, r.text


def test_assistance_applied_for_in_person_after_a_stay_gets_its_papers(engine):
    r = answer(engine, "俺屋头是低保 住院救助当时没在医院结算 后面自己去申请得准备啥子资料", region="巴中")
    assert r.kind == "faq" and "申请表" in r.text, r.text


def test_a_groups_threshold_set_against_everyone_elses_is_the_groups_page(engine):
    r = answer(engine, "俺家是特困户 大病保险的起付线跟一般人一样不 比例高不高", region="长治")
    assert r.kind in ("faq", "calculation") and "5000" in r.text.replace(",", "") and "80%" in r.text, r.text
    assert "已转给工作人员" not in r.text


def test_a_stay_while_visiting_a_relative_away_is_computed_on_the_away_row(engine):
    r = answer(engine, "到儿子家带娃 在那边镇卫生院住院 没转诊 也不是急诊 合疗 合规三千 报多少", region="巴中")
    computed(r, 1600)                      # (3000 − 1000) × 80%: 非急诊且未转诊的临时外出, 乡镇卫生院
    assert "非急诊且未转诊" in r.text, r.text


def test_papers_asked_of_two_diseases_are_not_the_assistance_papers(engine):
    # (the 救助 phrasing is of 救助 applied for after a stay: "自己去申请 … 资料" alone, after 两病, is 两病's)
    r = answer(engine, "高血压糖尿病都有 两病报销还要不要自己去交资料申请", region="巴中")
    assert "医疗救助申请表" not in r.text, r.text
