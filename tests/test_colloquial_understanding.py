"""How people write, as a class each (colloquial-2's failures, checked on phrasings of our own):
several questions in one message each get their own entry, a later short one borrowing what the
one before it was about; a county that only says where does not pull the question to its office."""
import pytest

from bot.reply import Message
from bot.session import Session
from tests.helpers import answer as ask


@pytest.mark.parametrize("text,figures", [
    # "X呢" after a question: that question about X, not a merged one
    ("长治职工医保帕金森门诊慢病每月限额多少？阿尔茨海默症呢？", ["450元", "495元"]),
    ("长治居民医保高血压门诊慢病每月限额多少？糖尿病呢？", ["260元", "290元"]),
    # "…又是多少": the same asked again of another case, said by voice without punctuation
    ("巴中职工住院三级医院起付线多少 居民又是多少", ["80%", "60%"]),
    ("巴中在职职工个人账户按好多划 退休的又是啥子标准", ["2%", "2.8%"]),
])
def test_a_follow_up_in_the_message_changes_one_fact_of_the_question_before(engine, text, figures):
    reply = ask(engine, text)
    ids = [s.entry_id for s in reply.sources]
    assert reply.kind == "faq" and len(set(ids)) == 2
    assert all(f in reply.text for f in figures)


def test_a_short_question_borrows_the_topic_of_the_one_before(engine):
    # "一年最多报多少" names no benefit of its own: it asks about the 大病保险 just named
    reply = ask(engine, "巴中居民大病保险怎么报 一年最多报多少")
    assert [s.entry_id for s in reply.sources] == ["bz-3-23", "bz-3-26"]
    assert "30万元" in reply.text


def test_how_long_asks_in_a_message_with_question_marks(engine):
    # "多久能报下来" has no question mark, but asks: a second question, with its own entry
    reply = ask(engine, "克外看病的报销材料交到哪里？多久能报下来", region="克拉玛依")
    assert [s.entry_id for s in reply.sources] == ["ky-10-08", "ky-10-12"]


@pytest.mark.parametrize("text,entry", [
    ("平昌的 门诊慢病报销比例是多少", "bz-4-03"),
    ("恩阳区的 合疗住院起付线好多", "bz-3-11"),
])
def test_a_county_that_only_says_where_is_no_topic_word(engine, text, entry):
    reply = ask(engine, text)
    assert reply.kind == "faq" and reply.sources[0].entry_id == entry


@pytest.mark.parametrize("text,entry", [
    ("南江医保局电话多少", "bz-7-04-e"),
    ("通江县办慢病认定有哪几家医院", "bz-4-07-tongjiang"),
])
def test_a_county_stays_a_topic_word_when_its_office_or_hospitals_are_asked(engine, text, entry):
    reply = ask(engine, text)
    assert reply.kind == "faq" and reply.sources[0].entry_id == entry


@pytest.mark.parametrize("text,region,entry,figure", [
    # a cap: the handbook's limit, not "在哪一级医院？"
    ("巴中居民医保一年住院最多能报多少", None, "bz-3-16", "11万元"),
    # a yes/no: the rule, not a question about the hospital or the amount
    ("我的职工医保个账能给我妹妹买药用不", "巴中", "bz-2-25", "兄弟姐妹"),
    # 妹妹 / 弟弟 are the handbook's 兄弟姐妹 (corpus/data/synonyms.yaml)
    ("个账的钱能给我弟弟看病用吗", "巴中", "bz-2-25", "兄弟姐妹"),
    ("一年里第二次住院还要扣起付线吗", "克拉玛依", "ky-07-12", "不再支付起付标准"),
])
def test_a_question_for_a_rule_gets_the_rule_not_a_calculation_prompt(engine, text, region, entry, figure):
    reply = ask(engine, text, region)
    assert reply.kind == "faq" and reply.sources[0].entry_id == entry and figure in reply.text


def test_a_question_for_the_askers_own_figure_still_asks_for_the_case(engine):
    reply = ask(engine, "职工医保住院能报多少", "巴中")
    assert reply.kind == "clarify" and "tier" in reply.missing_slots


