"""Confident wrong answers, round 16: whether one scheme may be taken without another ("只买长护险
不买医保可以吗") answered by an entry that says only whether to take the one (自愿选择, its fee)."""
import pytest

from corpus.qtype import missing_answer
from tests.helpers import answer, ids


# ---- one scheme taken apart from another ---------------------------------------------------------

@pytest.mark.parametrize("text", [
    "我只想买长护险不买医保可以吗",
    "能不能只交长护险 医保先不交",
    "长护险能不能单独买 不买医保",
    "可以不交医保单独交长护险吗",
])
def test_taking_one_scheme_without_another_asks_how_they_are_tied(text):
    assert missing_answer(text, "城乡居民补充长期护理保险：自愿选择（53元）。") == "单独"
    assert missing_answer(text, "居民长护随居民医保同步缴费，不受居民医保集中缴费期限制，不得单独参加长护险。") is None


@pytest.mark.parametrize("text", [
    # a separate fee asked, or a separate filing: no scheme taken without another
    "大病保险要不要另外单独交钱",
    "出去旅游突然急诊住院 需要单独备案吗",
    "尿毒症透析有没有单独的限额",
])
def test_other_separate_things_are_not_a_scheme_taken_apart(text):
    assert missing_answer(text, "不需要。") is None


def test_a_fee_or_a_free_choice_is_never_stated_as_whether_one_may_be_taken_alone(engine):
    reply = answer(engine, "我只想买长护险不买医保可以吗", region="克拉玛依")
    # (the entry on ticking 长护险 at registration says 自愿选择（53元）, which reads as "yes")
    assert "ky-05-04" not in ids(reply), reply.text
    reply = answer(engine, "能只交长护险不交医保吗", region="克拉玛依")
    assert reply.kind == "faq" and "不得单独" in reply.text, reply.text


# ---- a handbook answer cut short in its entry ----------------------------------------------------

@pytest.mark.parametrize("text, region, said", [
    # 四十三: the handbook's example says what 个人自费 is in the words people know (医保目录外)
    ("个人自付和个人自费有啥区别", "巴中", ("目录外", "全额")),
    # 十六问's example is stated with the rule it shows (职工医保满12个月, 生育保险缴满12个月后)
    ("灵活就业2025年1月参保当月就生了 生育津贴好久领", "巴中", ("12个月", "98天")),
    # 四、医疗保险政策咨询 lists three phones in one column: the school's is stated with the others
    ("校区医保有问题打什么电话", "克拉玛依", ("0990-6633057", "0990-6612393", "12366")),
])
def test_an_entry_states_what_its_handbook_passage_says_with_it(engine, text, region, said):
    reply = answer(engine, text, region=region)
    assert reply.kind == "faq" and all(w in reply.text for w in said), reply.text


# ---- two named and each asked, one answered -------------------------------------------------------

@pytest.mark.parametrize("text, pair", [
    ("大骨节病 跟 克山病 各是多少限额", ("节病", "克山")),          # spaced apart
    ("办了临时备案跟压根没备案 报销比例各降好多", ("临时备案", "没备案")),   # 各降; 压根 no group; the whole words
    ("在职跟退休的有啥不一样", ("在职", "退休")),
])
def test_the_two_compared_are_read_through_spaces_and_adverbs(text, pair):
    from corpus.qtype import compared
    assert compared(text) == pair


def test_an_entry_on_one_of_two_each_asked_is_not_stated(engine):
    # the 大骨节病 row alone (150元) was stated for both, the 克山病 row offered only as another reading
    # (both rows, each labelled as the asker named it, answer it)
    reply = answer(engine, "长治居民医保 大骨节病 跟 克山病 各是多少限额")
    assert not (reply.kind == "faq" and "150" in reply.text and "克山病" not in reply.text.split("来源")[0]
                and "【克山病】" not in reply.text), reply.text
    if "【克山病】" in reply.text:
        assert "【大骨节病】" in reply.text and "300" in reply.text, reply.text


# ---- 慢病 said as what the asker does not reach ---------------------------------------------------

@pytest.mark.parametrize("text, said", [
    ("我爸血压高 每天吃降压药 医生说够不上办慢病的标准 这种买药能报好多", "200"),
    ("血压有点高天天吃降压药 但是够不上慢病 一年报好多", "200"),
])
def test_below_the_chronic_standard_is_the_two_diseases_row_not_the_chronic_one(engine, text, said):
    # the 慢病 row (居民医保600元, 90%) was stated for a case the handbook calls 两病 (50%, 200元)
    reply = answer(engine, text, region="巴中")
    assert reply.kind == "faq" and "50%" in reply.text and said in reply.text, reply.text
    assert "bz-4-03-d06" not in ids(reply), reply.text
