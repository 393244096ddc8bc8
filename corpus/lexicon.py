"""How people say things (corpus/data/lexicon.yaml): dialect and colloquial phrases rewritten to
the handbooks' terms before segmentation, the same at index and at query time."""
from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from corpus.normalize import normalize
from corpus.yamlfile import read_yaml

LEXICON_FILE = Path(__file__).parent / "data" / "lexicon.yaml"
ENGLISH = "英文"        # the voice of a line for an English word in a Chinese question
# the voice of a line for a domain term as voice typing misspells it where no sound repair reaches
# (破腹产 for 剖腹产: another syllable, and too short for the one-character rule of corpus.typos)
MISSPELT = "错字"


@dataclass(frozen=True)
class Line:
    say: str
    means: str
    voice: str
    example: str = ""
    region: str | None = None
    entry: str | None = None
    # characters that make the phrase the start of another word, where it is not meant: 国家补 is
    # not in 国家补助 / 国家补贴, which the entries say themselves (and the index is rewritten too)
    not_before: str = ""
    # ... and the characters that make it the end of another word: 二次报销 is 大病保险, but 第二次报销
    # counts the claims (the year's second)
    not_after: str = ""
    # words (space-separated) that, said before the phrase in its clause, make it mean this line's term
    # rather than the plain line's: register is 参保登记, but "看病的时候register" is 挂号 — a context
    # that may stand far from the phrase, which a longer phrase ("看病register") cannot hold
    near: str = ""
    # an everyday word as the meaning ("涨" → 提高): rewritten, but not learned as a 医保 term — made one, it
    # would count as a topic a later question borrows ("…最多能提高到好多 最多又能降到好多")
    everyday: str = ""


def load(path: Path = LEXICON_FILE) -> list[Line]:
    return [Line(**{k: str(v) for k, v in row.items()}) for row in read_yaml(path) or []]


# A verb and its object that speech splits with 了 / 的 / 过 / 完 / 好 (离合词): 住了院, 备过案, 参的保, 转了诊, 住完院,
# 备好案 are 住院, 备案, 参保, 转诊 — apart, jieba cuts them into characters no entry is indexed under.
SEPARABLE = ("住院", "备案", "参保", "转诊", "转院", "报销", "交费", "缴费", "挂号", "看病")
_SEPARATED_RE = re.compile("|".join(f"{w[0]}[了的过完好]{w[1]}" for w in SEPARABLE))


# 住 with the hospital as its object ("住二级医院", "住进县医院", "住乡镇卫生院") is a stay: 住院, or the
# question names no kind of care and the 门诊 table of the same tier and group outranks the 住院 one
# (not 居住 / 常住 / 暂住, where one lives; nor 住家 / 住地 / 住房 between)
# (住进 is left as said: "急诊住进三级医院 要备案不" asks the filing too, which a 住院 the search weighs
# would hand to the stay table)
# (nor where one lives by a hospital: "住在县医院旁边")
_STAY_AT_RE = re.compile(r"(?<![居常暂同入])住(?:在)?(?=[^，。,；;？?！!\s院家地房宿进]{0,6}?(?:医院|卫生院|医疗机构)"
                         r"(?!旁|附近|对面|隔壁|边|门口|宿舍|后面|前面))")

# 住 with a count of stays as its object ("在二级医院又住一次", "住了两回", "住过1次院") is 住院 so many
# times: the count is the stay's, as 住了一次院 says it whole (not 记住, nor 居住 / 入住 / 同住)
_STAY_COUNT_RE = re.compile(r"(?<![居常暂同入记])住(?:了|过)?([1-9一二两三四五六七八九十几]{1,2}(?:次|回|趟))院?")

# 又 / 再 before a stay in its clause ("又在二级医院住院", "再住院") is the year's stay again, 再次住院 as the
# pages say it (同一等级再次住院不再支付起付标准) — not a second question ("我又想问下住院…")
_STAY_AGAIN_RE = re.compile(r"(?:又|再)(?!次)(?=[^，。,；;？?！!\s问想说又再]{0,8}?住院)")


# 对账, also said with 一下 inside it ("想对一下账"): the asker checking, as 核对 (which the segmenter cuts
# whole and the search knows for a checking word); jieba cuts 对账 into 对 / 账, and 账 alone is a word
# no entry has, which made the question look off-topic (not 对账单, a statement, nor 账户)
_CHECK_SPLIT_RE = re.compile(r"对(?:[一1](?:下|哈)|下|个)?账(?![单户本簿目])")   # (一 may already read 1; not 账户)


