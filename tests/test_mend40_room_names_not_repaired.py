"""A room's name glued to the locative after it (化验室里, 留观室里, 卫生室内) is that room — its 室 is never taken for
the 市 of a term (市里, 市内) read by sound; after 去 / 在 alone a 室里 may still be the slip for 市里."""
import pytest

from tests.helpers import answer


@pytest.fixture(scope="module")
def index(engine):
    return engine.index


@pytest.mark.parametrize("text,room", [
    ("在医院化验室里抽了几管血 这个能报不", "化验室里"),
    ("我爸在留观室里观察了一晚上", "留观室里"),
    ("村卫生室内拿的药", "卫生室内"),
    ("在急救室里躺了半天", "急救室里"),
])
def test_a_room_with_its_locative_is_kept(index, text, room):
    assert room in index.analyze(text).rewritten


@pytest.mark.parametrize("text", ["去室里大医院看病", "在室里住院能报多少"])
def test_a_slip_after_going_is_still_repaired(index, text):
    assert "市里" in index.analyze(text).rewritten


def test_an_emergency_room_stay_is_not_read_as_the_city(engine):
    r = answer(engine, "半夜送到急诊 在抢救室里待了一宿 后来转住院了 急诊那部分能一起报不", region="巴中")
    assert "市本级" not in r.text, r.text
