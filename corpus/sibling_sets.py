"""Sets of mutually exclusive things (corpus/data/siblings.yaml): 高血压 / 糖尿病, 普通门诊 / 门诊慢病 /
门诊特病 / 两病, 顺产 / 剖宫产 / 多胞胎, 低保 / 特困 / 脱贫 …

The handbooks give each member a page of its own, and those pages share nearly every word but the member's
name ("两病高血压的准入标准" / "两病糖尿病的准入标准"): a question naming one member ("血压多高能进两病")
shares as much with its sibling's page, and the sibling's page, with more phrasings, often ranked first.
What tells them apart is read here: which member a question names, and whether an entry's question names
another member and not that one (the search's ranking feature other_member)."""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Iterable

from corpus.segment import DATA_DIR
from corpus.yamlfile import read_yaml

SIBLINGS_FILE = DATA_DIR / "siblings.yaml"


@dataclass(frozen=True)
class SiblingSet:
    name: str
    members: dict[str, frozenset[str]]      # member → the search terms naming it
    open_with_disease: bool = False         # a disease named leaves the member unsaid

    def named(self, terms: Iterable[str]) -> frozenset[str]:
        """The members `terms` name."""
        said = set(terms)
        return frozenset(m for m, words in self.members.items() if said & words)

    @property
    def words(self) -> frozenset[str]:
        return frozenset().union(*self.members.values())


@lru_cache(maxsize=1)
def sibling_sets() -> tuple[SiblingSet, ...]:
    raw = read_yaml(SIBLINGS_FILE)
    return tuple(SiblingSet(s["name"], {m: frozenset(w) for m, w in s["members"].items()},
                            bool(s.get("open_with_disease"))) for s in raw["sets"])


def asked_members(terms: Iterable[str], diseases: frozenset[str] = frozenset()) -> tuple[str | None, ...]:
    """Per set, the one member the question's `terms` name, or None (none named, or several: "高血压和
    糖尿病都有" asks of both; or a disease named where the set is open with one)."""
    terms = set(terms)
    out = []
    for s in sibling_sets():
        named = s.named(terms)
        if len(named) != 1 or s.open_with_disease and terms & diseases:
            out.append(None)
        else:
            out.append(next(iter(named)))
    return tuple(out)


def entry_members(question_terms: Iterable[str]) -> tuple[frozenset[str], ...]:
    """Per set, the members an entry's question names."""
    terms = set(question_terms)
    return tuple(s.named(terms) for s in sibling_sets())


def other_member(asked: tuple[str | None, ...], named: tuple[frozenset[str], ...]) -> bool:
    """Whether the entry's question names one sibling of a member asked and not that member ("糖尿病两病
    准入标准" for a question on 血压); an entry naming both ("高血压、糖尿病都有") or neither is not, nor one
    naming several others: a page on 顺产、剖宫产 or on 特困人员、孤儿 is the set's table, whose answer often
    holds the member asked too (多胞胎, 低保)."""
    return any(a is not None and len(n) == 1 and a not in n for a, n in zip(asked, named))


def open_set_words() -> frozenset[str]:
    """Every term that names a member of a set a disease leaves open (门诊, 慢病 …): no disease's term
    (恶性肿瘤门诊治疗 holds 门诊, which names no disease)."""
    return frozenset().union(*(s.words for s in sibling_sets() if s.open_with_disease))
