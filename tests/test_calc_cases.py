"""Every calculation issue 10 names, from the handbooks' own figures, asked as a person asks
(intents.forms over the real policy files). Each answer shows its working, its assumptions and
its source. The same questions go through the batch contract in tests/test_dialogues.py."""
import re

import pytest

from intents.forms import handle


def ask(text, region=None):
    return handle(text, {}, region=region, now=0)


def nums(r):
    return {float(x.replace(",", "")) for x in re.findall(r"\d[\d,]*(?:\.\d+)?", r.text)}


CASES = [
    # 生育 — 巴中 第二章 二十八问 (职工), 第三章 十四问 (居民)
    ("巴中职工医保生了双胞胎，顺产，能报多少", None, [3500 + 800, 800], "第二章 二十八问"),
    ("巴中居民医保三胞胎剖腹产，报多少", None, [3500 + 1600, 500], "第三章 十四问"),
    ("巴中职工怀孕两个月流产了，报多少", None, [500, 200], "第二章 二十八问"),
    ("巴中职工怀孕5个月引产做了剖宫术，花了3000，能报多少", None, [2700, 500], "第二章 二十八问"),
    ("巴中居民医保，孕18周终止妊娠，报多少", None, [1000], "第三章 十四问"),
    ("巴中居民怀孕8个月终止妊娠，报多少", None, [1000, 500], "第三章 十四问"),
    ("我老婆是居民医保，我是巴中职工医保，她顺产住院花了4000，我这边还能补差多少", None, [1500, 300], "第二章 九问"),
    ("长治居民剖腹产能报多少钱，花了5000", None, [3000], "居民住院待遇"),
    # 等待期 — 巴中 第三章 三问、七问、十问；第一章 二十六；第二章 六问、二十三问
    ("巴中居民断保1年，集中缴费期参保，等待期多久", None, [3], "第三章 十问"),
    ("巴中居民断保3年后在集中缴费期参保，等待期几个月", None, [5], "第三章 十问"),
    ("巴中居民2025到2029年连续5年没交，2030年集中缴费期交了，要等多久", None, [7, 6], "第三章 十问"),
    ("巴中居民断保8年，补缴了3年，等待期多久", None, [10, 7], "第三章 十问"),
    ("巴中居民断保5年，补缴了4年，等待期多久", None, [7, 6], "第三章 十问"),
    ("巴中居民断保2年，补缴1年，等待期多久", None, [3], "第三章 十问"),
    ("巴中2025年参了保的，2026年拖到3月10号才交居民医保，要等多久", None, [3], "第三章 三问"),
    ("巴中我2025年没交医保，2026年1月5号才交的居民医保，多久才能报销", None, [3], "第三章 十问"),
    ("巴中宝宝出生50天参保，有等待期吗", None, [0], "第三章 七问"),
    ("巴中我刚进单位第一次参加职工医保，多久能报销", None, [6], "第二章 六问"),
    ("巴中以前连续交了5年居民医保，后来换成职工医保，中间断了5个月，多久能用", None, [6], "第一章 二十六"),
    ("巴中职工医保单位欠了14个月的费，补交了多久能报", None, [6], "第二章 二十三问"),
    # 大病保险限额 — 巴中 第三章 九问、十问、二十六问
    ("巴中居民连续参保6年，大病保险最高限额多少", None, [308000], "第三章 九问"),
    ("巴中我2025年没交医保，2026年交了，大病保险最高能赔多少", None, [296000], "第三章 十问"),
    ("巴中居民断保3年后再参保，大病保险封顶多少", None, [288000], "第三章 十问"),
    ("巴中居民2025年参保一整年都没用过医保报销，2026年大病保险最高赔付额是多少", None, [304000], "第三章 九问"),
    ("巴中居民连续参保20年，大病保险最高限额多少", None, [360000], "第三章 九问"),
    # 门诊：克拉玛依第二次起付线减半；三级年度起付线
    ("克拉玛依学生今年已经在一级医院看过一次门诊了，这是第二次，花了100，报多少", None, [66.5], "第7部分（一）"),
    ("克拉玛依学生今年第一次在一级医院看门诊花了200，能报多少", None, [100], "第7部分（一）"),
    ("克拉玛依学生晚上急诊去了三级医院，花了500，今年第一次，能报多少", None, [336], "第7部分（一）"),
    ("巴中我退休了，职工医保，今年第一次在三级医院门诊花了一千，报多少", None, [510], "第二章 三十九问"),
    # 长治大病：超过5万再报50%
    ("长治居民大病保险，一年个人合规自付20万，能报多少", None, [142500, 3750], "居民大病保险"),
    ("长治居民医保，没办转院审批去外地看的，合规自付3万，大病报多少", None, [13000], "居民大病保险"),
    # 两病：职工居民相同，不问险种
    ("巴中我有糖尿病，两病待遇，一年降糖药花了800，报多少", None, [300], "第四章 十九问"),
    ("巴中高血压糖尿病都有，降压药一年600、降糖药一年600，一共能报多少", None, [500], "第四章 十九问"),
    ("巴中居民，轻症高血压（没到慢病标准），一年降压药300块，两病能报多少", None, [150], "第四章 十九问"),
    # 救助：低保 / 特困，居民医保按假设说明
    ("巴中我是低保户，住院经过基本医保和大病保险报了之后，自己还要出合规费用6000，医疗救助能给多少", None, [4200],
     "第六章 五问"),
    ("巴中特困人员，今年经过基本医保、大病和常规救助后，一年自付的合规费用还有2万，规范转诊在省内看的，倾斜救助有多少",
     None, [10000], "第六章 五问"),
    ("巴中低保户，规范转诊省内就医，三重报销后一年自付还有2万，倾斜救助报多少", None, [5750], "第六章 五问"),
    ("长治低保边缘家庭，住院报完个人自付合规1万，救助多少", None, [4144.8], "医疗救助待遇"),
    ("长治特困人员，门诊慢性病报完后政策范围内剩1000自己出，救助能给多少", None, [600], "医疗救助待遇"),
    # 低保户的基本 → 大病 → 救助，不问险种
    ("巴中我是低保户，今年第一次在三级医院住院花了3万，基本医保、大病、救助一路报下来，各报多少", None,
     [17580, 3377.4, 6329.82], "第六章 五问"),
    ("巴中居民医保，三级医院住院一共花了30万，基本医保加大病保险一共能报多少", None,
     [110000, 112886.4, 222886.4], "第三章 二十三问"),
    # 其他手册定得了的
    ("巴中居民医保用单行支付药品，一年药费2万，能报多少", None, [12000], "第五章 二问"),
    ("巴中我是公务员，职工医保，在三级医院住院花了两万，公务员医疗补助还能报多少", None, [15440, 2736], "第二章 三十三问"),
    ("巴中居民医保，先在二级医院住院花了5000，又转到三级医院，在那边花了1万，两次一共报多少", None, [5820, 9040],
     "第三章 十二问"),
    ("巴中我们家4个人都交城乡居民医保，其中我妈是低保户，一共要交多少", None, [1300], "第三章 六问"),
    ("克拉玛依我是低保家庭的学生，学校医保我要交多少钱？长护险也想交，一共多少", None, [153], "第2部分"),
    ("克拉玛依学生2025年的医保一直没交，现在2025年8月了想交2025年当年的，个人要交多少", None, [1200], "第2部分"),
    ("巴中乡镇卫生院住院花了两万块，能报多少", None, [17910], "问"),
]


