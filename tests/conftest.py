"""Shared fixtures: the real data, and real `mkdocs build --strict` runs into temporary folders."""

from __future__ import annotations

import functools
import http.server
import os
import subprocess
import sys
import threading
from pathlib import Path

import pytest
import yaml
from bs4 import BeautifulSoup

from macros import drills, fragments, model

ROOT = Path(__file__).resolve().parent.parent
HOSTILE = ROOT / "tests" / "fixtures" / "hostile.yml"


def build_site(site_dir: Path, questions_file: Path | None = None, drills_dir: Path | None = None, cache: bool = True) -> subprocess.CompletedProcess:
    """Run the real MkDocs CLI on the real configuration, optionally with another question file and
    another folder of drills (the real drills name real questions in `related`)."""
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1")
    if questions_file is not None:
        env[model.DATA_ENV] = str(questions_file)
    if drills_dir is not None:
        env[drills.DRILLS_ENV] = str(drills_dir)
    if not cache:
        env[fragments.CACHE_ENV] = "off"  # convert every question anew
    return subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(site_dir)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=900,
    )


def home_page(questions, qid: str) -> str:
    """The built page (e.g. topics/mlops.html, or a later part of it) where a question lives."""
    from macros import pages

    return pages.built_path(pages.home_of(pages.plan_pages(questions))[qid])


def parse_html(path: Path) -> BeautifulSoup:
    return BeautifulSoup(path.read_text(encoding="utf-8"), "lxml")


@pytest.fixture(scope="session")
def questions() -> list[model.Question]:
    return model.load_questions(model.DATA_PATH)


@pytest.fixture(scope="session")
def built_site(tmp_path_factory) -> Path:
    """The real site, built once per test session."""
    site = tmp_path_factory.mktemp("site")
    result = build_site(site, model.DATA_PATH)
    assert result.returncode == 0, result.stderr[-3000:]
    return site


@pytest.fixture(scope="session")
def hostile_site(tmp_path_factory) -> Path:
    """The real guide plus the hostile questions (the hand-written pages link into the real ones)."""
    doc = yaml.safe_load(model.DATA_PATH.read_text(encoding="utf-8"))
    doc["questions"] += yaml.safe_load(HOSTILE.read_text(encoding="utf-8"))["questions"]
    data = tmp_path_factory.mktemp("hostile-data") / "questions.yml"
    data.write_text(yaml.safe_dump(doc, allow_unicode=True), encoding="utf-8")
    site = tmp_path_factory.mktemp("hostile")
    result = build_site(site, data)
    assert result.returncode == 0, result.stderr[-3000:]
    return site


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


@pytest.fixture(scope="session")
def http_root(built_site):
    """The built site on http://127.0.0.1:<free port>, served by Python's http.server."""
    handler = functools.partial(_QuietHandler, directory=str(built_site))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/"
    server.shutdown()
