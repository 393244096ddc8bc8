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
