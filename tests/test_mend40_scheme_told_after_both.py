"""After a reply that shows both schemes' pages side by side, the asker answering with their scheme alone,
in its full name ("我是城乡居民医保", "职工医保的"), gets the same question answered for that scheme only — the
医保 of the name is no topic of its own (it found the scheme's list of benefits, or let a form ask its fact).
Through the batch contract, own phrasings."""
from test_dialogues import _batch

_BOTH = "两种分别如下"


def test_the_scheme_named_in_full_answers_the_question_for_it(tmp_path):
    rows = _batch(tmp_path, {
        "staff": ("巴中", ["在医院住院能报几成", "我是城镇职工医保"]),
        "resident": ("巴中", ["看普通门诊一年能报多少", "俺是城乡居民医保的"]),
        "cap": ("长治", ["住院一年封顶是多少", "他是职工医保的"]),
    })
    for name in ("staff", "resident", "cap"):
        assert _BOTH in rows[f"{name}-0"]["text"], rows[f"{name}-0"]["text"]
    staff = rows["staff-1"]
    assert staff["kind"] == "faq" and "700" in staff["text"] and "80%" in staff["text"] \
        and "城乡居民" not in staff["text"].split("\n")[0], staff["text"]
    resident = rows["resident-1"]
    assert resident["kind"] == "faq" and "100元" in resident["text"] and "50%" in resident["text"], resident["text"]
    assert "有哪些待遇" not in resident["text"], resident["text"]
    cap = rows["cap-1"]
    assert cap["kind"] == "faq" and "8万" in cap["text"] and "7万" not in cap["text"], cap["text"]


def test_the_status_told_alone_after_both_statuses(tmp_path):
    rows = _batch(tmp_path, {"retired": ("巴中", ["个人账户每月往里划多少钱", "我已经退休了"])})
    assert "在职" in rows["retired-0"]["text"] and "退休" in rows["retired-0"]["text"], rows["retired-0"]["text"]
    assert "2.8%" in rows["retired-1"]["text"] and "缴费基数的2%" not in rows["retired-1"]["text"], rows["retired-1"]["text"]
