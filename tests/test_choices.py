"""Choices shown as numbered text, the same on every channel."""
from bot import texts
from bot.channels.choices import numbered_text
from bot.reply import Reply


def test_listed_choices_get_their_numbers_in_place():
    reply = Reply(kind="clarify", text="您是想问：\n· 住院怎么报销\n· 门诊怎么报销\n如需咨询，可联系：窗口",
                  suggestions=["住院怎么报销", "门诊怎么报销"])
    assert numbered_text(reply) == ("您是想问：\n1. 住院怎么报销\n2. 门诊怎么报销\n如需咨询，可联系：窗口\n"
                                    + texts.CHOICE_HINT)


def test_choices_the_text_does_not_list_are_added():
    reply = Reply(kind="clarify", text="您在哪个地区参保？", suggestions=["巴中", "克拉玛依", "长治"])
    assert numbered_text(reply, "（选一个）") == "您在哪个地区参保？\n1. 巴中\n2. 克拉玛依\n3. 长治\n（选一个）"


def test_an_unsure_answers_other_questions_are_choices_but_a_refusals_examples_are_not():
    unsure = Reply(kind="faq", text="答案\n" + texts.IF_NOT + "\n· 别的问题", suggestions=["别的问题"])
    assert numbered_text(unsure) == "答案\n" + texts.IF_NOT + "\n1. 别的问题\n" + texts.CHOICE_HINT
    refused = Reply(kind="unanswered", text="抱歉\n您可以这样问：\n· 别的问题", suggestions=["别的问题"])
    assert numbered_text(refused) == refused.text
