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
from collections import Counter, defaultdict
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

import jinja2
import yaml

from .enrich.sources import page_of
from .model import Article, SourceInfo
from .reading import reader_title, summary_adds
from .site.charts import bars, cloud
from .site.initials import by_initial
from .typography import typeset
from .regex_cache import compile as rx

# The characters Python-Markdown (with tables) lets a backslash escape.
MD_SPECIAL = rx(r"([\\`*_{}\[\]()#+\-.!|])")
LINE_BREAK = rx(r"\s*\n\s*")
UNSAFE_NAME = rx(r"[\s/\\:*?\"<>|#%&{}$!'@+`=\[\]()^~;,]+")
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
        if p.verse:
            out.append({"type": "verse", "lines": p.text.split("\n")})
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


# Characters a YAML reader takes as line breaks or refuses (C0 and C1 controls,
# DEL, NEL, U+2028/U+2029, BOM, non-characters, lone surrogates): a string
# holding any of them is written double-quoted, where the emitter escapes them.
NOT_PLAIN = rx(r"[\x00-\x1f\x7f-\x9f\u2028\u2029\ufeff\ufffe\uffff\ud800-\udfff]")


class _FrontMatterDumper(yaml.SafeDumper):
    pass


def _represent_str(dumper: yaml.SafeDumper, text: str) -> yaml.ScalarNode:
    return dumper.represent_scalar("tag:yaml.org,2002:str", text, style='"' if NOT_PLAIN.search(text) else None)


_FrontMatterDumper.add_representer(str, _represent_str)

# libyaml's emitter, when PyYAML was built with it, writes the same text about
# four times faster (a tenth of the generator's time at 10,000 articles went
# into front matter), except for characters beyond the Basic Multilingual
# Plane, which it escapes, and lone surrogates, which it refuses: a page whose
# values hold one is written by the Python emitter, so that the pages are the
# same bytes on every machine.
_FastDumper: type | None = None
if getattr(yaml, "__with_libyaml__", False):
    class _FastDumper(yaml.CSafeDumper):  # type: ignore[no-redef]
        pass

    _FastDumper.add_representer(str, _represent_str)
NOT_BMP = rx(r"[\ud800-\udfff\U00010000-\U0010ffff]")


def _only_bmp(value: object) -> bool:
    if isinstance(value, str):
        return not NOT_BMP.search(value)
    if isinstance(value, (list, tuple)):
        return all(_only_bmp(v) for v in value)
    if isinstance(value, Mapping):
        return all(_only_bmp(k) and _only_bmp(v) for k, v in value.items())
    return True


def _dump(meta: dict, dumper: type) -> str:
    return yaml.dump(meta, Dumper=dumper, allow_unicode=True, sort_keys=False, width=1 << 30)


def front_matter(meta: Mapping) -> str:
    """A page's front matter block, '---' lines included, written by a YAML
    emitter: whatever characters a headline holds, MkDocs reads back the same
    values and never shows the block as text."""
    meta = dict(meta)
    fast = _FastDumper is not None and _only_bmp(meta)
    return f"---\n{_dump(meta, _FastDumper if fast else _FrontMatterDumper)}---"


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
    env.filters.update(md=md_escape, yaml=yaml_value, html=html_text, front_matter=front_matter)
    return env


