"""Downloads built from the question data alone: an Anki deck, JSON and CSV, and a zip of the site.

Every function is deterministic: the same data gives byte-identical files (fixed timestamps,
ids derived from question ids, sorted zip entries), so a rebuild changes a download only when a
question changes, and re-importing an updated deck into Anki updates notes instead of copying them.
"""

from __future__ import annotations

import csv
import dataclasses
import hashlib
import io
import json
import os
import sqlite3
import tempfile
import zipfile
from functools import lru_cache
from pathlib import Path

import genanki

from .model import LEVELS, TOPICS, Question

FORMAT_VERSION = 1
SCHEMA_URL = "https://ml-interview-prep.github.io/ml-interview-prep/downloads/questions.schema.json"
DECK_NAME = "ML Interview Prep"
# Anki stores these times; fixing them keeps the deck byte-identical between builds.
FIXED_TIMESTAMP = 1_767_225_600.0  # 2026-01-01T00:00:00Z
ZIP_DATE = (2026, 1, 1, 0, 0, 0)

# How list fields are stored in one CSV cell: as a JSON array (items may hold commas, pipes or
# newlines); the must-know mark as JSON `true` (an empty cell when unmarked).
CSV_LIST_FIELDS = ("tags", "key_points", "pitfalls", "follow_ups", "related", "references")
CSV_COLUMNS = ("id", "question", "level", "topic", "tags", "core", "short_answer", "answer", "key_points",
               "example", "pitfalls", "follow_ups", "related", "references")

FILES = {
    "anki": "downloads/ml-interview-questions.apkg",
    "json": "downloads/questions.json",
    "csv": "downloads/questions.csv",
    "schema": "downloads/questions.schema.json",
    "zip": "downloads/ml-interview-prep-offline.zip",
}

DESCRIPTIONS = {
    "anki": "Anki deck: one note per question (question, level and topic on the front; short answer, key points "
    "and a link to the full answer on the back). Re-importing a newer deck updates your notes and keeps your progress.",
    "json": "Every question with every field, in the format of the schema below (`$schema`, `format_version`).",
    "csv": "One row per question. List fields (tags, key_points, pitfalls, follow_ups, related, references) "
    "hold a JSON array in their cell.",
    "schema": "The JSON Schema of the data format.",
    "zip": "The whole site for offline reading: unzip, then open `ml-interview-prep/index.html`; search and math work without a network.",
}
# The zip's size is known only after the build; the page says this until the hook writes the size in.
ZIP_SIZE_PLACEHOLDER = "(this archive)"

_TITLES = {c.slug: c.title for c in (*LEVELS, *TOPICS)}


def stable_id(name: str) -> int:
    """A positive 31-bit integer derived from a name (Anki model and deck ids)."""
    return int.from_bytes(hashlib.sha256(name.encode()).digest()[:4], "big") >> 1


def question_record(q: Question) -> dict:
    """A question as plain data, in the schema's field order, leaving out fields it does not have."""
    record = {}
    for f in dataclasses.fields(q):
        value = getattr(q, f.name)
        if f.name == "references":
            value = [{k: v for k, v in dataclasses.asdict(r).items() if v is not None} for r in value]
        elif isinstance(value, tuple):
            value = list(value)
        if value not in (None, [], False):
            record[f.name] = value
    return record


def questions_json(questions: list[Question]) -> bytes:
    doc = {"$schema": SCHEMA_URL, "format_version": FORMAT_VERSION, "questions": [question_record(q) for q in questions]}
    return (json.dumps(doc, ensure_ascii=False, indent=1) + "\n").encode("utf-8")


def questions_csv(questions: list[Question]) -> bytes:
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=CSV_COLUMNS, lineterminator="\n")
    writer.writeheader()
    for q in questions:
        record = question_record(q)
        row = {k: json.dumps(record.get(k, []), ensure_ascii=False) if k in CSV_LIST_FIELDS else record.get(k, "") for k in CSV_COLUMNS}
        row["core"] = "true" if q.core else ""
        writer.writerow(row)
    return out.getvalue().encode("utf-8")


ANKI_MODEL = genanki.Model(
    stable_id("ml-interview-prep model"),
    "ML Interview Prep question",
    fields=[{"name": "Id"}, {"name": "Question"}, {"name": "Meta"}, {"name": "Answer"}, {"name": "Link"}],
    templates=[
        {
            "name": "Card 1",
            "qfmt": '<div class="meta">{{Meta}}</div><div class="question">{{Question}}</div>',
            "afmt": '{{FrontSide}}<hr id="answer">{{Answer}}<p class="link">{{Link}}</p>',
        }
    ],
    css=".card{font-family:sans-serif;font-size:18px;text-align:left}.meta{color:#555;font-size:14px}"
    "pre{white-space:pre-wrap;background:#f4f4f4;padding:6px}code{font-family:monospace}",
    sort_field_index=1,
)


