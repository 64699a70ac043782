"""Render stage: articles -> Markdown pages through the Jinja templates.

Pure: returns the pages by path under docs/<output>/; writing is site.writer's
job. A page whose inputs are unchanged since the previous build (same key) is
not rendered again.
Everything taken from the input text goes through the `md` filter, which
escapes HTML and Markdown so that hostile text shows as text; Jinja never
evaluates data, only the templates in templates/.
"""
from __future__ import annotations

import functools
import hashlib
import html
import json
import math
import posixpath
import re
from collections import defaultdict
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

import jinja2

from .model import Article, SourceInfo
from .typography import typeset

# The characters Python-Markdown (with tables) lets a backslash escape.
MD_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!|])")
LINE_BREAK = re.compile(r"\s*\n\s*")
UNSAFE_NAME = re.compile(r"[\s/\\:*?\"<>|#%&{}$!'@+`=\[\]()^~;,]+")
KIND_NAMES = {"article": "文章", "interview": "访谈", "commentary": "评论", "brief": "图片新闻", "other": "其他"}


def md_escape(value: object) -> str:
    """Text shown literally in Markdown: typeset (full-width punctuation in
    Chinese), HTML-escaped, Markdown punctuation backslashed."""
    return _md_escape("" if value is None else str(value))


@functools.lru_cache(maxsize=1 << 16)
def _md_escape(text: str) -> str:
    # Titles, names and summaries are escaped once for every page that shows them.
    text = MD_SPECIAL.sub(r"\\\1", typeset(text))
    text = html.escape(text, quote=False)  # < > & become entities: raw HTML never reaches the page
    return LINE_BREAK.sub(" ", text)


def blocks(paragraphs: list) -> list[dict]:
    """Paragraphs grouped for the page: consecutive table lines (cells separated by
    tabs in the extraction) become one table; other lines stay as they are."""
    out: list[dict] = []
    for p in paragraphs:
        cells = p.text.split("\t") if p.figure and "\t" in p.text else None
        if cells:
            if out and out[-1]["type"] == "table":
                out[-1]["rows"].append(cells)
            else:
                out.append({"type": "table", "rows": [cells]})
            continue
        out.append({"type": "heading" if p.heading else "figure" if p.figure else "text", "text": p.text})
    for block in out:
        if block["type"] == "table":
            width = max(len(r) for r in block["rows"])
            block["rows"] = [r + [""] * (width - len(r)) for r in block["rows"]]
    return out


def html_text(value: object) -> str:
    """For front matter the theme prints raw into HTML (<title>, meta description),
    typeset like the page's own text."""
    return html.escape(typeset("" if value is None else str(value)), quote=True)


def yaml_value(value: object) -> str:
    """A YAML scalar or flow list (JSON is valid YAML)."""
    return json.dumps(value, ensure_ascii=False)


def safe_name(text: str, limit: int = 60) -> str:
    """A file name (<= 255 bytes) that keeps Chinese readable; a hash keeps it unique."""
    cleaned = UNSAFE_NAME.sub("-", text).strip("-.")[:limit]
    if cleaned == text and cleaned:
        return cleaned
    digest = hashlib.sha1(text.encode("utf-8")).hexdigest()[:6]
    return f"{cleaned}-{digest}" if cleaned else digest


def environment(templates: Path) -> jinja2.Environment:
    env = jinja2.Environment(loader=jinja2.FileSystemLoader(str(templates)), autoescape=False,
                             undefined=jinja2.StrictUndefined, trim_blocks=True, lstrip_blocks=True,
                             keep_trailing_newline=True)
    env.filters.update(md=md_escape, yaml=yaml_value, html=html_text)
    return env


