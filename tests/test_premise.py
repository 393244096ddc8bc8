"""A figure the asker asserts ("…是不是 / 对吧 / 是吧 / …吗") is checked against the policy file:
confirmed, or corrected with the handbook's figure and its source — never taken as a cost. One
case per headline figure of each calculator, in each region that has it."""
import pytest

from bot.reply import Message
from bot.session import Session
from tests.helpers import answer as ask

WRONG = [
    # (question, the handbook's figure that must be stated, the section cited)
    ("巴中居民住院三级医院起付线是不是500？", "700元", "第三章 十一问"),                   # 起付线
    ("巴中三级医院住院，是不是要花满1000才开始报？", "700元", "十一问"),
    ("巴中居民临时备案在外地住院，起付线是800吧", "1000元", "第三章 十一问"),
    ("克拉玛依学生在三级医院住院起付线是500对吧", "600元", "第7部分（一）"),
    ("长治居民三甲医院住院起付线是800吗", "1000元", "居民住院待遇"),
    ("听说巴中三级医院住院只报50%是吗", "60%", "十一问"),                                 # 报销比例
    ("克拉玛依学生二级医院住院报70%对吧", "75%", "第7部分（一）"),
    ("克拉玛依学生临时异地就医报销比例降低10%是吗", "20%", "第8部分（一）"),
    ("巴中居民医保住院一年最多报10万吧", "11万", "第三章 十六问"),                          # 年度限额
    ("长治职工医保住院封顶是10万吧", "8万", "职工住院封顶线"),
    ("巴中居民门诊统筹一年最多报200块？", "100元", "第三章 十八问"),                        # 门诊
    ("克拉玛依学生医保一级医院门诊起付线是20块？", "10元", "第7部分（一）"),
    ("长治居民门诊统筹三级医院起付线100元？", "80元", "居民门诊统筹"),
    ("巴中两病高血压一年能报300是吗", "200元", "第四章 十九问"),                            # 两病
    ("长治两病里糖尿病一年限额是300？", "360元", "居民两病"),
    ("巴中门诊慢病报销80%是吧", "90%", "第四章 三问"),                                      # 慢病
    ("长治居民门诊慢病报销比例75%吧？", "70%", "居民门诊慢性病"),
    ("巴中大病保险起付线是一万二吧", "14448", "第三章 二十二问"),                          # 大病
    ("克拉玛依大学生医保大病起付线是2万对吗", "21000", "第7部分（二）"),
    ("巴中大病保险10万以内报50%对吧", "60%", "第三章 二十三问"),
    ("巴中断保一年，大病保险限额要降5000是吗", "4000", "第三章 十问"),
    ("巴中一直交医保不断的话 是不是每年多报3000", "4000", "第三章 九问"),
    ("长治居民大病保险最高30万对吧", "40万", "居民大病保险"),
    ("克拉玛依学生医保一年交380对吧", "400", "第2部分"),                                   # 缴费标准
    ("巴中职工医保单位交8%个人交2%对不对", "7%", "第二章 五问"),
    ("巴中低保户居民医保个人交200对吧", "100元", "第三章 六问"),
    ("巴中职工初次参保，3个月就能享受待遇了？", "6个月", "第二章 六问"),                      # 等待期
    ("巴中新生儿要60天内参保才能从出生就报吧", "90天", "第三章 七问"),
    ("巴中居民断保两年，等待期是不是5个月", "4 个月", "第三章 十问"),
    ("听说长治居民剖腹产定额报2500", "3000", "居民住院待遇"),                              # 生育
    ("巴中职工顺产报3000对吧", "3500", "第二章 二十八问"),
    ("巴中低保对象医疗救助比例是80%吗", "70%", "第六章 五问"),                             # 救助
]