def anki_note(q: Question, site_url: str, page: str, parts) -> genanki.Note:
    """`parts`: the question's HTML (macros/fragments.py), as the site shows it."""
    back = "<p><b>Short answer</b></p>" + parts.short_answer
    if q.key_points:
        back += "<p><b>Key points</b></p>" + parts.key_points
    link = f'<a href="{site_url}{page.removesuffix(".md")}.html#{q.id}">Full answer, example and pitfalls</a>'
    tags = [f"level::{q.level}", f"topic::{q.topic}", *q.tags]
    return genanki.Note(
        model=ANKI_MODEL,
        fields=[q.id, parts.title, f"{_TITLES[q.level]} · {_TITLES[q.topic]}", back, link],
        guid=genanki.guid_for("ml-interview-prep", q.id),
        tags=[t.replace(" ", "_") for t in tags],
    )


def anki_deck(questions: list[Question], site_url: str, home: dict[str, str], parts_of) -> bytes:
    deck = genanki.Deck(stable_id("ml-interview-prep deck"), DECK_NAME)
    for q in questions:
        deck.add_note(anki_note(q, site_url, home[q.id], parts_of(q)))
    # genanki's own writer stamps the zip with the current time; write the same collection into a
    # zip with fixed dates instead.
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "collection.anki2"
        conn = sqlite3.connect(db)
        genanki.Package(deck).write_to_db(conn.cursor(), FIXED_TIMESTAMP, _ids())
        conn.commit()
        conn.close()
        return _zip({"collection.anki2": db.read_bytes(), "media": b"{}"})


def _ids():
    n = int(FIXED_TIMESTAMP * 1000)
    while True:
        yield n
        n += 1


def _zip(entries: dict[str, bytes]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zf:
        for name in sorted(entries):
            info = zipfile.ZipInfo(name, date_time=ZIP_DATE)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            zf.writestr(info, entries[name])
    return out.getvalue()


def zip_folder(folder: Path, prefix: str, skip: set[str] = frozenset()) -> bytes:
    """A deterministic zip of a folder (the built site), every path under `prefix/`."""
    entries = {}
    for root, _, files in os.walk(folder):
        for name in files:
            path = Path(root) / name
            rel = path.relative_to(folder).as_posix()
            if rel not in skip:
                entries[f"{prefix}/{rel}"] = path.read_bytes()
    return _zip(entries)


@lru_cache(maxsize=2)
def data_exports(questions: tuple[Question, ...], site_url: str, home: tuple[tuple[str, str], ...], schema: bytes, parts_of) -> dict[str, bytes]:
    """Every download that depends on the data alone, keyed like FILES (the zip comes after the
    build). `parts_of(question)` gives a question's HTML."""
    qs = list(questions)
    return {
        "anki": anki_deck(qs, site_url, dict(home), parts_of),
        "json": questions_json(qs),
        "csv": questions_csv(qs),
        "schema": schema,
    }


def human_size(n: int) -> str:
    for unit in ("bytes", "KB", "MB", "GB"):
        if n < 1000 or unit == "GB":
            return f"{n} {unit}" if unit == "bytes" else f"{n:.1f} {unit}"
        n /= 1000
    return f"{n:.1f} GB"


KIT_PREFIX = "ml-interview-drills"
KIT_README = """# ML Interview Prep: coding drills

Implement ML algorithms from scratch, then let the tests tell you whether your code is right.

    pip install numpy pytest scikit-learn scipy
    pytest                       # every drill against your starter.py files: all fail until you write them
    pytest -k {example}     # one drill (its folder name)
    pytest --solutions           # the same tests against the reference solutions (solution.py)

Each folder is one drill: README.md (the statement), starter.py (fill it in), the tests, and
solution.py (the reference: look only once you are done). The tests use NumPy, and some compare
against scikit-learn or SciPy; the solutions use NumPy and the standard library only.
conftest.py loads your starter.py (or, with --solutions, the reference) as the `impl` fixture,
and gives the backward-pass drills `num_grad`: a gradient by finite differences.

{count} drills. Content and code under the MIT licence.
"""


def drills_kit(drills: list, conftest: bytes | None = None) -> bytes:
    """The downloadable drills kit: a README, the conftest that picks starters or solutions, and
    per drill its statement, starter, tests and solution (a deterministic zip)."""
    from .drills import CONFTEST, DRILLS_DIR

    entries = {
        f"{KIT_PREFIX}/README.md": KIT_README.format(example=drills[0].id if drills else "stable-softmax", count=len(drills)).encode(),
        f"{KIT_PREFIX}/{CONFTEST}": conftest if conftest is not None else (DRILLS_DIR / CONFTEST).read_bytes(),
    }
    for d in drills:
        base = f"{KIT_PREFIX}/{d.id}"
        entries[f"{base}/README.md"] = f"# {d.title}\n\n{d.statement.strip()}\n".encode()
        entries[f"{base}/starter.py"] = d.starter.encode()
        entries[f"{base}/{d.test_file}"] = d.tests.encode()
        entries[f"{base}/solution.py"] = d.solution.encode()
    return _zip(entries)
