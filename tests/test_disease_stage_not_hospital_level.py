"""A disease's stage ("高血压 二级的", "肺癌 医生说是二级的") goes with the disease when a follow-up names
another one ("那冠心病呢"); a hospital's level said elsewhere in the question ("在三级住院", "二级的医院")
is the case's and stays."""
import pytest

from intents import acts


@pytest.mark.parametrize("question, follow_up, kept, gone", [
    ("我高血压 在三级住院花了1万 能报多少", "那糖尿病呢", "三级", "高血压"),
    ("我高血压在二级的医院住院花了8000报多少", "那冠心病呢", "二级", "高血压"),
    ("我得了肺癌 医生说是二级的 在三级医院住院花了10万报多少", "那白血病呢", "三级医院", "二级"),
    ("我有高血压 二级的 吃了好多年药 合疗门诊一年能报好多", "那冠心病呢", "合疗门诊", "二级"),
])
def test_the_stage_goes_with_its_disease_not_the_hospitals_level(question, follow_up, kept, gone):
    asked = acts.with_fact(question, follow_up)
    assert kept in asked and gone not in asked, asked
