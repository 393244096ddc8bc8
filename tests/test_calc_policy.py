"""Policy files load, validate, and hold the handbooks' figures row by row."""
from decimal import Decimal

import pytest
import yaml
from pydantic import ValidationError

from calculators.policy import POLICY_DIR, Policy, SeriousGroup, load_policies, policy_for
from corpus.entries import HANDBOOK_DIR


def test_three_regions_load():
    assert set(load_policies()) == {"巴中", "克拉玛依", "长治"}


def _sources(obj, out):
    from pydantic import BaseModel
    from calculators.policy import Source
    if isinstance(obj, Source):
        out.append(obj)
    elif isinstance(obj, BaseModel):
        for name in type(obj).model_fields:
            _sources(getattr(obj, name), out)
    elif isinstance(obj, dict):
        for v in obj.values():
            _sources(v, out)
    elif isinstance(obj, list):
        for v in obj:
            _sources(v, out)
    return out


@pytest.mark.parametrize("region", ["巴中", "克拉玛依", "长治"])
def test_every_source_is_a_real_section_label(region):
    p = policy_for(region)
    path = HANDBOOK_DIR / f"{p.handbook}.md"
    if not path.exists():
        pytest.skip("handbook text not built yet")
    text = path.read_text(encoding="utf-8")
    labels = {line[3:].split("：")[0].strip() for line in text.splitlines() if line.startswith("## ")}
    bad = {s.section for s in _sources(p, []) if s.section not in labels}
    assert not bad, f"unknown section labels: {sorted(bad)}"


def _raw(region):
    name = {"巴中": "bazhong-2026.yaml", "克拉玛依": "karamay-2026.yaml", "长治": "changzhi-2026.yaml"}[region]
    return yaml.safe_load((POLICY_DIR / name).read_text(encoding="utf-8"))


def test_ratio_above_one_is_rejected():
    raw = _raw("巴中")
    raw["inpatient"]["居民"]["tables"]["市内"]["tiers"]["二级"]["ratio"] = 7
    with pytest.raises(ValidationError):
        Policy.model_validate(raw)


def test_missing_local_table_is_rejected():
    raw = _raw("克拉玛依")
    del raw["inpatient"]["居民"]["tables"]["市内"]
    with pytest.raises(ValidationError):
        Policy.model_validate(raw)


def test_segments_must_ascend():
    with pytest.raises(ValidationError):
        SeriousGroup(categories=["一般"], deductible=1, cap=None,
                     segments=[{"upto": 200000, "ratio": 0.6}, {"upto": 100000, "ratio": 0.7}, {"upto": None, "ratio": 0.8}])


def test_source_from_another_handbook_is_rejected():
    raw = _raw("长治")
    raw["serious_illness"]["source"] = {"handbook": "bazhong", "section": "第三章 二十三问"}
    with pytest.raises(ValidationError):
        Policy.model_validate(raw)


def test_unknown_field_is_rejected():
    raw = _raw("巴中")
    raw["inpatient"]["居民"]["annual_cap"]["amout"] = 1
    with pytest.raises(ValidationError):
        Policy.model_validate(raw)


# every row of the inpatient tables, as printed in the handbooks
INPATIENT_ROWS = [
    ("巴中", "职工", "市内", "乡镇卫生院", 100, "0.90"), ("巴中", "职工", "市内", "一级", 300, "0.85"),
    ("巴中", "职工", "市内", "二级", 400, "0.82"), ("巴中", "职工", "市内", "三级", 700, "0.80"),
    ("巴中", "职工", "长期备案", "乡镇卫生院", 100, "0.90"), ("巴中", "职工", "长期备案", "三级", 700, "0.80"),
    ("巴中", "职工", "转诊急诊", "乡镇卫生院", 1000, "0.85"), ("巴中", "职工", "转诊急诊", "一级", 1000, "0.80"),
    ("巴中", "职工", "转诊急诊", "二级", 1000, "0.77"), ("巴中", "职工", "转诊急诊", "三级", 1000, "0.75"),
    ("巴中", "职工", "未转诊", "乡镇卫生院", 1000, "0.80"), ("巴中", "职工", "未转诊", "一级", 1000, "0.75"),
    ("巴中", "职工", "未转诊", "二级", 1000, "0.72"), ("巴中", "职工", "未转诊", "三级", 1000, "0.70"),
    ("巴中", "居民", "市内", "乡镇卫生院", 100, "0.90"), ("巴中", "居民", "市内", "一级", 300, "0.80"),
    ("巴中", "居民", "市内", "二级", 400, "0.70"), ("巴中", "居民", "市内", "三级", 700, "0.60"),
    ("巴中", "居民", "长期备案", "一级", 300, "0.80"), ("巴中", "居民", "长期备案", "二级", 400, "0.70"),
    ("巴中", "居民", "临时备案", "乡镇卫生院", 1000, "0.85"), ("巴中", "居民", "临时备案", "一级", 1000, "0.75"),
    ("巴中", "居民", "临时备案", "二级", 1000, "0.65"), ("巴中", "居民", "临时备案", "三级", 1000, "0.55"),
    ("巴中", "居民", "未转诊", "乡镇卫生院", 1000, "0.80"), ("巴中", "居民", "未转诊", "一级", 1000, "0.70"),
    ("巴中", "居民", "未转诊", "二级", 1000, "0.60"), ("巴中", "居民", "未转诊", "三级", 1000, "0.50"),
    ("克拉玛依", "居民", "市内", "一级", 100, "0.85"), ("克拉玛依", "居民", "市内", "二级", 200, "0.75"),
    ("克拉玛依", "居民", "市内", "三级", 600, "0.65"),
    ("长治", "居民", "市内", "三类", 100, "0.85"), ("长治", "居民", "市内", "二类县级", 400, "0.75"),
    ("长治", "居民", "市内", "二类省市级", 500, "0.70"), ("长治", "居民", "市内", "一类", 1000, "0.60"),
    ("长治", "居民", "市内", "一类省外", 1500, "0.55"),
]