class Site:
    """Where each generated page lives, and how pages link to each other."""

    def __init__(self, articles: list[Article], output: str):
        self.output = output
        self.pages = [a for a in articles if a.record.is_page]
        self._names: dict[tuple[str, str], str] = {}
        self._used: set[str] = set()  # lower-cased: two pages must differ on any file system
        # Source pages are named in file name order, whatever order the pages are made in.
        self._sources = {seed: self._page("sources", _source_name(seed), seed)
                         for seed in sorted({a.record.seed for a in articles})}

    def _page(self, folder: str, name: str, ident: str | None = None) -> str:
        """The page of `ident` (default: the name) in `folder`, named after `name`."""
        ident = name if ident is None else ident
        key = (folder, ident)
        if key not in self._names:
            candidate = f"{self.output}/{folder}/{safe_name(name)}.md"
            # Two names that clean to the same file name, or one that would take
            # the place of the folder's index page, get a hash of their own.
            if candidate.lower() in self._used or safe_name(name).lower() == "index":
                candidate = f"{self.output}/{folder}/{safe_name(name)}-{hashlib.sha1(ident.encode()).hexdigest()[:6]}.md"
            self._names[key] = candidate
            self._used.add(candidate.lower())
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
        return self._sources.get(seed) or self._page("sources", _source_name(seed), seed)

    def index_page(self, kind: str) -> str:
        return f"{self.output}/{kind}/index.md"

    def letter_page(self, kind: str, letter: str) -> str:
        """All names of one pinyin initial, when an index is too long for one page
        (in a folder of its own: no tag or name can take these paths)."""
        return f"{self.output}/initials/{kind}-{'other' if letter == '#' else letter.lower()}.md"

    def month_page(self, month: str) -> str:
        return f"{self.output}/dates/{month}.md"

    def more_page(self, first: str, number: int) -> str:
        """Page `number` (2, 3, ...) of a long listing whose first page is `first`."""
        return f"{first[:-3]}/{number}.md"

    def term_page(self, kind: str, name: str) -> str:
        return {"tags": self.tag_page, "topics": self.topic_page, "people": self.person_page, "orgs": self.org_page,
                "authors": self.author_page}[kind](name)


def _source_name(seed: str) -> str:
    """A .txt file is named by its stem (003_x.txt -> 003_x); any other file by
    its whole name, so that x.md and x.html keep pages of their own."""
    stem, dot, ext = seed.rpartition(".")
    if dot and ext == "txt" and stem:
        return stem
    return seed



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


PER_PAGE = 100  # articles on one page of a tag's, person's or month's listing
CLOUD_SIZE = 40  # the most used names shown as a cloud atop an index
ONE_PAGE_INDEX = 400  # more names than this: one page per pinyin initial
MONTHS = "一二三四五六七八九十"


def zh_date(iso: str | None) -> str:
    """2024-06-15 -> 2024年6月15日 (2024-06 -> 2024年6月)."""
    if not iso:
        return ""
    parts = [int(p) for p in iso.split("-")]
    return "".join(f"{n}{unit}" for n, unit in zip(parts, "年月日"))


def readable_file_name(seed: str) -> str:
    """A file name as a reader can say it: no extension, no machine digest,
    separators as spaces ("000_1c3e3f204002602b.txt" -> "文件 000")."""
    stem = seed.rsplit(".", 1)[0]
    words = [w for w in rx(r"[_\-\s]+").split(stem) if w and not rx(r"(?=.*\d)(?=.*[a-f])[0-9a-f]{8,}").fullmatch(w)]
    return "文件 " + (" ".join(words) or stem)


def source_title(source: SourceInfo) -> str:
    """中国经营报 2024年3月4日: the paper and the day of the issue, as far as
    the text or the sidecar names them; the file's name only when nothing does."""
    name = source.publication or readable_file_name(source.seed)
    return f"{name} {zh_date(source.date)}" if source.date else name


def source_names(by_seed: Mapping[str, list[Article]]) -> dict[str, str]:
    """Each file's source title; files that would share one (two undated
    issues of a paper) are told apart by their file names."""
    names = {seed: source_title(items[0].source or SourceInfo(seed=seed)) for seed, items in by_seed.items()}
    shared = {n for n, times in Counter(names.values()).items() if times > 1}
    return {seed: f"{name}（{readable_file_name(seed)}）" if name in shared else name for seed, name in names.items()}


def byline_with_links(byline: str, authors: list[tuple[str, str]]) -> str:
    """Markdown for a byline whose author names are links ("本报记者 [孙琳](…) 北京报道");
    names it does not hold as written are added after it."""
    text = md_escape(byline)
    spans: list[tuple[int, int, str, str]] = []
    for name, href in sorted(authors, key=lambda a: -len(a[0])):  # 张三丰 before 张三
        escaped = md_escape(name)
        # As printed, or letter-spaced to fill the line ("孟 珂"): shown closed up.
        spaced = re.compile(r"[ \u3000]*".join(map(re.escape, escaped)))  # built from the text: not worth keeping
        found = next((m for m in spaced.finditer(text) if not any(s < m.end() and m.start() < e for s, e, _, _ in spans)), None)
        if found:
            spans.append((found.start(), found.end(), escaped, href))
    out, last = [], 0
    for start, end, escaped, href in sorted(spans):
        out += [text[last:start], f"[{escaped}]({href})"]
        last = end
    out.append(text[last:])
    missing = [f"[{md_escape(n)}]({href})" for n, href in authors if md_escape(n) not in {s[2] for s in spans}]
    if missing:
        out.append(("（作者：" if text else "作者：") + "、".join(missing) + ("）" if text else ""))
    return "".join(out)


