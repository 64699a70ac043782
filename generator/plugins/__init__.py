"""The site stage as MkDocs plugins, one folder per concern, each with its
options (config.py) and its events (plugin.py), the way Material lays out
material/plugins/:

- news/   the generator: regenerates docs/<output>/ from the input files at
          the start of every build, and makes `mkdocs serve` watch them;
- search/ the search page and our index in pieces (shards.py), built from
          the rendered pages;
- feed/   the JSON Feed and the Atom feed of the articles.

They are registered under `mkdocs.plugins` in pyproject.toml and switched on
under `plugins:` in mkdocs.yml (`news`, `news/search`, `news/feed`).
Charts are not a plugin: they are drawn into the Markdown while the pages are
rendered (generator/site/charts.py), with no MkDocs event involved.
"""
