"""Headless Chromium (Debian's package, or Playwright's own where that is missing) driven by
Playwright, against the real built site opened from disk (file://) and served over http."""

from __future__ import annotations

import os
import shutil
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlparse

import pytest
from playwright.sync_api import Page, sync_playwright

# Debian's Chromium, as root, needs no sandbox; the other flags stop it from calling home
# (this machine has no network, and the tests count every request the page makes).
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]

ARTIFACTS = Path(__file__).resolve().parents[2] / "test-results"


def chromium_path() -> str | None:
    """Debian's Chromium (or $CHROMIUM); None lets Playwright use its own download."""
    return os.environ.get("CHROMIUM") or shutil.which("chromium")


@pytest.fixture(scope="session")
def playwright():
    with sync_playwright() as pw:
        yield pw


@pytest.fixture(scope="session")
def browser(playwright):
    browser = playwright.chromium.launch(executable_path=chromium_path(), args=CHROMIUM_ARGS)
    yield browser
    browser.close()


@pytest.fixture(scope="session")
def file_root(built_site):
    return built_site.as_uri() + "/"


@pytest.fixture(params=["file", "http"])
def site_root(request):
    """Each test that takes this runs twice: from disk and over http."""
    return request.getfixturevalue(f"{request.param}_root")


@dataclass
class Watch:
    """What a page did that it must not: requests to other hosts and JavaScript errors."""

    origin: str
    foreign: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)

    def on_request(self, request):
        url = urlparse(request.url)
        if url.scheme in ("data", "blob", "about", "file"):
            return
        if f"{url.scheme}://{url.netloc}" != self.origin:
            self.foreign.append(request.url)


def watch(page: Page, root: str) -> Watch:
    parsed = urlparse(root)
    w = Watch(origin=f"{parsed.scheme}://{parsed.netloc}")
    page.on("request", w.on_request)
    page.on("pageerror", lambda exc: w.errors.append(str(exc)))
    return w


@pytest.fixture
def page(browser, request):
    context = browser.new_context()
    page = context.new_page()
    yield page
    failed = getattr(request.node, "rep_call", None)
    if failed is not None and failed.failed:
        ARTIFACTS.mkdir(exist_ok=True)
        page.screenshot(path=str(ARTIFACTS / f"{request.node.name}.png"), full_page=False)
    context.close()


@pytest.hookimpl(wrapper=True, tryfirst=True)
def pytest_runtest_makereport(item, call):
    report = yield
    setattr(item, f"rep_{report.when}", report)
    return report
