"""The site stage as MkDocs plugins, one folder per concern, each with its
options (config.py) and its events (plugin.py), the way Material lays out
material/plugins/:

- news/   the generator: regenerates docs/<output>/ from the input files at
          the start of every build, and makes `mkdocs serve` watch them.

They are registered under `mkdocs.plugins` in pyproject.toml and switched on
under `plugins:` in mkdocs.yml.
"""
