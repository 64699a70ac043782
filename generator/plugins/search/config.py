"""Options of the `news/search` plugin, under `plugins:` in mkdocs.yml."""
from __future__ import annotations

from mkdocs.config.base import Config
from mkdocs.config.config_options import Optional, PathSpec, Type


class SearchConfig(Config):
    enabled = Type(bool, default=True)

    # Title of the search page, and its entry in the navigation.
    title = Type(str, default="搜索")
    # Pages left out of the index, as lines of gitignore-style patterns over
    # their paths in docs/ (like MkDocs' own exclude_docs); a page can also
    # leave itself out with `search: {exclude: true}` in its front matter.
    exclude = Optional(PathSpec())