RIGHT = [
    ("巴中城乡居民医保2026年个人交400对吧", "400"),
    ("巴中乡镇卫生院住院报销90%是吧", "90%"),
    ("巴中大病保险一年最高赔30万是吧", "30万"),
    ("长治居民顺产定额报1500是吗", "1500"),
    ("克拉玛依学生在二级医院住院，是不是花了200以上的部分才报？", "200元"),
    ("长治大病保险是不是自付超过1万的部分才报", "1万"),
    ("巴中乡镇卫生院住院是不是先自己出100，剩下的报90%", "90%"),
    # the words nearest the figure say what it is: a reward for years in a row is the 大病 cap's step
    ("我在巴中 年年都交医保 听说每年能多报4000块是吧", "大病保险最高支付限额提高"),
    ("巴中没断过保的 大病限额每年加4000对吧", "大病保险最高支付限额提高"),
]


@pytest.mark.parametrize("text,figure,section", WRONG)
def test_a_wrong_figure_is_corrected_with_the_handbooks(engine, text, figure, section):
    r = ask(engine, text)
    assert r.text.startswith("不是") and figure in r.text, r.text
    assert r.calculation is None or r.calculation.name in ("waiting_period", "serious_illness_cap")
    assert any(section in s.section for s in r.sources), (section, [s.section for s in r.sources])
    assert "来源：" in r.text


@pytest.mark.parametrize("text,figure", RIGHT)
def test_a_right_figure_is_confirmed(engine, text, figure):
    r = ask(engine, text)
    assert r.text.startswith("对") and figure in r.text, r.text
    assert "不是" not in r.text and r.sources


def test_a_figure_the_policy_file_lacks_falls_back_to_the_handbook_entry(engine):
    # 66万 is 职工's total with its supplements (第二章 三十七问): not a row of the policy file
    r = ask(engine, "巴中职工医保一年最多能报66万对吧")
    assert "66万" in r.text and not r.text.startswith("不是")


def test_an_asserted_result_of_a_whole_calculation(engine):
    right = ask(engine, "巴中居民三级医院住院花了5000，能报2580对吧")
    wrong = ask(engine, "巴中居民三级医院住院花了5000，能报3000对吧")
    assert right.kind == "calculation" and right.text.startswith("对")
    assert wrong.kind == "calculation" and wrong.text.startswith("不是3000元") and "2580" in wrong.text


def test_with_no_region_the_premise_is_left_to_the_region_policy(engine):
    r = ask(engine, "住院起付线是不是500？")
    assert not r.text.startswith(("不是", "对"))


@pytest.mark.parametrize("text,figure,quantity", [
    # the asserted share is compared with the quantity the words name, never another one
    ("巴中以灵活就业身份参加职工医保，是不是按10%缴", "9%", "缴费费率"),           # a contribution rate
    ("巴中职工医保单位那边是按6%交的吧", "7%", "缴费费率"),
    ("克拉玛依学生临时去外地看病备案了，报销是不是降30%", "20%", "降低"),           # a cut of the rate
])
def test_a_share_is_checked_against_the_quantity_it_is_said_of(engine, text, figure, quantity):
    r = ask(engine, text)
    assert r.text.startswith("不是") and figure in r.text and quantity in r.text, r.text
    assert "住院的报销比例是" not in r.text


@pytest.mark.parametrize("text", ["巴中灵活就业人员是8%吧", "巴中职工医保是不是12%", "克拉玛依学生医保是500对吧",
                                  "长治居民医保是不是200"])
def test_a_figure_of_no_named_quantity_is_not_corrected(engine, text):
    # which quantity 8% or 500 is, the words do not say: the handbook's entry answers; it is never
    # "corrected" with a deductible or a rate the asker did not mean
    r = ask(engine, text)
    assert not r.text.startswith(("不是", "对")), r.text


