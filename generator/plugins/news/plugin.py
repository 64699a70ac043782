"""The generator as a MkDocs plugin (`news` under `plugins:` in mkdocs.yml).

`mkdocs build` regenerates docs/<output>/ from the input files before MkDocs
collects the pages, so that one command builds the whole site. `mkdocs serve`
also watches the input files, templates, data files and settings, and
regenerates only what changed, in the serving process (session.py).
"""
from __future__ import annotations

import json
import logging
import os
import shutil
import sys
import time
from pathlib import Path
from typing import NoReturn

from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin, PrefixedLogger, event_priority

from ...config import Config, load_config
from ...enrich.text import tokenizer
from ...errors import ConfigError, InputError
from ...pipeline import Outcome, build
from .config import NewsConfig
from .session import Session, inputs

log = PrefixedLogger("news", logging.getLogger("mkdocs.plugins.news"))


class NewsPlugin(BasePlugin[NewsConfig]):

    def __init__(self) -> None:
        self.serving = False
        self.session = Session()
        self.settings: Config | None = None
        self.settings_file: Path | None = None

    # Because the plugin defines on_startup, MkDocs keeps this one instance for
    # every rebuild of `mkdocs serve`: the session lives as long as the server.
    def on_startup(self, *, command: str, dirty: bool) -> None:
        self.serving = command == "serve"
        self.session = Session()

    def on_config(self, config):
        if not self.config.enabled:
            return config
        root = Path(config.config_file_path).parent if config.config_file_path else Path.cwd()
        self.settings_file = Path(self.config.config_file) if self.config.config_file else root / "generator.yml"
        seeds = Path(self.config.seeds) if self.config.seeds else None
        try:
            self.settings = load_config(self.settings_file, seeds=seeds)
        except ConfigError as exc:
            raise PluginError(str(exc)) from None
        if self.settings.docs.resolve() != Path(config.docs_dir).resolve():
            raise PluginError(f"{self.settings_file}: 'docs' is {self.settings.docs}, but mkdocs.yml's docs_dir is "
                              f"{config.docs_dir}: the generated pages would not be part of the site")
        return config

    # First among the plugins: the generated pages are on disk before anything
    # looks for pages (MkDocs collects the files right after this event).
    @event_priority(100)
    def on_pre_build(self, *, config) -> None:
        if not self.config.enabled or self.settings is None:
            return
        settings = self.settings
        options = (str(self.settings_file), str(settings.seeds), self.config.jobs, self.config.cache)
        paths = inputs(settings, self.settings_file)
        if self.serving and not self.session.changed(options, paths):
            log.debug("inputs unchanged: the generated pages stay as they are")
            return
        if self.serving and self.session.dictionary_changed(settings.vocabulary.userdict):
            restart(config, settings.vocabulary.userdict)
        first = self.session.seen is None
        self.session.mark(options, paths)
        start = time.perf_counter()
        try:
            outcome = build(settings, self.config.jobs, self.config.cache,
                            memory=self.session.memory if self.serving else None)
        except (InputError, ConfigError) as exc:
            self.session.forget()
            raise PluginError(str(exc)) from None
        for line in outcome.skipped:
            log.warning(line)  # `mkdocs build --strict` fails on these, as `generator build --strict` does
        log.info(summary(outcome, time.perf_counter() - start, first))
        log.debug("profile: %s", json.dumps(outcome.figures(), sort_keys=True))
        if self.serving and self.session.dictionary is None:
            # Loaded now rather than when the first edit comes in (when every
            # file came from the cache, no file has needed it yet).
            tokenizer(settings.vocabulary.userdict)
            self.session.holds_dictionary(settings.vocabulary.userdict)

    def on_serve(self, server, *, config, builder):
        if not self.config.enabled or self.settings is None:
            return server
        for path in inputs(self.settings, self.settings_file):
            if path.exists():
                server.watch(str(path))
        watch_hand_written_pages_only(server, Path(config.docs_dir), self.settings.out_dir)
        return server


def summary(outcome: Outcome, seconds: float, first: bool) -> str:
    return (f"generated pages {'built' if first else 'rebuilt'} in {seconds:.2f} s: {outcome.processed} file(s) read, "
            f"{outcome.cached} unchanged, {outcome.rendered} page(s) rendered")


def watch_hand_written_pages_only(server, docs: Path, generated: Path) -> None:
    """MkDocs watches the whole docs folder. The generated folder in it, and
    the writer's lock file beside it, are written by this plugin during each
    build, and watching them would start a second rebuild after every
    regeneration; so each other file and folder in docs/ is watched instead.
    (A page added at the top of docs/ while serving is picked up by the next
    rebuild.)"""
    if generated.resolve().parent != docs.resolve():
        return
    server.unwatch(str(docs))
    for child in sorted(docs.iterdir()):
        if child.resolve() != generated.resolve() and not child.name.startswith("."):
            server.watch(str(child))


def restart(config, userdict: Path) -> NoReturn:
    """Run the same `mkdocs serve` command again in this process. jieba keeps
    every word of a user dictionary it has loaded; only a new process reads
    the edited one afresh."""
    log.info(f"{userdict} changed, and jieba cannot forget words it has loaded: restarting `mkdocs serve`")
    shutil.rmtree(config.site_dir, ignore_errors=True)  # serve's temporary site folder; the new process makes its own
    for handler in logging.getLogger("mkdocs").handlers + logging.getLogger().handlers:
        handler.flush()
    sys.stdout.flush()
    sys.stderr.flush()
    os.execv(sys.executable, sys.orig_argv)
