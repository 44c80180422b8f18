"""Study tools in a real browser: expand/collapse all, known marks and progress that survive a
restart, export/import, filters, the practice page by keyboard, print, permalinks."""

from __future__ import annotations

import json
from collections import Counter

import pytest

from macros import pages
from tests.browser.conftest import CHROMIUM_ARGS, chromium_path, watch
from tests.conftest import home_page

pytestmark = pytest.mark.browser

TOPIC = "deep-learning"


def topic_ids(questions, topic=TOPIC):
    return [q.id for q in questions if q.topic == topic]


def topic_page(questions, qid):
    """The (part of the) topic page that holds a question."""
    page = next(p for p in pages.plan_pages(questions) if p.kind == "topic" and qid in p.question_ids)
    return pages.built_path(page.src_path)


def test_expand_all_and_collapse_all(page, site_root):
    page.goto(f"{site_root}topics/{TOPIC}.html", wait_until="load")
    page.click(".study-expand")
    assert page.evaluate("[...document.querySelectorAll('details.qa')].every(d => d.open)")
    page.click(".study-collapse")
    assert page.evaluate("[...document.querySelectorAll('details.qa')].every(d => !d.open)")


def test_known_marks_survive_reload_and_restart_per_question(playwright, questions, site_root, tmp_path):
    first, second = topic_ids(questions)[:2]
    q = next(q for q in questions if q.id == first)
    total = len(topic_ids(questions))

    def launch():
        # A browser with a profile on disk, as a reader's: closing it and launching it again is a restart.
        return playwright.chromium.launch_persistent_context(
            str(tmp_path / "profile"), executable_path=chromium_path(), args=CHROMIUM_ARGS
        )

    context = launch()
    page = context.new_page()
    w = watch(page, site_root)
    page.goto(f"{site_root}topics/{TOPIC}.html", wait_until="load")
    page.locator(f"details[data-id='{first}'] > summary").click()
    page.locator(f"details[data-id='{first}'] .study-known").click()
    assert page.locator(".study-page-progress").inner_text() == f"Known on this page: 1 / {total}"
    page.reload(wait_until="load")
    assert page.locator(f"details[data-id='{first}']").evaluate("d => d.classList.contains('is-known')")
    assert not page.locator(f"details[data-id='{second}']").evaluate("d => d.classList.contains('is-known')")
    assert not w.foreign and not w.errors
    context.close()

    context = launch()
    page = context.new_page()
    page.goto(site_root + topic_page(questions, first), wait_until="load")
    assert page.locator(f"details[data-id='{first}']").evaluate("d => d.classList.contains('is-known')")
    # the home page counts it for its level and its topic
    page.goto(f"{site_root}index.html", wait_until="load")
    assert page.locator(f"#study-progress tr[data-group='{q.level}'] td").first.inner_text() == "1"
    assert page.locator(f"#study-progress tr[data-group='{q.topic}'] td").first.inner_text() == "1"
    assert page.locator("#study-progress .study-total").inner_text() == f"You marked 1 of {len(questions)} questions as known."
    context.close()


def test_export_reset_import_round_trip(page, questions, http_root, tmp_path):
    ids = topic_ids(questions)[:3]
    page.goto(f"{http_root}topics/{TOPIC}.html", wait_until="load")
    page.click(".study-expand")
    for qid in ids:
        page.locator(f"details[data-id='{qid}'] .study-known").click()
    page.goto(f"{http_root}index.html", wait_until="load")
    with page.expect_download() as info:
        page.click(".study-export")
    exported = tmp_path / "progress.json"
    info.value.save_as(exported)
    data = json.loads(exported.read_text())
    assert data["format"] == "ml-interview-prep-progress" and sorted(data["known"]) == sorted(ids)

    page.once("dialog", lambda dialog: dialog.accept())
    page.click(".study-reset")
    assert page.locator("#study-progress .study-total").inner_text().startswith("You marked 0 of")
    page.locator("#study-progress input[type=file]").set_input_files(str(exported))
    page.wait_for_function("document.querySelector('#study-progress .study-total').textContent.startsWith('You marked 3 of')")
    assert "Imported 3 known questions" in page.locator("#study-progress .study-status").inner_text()


def listed_ids(page):
    return page.eval_on_selector_all(".question-list li[data-id]", "items => items.map(li => li.dataset.id)")


