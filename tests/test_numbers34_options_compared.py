"""Two options of one bill set side by side in one question, each computed and labelled, with the
difference where it is asked — never the two read as a conflict and asked which (the thirty-fourth
numbers set), in phrasings of our own, through the real engine (巴中 handbook figures):

- two tiers named by their kind of hospital, or with the stay's verb after each ("在卫生院住跟在三级医院住"):
  职工 市内 乡镇卫生院 100元 90%, 二级 400元 82%, 三级 700元 80% (第二章 二十七问);
- a stay elsewhere filed and not filed ("备了长期的跟没备案"): 居民 长期备案 as 市内 (三级 700元 60%), not
  filed and no emergency 1000元 50% (第三章 十一问);
- a scheme the asker cannot tell ("不晓得是职工还是居民"): computed once where the schemes agree (乡镇卫生院:
  100元 90% in both), each labelled where they differ (二级: 职工 82%, 居民 70%), never the conflict message.
"""
import pytest

from intents.acts import each_filing, each_tier
from intents.slots import extract
from tests.helpers import answer, computed, nums


# ---- two tiers -------------------------------------------------------------------------------------


@pytest.mark.parametrize("text,labels", [
    ("职工 一样花6000 社区卫生服务中心住跟二级医院住 相差好多", ["社区卫生服务中心", "二级医院"]),
    ("职工医保 住院6000 在二级医院住和在三级医院住 各报多少", ["二级医院", "三级医院"]),
])
def test_two_tiers_said_with_their_stay_are_each_read(text, labels):
    each = each_tier(text)
    assert each is not None and [label for label, _ in each] == labels, each
    assert all(label[:2] in one and other[:2] not in one
               for (label, one), other in zip(each, reversed(labels))), each


def test_two_tiers_by_kind_of_hospital_are_each_computed_with_the_difference(engine):
    r = computed(answer(engine, "巴中职工 一样花6000 社区卫生服务中心住院跟二级医院住院 相差好多"), 5310, 4592)
    # (6000−100)×90% = 5310; (6000−400)×82% = 4592; 5310 − 4592 = 718
    assert "【社区卫生服务中心】" in r.text and "【二级医院】" in r.text, r.text
    assert "相差 718 元" in r.text and "请告诉我这次是在哪一级医院" not in r.text, r.text


def test_one_tier_moved_to_another_is_no_choice():
    assert each_tier("职工 先在卫生院住后来转到二级医院 花了6000 差好多") is None


# ---- filed and not filed --------------------------------------------------------------------------


def test_filed_and_not_filed_are_each_read():
    each = each_filing("在外省三级医院住院两万 做了长期备案和没备案 差多少")
    assert each is not None and [label for label, _ in each] == ["做了长期备案", "没备案"], each
    assert [extract(one).get("filing") for _, one in each] == ["长期备案", "未备案"], each


def test_a_stay_elsewhere_filed_and_not_is_each_computed_with_the_difference(engine):
    r = computed(answer(engine, "巴中居民 我爸在深圳跟我过 深圳三级医院住院两万 办了长期备案跟没备案 报的相差多少"),
                 11580, 9500)
    # 长期备案 as 市内 三级: (20000−700)×60% = 11580; not filed: (20000−1000)×50% = 9500; 2080 between
    assert "相差 2,080 元" in r.text, r.text


# ---- a scheme the asker cannot tell ----------------------------------------------------------------


def test_a_scheme_not_known_is_no_conflict():
    read = extract("我也不晓得是职工还是合疗 镇卫生院住院八千")
    assert read.get("insurance") is None and not any("insurance" in n for n in read.notes), read.notes


def test_a_scheme_not_known_where_both_pay_alike_is_computed_once(engine):
    r = computed(answer(engine, "平昌 镇卫生院住院八千 我也不晓得是职工还是合疗 能报多少"), 7110)
    # (8000−100)×90% = 7110 in both schemes
    assert "【" not in r.text and "结果相同" in r.text and "同时提到了" not in r.text, r.text


def test_a_scheme_not_known_where_they_differ_is_each_computed(engine):
    r = computed(answer(engine, "巴中 二级医院住院八千 职工还是居民我记不清了 能报好多"), 6232, 5320)
    # 职工 (8000−400)×82% = 6232; 居民 (8000−400)×70% = 5320
    assert "【职工医保】" in r.text and "【城乡居民医保】" in r.text and "说不清" in r.text, r.text
    assert 6232 + 5320 not in nums(r), r.text
