"""The README stays true: two set-up commands, the test command CI runs, every command listed."""
import argparse
import re
from pathlib import Path

from bot.cli import build_parser

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")


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
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
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
    for doc in [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]:
        text = doc.read_text(encoding="utf-8")
        pictures = re.findall(r'!\[[^\]]*\]\(([^)]+\.png)\)', text) + re.findall(r'<img src="([^"]+\.png)"', text)
        for picture in pictures:
            assert (doc.parent / picture).is_file(), f"{doc.name}: {picture} is missing"
    assert "docs/screenshots/hit-test-phone.png" in README and "docs/screenshots/import-preview-desktop.png" in README


def _code_spans() -> list[str]:
    """Every `inline code` of the README, its line breaks made spaces."""
    return [" ".join(span.split()) for span in re.findall(r"(?<!`)`([^`]+)`(?!`)", README)]


def test_every_command_the_readme_shows_parses():
    """`yibao …` as the README writes it is a command with options that exist (argparse would
    exit 2 on an unknown command or option, or a missing value); placeholders in capitals are
    skipped."""
    import shlex
    from bot.review.cli import build_parser as review_parser
    shown = [s for s in _code_spans() if s.startswith("yibao ") and "COMMAND" not in s]
    assert len(shown) > 20
    for span in shown:
        words = shlex.split(span)[1:]
        parser, args = (review_parser("yibao review"), words[1:]) if words[0] == "review" else (build_parser(), words)
        try:
            parser.parse_args(args)
        except SystemExit as exc:
            assert exc.code == 0, f"the README shows `{span}`, which yibao does not accept"


def test_every_file_the_readme_names_exists():
    """Paths in inline code and link targets are in the tree; a round's blind sets are named
    while they are out of the tree until its final measurement, so they are the one exception."""
    top = "bot|corpus|intents|calculators|regions|eval|docs|tests|\\.ci"
    named = {m for span in _code_spans() for m in re.findall(rf"(?:^|\s)((?:{top})/[^\s()]*)", span)}
    named |= set(re.findall(r"\]\(((?:" + top + r")/[^)#\s]+)", README))
    named = {n.rstrip(".,;:") for n in named if not re.search(r"eval/blind/.*-\d+\.jsonl$|<", n)}
    assert len(named) > 40
    missing = [n for n in sorted(named) if not (list(ROOT.glob(n)) if "*" in n else (ROOT / n).exists())]
    assert not missing, missing


def test_every_module_and_name_the_readme_cites_exists():
    import importlib
    cited = {s for s in _code_spans() if re.fullmatch(r"(?:bot|corpus|intents|calculators|regions)(?:\.\w+)+", s)}
    cited |= set(re.findall(r"python -m ([\w.]+)", README))
    assert len(cited) > 5
    for name in sorted(cited):
        parts = name.split(".")
        for cut in range(len(parts), 0, -1):
            try:
                obj = importlib.import_module(".".join(parts[:cut]))
                break
            except ModuleNotFoundError:
                continue
        for attr in parts[cut:]:
            assert hasattr(obj, attr), f"the README cites {name}, which does not exist"
            obj = getattr(obj, attr)


def _dependency_table() -> dict[str, set[str]]:
    section = README.split("### Dependencies", 1)[1].split("\n## ", 1)[0]
    rows = {}
    for line in section.splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if line.startswith("|") and len(cells) == 3 and cells[0] not in ("package", "---"):
            rows[_package(cells[0])] = {g.strip() for g in cells[1].split(",")}
    return rows


def _package(requirement: str) -> str:
    return re.split(r"[\[<>=~!; ]", requirement.strip(), 1)[0].lower().replace("_", "-")


def test_the_dependency_table_is_pyproject():
    """One row per package of pyproject.toml, saying where it is installed: the base install
    ("run") or the extras it is in; none missing, none that is not a dependency."""
    import tomllib
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    wanted: dict[str, set[str]] = {_package(r): {"run"} for r in project["dependencies"]}
    for extra, requirements in project["optional-dependencies"].items():
        for r in requirements:
            wanted.setdefault(_package(r), set()).add(extra)
    assert _dependency_table() == wanted


def test_every_question_set_is_in_the_readme_with_its_command():
    sets = sorted((ROOT / "eval").glob("*/*.jsonl"))
    assert sets
    for path in sets:
        assert f"yibao eval {path.relative_to(ROOT).as_posix()}" in README, path.name
