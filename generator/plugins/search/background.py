"""Writing the search index in a second process while MkDocs renders pages.

MkDocs builds in two passes: it converts every page's Markdown first (our
plugin takes each page's text then), and only then puts each page into the
theme's templates and writes it, about half of a build. Nothing the index
holds changes in the second pass, so the index (shards.build: keys, page
lists, some 10,000 files at 10,000 articles) is written by a forked child
process meanwhile, on another core, and the build waits at the end only for
what is left of it. The child gets the pages' texts by fork, without copying
or pickling them, and sends back only the figures.

Where fork cannot be used safely (other systems than Linux) the index is
written in the build's own process at the end, as one call of shards.build.
"""
from __future__ import annotations

import multiprocessing
import sys
import time
import traceback
from pathlib import Path

from . import shards


def available() -> bool:
    return sys.platform.startswith("linux") and "fork" in multiprocessing.get_all_start_methods()


class IndexBuild:
    """shards.build(docs, out) running in a forked child process."""

    def __init__(self, docs: list[shards.Doc], out: Path) -> None:
        context = multiprocessing.get_context("fork")
        sys.stdout.flush()  # or the child could write a copy of what is still buffered
        sys.stderr.flush()
        self._receive, send = context.Pipe(duplex=False)
        self._process = context.Process(target=_build, args=(docs, out, send), name="news-search-index", daemon=True)
        self._process.start()
        send.close()  # the child holds the other end: its exit closes the pipe

    def result(self) -> dict:
        """Wait for the child: the figures of shards.build, with `seconds` it
        took. RuntimeError naming what went wrong when it failed."""
        try:
            status, value = self._receive.recv()
        except EOFError:
            status, value = "error", "the process writing it ended without a word"
        finally:
            self._receive.close()
            self._process.join()
        if status != "ok":
            raise RuntimeError(value)
        return value

    def cancel(self) -> None:
        """Stop the child (the build failed: its index would be of no use)."""
        if self._process.is_alive():
            self._process.kill()
        self._process.join()
        self._receive.close()


def _build(docs: list[shards.Doc], out: Path, send) -> None:
    try:
        start = time.perf_counter()
        figures = shards.build(docs, out)
        figures["seconds"] = time.perf_counter() - start
        send.send(("ok", figures))
    except BaseException as exc:  # the build's process reports it
        last = traceback.extract_tb(exc.__traceback__)[-1:]
        where = f" ({Path(last[0].filename).name}:{last[0].lineno})" if last else ""
        send.send(("error", f"{type(exc).__name__}: {exc}{where}"))
    finally:
        send.close()
