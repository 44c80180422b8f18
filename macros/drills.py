"""Coding drills: one folder each under drills/, read and validated into typed drills.

A drill folder holds `drill.yml` (its metadata, format: data/drill.schema.json), `starter.py` (the
signature and docstring the reader fills in; raises NotImplementedError), `solution.py` (the
reference) and `test_<id>.py` (pytest tests that take the `impl` fixture of drills/conftest.py:
the starter, or with --solutions the reference). `problems()` finds what is wrong without running
anything; `run_problems()` also runs the tests: they must pass on the solution, fail on the starter
and collect something.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import jsonschema
import yaml
from referencing import Registry, Resource

from .model import ROOT, SCHEMA_PATH, Problem, _SafeLoader, _suggest, describe_error, load_schema

DRILLS_DIR = ROOT / "drills"
# Builds of other drill sets (tests, the benchmark) point this variable at their folder.
DRILLS_ENV = "ML_PREP_DRILLS"
DRILL_SCHEMA_PATH = ROOT / "data" / "drill.schema.json"
CONFTEST = "conftest.py"
FILES = ("drill.yml", "starter.py", "solution.py")


@dataclass(frozen=True)
class Drill:
    id: str
    title: str
    level: str
    topic: str
    tags: tuple[str, ...]
    statement: str
    complexity: str
    follow_ups: tuple[str, ...]
    related: tuple[str, ...]
    starter: str
    solution: str
    tests: str

    @property
    def test_file(self) -> str:
        return test_file_name(self.id)


def drills_dir() -> Path:
    return Path(os.environ.get(DRILLS_ENV) or DRILLS_DIR)


def test_file_name(drill_id: str) -> str:
    return f"test_{drill_id.replace('-', '_')}.py"


@lru_cache(maxsize=1)
def _validator() -> jsonschema.Draft202012Validator:
    schema = json.loads(DRILL_SCHEMA_PATH.read_text(encoding="utf-8"))
    questions = Resource.from_contents(load_schema(SCHEMA_PATH))
    registry = Registry().with_resources([("questions.schema.json", questions), (questions.contents["$id"], questions)])
    return jsonschema.Draft202012Validator(schema, registry=registry)


def _display(path: Path) -> str:
    try:
        return str(path.resolve().relative_to(ROOT))
    except ValueError:
        return str(path)


def _folders(root: Path) -> list[Path]:
    return sorted(p for p in root.iterdir() if p.is_dir() and not p.name.startswith((".", "_")))


def problems(root: Path = DRILLS_DIR, question_ids: set[str] | None = None) -> tuple[list[Drill], list[Problem]]:
    """Every drill under `root`, and every problem found in their files (missing part, unknown or
    missing field, wrong value, an id that is not its folder's name, a `related` id that names no
    question, a starter that does not raise NotImplementedError)."""
    drills, found = [], []
    if not root.is_dir():
        return drills, found
    for folder in _folders(root):
        meta_path = folder / "drill.yml"
        where = _display(meta_path)
        missing = [name for name in (*FILES, test_file_name(folder.name)) if not (folder / name).is_file()]
        for name in missing:
            found.append(Problem(_display(folder), f"missing file '{name}'", folder.name))
        if "drill.yml" in missing:
            continue
        try:
            meta = yaml.load(meta_path.read_text(encoding="utf-8"), Loader=_SafeLoader)
        except yaml.YAMLError as exc:
            mark = getattr(exc, "problem_mark", None)
            found.append(Problem(where, f"YAML syntax error: {getattr(exc, 'problem', exc)}", folder.name, line=mark.line + 1 if mark else None))
            continue
        if not isinstance(meta, dict):
            found.append(Problem(where, "must be a mapping of fields", folder.name))
            continue
        errors = list(_validator().iter_errors(meta))
        for error in errors:
            field, message = describe_error(error)
            found.append(Problem(where, message, folder.name, field))
        if meta.get("id") != folder.name:
            found.append(Problem(where, f"id {meta.get('id')!r} differs from the folder name '{folder.name}'", folder.name, "id"))
        if question_ids is not None:
            for rel in meta.get("related") or ():
                if isinstance(rel, str) and rel not in question_ids:
                    found.append(Problem(where, f"related id '{rel}' names no question{_suggest(rel, sorted(question_ids))}", folder.name, "related"))
        if missing or errors:
            continue
        starter = (folder / "starter.py").read_text(encoding="utf-8")
        if "NotImplementedError" not in starter:
            found.append(Problem(_display(folder / "starter.py"), "the starter must raise NotImplementedError where the reader's code goes", folder.name))
        drills.append(
            Drill(
                id=meta["id"], title=meta["title"], level=meta["level"], topic=meta["topic"], tags=tuple(meta["tags"]),
                statement=meta["statement"], complexity=meta["complexity"], follow_ups=tuple(meta["follow_ups"]),
                related=tuple(meta["related"]), starter=starter, solution=(folder / "solution.py").read_text(encoding="utf-8"),
                tests=(folder / test_file_name(folder.name)).read_text(encoding="utf-8"),
            )
        )
    return drills, found


@dataclass(frozen=True)
class Outcome:
    tests: int
    failed: int
    seconds: float


def run_tests(root: Path = DRILLS_DIR, solutions: bool = True, only: list[str] | None = None) -> dict[str, Outcome]:
    """Run the drills' tests with pytest (against the solutions, or the starters) and return, per
    drill id, how many tests ran and failed, read from pytest's JUnit XML report."""
    with tempfile.TemporaryDirectory() as tmp:
        report = Path(tmp) / "report.xml"
        args = [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-c", os.devnull,
                "--rootdir", str(root), f"--junitxml={report}", "-o", "junit_family=xunit1"]
        args += ["--solutions"] if solutions else []
        args += [str(root / d) for d in only] if only else [str(root)]
        env = dict(os.environ, PYTHONDONTWRITEBYTECODE="1")  # leave no __pycache__ in the drill folders
        subprocess.run(args, cwd=root, capture_output=True, text=True, env=env)
        outcomes: dict[str, list] = {}
        if report.exists():
            for case in ET.parse(report).getroot().iter("testcase"):
                drill = Path(case.get("file") or case.get("classname", "").replace(".", "/")).parts[0]
                failed = any(child.tag in ("failure", "error") for child in case)
                entry = outcomes.setdefault(drill, [0, 0, 0.0])
                entry[0] += 1
                entry[1] += failed
                entry[2] += float(case.get("time") or 0)
    return {d: Outcome(*v) for d, v in outcomes.items()}