@pytest.mark.parametrize("text,region,needles,wrong", [
    ("合疗拖到4月中旬再交也没事吧 4月15号之前交都来得及吧", "巴中", ["2026年2月28日", "等待期3个月"], True),
    ("巴中居民医保最晚交到3月31日截止是吧", None, ["2026年2月28日", "不对"], True),
    ("巴中的合疗是二月底截止对不对", None, ["对，", "2026年2月28日"], False),
    ("学校医保缴费截止日期是11月30号吗", "克拉玛依", ["不是2025年11月30日", "2026年1月10日"], True),
    ("石大校区学生医保元月10号截止对吧", None, ["对，", "2026年1月10日"], False),
])
def test_an_asserted_payment_deadline_is_checked_against_the_window(engine, text, region, needles, wrong):
    """A last day to pay the asker asserts is compared with the 集中缴费期 of the region's policy
    file: confirmed, or corrected with the window and, where late, what paying after it means."""
    reply = engine.answer(Message(text=text, region=region), Session())
    assert reply.kind == "faq" and all(n in reply.text for n in needles), reply.text
    assert ("不" in reply.text.split("：")[0]) == wrong


@pytest.mark.parametrize("text", ["报销材料最晚6月底交对吧", "长治居民医保12月底截止吧"])
def test_other_deadlines_are_not_the_payment_window(engine, text):
    """报销材料 (次年6月底), and a region whose handbook gives no dates: no window verdict."""
    reply = engine.answer(Message(text=text, region="巴中"), Session())
    assert "集中缴费期为" not in reply.text


def test_when_cover_starts_is_answered_by_the_rule_not_as_a_window_asserted(engine):
    """A payment's day and the day cover starts ("…之前交的…元旦就能用吧"): when cover starts, by the
    wait rule (from 1月1日), never a verdict on a last day to pay the asker did not assert."""
    reply = engine.answer(Message(text="12月31号之前交的合疗元旦就能用吧", region="巴中"), Session())
    assert "1月1日" in reply.text and not reply.text.startswith(("对", "不对", "不是")), reply.text


@pytest.mark.parametrize("text, figures", [
    ("我爸农村合疗每年自己掏400块，我的个人账户能不能给他交？", []),      # a fact of the story
    ("去年住院自己出了3000多，今年还能报吗？", []),
    ("听说住院起付线是500，对吧", [500]),                              # checked in its own clause
    ("住院起付线500，是不是真的哦", [500]),                              # checked by the clause after it
    ("是不是先自己出100，剩下的报90%", [100, 0.9]),                     # one sentence, one check
])
def test_only_a_checked_clause_asserts_its_figure(text, figures):
    from intents.premise import asserted
    assert [float(a.value) for a in asserted(text)] == figures


@pytest.mark.parametrize("text", ["住院的发票3月底之前交都行吧", "灵活就业的12月底前交都行吧", "长护险3月底前交都行吧"])
def test_deadlines_of_other_things_get_no_payment_window_verdict(engine, text):
    reply = engine.answer(Message(text=text, region="巴中"), Session())
    assert "集中缴费期为" not in reply.text, reply.text


@pytest.mark.parametrize("text,own,others", [
    ("巴中上班的 职工医保自己那部分是按工资交1%吧", "2%", ["7%", "9%"]),
    ("巴中职工医保 单位那头是不是交10%", "7%", ["2%", "9%"]),
])
def test_a_contribution_rate_corrected_names_the_other_payers_rates(engine, text, own, others):
    """Who pays what of the 职工 contribution (巴中 第二章 五问): one payer's rate corrected comes
    with the others', the asker's figure often being another payer's or the whole mixed up."""
    reply = ask(engine, text)
    assert reply.kind == "faq" and reply.text.startswith("不是") and own in reply.text
    assert all(o in reply.text for o in others) and "第二章 五问" in reply.text


