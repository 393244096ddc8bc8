"""Where and when, through the engine and the service: no region known, a province, an uncovered
place, entry precedence and year notes."""
from datetime import date

import pytest

import regions
from bot import region_policy, service, texts
from bot.session import Session
from bot.storage.models import Question, QueueItem
from corpus.precedence import by_precedence
from intents.years import year_note, years_asked
from tests.helpers import answer as ask

COVERED = list(regions.covered())
# figures each covered region's handbook gives, that must never reach an asker of another place
REGION_FIGURES = ["700元", "600元", "1000元", "400元", "100元", "900元", "300元", "14448", "21000"]


# -- no region known ------------------------------------------------------------------------------

def _labelled_only(text: str) -> bool:
    """Every figure of a side-by-side reply stands under its region's label with that region's
    source: nothing before the first label, and each labelled block cites its handbook."""
    head, label, rest = text.partition("【")
    if any(figure in head for figure in REGION_FIGURES):
        return False
    blocks = rest.split("【") if label else []
    return all("来源：" in b for b in blocks)


@pytest.mark.parametrize("text", ["城乡居民医保今年一个人交多少钱啊？", "住院起付线是多少？三甲医院那种",
                                  "门诊统筹一年最多报多少", "大病保险起付线是多少", "门诊慢性病报销比例是多少"])
def test_regional_content_is_asked_about_with_the_regions_as_choices(engine, text):
    session = Session()
    reply = ask(engine, text, session=session)
    assert reply.kind == "clarify" and reply.region is None
    assert reply.suggestions == COVERED and reply.missing_slots == ["region"]
    assert "请问您在哪个地区参保" in reply.text      # the choices travel beside it, numbered by the channel
    # a figure, where given, is a region's own, labelled, with its source (never one region's unlabelled)
    assert _labelled_only(reply.text)
    assert session.state[region_policy.PENDING]["text"] == text
    assert session.state["choices"] == COVERED       # the service turns "2" into "克拉玛依"


@pytest.mark.parametrize("text,figures", [("大病保险起付线是多少？", ["14448", "21000", "1万"]),
                                          ("高血压两病 一年最多能报多少", ["260元", "700元"]),
                                          ("顺产医保能报多少钱", ["2000元", "1500元"])])
def test_short_sure_answers_of_several_regions_come_labelled_before_the_question(engine, text, figures):
    # no region known, and two or more regions' handbooks each answer it surely and briefly: each
    # region's rule under its label with its source, then the region asked (the question waits)
    session = Session()
    reply = ask(engine, text, session=session)
    assert reply.kind == "clarify" and reply.missing_slots == ["region"] and reply.suggestions == COVERED
    assert all(f in reply.text for f in figures) and _labelled_only(reply.text)
    assert reply.text.count("来源：") >= 2 and reply.text.rstrip().endswith(("参保？", "的规定回答。"))
    assert region_policy.PENDING in session.state or (session.state.get("form") or {})


@pytest.mark.parametrize("answer,region,needle", [("巴中", "巴中", "14448"), ("克拉玛依", "克拉玛依", "21000"),
                                                  ("我在长治", "长治", "1万元"), ("恩阳区的", "巴中", "14448")])
def test_naming_the_region_answers_the_waiting_question(engine, answer, region, needle):
    session = Session()
    ask(engine, "居民大病保险起付线是多少", session=session)
    reply = ask(engine, answer, session=session)
    assert reply.kind == "faq" and reply.region == region and needle in reply.text and "来源：" in reply.text
    assert session.region == region and region_policy.PENDING not in session.state


def test_a_new_question_instead_of_a_region_drops_the_waiting_one(engine):
    session = Session()
    ask(engine, "门诊统筹一年最多报多少钱", session=session)
    reply = ask(engine, "医保码怎么激活", session=session)
    assert reply.kind == "faq" and region_policy.PENDING not in session.state
    assert ask(engine, "巴中", session=session).text == texts.REGION_NOTED.format(region="巴中")


def test_an_uncovered_place_as_the_answer_is_declined(engine):
    session = Session()
    ask(engine, "门诊统筹一年最多报多少钱", session=session)
    reply = ask(engine, "成都", session=session)
    assert reply.refusal == "uncovered_place" and "成都" in reply.text and "12393" in reply.text


@pytest.mark.parametrize("text,needles", [
    ("医保电子凭证到底咋激活啊，在微信上能弄不？", ["医疗健康"]),
    ("职工医保和城乡居民医保能不能两个都交", ["不可以"]),
    ("出国旅游在国外看病花的钱，回来医保能报吗", ["境外"]),
])
def test_national_content_is_answered_directly(engine, text, needles):
    reply = ask(engine, text)
    assert reply.kind == "faq" and all(n in reply.text for n in needles) and "来源：" in reply.text
    assert texts.NATIONAL_FROM_OTHER in reply.text      # no region known: it says it holds everywhere


