"""The README's picture of the dialogue is the state machine that runs: every transition of
intents.forms.TRANSITIONS is drawn, nothing else is, and every form of intents/data/forms.yaml is
listed with its slots in asking order."""
import re
from pathlib import Path

from intents.forms import TRANSITIONS, domain

README = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")


def _diagram() -> list[str]:
    block = README.split("```mermaid", 1)[1].split("```", 1)[0]
    return [line.strip() for line in block.splitlines() if "-->" in line]


def test_the_state_diagram_is_the_state_machine():
    assert _diagram() == [f"{a} --> {b}: {label}" for a, b, label in TRANSITIONS]


def test_every_form_and_its_slots_are_listed_in_order():
    for name, form in domain().forms.items():
        row = next((line for line in README.splitlines() if line.startswith(f"| `{name}` |")), None)
        assert row is not None, f"form {name} is not in the README"
        named = re.findall(r"(?:^|→ )(\w+)", row.split("|")[2].strip())
        assert named == [s.slot for s in form.slots], (name, named)
