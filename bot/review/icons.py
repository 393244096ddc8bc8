"""Icons drawn as inline SVG, so they show on any machine: 👍 and 👎 as characters need an emoji
font, which many office PCs and servers lack (they showed as empty boxes)."""
from __future__ import annotations

from markupsafe import Markup, escape

# Material Design's "thumb_up" outline (Apache License 2.0); 👎 is the same hand turned over
_THUMB = ("M1 21h4V9H1v12zm22-11c0-1.1-.9-2-2-2h-6.31l.95-4.57.03-.32c0-.41-.17-.79-.44-1.06L14.17 1 "
          "7.59 7.59C7.22 7.95 7 8.45 7 9v10c0 1.1.9 2 2 2h9c.83 0 1.54-.5 1.84-1.22l3.02-7.05c.09-.23"
          ".14-.47.14-.73v-2z")
ICONS = {
    "up": ("有用", "#2e7d32", f'<path d="{_THUMB}"/>'),
    "down": ("没用", "#c62828", f'<path transform="rotate(180 12 12)" d="{_THUMB}"/>'),
}


def icon(name: str, label: str | None = None) -> Markup:
    """An icon with its meaning for screen readers and as a tooltip."""
    meaning, color, body = ICONS[name]
    title = escape(label or meaning)
    return Markup(f'<svg class="icon" viewBox="0 0 24 24" width="1.1em" height="1.1em" fill="{color}" role="img" '
                  f'aria-label="{title}"><title>{title}</title>{body}</svg>')