@pytest.mark.parametrize("text,entry", [
    # national policy that one handbook states: its entry is national (region 全国), so no region
    # is asked for
    ("退伍军人还没就业，该在哪参加医保", "bz-1-19"),
    ("职工医保和居民医保交重了，居民那份钱退得回来吗", "bz-1-23"),
    ("退休了去外地跟女儿过，算哪一类长期异地备案", "bz-1-28"),
    ("国家谈判药品到底指的是什么药", "bz-5-01"),
])
def test_national_policy_one_handbook_states_is_answered_without_a_region(engine, text, entry):
    reply = ask(engine, text)
    assert reply.kind == "faq" and reply.sources[0].entry_id == entry
    assert texts.NATIONAL_FROM_OTHER in reply.text and not any(f in reply.text for f in REGION_FIGURES)


def test_a_provinces_own_rule_stays_regional(engine):
    # 四川's classes of negotiated drugs are not national: asked with no region, the region is asked,
    # 巴中's page shown only under its label as 巴中's (never said to hold everywhere)
    reply = ask(engine, "单行支付药品和高值药品是怎么分类的")
    assert reply.kind in ("clarify", "unanswered") and texts.NATIONAL_FROM_OTHER not in reply.text
    assert "四川省对国家谈判药品" not in reply.text or (
        reply.missing_slots == ["region"] and _labelled_only(reply.text) and "【巴中】" in reply.text)


def test_asked_in_general_the_regions_are_side_by_side_each_with_its_source(engine):
    reply = ask(engine, "居民大病保险封顶线一般多少")
    assert reply.kind == "faq" and reply.region is None and len(reply.sources) == len(COVERED)
    for name in COVERED:
        assert f"【{regions.get(name).label}】" in reply.text
    assert "30万" in reply.text and "40万" in reply.text and reply.text.count("来源：") == len(COVERED)


# -- provinces and uncovered places ------------------------------------------------------------

@pytest.mark.parametrize("text,province,region", [("四川城乡居民医保住院起付线多少", "四川", "巴中"),
                                                  ("山西居民大病保险能报多少", "山西", "长治"),
                                                  ("新疆大学生医保一年交多少钱", "新疆", "克拉玛依")])
def test_a_province_says_which_part_is_covered_and_asks(engine, text, province, region):
    session = Session()
    reply = ask(engine, text, session=session)
    assert reply.kind == "clarify" and reply.suggestions == [region] and province in reply.text and region in reply.text
    # a figure, where shown, is the covered region's alone, under its label and headed as its only
    # (most of the province is insured elsewhere)
    assert _province_labelled_only(reply.text, province, region)
    answered = ask(engine, region, session=session)
    # (the asker's own 大病 sum, all but the amount known: the region's rule, and the amount asked)
    assert answered.region == region and (answered.kind in ("faq", "unanswered") or (
        answered.kind == "clarify" and answered.missing_slots == ["amount"] and "来源：" in answered.text))


@pytest.mark.parametrize("text,reply_text,region", [
    # a yes before (or after) the place answers "您是在巴中参保吗？" as the bare place does
    ("四川这边合疗在县医院住院报几成", "对，就是巴中的", "巴中"),
    ("四川这边合疗在县医院住院报几成", "对对 巴中这边的", "巴中"),
    ("四川这边合疗在县医院住院报几成", "嗯呐 恩阳区", "巴中"),
    ("山西居民医保大病保险报多少", "中，长治的", "长治"),
    ("山西居民医保大病保险报多少", "是嘞 就在长治参保", "长治"),
    ("山西居民医保大病保险报多少", "长治市的，对", "长治"),
    ("新疆大学生医保一年交多少钱", "嗯嗯 我就是石大的", "克拉玛依"),
    ("新疆大学生医保一年交多少钱", "对头，克拉玛依校区", "克拉玛依"),
    # a bare yes where one region was offered is that region
    ("四川这边合疗在县医院住院报几成", "是的", "巴中"),
    ("山西居民医保大病保险报多少", "对头", "长治"),
    ("新疆大学生医保一年交多少钱", "嗯嗯", "克拉玛依"),
    # the place said with what contains it: one place, at its most specific
    ("四川这边合疗在县医院住院报几成", "是的 巴中南江的", "巴中"),
    ("山西居民医保大病保险报多少", "山西长治襄垣县", "长治"),
])
def test_a_yes_with_the_place_answers_the_province_question(engine, text, reply_text, region):
    session = Session()
    asked = ask(engine, text, session=session)
    assert asked.kind == "clarify" and asked.suggestions == [region]
    answered = ask(engine, reply_text, session=session)
    assert answered.region == region and answered.refusal is None and "手册里没有找到" not in answered.text
    assert answered.kind in ("faq", "calculation", "clarify") and "哪个地区" not in answered.text


def test_a_yes_is_no_place_where_several_were_offered(engine):
    # "请问您在哪个地区参保？" offers every region: a bare yes picks none of them
    session = Session()
    asked = ask(engine, "住院报销比例是多少", session=session)
    assert asked.kind == "clarify" and len(asked.suggestions) > 1
    assert ask(engine, "是的", session=session).region is None