def page_label(page: str | None) -> str:
    """A printed page as readers say it: "A3" -> "A3 版"; "第3版 要闻" as printed."""
    if not page:
        return ""
    return f"{page} 版" if rx(r"[A-Za-z]{0,2}\d{1,3}").fullmatch(page) else page


def render_site(articles: list[Article], templates: Path, output: str, userdict: Path | None = None,
                known: Mapping[str, str] | None = None, salt: str = "") -> RenderedSite:
    """Render every page. `known` maps page paths to the keys of the previous
    build; `salt` stands for everything else a page depends on (code,
    configuration), and the templates are added to it here. (`userdict` is
    no longer needed: the search index does not segment words.)"""
    env = environment(templates)
    site = Site(articles, output)
    out = RenderedSite(known=known or {}, salt=salt + templates_digest(templates))
    by_id = {a.record.id: a for a in site.pages}
    by_seed: dict[str, list[Article]] = defaultdict(list)
    for a in articles:
        by_seed[a.record.seed].append(a)
    names = source_names(by_seed)
    # A page shows other articles (related reading, listings); their whole
    # content goes into its key through these per-article digests.
    version = {a.record.id: digest(a.record, a.info, a.source, a.path, names[a.record.seed]) for a in articles}
    titles: dict[str, str] = {}

    def title(a: Article) -> str:
        if a.record.id not in titles:
            titles[a.record.id] = reader_title(a.record)
        return titles[a.record.id]

    item_tpl = env.get_template("listing.md.j2")
    listing_lines: dict[tuple[str, str], str] = {}

    def ctx(path: str, **extra) -> dict:
        link = linker(path)
        folder = posixpath.dirname(path)

        def links(items: list[str], page_of_name, sep: str) -> str:
            return sep.join(f"[{md_escape(n)}]({link(page_of_name(n))})" for n in items)

        def item(a: Article) -> str:
            # An article's line in a listing depends only on the article and the
            # listing's folder; it appears on up to a dozen term pages.
            key = (folder, a.record.id)
            if key not in listing_lines:
                listing_lines[key] = item_tpl.render(a=a, link=link, title=title(a), source_name=names[a.record.seed],
                                                     date=zh_date(a.source.date if a.source else None)).rstrip("\n")
            return listing_lines[key]

        def signed(rec) -> str:
            """The byline as printed, each author's name in it a link to the
            author's page; authors it does not spell out follow it."""
            return byline_with_links(rec.byline or "", [(n, link(site.author_page(n))) for n in rec.authors])

        return dict(link=link, links=links, item=item, signed=signed, title_of=title, tag_page=site.tag_page, topic_page=site.topic_page,
                    person_page=site.person_page, org_page=site.org_page, author_page=site.author_page,
                    kind_names=KIND_NAMES, zh_date=zh_date, output=output, **extra)

    _article_pages(env, site, by_seed, by_id, names, out, ctx, version, title)
    groups = _groups(site)
    _term_pages(env, site, groups, out, ctx, version)
    _source_pages(env, site, by_seed, names, out, ctx, version)
    _date_archive(env, site, by_seed, names, out, ctx)
    _overview(env, site, by_seed, groups, names, out.pages, ctx)
    return out


def crumbs(site: Site, *trail: tuple[str, str]) -> list[list[str]]:
    """Breadcrumbs for front matter: [title, page path under docs/] from the
    home page down to the page's parent (overrides/partials/path.html shows them)."""
    return [["首页", "index.md"]] + [[name, path] for name, path in trail]


