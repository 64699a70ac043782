"""Charts drawn into the Markdown at render time: no JavaScript, no CDN.

Every bar and every word of a cloud is a Markdown link to the page that
lists what it counts, so MkDocs resolves and checks it like any other link
(online and in the file:// build) and a reader can follow it. The bars are
plain HTML lengths styled in docs/assets/site.css, so they follow the
theme's colours in light and dark mode.

Labels come in already escaped for Markdown (render.md_escape); links are
relative .md paths.
"""
from __future__ import annotations

import html
import math

Row = tuple[str, int, str]  # (label as Markdown, count, link)


def bars(rows: list[Row], caption: str) -> str:
    """A horizontal bar chart: one linked row per label, its bar as long as its count."""
    if not rows:
        return ""
    top = max(n for _, n, _ in rows) or 1
    lines = ['<figure class="bars" markdown>', "", f"<figcaption>{html.escape(caption)}</figcaption>", ""]
    for label, n, href in rows:
        share = max(1, round(100 * n / top))
        lines.append(f'- [<span class="bars__label">{label}</span><span class="bars__bar" style="width: {share}%">'
                     f'</span><span class="bars__n">{n}</span>]({href})')
    lines += ["", "</figure>"]
    return "\n".join(lines)


def cloud(rows: list[Row], caption: str, sizes: int = 5) -> str:
    """A word cloud: words in the order given, sized 1..`sizes` by the
    logarithm of their count, each a link; its count is in the title."""
    if not rows:
        return ""
    top = math.log(max(n for _, n, _ in rows) + 1)
    low = math.log(min(n for _, n, _ in rows) + 1)
    words = []
    for label, n, href in rows:
        size = 1 + round((sizes - 1) * (math.log(n + 1) - low) / (top - low)) if top > low else 1
        words.append(f'[{label}]({href}){{ .cloud__{size} title="{n} 篇" }}')
    return "\n".join(['<div class="cloud" markdown>', "", f'<p class="cloud__caption">{html.escape(caption)}</p>', "",
                      " ".join(words), "", "</div>"])
