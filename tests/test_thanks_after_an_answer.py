"""Thanks and acknowledgement said after an answer, as people say them ("要得 谢谢你哈", "中 谢了啊",
"好的谢谢学长🙏", "谢谢你" alone): the small-talk line, never the last page again nor a question
forwarded to the staff. Own phrasings, through the real engine."""
import pytest

from bot import texts
from intents.smalltalk import after_thanks, smalltalk_kind
from tests.helpers import talk


@pytest.mark.parametrize("text", [
    "谢谢你", "谢谢您嘞", "要得要得 多谢哈", "好 晓得了 感谢", "中 谢啦", "好的 谢谢老师🙏", "嗯嗯 明白了 谢谢你们",
    "行 辛苦了", "OK 谢谢!", "收到 谢谢学姐", "好嘞 知道了",
    # praise said with or for the thanks asks nothing
    "要得 多谢 你们这个真好用", "谢谢哈 太方便了", "好的 这个挺方便的 谢谢你们", "点赞 谢谢",
])
def test_thanks_as_said_is_thanks(text):
    assert smalltalk_kind(text) == "thanks"


@pytest.mark.parametrize("text", [
    # a bare yes or an amount may be a form's answer; a question after the thanks is a question
    "好", "中", "行", "嗯", "可以", "3000", "谢谢 那住院呢", "好 那职工呢", "不晓得", "好多",
    "手机上交方便不", "哪个好用", "谢谢 这个方便 那门诊呢",
])
def test_not_thanks(text):
    assert smalltalk_kind(text) is None


@pytest.mark.parametrize("turns, region", [
    (["新生儿出生后好久之内交医保", "好的 多谢你哈"], "巴中"),
    (["医保码在微信上咋个激活", "要得 晓得了 谢谢"], "巴中"),
    (["两病糖尿病一年能报多少", "中 谢啦"], "长治"),
    (["在克拉玛依医院看病忘带医保卡了 能报吗", "收到 谢谢学姐🙏"], "克拉玛依"),
    (["巴中城乡居民医保一年交多少", "谢谢你"], "巴中"),
    (["医保码在微信上咋个激活", "好的 谢谢哈 你们这个真方便"], "巴中"),
])
def test_thanks_after_an_answer_gets_the_small_talk_line(engine, turns, region):
    first, r = talk(engine, turns, region=region)
    assert first.kind == "faq", first.text
    assert r.kind == "clarify" and r.text == texts.THANKS, r.text
    assert not r.unanswered and not r.sources


def test_a_question_after_the_thanks_is_answered(engine):
    *_, r = talk(engine, ["新生儿出生后好久之内交医保", "要得 谢谢你哈", "巴中城乡居民医保一年交多少"], region="巴中")
    assert r.kind == "faq" and "400" in r.text, r.text


@pytest.mark.parametrize("thanks", ["谢谢", "好的 谢谢", "要得 谢谢你哈，", "中 晓得了", "谢谢学长！"])
@pytest.mark.parametrize("first, follow, needle", [
    # the follow-up said after the thanks is read as it would be alone: of the question before
    ("居民住院报销比例多少", "那门诊呢", "门诊统筹"),
    ("居民住院报销比例多少", "那职工呢", "职工"),
])
def test_a_follow_up_after_thanks_is_the_follow_up(engine, thanks, first, follow, needle):
    alone = talk(engine, [first, follow], region="巴中")[-1]
    assert needle in alone.text, alone.text
    r = talk(engine, [first, thanks + " " + follow], region="巴中")[-1]
    assert r.kind == alone.kind and [s.entry_id for s in r.sources] == [s.entry_id for s in alone.sources], r.text


@pytest.mark.parametrize("text", [
    # thanks is no opening where its word starts the question itself, or nothing stops it
    "了解一下门诊咋个报", "收到短信说要交医保 是真的吗", "感谢信在哪写",
])
def test_no_thanks_opening(text):
    assert after_thanks(text) is None


@pytest.mark.parametrize("text", [
    # the speaker named ("我晓得了"), good wishes said with the thanks, "你真好" as praise
    "要得 我晓得了", "好嘞 俺明白了", "多谢 祝你工作顺利", "感谢感谢 好人有好报", "老师你真好 谢谢",
    "好 晓得了 你们这个还怪方便嘞",
])
def test_thanks_with_speaker_wishes_or_praise_is_thanks(text):
    assert smalltalk_kind(text) == "thanks"


@pytest.mark.parametrize("text", ["我了解一下门诊", "我好久能报", "祝你们医院住院咋报", "俺"])
def test_speaker_or_wish_words_asking_are_not_thanks(text):
    assert smalltalk_kind(text) is None


def test_praise_then_asked_who_answers_gets_the_help_line(engine):
    first, r = talk(engine, ["医保码在微信上咋个激活", "学长你真好 你是机器人不"], region="巴中")
    assert first.kind == "faq", first.text
    assert r.kind == "clarify" and r.text == texts.HELP, r.text
    assert not r.unanswered


@pytest.mark.parametrize("text", [
    # "nothing more" said with the thanks closes the talk; the helper called as people call them
    "行 没别的事了 谢了", "没得啥子事了 多谢哈", "谢谢阿姨", "好的 谢谢大姐", "要得 多谢嬢嬢",
])
def test_closing_words_and_kin_names_with_thanks_are_thanks(text):
    assert smalltalk_kind(text) == "thanks"


@pytest.mark.parametrize("text", ["没事了", "没有了", "没得事", "阿姨"])
def test_closing_words_alone_are_not_thanks(text):
    # said alone they may end or answer a waiting form: that is the form's to read
    assert smalltalk_kind(text) is None


def test_thanks_closing_after_a_calculation_gets_the_small_talk_line(engine):
    first, r = talk(engine, ["合疗 在乡镇卫生院住院花了3000 都在目录内 报好多", "中 没其他事了 谢谢阿姨"], region="巴中")
    assert first.kind == "calculation", first.text
    assert r.kind == "clarify" and r.text == texts.THANKS, r.text
