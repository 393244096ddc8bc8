"""docs/review.md stays true: every `yibao review` action and every page is in it, and the
templates the pages use exist."""
from pathlib import Path

import pytest

from bot.review.cli import build_parser
from bot.review.templating import TEMPLATES

ROOT = Path(__file__).resolve().parent.parent
DOC = (ROOT / "docs" / "review.md").read_text(encoding="utf-8")


def review_commands() -> list[str]:
    review = build_parser()
    return list(next(a for a in review._subparsers._group_actions if a.dest == "review_command").choices)


@pytest.mark.parametrize("command", review_commands())
def test_every_review_command_is_documented(command):
    assert f"yibao review {command}" in DOC or f"yibao review --as 王芳 {command}" in DOC


@pytest.mark.parametrize("page", ["待答队列", "工作人员条目", "操作记录", "统计", "发布答复", "不在范围", "忽略",
                                  "队列 CSV", "提问记录 CSV", "命中测试", "导入导出", "拒答（范围外）", "上传并预览"])
def test_every_page_and_button_is_documented_under_its_chinese_name(page):
    assert page in DOC
    assert any(page in p.read_text(encoding="utf-8") for p in TEMPLATES.glob("*.html"))


def test_templates_are_shipped_in_the_package():
    import tomllib
    data = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert "templates/*.html" in data["tool"]["setuptools"]["package-data"]["bot"]
    assert "bot.review" in data["tool"]["setuptools"]["packages"]
