"""Readers asked of one message's texts several times are kept per text (round 42's speed work; replies
byte-identical before and after over every dev turn and its rewritings): the place of care outside the
covered regions, a cancel, a follow-up, small talk, the diseases named. What each returns is what it
returned unkept, and what a caller gets can be changed without reaching the next caller."""
from intents.acts import is_cancel, is_follow_up
from intents.regions import elsewhere_place
from intents.slots import diseases_said
from intents.smalltalk import smalltalk_kind

_TEXTS = ["我爸在郑州住了半个月院 回来能报多少", "算了不用算了 我去问问村里", "那职工医保呢", "谢谢你啊",
          "你好", "老汉有高血压和糖尿病 还装了支架", "住在华西那边做的手术", "巴中城乡居民住院起付线多少"]


def _unkept(reader):
    return reader.__wrapped__


def test_each_kept_reader_reads_as_it_did_unkept():
    for text in _TEXTS:
        for reader in (elsewhere_place, is_cancel, is_follow_up, smalltalk_kind):
            assert reader(text) == _unkept(reader)(text), (reader.__name__, text)
            assert reader(text) == _unkept(reader)(text), (reader.__name__, text)   # (the kept answer)


def test_the_diseases_named_are_a_fresh_list_each_time():
    text = "我妈有糖尿病和冠心病，去年还中风落下后遗症"
    first = diseases_said(text)
    assert {name for _, name, _ in first} >= {"糖尿病"}
    first.clear()                       # a caller changing its list ...
    again = diseases_said(text)
    assert again and again is not first  # ... changes no other caller's
    assert diseases_said("问一下门诊报销比例") == []


def test_a_place_of_care_elsewhere_is_still_read_from_the_text():
    assert elsewhere_place("去成都华西住院了") is not None or elsewhere_place("在郑州住院") is not None
    assert elsewhere_place("在巴中中心医院住院") is None
