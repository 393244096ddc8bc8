"""Classes of failure read on the strangers' colloquial-15 set, each asked in our own words through
the real engine: a paying said 另外交 (cut 另 + 外交), 慢病 said not reached without its 标准, a move
between hospitals said as where to, both schemes asked of one sure entry, a 慢病 named by its
treatment, the asker's own region as the other side of a comparison, and an office's phone asked
without a question word before another question."""
import pytest

from corpus.qtype import compared
from intents.message import parse
from tests.helpers import answer as ask, ids


@pytest.mark.parametrize("text", ["交了合疗 大病保险还要另外交钱不", "居民医保交了 大病保险要额外交吗"])
def test_paying_on_top_is_paying_not_diplomacy(engine, text):
    assert engine.index.analyze(text).terms.count("缴费") >= 1
    assert "外交" not in engine.index.analyze(text).terms
    r = ask(engine, text, region="巴中")
    assert r.kind == "faq" and "不缴费" in r.text, r.text


@pytest.mark.parametrize("text", ["我爸血压高 一直吃降压药 医生说够不上慢病 这种药钱能报多少",
                                  "老人吃降压药好几年了 还够不上办慢病的标准 一年能报好多"])
def test_a_chronic_standard_not_reached_is_two_diseases(engine, text):
    # 够不上 (办) 慢病, with or without 标准, of someone on the drugs: the handbook's 两病, not 门诊慢病's rows
    # (the rule, with an offer to compute the asker's own sum)
    r = ask(engine, text, region="巴中")
    assert "bz-4-19-gxy" in ids(r) and "50%" in r.text and "200" in r.text, r.text


def test_a_move_said_as_where_to_is_a_transfer(engine):
    r = ask(engine, "在三级医院住了半个月 后来转回乡镇卫生院 合疗起付线还要再交一次不", region="巴中")
    assert ids(r)[:1] == ["bz-3-12"] and "不再另计" in r.text, r.text


def test_a_referral_elsewhere_stays_the_referral(engine):
    # "开了转诊单转到成都…": the 转到 says nothing the 转诊 and the place do not
    r = ask(engine, "南江的合疗 县医院开了转诊转到重庆一家三级医院住院 起付线和比例多少")
    assert "bz-3-12" not in ids(r), r.text


def test_both_schemes_asked_of_an_entry_giving_both(engine):
    # "居民…报多少 职工呢": no scheme to ask back — the entry states each scheme's rate
    r = ask(engine, "巴中城乡居民用单行支付药品能报多少 那职工的呢")
    assert r.kind == "faq" and "70%" in r.text and "60%" in r.text, r.text


def test_a_chronic_disease_named_by_its_treatment(engine):
    r = ask(engine, "长治合疗 做了支架术后的门诊慢病一个月限额多少")
    assert r.kind == "faq" and "280" in r.text, r.text


@pytest.mark.parametrize("text", ["报销比例跟克拉玛依一样吗", "备案以后比例跟参保地一样不", "报销比例和巴中一样不"])
def test_the_asker_s_own_region_compared_is_no_second_group(text):
    assert compared(text) == ()


def test_a_long_term_filing_s_rate_compared_with_home(engine):
    r = ask(engine, "克拉玛依学生办了异地长期备案 在外地看病报销比例和克拉玛依一样不", region="克拉玛依")
    assert r.kind == "faq" and "相同" in r.text, r.text


def test_an_office_phone_asked_before_another_question(engine):
    parsed = parse("医保局电话 还有大病保险要交钱吗")
    assert [p.question for p in parsed.parts][:1] == ["医保局电话"], parsed
    r = ask(engine, "医保局的电话 还有长护险每年交多少", region="克拉玛依")
    assert "6612393" in r.text and "53" in r.text, r.text


def test_a_date_said_in_numerals_is_written_as_the_entries_write_it():
    from corpus.normalize import normalize
    assert normalize("是不是十二月三十一号前交") == "是不是12月31号前交"
    assert normalize("三月份才交的") == "3月份才交的"
    # (a month alone may count months, and no 13th month is a date)
    assert normalize("一月能报多少") == "一月能报多少" and normalize("十三月一号") == "十三月一号"


