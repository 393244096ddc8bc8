"""A place whose short name is an ordinary word too (平遥, 房山, 正定: the gazetteer counts them only in
full) opening the message as the asker's place, with 的 and a 医保 word after it: that place's own
policy is asked, declined honestly — never a covered region's rule, never "which region?" as if no
place was named. The same words elsewhere in a sentence stay ordinary words."""
import pytest

from intents.regions import detect_region
from tests.helpers import answer as ask


@pytest.mark.parametrize("text,place", [
    ("平遥的城乡居民医保住院咋报", "平遥"),
    ("我是房山的 职工医保住院报多少", "房山"),
    ("正定的，居民医保交多少", "正定"),
])
def test_an_ordinary_word_place_opening_as_the_askers_is_that_place(engine, text, place):
    assert detect_region(text).unsupported == place
    r = ask(engine, text)
    assert r.kind == "unanswered" and place in r.text and "12393" in r.text, r.text


@pytest.mark.parametrize("text", ["合作医疗怎么交", "光明的前途 医保咋交", "家里长子的医保怎么交", "我们这里平安的 医保好交不"])
def test_the_same_words_said_otherwise_are_no_place(text):
    hit = detect_region(text)
    assert hit.unsupported is None, hit


# ... nor said as where in town one lives or whom one works for ("我是城北的", "我是新城的", "我们是山上的",
# "我是公安的", "我是港口的"): a part of town or an employer, the asker's own region still asked
@pytest.mark.parametrize("text", ["我是城北的 合疗在哪交", "我是新城的 居民医保交多少", "我们是山上的 合疗怎么交",
                                  "我是公安的 职工医保个人账户每月划多少", "我是港口的 职工医保住院报多少"])
def test_a_part_of_town_or_an_employer_opening_is_no_place(engine, text):
    assert detect_region(text).unsupported is None, text
    r = ask(engine, text, region="巴中")
    assert "不能拿别的地方的规定" not in r.text, r.text
