"""Shared fixtures: the real data, and real `mkdocs build --strict` runs into temporary folders."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from macros import model

ROOT = Path(__file__).resolve().parent.parent


def build_site(site_dir: Path, questions_file: Path | None = None) -> subprocess.CompletedProcess:
    """Run the real MkDocs CLI on the real configuration, optionally with another question file."""
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1")
    if questions_file is not None:
        env[model.DATA_ENV] = str(questions_file)
    return subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(site_dir)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=900,
    )


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
