"""Audit events as staff read them: in Chinese, each field by its name, lists as lists, and an
edit as what it was and what it became (for phrasings: which were added and which removed)."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from bot.storage.models import AuditEvent

ACTION_LABELS = {"answer": "答复", "attach": "并入条目", "out_of_scope": "标为不在范围", "dismiss": "忽略",
                 "edit": "修改条目", "delete": "删除条目", "remove_variant": "删除附加问法", "import": "导入知识"}
FIELD_LABELS = {"queue_ids": "问题编号", "kind": "类型", "region": "地区", "question": "标准问题",
                "variants": "其他问法", "answer": "答案", "text": "问题", "file": "文件",
                "new_entries": "新建条目", "updated_entries": "修改条目", "new_variants": "新增问法",
                "entries": "涉及条目"}
KIND_LABELS = {"answer": "工作人员答复", "out_of_scope": "不在范围"}
NONE = "（无）"


@dataclass
class Change:
    label: str
    before: str = ""
    after: str = ""
    added: list[str] = field(default_factory=list)      # list fields: what came and what went
    removed: list[str] = field(default_factory=list)


@dataclass
class AuditLine:
    at: datetime
    actor: str
    action: str
    target: str
    details: list[tuple[str, str]] = field(default_factory=list)
    changes: list[Change] = field(default_factory=list)


def describe(event: AuditEvent) -> AuditLine:
    detail = dict(event.detail or {})
    line = AuditLine(at=event.at, actor=event.actor, action=ACTION_LABELS.get(event.action, event.action),
                     target=_target(event.target))
    for name, change in (detail.pop("changes", None) or {}).items():
        line.changes.append(_change(name, change.get("before"), change.get("after")))
    before = detail.pop("before", None)
    if isinstance(before, dict):        # a deletion keeps what the entry said
        line.details += [(f"删除前的{_label(k)}", _value(k, v)) for k, v in before.items()]
    counts = detail.pop("counts", None)
    if isinstance(counts, dict):
        line.details += [(_label(k), str(v)) for k, v in counts.items()]
    line.details += [(_label(k), _value(k, v)) for k, v in detail.items()]
    return line


def _target(target: str) -> str:
    kind, _, rest = target.partition(":")
    if kind == "queue" and rest:
        return f"问题 #{rest}"
    if kind == "file" and rest:
        return f"文件 {rest}"
    return f"条目 {target}"


def _label(name: str) -> str:
    return FIELD_LABELS.get(name, name)


def _value(name: str, value) -> str:
    if value is None or value == "" or value == []:
        return NONE
    if name == "queue_ids" and isinstance(value, list):
        return "、".join(f"#{v}" for v in value)
    if name == "kind":
        return KIND_LABELS.get(value, str(value))
    if isinstance(value, list):
        return "；".join(str(v) for v in value)
    return str(value)


def _change(name: str, before, after) -> Change:
    if isinstance(before, list) or isinstance(after, list):
        old, new = list(before or []), list(after or [])
        return Change(_label(name), added=[v for v in new if v not in old], removed=[v for v in old if v not in new])
    return Change(_label(name), before=_value(name, before), after=_value(name, after))