@pytest.mark.parametrize("text", ["中山市", "恩施", "对 南充的"])
def test_a_yes_never_eats_a_place_name(text):
    hit = region_policy.bare_place(text)
    assert hit is not None and hit.unsupported and hit.unsupported in text


@pytest.mark.parametrize("text,needle", [
    # what every handbook says alike holds in the province too: answered as with no place named
    ("咱山西这边 医保电子凭证在微信上咋激活", "医疗健康"),
    ("我们四川的 职工医保居民医保可以两个都参加吗", "不可以"),
    ("新疆这里 出国旅游在国外看病回来能报销不", "境外"),
])
def test_a_province_named_with_national_content_is_answered(engine, text, needle):
    session = Session()
    reply = ask(engine, text, session=session)
    assert reply.kind == "faq" and needle in reply.text and "来源：" in reply.text
    assert not any(figure in reply.text for figure in REGION_FIGURES)
    assert region_policy.PENDING not in session.state


def test_a_province_named_with_regional_content_still_asks_which_part(engine):
    # the province's own rule (a figure, a form's case) is asked with the part the bot covers, the
    # chat's default region elsewhere notwithstanding
    for text in ("咱山西这边 居民医保门诊统筹一年能报多少", "我们四川的合疗 在县医院住院花了6000能报多少"):
        session = Session()
        reply = ask(engine, text, region="克拉玛依", session=session)
        province = "山西" if "山西" in text else "四川"
        assert reply.kind == "clarify" and province in reply.text and reply.missing_slots == ["region"]
        assert _province_labelled_only(reply.text, province, "长治" if province == "山西" else "巴中")
        assert session.state[region_policy.PENDING]["text"] == text


def _province_labelled_only(text: str, province: str, region: str) -> bool:
    """A reply to a province named alone: no figure before the covered region's label; where a
    rule is shown, it is headed as that region's only, cites its handbook, and other parts of the
    province are sent to their own office."""
    head, label, rest = text.partition(f"【{regions.get(region).label}】")
    if not label:
        return not any(figure in text for figure in REGION_FIGURES)
    return not any(figure in head for figure in REGION_FIGURES) and f"只适用于在{region}参保的人" in head \
        and "来源：" in rest and f"在{province}其他地方参保的，请咨询当地医保经办机构" in rest


@pytest.mark.parametrize("text,province,region,figure", [
    ("四川的居民医保大病保险起付线是多少", "四川", "巴中", "14448"),
    ("山西居民医保顺产定额报多少", "山西", "长治", "1500"),
    ("新疆 居民两病 糖尿病 限额多少", "新疆", "克拉玛依", "1000"),
    ("四川 两病 高血压 一年报多少", "四川", "巴中", "200元"),
    ("山西 职工 门慢 冠心病 一个月限额", "山西", "长治", "430"),
    ("新疆 长护险要交多少", "新疆", "克拉玛依", "53"),
])
def test_a_province_is_asked_with_its_covered_regions_rule_labelled(engine, text, province, region, figure):
    # the covered region answers it surely and briefly: its rule is shown with the question back,
    # headed as that region's only (issue 9: the reply says which part of the province the bot covers
    # and asks), and the question waits for the place
    session = Session()
    reply = ask(engine, text, session=session)
    assert reply.kind == "clarify" and reply.suggestions == [region] and reply.missing_slots == ["region"]
    assert f"我只有{region}的医保手册" in reply.text and figure in reply.text
    assert _province_labelled_only(reply.text, province, region)
    assert reply.text.rstrip().endswith(f"全国医保服务热线 {regions.national_hotline()}。")
    assert session.state[region_policy.PENDING]["text"] == text
    answered = ask(engine, region, session=session)
    assert answered.region == region and figure in answered.text


@pytest.mark.parametrize("text,province", [("在新疆上大学医保咋交", "新疆"), ("我们四川的 门慢有好多种 报好多", "四川"),
                                           ("在四川读中专 学校交的医保 看门诊咋报", "四川")])
def test_a_province_without_a_short_sure_rule_is_asked_alone(engine, text, province):
    # no sure entry (or only a long page, by its title; a story's weaker page, where students insure,
    # below PROVINCE_SURE): no figure shown, the region asked
    reply = ask(engine, text)
    assert reply.kind == "clarify" and reply.missing_slots == ["region"]
    assert not any(figure in reply.text for figure in REGION_FIGURES)
    assert _province_labelled_only(reply.text, province, "巴中" if province == "四川" else "克拉玛依")


@pytest.mark.parametrize("text,figure", [("四川城乡居民医保 乡镇卫生院住院 起付线好多 报好多", "90%"),
                                         ("我们四川的 门慢有好多种 报好多", None)])
def test_several_questions_naming_a_province_say_the_part_covered_once(engine, text, figure):
    session = Session()
    reply = ask(engine, text, session=session)
    assert reply.kind == "clarify" and reply.suggestions == ["巴中"]
    assert reply.text.startswith("在四川，我只有巴中的医保手册") and reply.text.count("我只有巴中的医保手册") == 1
    assert reply.text.count("您是在巴中参保吗？") == 1 and reply.text.rstrip().endswith("12393。")
    assert figure is None or figure in reply.text
    assert _province_labelled_only(reply.text, "四川", "巴中")
    assert ask(engine, "巴中", session=session).region == "巴中"