@pytest.mark.parametrize("text", [
    "巴中的 如果我2025、2026两年都没用过医保，2027年大病限额是不是能加8000?",
    "巴中居民两年没报销过 大病保险最高限额是不是会多加6000",
])
def test_an_asserted_increase_is_checked_against_the_increase_not_the_whole_limit(engine, text):
    reply = ask(engine, text)
    assert "4000元" in reply.text and "300000元" not in reply.text


@pytest.mark.parametrize("text,region,entries", [
    # 到账 names what is asked: a question of its own, not a fragment of the one before
    ("克外看病的报销材料送到哪个办公室？钱多久到账", "克拉玛依", ["ky-10-08", "ky-10-12"]),
    # 没单位 is how people say 灵活就业: the story says which registration is meant
    ("没单位 想自己交职工医保 去哪里登记 要带啥", "巴中", ["bz-2-03-a"]),
])
def test_the_askers_words_reach_the_entry(engine, text, region, entries):
    reply = ask(engine, text, region)
    assert reply.kind == "faq" and [s.entry_id for s in reply.sources] == entries


def test_a_later_question_leans_on_the_story_told_before_the_first(engine):
    # "有没有年龄限制" is about the 生长激素缺乏 of the story, which only the first question was told with
    reply = ask(engine, "孩子个子矮 查出来是生长激素缺乏 能不能办门诊特病 年龄有限制没", "巴中")
    assert reply.kind == "faq" and "bz-4-06-d04" in [s.entry_id for s in reply.sources]


@pytest.mark.parametrize("text", ["我妈前几天查出来是慢阻肺 能办门诊慢病不", "这几天在外地住院了 回来能报不"])
def test_a_time_said_with_ji_is_story_not_a_question(text):
    from intents.message import parse
    parts = parse(text).parts
    assert len(parts) == 1 and parts[0].question != text.split()[0]


@pytest.mark.parametrize("text,parts", [
    ("平昌和恩阳区的医保局地址在哪", ["平昌", "恩阳区"]),
    ("巴州区、南江的慢病认定医院有哪些", ["巴州区", "南江"]),
])
def test_places_named_together_are_a_question_each(engine, text, parts):
    reply = ask(engine, text)
    assert reply.kind == "faq" and len({s.entry_id for s in reply.sources}) == len(parts)
    assert all(f"【{n}】{place}" in reply.text for n, place in enumerate(parts, 1))


def test_two_regions_named_together_each_get_their_own_answer(engine):
    reply = ask(engine, "巴中和长治的居民医保一年交好多")
    assert "400元" in reply.text and "【2】长治" in reply.text


def test_a_county_alone_is_one_question():
    from intents.message import per_place
    assert per_place("通江县的合疗一年交好多") == ["通江县的合疗一年交好多"]
    assert per_place("从通江转到巴中市中心医院住院") == ["从通江转到巴中市中心医院住院"]


def test_a_question_naming_only_whose_case_asks_about_what_the_one_before_asked(engine):
    # "低保户的有啥不一样" names a group and nothing else: the 大病保险 of the question before, for 低保户 —
    # the group's own 起付线 computed from 第三章 二十四问 (half of 14448), the first question its page
    reply = ask(engine, "巴中合疗大病保险起付线多少 低保户的有啥不一样")
    assert reply.sources[0].entry_id == "bz-3-22"
    assert reply.sources[1].section.endswith("第三章 二十四问") and "7,224" in reply.text.split("【2】")[1]


def test_a_student_from_taiwan_gets_the_entry_on_hong_kong_macao_taiwan_residents(engine):
    reply = ask(engine, "我是台湾学生 在通江读大专 医保在哪里交")
    assert reply.kind == "faq" and reply.sources[0].entry_id == "bz-1-20"