@pytest.mark.parametrize("text,needles,kind", [
    # (the change asked, "多了多少", "差多少": worked out, a calculation with its working)
    ("巴中居民医保每人筹资 2026年跟2025年比 多了多少", ["1070元", "1100元", "多30元"], "calculation"),
    ("巴中合疗个人缴费2025年和2026年一样不", ["400元", "两年相同"], "faq"),
    ("巴中城乡居民医保政府补助2025年和2026年分别是好多 差多少", ["670元", "700元", "多30元"], "calculation"),
])
def test_two_years_the_handbook_gives_are_compared(engine, text, needles, kind):
    """巴中 第三章 八问 gives 2025's and 2026's 筹资 (total, personal, subsidy): both years, and the
    difference, from the policy file."""
    reply = ask(engine, text)
    assert reply.kind == kind and all(n in reply.text for n in needles) and "第三章 八问" in reply.text, reply.text


@pytest.mark.parametrize("text,needles", [("2025年个人缴费占筹资总额百分之几", ["400元", "37.38%"]),
                                          ("巴中合疗2025年财政补助每人多少", ["670元", "62.62%"])])
def test_one_earlier_years_funding_comes_with_each_parts_share(engine, text, needles):
    """The handbook states each part's share beside the sums (第三章 八问: 37.38%, 62.62%); asked of
    the year before the figures' own, the policy file's sums come with the same shares."""
    reply = ask(engine, text, region="巴中")
    assert reply.kind == "faq" and all(n in reply.text for n in needles) and "第三章 八问" in reply.text


@pytest.mark.parametrize("region,rate,section", [("长治", "70%", "居民门诊慢性病"), ("巴中", "60%", "第四章 五问"),
                                                 ("克拉玛依", "65%", "第7部分")])
def test_a_disease_of_the_chronic_list_said_with_outpatient_is_checked_against_that_benefit(engine, region, rate, section):
    """"恶性肿瘤门诊": a disease the region lists among its 门诊慢病 (or 门特) is checked against that
    benefit's rate, not the 普通门诊 rows (长治 居民 一类 70%, 巴中 门特 60%, 克拉玛依 门诊慢病 65%)."""
    reply = ask(engine, "居民恶性肿瘤门诊报85%是吧", region=region)
    assert reply.kind == "faq" and reply.text.startswith("不是85%") and rate in reply.text and section in reply.text
    assert "普通门诊" not in reply.text


def test_a_year_the_handbook_does_not_give_is_not_compared(engine):
    reply = ask(engine, "巴中居民医保2023年和2026年筹资总额差多少")
    # (2023's 筹资 is not known — round 34: said so, the years the handbook gives named as theirs)
    assert "多30元" not in reply.text and "没有2023年度的" in reply.text, reply.text


@pytest.mark.parametrize("text,needles", [
    # a threshold corrected keeps its row's rate where the schemes' rows agree on it
    ("南江乡镇卫生院住院门槛是300吧", ["100元", "90%"]),
    # a short table whose rows were mixed up: every row of it beside the correction
    ("巴中高血压两病一年最多报300是吧", ["200元", "糖尿病", "500元"]),
    # a yearly limit said as "一年报…"
    ("巴州区合疗看门诊每年报500对不对", ["100元", "50%"]),
])
def test_a_correction_carries_what_the_asker_may_have_meant(engine, text, needles):
    reply = ask(engine, text)
    assert reply.kind == "faq" and reply.text.startswith("不是") and all(n in reply.text for n in needles), reply.text


@pytest.mark.parametrize("text,needle", [
    # the figure checked is one the policy file has no row for: the entry that states the rule answers
    ("长治居民医保 外地看病没备案 报销比例就少10个点吧", "10%"),
    ("长治的职工 在外地就医不备案是不是降20%", "15%"),
])
def test_a_checked_figure_the_policy_file_lacks_is_asked_as_a_question(engine, text, needle):
    reply = ask(engine, text)
    assert reply.kind == "faq" and needle in reply.text, reply.text


def test_the_question_behind_an_asserted_figure():
    from intents.premise import without_assertions
    assert without_assertions("门诊一年最多就报800对吧") == "门诊一年最多就报多少"
    assert without_assertions("住院花了6000 能报多少") == "住院花了6000 能报多少"