@pytest.mark.parametrize("text,place", [("乌兰察布城乡居民医保2026年交多少", "乌兰察布"), ("仪陇县医保局在哪儿，电话多少", "仪陇县"),
                                        ("绵阳的大病保险起付线多少", "绵阳"), ("河南居民医保一年交多少钱", "河南")])
def test_uncovered_places_are_declined_with_the_national_hotline(engine, text, place):
    reply = ask(engine, text, region="巴中")
    assert reply.kind == "unanswered" and reply.refusal == "uncovered_place" and reply.to_staff is False
    assert place in reply.text and "12393" in reply.text and not any(f in reply.text for f in REGION_FIGURES)


@pytest.mark.parametrize("text,place", [
    # another campus of the school the 克拉玛依 guide is for, or a school said to be elsewhere: its
    # students are insured there, the school's nickname (石大, 石油大学) notwithstanding
    ("我在中国石油大学(华东)东营校区读研 学生医保一年交多少", "东营"),
    ("石大北京校区的 看门诊能报吗", "北京"),
    ("石油大学昌平本部的学生 住院报销比例", "昌平"),
    ("我们学院在西安 学生医保报多少", "西安"),
    ("四川大学在成都 我们学生住院能报吗", "成都"),
])
def test_another_campus_or_a_school_elsewhere_is_that_place(engine, text, place):
    reply = ask(engine, text)
    assert reply.kind == "unanswered" and reply.refusal == "uncovered_place" and place in reply.text
    assert not any(f in reply.text for f in REGION_FIGURES)


def test_a_campus_gone_to_for_a_while_stays_the_askers_region(engine):
    reply = ask(engine, "克拉玛依校区的 下学期去北京校区交流 在那边看病怎么报")
    assert reply.region == "克拉玛依" and reply.refusal is None


@pytest.mark.parametrize("text,place", [("英国的医保怎么看病", "英国"), ("德国的医疗保险制度是啥样", "德国"),
                                        ("日本那边的社保能看牙吗 我儿子在那上班", "日本")])
def test_a_country_abroad_asked_about_its_own_insurance_is_declined(engine, text, place):
    reply = ask(engine, text)
    assert reply.kind == "unanswered" and reply.refusal == "uncovered_place" and place in reply.text
    assert "境外" in reply.text and "12393" not in reply.text


def test_care_abroad_is_still_the_handbooks_rule(engine):
    reply = ask(engine, "在韩国旅游看了急诊 回来医保能报销吗")
    assert reply.kind == "faq" and "境外" in reply.text and reply.refusal is None


@pytest.mark.parametrize("text,region,place", [
    ("俺在西安缴的职工医保，这回到长治住院咋报", "长治", "西安"),
    ("我是兰州大学的 学生医保门诊能报多少", "克拉玛依", "兰州"),
    ("达州的合疗住院报好多 我们离巴中近", None, "达州"),
    ("咱们在晋城泽州 慢病去哪认定", "长治", "晋城"),
    ("我公婆是在湖南邵阳老家交的合疗 就在邵阳住院 一般报几成", None, "邵阳"),
    ("俺爹在河北邯郸老家参的保 想在邯郸做手术能报多少", "长治", "邯郸"),
    ("我老家是平昌的 在成都交的合疗 住院咋报", None, "成都"),
    ("俺是长治人 在太原交的职工医保 门诊能报多少", None, "太原")])
def test_insured_elsewhere_is_declined_however_the_covered_region_is_named(engine, text, region, place):
    """Insured in a place the handbooks do not cover: that place's policy, never the covered
    region's rates (the covered region is only where care happens, a landmark, or the chat's)."""
    reply = ask(engine, text, region=region)
    assert reply.kind == "unanswered" and reply.refusal == "uncovered_place" and place in reply.text
    assert not any(f in reply.text for f in REGION_FIGURES)


def test_uncovered_places_are_logged_as_such_and_not_queued(store, engine):
    handled = service.handle(store, engine, channel="cli", chat_id="c", user_id="u", text="广州门诊看病医保能报多少")
    assert handled.reply.refusal == "uncovered_place"
    with store.transaction() as db:
        [q] = db.query(Question).all()
        assert q.reply_kind == "unanswered" and db.query(QueueItem).count() == 0


# -- precedence -----------------------------------------------------------------------------------

def test_the_askers_own_entry_beats_another_handbooks_national_one(engine):
    reply = ask(engine, "去重庆看病要备案不", region="巴中")
    # answered from 巴中's own handbook, or, unsure, its entries offered first; when none of its
    # entries may answer at all (below SUGGEST_AT: 巴中's 临时备案 row is 0.059 with the calibration
    # that reads every ranking feature), the other guide's national paragraph, labelled national —
    # never its regional facts
    first = reply.sources[0].entry_id if reply.kind == "faq" else reply.choice_ids[0]
    assert reply.kind in ("faq", "clarify")
    assert first.startswith("bz-") or (reply.kind == "faq" and texts.NATIONAL_FROM_OTHER in reply.text)
    assert "新疆医保便民服务平台" not in reply.text