def _article_pages(env, site: Site, by_seed, by_id, names, out: RenderedSite, ctx, version, title) -> None:
    article_tpl = env.get_template("article.md.j2")
    for seed, items in by_seed.items():
        pages = [a for a in items if a.record.is_page]
        for k, a in enumerate(pages):
            prev, next_ = (pages[k - 1] if k else None), (pages[k + 1] if k + 1 < len(pages) else None)
            related = [(by_id[rid], shared) for rid, shared in a.info.related if rid in by_id]
            topic_names = [t for t, _ in a.info.topics]
            links = ([site.author_page(n) for n in a.record.authors] + [site.person_page(n) for n in a.info.people]
                     + [site.org_page(n) for n in a.info.orgs]
                     + [site.tag_page(n) for n in a.info.tags] + [site.topic_page(n) for n in topic_names])
            inputs = (version[a.record.id], [(version[o.record.id], shared) for o, shared in related],
                      prev and version[prev.record.id], next_ and version[next_.record.id], site.source_page(seed), links)

            def make(a=a, prev=prev, next_=next_, related=related, topic_names=topic_names, seed=seed) -> str:
                source = a.source or SourceInfo(seed=seed)
                return article_tpl.render(**ctx(
                    a.path, a=a, rec=a.record, info=a.info, blocks=blocks(a.record.paragraphs), topic_names=topic_names,
                    source=source, source_name=names[seed], source_page=site.source_page(seed),
                    page=page_label(page_of(a.record, source)), date=zh_date(source.date),
                    show_summary=summary_adds(a.info.summary, a.record.paragraphs),
                    minutes=max(1, math.ceil(len(a.record.text) / 500)), related=related, prev=prev, next=next_,
                    crumbs=crumbs(site, ("来源", site.index_page("sources")), (names[seed], site.source_page(seed))),
                    heading=title(a)))
            out.page(a.path, inputs, make)


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


@dataclass(frozen=True)
class TermText:
    title: str  # of the index page
    each: str  # title of one name's page
    about: str  # what the index lists
    unit: str  # counted names ("个标签")


TERM_TEXT = {
    "tags": TermText("标签", "标签：{}", "标签是文章讨论的具体话题，每篇文章三到八个。", "个标签"),
    "topics": TermText("主题", "主题：{}", "每篇文章按其内容归入一到三个主题。", "个主题"),
    "people": TermText("新闻人物", "人物：{}", "文章中报道或引述的人物（报刊的记者与编辑见“作者”）。", "位人物"),
    "orgs": TermText("机构", "机构：{}", "文章中提到的企业、部门与组织。", "个机构"),
    "authors": TermText("作者", "作者：{}", "报刊的记者、编辑与摄影：署名的作者，以及文中提到的本报人员。", "位作者"),
}


def _pages_of(items: list, per_page: int = PER_PAGE) -> list[list]:
    return [items[i:i + per_page] for i in range(0, len(items), per_page)] or [[]]


def _newest_first(arts: list[Article]) -> list[Article]:
    """Dated articles newest first, then the undated, each in catalog order."""
    dated = sorted((a for a in arts if a.source and a.source.date), key=lambda a: a.source.date, reverse=True)
    return dated + [a for a in arts if not (a.source and a.source.date)]


def _listing_pages(env, site: Site, out: RenderedSite, ctx, version, first: str, heading: str, description: str,
                   arts: list[Article], trail: list[tuple[str, str]]) -> None:
    """A listing of articles, newest first, PER_PAGE to a page: `first`, then first/2.md, ..."""
    chunks = _pages_of(_newest_first(arts))
    paths = [first] + [site.more_page(first, n) for n in range(2, len(chunks) + 1)]
    tpl = env.get_template("term.md.j2")
    for n, (path, chunk) in enumerate(zip(paths, chunks), 1):
        out.page(path, (heading, description, n, len(paths), trail, [version[a.record.id] for a in chunk]),
                 lambda path=path, chunk=chunk, n=n: tpl.render(**ctx(
                     path, title=heading if n == 1 else f"{heading}（第 {n} 页）", description=description,
                     articles=chunk, number=n, pages=list(enumerate(paths, 1)), crumbs=crumbs(site, *trail))))