def test_a_rule_asked_while_a_form_waits_for_a_figure_gets_the_rule(engine):
    session = Session()
    first = engine.answer(Message(text="二级医院住院报多少", region="克拉玛依"), session)
    assert first.kind == "faq"          # the rule, and the form waits for "花了多少"
    reply = engine.answer(Message(text="一年里第二次住院还要扣起付线吗", region="克拉玛依"), session)
    assert reply.kind == "faq" and reply.sources[0].entry_id == "ky-07-12"
    after = engine.answer(Message(text="花了1万", region="克拉玛依"), session)
    assert after.kind == "calculation"


@pytest.mark.parametrize("text,region,money", [
    ("合疗大病保险10万到20万之间的部分报多少", "巴中", False),
    ("克拉玛依大病保险 5万到10万那段报几成", None, False),
    ("巴中大病保险花了15万，超过10万的部分报几成", "巴中", True),
])
def test_a_band_of_a_table_is_no_cost(engine, text, region, money):
    from intents.slots import extract
    assert (extract(text).values.get("amount") == 150000) is money
    reply = ask(engine, text, region)
    assert reply.kind == ("calculation" if money else "faq")


@pytest.mark.parametrize("text,region,entry", [
    # what someone said the rule was is checked, not taken as the asker's cost
    ("以前说居民看门诊一次最多报50块 现在还这样不", "长治", "cz-jm-06"),
    ("之前说门诊一天最多报50元 现在还限不限", "长治", "cz-jm-06"),
])
def test_a_rule_someone_once_said_is_a_premise_not_a_cost(engine, text, region, entry):
    reply = ask(engine, text, region)
    assert reply.kind == "faq" and reply.sources and reply.sources[0].entry_id == entry


def test_a_later_question_keeps_whose_case_another_question_told(engine):
    # "剖宫产报多少" is the 女职工's too: no question back about the scheme
    reply = ask(engine, "单位上班的女职工生娃 顺产能报好多 剖宫产又报好多", "巴中")
    assert "您参加的是职工医保还是城乡居民医保" not in reply.text
    assert "3500" in reply.text and "5500" in reply.text


@pytest.mark.parametrize("text,figures", [
    # the follow-up's own figure is the one computed, with the case told before
    ("巴中职工医保 在三级医院住院花了2万报多少 二级医院花1万呢", ["15440", "7872"]),
    # no figure of its own: the one before's
    ("巴中职工医保在三级医院住院花了2万报多少？那二级医院呢", ["15440", "16072"]),
])
def test_a_follow_up_calculation_in_the_message(engine, text, figures):
    reply = ask(engine, text, "巴中")
    assert reply.kind == "calculation" and all(f in reply.text for f in figures)


@pytest.mark.parametrize("text", ["合疗出了长治看病没备案咋办", "居民医保跑到外省住院没备案 报销少多少"])
def test_care_outside_the_region_without_filing(engine, text):
    reply = ask(engine, text, "长治")
    assert reply.kind == "faq" and reply.sources[0].entry_id == "cz-jm-24"


@pytest.mark.parametrize("text, figures", [
    # how 大病保险 pays, segment by segment: the whole table, not its cap or one segment
    ("巴中的大病保险分几段赔，每段报几成", ["60%", "70%", "85%"]),
    ("克拉玛依校区大病保险分段比例是多少", ["60%", "65%", "70%"]),
    ("长治大病保险咋个分段赔的", ["75%", "50%"]),
])
def test_how_serious_illness_insurance_pays_by_segment(engine, text, figures):
    reply = ask(engine, text)
    assert reply.kind == "faq" and all(f in reply.text for f in figures), reply.text


@pytest.mark.parametrize("text, figures", [
    # "…有起付线没有，报多少": a second question, for the ratio of the same 门诊/住院 the first named
    ("长治居民在二级医院看门诊要起付线不，报多少？", ["0元", "55%"]),
    ("黎城居民医保一级医院看门诊起付线是多少，报多少", ["0元", "60%"]),
])
def test_a_short_how_much_is_paid_after_a_threshold_question_is_its_own_question(engine, text, figures):
    reply = ask(engine, text)
    assert reply.kind == "faq" and len({s.entry_id for s in reply.sources}) == 2, reply.text
    assert all(f in reply.text for f in figures), reply.text