def test_a_national_entry_from_another_handbook_says_it_is_national(engine):
    reply = ask(engine, "激活电子医保码后实体医保卡还能用吗", region="巴中")
    assert reply.sources[0].entry_id.startswith("ky-") and texts.NATIONAL_FROM_OTHER in reply.text


def test_a_national_entry_naming_the_askers_page_gives_way_to_it(engine):
    # the 克拉玛依 guide's national paragraph on filing through the app states what 巴中's own page on
    # filing shares (`common_to`): a 巴中 asker gets that page, with its local channels
    reply = ask(engine, "跨省就医能用医保码办理异地就医备案吗", region="巴中")
    assert reply.kind == "faq" and reply.sources[0].entry_id == "bz-1-27" and "四川医保" in reply.text


def test_a_weak_national_match_from_another_handbook_is_not_the_answer(engine):
    # 克拉玛依's page on activating the e-voucher is no answer to a lost card in 巴中
    reply = ask(engine, "巴中的医保卡丢了怎么补办")
    assert reply.kind == "unanswered" and "0827" in reply.text


class _Hit:
    def __init__(self, entry_id, region, handbook, confidence):
        from corpus.entries import Entry, EntrySource
        self.entry = Entry(id=entry_id, region=region, question="q", answer="a",
                           source=EntrySource(handbook=handbook, section="s"))
        self.confidence = confidence


@pytest.mark.parametrize("hits,region,first", [
    ([("ky-n", "全国", "karamay", .70), ("bz-own", "巴中", "bazhong", .62)], "巴中", "bz-own"),   # own wins
    ([("ky-n", "全国", "karamay", .90), ("bz-own", "巴中", "bazhong", .45)], "巴中", "bz-own"),   # however far below
    ([("ky-n", "全国", "karamay", .90), ("bz-own", "巴中", "bazhong", .30)], "巴中", "ky-n"),     # not an answer at all
    ([("bz-n", "全国", "bazhong", .70), ("bz-own", "巴中", "bazhong", .65)], "巴中", "bz-n"),     # own handbook's national
    ([("ky-n", "全国", "karamay", .70), ("bz-n", "全国", "bazhong", .45)], "巴中", "bz-n"),      # …comes first too
    ([("ky-n", "全国", "karamay", .70), ("cz-own", "长治", "changzhi", .65)], "巴中", "ky-n"),    # not the asker's
    ([("bz-own", "巴中", "bazhong", .70), ("ky-n", "全国", "karamay", .65)], None, "ky-n"),       # no region: national
    ([("bz-own", "巴中", "bazhong", .70), ("ky-n", "全国", "karamay", .30)], None, "bz-own"),
])
def test_precedence_over_ranked_hits(hits, region, first):
    ranked = [_Hit(*h) for h in hits]
    assert by_precedence(ranked, region, floor=0.42)[0].entry.id == first


# -- years ------------------------------------------------------------------------------------------

TODAY = date(2026, 12, 2)


@pytest.mark.parametrize("text,years", [("2024年居民医保交多少", [2024]), ("二〇二三年大病起付线", [2023]),
                                        ("去年交的多少，今年呢", [2025]), ("明年交多少", [2027]),
                                        ("断保两年等待期多久", []), ("住院花了2024元", [])])
def test_years_asked(text, years):
    assert years_asked(text, TODAY) == years


@pytest.mark.parametrize("text,region,needle", [
    ("2022年那阵巴中职工在二级医院住院报销比例是多少 想核对一下那年报的对不对", None, "82%"),
    ("2022年那阵克拉玛依学生住院二级医院报几成 想核实一下那时候报的", None, "75%"),
    ("前年巴中居民三级医院住院起付线多少 我对照一下单子", None, "700"),
])
def test_checking_a_past_year_gets_the_handbooks_year_and_figure(engine, text, region, needle):
    """Wanting to check what was paid back then (核实, 对照): the handbook states the rules of its day, not
    that past year's — not answered as that year's (for staff), the handbook's figure shown with its year
    named, for reference."""
    reply = ask(engine, text, region=region)
    assert reply.kind == "unanswered" and needle in reply.text and "手册给出的是2026年" in reply.text, reply.text


