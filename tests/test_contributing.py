"""What a contributor uses: the issue forms (checked against GitHub's schema), the report link of
each question, the pre-commit hooks (run once on the repository) and the stub generators."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path
from urllib.parse import parse_qs, urlparse

import yaml

from macros import drills, model
from tests.conftest import ROOT, parse_html

FORMS = sorted((ROOT / ".github" / "ISSUE_TEMPLATE").glob("*.yml"))
BIN = Path(sys.executable).parent


def test_issue_forms_match_githubs_issue_forms_schema():
    forms = [f for f in FORMS if f.name != "config.yml"]
    assert {f.stem for f in forms} == {"wrong-answer", "new-question", "new-drill"}
    result = subprocess.run([BIN / "check-jsonschema", "--builtin-schema", "vendor.github-issue-forms", *forms],
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_new_question_form_offers_every_topic_and_level():
    form = yaml.safe_load((ROOT / ".github" / "ISSUE_TEMPLATE" / "new-question.yml").read_text())
    by_id = {item.get("id"): item for item in form["body"]}
    assert [o.split(" (")[0] for o in by_id["level"]["attributes"]["options"]] == [lv.title for lv in model.LEVELS]
    assert by_id["topic"]["attributes"]["options"] == [t.title for t in model.TOPICS]


def test_report_a_problem_opens_the_wrong_answer_form_with_the_id(built_site, questions):
    q = questions[0]
    link = parse_html(built_site / "topics" / f"{q.topic}.html").select_one(f"details.qa[data-id={q.id}] a.question-report")
    query = parse_qs(urlparse(link["href"]).query)
    form = yaml.safe_load((ROOT / ".github" / "ISSUE_TEMPLATE" / "wrong-answer.yml").read_text())
    field_ids = {item.get("id") for item in form["body"]}
    assert query["template"] == ["wrong-answer.yml"] and "question-id" in field_ids
    assert query["question-id"] == [q.id]


def test_the_pull_request_template_carries_the_review_checklist():
    text = (ROOT / ".github" / "pull_request_template.md").read_text()
    for item in ("Correct", "Current", "recomputed", "asserts that would fail", "primary sources", "near-duplicate"):
        assert item in text, item


def test_pre_commit_hooks_pass_on_the_repository(tmp_path):
    """`pre-commit run --all-files` on a clean copy of the repository (its git history included),
    so that the hooks that fix files cannot touch the working tree."""
    copy = tmp_path / "repo"
    subprocess.run(["git", "clone", "-q", "--no-hardlinks", str(ROOT), str(copy)], check=True)
    # The working tree's uncommitted state is what is checked.
    for rel in subprocess.run(["git", "ls-files", "-m", "-o", "--exclude-standard"], cwd=ROOT, capture_output=True, text=True).stdout.split():
        if (ROOT / rel).is_file():
            (copy / rel).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy(ROOT / rel, copy / rel)
    (copy / ".venv").symlink_to(ROOT / ".venv")
    env = dict(os.environ, PRE_COMMIT_HOME=str(tmp_path / "pre-commit-home"), NO_MKDOCS_2_WARNING="1")
    result = subprocess.run([BIN / "pre-commit", "run", "--all-files", "--show-diff-on-failure"], cwd=copy, env=env,
                            capture_output=True, text=True, timeout=1200)
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-2000:]
    for hook in ("questions and drills valid", "Python examples", "tests of the drills", "YAML files parse", "trailing whitespace"):
        assert hook in result.stdout, hook


def macros_cli(*args: str, data: Path, drills_dir: Path) -> subprocess.CompletedProcess:
    env = dict(os.environ, **{model.DATA_ENV: str(data), drills.DRILLS_ENV: str(drills_dir)})
    return subprocess.run([sys.executable, "-m", "macros", *args], cwd=ROOT, env=env, capture_output=True, text=True, timeout=600)


def test_new_question_writes_a_valid_stub_with_a_fresh_id(tmp_path):
    data = tmp_path / "questions.yml"
    shutil.copy(model.DATA_PATH, data)
    result = macros_cli("new", "question", "--topic", "mlops", "--level", "advanced", data=data, drills_dir=tmp_path)
    assert result.returncode == 0, result.stderr
    questions = model.load_questions(data)
    stub = questions[-1]
    assert stub.id == "new-question" and (stub.topic, stub.level) == ("mlops", "advanced")
    again = macros_cli("new", "question", "--topic", "mlops", "--level", "advanced", data=data, drills_dir=tmp_path)
    assert again.returncode == 0 and model.load_questions(data)[-1].id == "new-question-2"
    taken = macros_cli("new", "question", "--topic", "mlops", "--level", "advanced", "--id", "gradient-descent", data=data, drills_dir=tmp_path)
    assert taken.returncode != 0 and "taken" in taken.stderr + taken.stdout


def test_new_drill_writes_a_folder_that_validates_and_whose_tests_run(tmp_path):
    root = tmp_path / "drills"
    root.mkdir()
    shutil.copy(drills.DRILLS_DIR / drills.CONFTEST, root / drills.CONFTEST)
    result = macros_cli("new", "drill", "--topic", "deep-learning", "--level", "beginner", "--id", "my-drill", data=model.DATA_PATH, drills_dir=root)
    assert result.returncode == 0, result.stderr
    found, problems = drills.problems(root, {q.id for q in model.load_questions(model.DATA_PATH)})
    assert [d.id for d in found] == ["my-drill"] and not problems
    tested = macros_cli("test-drills", "my-drill", data=model.DATA_PATH, drills_dir=root)
    assert tested.returncode == 0, tested.stderr  # the stub's test passes on its stub solution, fails on its starter
