"""A follow-up pointing back at what the answer before gave ("过了这个时间再交会咋样" after the payment
window, "南江那边下午几点下班" after that county's office): read with it, not refused nor asked back.
Own phrasings, through the real engine and the batch contract."""
import pytest

from tests.helpers import talk

# ---- "过了这个时间": the time the answer gave (克拉玛依 第2部分: 集中缴费期过后参保缴费人员设置待遇等待期)


@pytest.mark.parametrize("follow_up", ["过了这个时间再交会咋样", "错过了那个期限再交会咋样"])
def test_past_the_time_just_given_is_the_waiting_period(engine, follow_up):
    *_, r = talk(engine, ["这学年医保集中缴费截止是啥时候", follow_up], region="克拉玛依")
    assert r.kind == "faq" and "等待期" in r.text, r.text


# ---- "X那边" + its office's hours, after an office was asked (巴中 第七章四问: 南江县 14:00-18:00, 0827-8227681;
# 平昌县 0827-6229907)


@pytest.mark.parametrize("turns, needle", [
    (["恩阳区医保窗口在哪儿 电话好多", "南江的呢", "南江那边下午几点下班"], "18:00"),
    (["通江医保窗口电话多少", "南江那边几点开门"], "0827-8227681"),
    (["通江医保窗口电话多少", "平昌那边几点下班"], "0827-6229907"),
])
def test_a_countys_office_hours_pointed_at(engine, turns, needle):
    *_, r = talk(engine, turns, region="巴中")
    assert r.kind == "faq" and needle in r.text, r.text
    assert "不在我的医保政策手册范围内" not in r.text, r.text


def test_these_conversations_through_the_batch_contract(tmp_path):
    from test_dialogues import _batch
    rows = _batch(tmp_path, {
        "time": ("克拉玛依", ["救命 这学年医保集中缴费ddl是啥时候", "过了这个时间再交会咋样"]),
        "hours": ("巴中", ["恩阳区医保窗口在哪儿 电话好多", "南江的呢", "南江那边下午几点下班"]),
    })
    assert rows["time-1"]["kind"] == "faq" and "等待期" in rows["time-1"]["text"]
    assert rows["hours-2"]["kind"] == "faq" and "18:00" in rows["hours-2"]["text"]
