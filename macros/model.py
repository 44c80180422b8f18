"""The question data model: load data/questions.yml, validate it, return typed questions.

The JSON Schema (data/questions.schema.json) is the one definition of the format; this module
only turns the validator's findings into sentences that name the file, the question and the field,
and adds the two checks a schema cannot express (unique ids, `related` pointing at real ids).
"""

from __future__ import annotations

import collections
import copy
import difflib
import hashlib
import json
import os
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import jsonschema
import yaml

ROOT = Path(__file__).resolve().parent.parent
DATA_PATH = ROOT / "data" / "questions.yml"
# Builds of other question sets (tests, the benchmark) point this variable at their file.
DATA_ENV = "ML_PREP_QUESTIONS"
SCHEMA_PATH = ROOT / "data" / "questions.schema.json"


@dataclass(frozen=True)
class Choice:
    """One value of a fixed list (a level or a topic) with its display title."""

    slug: str
    title: str
    description: str


@dataclass(frozen=True)
class Reference:
    title: str
    why: str
    url: str | None = None


@dataclass(frozen=True)
class Question:
    id: str
    question: str
    level: str
    topic: str
    tags: tuple[str, ...]
    short_answer: str
    answer: str
    core: bool = False
    key_points: tuple[str, ...] = ()
    example: str | None = None
    pitfalls: tuple[str, ...] = ()
    follow_ups: tuple[str, ...] = ()
    related: tuple[str, ...] = ()
    references: tuple[Reference, ...] = ()


@dataclass(frozen=True)
class Problem:
    """One thing wrong with the data, located as precisely as the input allows."""

    file: str
    message: str
    question_id: str | None = None
    field: str | None = None
    line: int | None = None

    def __str__(self) -> str:
        where = [self.file + (f":{self.line}" if self.line else "")]
        if self.question_id:
            where.append(f"question '{self.question_id}'")
        if self.field:
            where.append(f"field '{self.field}'")
        return ", ".join(where) + ": " + self.message


class DataError(Exception):
    """The data cannot be used; carries every problem found, not just the first."""

    def __init__(self, problems: list[Problem]):
        self.problems = problems
        super().__init__("\n".join(str(p) for p in problems))


# libyaml's parser where PyYAML was built with it (about ten times faster), else PyYAML's own.
_SafeLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _StrictLoader(_SafeLoader):
    """SafeLoader that refuses a key given twice: YAML would silently keep only the last one."""

    def construct_mapping(self, node, deep=False):
        seen: dict = {}
        for key_node, _ in node.value:
            key = self.construct_object(key_node, deep=deep)
            if key in seen:
                raise yaml.constructor.ConstructorError(
                    None, None, f"duplicate key '{key}' (first on line {seen[key] + 1})", key_node.start_mark
                )
            seen[key] = key_node.start_mark.line
        return super().construct_mapping(node, deep=deep)


@lru_cache(maxsize=None)
def load_schema(path: Path = SCHEMA_PATH) -> dict:
    return json.loads(Path(path).read_text(encoding="utf-8"))


def _choices(name: str) -> tuple[Choice, ...]:
    return tuple(
        Choice(c["const"], c["title"], c.get("description", "")) for c in load_schema()["$defs"][name]["oneOf"]
    )


LEVELS: tuple[Choice, ...] = _choices("level")
TOPICS: tuple[Choice, ...] = _choices("topic")


def _display(path: Path) -> str:
    try:
        return str(Path(path).resolve().relative_to(ROOT))
    except ValueError:
        return str(path)


def _question_lines(text: str) -> list[int]:
    """1-based start line of each item under `questions:` (only computed when reporting errors)."""
    try:
        root = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.YAMLError:
        return []
    if not isinstance(root, yaml.MappingNode):
        return []
    for key, value in root.value:
        if key.value == "questions" and isinstance(value, yaml.SequenceNode):
            return [item.start_mark.line + 1 for item in value.value]
    return []


def _suggest(word: object, options: list[str]) -> str:
    if not isinstance(word, str):
        return ""
    close = difflib.get_close_matches(word, options, n=1, cutoff=0.6)
    return f" (did you mean '{close[0]}'?)" if close else ""


_TYPE_NAMES = {"string": "text", "array": "a list", "object": "a mapping", "boolean": "true or false"}


