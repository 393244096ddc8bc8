"""What a question asks for (时间 / 金额 / 比例 / 材料 / 地点 / 能否 / 流程 / 定义), from its
wording; the same cues on an entry's phrasings say what the entry answers. The ranker compares
the two: "住院押金要交多少" asks an amount, not a list of services."""
from __future__ import annotations

import re

QTYPES: dict[str, re.Pattern] = {name: re.compile(pattern) for name, pattern in {
    "时间": r"什么时候|啥时候|何时|几时|哪天|多久|多长时间|几个月|几天|截止|期限|时限|时间|日期|等待期|之前|以内",
    "金额": r"多少钱|几块|多少元|交多少|缴多少|报多少|给多少|补多少|救助多少|限额|起付线|封顶|标准是多少|花多少|费用多少|金额|"
            r"多少$|多少[?？]",
    "比例": r"比例|百分之|几成|几个点|多少%|报多少|报百分|提高多少|降低多少",
    "材料": r"材料|资料|证件|证明|带什么|带啥|要带|需要什么|要什么|手续|发票|单据|清单",
    "地点": r"哪里|哪儿|在哪|哪个地方|什么地方|地址|哪家|哪些医院|哪个医院|窗口|电话|联系|找谁|去哪",
    "能否": r"能不能|可不可以|能否|可以吗|能吗|行不行|行吗|是否|有没有|会不会|要不要|算不算|能报吗|给报吗|[能可会算]\w{0,6}不[?？]?$|吗[?？]?$",
    "流程": r"怎么|如何|流程|步骤|程序|办理|申请|咋|怎样|操作|方式|途径",
    "定义": r"什么是|是什么|啥意思|什么意思|指什么|指的是|定义|区别|哪些|包括|范围|有什么用|作用|功能",
}.items()}


# A sum of money asked ("多少钱") and a sum of money stated ("400元", "14万"): an entry whose answer
# states none cannot answer the question, whatever else it shares with it (the rule for 最低缴费基数
# is no figure for it).
_ASKS_MONEY = re.compile(r"多少钱|好多钱|几多钱|几块钱|多少元|好多元|多少块")
_STATES_MONEY = re.compile(r"\d[\d,，.]*\s*(?:元|万|块)")


def asks_money(text: str) -> bool:
    return bool(_ASKS_MONEY.search(text))


def states_money(text: str) -> bool:
    return bool(_STATES_MONEY.search(text))


def qtypes(text: str) -> frozenset[str]:
    """The kinds of answer `text` asks for (rewritten text: 啥子 is already 什么)."""
    return frozenset(name for name, pattern in QTYPES.items() if pattern.search(text))
