"""Conversations, round 37x (second pass): the classes a stranger's conversations showed, in own
phrasings, through the real engine."""
from intents.slots import extract
from tests.helpers import computed, talk


# ---- another city of the region's own province said without its name ("省内其他城市") after a sum
# for care in another province: the province's own rows (长治 居民门诊: 省内其他统筹区按参保地待遇), as a
# city of it named would be; "外省" said after it goes back to the other province's row

def test_a_city_of_the_province_unnamed_is_read_as_in_the_province():
    for said in ("那在省内其他城市看呢", "本省别的地方呢", "省内外地看的门诊"):
        assert extract(said).get("care_in_province"), said
    assert not extract("在省外看的门诊").get("care_in_province")


def test_the_province_unnamed_after_a_sum_out_of_it(engine):
    out, inside, again = talk(engine, ["城乡居民 临时去外省 在二级医院看门诊花了300 能报多少",
                                       "那换成省内其他城市呢", "那还是外省呢"], region="长治")
    computed(out, 135)              # 300 × (55% − 10%)
    computed(inside, 165)           # 300 × 55%, the region's own row
    assert "降低" not in inside.text, inside.text
    computed(again, 135)
