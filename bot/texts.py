"""The bot's own sentences, in one place so wording stays consistent across channels."""
from __future__ import annotations

import regions

REGIONS_LINE = regions.labels_line()

HELP = (
    "您好！我是医保问答机器人，根据" + REGIONS_LINE + "的医保政策手册回答问题，并注明出处。\n"
    "可以这样问：\n"
    "· 巴中居民医保什么时候交费？\n"
    "· 克拉玛依学生医保交多少钱？\n"
    "· 住院花了5000在三级医院能报多少？\n"
    "· 断保两年再交，等待期多久？\n"
    "发送“/region 巴中”可设定默认地区；手册里没有的问题会转给工作人员。"
)
GREETING = "您好！请直接说您的医保问题，例如“居民医保什么时候交费？”。发送 /help 查看更多示例。"
THANKS = "不客气！还有其他医保问题随时问我。"
BYE = "再见，祝您健康！"
NOT_CHINESE = "请用中文描述您的医保问题，例如“住院报销比例是多少？”。"
TRUNCATED = "（您的消息较长，我只看了前 {n} 个字。）"
NOT_FOUND = "抱歉，我的政策手册里没有找到这个问题的答案，已转给工作人员，答复后会告诉您。"
OUT_OF_SCOPE = "这个问题（{topic}）不在我的医保政策手册范围内，我没法准确回答。"
UNCOVERED_PLACE = ("我只有" + REGIONS_LINE + "的医保手册，没有{place}的政策，不能拿别的地方的规定来回答。"
                   "请咨询{place}当地医保经办机构。")
ASK_OFFICE = "如需咨询，可联系：{office}"
SUGGEST = "你是不是想问："
MORE_HINT = "（内容较长，回复“更多”查看其余部分。）"
NO_MORE = "没有更多内容了。请问您还想了解什么？"
REGION_UNKNOWN_NOTE = "（以上是{region}的规定；如您在其他地区参保，请告诉我地区。）"

# -- channels (Telegram, the WeChat bridge) -------------------------------------------------
INTERNAL_ERROR = "抱歉，我这边出了点问题，请稍后再问一次。"
GROUP_HOW = "在群里提问：发送“/ask 您的问题”、@我，或直接回复我的消息。"
ASK_WHAT = "请问您想问什么？请直接回复这条消息。"
REGION_SET = "默认地区已设为：{region}。"
REGION_SET_GROUP = "本群的默认地区已设为：{region}。"
REGION_SHOW = "当前默认地区：{region}。可选：{choices}，例如“/region 巴中”。"
REGION_NONE = "未设置"
REGION_ADMINS_ONLY = "只有群管理员可以设置本群的默认地区。"
COOLDOWN = "您发得有点快，请 {seconds} 秒后再问。"
FEEDBACK_THANKS = "谢谢您的反馈！"
FEEDBACK_DOWN = "谢谢反馈，已转给工作人员改进。"
FEEDBACK_ONLY_ASKER = "只有提问的人可以评价这条回答。"
FEEDBACK_ALREADY = "这条回答已经评价过了。"
FEEDBACK_HINT = "（有用请回复 1，没用请回复 2）"
STAFF_OUT_OF_SCOPE = "抱歉，这个问题不在医保政策问答的范围内，我这里没法解答。"
ANSWERED_NOTICE = "您之前问的“{question}”，工作人员已答复：\n{answer}"
OFFER_CALCULATION = "如需帮您测算：{question}"
VAGUE = "您的问题比较笼统，请说得具体一些。你是不是想问："
UNSURE = "我不太确定，您是想问……？"
PICK_ONE = "（回复序号即可。）"
MULTI_PART = "【{n}】{question}"