def run_problems(root: Path = DRILLS_DIR, only: list[str] | None = None) -> list[Problem]:
    """Problems only running the tests shows: a solution that fails its tests, a starter that
    passes one, tests that collect nothing."""
    ids = only or [f.name for f in _folders(root)]
    on_solution = run_tests(root, True, ids)
    on_starter = run_tests(root, False, ids)
    found = []
    for drill in ids:
        where = _display(root / drill / test_file_name(drill))
        solved, started = on_solution.get(drill), on_starter.get(drill)
        if not solved or not solved.tests:
            found.append(Problem(where, "the tests collect nothing", drill))
            continue
        if solved.failed:
            found.append(Problem(where, f"{solved.failed} of {solved.tests} tests fail on the reference solution", drill))
        if started and started.failed < started.tests:
            found.append(Problem(where, f"{started.tests - started.failed} of {started.tests} tests pass on the unimplemented starter", drill))
    return found


CHECKS_CACHE = ROOT / ".cache" / "drill-checks.json"


def _fingerprint(root: Path, drill_id: str) -> str:
    import hashlib

    h = hashlib.sha256()
    for path in (root / CONFTEST, root / drill_id / "starter.py", root / drill_id / "solution.py", root / drill_id / test_file_name(drill_id)):
        h.update(path.read_bytes() if path.exists() else b"")
        h.update(b"\0")
    return h.hexdigest()


def checked_problems(root: Path, ids: list[str], cache: Path = CHECKS_CACHE) -> list[Problem]:
    """run_problems() for the drills whose files are not known to pass (`cache` keeps the
    fingerprints of the drill files that passed): a build runs only the drills that changed."""
    try:
        passed = set(json.loads(cache.read_text(encoding="utf-8")))
    except (OSError, ValueError, TypeError):
        passed = set()
    prints = {d: _fingerprint(root, d) for d in ids}
    stale = [d for d in ids if prints[d] not in passed]
    problems = run_problems(root, stale) if stale else []
    failed = {p.question_id for p in problems}
    passed |= {prints[d] for d in stale if d not in failed}
    try:
        cache.parent.mkdir(exist_ok=True)
        cache.write_text(json.dumps(sorted(passed), indent=0), encoding="utf-8")
    except OSError:
        pass  # a read-only checkout still builds; it checks again next time
    return problems
