"""Reading the guide in a real browser, from disk and over http."""

from __future__ import annotations

import pytest

from macros import redirects
from tests.browser.conftest import watch
from tests.conftest import home_page

pytestmark = pytest.mark.browser


def site_pages(built_site) -> list[str]:
    """Every page a reader reads (not the small pages that only forward to one: their targets are here)."""
    paths = (p.relative_to(built_site).as_posix() for p in built_site.rglob("*.html"))
    return sorted(p for p in paths if not redirects.is_forwarding(p))


def test_no_foreign_request_and_no_javascript_error_on_any_page(page, built_site, site_root):
    for rel in site_pages(built_site):
        w = watch(page, site_root)
        page.goto(site_root + rel, wait_until="load")
        page.wait_for_timeout(50)
        assert not w.foreign, f"{rel} requested {w.foreign}"
        assert not w.errors, f"{rel} raised {w.errors}"
        page.remove_listener("request", w.on_request)


# Typeset, or rejected by KaTeX (shown as red source): either way done, and the test then names it.
ALL_MATH_TYPESET = "[...document.querySelectorAll('.arithmatex')].every(el => el.querySelector('.katex, .katex-error'))"
ALL_CODE_HIGHLIGHTED = "document.querySelectorAll('pre > code').length === document.querySelectorAll('pre > code.hljs').length"


def test_math_and_code_render_on_every_page(page, built_site, site_root):
    checked = 0
    for rel in site_pages(built_site):
        html = (built_site / rel).read_text(encoding="utf-8")
        if 'class="arithmatex"' not in html and "<pre" not in html:
            continue
        page.goto(site_root + rel, wait_until="load")
        page.evaluate("document.querySelectorAll('details').forEach(d => d.open = true)")
        page.wait_for_function(ALL_MATH_TYPESET, timeout=180000)  # a topic page holds ~40 answers
        page.wait_for_function(ALL_CODE_HIGHLIGHTED, timeout=180000)
        rejected = page.locator(".katex-error").all_text_contents()
        assert not rejected, f"{rel}: KaTeX rejected {rejected}"
        checked += 1
    assert checked >= 5


def test_math_and_code_in_an_answer_are_typeset_when_it_opens(page, questions, site_root):
    q = next(q for q in questions if "$" in q.answer and "```python" in (q.example or "") + q.answer)
    page.goto(site_root + home_page(questions, q.id), wait_until="load")
    details = page.locator(f"details[data-id='{q.id}']")
    page.wait_for_timeout(300)
    # Closed on load: nothing inside is typeset yet, and neither library has been loaded.
    assert details.locator(".katex").count() == 0 and details.locator("code.hljs").count() == 0
    assert page.evaluate("typeof window.katex === 'undefined' && typeof window.hljs === 'undefined'")
    details.locator(":scope > summary").click()
    # Everything in the answer is typeset, except inside the follow-ups' own closed answers.
    page.wait_for_function(
        "id => { const d = document.querySelector(`details[data-id='${id}']`);"
        " const shown = sel => [...d.querySelectorAll(sel)].filter(el => !el.closest('details:not([open])'));"
        " return shown('.arithmatex').every(el => el.querySelector('.katex'))"
        " && shown('pre > code').every(el => el.classList.contains('hljs')) }",
        arg=q.id,
    )
    assert details.locator(".hljs-keyword").count() > 0
    # The other answers are left for when they open.
    assert page.locator("details:not([open]) .katex").count() == 0


def test_a_mouse_move_gets_the_libraries_ready_for_printing(page, questions, site_root):
    page.goto(f"{site_root}topics/{questions[0].topic}.html", wait_until="load")
    assert page.evaluate("typeof window.katex === 'undefined' && typeof window.hljs === 'undefined'")
    page.mouse.move(200, 300)
    page.wait_for_function("typeof window.katex === 'object' && typeof window.hljs === 'object'")


def test_printing_typesets_every_answer(page, questions, site_root):
    q = questions[0]
    page.goto(site_root + home_page(questions, q.id), wait_until="load")
    page.evaluate("window.dispatchEvent(new Event('beforeprint'))")
    page.wait_for_function(ALL_MATH_TYPESET)
    page.wait_for_function(ALL_CODE_HIGHLIGHTED)
    assert page.locator(".katex-error").count() == 0


def test_answers_are_closed_and_open_by_click(page, questions, site_root):
    q = questions[0]
    page.goto(site_root + home_page(questions, q.id), wait_until="load")
    assert page.evaluate("[...document.querySelectorAll('details.qa')].every(d => !d.open)")
    details = page.locator(f"details[data-id='{q.id}']")
    answer = details.locator(".answer-part--short-answer")
    assert not answer.is_visible()
    details.locator(":scope > summary").click()
    assert details.evaluate("d => d.open") and answer.is_visible()
    details.locator(":scope > summary").click()
    assert not details.evaluate("d => d.open")


def test_answers_open_and_close_by_keyboard(page, questions, site_root):
    q = questions[0]
    page.goto(site_root + home_page(questions, q.id), wait_until="load")
    summary_first = f"document.activeElement === document.querySelector(\"details[data-id='{q.id}'] summary\")"
    for _ in range(80):
        page.keyboard.press("Tab")
        if page.evaluate(summary_first):
            break
    else:
        pytest.fail("Tab never reaches the first question")
    details = page.locator(f"details[data-id='{q.id}']")
    page.keyboard.press("Enter")
    assert details.evaluate("d => d.open")
    page.keyboard.press("Space")
    assert not details.evaluate("d => d.open")


def test_search_finds_a_question_and_lands_on_its_anchor(page, questions, site_root):
    q = next(q for q in questions if q.id == "gradient-descent")
    page.goto(site_root + "index.html", wait_until="load")
    page.keyboard.press("/")  # Material's search shortcut
    page.keyboard.type("gradient descent")
    result = page.locator(f".md-search-result__item a[href*='q/{q.id}.html']").first
    result.wait_for(state="visible", timeout=15000)
    result.click()
    page.wait_for_function(
        "([path, hash]) => location.pathname.endsWith(path) && location.hash === hash",
        arg=["/" + home_page(questions, q.id), f"#{q.id}"],
    )
    heading = page.locator(f"h3#{q.id}")
    assert heading.is_visible()
    assert heading.evaluate("h => h.getBoundingClientRect().top") < 400  # scrolled to it
