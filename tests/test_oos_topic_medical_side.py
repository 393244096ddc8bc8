"""A topic outside 医保 named as what the asker has, asked whether 医保 must still be paid: the
handbook's question (克拉玛依 guide, 参保缴费案例 二), not a refusal; the topic itself stays out."""
import pytest

from intents.scope import out_of_scope_topic
from tests.helpers import answer, ids


@pytest.mark.parametrize("text", [
    "我有重疾险 学校的医保还要交吗",
    "朋友说有商业保险就不用交医保了 真的假的",
    "买了百万医疗 医保交了也没啥用吧",
])
def test_paying_medical_insurance_despite_a_commercial_one_is_no_topic_outside(text):
    assert out_of_scope_topic(text) is None


@pytest.mark.parametrize("text", ["重疾险一年交多少钱", "医保报完了商业保险还能报吗", "意外险值得买吗"])
def test_the_commercial_insurance_itself_stays_outside(text):
    assert out_of_scope_topic(text) is not None


@pytest.mark.parametrize("text", [
    "同学说有商业医疗险可以不交学校医保 是真的吗",
    "我家给我买了商业险 辅导员催我交学校的医保 我觉得没必要 非交不可吗",
])
def test_a_student_with_commercial_insurance_gets_the_guide_s_case(engine, text):
    reply = answer(engine, text, region="克拉玛依")
    assert reply.kind == "faq" and "ky-12-03" in ids(reply) and "无法报销" in reply.text, reply.text


@pytest.mark.parametrize("text", ["新农合看门诊开点消炎药能不能报", "合疗拿点退烧药报消得到不", "感冒药门诊统筹报几成"])
def test_medicine_asked_of_the_scheme_by_its_local_name_is_no_medical_advice(text):
    assert out_of_scope_topic(text) is None



@pytest.mark.parametrize("text", [
    "我高考前在老家参加的城乡居民医保，今年录取到克拉玛依校区，入学后就重复参保了，按国家规定是哪边负责通知原参保地终止参保关系？",
    "户口迁移了 医保怎么办",
])
def test_other_affairs_told_as_the_when_or_why_of_ones_cover_are_no_topic_outside(text):
    assert out_of_scope_topic(text) is None


@pytest.mark.parametrize("text", ["高考志愿怎么填", "驾照怎么补办", "个税怎么申报"])
def test_other_affairs_themselves_stay_outside(text):
    assert out_of_scope_topic(text) == "其他政务"


def test_a_double_cover_from_enrolling_gets_the_national_rule(engine):
    reply = answer(engine, "我高考前在老家参加的城乡居民医保，今年录取到克拉玛依校区，入学后就重复参保了，"
                           "按国家规定是哪边负责通知原参保地终止参保关系？", region="克拉玛依")
    assert reply.kind == "faq" and "学籍地医疗保障部门" in reply.text, reply.text
