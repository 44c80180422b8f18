"""A <script> written into the data never runs in the page, even with its answer open."""

from __future__ import annotations

import pytest

from tests.browser.conftest import watch

pytestmark = pytest.mark.browser


def test_script_in_data_never_executes(page, hostile_site):
    root = hostile_site.as_uri() + "/"
    w = watch(page, root)
    page.goto(root + "topics/math-foundations.html", wait_until="load")
    page.locator("details[data-id='hostile-title'] > summary").click()
    page.wait_for_timeout(200)
    flags = page.evaluate("[window.__pwnedTitle, window.__pwnedAnswer, window.__pwnedImg]")
    assert flags == [None, None, None]
    assert page.locator("details[data-id='hostile-title'] .answer-part--answer").inner_text().count("<script>") == 1
    assert not w.errors
