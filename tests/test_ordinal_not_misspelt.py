"""An ordinal's 第 (第一次, 第2年) is the asker's count, never a slip of a term's character: "大一第一次
参保" is a first-year student, not 大异地; a student's stay in the campus's own city is no 异地 stay. The
same sounds with no ordinal after them (一第就医) are still repaired."""
import pytest

from tests.helpers import answer as ask
from tests.helpers import computed


@pytest.mark.parametrize("text", ["大一第一次参保", "他大一第一年交的医保", "研一第二次住院"])
def test_an_ordinal_is_not_repaired(engine, text):
    repaired, done = engine.index.repaired(text)
    assert repaired == text and not done, (repaired, done)


def test_the_sounds_without_an_ordinal_are_still_repaired(engine):
    assert engine.index.repaired("一第就医要备案吗")[0] == "异地就医要备案吗"


@pytest.mark.parametrize("text,figure", [
    # 克拉玛依 居民 二级 200 / 75%: (3200 − 200) × 75% = 2250
    ("大一第一次参保 今年头回住院 二级医院 目录内3200 报多少", 2250),
    # 克拉玛依 居民 三级 600 / 65%: (10600 − 600) × 65% = 6500
    ("同学大二第一次住院 在三级医院 目录内一万零六百 能报好多", 6500),
])
def test_a_students_stay_in_the_city_is_computed(engine, text, figure):
    r = computed(ask(engine, text, region="克拉玛依"), figure, name="inpatient")
    assert "异地" not in r.text, r.text
