"""Voice-typed messages (no stop at all): more places where a clause ends when nothing marks it. A
yes-or-no asked with 算…不 ("甲减算慢性病不") before the next question (not 打算, 结算: "结算不了" is
one question); a time word after what was told with 过 ("…都没报过今年…"); the teller's next clause
after a figure and its unit ("…没到3级听说…"); how long until something comes of a deed told done
("…都交上去了多久能到账"); which papers, before a yes-or-no asked in 吗 ("…要传什么材料可以随时撤销吗");
the thing asked about pointed at again with 那个 ("…医生说要先交押金那个住院的起付线是多少"), not what a
deed is done to (交那个) nor 那个时候; what the asker should do, after the case told ("…我是在户籍地看病
应该办哪种备案"), not 本来应该.
Diseases named one after another with nothing between are named together ("冠心病糖尿病…各报多少"),
as with 和 or a comma between. A question said first, then a story of someone of the household
("…一年最多赔好多我爸肺癌花钱跟流水一样"), is read without that story too, as a story told before it
is; a remark on the question's own matter after it ("…长治的医生说不让喝") is not dropped. Phrasings of
our own, through the real engine."""
import pytest

from corpus.normalize import clean
from intents.message import clauses, per_disease, voiced
from tests.helpers import answer, ids


def read(text):
    return clauses(voiced(clean(text)))


@pytest.mark.parametrize("said, parts", [
    ("甲减算慢性病不一个月给报多少", ["甲减算慢性病不", "一个月给报多少"]),
    ("我前年一分钱都没报过今年有什么奖励不", ["我前年一分钱都没报过", "今年有什么奖励不"]),
    ("俺爹血压一直160多没到3级听说两病能报药费俺爹能办不一年最多报多少",
     ["俺爹血压一直160多没到3级", "听说两病能报药费", "俺爹能办不", "一年最多报多少"]),
    ("我在老家住院花了三千多全是自己垫的回学校把材料都交上去了多久能到账",
     ["我在老家住院花了三千多全是自己垫的回学校把材料都交上去了", "多久能到账"]),
    ("异地临时备案要传什么材料可以随时撤销吗", ["异地临时备案要传什么材料", "可以随时撤销吗"]),
    # what the asker should do, asked after the case told
    ("放暑假回河南老家万一生病想在老家医院直接结算我是在户籍地看病应该办哪种备案",
     ["放暑假回河南老家", "万一生病想在老家医院直接结算", "我是在户籍地看病", "应该办哪种备案"]),
    # the thing asked about pointed at again with 那个 after the story
    ("我妈下周要去住院了医生说要先交押金那个住院的起付线是多少", ["我妈下周要去住院了", "医生说要先交押金", "那个住院的起付线是多少"]),
    ("我爸跟我在深圳带孙子一年都不回来他那个合疗在深圳住院咋个报",
     ["我爸跟我在深圳带孙子一年都不回来", "他那个合疗在深圳住院咋个报"]),
])
def test_where_a_voice_typed_clause_ends(said, parts):
    assert read(said) == parts


@pytest.mark.parametrize("said", [
    "在外地医院结算不了回来咋个报销",       # 结算不了: no 算…不 asked
    "我打算明年再交合疗不知道要等多久",     # 打算
    "要准备什么材料才能办吗",               # what the papers are for, one question
    "我要交那个大病保险的钱一年交多少",     # 那个 as what a deed is done to
    "我妈去年在县医院住院那个时候没带医保卡",   # 那个时候: when
    "这种情况本来应该是谁出钱呢我们家",     # 本来应该: what should have been
])
def test_one_voice_typed_question_stays_one(said):
    assert len(read(said)) == 1


def test_diseases_said_in_a_row_are_named_together():
    assert per_disease("冠心病糖尿病新农合每个月各报多少") == ["冠心病新农合每个月各报多少", "糖尿病新农合每个月各报多少"]
    assert per_disease("糖尿病肾病每个月各是多少") == ["糖尿病肾病每个月各是多少"]


@pytest.mark.parametrize("spaced, region", [
    ("甲减算慢性病不 一个月给报多少", "长治"),
    ("我前年一分钱都没报过 今年有什么奖励不", "巴中"),
    ("冠心病 糖尿病 新农合每个月各报多少", "长治"),
    ("我爸吃降糖药好几年了 没到慢病那个标准 那个两病要带啥子资料去认定不", "巴中"),
])
def test_the_same_reply_with_or_without_stops(engine, spaced, region):
    apart = answer(engine, spaced, region=region)
    typed = answer(engine, spaced.replace(" ", ""), region=region)
    assert apart.kind == "faq" and (typed.kind, ids(typed)) == (apart.kind, ids(apart))


@pytest.mark.parametrize("said, story, region", [
    ("合疗的大病保险一年最多赔好多", "我爸肺癌花钱跟流水一样", "巴中"),
    ("城乡居民医保门诊一年最多能报多少钱啊", "我妈老去拿药", "长治"),
])
def test_a_story_of_the_household_after_the_question(engine, said, story, region):
    alone = answer(engine, said, region=region)
    told = answer(engine, said + story, region=region)
    assert alone.kind == "faq" and (told.kind, ids(told)[:1]) == ("faq", ids(alone)[:1])


def test_a_remark_on_the_question_after_it_is_kept(engine):
    # (what the doctor said is of the question's own matter: no page of the handbooks answers it)
    assert answer(engine, "高血压能不能喝酒 长治的医生说不让喝", region="长治").kind == "unanswered"