# "a little" between a verb and 钱 (转点钱, 交一点钱, 划些钱): the verb and 钱, as the entries say them
# (jieba cut 转点 whole, a word no entry has; 多交点钱 is the lexicon's: 补缴)
_SOME_MONEY_RE = re.compile(r"(?<!多)([转交缴存充划取退补打])(?:一?点儿?|一些|些)(?=钱)")
# ... and between a verb and 药 (拿点药, 买一点感冒药, 开些药): the verb and 药 (jieba cut 拿点 / 买点
# whole, words no entry has)
_SOME_DRUG_RE = re.compile(r"([拿买开取])(?:一?点儿?|一些|些)(?=(?:感冒)?药)")


# 沾光 said around whose it is (沾他那边的光, 沾老公的光): a benefit through another's cover, as the
# entries say it — 享受 their 待遇 (jieba cut 沾 and 光, words no entry has)
_SHARED_LIGHT_RE = re.compile(r"沾([^，。,；;？?！!\s光]{1,6}?)的?光")


# the card's money pointed at ("卡上那个钱", "卡里头这些钱"): the money on the card, as the lexicon's
# 卡上的钱 / 卡里的钱 say it (the account, 个人账户) — jieba cut 那个钱 apart, and 卡上 alone is no entry's word
_CARD_MONEY_RE = re.compile(r"卡([上里])(?:面|头)?(?:的)?(?:那个|这个|那些|这些|那点|这点)(?=钱)")


# one person of two groups at once ("又是低保又是监测户", "既是特困也是残疾人"): the handbook's case of
# 多重身份 (资助 at the highest rate, never twice), named so — else each group's own page outranked it
_GROUP = r"(?:低保|特困|五保|孤儿|监测|防返贫|返贫|脱贫|因病致贫|残疾|重残|困难|贫困|优抚|特殊人口)"
_BOTH_GROUPS_RE = re.compile(r"(?:又|既)(?:是|属于|认定了?为?)[^，。,？?！!\s]{0,4}?" + _GROUP + r"[^，。,？?！!\s]{0,6}?"
                             r"(?:又|也|还)(?:是|属于|认定了?为?|评上了?|评了)[^，。,？?！!\s]{0,4}?" + _GROUP)


# 交 before papers ("要交些啥子资料", "交哪些材料", "交了证明"): handing them in, which the handbooks
# say 提供 (需提供哪些资料) — read as the paying (交 → 缴费) it found pages on paying, or asked back
_HAND_IN_RE = re.compile(r"(?<![提递上缴补续])交(?=(?:了|过|齐)?(?:些|哪些|哪几样|什么|啥子?|点|的|这些|那些|一些)?"
                         r"(?:什么|啥子?)?(?:报销|申请|认定|备案|相关)?的?(?:资料|材料|证件|证明|手续|申请表|表格|病历)(?!费))")
# ... and what to hand in for a claim, the papers unsaid ("回来报销要交哪些"): no one pays to be repaid
_HAND_IN_CLAIM_RE = re.compile(r"(报销[^\s，。,；;？?！!交]{0,3}?)交(?=(?:些)?(?:哪些|什么|啥子?)(?:[\s，。,；;？?！!]|$))")

# 交上去 ending what is asked by when ("最迟好久之前要交上去"): papers handed in, the handbooks' 提交 — not
# a fee paid (钱 / 费 交上去 is); handed up and then waited for ("票交上去多久钱能下来") is a claim's 到账, as it was
_HAND_UP_RE = re.compile(r"(?<![提递缴])交上去(?=[?？。!！,，\s吗嘛呢啊哦]|$)")
_FEE_SAID_RE = re.compile(r"[钱费款][^，,。？?！!\s]*$")


def _handed_up(text: str) -> str:
    return _HAND_UP_RE.sub(lambda m: m.group(0) if _FEE_SAID_RE.search(text[:m.start()]) else "提交", text)

# 参 before the scheme ("第一回参合疗", "参居民医保"): joining it, the handbooks' 参保 — jieba cut a
# bare 参, no entry's word
_JOIN_SCHEME_RE = re.compile(r"(?<![参])参(?=合疗|合作医疗|新农合|居民医保|城乡居民|职工医保)")