@pytest.mark.parametrize("text,region,figures,section", CASES)
def test_each_calculation_from_the_handbook(text, region, figures, section):
    r = ask(text, region)
    assert r.kind == "calculation", r.text
    for f in figures:
        assert f in nums(r), (f, r.text)
    assert "计算：" in r.text and "按：" in r.text
    assert any(section in s.section for s in r.sources), [s.section for s in r.sources]


@pytest.mark.parametrize("text,needle", [
    ("长治居民医保生双胞胎能多报多少", "没有列出生育多胞胎"),
    ("长治居民怀孕3个月流产，报多少", "终止妊娠"),
    ("巴中我是灵活就业，交职工医保每个月要交多少钱", "最低缴费基数"),
    ("克拉玛依学生医保错过集中缴费期再交，等待期是多久", "自治区"),
    ("长治职工住院5000能报多少", "缺失"),
    ("长治低保边缘家庭，门诊慢性病报完后政策范围内剩1000自己出，救助能给多少", "门诊救助"),
    ("克拉玛依低保户住院报完自己还要出5000，救助多少", "医疗救助"),
])
def test_what_the_handbook_does_not_give_is_said_not_guessed(text, needle):
    r = ask(text)
    assert r.kind == "not_listed" and needle in r.text and r.calculation is None


@pytest.mark.parametrize("text,assumed", [
    ("巴中我是低保户，住院报了之后自己还要出合规费用6000，医疗救助能给多少", "城乡居民医保"),
    ("巴中低保户在三级医院住院花了3万，最后总共能报多少", "城乡居民医保"),
    ("巴中乡镇卫生院住院花了两万块，能报多少", "结果相同"),
    ("巴中高血压两病，降压药一年花了600，能报多少", "结果相同"),
])
def test_the_scheme_is_not_asked_when_the_answer_does_not_depend_on_it(text, assumed):
    r = ask(text)
    assert r.kind == "calculation" and assumed in r.text


def test_the_scheme_is_asked_when_it_changes_the_answer():
    r = ask("巴中三级医院住院花了1万能报多少")
    assert r.kind == "clarify" and r.missing_slots == ["insurance"] and r.suggestions == ["职工", "居民"]


@pytest.mark.parametrize("text,asked", [("长治居民三级医院住院1万能报多少", "grade"),
                                        ("长治居民三乙医院住院1万能报多少", "level"),
                                        ("长治居民去省外住院花了3万", "tier")])
def test_changzhi_hospital_classes_come_from_its_policy_file(text, asked):
    assert ask(text).missing_slots == [asked]


@pytest.mark.parametrize("text,figure", [("长治居民三甲医院住院1万能报多少", 5400), ("长治居民省外三甲医院住院3万，办了转诊，能报多少", 15675),
                                         ("长治居民县里的二甲医院住院1万", 7200), ("长治居民二乙医院住院1万能报多少", 8415)])
def test_changzhi_hospital_classes_compute(text, figure):
    r = ask(text)
    assert r.kind == "calculation" and figure in nums(r)


def test_changzhi_has_no_figures_for_other_hospitals_out_of_the_province():
    r = ask("长治居民在省外三乙医院住院3万能报多少")
    assert r.kind == "invalid" and "省外三级甲等" in r.text
