"""Rebuilding: what the caches keep gives the same site as a clean build, and `mkdocs serve` shows
an edit, reports a bad edit and recovers with the next good one."""

from __future__ import annotations

import contextlib
import os
import re
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest
import yaml

from macros import exports, model, redirects
from tests.conftest import ROOT, build_site, home_page

ZIP = exports.FILES["zip"]


def site_files(site: Path) -> dict[str, bytes]:
    return {p.relative_to(site).as_posix(): p.read_bytes() for p in site.rglob("*") if p.is_file()}


def test_a_build_from_the_caches_gives_the_same_bytes_as_a_clean_build(built_site, tmp_path):
    """built_site has filled the caches (converted questions, drill checks, compiled templates);
    a new build that finds them is compared, file by file, with a build that uses none."""
    clean, cached = tmp_path / "clean", tmp_path / "cached"
    for site, cache in ((clean, False), (cached, True)):
        result = build_site(site, model.DATA_PATH, cache=cache)
        assert result.returncode == 0, result.stderr[-3000:]
    a, b = site_files(clean), site_files(cached)
    assert a.keys() == b.keys()
    differ = sorted(name for name in a if a[name] != b[name])
    assert not differ, differ[:20]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


LIVERELOAD = re.compile(rb"<script>\s*var livereload = function.*?</script>(?=</body>)", re.S)


class Serving:
    """`mkdocs serve` on a copy of the questions (the real drills), as a contributor runs it."""

    def __init__(self, data: Path, log: Path):
        self.port = free_port()
        self.base = f"http://127.0.0.1:{self.port}/ml-interview-prep/"
        self.log = log
        env = dict(os.environ, NO_MKDOCS_2_WARNING="1", **{model.DATA_ENV: str(data)})
        with log.open("w") as out:
            self.process = subprocess.Popen([sys.executable, "-m", "mkdocs", "serve", "-a", f"127.0.0.1:{self.port}"],
                                            cwd=ROOT, env=env, stdout=out, stderr=subprocess.STDOUT)

    def get(self, path: str) -> bytes | None:
        with contextlib.suppress(urllib.error.URLError, OSError), urllib.request.urlopen(self.base + path, timeout=10) as r:
            return r.read()
        return None

    def page(self, path: str) -> bytes | None:
        """The page as `mkdocs build` writes it: without the reload script serve adds, and with the
        configured address where serve puts its own."""
        html = self.get(path)
        if html is None:
            return None
        site_url = yaml.safe_load((ROOT / "mkdocs.yml").read_text(encoding="utf-8").split("\ntheme:")[0])["site_url"]
        return LIVERELOAD.sub(b"", html).replace(self.base.encode(), site_url.encode())

    def wait_for(self, condition, what: str, timeout: float = 300):
        deadline = time.monotonic() + timeout
        while not condition():
            assert self.process.poll() is None, f"mkdocs serve stopped:\n{self.log.read_text()[-3000:]}"
            assert time.monotonic() < deadline, f"{what}: not within {timeout} s\n{self.log.read_text()[-3000:]}"
            time.sleep(0.2)

    def stop(self):
        self.process.terminate()
        self.process.wait(timeout=30)


@pytest.fixture
def serving(tmp_path):
    data = tmp_path / "questions.yml"
    data.write_bytes(model.DATA_PATH.read_bytes())
    server = Serving(data, tmp_path / "serve.log")
    yield server, data
    server.stop()


def test_serve_shows_an_edit_reports_a_bad_one_and_recovers(serving, questions, tmp_path):
    server, data = serving
    q = questions[-1]
    page = home_page(questions, q.id)
    server.wait_for(lambda: q.id.encode() in (server.get(page) or b""), "the first build")
    original = data.read_text(encoding="utf-8")
    doc = yaml.safe_load(original)
    entry = next(e for e in doc["questions"] if e["id"] == q.id)

    def write(short_answer: str, **extra):
        entry["short_answer"] = short_answer
        entry.update(extra)
        data.write_text(yaml.safe_dump(doc, sort_keys=False, allow_unicode=True), encoding="utf-8")

    write(f"Firstedit {q.short_answer}")
    server.wait_for(lambda: b"Firstedit" in (server.get(page) or b""), "the edit on the served page")

    write(f"Badedit {q.short_answer}", anwser="a misspelt field")
    message = f"question '{q.id}', field 'anwser': unknown field 'anwser'"
    server.wait_for(lambda: message in server.log.read_text(), "the validation message in the log")
    # MkDocs holds page requests until a build succeeds (the reader's tab keeps the last good page);
    # the server itself stays up.
    assert server.process.poll() is None

    del entry["anwser"]
    write(f"Secondedit {q.short_answer}")
    server.wait_for(lambda: b"Secondedit" in (server.get(page) or b""), "the recovery")

    # What serve shows after these rebuilds (pages whose Markdown did not change keep their HTML
    # from the earlier ones) is what a clean build of the same data writes; downloads.html
    # differs on purpose: serve does not make the offline zip whose size it states.
    clean = tmp_path / "clean"
    result = build_site(clean, data, cache=False)
    assert result.returncode == 0, result.stderr[-3000:]
    pages = sorted(p.relative_to(clean).as_posix() for p in clean.rglob("*.html"))
    pages = [p for p in pages if p != "downloads.html" and not redirects.is_forwarding(p)]
    assert len(pages) > 50
    differ = [p for p in pages if server.page(p) != (clean / p).read_bytes()]
    assert not differ, differ[:20]