def test_year_notes():
    past = year_note("巴中2024年城乡居民医保个人交多少", "巴中", answer="2026年度个人缴费400元", today=TODAY)
    assert "2026" in past and "2024" in past and "巴中市医疗保障局" in past
    assert "2027" in year_note("2027年克拉玛依学生医保交多少", "克拉玛依", today=TODAY)
    assert "没有注明" in year_note("长治2023年居民大病保险起付线", "长治", today=TODAY)
    # undated material: how recent it is at least, from the latest rule it dates (regions.yaml)
    assert "2024年起" in year_note("长治2028年职工住院封顶线多少", "长治", today=TODAY)
    assert year_note("巴中2026年居民医保交多少", "巴中", today=TODAY) is None
    # the answer speaks of the year asked: the handbook's own history, no note
    assert year_note("长治两病门诊2022年以前有起付线吗", "长治", answer="2022年9月以后取消", today=TODAY) is None
    assert year_note("2024年交多少", None, today=TODAY) is None
    # the note names the years the answer states, not the handbook's year beside them
    both = year_note("巴中2024年和2025年筹资各是多少", "巴中", answer="如2025年度，筹资总额为1070元。2026年度，筹资总额1100元",
                     today=TODAY)
    assert "给出的是2025、2026年的标准" in both and "2024年" in both


def test_a_fee_of_another_year_names_the_handbooks_year(engine):
    # (an earlier year's fee is not known since round 34, as a later year's: the handbook's years named)
    reply = ask(engine, "巴中2024年城乡居民医保个人交多少？")
    assert reply.kind == "unanswered" and "400" in reply.text and "没有2024年度的" in reply.text, reply.text


def test_a_faq_answer_about_another_year_names_the_handbooks_year(engine):
    # (a past year of a page dating nothing: the handbook's year named, its figure shown for reference only)
    reply = ask(engine, "巴中2024年居民医保在三级医院住院起付线多少？")
    assert reply.kind == "unanswered" and "700" in reply.text and "没有写2024年的" in reply.text, reply.text


def test_a_region_alone_after_a_calculation_is_the_forms_follow_up(engine):
    session = Session()
    assert ask(engine, "巴中居民三级医院住院花了5000能报多少", session=session).kind == "calculation"
    reply = ask(engine, "克拉玛依呢", session=session)
    assert reply.kind == "calculation" and reply.region == "克拉玛依" and "600" in reply.text


def test_a_region_alone_with_nothing_asked_is_remembered(engine):
    session = Session()
    reply = ask(engine, "我在恩阳区", session=session)
    assert reply.kind == "clarify" and reply.text == texts.REGION_NOTED.format(region="巴中")
    assert session.region == "巴中"


@pytest.mark.parametrize("text", ["长治巴中成都" * 400, "朝阳" * 1500, "四川" * 1200 + "医保"])
def test_long_messages_full_of_places_are_answered(engine, text):
    reply = ask(engine, text)
    assert reply.text and reply.kind in ("faq", "clarify", "unanswered")


# -- a county's office, the region's phone ------------------------------------------------------

@pytest.mark.parametrize("text,needle", [
    ("通江县医保局在哪个位置", "石牛大道"),                  # the county's office, not its 慢病 hospitals
    ("平昌县办医保要去哪个地方，地址发一下", "金宝大道"),
    ("巴州区医保业务在哪里办，具体地址", "九洲商业城"),
])
def test_a_countys_office_address_is_its_office(engine, text, needle):
    reply = ask(engine, text)
    assert reply.kind == "faq" and needle in reply.text and "认定医疗机构" not in reply.text


@pytest.mark.parametrize("text,region,needle", [("有医保的事情不懂，找哪个电话问", "巴中", "5775700"),
                                                ("医保政策不清楚打哪个电话", "克拉玛依", "0990-6612393")])
def test_the_general_phone_is_the_regions_office(engine, text, region, needle):
    reply = ask(engine, text, region=region)
    assert reply.kind == "faq" and needle in reply.text and "好差评" not in reply.text


@pytest.mark.parametrize("text,region,place", [("襄垣县医保中心的联系电话是好多", None, "襄垣县"),
                                               ("俺们这医保局地址在哪 电话也说一下", "长治", "长治"),
                                               ("潞州区医保窗口在哪里", None, "潞州区")])
def test_an_office_the_handbook_lists_no_phone_for_is_said_so_with_the_hotline(engine, text, region, place):
    """长治's slides give no office phone or address: the bot says so for the county asked, names the
    office the registry has and 12393, and never answers with another handbook's paragraph."""
    reply = ask(engine, text, region=region)
    assert reply.kind == "unanswered" and place in reply.text and "12393" in reply.text
    assert not reply.sources and "全国统一" not in reply.text


@pytest.mark.parametrize("text", ["巴中的医保局在什么地方", "医保经办中心地址是哪里"])
def test_no_county_named_is_not_answered_with_one_countys_office(engine, text):
    """Naming no county, the asker gets the region's own page or a choice, never one county's
    office picked silently."""
    reply = ask(engine, text, region="巴中")
    first = reply.sources[0].entry_id if reply.kind == "faq" else None
    assert first in (None, "bz-7-04-a", "bz-7-04-b"), reply.text


def test_a_countys_yearly_outpatient_limit_comes_with_its_rates(engine):
    reply = ask(engine, "襄垣县城乡居民普通门诊一年封顶报多少")
    assert reply.kind == "faq" and reply.region == "长治" and "300元" in reply.text and "60%" in reply.text


# -- a place named as where care happens -----------------------------------------------------------

