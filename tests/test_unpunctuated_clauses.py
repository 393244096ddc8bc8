"""Messages typed with no stop at all: where a clause ends when nothing marks it. The place the asker
names first ("潞城的", "巴中平昌的") is a clause of its own, as when typed apart; the teller after a verb
of going ("又转回我们镇卫生院") is where one went, not a new clause; how many kinds of a care
("门慢一共有好多种病") ends its question before the next, and so do a share asked in points
("单位交几个点") and which paper is needed asked with 啥 ("要带啥材料"); a deed told with the year
it was for ("补交了2026年的") or how much of it ("药吃得多") is story, what 是不是 asks after it the
question; a yes-or-no on a rule (有起付线没) ends before the rule named next (报销比例), and one closed
by 不 before the limit asked of ("能办门慢不限额好多", not 不限 "without a limit"); a list of
years written 2025、2026 by the normalisation is no stop. Phrasings of our own, through the real
engine where the entry is named."""
import pytest

from corpus.normalize import clean
from intents.message import clauses, voiced
from tests.helpers import answer, ids


def read(text):
    return clauses(voiced(clean(text)))


@pytest.mark.parametrize("said, parts", [
    # the care told with where it was had (…去一级医院看门诊) is story; the rule asked after it opens the
    # question (有起付线没), as test_punct42_run_on reads it — the whole still draws the outpatient page
    ("武乡的居民医保去一级医院看门诊有起付线没报销比例",
     ["武乡的", "居民医保去一级医院看门诊", "有起付线没", "报销比例"]),
    ("通江的氟骨症居民医保慢病一年限额好多", ["通江的", "氟骨症居民医保慢病一年限额好多"]),
    ("长治慢病一共有多少种病特病又有多少种", ["长治慢病一共有多少种病", "特病又有多少种"]),
    ("我妈先在县医院住了院又转到我们乡卫生院住起付线还要交不",
     ["我妈先在县医院住了院又转到我们乡卫生院住起付线还要交不"]),
    ("南江的我二零二四二零二五都没交今年交了要等好久",
     ["南江的", "我2024、2025都没交今年交了要等好久"]),
    # a phone asked, then another question ("…打哪个电话缴费的又打哪个")
    ("医保政策上的问题打哪个电话交费的问题又打哪个", ["医保政策上的问题打哪个电话", "交费的问题又打哪个"]),
    ("通江县医保局电话多少地址在哪里", ["通江县医保局电话多少", "地址在哪里"]),
    # a deed told not done yet, then how to do it ("…还没给娃儿办啷个给她上医保")
    ("我儿媳妇上个月生了个孙女屋头忙得很医保还没给娃儿办啷个给她上医保",
     ["我儿媳妇", "上个月生了个孙女屋头忙得很医保还没给娃儿办", "啷个给她上医保"]),
    # a share asked as points ends its question before the next ("…几个点个人…")
    ("职工医保单位交几个点个人交几个点", ["职工医保单位交几个点", "个人交几个点"]),
    # 啥 asks which paper as 啥子 does ("…要带啥材料开始日期咋填")
    ("异地备案要带啥材料开始日期咋填", ["异地备案要带啥材料", "开始日期咋填"]),
    ("转诊要开啥手续报销比例有好多", ["转诊要开啥手续", "报销比例有好多"]),
    # a deed told with the year or months it was for, or how much of it, then whether something follows
    ("我妈上个月补交了三个月的能不能马上住院报销", ["我妈上个月补交了三个月的", "能不能马上住院报销"]),
    ("我爸高血压糖尿病都办了慢病药吃得多是不是两个病的限额能一起用",
     ["我爸高血压糖尿病都办了慢病药吃得多", "是不是两个病的限额能一起用"]),
    # a yes-or-no closed by 不 before the limit asked of (不 限额好多), not 不限 "without a limit"
    ("我妈有帕金森合疗能办门慢不限额一年好多", ["我妈有帕金森合疗能办门慢不", "限额一年好多"]),
])
def test_clauses_of_a_message_typed_without_stops(said, parts):
    assert read(said) == parts


@pytest.mark.parametrize("said", [
    "巴中的医院住院能报多少钱啊",       # 的 before what the place has: no clause of its own
    "长治的人去外地看病要备案吗",
    "四川的居民医保大病保险起付线是多少",   # a place no handbook covers is asked about anyway
    "我妈去年住院没办备案怎么报销",     # how after a deed not done whose object follows: one question
    "交了居民医保的是不是住院都能报销",   # the deed as who asks, not a story told
    "职工医保门诊能报不限次数吗",         # 不限: without a limit
])
def test_a_place_that_qualifies_the_next_word_stays_in_its_clause(said):
    assert len(read(said)) == 1


@pytest.mark.parametrize("spaced, region", [
    ("我儿媳妇上个月生了个孙女 屋头忙得很 医保还没给娃儿办 啷个给她上医保", "巴中"),
    ("医保政策上的问题打哪个电话 交费的问题又打哪个", "克拉玛依"),
    ("沁县的 居民医保去二级医院看门诊 有起付线没 报销比例", None),
    ("平顺的 氟骨症 居民医保慢病一个月限额多少", None),
    ("我们单位给职工交医保 单位交几个点 个人交几个点", "巴中"),
    ("回老家看病备案要传啥材料 开始时间咋填", "克拉玛依"),
    ("我妈去年忘了交 今年十一月才补交了2026年的 是不是一到元旦就能报销 她经常要住院", "巴中"),
    ("我妈有帕金森 合疗能办门慢不 限额一年好多", "巴中"),
])
def test_the_same_entry_with_or_without_stops(engine, spaced, region):
    typed = spaced.replace(" ", "")
    assert ids(answer(engine, typed, region=region))[:1] == ids(answer(engine, spaced, region=region))[:1]
