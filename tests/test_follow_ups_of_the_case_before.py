"""Follow-ups that change one thing of the case just answered or computed, through the real engine and
the batch contract: a group's own 大病 threshold after a 大病 calculation whose story names the stay
first; a hospital's grade corrected, the level said of where it is kept; the question before asked of
another relative ("我姐也可以不"); whether the asker works, said once, held; and a shorter wait asked
after a waiting period was computed. Own phrasings, from the handbooks."""
import json
import os
import subprocess
import sys

import pytest

from tests.helpers import computed, talk

# ---- a group's threshold after a 大病 calculation told as a stay ("…住院 … 大病能报好多"): that group's
# own 大病 threshold, computed — not the page of the reduction alone, nor the stay's deductible
# (巴中 第三章二十四问: 14448 × 50% = 7224; 长治 医疗救助范围: 特困、低保 大病保险起付线 5000 元)


@pytest.mark.parametrize("region, turns, figure", [
    ("巴中", ["老汉住院了 基本医保报完自己出的合规费用三万 大病保险能报好多", "他要是特困人员 起付线是多少"], 7224),
    ("巴中", ["我妈住院 医保报了以后自付的合规费用四万 大病报好多", "要是低保户的话 起付线好多"], 7224),
    ("长治", ["俺爹住院 医保报完个人合规自付两万 大病保险报多少", "要是低保户 起付线多少"], 5000),
])
def test_a_groups_threshold_after_a_serious_illness_calculation(engine, region, turns, figure):
    *_, r = talk(engine, turns, region=region)
    computed(r, figure)


# ---- a grade corrected or varied after a stay computed at a level said of where the hospital is (市里):
# the level holds — never asked again (长治 居民住院表: 二类 省市级 500 / 70%, 一类 省市级 1000 / 60%)


@pytest.mark.parametrize("again, figure", [("打错了 是二级甲等", 6650), ("说错了，是二甲医院", 6650), ("那三甲呢", 5400)])
def test_a_grade_said_again_keeps_the_level_said_of_the_place(engine, again, figure):
    first, r = talk(engine, ["长治居民 在市里的三级乙等医院住院 花了一万 报多少", again], region="长治")
    computed(first, 6650)
    computed(r, figure)
    assert "县级还是" not in r.text, r.text


# ---- the question before asked of another relative ("我姐也可以不"): the rule on whose cover the
# account pays, whose list names them (巴中 第二章二十五问: 近亲属 … 兄弟姐妹)


@pytest.mark.parametrize("also", ["我姐也可以不", "那我哥也能用不", "俺弟弟也行不"])
def test_a_relative_asked_after_a_rule_is_the_rule_for_them(engine, also):
    *_, r = talk(engine, ["个人账户的钱能给我妈交合疗不", also], region="巴中")
    assert r.kind == "faq" and "兄弟姐妹" in r.text, r.text


# ---- whether the asker works, said as a job begun ("刚参加工作", "刚进单位"), holds: a 职工 page that
# differs by it is theirs, not both side by side (巴中 第二章十一问: 在职 2%; 十二问: 退休 2.8%)


@pytest.mark.parametrize("first", ["刚参加工作 职工医保要交多久才能报", "我刚进单位 职工医保好久能用"])
def test_a_job_begun_holds_for_the_account_asked_next(engine, first):
    *_, r = talk(engine, [first, "个人账户每个月划多少"], region="巴中")
    assert r.kind == "faq" and "2%" in r.text and "2.8%" not in r.text, r.text


# ---- a shorter wait asked right after a waiting period computed for a gap: the repair's rule, and
# what paying the gap back makes of that case (巴中 第三章十问: 断3年 3 + 2 = 5 个月, 修复后 3 个月)


@pytest.mark.parametrize("ask", ["有啥子办法少等点不", "能不能少等点 听说可以补缴"])
def test_a_shorter_wait_asked_after_a_gap_gives_the_repaired_case(engine, ask):
    first, r = talk(engine, ["2024 2025 2026三年都没交居民医保 2027年集中缴费期交的 多久能报", ask], region="巴中")
    computed(first, 5)
    assert r.kind == "faq" and "修复" in r.text and "等待期 3 个月" in r.text, r.text


