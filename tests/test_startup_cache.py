"""What a start loads from the cache folder instead of building: kept by the content of what it is
built from, rebuilt when any of it changes or the file is damaged, and answering exactly as a
freshly built engine does."""
import pickle

import pytest

from bot.engine import Engine
from bot.reply import Message
from bot.session import Session
from corpus.entries import load_entries
from corpus.segment import Segmenter
from regions import diskcache


@pytest.fixture
def cache_dir(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    return tmp_path / "yibao"


def test_kept_is_built_once_then_loaded_and_rebuilt_when_an_input_changes(cache_dir, tmp_path):
    source = tmp_path / "data.txt"
    source.write_text("one")
    built = []

    def build():
        built.append(source.read_text())
        return {"text": source.read_text()}

    assert diskcache.kept("thing", [source], build) == {"text": "one"}
    assert diskcache.kept("thing", [source], build) == {"text": "one"}
    assert built == ["one"]
    source.write_text("two")
    assert diskcache.kept("thing", [source], build) == {"text": "two"}
    assert diskcache.kept("thing", [source], build, "library 2.0") == {"text": "two"}   # a version is an input
    assert built == ["one", "two", "two"]
    assert len(list(cache_dir.glob("thing-*.pickle"))) == diskcache.KEEP


def test_a_damaged_or_unwritable_cache_costs_only_the_build(cache_dir, tmp_path, monkeypatch):
    source = tmp_path / "data.txt"
    source.write_text("one")
    diskcache.kept("thing", [source], lambda: 1)
    [kept] = cache_dir.glob("thing-*.pickle")
    kept.write_bytes(b"not a pickle")
    assert diskcache.kept("thing", [source], lambda: 2) == 2
    assert diskcache.kept("thing", [source], lambda: 3) == 2            # rewritten whole
    kept.write_bytes(pickle.dumps(("another key", 4)))
    assert diskcache.kept("thing", [source], lambda: 5) == 5            # a file that is not this key's is not read
    blocker = tmp_path / "blocker"
    blocker.write_text("")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocker))                  # the folder cannot be made
    assert diskcache.kept("thing", [source], lambda: 6) == 6


def test_a_segmenter_read_back_cuts_as_the_one_built():
    built = Segmenter()
    loaded = pickle.loads(pickle.dumps(built))
    for text in ["巴中城乡居民医保什么时候交费", "门诊慢特病怎么申请", "克拉玛依职工医保异地就医备案"]:
        assert loaded.tokens(text) == built.tokens(text)


def test_the_engine_from_the_cache_answers_as_one_built_from_the_entries(cache_dir):
    built = Engine(list(load_entries()), cache=False)
    Engine()                                # builds and keeps the corpus
    assert list(cache_dir.glob("corpus-*.pickle"))
    loaded = Engine()                       # loads it
    for text in ["巴中居民医保什么时候交费？", "克拉玛依学生医保交多少钱", "长治职工医保住院报销比例",
                 "门诊慢特病怎么申请", "住院一万块能报多少", "公积金怎么提取"]:
        a = built.answer(Message(text=text, channel="test"), Session())
        b = loaded.answer(Message(text=text, channel="test"), Session())
        assert a.model_dump() == b.model_dump(), text


def test_a_checkout_elsewhere_keeps_its_own_index(cache_dir, tmp_path, monkeypatch):
    """The kept index holds the path of a data file it reads later (jieba's tags): a second
    checkout, or the repository moved, builds its own instead of reading the other's."""
    import shutil

    from bot import corpus_cache
    corpus_cache.shipped()
    copy = tmp_path / "elsewhere" / "faq"
    shutil.copytree(corpus_cache.FAQ_DIR, copy)
    monkeypatch.setattr(corpus_cache, "FAQ_DIR", copy)
    corpus_cache.shipped()
    assert len(list(cache_dir.glob("corpus-*.pickle"))) == 2