@pytest.mark.parametrize("text", ["在兰州住院，回来能报多少", "去运城的医院住院用不用备案", "在绵阳住院花了2万，三级医院，能报多少"])
def test_a_place_of_care_with_no_region_known_asks_the_region(engine, text):
    # care there is 异地就医 for the asker's own region, which is not known: asked, never refused
    reply = ask(engine, text)
    assert reply.kind == "clarify" and reply.missing_slots == ["region"] and reply.refusal is None
    assert "兰州" not in reply.text and "运城" not in reply.text and "绵阳" not in reply.text


def test_a_place_of_care_in_the_regions_province_is_its_rule_for_care_elsewhere(engine):
    reply = ask(engine, "去运城的医院住院用不用备案", region="长治")
    assert reply.kind == "faq" and reply.region == "长治" and "免备案" in reply.text


def test_a_place_of_care_outside_the_region_is_not_computed_as_local(engine):
    # 绵阳 is in 四川 but not 巴中: the form asks about 异地备案 rather than computing 市内 figures
    reply = ask(engine, "在绵阳住院花了2万，三级医院，能报多少", region="巴中")
    assert reply.kind == "clarify" and reply.missing_slots == ["filing"]


# -- what the handbooks agree on (common_to) -------------------------------------------------------

def test_what_the_handbooks_agree_on_is_answered_with_no_region_known(engine):
    # each handbook's page on where to file names the national app: that part answers now
    reply = ask(engine, "异地就医备案用手机怎么弄")
    assert reply.kind == "faq" and reply.sources[0].entry_id == "ky-11-07"
    assert "国家医保服务平台" in reply.text and texts.NATIONAL_FROM_OTHER in reply.text and texts.COMMON_PART in reply.text
    assert "四川医保" not in reply.text and "新疆医保" not in reply.text


@pytest.mark.parametrize("region,entry,channel", [("巴中", "bz-1-27", "四川医保"), ("克拉玛依", "ky-08-07", "新疆医保")])
def test_with_a_region_its_own_page_answers_what_the_handbooks_agree_on(engine, region, entry, channel):
    reply = ask(engine, "异地就医备案用手机怎么弄", region=region)
    assert reply.kind == "faq" and reply.sources[0].entry_id == entry and channel in reply.text
    assert texts.COMMON_PART not in reply.text


@pytest.mark.parametrize("text", ["爷爷不会用手机 异地就医备案能去窗口当面办吗", "异地备案线下窗口可以办不"])
def test_asked_what_each_page_says_beyond_the_shared_part_each_page_answers(engine, text):
    """No region known, and the question is on what every handbook's page states but the shared
    national part does not (the office window): each region's page, labelled, with its source."""
    reply = ask(engine, text)
    assert reply.kind == "faq" and {s.entry_id for s in reply.sources} == {"bz-1-27", "ky-08-07"}
    assert "窗口" in reply.text and "【巴中】" in reply.text and reply.text.count("来源：") == 2


def test_common_to_is_only_for_national_entries_naming_real_ones(tmp_path):
    from corpus.entries import load_entries
    entry = ("- id: x-1\n  region: {region}\n  question: q\n  answer: a\n  common_to: [{ids}]\n"
             "  source: {{handbook: bazhong, section: 第一章 一}}\n")
    (tmp_path / "a.yaml").write_text(entry.format(region="巴中", ids="x-1"), encoding="utf-8")
    with pytest.raises(ValueError, match="national"):
        load_entries.__wrapped__(tmp_path)
    (tmp_path / "a.yaml").write_text(entry.format(region="全国", ids="bz-nope"), encoding="utf-8")
    with pytest.raises(ValueError, match="unknown"):
        load_entries.__wrapped__(tmp_path)


@pytest.mark.parametrize("region,entry", [(None, "ky-11-07"), ("克拉玛依", "ky-08-07"), ("巴中", "bz-1-27")])
def test_where_to_file_before_care_back_home(engine, region, entry):
    # never the page on which 就医地 to pick for 乌鲁木齐; with no region, the national app
    reply = ask(engine, "寒假回老家住院，备案在哪里办", region=region)
    assert reply.kind == "faq" and reply.sources[0].entry_id == entry and "乌鲁木齐" not in reply.text


@pytest.mark.parametrize("text", ["两病到底是指哪两个病呀", "医生说我是两病 两病指的是啥"])
def test_a_definition_the_handbooks_share_is_answered_with_no_region_known(engine, text):
    """"两病" is 高血压 and 糖尿病 in every handbook (巴中 defines it, 长治's and 克拉玛依's tables list
    it): no region is asked for; what each region pays for it still is."""
    session = Session()
    reply = ask(engine, text, session=session)
    assert reply.kind == "faq" and "高血压" in reply.text and "糖尿病" in reply.text
    assert region_policy.PENDING not in session.state
    assert not any(figure in reply.text for figure in REGION_FIGURES)
    assert ask(engine, "两病的降压药一年最多报多少钱").kind == "clarify"


def test_with_a_region_the_shared_definition_is_its_own_page(engine):
    reply = ask(engine, "两病到底是指哪两个病呀", region="巴中")
    assert reply.kind == "faq" and reply.sources[0].entry_id == "bz-4-17" and "轻症" in reply.text


