"""The practice trainer in real Chromium, from disk and over http: spaced repetition through
ts-fsrs, the due count, the versioned progress store (migration, export/import, corrupt input),
the mock interview with its clock, summary and resume; and reading on a phone."""

from __future__ import annotations

import json

import pytest

from macros.tracks import TRACKS
from tests.browser.conftest import ARTIFACTS, watch

pytestmark = pytest.mark.browser

KEY = "ml-interview-prep:progress:v2"
V1_KEY = "ml-interview-prep:known:v1"


def stored(page) -> dict | None:
    raw = page.evaluate(f"localStorage.getItem('{KEY}')")
    return json.loads(raw) if raw else None


def open_practice(page, root):
    page.goto(f"{root}practice.html", wait_until="load")
    wait_for_card(page)


def wait_for_card(page):
    """The card is drawn by script after load; wait until it holds a question."""
    page.wait_for_function("document.querySelector('.practice-card')?.dataset.id")


def test_good_schedules_a_card_for_a_later_day_and_the_queue_moves_on(page, questions, site_root):
    w = watch(page, site_root)
    open_practice(page, site_root)
    first = page.locator(".practice-card").get_attribute("data-id")
    assert not page.locator(".practice-grades").is_visible()  # grades come after the answer
    page.click(".practice-reveal")
    assert page.locator(".practice-reveal").inner_text() == "Hide answer"
    assert page.locator(".practice-grades").is_visible()
    page.click(".practice-grade--good")
    card = stored(page)["cards"][first]
    due = page.evaluate(f"new Date({json.dumps(card['due'])}).toDateString() !== new Date().toDateString()")
    assert due and card["reps"] == 1 and card["state"] == 2  # ts-fsrs: State.Review
    assert page.locator(".practice-card").get_attribute("data-id") != first
    page.reload(wait_until="load")
    wait_for_card(page)
    assert page.locator(".practice-card").get_attribute("data-id") != first  # not due again today
    assert not w.foreign and not w.errors


def test_again_brings_a_card_back_sooner_than_easy(page, site_root):
    open_practice(page, site_root)
    days = page.evaluate(
        """() => {
          const now = new Date()
          const again = MLIP.scheduler.grade(null, "again", now), easy = MLIP.scheduler.grade(null, "easy", now)
          return [new Date(again.due) - now, new Date(easy.due) - now].map(ms => Math.round(ms / 86400000))
        }"""
    )
    assert 1 <= days[0] < days[1]


def test_home_shows_what_is_due_today(page, questions, http_root):
    page.goto(f"{http_root}index.html", wait_until="load")
    past = "2026-01-05T10:00:00.000Z"
    ids = [q.id for q in questions if q.id != "gradient-descent"][:3]
    # Three cards graded Good long ago are due now; a fourth was reviewed today.
    page.evaluate(
        """([key, ids, past]) => MLIP.scheduler.load().then(() => {
          const cards = {}
          ids.forEach(id => { cards[id] = MLIP.scheduler.grade(null, "good", new Date(past)) })
          cards["gradient-descent"] = MLIP.scheduler.grade(null, "good", new Date())
          localStorage.setItem(key, JSON.stringify({format: "ml-interview-prep-progress", version: 2, known: {}, cards, mocks: [], mock: null}))
        })""",
        [KEY, ids, past],
    )
    requested = []
    page.on("request", lambda r: requested.append(r.url))
    page.reload(wait_until="load")
    line = page.locator("#study-due .study-due-count")
    line.filter(has_text="Due today").wait_for()
    assert line.inner_text().startswith("Due today: 3")
    # the home page counts from the catalogue; the answers (questions-index.js) stay unloaded
    assert any(u.endswith("/questions-catalogue.js") for u in requested)
    assert not any(u.endswith("/questions-index.js") for u in requested)
    assert page.locator("#study-due a.start-practising").get_attribute("href") == "practice.html"
    # the start button is at the top of the page, on the first screen
    assert page.locator("#study-due a.start-practising").bounding_box()["y"] < 400