# a stay elsewhere told by its years in a question of filing ("可能要住一两年 算哪种备案", "去女儿那儿待个
# 两三年 备案办哪种"): the handbook's 异地长期居住 (长期备案's case), not 临时外出 — which kind is read from
# how long, and no entry says a stay by its years (not 等待2年, nor a stay in hospital: 住2年院)
# (only where the kind is asked: "要不要备案" after such a stay asks whether and how, the 长期 case no help)
_KIND_ASKED_RE = re.compile(r"(?:哪种|哪类|哪一种|哪一类|哪个|哪样|什么|啥子?)[^，。,；;？?！!\s]{0,2}备案|"
                            r"备案[^，。,；;？?！!\s]{0,4}?(?:哪种|哪类|哪一种|哪一类|哪个|什么类型|啥类型)")
_LONG_STAY_RE = re.compile(r"(?<![等期痴发])(?:住|待|呆)(?:了|个|上)?(?:\d{1,2}|一两|两三|三四|三五|好几|几)年(?![院度])")


# "当时哪里想得起备案哦", "哪顾得上转诊": the rhetorical 哪里 says it was not done, and asks no place (read
# as 哪里, a 地点 question, it found where to file): 没 before what was not done, as the entries say 没备案
_NOT_DONE_RE = re.compile(r"(?:哪里|哪个|哪儿|哪)(?:想得起|想得到|记得起|记得|顾得上|顾得过来)(?:去|来|要)?(?:办|弄)?(?=备案|转诊)")


# from what sum paying starts, asked as the sum to pass ("得过多少才起报", "自己出的钱够了好多才报", "花到多少
# 以上才能赔", "花过几多才起报"): the deductible, the handbooks' 起付线 — the lexicon's fixed "超过多少开始报" said
# with 才 / 够 / 满 / 以上 between; whose money passes it (自己出的) is the deductible's own meaning, no word to search
# (it found pages on the share one pays oneself). Never a figure asserted ("花够800才起报": a check of the rule,
# intents.premise), nor a count ("交好多年才能报", "等好多天才报": a unit after 好多 is no sum)
_SPENT = r"(?:自己|个人)?(?:要|得)?(?:出|花|掏|自付|负担|承担)(?:的?(?:钱|部分|费用)|的)?(?:要|得)?"
_PASSING = r"(?:超过|超出|够了?|满了?|花到|花够|花满|达到|到了)"
# (山西's 多会儿, "when", said after 从 with 开始报 is the same point asked — "从多会儿开始报": the handbooks give it
# as a sum, never a day)
_THRESHOLD_ASKED_RE = re.compile(rf"(?:{_SPENT}{_PASSING}?|{_PASSING})?(?:多少|好多|几多|(?<=从)多会儿?(?=开始))(?:钱|块钱?|元)?(?:以上|以后|之后)?"
                                 r"(?:(?:才|就)(?:开始|能|可以|会|得)?|开始)(?:报销?|赔|给报|二次报)")


# 筹 said bare as the verb of a scheme's money ("一个人总共筹好多", "今年筹多少"): the handbooks' 筹资 — the total
# raised per head, the state's share with the asker's, which is not the fee the asker pays (缴费). Not 统筹 (the
# pooled fund, nor 通筹 / 同筹 typed for it), 自筹, nor the words 筹 makes with what follows (筹集, 筹款, 筹备, 筹划, 筹措, 筹码)
# (said as a whole, 一共筹 / 总共筹资: the handbooks' 筹资总额)
_RAISED_RE = re.compile(r"(一共|总共|合计)?(?<![统通同自运])筹(?:资(?!总额|标准))?(?![集款备划措码建办资])")


# one's own small business told ("开了个小面馆", "开家小超市", "做点小生意", "摆地摊的"): the handbooks' 无雇工的
# 个体工商户, who pay 职工医保 as 灵活就业人员 (巴中 第二章 五问: 最低缴费基数的9%) — said beside the shop (its name
# is rarely an entry's word), else the story dropped as off-topic left "想交职工医保 按好多交" to the employer's rate (not a
# 药店 or a clinic, which are places of care; intents.slots reads it as 灵活就业 too)
OWN_BUSINESS = re.compile(r"开(?:了|着)?(?:一)?(?:个|家|间)(?:小)?[^\s，。,；;？?！!药诊医]{0,3}?(?:店|馆|铺|摊|超市|餐厅|饭店|作坊|小卖部|卖部)(?:子|儿)?"
                          r"|做(?:点|个|些)?(?:小)?(?:买卖|生意)|摆(?:个|了)?(?:地)?摊(?:子|儿)?")


