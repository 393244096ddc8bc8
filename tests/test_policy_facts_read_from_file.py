"""Policy facts the code once wrote itself are read from the region's policy file: change the
value in a copy of the file and the reply follows (巴中's handbook, its sections named below)."""
import pytest
import yaml

from calculators.policy import POLICY_DIR, Policy
from calculators.serious_illness import serious_cap


def _raw(name="bazhong-2026.yaml"):
    return yaml.safe_load((POLICY_DIR / name).read_text(encoding="utf-8"))


@pytest.mark.parametrize("uncapped, cap, said", [
    # 巴中 第三章 二十六问: 特困人员、孤儿、低保对象不设赔付限额 — as the file has it
    (["特困", "孤儿", "低保"], None, "普通居民（特困人员、孤儿、低保对象不设赔付限额）"),
    # the file changed: one group fewer without a cap
    (["特困", "孤儿"], None, "普通居民（特困人员、孤儿不设赔付限额）"),
    # the file changed: every group capped
    (["特困", "孤儿", "低保"], 400000, "普通居民"),
])
def test_the_groups_without_a_serious_illness_cap_come_from_the_file(uncapped, cap, said):
    raw = _raw()
    raw["serious_illness"]["groups"]["特殊"].update(categories=uncapped, cap=cap)
    calc = serious_cap(Policy.model_validate(raw))
    assert said in calc.assumptions, calc.assumptions
    assert not any("不设赔付限额" in a for a in calc.assumptions if a != said)


def _policy(monkeypatch, change):
    import bot.engine
    raw = _raw()
    change(raw)
    changed = Policy.model_validate(raw)
    real = bot.engine.policy_for
    monkeypatch.setattr(bot.engine, "policy_for", lambda region: changed if region == "巴中" else real(region))


# 巴中 第一章 二十九: 异地转诊就医人员 and 异地急诊抢救人员 are both 临时备案's (第一章 三十: 降低5%);
# 非急诊且未转诊 (降低10%) is the not-filed page, here put first as a ranking might
@pytest.mark.parametrize("change, entry", [
    (lambda raw: None, "bz-1-30-b"),
    # the file changed: no kinds counted as one, so a referral and an emergency are two kinds said,
    # and the ranking is kept
    (lambda raw: raw.pop("filing_kinds"), "bz-1-30-c"),
    # the file changed: only the emergency counted as 临时备案, still two kinds
    (lambda raw: raw["filing_kinds"].update(counts_as={"急诊": "临时备案"}), "bz-1-30-c"),
])
def test_which_filing_a_referral_or_emergency_counts_as_comes_from_the_file(engine, monkeypatch, change, entry):
    from bot.engine import Engine
    _policy(monkeypatch, change)
    text = "是转诊也是急诊，去外地住院能报吗？降低多少？"
    hits = engine.index.search(text, region="巴中", k=8)
    not_filed = next(h for h in hits if h.entry.id == "bz-1-30-c")
    hits = [not_filed, *(h for h in hits if h is not not_filed)]
    assert Engine._filing_row(text, hits)[0].entry.id == entry


@pytest.mark.parametrize("change, said", [
    (lambda raw: None, "临时备案（转诊、急诊等），"),
    # the file changed: only the referral counted as 临时备案
    (lambda raw: raw["filing_kinds"].update(counts_as={"转诊": "临时备案"}), "临时备案（转诊等），"),
    # the file changed: nothing counted as it
    (lambda raw: raw.pop("filing_kinds"), "临时备案，"),
])
def test_the_kinds_asked_of_a_filing_said_without_its_kind_come_from_the_file(engine, monkeypatch, change, said):
    from tests.helpers import answer
    _policy(monkeypatch, change)
    r = answer(engine, "备了案在成都住院 合疗起付线多少", region="巴中")
    assert r.kind == "clarify" and "您办的是哪一种" in r.text and said in r.text, r.text
