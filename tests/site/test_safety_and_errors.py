"""Real builds with hostile content (it must render literally) and with bad data (the build must fail)."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from tests.conftest import HOSTILE, build_site, parse_html


@pytest.fixture(scope="module")
def hostile_page(hostile_site):
    return parse_html(hostile_site / "topics" / "math-foundations.html")


def test_script_in_title_is_text_not_an_element(hostile_page):
    heading = hostile_page.select_one("details.qa h3#hostile-title")
    assert "<script>window.__pwnedTitle = 1</script>" in heading.get_text()
    assert heading.find("script") is None


def test_no_script_or_handler_from_the_data_reaches_the_page(hostile_site):
    for html in hostile_site.rglob("*.html"):
        soup = parse_html(html)
        for script in soup.find_all("script"):
            assert "__pwned" not in script.get_text(), html
        assert soup.find(attrs={"onerror": True}) is None, html


def test_jinja_syntax_is_shown_literally(hostile_page):
    details = hostile_page.select_one("details.qa[data-id=hostile-title]")
    text = details.get_text()
    assert "{{ 7*7 }}" in text and "{% if true %}yes{% endif %}" in text and "{# a comment #}" in text
    assert "49" not in text


def test_pipes_ampersands_backslashes_and_latex_survive(hostile_page):
    details = hostile_page.select_one("details.qa[data-id=hostile-title]")
    text = details.get_text()
    assert "a | b" in text and "AT&T" in text and "C:\\temp\\new" in text
    math = [m.get_text() for m in details.select(".arithmatex")]
    assert "\\(\\frac{a}{b} + \\{x\\}\\)" in math
    assert any("\\left\\{ \\frac{1}{2} \\right\\}" in m for m in math)


def test_title_with_braces_keeps_its_id_and_brackets(hostile_site):
    page = parse_html(hostile_site / "topics" / "llm-training.html")
    heading = page.select_one("h3#hostile-other")
    assert heading.get_text().startswith("A second question [with brackets] and code?")
    cell = page.select_one("details.qa[data-id=hostile-other] table td")
    assert cell.get_text() == "a | b"


def test_related_link_text_keeps_brackets(hostile_page):
    link = hostile_page.select_one("details.qa[data-id=hostile-title] .answer-part--related a")
    assert link["href"] == "llm-training.html#hostile-other"
    assert link.get_text() == "A second question [with brackets] and code?"
    assert link.find("code").get_text() == "code"  # same inline Markdown as the heading


def _bad_build(tmp_path: Path, text: str):
    data = tmp_path / "questions.yml"
    data.write_text(text, encoding="utf-8")
    (tmp_path / "no-drills").mkdir()
    return build_site(tmp_path / "site", data, tmp_path / "no-drills")


def test_build_fails_on_invalid_data_with_a_clear_message(tmp_path):
    doc = yaml.safe_load(HOSTILE.read_text())
    doc["questions"][1]["level"] = "expert"
    doc["questions"][0]["anwser"] = doc["questions"][0].pop("answer")
    result = _bad_build(tmp_path, yaml.safe_dump(doc))
    assert result.returncode != 0
    out = result.stdout + result.stderr
    assert "question 'hostile-other', field 'level': unknown value 'expert'" in out
    assert "question 'hostile-title', field 'anwser': unknown field 'anwser' (did you mean 'answer'?)" in out
    assert "questions.yml" in out and "Traceback" not in out
    assert not (tmp_path / "site" / "index.html").exists()


def test_build_fails_on_yaml_syntax_error_with_the_line(tmp_path):
    result = _bad_build(tmp_path, "format_version: 1\nquestions:\n  - id: [\n")
    assert result.returncode != 0
    out = result.stdout + result.stderr
    assert "questions.yml:4: YAML syntax error" in out and "Traceback" not in out


def test_build_fails_on_a_broken_related_link(tmp_path):
    doc = yaml.safe_load(HOSTILE.read_text())
    doc["questions"][0]["related"] = ["no-such-question"]
    result = _bad_build(tmp_path, yaml.safe_dump(doc))
    assert result.returncode != 0
    assert "field 'related': related id 'no-such-question' does not exist" in result.stdout + result.stderr


def test_build_fails_on_a_relative_link_in_an_answer(tmp_path):
    doc = yaml.safe_load(HOSTILE.read_text())
    doc["questions"][0]["answer"] += "\nSee [the other one](llm-training.md#no-such-anchor).\n"
    result = _bad_build(tmp_path, yaml.safe_dump(doc))
    assert result.returncode != 0
    out = result.stdout + result.stderr
    assert "question 'hostile-title', field 'answer': link 'llm-training.md#no-such-anchor' is relative" in out
    assert "Traceback" not in out
