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
    """Search as a reader does: type into the box in the header (on a narrow
    screen, open it with the magnifier first); wait until the results are in
    the list below it, and show them all. Returns each result: href, title,
    text, marks (the marked words), snippet."""
    box = page.locator("[data-news-search-query]")
    magnifier = page.locator("label.md-header__button[for=__search]")
    if magnifier.is_visible():  # a narrow screen: the box opens from the magnifier
        magnifier.click()
    box.click()
    box.fill(query)
    wait_for_results(page, query)
    while page.locator("[data-news-search-more]").is_visible():
        before = page.locator(".news-search__result").count()
        page.locator("[data-news-search-more]").click()
        page.wait_for_function("n => document.querySelectorAll('.news-search__result').length > n", arg=before)
    return results(page)


def wait_for_results(page, query: str, timeout: int = 20000) -> None:
    page.wait_for_function("q => { const s = document.querySelector('[data-news-search-status]'); "
                           "return s && s.dataset.query === q; }", arg=query, timeout=timeout)


def results(page) -> list[dict]:
    return page.evaluate("""() => [...document.querySelectorAll('.news-search__result')].map(r => ({
        href: r.querySelector('a').href, title: r.querySelector('h1').innerText.trim(), text: r.innerText,
        marks: [...r.querySelectorAll('mark')].map(m => m.innerText),
        snippet: r.querySelector('.news-search__snippet').innerText,
        snippet_marks: [...r.querySelectorAll('.news-search__snippet mark')].map(m => m.innerText)}))""")


def outside(urls: list[str], allowed: tuple[str, ...]) -> list[str]:
    return [u for u in urls if not u.startswith(allowed + ("data:", "blob:", "about:"))]