@pytest.mark.parametrize("text", ["巴中居民医保是不是能交到4月底", "合疗交费交到3月31号吧 巴中"])
def test_paying_up_to_a_date_is_a_deadline_checked(engine, text):
    reply = ask(engine, text)
    assert reply.kind == "faq" and reply.text.startswith("不对") and "2月28日" in reply.text, reply.text


@pytest.mark.parametrize("text,region,needle", [
    ("报销发票送到702了 是不是一个月就能到账", "克拉玛依", "60个工作日"),
    ("看病的单据已经交到305室了 钱多久能到账吧", "克拉玛依", "60个工作日"),
])
def test_a_room_the_papers_go_to_is_no_figure_checked(engine, text, region, needle):
    """"材料交到702了": 702 is an office, never "corrected" with a contribution or a deductible."""
    reply = engine.answer(Message(text=text, region=region), Session())
    assert not reply.text.startswith("不是") and needle in reply.text, reply.text


def test_a_figure_handed_over_that_is_no_room_still_counts():
    from intents.premise import asserted
    assert [float(a.value) for a in asserted("居民医保今年交到400了吧")] == [400]


@pytest.mark.parametrize("text", [
    # papers handed straight to the room, no 到 between (克拉玛依 第10部分: 移交至 J1-II-702 办公室)
    "上学期在老家住院的发票现在还能交702吗",
    "报销的材料直接送702行不行",
    "门诊的票据拿去702还收吗",
])
def test_papers_handed_straight_to_a_room_are_no_fee_checked(engine, text):
    """"发票还能交702吗" asks whether the office still takes them: never "不是702：…缴费标准是400元"."""
    from intents.premise import asserted
    assert asserted(text) == []
    reply = engine.answer(Message(text=text, region="克拉玛依"), Session())
    assert not reply.text.startswith("不是") and "缴费标准" not in reply.text, reply.text


def test_a_fee_checked_without_papers_still_counts():
    from intents.premise import asserted
    assert [float(a.value) for a in asserted("学生医保是不是交400")] == [400]


@pytest.mark.parametrize("question, region, needle", [
    # the entry found says "报销50%": a rate, no 50 yuan — the 50 yuan asserted is still checked
    ("门诊统筹是不是要先自己出五十块起付线才报", "巴中", "不设起付线"),
])
def test_a_sum_asserted_is_not_confirmed_by_a_rate_of_the_same_number(engine, question, region, needle):
    reply = ask(engine, question, region=region)
    assert reply.kind == "faq" and reply.text.startswith("不是50") and needle in reply.text, reply.text


def test_a_sum_is_stated_only_by_a_sum():
    from intents.premise import asserted, states_figure
    claims = asserted("门诊起付线是不是五十块")
    assert not states_figure("三级定点医疗机构报销50%，限额800元/年", claims)
    assert states_figure("起付标准50元/年", claims)


def test_a_deductible_asked_again_is_no_bill(engine):
    # "还要再扣600吗": the deductible asserted again, never the stay's bill
    from intents.slots import extract
    text = "今年三月份在三级医院住院，结算的时候扣了600的起付线，十月份又在同一家医院住了一次，还要再扣600吗？"
    assert "amount" not in extract(text).values
    reply = ask(engine, "我是大二的，" + text, region="克拉玛依")
    assert "不再支付起付标准" in reply.text and reply.calculation is None, reply.text


@pytest.mark.parametrize("question, start, needle", [
    # a step of the wait per year is checked against that step, not against the fixed wait
    ("断了好几年的合疗 那个变动等待期说是可以补钱修复 是不是补一年就少等一个月哦", "对", "每多缴1年减少"),
    ("是不是每多断一年就多等两个月", "不是2个月", "1个月"),
])
def test_a_yearly_step_of_the_wait_is_checked_as_a_step(engine, question, start, needle):
    reply = ask(engine, question, region="巴中")
    assert reply.kind == "faq" and reply.text.startswith(start) and needle in reply.text, reply.text