@pytest.mark.parametrize("text, needle", [
    # entries that share a keyword: which phone (policy vs payment vs campus), which 门诊 limit
    ("医保政策不懂的话问哪个电话", "0990-6612393"),
    ("交医保交不上打什么电话", "12366"),
    ("门诊一年最多给报多少", "900元"),
    ("我们学生门诊一年封顶是多少", "900元"),
    ("门诊慢病一年最多报多少", "16万元"),
])
def test_shared_keywords_reach_the_entry_asked(engine, text, needle):
    reply = ask(engine, text, region="克拉玛依")
    assert reply.kind == "faq" and needle in reply.text, reply.text


@pytest.mark.parametrize("text, needles", [
    # a benefit's rule asked with no figure of one's own: its entry, not a form asking the tier;
    # a short "一年最多多少" after it asks about that same benefit
    ("巴中公务员医疗补助住院能报好多，一年最多多少", ["60%", "2万"]),
])
def test_a_rule_asked_plainly_and_its_cap_after_it(engine, text, needles):
    reply = ask(engine, text)
    assert reply.kind == "faq" and all(n in reply.text for n in needles), reply.text
    assert "大病保险" not in reply.text


@pytest.mark.parametrize("text", [
    # 没有 is a stop word: "没有备案" read as 备案 (filed) matched the 备案 rows or the whole 住院 page,
    # stated with its 市内 figures; it says the not-filed case
    "我是巴中参保的居民 去重庆二级医院住院 没有备案也不是急诊 起付线和报销比例是多少",
    "巴中合疗 在西安住院 没得备案 又不是急诊 起付线好多 报几成",
])
def test_care_said_not_filed_with_meiyou_is_the_not_filed_case(engine, text):
    reply = ask(engine, text)
    assert reply.kind == "faq" and "1000元" in reply.text, reply.text
    assert "700元、60%" not in reply.text


@pytest.mark.parametrize("text", [
    # "在那边…" says there, of the place or occasion told before it (an internship's city): read without
    # that clause it was care anywhere, and the 户籍地 filing page was given
    "暑假要去广州实习两个月，在那边看病咋弄",
    "克拉玛依校区 大三要去深圳一家公司实习半年 在那边生病了咋报",
])
def test_a_question_saying_there_keeps_the_clause_it_refers_to(engine, text):
    reply = ask(engine, text, region="克拉玛依")
    assert reply.kind == "faq" and "实习地" in reply.text, reply.text
    assert "户口" not in reply.text


@pytest.mark.parametrize("text", [
    # a table of places: the row of the county asked, not the 市本级 office's, whose number is quoted
    # and whose address is in 巴州区 too
    "巴州区的医保窗口电话是0827-5775700对吧",
    "巴州区医保窗口的电话是不是5775700",
])
def test_the_county_asked_gets_its_own_office_not_the_one_whose_figure_is_quoted(engine, text):
    reply = ask(engine, text, region="巴中")
    assert reply.kind == "faq" and "0827-8668073" in reply.text, reply.text
    assert not reply.text.startswith("市本级")


@pytest.mark.parametrize("text", [
    # a story told after the last question (why it is asked: the disease) is no search word of it; read
    # with it, the 两病 page was given for when the cover starts
    "我妈去年忘了交合疗 今年十月份补交了2026年的 是不是元旦过了就能报 她糖尿病经常要跑医院",
    "我老汉去年忘了交医保 今年12月补交了2026年的 是不是一月份就能报销 他血压高经常住院",
])
def test_a_story_told_after_the_question_does_not_choose_its_page(engine, text):
    reply = ask(engine, text, region="巴中")
    # the page on a year without cover (例二), or its wait computed from the same rule: from 4月1日,
    # the year's own fee paid (补交了2026年的) no years paid back
    if reply.kind == "calculation":
        assert "断保 1 年" in reply.text and "4月1日" in reply.text and "约需" not in reply.text, reply.text
    else:
        assert reply.kind == "faq" and "未参加2025年度医保" in reply.text, reply.text
    assert "两病" not in reply.text.split("来源")[0]
