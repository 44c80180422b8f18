"""The guide's command line (`python -m macros ...`), for contributors and the pre-commit hooks.

    python -m macros [check] [FILE]                 validate the questions (and the drills) and say what is wrong
    python -m macros new question --topic T --level L [--id ID]    append a valid stub question to the data
    python -m macros new drill --topic T --level L --id ID         create drills/ID/ with stub files
    python -m macros run-examples [--changed | ID ...]  run the Python blocks of these questions
    python -m macros test-drills [ID ...]           tests pass on each solution and fail on each starter
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
from pathlib import Path

import yaml

from . import drills
from .codeblocks import has_assert, question_code_blocks, run
from .model import LEVELS, ROOT, TOPICS, DataError, _SafeLoader, _key, data_path, load_questions


def check(path: Path) -> int:
    try:
        questions = load_questions(path)
    except DataError as exc:
        print(exc, file=sys.stderr)
        return 1
    print(f"{path}: {len(questions)} questions, valid")
    found, problems = drills.problems(drills.drills_dir(), {q.id for q in questions})
    for p in problems:
        print(p, file=sys.stderr)
    if not problems:
        print(f"{drills.drills_dir()}: {len(found)} drills, valid")
    return 1 if problems else 0


def fresh_id(wanted: str | None, taken: set[str]) -> str:
    base = wanted or "new-question"
    if not re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", base):
        raise SystemExit(f"id {base!r}: lowercase words joined by '-', like 'gradient-descent'")
    if wanted and wanted in taken:
        raise SystemExit(f"id {wanted!r} is taken")
    n, candidate = 1, base
    while candidate in taken:
        n += 1
        candidate = f"{base}-{n}"
    return candidate


QUESTION_STUB = """\
  - id: {id}
    question: TODO The question, as an interviewer asks it?
    level: {level}
    topic: {topic}
    tags: [todo]
    short_answer: |
      TODO The two or three sentences a strong candidate says first.
    answer: |
      TODO The full answer: the mechanism, the formula where it is clearest, trade-offs, when to use
      what, and the condition under which each claim holds (see CONTRIBUTING.md).
    key_points:
      - TODO What the interviewer listens for.
    example: |
      ```python
      # TODO Runnable code whose asserts would fail if the claim taught were false.
      assert True
      ```
    pitfalls:
      - TODO A mistake candidates make.
    follow_ups:
      - "**TODO The next question?** Its answer."
    related: [{related}]
    references:
      - title: TODO Primary source (paper, book chapter, official docs)
        why: TODO What it is cited for.
