"""A short question after another that names its own scheme ("职工住院一年最多报多少" after 居民's) is
read with the topic of the one before, never with its scheme: the other scheme's word would find that
scheme's page, a figure for the wrong scheme. Own phrasings, through the real engine."""
import pytest

from tests.helpers import talk


@pytest.mark.parametrize("turns,region,wanted,unwanted", [
    # 巴中: 职工 basic 14万 (66万 with the other funds), 居民 11万
    (["城乡居民住院一年最多报好多", "职工住院一年最多报好多"], "巴中", "14万", "11万"),
    (["职工医保住院一年最多能报多少", "居民住院一年最多报多少"], "巴中", "11万", "14万"),
])
def test_the_second_questions_own_scheme_is_answered(engine, turns, region, wanted, unwanted):
    _, r = talk(engine, turns, region=region)
    assert wanted in r.text and unwanted not in r.text, r.text
