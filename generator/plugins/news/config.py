"""Options of the `news` plugin (the generator), under `plugins:` in mkdocs.yml.

The generator's own settings (input folder, data files, tag and topic
limits) stay in the file named by `config_file`, validated by
generator.config.load_config; these options say how MkDocs runs it.
"""
from __future__ import annotations

from mkdocs.config.base import Config, ValidationError
from mkdocs.config.config_options import Dir, File, Optional, Type


class Count(Type):
    """A whole number, 1 or more."""

    def __init__(self, default: int = 1) -> None:
        super().__init__(int, default=default)

    def run_validation(self, value: object) -> int:
        number = super().run_validation(value)
        if isinstance(number, bool) or number < 1:
            raise ValidationError(f"Expected a whole number of 1 or more, but received: {value!r}")
        return number


class NewsConfig(Config):
    enabled = Type(bool, default=True)

    # The generator's settings (generator.yml); relative to mkdocs.yml. When
    # not given, generator.yml beside mkdocs.yml, or the defaults without it.
    config_file = Optional(File(exists=True))
    # The folder of input text files, instead of the one named in config_file.
    seeds = Optional(Dir(exists=True))
    # Input files read and split in this many processes (same output).
    jobs = Count(default=1)
    # Per-file results kept in the cache folder named in config_file.
    cache = Type(bool, default=True)
