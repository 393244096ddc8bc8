"""The README stays true: two set-up commands, the test command CI runs, every command listed."""
import argparse
import re
from pathlib import Path

from bot.cli import build_parser

README = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")


def _subcommands(parser: argparse.ArgumentParser, prefix: str = "yibao") -> list[str]:
    out = []
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                out.append(f"{prefix} {name}")
                out.extend(_subcommands(sub, f"{prefix} {name}"))
    return out


def test_exactly_two_set_up_commands():
    setup = README.split("## Set-up", 1)[1].split("\n## ", 1)[0]
    blocks = re.findall(r"```sh\n(.*?)```", setup, re.S)
    assert len(blocks) == 2
    run, test = (b.strip() for b in blocks)
    assert run.endswith("yibao chat") and "\n" not in run
    assert "pytest" in test and "\n" not in test


def test_ci_runs_the_readme_test_command():
    block = README.split("<!-- test-command -->", 1)[1].split("<!-- /test-command -->", 1)[0]
    assert "pytest" in block
    ci = (Path(__file__).resolve().parent.parent / ".ci" / "run").read_text(encoding="utf-8")
    assert "test-command" in ci


def test_every_command_is_in_the_readme():
    from bot.review.cli import build_parser as review_parser
    missing = []
    for command in _subcommands(build_parser()) + _subcommands(review_parser(), "yibao review"):
        words = command.split()
        # `yibao review list` is listed as `yibao review list` or in a `list` / `answer` group row
        if command not in README and not (len(words) == 3 and f"`{words[2]}`" in README and "yibao review" in README):
            missing.append(command)
    assert not missing, missing


def test_every_picture_the_docs_show_is_there():
    root = Path(__file__).resolve().parent.parent
    for doc in [root / "README.md", *sorted((root / "docs").glob("*.md"))]:
        text = doc.read_text(encoding="utf-8")
        pictures = re.findall(r'!\[[^\]]*\]\(([^)]+\.png)\)', text) + re.findall(r'<img src="([^"]+\.png)"', text)
        for picture in pictures:
            assert (doc.parent / picture).is_file(), f"{doc.name}: {picture} is missing"
    assert "docs/screenshots/hit-test-phone.png" in README and "docs/screenshots/import-preview-desktop.png" in README