@pytest.mark.parametrize("region,ins,table,tier,ded,ratio", INPATIENT_ROWS)
def test_inpatient_rows(region, ins, table, tier, ded, ratio):
    rule = policy_for(region).inpatient[ins].tables[table].tiers[tier]
    assert rule.deductible == Decimal(ded) and rule.ratio == Decimal(ratio)


def test_changzhi_staff_inpatient_is_declared_missing():
    plan = policy_for("长治").inpatient["职工"]
    assert plan.missing is not None and not plan.tables
    assert plan.annual_cap.amount == 80000


@pytest.mark.parametrize("region,ins,cap", [("巴中", "居民", 110000), ("巴中", "职工", 140000), ("长治", "居民", 70000)])
def test_annual_caps(region, ins, cap):
    assert policy_for(region).inpatient[ins].annual_cap.amount == cap


BAZHONG_CHRONIC = {
    "甲状腺功能减退": (1000, 600), "青光眼": (1000, 600), "慢性心力衰竭": (1000, 600), "癫痫": (1000, 600),
    "阿尔茨海默病": (1500, 800), "抑郁症": (2000, 1500), "焦虑症": (2000, 1500), "创伤后应激障碍": (2000, 1500),
    "儿童注意力缺陷症": (None, 600), "冠心病": (1500, 800), "帕金森病": (1500, 800), "慢性阻塞性肺疾病": (1500, 800),
    "肾病综合征": (2000, 1500), "慢性肾小球肾炎": (2000, 1500), "肝硬化": (2000, 1500), "重度骨质疏松": (2000, 1500),
    "类风湿关节炎": (2000, 1500), "强直性脊柱炎": (2000, 1500), "痛风": (1000, 600), "前列腺增生": (1000, 600),
}


def test_bazhong_chronic_has_every_disease_and_subtype():
    names = [d.name for d in policy_for("巴中").chronic.diseases]
    assert len(names) == 45          # 33 kinds, with their sub-kinds listed separately
    assert len(set(names)) == len(names)


@pytest.mark.parametrize("name,limits", BAZHONG_CHRONIC.items())
def test_bazhong_chronic_limits(name, limits):
    d = next(d for d in policy_for("巴中").chronic.diseases if d.name == name)
    assert (d.limits["职工"], d.limits["居民"]) == tuple(None if x is None else Decimal(x) for x in limits)


CHANGZHI_CHRONIC = {"肾病综合症(原发性)": (520, 460), "慢性肾功能不全": (1000, 440), "冠心病": (430, 280),
                    "冠心病（血管支架植入）": (640, 640), "耐多药肺结核": (4200, 4200), "结核(活动性)": (300, 200),
                    "克山病": (330, 300), "甲状腺功能减退症或甲状腺功能亢进症": (110, 100), "碘缺乏症": (None, 45)}


@pytest.mark.parametrize("name,limits", CHANGZHI_CHRONIC.items())
def test_changzhi_chronic_monthly_limits(name, limits):
    d = next(d for d in policy_for("长治").chronic.diseases if d.name == name)
    assert (d.limits["职工"], d.limits["居民"]) == tuple(None if x is None else Decimal(x) for x in limits)


def test_changzhi_chronic_counts():
    groups = [d.group for d in policy_for("长治").chronic.diseases]
    assert groups.count("一类") == 9 and groups.count("三类") == 6
    assert groups.count("二类") == 38          # 36 kinds; 冠心病 and 结核 each have a second row


def test_bazhong_special_has_29_diseases():
    assert len(policy_for("巴中").special.diseases) == 29