def _term_pages(env, site: Site, groups: dict[str, dict[str, list[Article]]], out: RenderedSite, ctx, version) -> None:
    index_tpl, letter_tpl = env.get_template("term_index.md.j2"), env.get_template("term_letter.md.j2")
    for kind, members in groups.items():
        text = TERM_TEXT[kind]
        index = site.index_page(kind)
        trail = [(text.title, index)]
        entries = sorted(members.items(), key=lambda kv: (-len(kv[1]), kv[0]))
        for name, arts in entries:
            _listing_pages(env, site, out, ctx, version, site.term_page(kind, name), text.each.format(name),
                           f"{len(arts)} 篇文章", arts, trail)
        link = linker(index)
        counts = [(name, len(arts)) for name, arts in entries]
        if kind == "topics":  # a few broad topics: every one a bar
            chart = bars([(md_escape(n), c, link(site.term_page(kind, n))) for n, c in counts], "各主题文章数")
            out.pages[index] = index_tpl.render(**ctx(index, text=text, total=len(entries), chart=chart, letters=[]))
            continue
        # Long indexes: one page per pinyin initial, and the index only names the letters.
        paged = len(entries) > ONE_PAGE_INDEX
        initials = by_initial(counts)
        letters = [{"letter": letter, "count": len(names), "anchor": _anchor(letter),
                    "page": link(site.letter_page(kind, letter)) if paged else "",
                    "names": [] if paged else [(n, c, link(site.term_page(kind, n))) for n, c in names]}
                   for letter, names in initials]
        for letter, names in initials if paged else []:
            target = site.letter_page(kind, letter)
            here = linker(target)
            out.pages[target] = letter_tpl.render(**ctx(
                target, text=text, letter=letter, crumbs=crumbs(site, *trail), index=here(index),
                others=[(other, len(n), here(site.letter_page(kind, other))) for other, n in initials],
                names=[(n, c, here(site.term_page(kind, n))) for n, c in names]))
        top = [(md_escape(n), c, link(site.term_page(kind, n))) for n, c in counts[:CLOUD_SIZE]]
        chart = cloud(top, f"最常见的 {len(top)} {text.unit[1:]}：字号越大，文章越多") if len(entries) > 1 else ""
        out.pages[index] = index_tpl.render(**ctx(index, text=text, total=len(entries), chart=chart, letters=letters))


def _anchor(letter: str) -> str:
    return "initial-" + ("other" if letter == "#" else letter.lower())


def _date_key(source: SourceInfo | None, seed: str) -> tuple:
    """Newest dated issue first; files whose text gives no date follow by name."""
    date = source.date if source and source.date else ""
    return (date == "", "".join(chr(0x10FFFF - ord(c)) for c in date), seed)


def _source_pages(env, site: Site, by_seed, names, out: RenderedSite, ctx, version) -> None:
    tpl = env.get_template("source.md.j2")
    index = site.index_page("sources")
    link = linker(index)
    rows = []
    for seed, items in sorted(by_seed.items(), key=lambda kv: _date_key(kv[1][0].source, kv[0])):
        path = site.source_page(seed)
        source = items[0].source or SourceInfo(seed=seed)
        name = names[seed]
        out.page(path, (name, source, [version[a.record.id] for a in items]),
                 lambda path=path, name=name, source=source, items=items: tpl.render(**ctx(
                     path, title=name, description=f"{name}：按版面顺序的全部内容", source=source,
                     runs=_runs(items), crumbs=crumbs(site, ("来源", index)))))
        rows.append({"name": name, "link": link(path), "date": source.date or "", "count": sum(1 for a in items if a.record.is_page),
                     "publication": source.publication or ""})
    dated = [r for r in rows if r["date"]]
    by_month: dict[str, list[dict]] = defaultdict(list)
    for r in dated:
        by_month[r["date"][:7]].append(r)
    months = [{"title": zh_date(m), "link": link(site.month_page(m)), "rows": rs} for m, rs in by_month.items()]
    out.pages[index] = env.get_template("sources_index.md.j2").render(**ctx(
        index, months=months, undated=[r for r in rows if not r["date"]], total=len(rows), dates_page=site.index_page("dates")))


def _runs(items: list[Article]) -> list[dict]:
    """A source's records in print order: each article on its own, each run of
    other matter (ads, mastheads, contents) as one group; and where the
    printed page changes, the page."""
    runs: list[dict] = []
    page = None
    for a in items:
        here = page_of(a.record, a.source)
        if here and here != page and a.record.is_page:
            runs.append({"type": "page", "label": page_label(here)})
            page = here
        if a.record.is_page:
            runs.append({"type": "article", "article": a, "page": page_label(here)})
        elif runs and runs[-1]["type"] == "other":
            runs[-1]["records"].append(a.record)
        else:
            runs.append({"type": "other", "records": [a.record]})
    for run in runs:
        if run["type"] == "other":
            kinds = list(dict.fromkeys(r.what or "其他内容" for r in run["records"]))
            run["summary"] = "、".join(kinds[:3]) + ("等" if len(kinds) > 3 else "")
    return runs


