"""axe-core (the copy bundled in axe-playwright-python, no CDN) on every page type, in both colour
schemes: no serious or critical violation."""

from __future__ import annotations

import pytest
from axe_playwright_python.sync_playwright import Axe

pytestmark = pytest.mark.browser

PAGE_TYPES = {
    "home": "index.html",
    "topic": "topics/deep-learning.html",
    "level": "levels/intermediate.html",
    "topic index": "topics/index.html",
    "prose": "prepare/faq.html",
    "practice": "practice.html",
    "question list": "questions.html",
    "downloads": "downloads.html",
    "mock interview": "mock.html",
    "plan": "plans/one-week.html",
    "drills": "drills/deep-learning.html",
}


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("kind", sorted(PAGE_TYPES))
def test_no_serious_accessibility_violation(browser, http_root, kind, scheme):
    context = browser.new_context(color_scheme=scheme)
    page = context.new_page()
    try:
        page.goto(http_root + PAGE_TYPES[kind], wait_until="load")
        if kind == "practice":
            page.locator(".practice-card[data-id]").wait_for()
            page.keyboard.press("r")  # the revealed answer (and its grade buttons) is checked too
        if kind == "mock interview":
            page.click(".mock-start")
            page.click(".mock-reveal")  # the checklist and follow-up prompts are checked too
            # Buttons fade between states: check the settled page, pointer away, nothing focused.
            page.mouse.move(0, 0)
            page.evaluate("document.activeElement.blur()")
            page.wait_for_timeout(600)
        if kind == "topic":
            # Answers open, so their content (code, math, tables, buttons) is checked too. Level
            # pages repeat the same answers' markup, so they are checked with answers closed.
            page.evaluate("document.querySelectorAll('details').forEach(d => d.open = true)")
            page.wait_for_function("document.querySelectorAll('pre > code').length === document.querySelectorAll('pre > code.hljs').length")
            page.wait_for_function("document.querySelectorAll('.arithmatex').length === document.querySelectorAll('.arithmatex .katex').length")
        results = Axe().run(page, options={"runOnly": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]})
        bad = [
            f"{v['id']} ({v['impact']}): {v['help']} -> {[n['target'] for n in v['nodes']][:5]}"
            for v in results.response["violations"]
            if v["impact"] in ("serious", "critical")
        ]
        assert not bad, "\n".join(bad)
    finally:
        context.close()