@pytest.mark.parametrize("text,region,needle", [
    ("长治这边上班交的职工医保 打算去天津看病 不备案就直接过去行吗", "长治", "15%"),
    ("长治合疗 去郑州看病 没备案直接过去会咋样", "长治", "10%"),
])
def test_going_elsewhere_unfiled_is_told_what_not_filing_costs(engine, text, region, needle):
    """What happens without a filing is the handbook's cut for not filing, not the 市外 table the
    slides lost (长治: 职工 15%, 居民 10%)."""
    reply = ask(engine, text)
    assert reply.kind == "faq" and reply.region == region and needle in reply.text and "备案" in reply.text


@pytest.mark.parametrize("text", ["巴中合疗2028年一个人要交好多钱", "克拉玛依学生医保2027年度个人交多少"])
def test_a_later_year_asked_is_the_handbooks_years_entry_with_a_note(engine, text):
    """A fee of a year after the handbook's figures: not known, its own year's figure named as that
    year's (since the colloquial-26 round; it was that year's page with a note), never an entry that
    only mentions the later year as a case (巴中's 等待期 example of 参保 in 2027)."""
    reply = ask(engine, text)
    assert reply.kind == "unanswered" and "2026年度个人缴费标准是400元" in reply.text, reply.text
    assert "等待期" not in reply.text


@pytest.mark.parametrize("text", ["巴中2027年要交医保吗 交多少", "巴中2027年度居民医保缴费"])
def test_a_later_year_is_not_matched_by_an_example_set_in_that_year(engine, text):
    reply = ask(engine, text)
    assert "例五" not in reply.text and "等待期" not in reply.text


@pytest.mark.parametrize("text", ["前年我爸去世了 他个人账户的钱咋取", "2024年做了手术的发票 现在还能报不",
                                  "去年生娃了 今年新生儿参保咋弄"])
def test_a_year_that_only_dates_the_story_gets_no_year_note(text):
    from intents.years import year_note
    assert year_note(text, "巴中") is None


@pytest.mark.parametrize("text", ["2024年三级医院住院起付线多少", "前年的门诊慢病限额是多少", "2023年度合疗个人交多少"])
def test_a_year_that_qualifies_the_rule_keeps_its_note(text):
    from intents.years import year_note
    assert "2026" in (year_note(text, "巴中") or "")


@pytest.mark.parametrize("text,county,unsupported", [
    ("巴中通江的", "通江县", None), ("四川巴中恩阳区", "恩阳区", None), ("四川成都的", None, "成都"),
])
def test_a_place_with_what_contains_it_is_one_place(text, county, unsupported):
    hit = region_policy.bare_place(text)
    assert hit is not None and hit.unsupported == unsupported
    assert county is None or (hit.region == "巴中" and hit.county == county)


@pytest.mark.parametrize("text", ["巴中和成都", "通江 南江"])
def test_two_places_side_by_side_are_no_one_place(text):
    assert region_policy.bare_place(text) is None



# 香港、澳门、台湾 are 境外 to 医保; and a country's insurance pointed back to after the stay there ("在美国
# 读书 那边的保险"), even after 在, is that country's own — declined, not the student entry or a region asked
@pytest.mark.parametrize("text,place", [("澳门的医疗保险看门诊怎么报", "澳门"), ("台湾的医保住院报多少", "台湾"),
                                        ("儿子在加拿大读书 那边的医疗保险看病咋报", "加拿大"),
                                        ("我在新加坡上班 当地的保险能报牙科不", "新加坡")])
def test_insurance_of_a_place_outside_the_mainland_is_declined(engine, text, place):
    reply = ask(engine, text)
    assert reply.kind == "unanswered" and reply.refusal == "uncovered_place" and place in reply.text, reply.text
    assert "境外" in reply.text and "国内" not in reply.text


@pytest.mark.parametrize("text", ["去香港旅游住院了 回来医保能报销吗", "香港居民在内地读大学可以参加居民医保吗"])
def test_care_in_hong_kong_and_its_people_joining_here_are_still_answered(engine, text):
    reply = ask(engine, text)
    assert reply.kind == "faq" and reply.refusal is None, reply.text


def test_a_province_given_as_the_region_asked_shows_its_covered_regions_rule(engine):
    # "四川" in answer to "您在哪个地区参保？" is no region: the part covered is said, its rule shown as
    # that part's only, and asked again; the part named then answers the question that waited
    session = Session()
    first = ask(engine, "大病保险起付线是多少", session=session)
    assert first.kind == "clarify" and first.suggestions == COVERED
    reply = ask(engine, "四川", session=session)
    assert reply.kind == "clarify" and reply.suggestions == ["巴中"] and "14448" in reply.text
    assert _province_labelled_only(reply.text, "四川", "巴中") and "【长治】" not in reply.text
    answered = ask(engine, "巴中", session=session)
    assert answered.region == "巴中" and "14448" in answered.text and "只适用于" not in answered.text
