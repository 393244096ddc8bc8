"""Two classes a merge broke. A 个人账户 paying relatives' 居民 fee, its sum asked, reads the same scheme alone
(`scheme_read`) as in the whole message — theirs, 居民, no conflict — whether or not the people paid for are
counted. A 救助 asked for a group with no 常规救助 row of its own is never answered by the 倾斜救助 page
(a kind of 救助 the question does not name) drawn by its stay and group words."""
import pytest

from intents.slots import BOTH_SCHEMES_NOTE, extract, scheme_read
from tests.helpers import answer


@pytest.mark.parametrize("text", [
    "拿我职工医保的个账给我爸妈两个交明年的居民医保 一共扣多少",
    "个人账户帮岳父岳母续合疗 我是单位职工 要扣好多钱",
    "用职工个人账户给屋头亲戚交合疗 要扣好多",        # (nobody counted: the scheme still theirs)
])
def test_an_account_paying_relatives_fee_reads_one_scheme_alone_and_whole(text):
    whole, alone = extract(text), scheme_read(text)
    assert whole.get("insurance") == alone.get("insurance") == "居民", (whole.values, alone.values)
    assert BOTH_SCHEMES_NOTE not in whole.notes and BOTH_SCHEMES_NOTE not in alone.notes


@pytest.mark.parametrize("text", [
    "事实无人抚养的娃儿在巴中住了院 医疗救助给好多",
    "孤儿住院 巴中的医疗救助报多少",
])
def test_a_group_without_its_own_routine_row_is_not_given_the_tilted_page(engine, text):
    reply = answer(engine, text)
    assert reply.kind == "clarify" and "倾斜救助" not in reply.text and "70%" not in reply.text, reply.text


def test_the_tilted_page_still_answers_care_outside_the_province(engine):
    reply = answer(engine, "特困人员跑到省外医院看病 倾斜救助还给不给", region="巴中")
    assert reply.sources and reply.sources[0].entry_id == "bz-6-05-g" and "省域内" in reply.text, reply.text
