"""Validation: every kind of bad input stops with a message naming the file, the question and the field."""

from __future__ import annotations

import subprocess
import sys

import pytest
import yaml

from macros import model
from macros.model import DataError, parse_questions

FILE = "data/bad.yml"


def question(**changes) -> dict:
    base = {
        "id": "gradient-descent",
        "question": "What is gradient descent?",
        "level": "beginner",
        "topic": "math-foundations",
        "tags": ["optimization"],
        "short_answer": "It follows the negative gradient.",
        "answer": "The full answer.",
    }
    base.update(changes)
    return {k: v for k, v in base.items() if v is not None}


def document(*questions: dict) -> str:
    return yaml.safe_dump({"format_version": 1, "questions": list(questions)}, sort_keys=False)


def problems(text: str) -> list[model.Problem]:
    with pytest.raises(DataError) as info:
        parse_questions(text, FILE)
    assert str(info.value), "a DataError always carries a message"
    return info.value.problems


def only(text: str) -> model.Problem:
    found = problems(text)
    assert len(found) == 1, [str(p) for p in found]
    return found[0]


def test_valid_question_loads_with_every_field():
    q = question(
        key_points=["one"],
        example="x",
        pitfalls=["p"],
        follow_ups=["f"],
        related=["other"],
        references=[{"title": "Book", "why": "w", "url": "https://example.org/b"}],
    )
    other = question(id="other", related=["gradient-descent"])
    loaded = parse_questions(document(q, other), FILE)
    assert [x.id for x in loaded] == ["gradient-descent", "other"]
    first = loaded[0]
    assert first.tags == ("optimization",)
    assert first.references[0] == model.Reference("Book", "w", "https://example.org/b")
    assert first.related == ("other",)


def test_yaml_syntax_error_names_the_line():
    text = "format_version: 1\nquestions:\n  - id: a\n    question: [unclosed\n"
    p = only(text)
    assert p.file == FILE and p.line is not None and p.line >= 4
    assert "YAML syntax error" in str(p) and f"{FILE}:{p.line}" in str(p)


@pytest.mark.parametrize("text", ["", "   \n# only a comment\n"])
def test_empty_file(text):
    p = only(text)
    assert "empty" in p.message and str(p).startswith(FILE)


@pytest.mark.parametrize("text", ["- id: a\n", "just text\n", "42\n"])
def test_wrong_top_level_shape(text):
    p = only(text)
    assert "top level must be a mapping" in p.message


def test_missing_questions_key():
    p = only("format_version: 1\n")
    assert p.field == "questions" and "missing required field 'questions'" in p.message


def test_missing_required_field_names_question_and_field():
    p = only(document(question(short_answer=None)))
    assert (p.question_id, p.field) == ("gradient-descent", "short_answer")
    assert "missing required field" in p.message
    assert str(p).startswith(f"{FILE}:3, question 'gradient-descent', field 'short_answer'")


@pytest.mark.parametrize("blank", ["", "   ", "\n\t\n"])
def test_empty_or_blank_text(blank):
    p = only(document(question(answer=blank)))
    assert (p.question_id, p.field, p.message) == ("gradient-descent", "answer", "is empty or blank")


def test_blank_item_in_a_list_field():
    p = only(document(question(key_points=["fine", "  "])))
    assert p.field == "key_points[1]" and p.message == "is empty or blank"


def test_unknown_field_suggests_the_closest_name():
    q = question()
    q["anwser"] = q.pop("answer")
    found = {p.field: p for p in problems(document(q))}
    assert "did you mean 'answer'?" in found["anwser"].message
    assert "missing required field 'answer'" in found["answer"].message


def test_unknown_field_without_close_name_lists_known_fields():
    p = only(document(question(colour="blue")))
    assert p.field == "colour" and "unknown field 'colour'" in p.message and "known fields: id" in p.message


@pytest.mark.parametrize(
    "changes, field, expected",
    [
        ({"tags": "optimization"}, "tags", "must be a list"),
        ({"question": 42}, "question", "must be text, got int"),
        ({"related": "other"}, "related", "must be a list"),
        ({"references": [{"title": "T", "why": 3}]}, "references[0].why", "must be text"),
    ],
)
def test_wrong_type(changes, field, expected):
    p = only(document(question(**changes)))
    assert p.field == field and expected in p.message


def test_unknown_level_lists_the_levels():
    p = only(document(question(level="expert")))
    assert p.field == "level" and "unknown value 'expert'" in p.message
    assert "beginner, intermediate, advanced" in p.message


def test_unknown_topic_suggests_the_closest():
    p = only(document(question(topic="deep-learnin")))
    assert p.field == "topic" and "did you mean 'deep-learning'?" in p.message


def test_id_must_be_a_slug():
    p = only(document(question(id="Gradient Descent")))
    assert p.field == "id" and "lowercase" in p.message


def test_duplicate_id_points_at_both():
    p = only(document(question(), question(question="Another")))
    assert (p.question_id, p.field) == ("gradient-descent", "id")
    assert "duplicate id" in p.message and "#1" in p.message and p.line == 11


def test_related_to_a_missing_id():
    p = only(document(question(related=["gradient-decent-x"])))
    assert p.field == "related" and "'gradient-decent-x' does not exist" in p.message


def test_related_to_itself():
    p = only(document(question(related=["gradient-descent"])))
    assert "related to itself" in p.message


def test_duplicate_key_in_a_question_is_refused():
    text = document(question()).replace("answer: The full answer.", "answer: one\n  answer: two")
    p = only(text)
    assert "duplicate key 'answer'" in p.message and p.line is not None


def test_question_without_id_is_named_by_position():
    p = only(document(question(), question(id=None)))
    assert p.question_id == "#2" and p.field == "id"


def test_every_problem_is_reported_not_just_the_first():
    found = problems(document(question(level="x"), question(id="b", topic="y", answer="")))
    assert {(p.question_id, p.field) for p in found} == {("gradient-descent", "level"), ("b", "topic"), ("b", "answer")}


def test_cli_exit_code_and_message(tmp_path):
    bad = tmp_path / "bad.yml"
    bad.write_text(document(question(level="expert")))
    result = subprocess.run([sys.executable, "-m", "macros", str(bad)], capture_output=True, text=True)
    assert result.returncode == 1
    assert "question 'gradient-descent', field 'level'" in result.stderr
    assert "Traceback" not in result.stderr


def test_taxonomy_comes_from_the_schema():
    schema = model.load_schema()
    assert [c.slug for c in model.TOPICS] == [c["const"] for c in schema["$defs"]["topic"]["oneOf"]]
    assert len(model.TOPICS) == 18 and [c.slug for c in model.LEVELS] == ["beginner", "intermediate", "advanced"]
