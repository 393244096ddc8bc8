"""Small server-side SVG charts for the stats page: no JavaScript, no build step. Every label is
escaped here, so the templates can insert the result as markup."""
from __future__ import annotations

from markupsafe import Markup, escape

COLORS = {"answered": "#2e7d32", "clarify": "#f9a825", "unanswered": "#c62828", "refused": "#78909c",
          "up": "#2e7d32", "down": "#c62828", "bar": "#1565c0"}


def stacked_days(days, per_day, keys, labels, *, width=360, height=180) -> Markup:
    """One stacked column per day; the day under every few columns."""
    left, bottom, top = 28, 28, 10
    plot_w, plot_h = width - left - 8, height - bottom - top
    peak = max([sum(per_day[d].values()) for d in days] + [1])
    peak = max(2, peak + peak % 2)            # even, so the middle gridline is a whole number
    step = plot_w / max(len(days), 1)
    bar_w = max(step * 0.7, 2)
    parts = [f'<svg class="chart" viewBox="0 0 {width} {height}" role="img" aria-label="每日提问数">']
    for frac in (0, 0.5, 1):
        y = top + plot_h * (1 - frac)
        parts.append(f'<line x1="{left}" x2="{width - 8}" y1="{y:.1f}" y2="{y:.1f}" stroke="#ddd"/>'
                     f'<text x="{left - 4}" y="{y + 4:.1f}" text-anchor="end" font-size="11">{round(peak * frac)}</text>')
    label_every = max(1, len(days) // 7)
    for n, d in enumerate(days):
        x = left + n * step + (step - bar_w) / 2
        y = top + plot_h
        for key in keys:
            v = per_day[d][key]
            if not v:
                continue
            h = plot_h * v / peak
            y -= h
            parts.append(f'<rect x="{x:.1f}" y="{y:.1f}" width="{bar_w:.1f}" height="{h:.1f}" fill="{COLORS[key]}">'
                         f'<title>{escape(d.isoformat())} {escape(labels[key])}：{v}</title></rect>')
        if (len(days) - 1 - n) % label_every == 0:     # counted back from today, which is always labelled
            parts.append(f'<text x="{x + bar_w / 2:.1f}" y="{height - 10}" text-anchor="middle" font-size="11">'
                         f'{d.month}/{d.day}</text>')
    parts.append("</svg>")
    return Markup("".join(parts))


def share_bar(values: dict[str, int], labels: dict[str, str], *, width=360, height=44) -> Markup:
    """One 100% bar split by share, with the percentages written in."""
    total = sum(values.values())
    parts = [f'<svg class="chart" viewBox="0 0 {width} {height}" role="img" aria-label="占比">']
    if not total:
        parts.append(f'<rect x="0" y="6" width="{width}" height="32" fill="#eee"/>'
                     f'<text x="{width / 2}" y="27" text-anchor="middle" font-size="13">暂无数据</text></svg>')
        return Markup("".join(parts))
    x = 0.0
    for key, v in values.items():
        if not v:
            continue
        w = width * v / total
        parts.append(f'<rect x="{x:.1f}" y="8" width="{w:.1f}" height="28" fill="{COLORS[key]}">'
                     f'<title>{escape(labels[key])}：{v}</title></rect>')
        if w > 44:
            parts.append(f'<text x="{x + w / 2:.1f}" y="27" text-anchor="middle" font-size="13" fill="#fff">'
                         f'{round(100 * v / total)}%</text>')
        x += w
    parts.append("</svg>")
    return Markup("".join(parts))


def top_bars(rows: list[tuple[str, int]], *, width=360, row_h=26, label_chars=10) -> Markup:
    """Horizontal bars: the question (shortened) on the left, how often it was asked on the bar."""
    if not rows:
        return Markup('<p class="muted">暂无待答的问题。</p>')
    label_w = 160
    peak = max(n for _, n in rows)
    height = row_h * len(rows) + 4
    parts = [f'<svg class="chart" viewBox="0 0 {width} {height}" role="img" aria-label="未回答问题排行">']
    for i, (text, n) in enumerate(rows):
        y = i * row_h + 2
        short = text if len(text) <= label_chars else text[:label_chars - 1] + "…"
        w = max((width - label_w - 40) * n / peak, 2)
        parts.append(f'<text x="{label_w - 6}" y="{y + 17}" text-anchor="end" font-size="13">'
                     f'<title>{escape(text)}</title>{escape(short)}</text>'
                     f'<rect x="{label_w}" y="{y + 4}" width="{w:.1f}" height="{row_h - 8}" fill="{COLORS["bar"]}"/>'
                     f'<text x="{label_w + w + 4:.1f}" y="{y + 17}" font-size="13">{n}</text>')
    parts.append("</svg>")
    return Markup("".join(parts))
