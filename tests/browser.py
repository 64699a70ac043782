"""Real-browser helpers: Debian's chromium driven by Playwright, sites served on localhost."""
from __future__ import annotations

import functools
import http.server
import os
import shutil
import socket
import threading
from contextlib import contextmanager
from pathlib import Path

import pytest

CHROMIUM = "/usr/bin/chromium"
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
         "--disable-component-update", "--disable-sync", "--no-first-run"]


def require_chromium() -> None:
    if not Path(CHROMIUM).exists() or shutil.which("chromium") is None:
        if os.environ.get("CI"):
            pytest.fail("chromium is not installed: .ci/run must install it")
        pytest.skip("Debian's chromium is not installed on this machine")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args) -> None:
        pass


@contextmanager
def serve(folder: Path, port: int | None = None):
    """Serve `folder` on 127.0.0.1; yields the base URL."""
    handler = functools.partial(_QuietHandler, directory=str(folder))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", port or free_port()), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()


@contextmanager
def browser_page(width: int = 1280, height: int = 900):
    """A fresh Chromium page that records every URL it requests."""
    require_chromium()
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        try:
            page = browser.new_page(viewport={"width": width, "height": height})
            page.requested = []
            page.on("request", lambda request: page.requested.append(request.url))
            yield page
        finally:
            browser.close()


def search(page, query: str) -> list[dict]:
    """Search as a reader does: type into the box in the header (or, on the
    search page, into its own box) and press Enter; wait until the results are
    on the page and show them all. Returns each result: href, title, marks."""
    if page.locator("#shard-search").count() == 0:
        box = page.locator(".shard-search-header input")
        box.fill(query)
        box.press("Enter")
    else:
        page.locator("#shard-search input").fill(query)
    page.wait_for_function("q => { const s = document.getElementById('shard-search-status'); return s && s.dataset.query === q; }",
                           arg=query, timeout=20000)
    while page.locator("#shard-search-more").is_visible():
        before = page.locator(".shard-search__result").count()
        page.locator("#shard-search-more").click()
        page.wait_for_function("n => document.querySelectorAll('.shard-search__result').length > n", arg=before)
    return page.evaluate("""() => [...document.querySelectorAll('.shard-search__result')].map(r => ({
        href: r.querySelector('a').href, title: r.querySelector('a').innerText.trim(),
        text: r.innerText, marks: [...r.querySelectorAll('mark')].map(m => m.innerText)}))""")


def outside(urls: list[str], allowed: tuple[str, ...]) -> list[str]:
    return [u for u in urls if not u.startswith(allowed + ("data:", "blob:", "about:"))]