# the money left on the card or in the account ("卡里头还剩得有点钱", "账户上剩下的钱"): the handbooks' 个人账户
# 余额 — what a deceased's or a leaver's account pays out once (巴中 第二章 二十六问); 剩 alone is no entry's word
_CARD_LEFT_RE = re.compile(r"(?:卡|账户)[上里](?:面|头)?(?:还|都|就|只)?剩(?:得有|得|下|了|有)?(?:的)?"
                           r"(?:一?点儿?|一些|些|点点|好多|不少|几千块?|几百块?)?(?:的)?钱")
# someone of the family said to have "gone" ("我老汉上个月走了", "老伴前几天走了 …"), the clause ending there:
# died — the handbooks' 死亡 (a trip gone on goes on: "我爸走了 去成都了" says where)
_KIN_GONE_RE = re.compile(r"(老汉|老爸|老妈|我爸|我妈|爸爸|妈妈|父亲|母亲|老伴|老伴儿|老人|爷爷|奶奶|外公|外婆|老公|老婆|"
                          r"丈夫|妻子|老头|老太|公公|婆婆|岳父|岳母)((?:上个月|上周|前几天|前段时间|前两天|去年|今年|昨天|前天|刚刚?|已经)?)"
                          r"走了(?=$|[\s，。,；;！!]|以后|之后)(?![\s，,]*(?:去|到|回|出))")


# a paper a filing asks for said not to be at hand ("居住证不在手上", "身份证忘带了", "证明还没开出来"), in a
# message about filing: the handbook's 材料来不及提供, the 承诺制 filing's case — named by the paper alone,
# the search found the page listing that paper (the household register's own filing page), which answers
# what to upload, not what to do without it
_PAPER = r"(?:户口本|户口簿|户口首页|户口|居住证|身份证|学生证|证件|证明|材料|资料|病历|诊断书)"
_AWAY = (r"(?:暂时|一时|现在|目前|还|都|也)?(?:不在身边|不在身上|不在手上|不在手边|不在跟前|没在身边|没在身上|没在手上|"
         r"没带(?:在身上|过来|来)?|忘带了?|忘了带|没拿到|没开(?:好|出来)|没办(?:好|下来)|没下来)")
_PAPER_AWAY_RE = re.compile(_PAPER + r"(?:这些|那些|这个|那个)?" + _AWAY)
# ... and the filing made first, said short ("先备着行不行", "先备上再说"): 先备案 (jieba cut 先备, no entry's
# word); not 先备好 / 先备齐 the papers, which is getting them ready (先备上 is the lexicon's 备上)
_FILE_FIRST_RE = re.compile(r"先备(?:了|着|一下)?(?![案注用份件好齐上])")


# a filing's place changed, said plainly ("换到别的城市去", "换个地方", "改去另一个省"): the handbook's 变更 (备案后最少
# 6个月变更) — only in a message about filing, where the place is the filing's
_PLACE_CHANGED_RE = re.compile(r"(?:改|换|变)(?:成|到|去)?(?:个|一个)?(?:别的|其他的?|其它的?|另外的?|另一个|别个|别处)?"
                               r"(?:地方|城市|地区|省份|备案地|就医地)")


# going back to the school to hand papers in ("回学校交单据", "到校区递材料"): the campus's claim for care paid in
# full (校区自费就医报销流程: materials to J1-II-702), as its pages say it, 回来报销 — not a filing's papers (which
# bill was handed in, "票据交给学校", is left as said: the city's own hospitals settle it again)
_CLAIM_AT_SCHOOL_RE = re.compile(r"(?:回|到|去)(?:学校|校区)(?:里|那边)?(?:交|提交|送|递)(?:些|点)?(?:材料|资料|单据|票据|发票)")