def test_v1_known_marks_become_review_cards(page, questions, site_root):
    page.goto(f"{site_root}index.html", wait_until="load")
    qid = questions[0].id
    page.evaluate(f"localStorage.setItem('{V1_KEY}', JSON.stringify({{'{qid}': '2026-01-05T10:00:00.000Z'}}))")
    open_practice(page, site_root)
    assert page.evaluate(f"MLIP.progress.isKnown('{qid}')")
    card = page.evaluate(f"MLIP.scheduler.cardFor('{qid}', MLIP.progress.state())")
    assert card["reps"] == 1 and card["last_review"].startswith("2026-01-05")  # graded Good that day
    assert page.evaluate(f"localStorage.getItem('{V1_KEY}')") is not None  # the old record is kept


def test_export_reset_import_keeps_cards_and_mock_history(page, http_root, tmp_path):
    open_practice(page, http_root)
    first = page.locator(".practice-card").get_attribute("data-id")
    page.click(".practice-reveal")
    page.click(".practice-grade--hard")
    page.evaluate("MLIP.progress.finishMock({id: 'mock-1', track: '', started: '2026-11-30T10:00:00Z', finished: '2026-11-30T10:30:00Z', items: [], weakest: []})")
    before = stored(page)
    with page.expect_download() as info:
        page.click(".study-export")
    exported = tmp_path / "progress.json"
    info.value.save_as(exported)
    page.once("dialog", lambda dialog: dialog.accept())
    page.click(".study-reset")
    assert stored(page)["cards"] == {} and stored(page)["mocks"] == []
    page.locator(".study-controls input[type=file]").set_input_files(str(exported))
    page.locator(".study-status").filter(has_text="Imported").wait_for()
    after = stored(page)
    assert after["cards"] == before["cards"] and first in after["cards"]
    assert [m["id"] for m in after["mocks"]] == ["mock-1"]


@pytest.mark.parametrize(
    "content, message",
    [
        ("{not json", "not JSON"),
        ('{"format": "someone-else", "version": 2}', "not a progress file"),
        ('{"format": "ml-interview-prep-progress", "version": 2, "known": {}, "cards": {"x": {"due": "never"}}, "mocks": []}', "damaged"),
    ],
)
def test_a_bad_import_says_why_and_changes_nothing(page, http_root, tmp_path, content, message):
    open_practice(page, http_root)
    page.click(".practice-reveal")
    page.click(".practice-grade--good")
    before = stored(page)
    bad = tmp_path / "bad.json"
    bad.write_text(content)
    page.locator(".study-controls input[type=file]").set_input_files(str(bad))
    status = page.locator(".study-status")
    status.filter(has_text="Could not import").wait_for()
    assert message in status.inner_text() and "unchanged" in status.inner_text()
    assert stored(page) == before


def test_a_corrupt_stored_record_is_kept_aside_with_a_message(page, http_root):
    page.goto(f"{http_root}index.html", wait_until="load")
    page.evaluate(f"localStorage.setItem('{KEY}', '{{broken')")
    open_practice(page, http_root)
    assert "could not be read" in page.locator(".study-status").inner_text()
    kept = page.evaluate(
        "Object.keys(localStorage).filter(k => k.includes(':unreadable:')).map(k => localStorage.getItem(k))"
    )
    assert kept == ["{broken"]


def test_another_tab_stays_in_step(browser, http_root):
    context = browser.new_context()
    one, two = context.new_page(), context.new_page()
    open_practice(one, http_root)
    two.goto(f"{http_root}index.html", wait_until="load")
    two.locator("#study-progress .study-total").wait_for()
    qid = one.locator(".practice-card").get_attribute("data-id")
    one.click(".practice-known")
    two.wait_for_function(f"MLIP.progress.isKnown('{qid}')")
    two.locator("#study-progress .study-total").filter(has_text="You marked 1 of").wait_for()
    context.close()


