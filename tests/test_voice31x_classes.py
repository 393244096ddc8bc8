"""Classes of failure read on the strangers' voice-31x and dialogues-31x sets, each asked in our own
words through the real engine."""
from tests.helpers import answer, computed, talk


def test_a_misspelt_birth_kind_is_read_by_the_calculation_too(engine):
    # 破腹产 (voice typing's 剖腹产): the bill above the 难产 limit is paid at the limit, as 剖腹产 is —
    # not asked whether it was a stay or an outpatient visit
    r = computed(answer(engine, "老婆交的合疗 破腹产住院花了五千 都在目录内 能报好多", region="巴中"), 3500)
    assert "难产" in r.text, r.text
    assert answer(engine, "合疗破宫产的限额好多", region="巴中").kind == "faq"


def test_the_misspelling_is_written_right_before_the_clauses(engine):
    lexicon = engine.index.segmenter.lexicon
    assert lexicon.misspelt("破腹产花了4200") == "剖腹产花了4200"
    # (the words around are left as said: 破 alone is no birth)
    assert lexicon.misspelt("手破了 缝针能报不") == "手破了 缝针能报不"


def test_a_heart_stent_said_as_fitted_is_the_stent_row(engine):
    # "心脏里装了支架": 冠心病（血管支架植入）, never asked which disease it is
    r = answer(engine, "俺是职工 心脏里装了支架 门诊慢病每个月限额是多少", region="长治")
    assert r.kind == "faq" and "640" in r.text, r.text
    r = computed(answer(engine, "居民医保 冠心病前年放了两个支架 这个月慢病药费900 能报多少", region="长治"), 640)
    assert "冠心病（血管支架植入）" in r.text, r.text


def test_a_stent_told_after_a_heart_case_changes_that_one_fact(engine):
    # elliptical: the case's 冠心病 with a stent now, its scheme kept and its new bill computed
    rs = talk(engine, ["居民医保 冠心病 一个月慢病药费200 能报多少", "要是放了支架的 一个月药费1000呢"], region="长治")
    computed(rs[0], 140)
    r = computed(rs[1], 640)
    assert "冠心病（血管支架植入）" in r.text, r.text


def test_a_stent_alone_names_no_disease(engine):
    from intents.slots import extract
    assert "diseases" not in extract("放了支架 门诊能报不").values
    # (a stent's aftercare is its own row, 血管支架植入术后, which its own words name)
    assert extract("支架术后 慢病限额多少").get("diseases") != ["冠心病支架"]


def test_own_place_told_with_a_question_between_fills_the_waiting_form(engine):
    # the form waits for the region; the next message opens with the asker's own place and asks
    # something else: answered, and the place (and scheme) kept — the level then computes the stay
    rs = talk(engine, ["我爸在县医院住院花了3000 能报多少",
                       "巴中的 合疗 对了顺便问下 去成都住院要备案不",
                       "县医院是二级"])
    assert rs[0].kind == "clarify", rs[0].text
    assert rs[1].kind == "faq" and "您在哪个地区参保" not in rs[1].text, rs[1].text
    computed(rs[2], 1820)           # (3000 − 400) × 70%


def test_a_place_asked_about_inside_the_question_is_not_the_askers_own(engine):
    # (成都 is where care is sought: the form still lacks the asker's region, and asks it)
    rs = talk(engine, ["我爸在县医院住院花了3000 能报多少", "去成都住院要备案不", "县医院是二级"])
    assert rs[2].kind == "clarify" and "地区" in rs[2].text, rs[2].text


def test_a_corrected_transfer_destination_keeps_the_stay_it_came_from(engine):
    # the correction replaces the later stay's level and recomputes; the 卫生院 before is remembered,
    # so the deductible is still only the difference (700 − 100)
    rs = talk(engine, ["合疗 先在乡镇卫生院住院 后来转到县医院二级 花了6000 能报多少",
                       "说错了 转去的是市中心医院 三级"], region="巴中")
    computed(rs[0], 3990)           # (6000 − 300) × 70%
    r = computed(rs[1], 3240)       # (6000 − 600) × 60%
    assert "3990" not in r.text, r.text


def test_a_follow_up_naming_the_askers_home_place_asks_the_question_there(engine):
    # after a question declined for a place no handbook covers, "我老家X的呢" is the same question of
    # that covered place (with the fact told beside it), not a question on 老家 (pausing cover at home)
    rs = talk(engine, ["成都的职工医保住院起付线是多少", "那我老家巴中的呢 二级医院"])
    assert rs[0].kind == "unanswered", rs[0].text
    assert rs[1].kind == "faq" and rs[1].region == "巴中", rs[1].text
    assert "暂停" not in rs[1].text, rs[1].text


def test_a_pregnancy_said_lost_in_everyday_words_is_a_termination(engine):
    # "没保住" of a pregnancy: the 不满4个月 termination's limit and allowance (职工: 500 and 200)
    computed(answer(engine, "职工医保 怀孕两个多月的时候没保住 能报好多", region="巴中"), 500, 200)


def test_a_job_not_kept_is_no_pregnancy(engine):
    from intents.slots import extract
    assert "kind" not in extract("工作没保住 失业了 医保咋办").values
