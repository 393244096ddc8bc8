"""Two covered regions named, one of them as the scheme used ("用的长治医保"): that one is the region of
cover, the other only home or where care is. Own phrasings, through the real engine."""
from intents.regions import detect_region
from tests.helpers import answer


def test_the_scheme_used_names_the_region_of_cover():
    assert detect_region("我是长治人 在长治看病 刷的是巴中的医保卡 能报多少").region == "巴中"
    assert detect_region("回巴中老家住院 用的长治职工医保 起付线多少").region == "长治"


def test_care_at_home_under_another_regions_cover_follows_the_cover(engine):
    r = answer(engine, "老家在长治 这次回长治住院 用的克拉玛依医保 跟长治居民报的一样多吗", region="克拉玛依")
    # the cover's own handbook answers, never 长治's rows for its own 居民
    assert r.region == "克拉玛依" and r.sources and all("长治" not in s.handbook for s in r.sources), r.text
