"""Classes older rounds left, read again in round 32: one group per class, in phrasings of our own,
through the real engine; figures and words from the handbooks and the regions' policy files."""
import pytest

from intents.regions import detect_region
from tests.helpers import talk

# ---- a covered region said only as where the asker works, another covered region's scheme asked -----------


@pytest.mark.parametrize("text, region", [
    ("我在长治打工的 先问下 巴中合疗住院报销比例多少", "巴中"),
    ("我在巴中上班 长治的医保门诊慢病咋报", "长治"),
])
def test_the_scheme_s_region_is_asked_not_where_the_asker_works(text, region):
    assert detect_region(text).region == region


@pytest.mark.parametrize("text, region", [
    # (the scheme paid there is insurance there; the same region named twice is that region)
    ("我在长治打工 交的长治职工医保 巴中合疗还要交不", "长治"),
    ("在巴中上班 长治医保能在巴中用不", "长治"),
])
def test_a_scheme_paid_where_the_asker_works_still_reads_as_before(text, region):
    assert detect_region(text).region == region


def test_the_scheme_s_region_answers_the_question(engine):
    r, = talk(engine, ["我在长治打工的 先问下巴中合疗住院起付线多少"])
    assert r.region == "巴中", r.text
