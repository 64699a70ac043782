"""Static SVG bar charts, rendered at build time: no JavaScript, no CDN."""
from __future__ import annotations

import html


def bar_chart(rows: list[tuple[str, int]], title: str, width: int = 640) -> str:
    """An inline SVG horizontal bar chart (as raw HTML for the Markdown page)."""
    if not rows:
        return ""
    bar_h, gap, label_w = 22, 6, 200
    top = max(n for _, n in rows) or 1
    height = len(rows) * (bar_h + gap) + 30
    parts = [f'<svg class="chart" role="img" aria-label="{html.escape(title)}" viewBox="0 0 {width} {height}" '
             f'width="100%" xmlns="http://www.w3.org/2000/svg">',
             f'<title>{html.escape(title)}</title>',
             f'<text x="0" y="16" font-size="14" font-weight="bold">{html.escape(title)}</text>']
    for i, (name, n) in enumerate(rows):
        y = 26 + i * (bar_h + gap)
        w = int((width - label_w - 50) * n / top)
        label = name if len(name) <= 14 else name[:13] + "…"
        parts.append(f'<text x="{label_w - 8}" y="{y + 16}" font-size="13" text-anchor="end">{html.escape(label)}</text>')
        parts.append(f'<rect x="{label_w}" y="{y}" width="{max(w, 2)}" height="{bar_h}" fill="#3f51b5" rx="3"/>')
        parts.append(f'<text x="{label_w + max(w, 2) + 6}" y="{y + 16}" font-size="13">{n}</text>')
    parts.append("</svg>")
    return "".join(parts)
