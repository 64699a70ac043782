"""Options of the `news/feed` plugin, under `plugins:` in mkdocs.yml."""
from __future__ import annotations

from mkdocs.config.base import Config
from mkdocs.config.config_options import Type


class FeedConfig(Config):
    enabled = Type(bool, default=True)

    # File names in the site; an empty name leaves that feed out.
    json_feed = Type(str, default="feed.json")  # JSON Feed 1.1
    atom_feed = Type(str, default="feed.xml")  # Atom (RFC 4287), for every feed reader