def test_a_shorter_wait_after_a_one_year_gap_adds_nothing(engine):
    # (one year without cover waits the fixed months alone: paying it back changes nothing)
    *_, r = talk(engine, ["2026年没交居民医保 2027年集中缴费期交的 多久能报", "能不能少等点 听说可以补缴"], region="巴中")
    assert "补缴修复的话" not in r.text, r.text


# (speed or earliness of something else asked after it, "报销能不能快点到账", "提前备案要带啥": no repaired case)
@pytest.mark.parametrize("ask", ["报销能不能快点到账", "提前备案要带啥"])
def test_other_haste_after_a_gap_adds_no_repaired_case(engine, ask):
    *_, r = talk(engine, ["2024 2025 2026三年都没交居民医保 2027年集中缴费期交的 多久能报", ask], region="巴中")
    assert "补缴修复的话" not in r.text, r.text


# ---- the question before asked of the one covered place a story names ("…在巴中参的保 他那边呢"): that
# place's rule, not its other pages (巴中 第四章十七问: 两病 高血压200元，糖尿病300元)


@pytest.mark.parametrize("there", ["俺儿子在巴中上班 在巴中参的保 他那边呢", "闺女嫁到巴中了 在巴中参的保 她那边的呢"])
def test_the_question_before_asked_of_the_place_a_story_names(engine, there):
    first, r = talk(engine, ["俺有糖尿病 天天吃降糖药 新农合两病一年最多报多少", there], region="长治")
    assert "360" in first.text, first.text
    assert r.kind == "faq" and "300" in r.text and "360" not in r.text, r.text


# ---- another case's follow-up ("俺老伴是糖尿病呢") after a question answered while a form waits for its
# fact: that question asked of the case changed, not a fact for the form (长治 居民两病: 高血压 260 元,
# 糖尿病 Ⅰ型 480 元, 其他 360 元)


@pytest.mark.parametrize("other, needle", [("俺老伴是糖尿病呢", "360"), ("那俺老伴是糖尿病呢", "480")])
def test_another_case_after_a_question_answered_while_a_form_waits(engine, other, needle):
    *_, r = talk(engine, ["俺有高血压 够不上门诊慢性病 两病能报多少", "一年最多报多少", other], region="长治")
    assert r.kind == "faq" and needle in r.text and "已记下" not in r.text, r.text


# ---- a bill told right after a question on one kind of care answered with no offer to compute (two
# questions in one): computed as that care's, not the page the bill's words find (甲类药 → 两病's rates)
# (长治 居民门诊统筹: 三级 起付80元 45%, 二级 不设起付线 55%, 年度限额300元)


@pytest.mark.parametrize("first, bill, figure", [
    ("居民医保看门诊能报不 二级医院报多少", "俺上回花了300 都是甲类药 能报多少", 165),
    # (县里 places the care by its level, no topic the pages lack: the second part is 门诊统筹's rates, not referred)
    ("新农合看门诊能报不 县里二级医院报多少", "那上个月花了500 大夫开的甲类药 能报多少", 275),
    ("新农合看门诊能报不 市里三级医院报多少", "上回花了480 能报多少", 180),
])
def test_a_bill_after_a_question_on_one_kind_of_care_is_computed_for_it(engine, first, bill, figure):
    *_, r = talk(engine, [first, bill], region="长治")
    computed(r, figure, name="outpatient")


@pytest.mark.parametrize("first", ["城乡居民医保一年交多少", "住院和门诊有啥区别"])
def test_a_bill_after_a_question_on_no_one_kind_of_care_is_not_computed_for_a_guess(engine, first):
    # (a fee asked, or two kinds of care: no calculation the bill belongs to — never the fee, never 住院 guessed)
    *_, r = talk(engine, [first, "我花了500 能报多少"], region="巴中")
    assert r.kind != "calculation" and "在哪一级医院" not in r.text, r.text


