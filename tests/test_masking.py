"""Personal numbers never reach storage: 身份证号, mobile numbers and bank cards become labels."""
import pytest

from bot.masking import CARD_LABEL, ID_LABEL, PHONE_LABEL, mask


@pytest.mark.parametrize("text,expected", [
    ("我的身份证号是510702199001011234，能查吗", f"我的身份证号是{ID_LABEL}，能查吗"),
    ("身份证51070219900101123X", f"身份证{ID_LABEL}"),
    ("身份证51070219900101123x。", f"身份证{ID_LABEL}。"),
    ("老身份证510702900101123", f"老身份证{ID_LABEL}"),
    ("电话13812345678", f"电话{PHONE_LABEL}"),
    ("电话 138-1234-5678 打不通", f"电话 {PHONE_LABEL} 打不通"),
    ("电话138 1234 5678", f"电话{PHONE_LABEL}"),
    ("+8613812345678", PHONE_LABEL),
    ("卡号6222021234567890123", f"卡号{CARD_LABEL}"),
    ("卡号 6222 0212 3456 7890", f"卡号 {CARD_LABEL}"),
    ("卡号6222-0212-3456-7890-123", f"卡号{CARD_LABEL}"),
    ("全角１３８１２３４５６７８", f"全角{PHONE_LABEL}"),
    ("手机13812345678，身份证510702199001011234", f"手机{PHONE_LABEL}，身份证{ID_LABEL}"),
])
def test_personal_numbers_are_masked(text, expected):
    assert mask(text) == expected


@pytest.mark.parametrize("text", [
    "住院花了12000元能报多少",
    "巴中医保窗口电话0827-5775700",
    "2026年1月1日起",
    "起付线800元，报销比例75%",
    "服务热线12345",
    "1381234567",                   # ten digits
    "",
])
def test_ordinary_numbers_stay(text):
    assert mask(text) == text


@pytest.mark.parametrize("text,expected", [
    ("sfz510102199003071234", f"sfz{ID_LABEL}"),                  # glued to Latin letters
    ("wx13812345678", f"wx{PHONE_LABEL}"),
    ("510102.19900307.1234", ID_LABEL),                           # dotted
    ("510102\u200b19900307\u200b1234", ID_LABEL),                 # zero-width spaces inside
    ("幺三八一二三四五六七八", PHONE_LABEL),                         # read out in Chinese numerals
    ("身份证五一〇一〇二一九九〇〇三〇七一二三四", f"身份证{ID_LABEL}"),
    ("金额 510102199003071234 元", f"金额 {ID_LABEL} 元"),
    ("13812345678 13912345678", f"{PHONE_LABEL} {PHONE_LABEL}"),   # two in a row
    ("订单号A13812345678", f"订单号A{PHONE_LABEL}"),
])
def test_written_forms_are_masked(text, expected):
    assert mask(text) == expected


@pytest.mark.parametrize("text", ["2025.10.20-2026.02.28", "住院费用5000元，3000元", "一二三四五六七八九十",
                                  "断保两年，2024年12月至2026年2月"])
def test_dates_and_amounts_stay(text):
    assert mask(text) == text


def test_none_is_empty():
    assert mask(None) == ""


@pytest.mark.parametrize("text", ["合计 60000 + 70000 + 242719.20 = 372719.20 元",
                                  "合计 50000 + 80000 + 163412.85 = 293412.85 元", "2580 + 1200 + 3000000 + 45 = 3003825 元"])
def test_a_sum_in_a_calculation_is_no_card_number(text):
    """A calculation's working adds amounts with " + ": its digits may pass a card's check digit
    by chance, but a sum is no personal number (the replies are masked too)."""
    assert mask(text) == text


def test_a_calculation_reply_keeps_its_working_through_the_service(tmp_path):
    from bot.engine import default_engine
    from bot.service import answer_message
    from bot.session import Session
    thought = answer_message(default_engine(), Session(), channel="cli", chat_id="c", user_key="u",
                             text="巴中居民医保，大病保险，基本医保报完自付50万，最多赔多少", is_group=False,
                             chat_region=None, form_expiry=None)
    assert CARD_LABEL not in thought.reply.text and "60000 + 70000 + 242719.20" in thought.reply.text


@pytest.mark.parametrize("text", ["基数3500 4000 4200 5000", "缴费基数3500、4000、4200、5000 每月交多少",
                                  "工资 3000 3200 3600 4000 4500 都算过"])
def test_round_figures_said_as_a_list_are_no_card_number(text):
    """Four round figures in a row add up to sixteen digits in groups of four, like a card written
    out; but a card's groups are not all hundreds — the figures stay, so they can be computed."""
    assert mask(text) == text


@pytest.mark.parametrize("text,expected", [
    ("卡号 6222 0200 3400 7800", f"卡号 {CARD_LABEL}"),
    ("卡号6222 0212 3456 7890 帮我查下", f"卡号{CARD_LABEL} 帮我查下"),
    ("银行卡 6217 0000 1000 2000 3", f"银行卡 {CARD_LABEL}"),
])
def test_card_numbers_with_round_groups_are_still_masked(text, expected):
    assert mask(text) == expected


def test_bases_said_as_a_list_are_computed_through_the_service():
    from bot.engine import default_engine
    from bot.service import answer_message
    from bot.session import Session
    thought = answer_message(default_engine(), Session(), channel="cli", chat_id="c", user_key="u",
                             text="巴中 单位职工 缴费基数3500 4000 4200 5000 职工医保个人每月交多少", is_group=False,
                             chat_region=None, form_expiry=None)
    assert CARD_LABEL not in thought.reply.text and "16700 × 2% = 334" in thought.reply.text
