"""A trip to a place outside the region (耍, 旅游, 出差) makes whatever care followed 外地: the pages say it
so. Own phrasings, through the real engine."""
from intents.regions import care_elsewhere_said
from tests.helpers import answer, ids


def test_a_trip_place_is_said_as_elsewhere():
    assert care_elsewhere_said("在重庆耍的那几天发烧住院了", "巴中") == "在外省耍的那几天发烧住院了"
    # (a dictionary word made of the name and the trip, 成都旅游, still names the place)
    assert care_elsewhere_said("去成都旅游摔了一跤 住院了", "巴中") == "去外地旅游摔了一跤 住院了"


def test_an_emergency_on_a_trip_is_taken_as_filed(engine):
    # 巴中 第一章 二十九（二）: 因工作、旅游等原因异地急诊抢救人员（视同已备案，无需单独备案）
    for text in ("跟朋友在西安耍 半夜肚子痛送去急诊住院 没备案 报得到不",
                 "去成都旅游 阑尾炎发了急诊住院 没办备案 报销受影响不"):
        r = answer(engine, text, region="巴中")
        assert r.kind == "faq" and "视同已备案" in r.text, (text, r.text)
        assert ids(r)[0] == "bz-1-29-a", r.text
