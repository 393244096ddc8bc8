"""Classes of the strangers' thirty-eighth places set, second part: care abroad told in a story, the
question after it bare."""
import pytest

from intents.regions import care_abroad_said
from tests.helpers import answer as ask, ids


@pytest.mark.parametrize("text", ["跟团去越南耍 在那边病了住了三天院 回来合疗报得到不",
                                  "我妈去日本玩摔了一跤 在医院缝了几针 回来咋报",
                                  "娃儿在英国留学 在那边做了个手术 医保能报不"])
def test_care_abroad_told_before_a_bare_question_is_the_abroad_rule(engine, text):
    # the question clause alone ("回来咋报") finds the 市外 page; the story says where the care was
    reply = ask(engine, text, region="巴中")
    assert reply.kind == "faq" and ids(reply)[0] == "bz-1-06-d"
    assert "境外" in reply.text and "不予支付" in reply.text and "市外住院" not in reply.text


def test_care_abroad_is_told_only_of_care_or_a_stay_there():
    assert care_abroad_said("去泰国旅游 在那边住了院")
    assert care_abroad_said("出国期间生病了")
    assert not care_abroad_said("泰国的医保怎么样")
    assert not care_abroad_said("去成都住院 回来咋报")


@pytest.mark.parametrize("text,county", [("恩阳的 我爸有精神病 认定在哪家医院", "恩阳区"),
                                         ("巴州区的 家里老人有个慢性病 想认定 去哪个医院", "巴州区")])
def test_a_chronic_illness_recognition_never_finds_the_negotiated_drug_pages(engine, text, county):
    # the 国谈药 pages share the county, 认定 and 医院 with the 慢特病 pages; neither 药 nor 国谈 is said
    reply = ask(engine, text, region="巴中")
    assert reply.kind == "faq" and ids(reply)[0].startswith("bz-4-07")
    assert county in reply.text and "国谈" not in reply.text.split("如果不是")[0]


def test_the_negotiated_drug_pages_still_answer_when_the_drug_is_named(engine):
    reply = ask(engine, "巴州区 国谈药去哪认定", region="巴中")
    assert ids(reply)[0] == "bz-5-05-a" and "国谈药品" in reply.text


def test_a_deductible_asserted_of_a_stay_out_of_the_province_is_checked_against_its_one_column(engine):
    # 长治's 居民 table has one 省外 column (一类): a figure said of 省外 with no hospital named is checked
    # against it, not left unchecked among the five tiers' figures
    reply = ask(engine, "合疗到外省看病住院 起付线是500对不对", region="长治")
    assert reply.text.startswith("不是500") and "1500元" in reply.text and "省外" in reply.text
    reply = ask(engine, "合疗到外省看病住院 起付线是1500对不对", region="长治")
    assert reply.text.startswith("对") and "1500元" in reply.text


def test_a_page_naming_special_drugs_beside_the_case_asked_is_not_set_aside(engine):
    # 长治's 门诊救助 page names 门诊慢性病 and 门诊特药 together: a 慢性病 question keeps it
    reply = ask(engine, "低保户看门诊慢性病 医保报完剩下的救助几成", region="长治")
    assert reply.kind == "faq" and "门诊慢性病" in reply.text and "救助" in reply.text
