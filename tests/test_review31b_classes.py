"""Classes found reviewing round 31's merged readings, each asked in our own words through the real
engine: a stent said not fitted, and a cover (not a pregnancy) said not kept."""
from intents.calc_kind import MATERNITY
from intents.slots import extract
from tests.helpers import answer, computed, talk


def test_a_stent_said_not_fitted_is_the_plain_heart_row(engine):
    # "还没有装支架": 冠心病 without a stent — its own row (长治 居民 280 a month), never the stent's 640
    r = computed(answer(engine, "城乡居民 冠心病 还没有装支架 这个月门诊慢病药费300 能报多少", region="长治"), 210)
    assert "血管支架植入" not in r.text and "280" in r.text, r.text
    assert extract("冠心病 医生说不需要放支架 慢病限额多少").get("diseases") == ["冠心病"]


def test_a_stent_denied_after_a_heart_case_keeps_the_case(engine):
    rs = talk(engine, ["居民医保 冠心病 一个月慢病药费200 能报多少", "那要是没有上支架的 一个月药费1000呢"], region="长治")
    computed(rs[0], 140)
    assert "血管支架植入" not in rs[1].text, rs[1].text


def test_a_cover_not_kept_is_no_lost_pregnancy(engine):
    # 没保住 said of a child's cover ("医保…没保住", "待遇没保住"): a gap, never a termination asked of
    said = "我家娃儿去年断缴了 待遇没保住 今年补交了 住院要等多久"
    assert extract(said).get("kind") != "终止妊娠" and not MATERNITY.search(said)
    r = answer(engine, said, region="巴中")
    assert "终止妊娠" not in r.text and "怀孕" not in r.text, r.text
    # (the pregnancy itself said lost stays a termination)
    assert extract("怀起3个月的时候没保住 住院花了4000 能报多少").get("kind") == "终止妊娠"


def test_a_village_clinic_named_beside_a_hospital_is_not_where_the_bill_was(engine):
    # the village doctor sent the asker to the county hospital: the bill is the hospital's, a stay or not
    # — asked, never computed as the clinic's outpatient care (巴中 居民 门诊统筹: 100 a year)
    [r] = talk(engine, ["合疗 村医让我去县医院 看病花了3000 能报好多"], region="巴中")
    assert r.calculation is None or r.calculation.name != "outpatient", r.text
    [r] = talk(engine, ["村卫生所看不好 到乡镇卫生院看病花了600 合疗报好多"], region="巴中")
    assert r.calculation is None or r.calculation.name != "outpatient", r.text
    # (the clinic alone is still outpatient care)
    computed(talk(engine, ["村医那儿看病拿药花了60 合疗能报好多"], region="巴中")[0], 30, name="outpatient")


def test_outpatient_room_of_someone_else_takes_not_the_askers_scheme(engine):
    # the asker told their own scheme (在职职工: 800 a year); their mother's room is of a scheme not told —
    # never the asker's limit less hers
    rs = talk(engine, ["我是在职职工 今年门诊已经报了500了 还能报多少", "我妈今年门诊也报了80了 她还能报多少"], region="巴中")
    computed(rs[0], 300)
    assert "720" not in rs[1].text and (rs[1].calculation is None or rs[1].calculation.name != "outpatient_room"), rs[1].text
    # (the asker's own room again is still the asker's scheme's)
    rs = talk(engine, ["我是在职职工 今年门诊已经报了500了 还能报多少", "那我要是门诊已经报了600了 还能报多少"], region="巴中")
    computed(rs[1], 200)


def test_one_more_year_not_paid_of_someone_else_lengthens_not_the_askers_gap(engine):
    # "那我老婆今年也不交": the wife's cover, not one more year of the asker's gap (1 year: 3 months)
    rs = talk(engine, ["我去年没交医保 今年交了要等多久", "那我老婆今年也不交 明年再交呢"], region="巴中")
    computed(rs[0], 3)
    assert not (rs[1].calculation and rs[1].calculation.name == "waiting_period"
                and "断保 2 年" in rs[1].text), rs[1].text
    assert extract("我老婆今年也不交 明年再交呢").get("gap_more") is None
    assert extract("那我今年也不交 明年再交呢").get("gap_more") == 1
