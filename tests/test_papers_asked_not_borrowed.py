"""A later question of one message borrows the subject of the one before, never the papers that one
asked for, when it asks how long, when or how much itself: "备案要啥材料 备案能管多久" asks how long the
filing holds (a 转诊 filing: 6个月), not how long the papers may wait (承诺制: 2个月内补传). Through the
real engine."""
import pytest

from tests.helpers import answer


@pytest.mark.parametrize("text, region", [
    ("克拉玛依校区 医院给我转到外地医院 备案要啥材料 备案能管多久", None),
    ("医院把我转到乌鲁木齐的医院 备案要带啥材料 备案管多久", "克拉玛依"),
])
def test_how_long_after_the_papers_asks_of_the_filing(engine, text, region):
    r = answer(engine, text, region=region)
    second = r.text.split("【2】", 1)[1]
    assert "转诊转院单" in r.text.split("【2】", 1)[0], r.text
    assert "6个月" in second and "2个月内补传" not in second, r.text


# ---- the papers the one before asked where to take are its subject: the later when is theirs ------------
# (克拉玛依 第10部分（二）: 当年就诊票据仅能当年报销 (ky-10-10), not the fee's 集中缴费期 (ky-02-10))

@pytest.mark.parametrize("text", ["在外地住院花的钱 材料交到哪 最晚啥时候交",
                                  "自费看病的报销材料交哪 截止日期是什么时候"])
def test_when_after_where_the_papers_go_is_the_papers_deadline(engine, text):
    r = answer(engine, text, region="克拉玛依")
    assert [s.entry_id for s in r.sources][:2] == ["ky-10-08", "ky-10-10"], r.text
    assert "仅能当年报销" in r.text and "集中参保缴费期" not in r.text, r.text