class Site:
    """Where each generated page lives, and how pages link to each other."""

    def __init__(self, articles: list[Article], output: str):
        self.output = output
        self.pages = [a for a in articles if a.record.is_page]
        self._names: dict[tuple[str, str], str] = {}
        self._used: set[str] = set()

    def _page(self, folder: str, name: str) -> str:
        key = (folder, name)
        if key not in self._names:
            candidate = f"{self.output}/{folder}/{safe_name(name)}.md"
            if candidate in self._used:  # two names that clean to the same file name
                candidate = f"{self.output}/{folder}/{safe_name(name)}-{hashlib.sha1(name.encode()).hexdigest()[:6]}.md"
            self._names[key] = candidate
            self._used.add(candidate)
        return self._names[key]

    def tag_page(self, tag: str) -> str:
        return self._page("tags", tag)

    def topic_page(self, topic: str) -> str:
        return self._page("topics", topic)

    def person_page(self, name: str) -> str:
        return self._page("people", name)

    def org_page(self, name: str) -> str:
        return self._page("orgs", name)

    def author_page(self, name: str) -> str:
        return self._page("authors", name)

    def source_page(self, seed: str) -> str:
        return self._page("sources", seed.rsplit(".", 1)[0])


@functools.lru_cache(maxsize=4096)
def _up_and_down(base: str, target_dir: str) -> str:
    """The relative prefix from folder `base` to folder `target_dir` (both under docs/)."""
    rel = posixpath.relpath(target_dir or ".", base or ".")
    return "" if rel == "." else rel + "/"


def linker(from_path: str):
    """Relative links from one page; computed per target folder, not per link
    (posixpath.relpath on every link was a third of the render time)."""
    base = posixpath.dirname(from_path)

    def link(target: str) -> str:
        if not target:
            return "#"
        folder, _, name = target.rpartition("/")
        return _up_and_down(base, folder) + name
    return link


def source_title(source: SourceInfo) -> str:
    parts = [p for p in (source.publication, source.issue, source.date) if p]
    return " ".join(parts) if parts else source.seed


def search_userdict(articles: list[Article], userdict: Path) -> str:
    """jieba user dictionary for the search index: the user's terms plus the
    tags, people and organisations of the corpus, so that they stay whole."""
    lines = [line for line in userdict.read_text(encoding="utf-8").splitlines() if line.strip()]
    known = {line.split()[0] for line in lines}
    extra: set[str] = set()
    for a in articles:
        extra.update(a.info.tags, a.info.people, a.info.orgs, a.record.authors, a.info.staff)
    lines += [f"{w} 1000 n" for w in sorted(extra - known) if " " not in w and len(w) >= 2]
    return "\n".join(lines) + "\n"


@dataclass
class RenderedSite:
    """Pages by path under docs/. A page whose inputs are the same as in the
    previous build (its key is in `known`) is not rendered again: its text is
    None and the file on disk stays as it is."""

    known: Mapping[str, str] = field(default_factory=dict)  # path -> key, from the previous build
    salt: str = ""  # what every page depends on: code, settings, templates
    pages: dict[str, str | None] = field(default_factory=dict)
    keys: dict[str, str] = field(default_factory=dict)  # path -> digest of what the page was made from

    def page(self, path: str, inputs: object, make: Callable[[], str]) -> None:
        """Render the page with `make` unless `inputs` are what they were last time."""
        key = digest(self.salt, inputs)
        self.keys[path] = key
        self.pages[path] = None if self.known.get(path) == key else make()


def digest(*parts: object) -> str:
    # repr of the dataclasses is their whole content, in field order.
    return hashlib.sha1(repr(parts).encode("utf-8")).hexdigest()


def templates_digest(templates: Path) -> str:
    h = hashlib.sha1()
    for path in sorted(templates.rglob("*")):
        if path.is_file():
            h.update(path.relative_to(templates).as_posix().encode() + b"\0" + path.read_bytes() + b"\0")
    return h.hexdigest()


