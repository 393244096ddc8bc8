"""配偶 补差 for a birth (巴中: 职工 spouse, mother in 居民医保 already paid): the asker's 职工 said by a sign
of it before the scheme's name ("我在单位上班 职工医保", "我单位上班的"), the wife's 居民 with why between
("老婆没工作 参加的城乡居民") — the couple's two schemes, the difference computed as the handbook defines
it (顺产 3500 − 2000 = 1500; 产前检查费 800 − 500 = 300; 第二章 九问、二十八问, 第三章 十四问), never
asked which one scheme the asker holds."""

import pytest

from tests.helpers import answer, computed


@pytest.mark.parametrize("text,figures", [
    ("我在单位上班 交的职工医保 媳妇没上班 参加的城乡居民 刚顺产 居民那边报过了 配偶补差一共能补好多", (1500, 300, 1800)),
    ("我在单位上班 职工医保 老婆没工作 买的城乡居民 顺产生了 居民报完了 我这边还能补差好多", (1500, 300)),
])
def test_the_couples_two_schemes_give_the_difference(engine, text, figures):
    computed(answer(engine, text, region="巴中"), *figures, name="maternity")
