"""A figure asserted as a raise of the 大病 cap ("是不是加8000") is checked against the raise computed;
a word that bounds or sizes the figure itself (最多, 差不多, 好多) asserts the cap, never a raise."""
import pytest

from intents.premise import _CHANGE_SAID


@pytest.mark.parametrize("before,raise_said", [
    ("限额是不是加", True), ("今年是不是提高了", True), ("限额是不是多", True), ("是不是涨", True),
    ("一年最多", False), ("顶多", False), ("差不多", False), ("好多", False), ("限额是", False),
])
def test_a_raise_is_said_by_its_verb_not_by_a_bound(before, raise_said):
    assert bool(_CHANGE_SAID.search(before)) is raise_said