def render_site(articles: list[Article], templates: Path, output: str, userdict: Path | None = None,
                known: Mapping[str, str] | None = None, salt: str = "") -> RenderedSite:
    """Render every page. `known` maps page paths to the keys of the previous
    build; `salt` stands for everything else a page depends on (code,
    configuration), and the templates are added to it here."""
    env = environment(templates)
    site = Site(articles, output)
    out = RenderedSite(known=known or {}, salt=salt + templates_digest(templates))
    by_id = {a.record.id: a for a in site.pages}
    by_seed: dict[str, list[Article]] = defaultdict(list)
    for a in articles:
        by_seed[a.record.seed].append(a)
    # A page shows other articles (related reading, listings); their whole
    # content goes into its key through these per-article digests.
    version = {a.record.id: digest(a.record, a.info, a.source, a.path) for a in articles}

    item_tpl = env.get_template("listing.md.j2")
    listing_lines: dict[tuple[str, str], str] = {}

    def ctx(path: str, **extra) -> dict:
        link = linker(path)
        folder = posixpath.dirname(path)

        def links(names: list[str], page_of, sep: str) -> str:
            return sep.join(f"[{md_escape(n)}]({link(page_of(n))})" for n in names)

        def item(a: Article) -> str:
            # An article's line in a listing depends only on the article and the
            # listing's folder; it appears on up to a dozen term pages.
            key = (folder, a.record.id)
            if key not in listing_lines:
                listing_lines[key] = item_tpl.render(a=a, link=link).rstrip("\n")
            return listing_lines[key]

        return dict(link=link, links=links, item=item, tag_page=site.tag_page, topic_page=site.topic_page,
                    person_page=site.person_page, org_page=site.org_page, author_page=site.author_page,
                    kind_names=KIND_NAMES, **extra)

    article_tpl = env.get_template("article.md.j2")
    for seed, items in by_seed.items():
        pages = [a for a in items if a.record.is_page]
        for k, a in enumerate(pages):
            prev, next_ = (pages[k - 1] if k else None), (pages[k + 1] if k + 1 < len(pages) else None)
            related = [(by_id[rid], shared) for rid, shared in a.info.related if rid in by_id]
            topic_names = [t for t, _ in a.info.topics]
            names = ([site.author_page(n) for n in a.record.authors] + [site.person_page(n) for n in a.info.people]
                     + [site.org_page(n) for n in a.info.orgs]
                     + [site.tag_page(n) for n in a.info.tags] + [site.topic_page(n) for n in topic_names])
            inputs = (version[a.record.id], [(version[o.record.id], shared) for o, shared in related],
                      prev and version[prev.record.id], next_ and version[next_.record.id], site.source_page(seed), names)

            def make(a=a, prev=prev, next_=next_, related=related, topic_names=topic_names, seed=seed) -> str:
                source = a.source
                return article_tpl.render(**ctx(
                    a.path, rec=a.record, info=a.info, blocks=blocks(a.record.paragraphs), topic_names=topic_names,
                    source=source, source_name=source_title(source) if source else None,
                    source_page=site.source_page(seed), minutes=max(1, math.ceil(len(a.record.text) / 500)),
                    related=related, prev=prev, next=next_))
            out.page(a.path, inputs, make)

    groups = _groups(site)
    _term_pages(env, site, groups, out, ctx, version)
    _source_pages(env, site, by_seed, out, ctx, version)
    _overview(env, site, by_seed, groups, out.pages, ctx)
    if userdict is not None:
        out.pages[f"{output}/_search_userdict.txt"] = search_userdict(articles, userdict)
    return out


def _groups(site: Site) -> dict[str, dict[str, list[Article]]]:
    groups: dict[str, dict[str, list[Article]]] = {k: defaultdict(list) for k in ("tags", "topics", "people", "orgs", "authors")}
    for a in site.pages:
        for t in a.info.tags:
            groups["tags"][t].append(a)
        for t, _ in a.info.topics:
            groups["topics"][t].append(a)
        for n in a.info.people:
            groups["people"][n].append(a)
        for n in a.info.orgs:
            groups["orgs"][n].append(a)
        for n in dict.fromkeys(a.record.authors + a.info.staff):
            groups["authors"][n].append(a)
    return groups


TERM_TEXT = {
    "tags": ("标签", "标签：{}", "共 {} 个标签，按文章数排列。", "标签"),
    "topics": ("主题", "主题：{}", "共 {} 个主题，每篇文章按其内容归入一到三个主题。", "主题"),
    "people": ("人物", "人物：{}", "共 {} 位人物：新闻中的人（报刊的记者与编辑见“作者”）。", "人物"),
    "orgs": ("机构", "机构：{}", "共 {} 个机构：文中提到的企业、部门与组织。", "机构"),
    "authors": ("作者", "作者：{}", "共 {} 位作者：报刊的记者、摄影与编辑。", "作者"),
}