"""


def new_question(topic: str, level: str, wanted: str | None) -> int:
    path = data_path()
    questions = load_questions(path)
    qid = fresh_id(wanted, {q.id for q in questions})
    neighbour = next((q.id for q in questions if q.topic == topic), questions[0].id)
    text = path.read_text(encoding="utf-8")
    path.write_text(text.rstrip("\n") + "\n" + QUESTION_STUB.format(id=qid, level=level, topic=topic, related=neighbour), encoding="utf-8")
    load_questions(path)  # the stub is valid: fail loudly here if the format moved on
    print(f"{path}: added question '{qid}' ({topic}, {level}); fill in every TODO")
    return 0


def new_drill(topic: str, level: str, wanted: str | None) -> int:
    questions = load_questions()
    root = drills.drills_dir()
    taken = {q.id for q in questions} | {p.name for p in root.iterdir() if p.is_dir()}
    did = fresh_id(wanted or "new-drill", taken)
    folder = root / did
    folder.mkdir()
    related = next((q.id for q in questions if q.topic == topic), questions[0].id)
    (folder / "drill.yml").write_text(
        "# yaml-language-server: $schema=../../data/drill.schema.json\n"
        f"id: {did}\ntitle: TODO What to implement\nlevel: {level}\ntopic: {topic}\ntags: [todo]\n"
        "statement: |\n  TODO Inputs and outputs with shapes and dtypes, constraints, one example call with its result.\n"
        "complexity: |\n  TODO Time and space of the reference solution.\n"
        "follow_ups:\n  - TODO The next question? Its answer.\n"
        f"related: [{related}]\n",
        encoding="utf-8",
    )
    (folder / "starter.py").write_text('def solve(x):\n    """TODO The contract."""\n    raise NotImplementedError\n', encoding="utf-8")
    (folder / "solution.py").write_text('def solve(x):\n    """TODO The contract."""\n    return x\n', encoding="utf-8")
    (folder / drills.test_file_name(did)).write_text("def test_todo(impl):\n    assert impl.solve(1) == 1\n", encoding="utf-8")
    print(f"{folder}: created drill '{did}'; fill in every TODO, then: python -m macros test-drills {did}")
    return 0


def changed_question_ids() -> list[str]:
    """Ids of the questions whose content differs from the last commit (all, outside git)."""
    path = data_path()
    current = {q["id"]: _key(q) for q in yaml.load(path.read_text(encoding="utf-8"), Loader=_SafeLoader)["questions"]}
    try:
        rel = path.resolve().relative_to(ROOT)
        old_text = subprocess.run(["git", "show", f"HEAD:{rel}"], cwd=ROOT, capture_output=True, text=True, check=True).stdout
        before = {q["id"]: _key(q) for q in (yaml.load(old_text, Loader=_SafeLoader) or {}).get("questions", [])}
    except (subprocess.CalledProcessError, ValueError, FileNotFoundError):
        before = {}
    return [qid for qid, key in current.items() if before.get(qid) != key]


def run_examples(ids: list[str]) -> int:
    by_id = {q.id: q for q in load_questions()}
    failed = 0
    for qid in ids:
        for block in question_code_blocks(by_id[qid]):
            if not has_assert(block):
                print(f"{block.name}: a block must check its result with assert", file=sys.stderr)
                failed += 1
                continue
            try:
                run(block)
            except Exception as exc:  # report every failing block, not just the first
                print(f"{block.name}: {type(exc).__name__}: {exc}", file=sys.stderr)
                failed += 1
    print(f"ran the examples of {len(ids)} question(s): {failed} failure(s)")
    return 1 if failed else 0


def test_drills(ids: list[str]) -> int:
    problems = drills.run_problems(drills.drills_dir(), ids or None)
    for p in problems:
        print(p, file=sys.stderr)
    print(f"drills tested: {len(ids) if ids else 'all'}; {len(problems)} problem(s)")
    return 1 if problems else 0


def drill_ids_of(paths: list[str]) -> list[str]:
    """The drills that files under drills/<id>/ belong to."""
    root = drills.drills_dir().resolve()
    out = []
    for p in paths:
        try:
            parts = Path(p).resolve().relative_to(root).parts
        except ValueError:
            continue
        if len(parts) > 1 and parts[0] not in out and (root / parts[0]).is_dir():
            out.append(parts[0])
    return out


def main(argv: list[str]) -> int:
    if not argv or argv[0] not in {"check", "new", "run-examples", "test-drills"}:
        return check(Path(argv[0]) if argv else data_path())
    parser = argparse.ArgumentParser(prog="python -m macros")
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser("check").add_argument("file", nargs="?")
    new = sub.add_parser("new")
    new.add_argument("kind", choices=["question", "drill"])
    new.add_argument("--topic", required=True, choices=[t.slug for t in TOPICS])
    new.add_argument("--level", required=True, choices=[lv.slug for lv in LEVELS])
    new.add_argument("--id")
    run = sub.add_parser("run-examples")
    run.add_argument("--changed", action="store_true", help="the questions that differ from the last commit")
    run.add_argument("ids", nargs="*")
    test = sub.add_parser("test-drills")
    test.add_argument("paths", nargs="*", help="drill ids, or files inside drill folders")
    args = parser.parse_args(argv)
    if args.command == "check":
        return check(Path(args.file) if args.file else data_path())
    if args.command == "new":
        return (new_question if args.kind == "question" else new_drill)(args.topic, args.level, args.id)
    if args.command == "run-examples":
        return run_examples(changed_question_ids() if args.changed else args.ids)
    ids = drill_ids_of(args.paths) + [p for p in args.paths if "/" not in p and (drills.drills_dir() / p).is_dir()]
    if args.paths and not ids:
        return 0  # files outside any drill folder: nothing to test
    return test_drills(sorted(set(ids)))


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
