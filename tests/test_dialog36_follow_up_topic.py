"""A short follow-up read with what the conversation was about. Own phrasings, through the real engine.

- How or where an errand the question names is done ("那备案在手机上可以办吗" after a stay elsewhere computed
  unfiled): that errand's page, never the stay's rates again.
- The papers asked after a newborn's wait was computed: how a newborn is enrolled (出生医学证明).
- An errand of a benefit asked with none named ("那要去认定吗" after a 两病 sum): that benefit's page.
- Materials "没来得及传" for a filing: the 承诺制 page.
- A student's care "回家" compared with the campus: care elsewhere's page (与参保地相同), never the campus's table."""
from tests.helpers import ids, talk


def test_how_the_errand_named_is_done_after_a_stay_elsewhere(engine):
    *_, r = talk(engine, ["居民医保 在重庆三级医院住院 没备案 不是急诊 花了一万 报好多",
                          "晓得了 那备案在手机上可以办吗"], region="巴中")
    assert r.kind == "faq" and ids(r)[0] == "bz-1-27" and "国家医保服务" in r.text, r.text


def test_papers_after_a_newborns_wait(engine):
    *_, r = talk(engine, ["孙子生下来一百多天才交的合疗 出生时住院的钱能报不", "那去办要带些啥"], region="巴中")
    assert r.kind == "faq" and "出生医学证明" in r.text, r.text


def test_an_errand_of_the_benefit_just_computed(engine):
    *_, r = talk(engine, ["居民医保 只有高血压 两病一年降压药五百 报多少", "那要先去医院认定吗"], region="巴中")
    assert r.kind == "faq" and ids(r)[0] == "bz-4-20", r.text


def test_materials_not_uploaded_in_time_is_the_pledge_filing(engine):
    *_, r = talk(engine, ["暑假回老家住院要备案吗", "要是户口本没来得及上传呢"], region="克拉玛依")
    assert r.kind == "faq" and ids(r)[0] == "ky-08-08", r.text


def test_a_students_care_at_home_compared_with_the_campus(engine):
    r = talk(engine, ["回家看病报销比例跟在克拉玛依一样不"], region="克拉玛依")[0]
    assert r.kind == "faq" and ids(r)[0].startswith("ky-08") and "相同" in r.text, r.text