def _term_pages(env, site: Site, groups: dict[str, dict[str, list[Article]]], out: RenderedSite, ctx, version) -> None:
    from .site.charts import bar_chart

    page_of = {"tags": site.tag_page, "topics": site.topic_page, "people": site.person_page, "orgs": site.org_page,
               "authors": site.author_page}
    term_tpl, index_tpl = env.get_template("term.md.j2"), env.get_template("term_index.md.j2")
    for kind, members in groups.items():
        title, each, desc, label = TERM_TEXT[kind]
        entries = sorted(members.items(), key=lambda kv: (-len(kv[1]), kv[0]))
        for name, arts in entries:
            path = page_of[kind](name)
            out.page(path, (each.format(name), [version[a.record.id] for a in arts]),
                     lambda path=path, name=name, arts=arts: term_tpl.render(**ctx(
                         path, title=each.format(name), articles=arts, description=f"{len(arts)} 篇文章")))
        index = f"{site.output}/{kind}/index.md"
        chart = bar_chart([(n, len(a)) for n, a in entries[:15]], f"{title}（前 15）") if kind in ("tags", "topics") else ""
        out.pages[index] = index_tpl.render(**ctx(index, title=title, description=desc.format(len(entries)), label=label,
                                              chart=chart, entries=[(n, page_of[kind](n), len(a)) for n, a in entries]))


def _date_key(source: SourceInfo | None, seed: str) -> tuple:
    date = source.date if source and source.date else ""
    return (date == "", "".join(chr(0x10FFFF - ord(c)) for c in date), seed)


def _source_pages(env, site: Site, by_seed, out: RenderedSite, ctx, version) -> None:
    from .site.charts import bar_chart

    tpl = env.get_template("source.md.j2")
    rows = []
    # Newest dated issue first; files whose text gives no date follow by name.
    for seed, items in sorted(by_seed.items(), key=lambda kv: _date_key(kv[1][0].source, kv[0])):
        path = site.source_page(seed)
        source = items[0].source or SourceInfo(seed=seed)
        title = source_title(source)
        out.page(path, (title, source, [version[a.record.id] for a in items]),
                 lambda path=path, title=title, source=source, items=items: tpl.render(**ctx(
                     path, title=title, description=f"{title}：按版面顺序的全部内容", source=source,
                     records=[{"page": a.record.is_page, "article": a} for a in items])))
        rows.append((title, path, sum(1 for a in items if a.record.is_page)))
    index = f"{site.output}/sources/index.md"
    out.pages[index] = env.get_template("term_index.md.j2").render(**ctx(
        index, title="来源", description=f"共 {len(rows)} 份报刊文本，按出版日期由新到旧排列（未印日期的列在最后）。", label="来源",
        chart=bar_chart([(t, n) for t, _, n in rows], "各来源文章数"), entries=rows))


def _overview(env, site: Site, by_seed, groups: dict[str, dict[str, list[Article]]], files: dict[str, str], ctx) -> None:
    from .site.charts import bar_chart

    numbers = _stat_numbers(site, by_seed, groups)
    index = f"{site.output}/index.md"
    files[index] = env.get_template("overview.md.j2").render(**ctx(
        index, description="馆藏总览：来源、主题、标签、人物与机构",
        stats=env.get_template("stats.md.j2").render(base="", chart="", **numbers),
        recent=[a for a in site.pages if a.record.kind != "brief"][:20]))
    # The hand-written home page includes this snippet (links relative to docs/).
    topics = sorted(((t, len(a)) for t, a in groups["topics"].items()), key=lambda x: (-x[1], x[0]))
    files[f"{site.output}/_stats.md"] = env.get_template("stats.md.j2").render(
        base=f"{site.output}/", chart=bar_chart(topics, "各主题文章数"), **numbers)


def _stat_numbers(site: Site, by_seed, groups) -> dict[str, int]:
    return dict(n_sources=len(by_seed), n_articles=sum(1 for a in site.pages if a.record.kind != "brief"),
                n_briefs=sum(1 for a in site.pages if a.record.kind == "brief"), n_topics=len(groups["topics"]),
                n_tags=len(groups["tags"]), n_people=len(groups["people"]), n_orgs=len(groups["orgs"]))