# bills kept back to hand in a later year ("票攒到明年一起交", "发票留着明年再报", "单据先压着 下学期统一报"): a claim
# across the year's end, the handbooks' 跨年 (当年就诊票据仅能当年报销) — said in these words the search found pages on
# paying fees (交) or on keeping things (留 / 存) instead
_BILL = re.compile(r"票|单据|单子|材料")
# (the year may be gone from the reading — a year said is read apart as a slot — so held "to hand in together",
# "攒到一起交", is the same question: bills kept back, across the year's end or not, meet the same rule)
_BILLS_HELD_RE = re.compile(r"(?:攒|留|存|压|囤|搁)(?:着|起来|下来|下|一下)?了?(?:到|等到|在)?(?:手里|手上)?[\s，,]?(?:等|到)?"
                            r"(?:(?:明年|下一?年|来年|年后|下学期|过完年|过年以?后)(?:再|一起|一块儿?|统一|集中)?|"
                            r"(?:以后|后面|最后|年底)?(?:再|一起|一块儿?|统一|集中))(?:交|报销|报|提交|送)")


def joined_verbs(text: str) -> str:
    """住了院 → 住院, 备过案 → 备案: each separable verb written whole; 住二级医院 → 住院二级医院."""
    text = _SEPARATED_RE.sub(lambda m: m.group(0)[0] + m.group(0)[2], text)
    if "钱" in text:
        text = _CARD_MONEY_RE.sub(r"卡\1的", _SOME_MONEY_RE.sub(r"\1", _CARD_LEFT_RE.sub("个人账户余额", text)))
    if "走了" in text:
        text = _KIN_GONE_RE.sub(r"\1\2去世了", text)
    if "药" in text:
        text = _SOME_DRUG_RE.sub(r"\1", text)
    if _BILL.search(text):
        text = _BILLS_HELD_RE.sub("跨年报销", text)
    if "是" in text and (both := _BOTH_GROUPS_RE.search(text)):
        text = text[:both.start()] + "多重身份" + text[both.start():]
    if "筹" in text:
        text = _RAISED_RE.sub(lambda m: "筹资总额" if m.group(1) else "筹资", text)
    if "沾" in text:
        text = _SHARED_LIGHT_RE.sub(r"享受\1的待遇", text)
    if "账" in text:
        text = _CHECK_SPLIT_RE.sub("核对", text)
    if "校" in text:
        text = _CLAIM_AT_SCHOOL_RE.sub("回来报销", text)
    if "交" in text:
        text = _handed_up(_HAND_IN_CLAIM_RE.sub(r"\1提供", _HAND_IN_RE.sub("提供", text)))
    if "参" in text:
        text = _JOIN_SCHEME_RE.sub("参保", text)
    if "哪" in text:
        text = _NOT_DONE_RE.sub("没", text)
    if "备" in text:
        text = _FILE_FIRST_RE.sub("先备案", text)
        if "备案" in text:
            text = _PLACE_CHANGED_RE.sub("变更备案地", _PAPER_AWAY_RE.sub("材料来不及提供", text))
    if "备案" in text and "年" in text and _KIND_ASKED_RE.search(text):
        text = _LONG_STAY_RE.sub("长期居住", text)
    if "报" in text or "赔" in text:
        text = _THRESHOLD_ASKED_RE.sub("起付线多少", text)
    if "开" in text or "生意" in text or "买卖" in text or "摊" in text:
        text = OWN_BUSINESS.sub(r"\g<0>的个体户", text)
    if "住" not in text:
        return text
    text = _STAY_COUNT_RE.sub(r"住院\1", _STAY_AT_RE.sub("住院", text))
    return _STAY_AGAIN_RE.sub("再次", text) if "又" in text or "再" in text else text


_LATIN_RE = re.compile(r"[A-Za-z]")


def _bounded(word: str, not_before: str = "", not_after: str = "") -> str:
    """A phrase as a pattern; an English word only whole ("cover" is not in "discover", "how much"
    not in "show muchness"): a Chinese phrase has no word boundary to keep, but may name the
    characters that would make it part of a longer word (`not_before`), there too when speech splits
    the verb from that word with 了 / 过 (离合词, as SEPARABLE): "刚生了病" is no more a birth than
    "刚生病"."""
    pattern = re.escape(word)
    if not_before:
        pattern += "(?![了过]?[" + re.escape(not_before) + "])"
    if not_after:
        pattern = "(?<![" + re.escape(not_after) + "])" + pattern
    if word[:1].isascii() and word[:1].isalpha():
        pattern = r"(?<![a-z])" + pattern
    if word[-1:].isascii() and word[-1:].isalpha():
        pattern += r"(?![a-z])"
    return pattern


