"""The downloads, opened for real: the Anki deck's SQLite collection, the JSON, the CSV, the
print edition and the offline zip."""

from __future__ import annotations

import csv
import io
import json
import re
import sqlite3
import zipfile

import genanki
import jsonschema
import pytest

from macros import exports, model
from tests.conftest import build_site, home_page, parse_html


def download(site, key: str) -> bytes:
    return (site / exports.FILES[key]).read_bytes()


@pytest.fixture(scope="module")
def second_build(tmp_path_factory):
    site = tmp_path_factory.mktemp("second")
    result = build_site(site, model.DATA_PATH)
    assert result.returncode == 0, result.stderr[-2000:]
    return site


def test_two_builds_give_byte_identical_downloads(built_site, second_build):
    for key in ("anki", "json", "csv"):
        assert download(built_site, key) == download(second_build, key), key


def test_anki_deck_holds_one_note_per_question(built_site, questions, tmp_path):
    with zipfile.ZipFile(io.BytesIO(download(built_site, "anki"))) as deck:
        assert set(deck.namelist()) == {"collection.anki2", "media"}
        (tmp_path / "collection.anki2").write_bytes(deck.read("collection.anki2"))
    db = sqlite3.connect(tmp_path / "collection.anki2")
    notes = db.execute("select guid, flds, tags from notes").fetchall()
    cards = db.execute("select count(*) from cards").fetchone()[0]
    db.close()
    assert len(notes) == cards == len(questions)
    by_id = {q.id: q for q in questions}
    for guid, fields, tags in notes:
        qid, front, meta, back, link = fields.split("\x1f")
        q = by_id[qid]
        assert guid == genanki.guid_for("ml-interview-prep", qid)
        assert f"level::{q.level}" in tags.split() and f"topic::{q.topic}" in tags.split()
        assert "Short answer" in back and f"#{qid}" in link and home_page(questions, qid) in link
        assert "<script" not in front + back
    ids = [n[1].split("\x1f")[0] for n in notes]
    assert sorted(ids) == sorted(by_id)


def test_anki_math_and_code_stay_legible(built_site, tmp_path):
    with zipfile.ZipFile(io.BytesIO(download(built_site, "anki"))) as deck:
        (tmp_path / "c.anki2").write_bytes(deck.read("collection.anki2"))
    backs = [row[0] for row in sqlite3.connect(tmp_path / "c.anki2").execute("select flds from notes")]
    with_math = [b for b in backs if "\\(" in b]
    assert with_math, "inline math reaches Anki as \\( \\), which Anki typesets"
    assert not any(re.search(r"(?<!\\)\$[^$\s][^$]*\$", b) for b in backs), "no raw $...$ left"
    assert all("<pre>" not in b or "<code" in b for b in backs)  # code stays in code blocks


def test_json_validates_against_the_schema_and_holds_every_field(built_site, questions):
    doc = json.loads(download(built_site, "json"))
    jsonschema.validate(doc, model.load_schema())
    assert doc["format_version"] == exports.FORMAT_VERSION and doc["$schema"].endswith("questions.schema.json")
    assert doc["questions"] == [exports.question_record(q) for q in questions]
    # JSON is YAML: the downloaded file itself loads as data
    assert model.parse_questions(download(built_site, "json").decode("utf-8")) == questions


def test_csv_round_trips_to_the_same_questions(built_site, questions):
    rows = list(csv.DictReader(io.StringIO(download(built_site, "csv").decode("utf-8"))))
    assert len(rows) == len(questions)
    rebuilt = []
    for row in rows:
        record = {k: (json.loads(v) if k in exports.CSV_LIST_FIELDS or (k == "core" and v) else v) for k, v in row.items()}
        rebuilt.append({k: v for k, v in record.items() if v not in ("", [])})
    assert rebuilt == [exports.question_record(q) for q in questions]


def test_print_edition_shows_every_question_with_its_answer(built_site, questions):
    # In parts (each under 1 MB), read in order: part 1 links to the others.
    first = parse_html(built_site / "print-edition.html")
    parts = ["print-edition.html"] + sorted(
        {a["href"] for a in first.select("article a[href^='print-edition-']")}, key=lambda h: int(h.split("-")[-1].split(".")[0])
    )
    assert len(parts) >= 2
    page = parse_html(built_site / parts[0])
    for extra in parts[1:]:
        page.select_one("article").extend(parse_html(built_site / extra).select_one("article").contents)
    blocks = page.select("div.print-question")
    assert [b["data-id"] for b in blocks] == [
        q.id for t in model.TOPICS for lvl in model.LEVELS for q in questions if (q.topic, q.level) == (t.slug, lvl.slug)
    ]
    assert not page.select("article details")  # nothing to click open, follow-up answers included
    for block in blocks:
        assert block.select_one(".answer-part--short-answer") and block.select_one(".answer-part--answer")
    toc = [a["href"] for a in page.select("article ul a")]
    assert {f"#print-{q.topic}" for q in questions} <= set(toc)


def test_offline_zip_is_the_whole_site(built_site):
    with zipfile.ZipFile(io.BytesIO(download(built_site, "zip"))) as archive:
        names = set(archive.namelist())
        assert archive.testzip() is None
    site_files = {p.relative_to(built_site).as_posix() for p in built_site.rglob("*") if p.is_file()}
    assert {f"ml-interview-prep/{n}" for n in site_files - {exports.FILES['zip']}} == names
    assert "ml-interview-prep/search/search_index.js" in names


def test_downloads_page_lists_every_file_with_its_size(built_site, questions):
    page = parse_html(built_site / "downloads.html")
    rows = {tr.select_one("a")["href"]: tr.select("td")[-1].get_text() for tr in page.select("article table tbody tr")}
    for key, path in exports.FILES.items():
        assert rows[path] == exports.human_size(len(download(built_site, key))), key
    assert f"all {len(questions)} questions" in page.get_text()
    home = parse_html(built_site / "index.html")
    assert home.select_one('article a[href="downloads.html"]')
