"""Curated phrasings tie a question to the page that answers what it asks, not to a page on a
neighbouring matter: whether a 医保钱包 may pay a relative's 居民医保 is 巴中 第一章 三十五 (消费 …
代缴参加城乡居民医保个人缴费), not the steps of 第一章 三十八; where 灵活就业 register for 职工医保 online
is 第二章 三问 (四川医保公共服务平台); a student away on 实习 files where they work, with the school's
letter (克拉玛依 第8部分（二）). Phrasings of our own."""

import pytest

from tests.helpers import answer


@pytest.mark.parametrize("text, region, said", [
    ("医保钱包的钱可以帮我妈交合疗不", "巴中", "代缴"),
    ("我老公是职工 他医保钱包里的钱能给娃交居民医保吗", "巴中", "代缴"),
    ("灵活就业的 职工医保参保登记手机上用哪个平台", "巴中", "四川医保公共服务平台"),
    ("石大的学生 暑假去深圳公司实习 万一生病了医保咋办", "克拉玛依", "学校开具证明"),
])
def test_the_page_answering_what_is_asked(engine, text, region, said):
    r = answer(engine, text, region=region)
    assert said in r.text, r.text

