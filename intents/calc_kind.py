"""Which calculation a message asks for, and whether it is a request at all
(“住院花了5000能报多少” is; “住院报销比例是多少” is a FAQ question)."""
from __future__ import annotations

import re

from intents.slots import Slots

ASK_AMOUNT = re.compile(r"能报多少|报多少|报销多少|报了多少|赔多少|能赔|给报多少|能报销多少|能退多少|"
                        r"自己(?:要)?(?:出|掏|付)多少|个人(?:要)?(?:出|掏|付)多少|最后(?:自己)?(?:要)?(?:出|掏|付|花)多少|"
                        r"能报销?吗.*多少|报销后|报完")
LIMIT_WORDS = re.compile(r"最多|最高|限额|封顶|比例|起付|起伏|标准|百分之|门槛|几成")
RATIO_QUESTION = re.compile(r"几成|比例|百分之几|分段|怎么报|咋报|咋个报|各报|分别|各是|各多少")
HOW_LONG = re.compile(r"多久|几个月|多长|多少天|什么时候|啥时候|哪天")
# an amount that bounds a table's segment ("10万以上的部分"), not money spent
THRESHOLD = re.compile(r"(?:\d+(?:\.\d+)?|[一二两三四五六七八九十百千]+)\s*万?(?:元|块)?\s*(?:以上|以下|以内|之内|的?限额|的?封顶|的?起付)")
SPENT = re.compile(r"花了|花费|用了|自付了|自费了|总共|一共|费用是|费用为|花掉")
ABROAD = re.compile(r"国外|境外|海外|出国|国(?:\(|（)境(?:\)|）)外|泰国|日本|韩国|美国|新加坡|马来西亚|越南|欧洲|澳洲|澳大利亚|加拿大|英国|法国|德国|俄罗斯")
DELIVERY = re.compile(r"顺产|剖腹产|剖宫产|难产")
COMPUTE = re.compile(r"算一下|算算|帮我算|给我算|计算一下|帮忙算|测算|估算")
WAITING = re.compile(r"等待期|等多久|等多长|多久才能|多久能|多久可以|什么时候能|什么时候可以|什么时候开始|几个月(?:才|后|能|可以)?|"
                     r"几个月|多长时间")
WAITING_CONTEXT = re.compile(r"断保|断缴|断交|停保|没交|没参保|未参保|等待期|新生儿|出生|补缴|补交|参保|交了|缴费|缴了")
CONTRIBUTION = re.compile(r"交多少|缴多少|要交多少|要缴多少|交多少钱|缴费多少|保费多少|一年交|每月交|每个月交|每月缴|每个月缴|"
                          r"个人(?:要)?(?:交|缴)多少|自己交多少|交几百")
MATERNITY = re.compile(r"生孩子|生小孩|生娃|生育|顺产|剖腹产|剖宫产|难产|分娩|双胞胎|产检|流产|引产|终止妊娠")
FOLLOW_UP = re.compile(r"^(?:那|那么|如果|要是|假如|假设|换成|改成|换|改为|若|那要是|那如果|那假如)|呢[？?。!！]*$|如果是|要是是|换成|改成")


def calc_kind(text: str, s: Slots) -> str | None:
    if WAITING.search(text) and WAITING_CONTEXT.search(text):
        return "waiting_period"
    if re.search(r"大病", text) and re.search(r"限额|封顶|最高", text) and \
            re.search(r"连续|零报销|没报过|没有报过|断保|断缴|没参保|没交", text) and "amount" not in s:
        return "serious_cap"
    if MATERNITY.search(text) and not re.search(r"生育保险费|生育保险.*比例", text):
        return "maternity"
    inpatient = re.search(r"住院|住了院|出院|住了\d|住了[一二两三四五六七八九十]", text)
    category = s.get("category")
    if inpatient and re.search(r"救助|总共|一共|合计|最后|最终|全部", text) and category not in (None, "一般"):
        return "chain"
    if inpatient and re.search(r"大病", text) and re.search(r"救助|总共|一共|合计|最后|最终", text):
        return "chain"
    if re.search(r"救助", text):
        return "assistance"
    if re.search(r"大病|大额", text):
        return "serious_illness"
    if re.search(r"特病|门特|特殊疾病|门诊特殊", text):
        return "special"
    if re.search(r"慢病|慢特病|门慢|慢性病|门诊慢", text):
        return "chronic"            # intents.forms moves it to 特病 where the region lists the disease there
    if re.search(r"两病", text) or (s.get("two") and re.search(r"药|门诊", text) and not inpatient):
        return "two_diseases"
    if not inpatient and "diseases" in s and re.search(r"门诊|看病|拿药|吃药|买药", text):
        return "chronic"
    if not inpatient and re.search(r"门诊|看病|拿药|买药|开药|挂号|看急诊|看儿科", text):
        return "outpatient"
    if CONTRIBUTION.search(text):
        return "contribution"
    if inpatient:
        return "inpatient"
    return None


def is_request(text: str, s: Slots, kind: str) -> bool:
    """Is this a request to compute (or to be asked for the facts to compute), rather than a
    handbook question? "住院花了5000能报多少", "冠心病慢病能报多少" and "帮我算算等待期" are;
    "住院报几成", "缴费标准是多少", "一次50块的限额还有吗" and "10万以上的部分报多少"
    (a segment of a table, not money spent) are handbook questions."""
    if COMPUTE.search(text):
        return True
    if ABROAD.search(text):
        # the calculators assume a 定点医疗机构 at home; care abroad is the handbook's 不予支付 rule
        return False
    if kind == "maternity" and len(set(DELIVERY.findall(text))) > 1:
        # "顺产报多少，剖腹产呢": a comparison the handbook's table answers, not one case
        return False
    years = any(k in s for k in ("gap_years", "continuous_years", "newborn_within", "zero_claim"))
    if kind in ("waiting_period", "serious_cap"):
        return years or ("等待期" in text and bool(HOW_LONG.search(text)))
    if not SPENT.search(text) and (THRESHOLD.search(text) or RATIO_QUESTION.search(text)
                                   or ("amount" not in s and LIMIT_WORDS.search(text))):
        return False
    if kind == "contribution":
        # "居民医保交多少" is the handbook's table; a category or a wage makes it the asker's case
        return "category" in s or "amount" in s
    if ASK_AMOUNT.search(text):
        return True
    return "amount" in s


def states_a_fact(s: Slots) -> bool:
    """Did the asker give a fact of their own (money spent, years without insurance)?"""
    return any(k in s for k in ("amount", "gap_years", "continuous_years", "newborn_within", "self_funded"))


def is_follow_up(text: str) -> bool:
    return bool(FOLLOW_UP.search(text.strip()))