def test_a_full_mock_interview_with_clock_summary_and_resume(page, questions, site_root):
    w = watch(page, site_root)
    by_id = {q.id: q for q in questions}
    page.goto(f"{site_root}mock.html", wait_until="load")
    page.select_option("#mock-interview select[name=track]", "data-scientist")
    page.select_option("#mock-interview select[name=length]", "5")
    page.click(".mock-start")
    asked = []
    for n in range(5):
        page.locator(".mock-counter").filter(has_text=f"Question {n + 1} of 5").wait_for()
        timer = page.locator(".mock-timer")
        assert timer.inner_text().count(":") == 1
        if n == 0:
            page.wait_for_timeout(1300)
            assert timer.inner_text() != "00:00"  # the clock runs
        qid = page.evaluate("MLIP.progress.mock().items[MLIP.progress.mock().position].id")
        asked.append(qid)
        page.click(".mock-reveal")
        points = page.locator(".mock-checklist input[type=checkbox]")
        assert points.count() == len(by_id[qid].key_points)
        follow = page.locator(".mock-follow-up")
        assert follow.count() == len(by_id[qid].follow_ups)
        if follow.count():
            assert not follow.first.evaluate("d => d.open")  # follow-up answers stay hidden
        if n == 1:
            points.first.check()
            page.reload(wait_until="load")  # a closed tab: the interview resumes where it was
            page.click(".mock-resume")
            page.locator(".mock-counter").filter(has_text="Question 2 of 5").wait_for()
            assert page.locator(".mock-checklist").is_visible()  # it was revealed before the reload
            assert page.locator(".mock-checklist input[type=checkbox]").first.is_checked()
        page.click(".mock-next")
    page.locator(".mock-summary").wait_for()
    rows = page.locator(".mock-summary tbody tr")
    assert rows.count() == 5
    track = next(t for t in TRACKS if t.slug == "data-scientist")
    assert all(track.has(by_id[q]) for q in asked)
    assert {by_id[q].level for q in asked} == {"beginner", "intermediate", "advanced"}  # levels mixed
    assert page.locator(".mock-summary tbody tr").nth(1).locator("td").nth(2).inner_text().startswith("1 of")
    history = stored(page)["mocks"]
    assert len(history) == 1 and [i["id"] for i in history[0]["items"]] == asked
    assert stored(page)["mock"] is None
    page.click(".mock-again")
    assert page.locator(".mock-history li").count() == 1
    assert not w.foreign and not w.errors


def test_mock_questions_come_from_the_chosen_track(page, questions, http_root):
    page.goto(f"{http_root}mock.html", wait_until="load")
    page.locator(".mock-start").wait_for()
    chosen = page.evaluate(
        "MLIP.loadIndex().then(ix => MLIP.mockLogic.pick(ix.questions, 'llm-engineer', 12, Math.random).map(q => q.tracks))"
    )
    assert len(chosen) == 12 and all("llm-engineer" in t for t in chosen)


PHONE_PAGES = [
    "index.html", "topics/deep-learning.html", "levels/advanced.html", "practice.html", "mock.html",
    "plans/one-week.html", "plans/index.html", "drills/index.html", "drills/deep-learning.html",
    "downloads.html", "questions.html", "prepare/tips.html", "print-edition.html",
]


@pytest.mark.parametrize("path", PHONE_PAGES)
def test_phone_width_has_no_horizontal_scroll(browser, http_root, path):
    context = browser.new_context(viewport={"width": 390, "height": 844}, is_mobile=True, has_touch=True)
    page = context.new_page()
    try:
        page.goto(http_root + path, wait_until="load")
        page.evaluate("document.querySelectorAll('details').forEach(d => d.open = true)")
        width = page.evaluate("document.documentElement.scrollWidth")
        if width > 390:
            ARTIFACTS.mkdir(exist_ok=True)
            page.screenshot(path=str(ARTIFACTS / f"phone-{path.replace('/', '-')}.png"), full_page=True)
        assert width <= 390, f"{path} is {width}px wide at 390px"
        assert page.evaluate("parseFloat(getComputedStyle(document.querySelector('article p')).fontSize)") >= 14
    finally:
        context.close()


def test_practice_on_a_phone_fits_the_first_screen_without_keyboard_hints(browser, http_root):
    context = browser.new_context(viewport={"width": 390, "height": 844}, is_mobile=True, has_touch=True)
    page = context.new_page()
    try:
        open_practice(page, http_root)
        assert page.locator(".practice-reveal").bounding_box()["y"] + 44 < 844
        page.locator(".practice-reveal").tap()
        grade = page.locator(".practice-grade--good").bounding_box()
        keys = page.locator(".practice-answer").bounding_box()
        assert grade["y"] > keys["y"]  # grades follow the short answer and key points
        text = page.locator("#practice").text_content()
        assert "1–4 grade" not in text and "(r)" not in text
    finally:
        context.close()


def test_practice_on_a_computer_lists_its_keys(page, http_root):
    open_practice(page, http_root)
    assert "r reveal, 1–4 grade" in page.locator(".practice-help").text_content()