@pytest.mark.parametrize("text, region, right, not_said", [
    # the 大病 起付线 (第三章 二十二问: 14448), not the hospitals' 起付线 (100/300/400/700)
    ("大兵保险是不是要另外交钱 起付线是不是一万", "巴中", "14448", "700元"),
    # 长治 居民大病保险 年度最高支付限额 40万
    ("大病保险怎么报 封顶是不是30万", "长治", "40万", "住院"),
])
def test_a_figure_checked_in_a_question_after_another_is_that_topics(engine, text, region, right, not_said):
    """A later question of one message that names only a rule's figure and checks it ("起付线是不是
    一万") asks it of what the question before was about (大病保险): checked against that rule."""
    reply = ask(engine, text, region)
    checked = reply.text.split("【2】", 1)[1]
    assert right in checked and not_said not in checked.split("\n")[1], checked


@pytest.mark.parametrize("text, region, right", [
    # a check in a clause of its own, after the question asking the figure (第7部分（一）: 普通门诊年度限额900元)
    ("门诊一年最多报多少？是不是1000", "克拉玛依", "900元"),
    ("巴中居民住院三级医院起付线多少？是不是500", "巴中", "700元"),
    # the scheme itself said to be a sum: its price (第2部分: 个人缴费标准400元)
    ("学长说今年医保是320？？真的假的", "克拉玛依", "400元"),
    # …said by whose it is (学校的医保, 学生医保)
    ("今年我们学校的医保是350对吧", "克拉玛依", "400元"),
    ("听说今年学生医保是380吧", "克拉玛依", "400元"),
])
def test_a_figure_checked_apart_or_of_the_scheme_is_corrected(engine, text, region, right):
    reply = ask(engine, text, region)
    assert reply.kind == "faq" and reply.text.startswith("不是") and right in reply.text.split("\n")[0], reply.text


@pytest.mark.parametrize("text, region, right, wrong", [
    # 巴中 第六章 五问（二）: 倾斜救助 起付标准 防止返贫监测线（2025年 8500元）
    ("倾斜救助是不是个人自付超过一万才给救", "巴中", "8500元", "不是10000"),
    # 长治 医疗救助待遇: 超过全省上年居民可支配收入50%（15460元）的部分
    ("倾斜救助是不是自付超过2万才给", "长治", "15460元", "不是20000"),
])
def test_the_tilted_assistance_threshold_is_its_own(engine, text, region, right, wrong):
    """倾斜救助's threshold is checked against its own row, not the 常规救助 rows."""
    reply = ask(engine, text, region)
    first = reply.text.split("\n")[0]
    assert first.startswith(wrong) and right in first, reply.text


@pytest.mark.parametrize("text,denied", [
    # where the wrong figure belongs is said without saying it again (the denial names it once)
    ("听说巴中乡镇卫生院住院只报80% 对吧", "80%"),
    ("巴中低保户医疗救助年度限额是不是三万", "3万"),
])
def test_a_correction_says_where_the_figure_belongs_without_restating_it(engine, text, denied):
    r = ask(engine, text)
    assert r.text.startswith("不是") and "您说的这个" in r.text, r.text
    assert denied not in r.text.split("：", 1)[1], r.text


@pytest.mark.parametrize("text, region, needle", [
    # the figure asked, then checked after a comma (not a question mark): the rule's figure, checked —
    # never the asker's bill (克拉玛依 第7部分 大病 年度限额 30万; 巴中 第三章 二十六问 30万)
    ("大病保险一年封顶多少，是不是25万", "克拉玛依", "30万"),
    ("二次报销每年最高给报好多，是不是50万哦", "巴中", "30万"),
])
def test_a_figure_checked_after_a_comma_is_the_rules(engine, text, region, needle):
    reply = engine.answer(Message(text=text, region=region), Session())
    assert reply.kind == "faq" and reply.calculation is None, reply.text
    assert reply.text.startswith("不是") and needle in reply.text, reply.text