# where a clause starts: the context of a phrase is read within its own clause
_CLAUSE_START = re.compile(r"[，,。？?！!；;]")


class Lexicon:
    def __init__(self, lines: list[Line]):
        self.lines = lines
        self.table = {normalize(line.say): normalize(line.means) for line in lines if not line.near}
        # the lines read only in a context said before them in the clause: (context, term) by phrase
        self._near: dict[str, list[tuple[re.Pattern, str]]] = {}
        for line in lines:
            if line.near:
                self._near.setdefault(normalize(line.say).lower(), []).append(
                    (re.compile("|".join(map(re.escape, line.near.split()))), normalize(line.means)))
        # the handbook terms the lines give, which the segmenter learns as words: not an English
        # word's everyday Chinese (voice 英文: 暑假, 我妈), which it cuts already as the entries have it
        # — made a term, it would cut every entry anew
        self.terms = [normalize(line.means) for line in lines if line.voice != ENGLISH and not line.everyday]
        # one alternation, longest phrase first, so 孙娃儿 wins over 娃儿 and 好多钱 over 好多
        words = sorted(set(self.table) | {normalize(line.say) for line in lines if line.near}, key=len, reverse=True)
        guard = {normalize(line.say): line.not_before for line in lines if line.not_before}
        after = {normalize(line.say): line.not_after for line in lines if line.not_after}
        self._re = re.compile("|".join(_bounded(w, guard.get(w, ""), after.get(w, "")) for w in words)) \
            if words else None
        # the English words alone, any case ("Outpatient"): read before the message is cut into
        # clauses, so that the layers reading the message itself (care and tier slots, clauses,
        # forms) see 门诊 where the asker wrote outpatient, as the search does
        english = {normalize(line.say): normalize(line.means) for line in lines if line.voice == ENGLISH and not line.near}
        self._english = english
        english.update({normalize(line.say): normalize(line.means) for line in lines
                        if line.voice == ENGLISH and line.near and normalize(line.say) not in english})
        # (with the lines' guards too: "/cancel" is the chat command, never 暂停)
        self._english_re = re.compile("|".join(_bounded(w, guard.get(w, ""), after.get(w, ""))
                                               for w in sorted(english, key=len, reverse=True)),
                                      re.IGNORECASE) if english else None
        # the misspelt terms, read before the message is cut too: the layers that read the message
        # itself (the birth's kind, the calculation) see the term the search reads
        misspelt = {normalize(line.say): normalize(line.means) for line in lines if line.voice == MISSPELT}
        self._misspelt = misspelt
        self._misspelt_re = re.compile("|".join(_bounded(w, guard.get(w, ""), after.get(w, ""))
                                                for w in sorted(misspelt, key=len, reverse=True))) \
            if misspelt else None

    def english(self, text: str) -> str:
        """`text` with its English words written as their Chinese (outpatient → 门诊), the rest as is."""
        if self._english_re is None or not _LATIN_RE.search(text):
            return text
        return self._english_re.sub(lambda m: self._meant(m, text, self._english.get(m.group(0).lower(), m.group(0))), text)

    def _meant(self, m: re.Match, text: str, plain: str) -> str:
        """The term phrase `m` of `text` means: a context line's where its words are said before it in
        its clause, else `plain`."""
        lines = self._near.get(m.group(0).lower())
        if lines:
            clause = _CLAUSE_START.split(text[:m.start()])[-1]
            for context, means in lines:
                if context.search(clause):
                    return means
        return plain

    def misspelt(self, text: str) -> str:
        """`text` with the misspelt terms of the lines of voice 错字 written right (破腹产 → 剖腹产)."""
        if self._misspelt_re is None:
            return text
        return self._misspelt_re.sub(lambda m: self._misspelt[m.group(0)], text)

    def rewrite(self, text: str) -> tuple[str, list[tuple[str, str]]]:
        """`text` (normalised) with every phrase replaced, and the (said, meant) pairs applied."""
        text = joined_verbs(text)
        if self._re is None:
            return text, []
        subs: list[tuple[str, str]] = []

        def swap(m: re.Match) -> str:
            means = self._meant(m, text, self.table.get(m.group(0), m.group(0)))
            subs.append((m.group(0), means))
            return means

        return self._re.sub(swap, text), subs
