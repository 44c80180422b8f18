"""The built site checked by maintained tools: LinkChecker (links and anchors) and the Nu HTML checker."""

from __future__ import annotations

import csv
import io
import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from macros import redirects
from tests.conftest import ROOT

VNU = ROOT / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"

# Errors the Nu checker reports in Material for MkDocs' own templates (base.html and the
# navigation partials), not in anything this project writes:
MATERIAL_OWN_ERRORS = {
    # base.html's hidden checkbox toggles (drawer, search) carry autocomplete="off"
    "Attribute “autocomplete” is only allowed when the input type is",
    # partials/nav-item.html renders tabindex="" on section labels
    "Bad value “” for attribute “tabindex” on element “label”",
}


def test_no_broken_link_or_anchor(built_site):
    """LinkChecker crawls the site from the home page on disk: every link leads to a file.
    (Anchors: see linkcheckerrc and test_build_fails_on_a_link_to_a_missing_anchor.) Run as root,
    it drops privileges to `nobody`, who cannot read pytest's private temp folders: it checks a
    readable copy."""
    readable = Path(tempfile.mkdtemp(prefix="linkcheck-"))
    try:
        readable.chmod(0o755)
        shutil.copytree(built_site, readable / "site")
        for folder in [readable / "site", *(p for p in (readable / "site").rglob("*") if p.is_dir())]:
            folder.chmod(0o755)  # copytree kept the private mode of pytest's folder
        result = subprocess.run(
            [Path(sys.executable).parent / "linkchecker", "--config", ROOT / "tests" / "site" / "linkcheckerrc",
             "--no-status", "--verbose", "--output", "csv", (readable / "site" / "index.html").as_uri()],
            capture_output=True,
            text=True,
            timeout=600,
        )
    finally:
        shutil.rmtree(readable)
    lines = [line for line in result.stdout.splitlines() if not line.startswith("#")]
    rows = list(csv.DictReader(io.StringIO("\n".join(lines)), delimiter=";"))
    pages = {r["url"].split("#")[0] for r in rows if r["url"].endswith(".html") or ".html#" in r["url"]}
    # Every page but the forwarding ones (q/<id>.html is reached from the search index, old
    # addresses from outside links): their targets are checked by the search and address tests.
    read_pages = [p for p in built_site.rglob("*.html") if not redirects.is_forwarding(p.relative_to(built_site).as_posix())]
    assert len(pages) >= len(read_pages) - 1, "the crawl did not reach every page"
    broken = [
        f"{r['urlname']} on {r['parentname']}: {r['result']} {r['warningstring']}"
        for r in rows
        if r["valid"] != "True" or r["warningstring"]
    ]
    assert not broken, "\n".join(broken[:20])


def test_html_is_valid(built_site):
    result = subprocess.run(
        ["java", "-jar", VNU, "--errors-only", "--format", "json", "--skip-non-html", built_site],
        capture_output=True,
        text=True,
        timeout=600,
    )
    messages = json.loads(result.stderr or result.stdout)["messages"]
    assert any(m["url"].endswith("index.html") for m in messages) or result.returncode == 0
    ours = [
        f"{m['url'].split('/site')[-1]}:{m.get('lastLine')}: {m['message']}"
        for m in messages
        if not any(m["message"].startswith(known) for known in MATERIAL_OWN_ERRORS)
    ]
    assert not ours, "\n".join(ours[:20])
