"""A national instrument asked by what it does, from a place the handbooks do not cover: a worker's
个人账户 used for family in another province is the 医保钱包 (巴中 第一章三十四问: "破解职工个人账户跨省共济
难题"), national content that holds there too; that place's own rules stay refused. Through the real
engine."""
import pytest

from bot import region_policy, texts
from intents.regions import detect_region
from tests.helpers import answer as ask, ids


@pytest.mark.parametrize("text,region", [
    ("我在西安打工交的职工医保，我爸在老家，他看病能用我的个人账户吗，跨省可以不", None),
    ("北京交的职工医保 跨省共济怎么弄", None),
    # the instrument told in the story's last clause, before the questions on it (several of them)
    ("我在深圳上班交的职工医保，个人账户里还有钱，我妈在湖南老家，听说个人账户能给家里人用，跨省也可以吗？要办啥？", "巴中"),
])
def test_cross_province_use_of_a_personal_account_is_the_national_wallet(engine, text, region):
    place = detect_region(text).unsupported
    assert place and region_policy.NATIONAL_TOPIC.search(text)
    reply = ask(engine, text, region=region)
    assert reply.kind == "faq" and reply.refusal is None, reply.text
    assert texts.NATIONAL_ELSEWHERE.format(place=place) in reply.text and "医保钱包" in reply.text
    assert ids(reply)[0].startswith("bz-1-3")      # 巴中 第一章 三十四问起: the wallet's pages


@pytest.mark.parametrize("text", [
    "成都的职工医保个人账户每个月划多少",                    # that place's own rule: no instrument asked
    "成都职工医保个人账户跨省能用吗 成都住院起付线多少",        # the instrument beside a question of its own
])
def test_an_uncovered_places_own_rule_beside_it_is_still_refused(engine, text):
    reply = ask(engine, text)
    assert reply.kind == "unanswered" and reply.refusal == "uncovered_place", reply.text
