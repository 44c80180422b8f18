"""The coding drills for real: every reference solution passes its tests and every starter fails
them (real pytest runs), the downloadable kit works both ways, the drill pages hide the solution,
and bad drills stop the build with a message naming the drill."""

from __future__ import annotations

import ast
import io
import shutil
import subprocess
import sys
import zipfile
from collections import Counter
from pathlib import Path

import pytest
import yaml

from macros import drill_pages, drills, exports, model
from tests.conftest import build_site, parse_html

ALL, PROBLEMS = drills.problems(drills.DRILLS_DIR, {q.id for q in model.load_questions(model.DATA_PATH)})


def test_every_drill_folder_is_valid():
    assert not PROBLEMS, "\n".join(map(str, PROBLEMS))


def test_every_drill_passes_on_its_solution_and_fails_on_its_starter():
    on_solution = drills.run_tests(drills.DRILLS_DIR, solutions=True)
    on_starter = drills.run_tests(drills.DRILLS_DIR, solutions=False)
    for d in ALL:
        solved, started = on_solution.get(d.id), on_starter.get(d.id)
        assert solved and solved.tests >= 3, f"{d.id}: too few tests collected"
        assert solved.failed == 0, f"{d.id}: {solved.failed} tests fail on the reference solution"
        assert started.failed == started.tests, f"{d.id}: a test passes on the unimplemented starter"
    # (How long each drill's tests take is measured by the benchmark, not asserted here.)


def test_solutions_use_numpy_and_the_standard_library_only():
    allowed = {"numpy", *sys.stdlib_module_names}
    for d in ALL:
        for node in ast.walk(ast.parse(d.solution, filename=f"{d.id}/solution.py")):
            names = [a.name for a in node.names] if isinstance(node, ast.Import) else (
                [node.module] if isinstance(node, ast.ImportFrom) and node.module else [])
            for name in names:
                assert name.split(".")[0] in allowed, f"{d.id} imports {name}"


def kit_from(site: Path, tmp_path: Path) -> Path:
    with zipfile.ZipFile(site / drill_pages.KIT) as z:
        z.extractall(tmp_path)
    return tmp_path / exports.KIT_PREFIX


def run_kit(kit: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", *args], cwd=kit,
                          capture_output=True, text=True, timeout=600)


def test_the_kit_fails_untouched_and_passes_with_the_solutions(built_site, tmp_path):
    kit = kit_from(built_site, tmp_path)
    assert (kit / "README.md").read_text().count("pytest") >= 3 and (kit / "conftest.py").exists()
    assert sorted(p.name for p in kit.iterdir() if p.is_dir()) == sorted(d.id for d in ALL)
    untouched = run_kit(kit)
    assert untouched.returncode == 1 and " passed" not in untouched.stdout.splitlines()[-1], untouched.stdout[-500:]
    solved = run_kit(kit, "--solutions")
    assert solved.returncode == 0 and "failed" not in solved.stdout.splitlines()[-1], solved.stdout[-2000:]
    one = ALL[0]
    only = run_kit(kit, "--solutions", "-k", one.id)
    collected = int(only.stdout.splitlines()[-1].split()[0])
    # exactly that drill's tests (as many as its test file yields in the repository)
    assert only.returncode == 0 and collected == drills.run_tests(drills.DRILLS_DIR, True, [one.id])[one.id].tests


def test_the_kit_is_the_same_bytes_every_build(built_site):
    again = exports.drills_kit(ALL)
    assert (built_site / drill_pages.KIT).read_bytes() == again
    names = zipfile.ZipFile(io.BytesIO(again)).infolist()
    assert {i.date_time for i in names} == {exports.ZIP_DATE}


def test_drill_pages_show_statement_starter_and_tests_and_hide_the_solution(built_site):
    for topic, chosen in drill_pages.by_topic(ALL).items():
        page = parse_html(built_site / "drills" / f"{topic}.html")
        for d in chosen:
            heading = page.select_one(f"h2#{d.id}")
            assert heading is not None, d.id
            section = []
            for el in heading.find_next_siblings():
                if el.name == "h2":
                    break
                section.append(el)
            code = [el.get_text() for el in section if el.name == "pre" or el.select_one("pre")]
            assert any("NotImplementedError" in c for c in code), d.id  # the starter, shown
            assert any("def test_" in c for c in code), d.id  # the tests, shown
            hidden = [el for el in section if el.name == "details" and "Reference solution" in el.summary.get_text()]
            assert len(hidden) == 1 and not hidden[0].has_attr("open"), d.id
            assert d.solution.strip().splitlines()[-1].strip() in hidden[0].get_text()


def test_every_drill_is_in_the_index_and_in_search(built_site):
    import json

    index = parse_html(built_site / "drills" / "index.html")
    listed = [a["data-id"] for a in index.select("a.drill-link")]
    assert sorted(listed) == sorted(d.id for d in ALL)
    search = json.loads((built_site / "search" / "search_index.json").read_text())
    locations = Counter(doc["location"] for doc in search["docs"])
    for d in ALL:
        assert locations[f"q/{d.id}.html"] == 1, d.id


def test_questions_link_the_drills_that_practise_them(built_site, questions):
    d = ALL[0]
    q = next(q for q in questions if q.id == d.related[0])
    page = parse_html(built_site / "topics" / f"{q.topic}.html")
    links = [a["href"] for a in page.select(f"details.qa[data-id={q.id}] .answer-part--drills a")]
    assert f"../drills/{d.topic}.html#{d.id}" in links


# Bad drills: each is a copy of a real drill with one thing broken.


def broken_copy(tmp_path: Path, change) -> Path:
    root = tmp_path / "drills"
    source = drills.DRILLS_DIR / ALL[0].id
    shutil.copytree(source, root / ALL[0].id)
    shutil.copy(drills.DRILLS_DIR / drills.CONFTEST, root / drills.CONFTEST)
    change(root / ALL[0].id)
    return root


def _meta(folder: Path, **edits) -> None:
    meta = yaml.safe_load((folder / "drill.yml").read_text())
    meta.update(edits)
    for key in [k for k, v in edits.items() if v is None]:
        del meta[key]
    (folder / "drill.yml").write_text(yaml.safe_dump(meta))


BAD = {
    "unknown field": (lambda f: _meta(f, hint="x"), "unknown field 'hint'"),
    "missing field": (lambda f: _meta(f, statement=None), "missing required field 'statement'"),
    "missing part": (lambda f: (f / "solution.py").unlink(), "missing file 'solution.py'"),
    "unknown topic": (lambda f: _meta(f, topic="nlp-llms"), "unknown value 'nlp-llms'"),
    "solution fails": (
        lambda f: (f / "solution.py").write_text((f / "starter.py").read_text().replace("raise NotImplementedError", "return None")),
        "fail on the reference solution",
    ),
    "starter passes": (lambda f: (f / "starter.py").write_text((f / "solution.py").read_text() + "\n# NotImplementedError\n"), "pass on the unimplemented starter"),
    "no tests": (lambda f: (f / drills.test_file_name(f.name)).write_text("import numpy\n"), "the tests collect nothing"),
}


@pytest.mark.parametrize("case", sorted(BAD))
def test_a_bad_drill_stops_the_build_naming_the_drill_and_the_problem(tmp_path, case):
    change, message = BAD[case]
    root = broken_copy(tmp_path, change)
    result = build_site(tmp_path / "site", model.DATA_PATH, root)
    out = result.stdout + result.stderr
    assert result.returncode != 0, out[-2000:]
    assert "invalid coding drill" in out and ALL[0].id in out and message in out, out[-2000:]
    assert "Traceback" not in out
