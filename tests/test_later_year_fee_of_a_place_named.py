"""A later year's fee asked of a place the handbooks do not cover, in a chat of a covered region: the
place named is asked of, never the chat region's handbook year and fee given for it."""
from tests.helpers import answer as ask


def test_a_later_year_of_an_uncovered_place_is_not_the_chats_regions(engine):
    r = ask(engine, "太原2027年城乡居民医保要交多少", region="巴中")
    # (巴中 第三章 六问's 400 is 巴中's 2026 fee: no figure of 太原's)
    assert "400" not in r.text and "巴中的医保手册" not in r.text, r.text
