"""Long replies cut into messages under each channel's limit, nothing lost."""
import pytest

from bot.channels.chunks import split_text, utf8_len, utf16_len


@pytest.mark.parametrize("limit,size", [(4096, utf16_len), (2000, utf8_len), (50, len)])
def test_parts_fit_and_keep_the_text(limit, size):
    text = "\n".join(f"第{i}条：参保人员住院发生的政策范围内费用，按规定比例报销。😀" * (i % 4 + 1) for i in range(300))
    parts = split_text(text, limit, size)
    assert len(parts) > 1
    assert all(0 < size(p) <= limit for p in parts)
    assert "".join(parts).replace("\n", "") == text.replace("\n", "")


def test_short_text_is_one_part():
    assert split_text("你好", 4096, utf16_len) == ["你好"]


def test_cuts_prefer_line_ends():
    text = "甲" * 30 + "\n" + "乙" * 30
    assert split_text(text, 40) == ["甲" * 30, "乙" * 30]


def test_one_long_line_is_cut_at_sentence_ends_then_anywhere():
    text = "一二三四五。" * 10 + "长" * 100
    parts = split_text(text, 20)
    assert parts[0] == "一二三四五。" * 3
    assert all(len(p) <= 20 for p in parts)
    assert "".join(parts) == text


def test_utf16_counts_emoji_as_two():
    assert utf16_len("😀") == 2 and utf8_len("😀") == 4 and utf8_len("医") == 3