def describe_error(error: jsonschema.ValidationError) -> tuple[str | None, str]:
    """(field, sentence) for one schema error, for a question or a drill: the field is the
    question's (or drill's) own key, if any."""
    path = list(error.absolute_path)
    fld = str(path[2]) if len(path) > 2 and path[0] == "questions" else (str(path[0]) if path and path[0] != "questions" else None)
    if len(path) > 3:
        fld += "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in path[3:])
    kind = error.validator
    if kind == "additionalProperties":
        known = list(error.schema.get("properties", {}))
        extra = sorted(set(error.instance) - set(known))
        name = extra[0] if len(extra) == 1 else None
        msg = "; ".join(f"unknown field '{x}'{_suggest(x, known)}" for x in extra)
        return (name if fld is None else fld), msg + f"; known fields: {', '.join(known)}"
    if kind == "required":
        missing = error.message.split("'")[1]
        return missing if fld is None else f"{fld}.{missing}", f"missing required field '{missing}'"
    if kind == "oneOf" and all("const" in c for c in error.validator_value):
        allowed = [c["const"] for c in error.validator_value]
        return fld, f"unknown value {error.instance!r}{_suggest(error.instance, allowed)}; expected one of: {', '.join(allowed)}"
    if kind in ("minLength", "pattern") and error.validator_value in (1, "\\S"):
        return fld, "is empty or blank"
    if kind == "pattern":
        return fld, f"{error.instance!r} does not match {error.validator_value} (lowercase words joined by '-', like 'gradient-descent')"
    if kind == "type":
        expected = error.validator_value
        return fld, f"must be {_TYPE_NAMES.get(expected, expected)}, got {type(error.instance).__name__} {error.instance!r}"
    if kind == "minItems":
        return fld, "must not be an empty list"
    if kind == "uniqueItems":
        return fld, "lists the same item twice"
    if kind == "const":
        return fld, f"must be {error.validator_value!r}, got {error.instance!r}"
    return fld, error.message


def _semantic_problems(questions: list[dict], file: str, lines: list[int]) -> list[Problem]:
    """Checks across questions that JSON Schema cannot state: unique ids and real `related` ids."""
    problems: list[Problem] = []
    first_index: dict[str, int] = {}
    for i, q in enumerate(questions):
        qid = q["id"]
        if qid in first_index:
            problems.append(Problem(file, f"duplicate id (first used by question #{first_index[qid] + 1})", qid, "id", _line(lines, i)))
        else:
            first_index[qid] = i
    for i, q in enumerate(questions):
        for rel in q.get("related", []):
            if rel == q["id"]:
                problems.append(Problem(file, "a question cannot be related to itself", q["id"], "related", _line(lines, i)))
            elif rel not in first_index:
                problems.append(
                    Problem(file, f"related id '{rel}' does not exist{_suggest(rel, list(first_index))}", q["id"], "related", _line(lines, i))
                )
    return problems


def _line(lines: list[int], index: int) -> int | None:
    return lines[index] if index < len(lines) else None


def _to_question(raw: dict) -> Question:
    listed = {k: tuple(raw.get(k, ())) for k in ("tags", "key_points", "pitfalls", "follow_ups", "related")}
    refs = tuple(Reference(r["title"], r["why"], r.get("url")) for r in raw.get("references", ()))
    return Question(
        id=raw["id"],
        question=raw["question"],
        level=raw["level"],
        topic=raw["topic"],
        short_answer=raw["short_answer"],
        answer=raw["answer"],
        example=raw.get("example"),
        core=raw.get("core", False),
        references=refs,
        **listed,
    )


@lru_cache(maxsize=1)
def _top_validator() -> jsonschema.Draft202012Validator:
    """The schema without its rules for each question (those are checked one question at a time)."""
    schema = load_schema()
    questions = {k: v for k, v in schema["properties"]["questions"].items() if k != "items"}
    return jsonschema.Draft202012Validator({**schema, "properties": {**schema["properties"], "questions": questions}})


@lru_cache(maxsize=1)
def _question_validator() -> jsonschema.Draft202012Validator:
    schema = load_schema()
    return jsonschema.Draft202012Validator({"$ref": "#/$defs/question", "$defs": schema["$defs"]})


def _key(raw: object) -> str:
    """A question as canonical JSON: equal for equal content, whatever the file's layout (a value
    YAML reads as another type, such as a date, keeps its type's name in the key)."""
    return json.dumps(raw, sort_keys=True, ensure_ascii=False, default=lambda v: f"{type(v).__name__}:{v}")


# A question is validated once per distinct content: under `mkdocs serve`, an edit re-validates
# only the question that changed (the schema's check costs about 1.5 ms a question). The hashes of
# questions found valid are also kept on disk (with the schema's hash), for later build processes.
_QUESTION_ERRORS: dict[str, list] = {}
_VALID_ON_DISK = ROOT / ".cache" / "valid-questions"