def test_sichuan_mo_jiao_is_not_paid(engine):
    assert "断保" in engine.index.analyze("去年莫交合疗 今年交了啥时候能用").terms


@pytest.mark.parametrize("text, entry", [
    # last year's cover told in the story decides when this year's starts, with the month paid
    ("我兄弟去年交了合疗 今年忘了 四月份才补上 交了看病能不能马上报", "bz-3-10-c"),
    ("我表姐2025年一直没交医保 2025年12月份交了2026年的 是不是一月一号就能用了", "bz-3-10-d"),
])
def test_last_year_s_cover_told_decides_when_cover_starts(engine, text, entry):
    r = ask(engine, text, region="巴中")
    if r.kind == "calculation":
        # the month paid and last year's cover are all the waiting period needs: computed from the
        # same rule (例一's 固定等待期 3个月 after the period), no longer only quoted
        assert "等待期 3 个月" in r.text and "第三章 十问" in r.text, r.text
        # (例一, covered last year: the period's rule; 例二, a year without cover: from 4月1日, as the page says)
        assert ("上年度已参保" in r.text) if entry == "bz-3-10-c" else ("断保 1 年" in r.text and "4月1日" in r.text), r.text
    else:
        assert ids(r)[:1] == [entry], r.text


@pytest.mark.parametrize("text", ["巴中职工医保个账每个月划好多 在职跟退休的有啥不一样",
                                  "巴中职工医保在职和退休人员个人账户划入的比例一样吗"])
def test_two_groups_compared_each_with_its_page(engine, text):
    # the page found names one group (在职's 2%); the same question of the other finds its own (退休's 2.8%):
    # both, labelled — one alone says nothing of how they differ
    r = ask(engine, text)
    assert "2%" in r.text and "2.8%" in r.text and "【退休】" in r.text, r.text
    assert {"bz-2-11", "bz-2-12"} <= set(ids(r)), ids(r)


def test_both_schemes_at_once_is_paying_twice(engine):
    r = ask(engine, "刚毕业自己干 可不可以同时交职工医保和城乡居民医保", region="克拉玛依")
    assert ids(r)[:1] == ["ky-09-05"], r.text


def test_a_later_visit_s_deductible_asserted_is_checked_by_its_rule(engine):
    # "第二次…起付线还是10块吗": the policy file's 10元 is the first visit's; the entry on later visits
    # (减半) answers, never a plain "对"
    r = ask(engine, "学生在一级医院看门诊 今年第三次去了 起付线是不是还是10块", region="克拉玛依")
    assert "减半" in r.text and not r.text.startswith("对"), r.text


def test_a_figure_named_then_asked_is_asked_of_itself(engine):
    # "…多少钱 截止日期 是哪天": the date of the deadline named just before, not a sum of it
    r = ask(engine, "克拉玛依校区医保 一年多少钱 ddl 是哪天")
    assert "1月10日" in r.text, r.text


def test_a_year_s_limit_asked_with_an_adverb_is_the_rule(engine):
    # "一年又能报多少" is "一年能报多少": the yearly limit (each scheme's page), not the form asking the bill
    r = ask(engine, "长治门诊统筹一年还能报多少")
    assert r.kind == "faq" and "300" in r.text, r.text


@pytest.mark.parametrize("text, words", [
    ("能不能给我妈交居民医保", ["缴费", "城乡居民"]),      # not 妈交
    ("沁县 俺爹脑梗后遗症每月限额多少", ["脑梗", "后遗症"]),  # not 爹脑 | 梗
])
def test_a_kinsman_in_one_character_is_cut_from_what_follows(engine, text, words):
    terms = engine.index.analyze(text).terms
    assert all(w in terms for w in words) and not any(len(t) == 2 and t[0] in "妈爸娘爹" for t in terms), terms


def test_paying_a_mother_s_cover_from_the_personal_account(engine):
    r = ask(engine, "我是巴中职工医保 个账里的钱能不能给我爸交合疗")
    assert "近亲属" in r.text, r.text