def _date_archive(env, site: Site, by_seed, names, out: RenderedSite, ctx) -> None:
    """Year and month pages: the issues of each month by day, and their articles."""
    index = site.index_page("dates")
    link = linker(index)
    months: dict[str, list[tuple[str, list[Article]]]] = defaultdict(list)
    undated = 0
    for seed, items in sorted(by_seed.items(), key=lambda kv: _date_key(kv[1][0].source, kv[0])):
        source = items[0].source
        pages = [a for a in items if a.record.is_page]
        if source and source.date:
            months[source.date[:7]].append((seed, pages))
        else:
            undated += len(pages)
    years: dict[str, list[tuple[str, int, str]]] = defaultdict(list)
    for month, issues in months.items():
        years[month[:4]].append((f"{int(month[5:7])}月", sum(len(p) for _, p in issues), link(site.month_page(month))))
        path = site.month_page(month)
        here = linker(path)
        days = [{"date": zh_date(items[0].source.date), "name": names[seed], "link": here(site.source_page(seed)),
                 "articles": items} for seed, items in issues]
        out.pages[path] = env.get_template("month.md.j2").render(**ctx(
            path, title=zh_date(month), days=days, total=sum(len(d["articles"]) for d in days),
            crumbs=crumbs(site, ("日期", index))))
    charts = [(f"{year}年", bars(rows, f"{year}年各月文章数"), sum(n for _, n, _ in rows)) for year, rows in years.items()]
    out.pages[index] = env.get_template("dates.md.j2").render(**ctx(
        index, years=charts, undated=undated, sources_page=site.index_page("sources")))


def _overview(env, site: Site, by_seed, groups: dict[str, dict[str, list[Article]]], names, files: dict[str, str | None],
              ctx) -> None:
    numbers = _stat_numbers(site, by_seed, groups)
    index = f"{site.output}/index.md"
    recent = _newest_first([a for a in site.pages if a.record.kind != "brief"])[:20]
    files[index] = env.get_template("overview.md.j2").render(**ctx(
        index, description="馆藏总览：来源、日期、主题、标签、人物与机构",
        stats=env.get_template("stats.md.j2").render(base="", chart="", **numbers), recent=recent))
    # The hand-written home page includes this snippet (links relative to docs/).
    topics = sorted(((t, len(a)) for t, a in groups["topics"].items()), key=lambda x: (-x[1], x[0]))
    home = linker("index.md")
    chart = bars([(md_escape(t), n, home(site.topic_page(t))) for t, n in topics], "各主题文章数")
    files[f"{site.output}/_stats.md"] = env.get_template("stats.md.j2").render(base=f"{site.output}/", chart=chart, **numbers)
    files[f"{site.output}/_quality.md"] = env.get_template("quality.md.j2").render(**_quality_numbers(site, by_seed, names))


def _stat_numbers(site: Site, by_seed, groups) -> dict[str, int]:
    return dict(n_sources=len(by_seed), n_articles=sum(1 for a in site.pages if a.record.kind != "brief"),
                n_briefs=sum(1 for a in site.pages if a.record.kind == "brief"), n_topics=len(groups["topics"]),
                n_tags=len(groups["tags"]), n_people=len(groups["people"]), n_orgs=len(groups["orgs"]),
                n_authors=len(groups["authors"]))


def _quality_numbers(site: Site, by_seed, names) -> dict:
    """What the reader can check about this collection: how many sources and
    articles are named, dated and placed on their printed page."""
    sources = [items[0].source or SourceInfo(seed=seed) for seed, items in by_seed.items()]
    pages = site.pages
    return dict(n_sources=len(sources), named=sum(1 for s in sources if s.publication),
                dated=sum(1 for s in sources if s.date), n_pages=len(pages),
                dated_articles=sum(1 for a in pages if a.source and a.source.date),
                placed=sum(1 for a in pages if page_of(a.record, a.source)),
                generated=sum(1 for a in pages if a.record.title_generated),
                signed=sum(1 for a in pages if a.record.authors),
                other=sum(1 for items in by_seed.values() for a in items if not a.record.is_page))
