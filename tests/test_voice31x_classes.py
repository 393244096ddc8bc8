"""Classes of failure read on the strangers' voice-31x and dialogues-31x sets, each asked in our own
words through the real engine."""
from tests.helpers import answer, computed


def test_a_misspelt_birth_kind_is_read_by_the_calculation_too(engine):
    # 破腹产 (voice typing's 剖腹产): the bill above the 难产 limit is paid at the limit, as 剖腹产 is —
    # not asked whether it was a stay or an outpatient visit
    r = computed(answer(engine, "老婆交的合疗 破腹产住院花了五千 都在目录内 能报好多", region="巴中"), 3500)
    assert "难产" in r.text, r.text
    assert answer(engine, "合疗破宫产的限额好多", region="巴中").kind == "faq"


def test_the_misspelling_is_written_right_before_the_clauses(engine):
    lexicon = engine.index.segmenter.lexicon
    assert lexicon.misspelt("破腹产花了4200") == "剖腹产花了4200"
    # (the words around are left as said: 破 alone is no birth)
    assert lexicon.misspelt("手破了 缝针能报不") == "手破了 缝针能报不"
