"""Options of the `news/search` plugin, under `plugins:` in mkdocs.yml."""
from __future__ import annotations

from mkdocs.config.base import Config
from mkdocs.config.config_options import Optional, PathSpec, Type


class SearchConfig(Config):
    enabled = Type(bool, default=True)

    # What the search box in the header says.
    title = Type(str, default="搜索")
    placeholder = Type(str, default="搜索文章")
    hint = Type(str, default="输入词语即可搜索全部文章；几个词用空格分开时，须同时出现")
    # Pages left out of the index, as lines of gitignore-style patterns over
    # their paths in docs/ (like MkDocs' own exclude_docs); a page can also
    # leave itself out with `search: {exclude: true}` in its front matter.
    exclude = Optional(PathSpec())