@pytest.mark.parametrize("money", ["我一个月工资4000 能报多少", "交了押金5000 能报多少"])
def test_money_that_is_no_bill_after_a_question_on_care_is_not_computed(engine, money):
    # (a wage or a deposit is no bill of the care asked before: no stay's hospital asked for it)
    *_, r = talk(engine, ["住院要带啥材料", money], region="巴中")
    assert r.kind != "calculation" and "在哪一级医院" not in r.text, r.text


# ---- the same conversations through the batch contract ---------------------------------------------


def test_follow_ups_of_the_case_before_through_the_batch_contract(tmp_path):
    conversations = {
        "group": ("巴中", ["老汉住院了 基本医保报完自己出的合规费用三万 大病保险能报好多", "他要是特困人员 起付线是多少"]),
        "grade": ("长治", ["长治居民 在市里的三级乙等医院住院 花了一万 报多少", "打错了 是二级甲等"]),
        "kin": ("巴中", ["个人账户的钱能给我妈交合疗不", "我姐也可以不"]),
        "job": ("巴中", ["刚参加工作 职工医保要交多久才能报", "个人账户每个月划多少"]),
        "wait": ("巴中", ["2024 2025 2026三年都没交居民医保 2027年集中缴费期交的 多久能报", "有啥子办法少等点不"]),
        "there": ("长治", ["俺有糖尿病 天天吃降糖药 新农合两病一年最多报多少", "俺儿子在巴中上班 在巴中参的保 他那边呢"]),
        "other": ("长治", ["俺有高血压 够不上门诊慢性病 两病能报多少", "一年最多报多少", "俺老伴是糖尿病呢"]),
        "bill": ("长治", ["居民医保看门诊能报不 二级医院报多少", "俺上回花了300 都是甲类药 能报多少"]),
    }
    lines = [{"id": f"{name}-{i}", "text": text, "session": name, "region": region}
             for name, (region, turns) in conversations.items() for i, text in enumerate(turns)]
    env = {**os.environ, "PYTHONIOENCODING": "utf-8", "YIBAO_DATABASE_URL": f"sqlite:///{tmp_path / 'b.sqlite3'}"}
    out = subprocess.run([sys.executable, "-m", "bot.cli", "ask", "--jsonl"], capture_output=True, text=True, timeout=300,
                         env=env, input="\n".join(json.dumps(x, ensure_ascii=False) for x in lines))
    assert out.returncode == 0, out.stderr
    rows = {row["id"]: row for row in map(json.loads, out.stdout.splitlines())}
    assert rows["group-1"]["kind"] == "calculation" and "7,224" in rows["group-1"]["text"]
    assert rows["grade-1"]["kind"] == "calculation" and "6,650" in rows["grade-1"]["text"]
    assert rows["kin-1"]["kind"] == "faq" and "兄弟姐妹" in rows["kin-1"]["text"]
    assert rows["job-1"]["kind"] == "faq" and "2.8%" not in rows["job-1"]["text"]
    assert rows["wait-1"]["kind"] == "faq" and "等待期 3 个月" in rows["wait-1"]["text"]
    assert rows["there-1"]["kind"] == "faq" and "300" in rows["there-1"]["text"]
    assert rows["other-2"]["kind"] == "faq" and "360" in rows["other-2"]["text"]
    assert rows["bill-1"]["kind"] == "calculation" and "165" in rows["bill-1"]["text"]


# ---- and in Telegram: the real Application, real Update objects (the harness of tests/test_telegram.py)


def test_follow_ups_of_the_case_before_in_telegram(store, engine):
    from test_telegram import Harness, message, run

    async def scenario():
        async with Harness(store, engine) as h:
            said = []
            for text in ["巴中居民 老汉住院了 基本医保报完自己出的合规费用三万 大病保险能报好多", "他要是特困人员 起付线是多少",
                         "长治居民 在市里的三级乙等医院住院 花了一万 报多少", "打错了 是二级甲等"]:
                sent = await h.send(message(text))
                said.append(sent[-1]["text"] if sent else "")
            assert "9,331.20" in said[0] and "7,224" in said[1], said
            assert "6,650" in said[2] and "6,650" in said[3] and "县级还是" not in said[3], said
    run(scenario())
