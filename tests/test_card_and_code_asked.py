"""What is asked of the card or the code itself. The handbooks say what they are, how the code is
activated and shown, what the card pays and that it stays valid beside the code (巴中 第一章 三十一至
三十三问, 克拉玛依 guide 第11部分); none says who else may use them, what a misuse costs, or what to
do when one does not work. Such a question shares only the card or the code with pages that name it
as the means (慢特病's "携带社会保障卡", 单行支付药品's "可以刷社保卡结算"): it gets the honest refusal
with the office's phone and goes to staff, never one of those pages as the question understood, nor
the out-of-scope list (that is for replacing a card and its PIN). Where a handbook does answer, its
page still wins. Through the real engine."""
import pytest

from bot import texts
from tests.helpers import answer as ask, ids


@pytest.mark.parametrize("text,region", [
    # lent, borrowed, misused: the act asked of the card no entry names
    ("医保卡被别人借用了会怎样", "巴中"),
    ("医保卡能借给亲戚用吗", "巴中"),
    ("我的社保卡被人冒用了怎么办", "巴中"),
    ("医保卡借给朋友拿药犯不犯法", "巴中"),
    ("医保码可以借给别人扫吗", "巴中"),
    ("医保卡能借给同学用吗", "克拉玛依"),
    ("医保卡能借给别人用吗", "克拉玛依"),
    ("医保卡被盗刷了怎么办", "克拉玛依"),
    ("社保卡借给别人看病会怎么样", "长治"),
    ("医保卡能转借给亲戚吗", "长治"),
    ("医保码被别人盗用了咋办", "长治"),
    # not working, broken: no page speaks of that
    ("医保卡消磁了刷不出来怎么办", "巴中"),
    ("医保卡刷不出来怎么办", "巴中"),
    ("社保卡坏了还能用吗", "巴中"),
    ("电子医保码扫不出来怎么办", "克拉玛依"),
    ("医保卡芯片坏了还能刷吗", "克拉玛依"),
    ("医保卡失灵了怎么办", "长治"),
    ("医保码打不开怎么办", "长治"),
    ("医保卡读不出来咋弄", "长治"),
    ("社保卡刷不出来是咋回事", "长治"),
    ("社保卡损坏了还能报销吗", "长治"),
])
def test_what_no_handbook_says_of_the_card_is_refused_to_staff(engine, text, region):
    reply = ask(engine, text, region=region)
    assert reply.kind == "unanswered" and reply.refusal is None and reply.to_staff, reply.text
    assert texts.NOT_FOUND in reply.text and "如需咨询" in reply.text, reply.text
    assert "按我的理解" not in reply.text and not reply.suggestions, reply.text


@pytest.mark.parametrize("text,region,entry", [
    ("医保码怎么激活", "巴中", "bz-1-32"),
    ("激活医保码以后实体卡还能用不", "长治", "ky-11-08"),
    ("医保码全国能用吗", "克拉玛依", "ky-11-08"),
    ("医保码能查余额吗", "克拉玛依", "ky-11-06"),
    # a failure a handbook speaks of: the face check when activating (克拉玛依 guide), arrears (巴中 第二章)
    ("刷脸一直失败 激活不了医保码 咋整", "长治", "ky-11-09"),
    ("人脸识别一直过不了 电子医保码激活不了 咋整啊", "克拉玛依", "ky-11-09"),
    ("公司拖欠医保好几个月了 现在去看病刷不了卡 是咋回事", "巴中", "bz-2-23"),
    # a word no entry has ("不用了": never mind; 上头: on) beside what a page answers (激活, 微信)
    ("害 不用了 电子医保码咋激活", "克拉玛依", "ky-11-01"),
    ("微信上头医保码咋个弄出来", "巴中", "bz-1-32-c"),
    # the code said not to show, and how to activate it asked
    ("我妈手机上那个医保码一直弄不出来 说要激活 到底咋个激活嘛", "巴中", "bz-1-32"),
])
def test_what_a_handbook_says_of_the_card_is_answered(engine, text, region, entry):
    reply = ask(engine, text, region=region)
    assert reply.kind == "faq", reply.text
    assert ids(reply)[0] == entry, (ids(reply), reply.text)