def _read_known_valid() -> set[str]:
    try:
        return set(_VALID_ON_DISK.read_text(encoding="utf-8").split())
    except OSError:
        return set()


@lru_cache(maxsize=1)
def _known_valid() -> set[str]:
    return _read_known_valid()


@lru_cache(maxsize=1)
def _schema_digest() -> str:
    return hashlib.sha256(json.dumps(load_schema(), sort_keys=True).encode()).hexdigest()


def _digest(key: str) -> str:
    return hashlib.sha256((_schema_digest() + key).encode()).hexdigest()[:32]


def _question_errors(key: str, raw: object) -> list[jsonschema.ValidationError]:
    if key not in _QUESTION_ERRORS:
        if len(_QUESTION_ERRORS) > 50_000:
            _QUESTION_ERRORS.clear()
        if _digest(key) in _known_valid():
            _QUESTION_ERRORS[key] = []
        else:
            _QUESTION_ERRORS[key] = list(_question_validator().iter_errors(raw))
            if not _QUESTION_ERRORS[key]:
                _known_valid().add(_digest(key))
    return [_moved(e) for e in _QUESTION_ERRORS[key]]


def _save_known_valid() -> None:
    """Write the valid digests to disk if this process found new ones."""
    if len(_known_valid()) == len(_read_known_valid()):
        return
    try:
        _VALID_ON_DISK.parent.mkdir(exist_ok=True)
        _VALID_ON_DISK.write_text("\n".join(sorted(_known_valid())), encoding="utf-8")
    except OSError:
        pass  # a read-only checkout validates again next time


def _moved(error: jsonschema.ValidationError) -> jsonschema.ValidationError:
    """A copy of an error with a path of its own, for the caller to place in the file."""
    out = copy.copy(error)
    out.path = out.relative_path = collections.deque(error.relative_path)
    return out


def parse_questions(text: str, file: str = "questions.yml") -> list[Question]:
    """Validate YAML text and return its questions; raise DataError naming every problem."""
    try:
        data = yaml.load(text, Loader=_StrictLoader)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 1 if mark else None
        reason = getattr(exc, "problem", None) or str(exc)
        raise DataError([Problem(file, f"YAML syntax error: {reason}", line=line)]) from None
    if data is None:
        raise DataError([Problem(file, "the file is empty; it must hold 'format_version: 1' and a 'questions:' list")])
    if not isinstance(data, dict):
        raise DataError(
            [Problem(file, f"the top level must be a mapping with 'format_version' and 'questions', got {type(data).__name__}")]
        )

    raw_questions = data.get("questions") if isinstance(data.get("questions"), list) else []
    errors = list(_top_validator().iter_errors(data))
    for i, raw in enumerate(raw_questions):
        for error in _question_errors(_key(raw), raw):
            error.path.extendleft([i, "questions"])  # the question's place in the file
            errors.append(error)
    errors.sort(key=lambda e: [str(p) for p in e.absolute_path])
    lines = _question_lines(text) if errors else []
    problems = []
    for error in errors:
        path = list(error.absolute_path)
        qid, line = None, None
        if len(path) >= 2 and path[0] == "questions" and isinstance(path[1], int):
            raw = raw_questions[path[1]]
            qid = raw.get("id") if isinstance(raw, dict) and isinstance(raw.get("id"), str) else f"#{path[1] + 1}"
            line = _line(lines, path[1])
        fld, message = describe_error(error)
        problem = Problem(file, message, qid, fld, line)
        if problem not in problems:  # "" breaks both minLength and pattern: say it once
            problems.append(problem)
    if problems:
        raise DataError(problems)

    _save_known_valid()
    semantic = _semantic_problems(raw_questions, file, [])
    if semantic:
        lines = _question_lines(text)
        raise DataError(_semantic_problems(raw_questions, file, lines))
    return [_to_question(q) for q in raw_questions]


def data_path() -> Path:
    return Path(os.environ.get(DATA_ENV) or DATA_PATH)


def load_questions(path: Path | None = None) -> list[Question]:
    """The questions of a file (default: data_path()); parsed once per version of the file
    (a build reads it twice, `mkdocs serve` re-reads it after each edit)."""
    path = Path(path) if path else data_path()
    try:
        stat = path.stat()
    except OSError as exc:
        raise DataError([Problem(_display(path), f"cannot read the file: {exc.strerror}")]) from None
    return list(_load_version(path, stat.st_mtime_ns, stat.st_size))


@lru_cache(maxsize=4)
def _load_version(path: Path, mtime_ns: int, size: int) -> tuple[Question, ...]:
    return tuple(parse_questions(path.read_text(encoding="utf-8"), _display(path)))