def test_question_list_filters_narrow_correctly(page, questions, site_root):
    page.goto(f"{site_root}questions.html", wait_until="load")
    # The filters take over the list once the question index has loaded (after the first paint).
    page.locator(".study-count").filter(has_text="questions").wait_for()
    assert sorted(listed_ids(page)) == sorted(q.id for q in questions)
    page.select_option("#question-filters select[name=level]", "advanced")
    assert sorted(listed_ids(page)) == sorted(q.id for q in questions if q.level == "advanced")
    page.select_option("#question-filters select[name=topic]", "llm-training")
    expected = sorted(q.id for q in questions if q.level == "advanced" and q.topic == "llm-training")
    assert sorted(listed_ids(page)) == expected and expected
    tag = Counter(t for q in questions for t in q.tags).most_common(1)[0][0]
    page.select_option("#question-filters select[name=level]", "")
    page.select_option("#question-filters select[name=topic]", "")
    page.select_option("#question-filters select[name=tag]", tag)
    assert sorted(listed_ids(page)) == sorted(q.id for q in questions if tag in q.tags)
    page.select_option("#question-filters select[name=tag]", "")
    page.fill("#question-filters input[name=text]", "gradient descent")
    found = listed_ids(page)
    assert "gradient-descent" in found and len(found) < len(questions)
    assert page.locator(".study-count").inner_text() == f"{len(found)} of {len(questions)} questions"


def test_question_list_without_javascript_is_the_full_list(browser, questions, http_root):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    listed = 0
    for part in [p for p in pages.plan_pages(questions) if p.kind == "list"]:  # up to 300 a page
        page.goto(http_root + pages.built_path(part.src_path), wait_until="load")
        listed += page.locator(".question-list li").count()
    assert listed == len(questions)
    context.close()


def test_practice_by_keyboard_alone(page, questions, site_root):
    page.goto(f"{site_root}practice.html", wait_until="load")
    card = page.locator(".practice-card")
    answer = page.locator(".practice-answer")
    first = card.get_attribute("data-id")
    assert first in {q.id for q in questions} and not answer.is_visible()
    page.keyboard.press("r")
    assert answer.is_visible()
    page.keyboard.press("k")
    assert page.locator(".practice-known").get_attribute("aria-pressed") == "true"
    page.keyboard.press("j")
    assert card.get_attribute("data-id") != first and not answer.is_visible()
    # filters by keyboard: Tab to "Filters and options", open it, Tab to the level filter, pick
    # "Advanced" with the arrow keys
    for _ in range(60):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement && document.activeElement.matches('.practice-options summary')"):
            break
    else:
        pytest.fail("Tab never reaches the filters")
    page.keyboard.press("Enter")
    for _ in range(60):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement && document.activeElement.name === 'level'"):
            break
    else:
        pytest.fail("Tab never reaches the level filter")
    for _ in range(3):
        page.keyboard.press("ArrowDown")
    level = {q.id: q.level for q in questions}
    page.wait_for_function("document.querySelector('select[name=level]').value === 'advanced'")
    page.evaluate("document.activeElement.blur()")
    for _ in range(5):
        page.keyboard.press("j")
        assert level[card.get_attribute("data-id")] == "advanced"
    # "only not yet known" never shows the question marked known above
    page.check("input[name=unknown]")
    page.select_option("select[name=level]", "")
    page.select_option("select[name=mode]", "random")
    for _ in range(15):
        page.evaluate("document.activeElement.blur()")
        page.keyboard.press("j")
        assert card.get_attribute("data-id") != first


def test_print_shows_every_answer_without_navigation(page, questions, http_root):
    page.goto(f"{http_root}topics/{TOPIC}.html", wait_until="load")
    page.emulate_media(media="print")
    for qid in topic_ids(questions):
        assert page.locator(f"details[data-id='{qid}'] .answer-part--short-answer").is_visible(), qid
    assert not page.locator(".md-header").is_visible() and not page.locator(".md-sidebar--primary").is_visible()
    assert not page.locator(".study-toolbar").is_visible()


def test_copy_link_report_and_edit(browser, questions, http_root):
    context = browser.new_context(permissions=["clipboard-read", "clipboard-write"])
    page = context.new_page()
    q = next(x for x in questions if x.level == "intermediate")
    page.goto(http_root + topic_page(questions, q.id), wait_until="load")
    details = page.locator(f"details[data-id='{q.id}']")
    details.locator(":scope > summary").click()
    details.locator(".study-copy").click()
    copied = page.evaluate("navigator.clipboard.readText()")
    assert copied == f"{http_root}{home_page(questions, q.id)}#{q.id}"
    report = details.locator("a.question-report").get_attribute("href")
    assert report.startswith("https://github.com/") and "/issues/new?template=wrong-answer.yml&question-id=" + q.id in report
    assert details.locator("a.question-edit").get_attribute("href").endswith("/edit/main/data/questions.yml")
    context.close()
