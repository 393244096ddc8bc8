"""A story told with a question pulls the search toward the entry that shares the story, though that
entry answers another kind of question: how to file asked, whether care at home is paid or who may
file found. Phrasings of our own."""
import pytest

from bot.engine import CALIBRATED_97
from corpus.normalize import normalize
from corpus.qtype import asks_another_kind
from tests.helpers import answer


@pytest.mark.parametrize("question, entry_question", [
    ("怎么办理异地备案", "哪些人可以办理长期异地就医备案？"),
    ("克拉玛依医保怎么备案", "放假回家或休学在老家生病，克拉玛依的医保能报吗？"),
    ("去哪里登记", "城乡居民参保对象为哪些？"),
    # stopping a scheme is a procedure too (its page says how, on the app)
    ("老家那份医保怎么暂停", "原来在老家有医保，在克拉玛依交完费后还能用老家医保吗？"),
])
def test_how_asked_and_whether_or_who_found_is_another_kind(question, entry_question):
    assert asks_another_kind(normalize(question), normalize(entry_question))


@pytest.mark.parametrize("question, entry_question", [
    # a bare 咋办 after a story asks what to do: whether one must file answers it
    ("来不及备案咋办", "在外地出差、旅游急诊抢救，需要办异地备案吗？"),
    # whether asked too
    ("能先承诺备案吗", "备案材料来不及提供怎么办（承诺制备案）？"),
    ("能给我妈交合疗不，咋操作", "能用职工医保个人账户给家里人交居民医保吗？"),
    # the entry says how
    ("怎么办理异地备案", "异地就医备案怎么办理？在哪里备案？"),
])
def test_what_is_not_another_kind(question, entry_question):
    assert not asks_another_kind(normalize(question), normalize(entry_question))


@pytest.mark.parametrize("text, region, said", [
    # the story (someone going to live with family elsewhere) is the entry on who may file
    ("老人要去外地带孙子 咋个办异地备案手续", "巴中", "四川医保"),
    ("退休了去海南养老 怎么办理异地备案", "巴中", "四川医保"),
    # the story (home for the holidays, ill) is the entry on whether care at home is paid
    ("寒假回老家生病了 克拉玛依医保怎么备案", None, "异地就医备案"),
    # the story (insured at home, paying at school too) is the entry on whether home cover still holds
    ("在学校又交了一份 家里那份医保咋个暂停", "克拉玛依", "国家医保服务平台"),
])
def test_how_to_file_after_a_story_is_answered_with_how(engine, text, region, said):
    reply = answer(engine, text, region=region)
    assert reply.kind == "faq" and said in reply.text, reply.text
    assert "办理对象" not in reply.text and "可以享受城乡居民医保待遇" not in reply.text, reply.text


def test_an_entry_of_another_kind_is_never_stated_as_sure(engine):
    # whatever is found, an entry saying whether or who is not stated plainly for how to file
    for text, region in [("老人要去外地带孙子 咋个办异地备案手续", "巴中"), ("寒假回老家生病了 克拉玛依医保怎么备案", None)]:
        reply = answer(engine, text, region=region)
        assert reply.confidence is None or reply.confidence < CALIBRATED_97 or not asks_another_kind(
            normalize("怎么办理异地备案"), normalize(engine.index.entry(reply.sources[0].entry_id).question)), reply.text


def test_whether_asked_after_the_same_story_still_finds_whether(engine):
    reply = answer(engine, "寒假回老家生病了 克拉玛依医保能报吗")
    assert reply.kind == "faq" and "可以享受城乡居民医保待遇" in reply.text and reply.confidence >= CALIBRATED_97, reply.text
