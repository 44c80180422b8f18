"""Render functions and the page plan, tested as pure functions (no MkDocs)."""

from __future__ import annotations

from bs4 import BeautifulSoup

from macros import fragments, pages, render
from macros.search_index import compounds
from macros.model import Question, Reference


def make(qid: str = "q-1", topic: str = "deep-learning", level: str = "beginner", **extra) -> Question:
    fields = dict(
        id=qid,
        question=f"Question {qid}?",
        level=level,
        topic=topic,
        tags=("t",),
        short_answer="SHORT",
        answer="FULL",
    )
    fields.update(extra)
    return Question(**fields)


SELF = {"q-1": ("Question q-1?", "#q-1")}
# The converter with the Markdown extensions the site's answers use most.
FR = fragments.FragmentRenderer(
    ["tables", "attr_list", "pymdownx.superfences", "pymdownx.arithmatex", "toc"], {"pymdownx.arithmatex": {"generic": True}}
)


def full_question() -> Question:
    return make(
        key_points=("KP1", "KP2\nsecond line"),
        example="EXAMPLE",
        pitfalls=("PITFALL",),
        follow_ups=("**FOLLOWUP?** FOLLOWANSWER", "Plain question? Its answer.", "No question mark"),
        related=("q-2",),
        references=(Reference("REFTITLE", "REFWHY", "https://example.org/paper"),),
    )


def html_of(q: Question, links=None) -> BeautifulSoup:
    return BeautifulSoup(render.question_html(q, FR, links or {"q-2": ("Other [one]?", "other.html#q-2"), "q-1": ("Q", "#q-1")}), "lxml")


def test_parts_appear_in_the_fixed_order():
    doc = html_of(full_question())
    labels = [div.p.get_text() for div in doc.select("div.answer-part")]
    assert labels == [v for k, v in render.SECTION_LABELS.items() if k != "drills"]  # it practises no drill
    text = doc.get_text()
    markers = ["SHORT", "FULL", "KP1", "EXAMPLE", "PITFALL", "FOLLOWUP?", "Other [one]?", "REFTITLE"]
    positions = [text.index(m) for m in markers]
    assert positions == sorted(positions)


def test_follow_up_answers_are_behind_their_own_toggle():
    items = html_of(full_question()).select("div.answer-part--follow-ups li")
    assert [li.find(string=True).strip() for li in items] == ["FOLLOWUP?", "Plain question?", "No question mark"]
    answers = [li.select_one("details.follow-up-answer") for li in items]
    assert "FOLLOWANSWER" in answers[0].get_text() and "Its answer." in answers[1].get_text()
    assert answers[2] is None  # nothing to hide
    assert not any(d.has_attr("open") for d in answers if d)


def test_optional_parts_are_left_out_when_absent():
    labels = [div.p.get_text() for div in html_of(make(), SELF).select("div.answer-part")]
    assert labels == ["Short answer", "Full answer"]


def test_question_is_a_closed_details_with_its_id_as_heading_anchor():
    doc = html_of(make("gradient-descent"), {"gradient-descent": ("Q", "#gradient-descent")})
    details = doc.select_one("details.qa")
    assert not details.has_attr("open")
    assert details.summary.h3["id"] == "gradient-descent"
    assert details["data-level"] == "beginner" and details["data-topic"] == "deep-learning"


def test_text_is_inserted_verbatim_never_as_a_template():
    hostile = "{{ 7*7 }} {% if x %}y{% endif %} {# c #} | & <script>x</script>"
    doc = html_of(make(short_answer=hostile, answer=hostile), SELF)
    assert doc.get_text().count(hostile) == 2
    assert not doc.select("script") and "49" not in doc.get_text()


def test_question_title_is_one_line():
    assert html_of(make(question="What is\n  this?"), SELF).h3.get_text() == "What is this?"


def test_multi_line_list_items_stay_inside_their_bullet():
    assert render.bullets(["a\nb", "c"]) == "- a\n    b\n- c"


def test_reference_without_url_is_plain_text():
    doc = html_of(make(references=(Reference("Book [2e]", "why", None), Reference("Paper", "why", "https://x.org/a_(b)"))), SELF)
    items = doc.select("div.answer-part--references li")
    assert items[0].get_text() == "Book [2e]: why" and not items[0].a
    assert items[1].a["href"] == "https://x.org/a_(b)"


def test_a_relative_link_in_an_answer_is_refused_with_the_question_and_field():
    bad = make("bad", answer="See [the other one](other.md#x).")
    try:
        render.question_html(bad, FR, {"bad": ("Q", "#bad")})
    except render.RelativeLinkError as exc:
        assert (exc.qid, exc.field, exc.link) == ("bad", "answer", "other.md#x")
    else:
        raise AssertionError("a relative link must be refused")


def test_headings_inside_an_answer_get_no_id():
    doc = html_of(make(answer="#### 1. Clarify requirements\n\ntext"), SELF)
    assert doc.h4 is not None and not doc.h4.has_attr("id")


def test_pages_hold_placeholders_that_fill_puts_questions_into():
    a, b = make("a", topic="mlops"), make("b", topic="mlops", level="advanced")
    plan = pages.plan_pages([a, b])
    topic = pages.first_page(plan, "topic", "mlops")
    md = render.render_question_page(topic, plan, [a, b])
    assert md.index(render.PLACEHOLDER.format("a")) < md.index("## Advanced") < md.index(render.PLACEHOLDER.format("b"))
    blocks = render.question_blocks(topic, plan, [a, b], FR)
    page = "<h2>x</h2>" + render.placeholder_html("a") + render.placeholder_html("b")
    filled = BeautifulSoup(render.fill(page, blocks), "lxml")
    assert [d["data-id"] for d in filled.select("details.qa")] == ["a", "b"]
    assert "§" not in filled.get_text()
    assert render.toc_groups(topic, [a, b]) == {"level-beginner": [("a", "Question a?")], "level-advanced": [("b", "Question b?")]}


def test_every_question_is_on_exactly_one_topic_page_and_one_level_page():
    qs = [make(f"q-{i}", topic=t, level=lv) for i, (t, lv) in enumerate([("mlops", "advanced"), ("llm-training", "beginner")] * 5)]
    plan = pages.plan_pages(qs)
    for kind in pages.KINDS:
        listed = [qid for p in plan if p.kind == kind for qid in p.question_ids]
        assert sorted(listed) == sorted(q.id for q in qs)
    assert len(plan) == 18 + 3 + 2  # a page per topic and per level (empty ones too), print edition, list
    assert [p.src_path for p in plan if p.kind in ("print", "list")] == ["print-edition.md", "questions.md"]
    for kind in ("print", "list"):
        assert sorted(qid for p in plan if p.kind == kind for qid in p.question_ids) == sorted(q.id for q in qs)


def test_pages_split_past_the_limit_and_keep_order():
    qs = [make(f"q-{i}", level=("advanced", "beginner")[i % 2]) for i in range(7)]
    plan = pages.plan_pages(qs, max_per_page=3)
    dl = [p for p in plan if p.kind == "topic" and p.choice.slug == "deep-learning"]
    assert [len(p.question_ids) for p in dl] == [2, 3, 2]  # as few parts as the bound allows, balanced
    assert [p.src_path for p in dl] == ["topics/deep-learning.md", "topics/deep-learning-2.md", "topics/deep-learning-3.md"]
    ordered_ids = [qid for p in dl for qid in p.question_ids]
    assert ordered_ids == ["q-1", "q-3", "q-5", "q-0", "q-2", "q-4", "q-6"]  # beginners first, data order kept


def test_no_page_exceeds_the_bound_at_ten_thousand_questions():
    topics = [c.slug for c in pages.KINDS["topic"]]
    levels = [c.slug for c in pages.KINDS["level"]]
    qs = [make(f"q-{i}", topic=topics[i % len(topics)], level=levels[i % 3]) for i in range(10_000)]
    plan = pages.plan_pages(qs)
    assert max(len(p.question_ids) for p in plan) <= pages.MAX_QUESTIONS_PER_PAGE
    assert sum(len(p.question_ids) for p in plan if p.canonical) == 10_000
    # Questions of realistic length (3,000 characters): the text bound splits pages further.
    long = [make(f"q-{i}", topic=topics[i % len(topics)], level=levels[i % 3], answer="x" * 3000) for i in range(10_000)]
    by_id = {q.id: q for q in long}
    for p in pages.plan_pages(long):
        bound = {"print": pages.MAX_CHARS_PER_PRINT_PAGE, "topic": pages.MAX_CHARS_PER_PAGE}.get(p.kind)
        assert len(p.question_ids) <= pages.MAX_QUESTIONS_PER_PAGE
        assert bound is None or sum(pages.text_size(by_id[i]) for i in p.question_ids) <= bound, p.src_path


def test_pages_split_by_text_size_into_balanced_parts():
    long = "x" * 20_000
    qs = [make(f"q-{i}", answer=long) for i in range(20)]  # about 400,000 characters in all
    plan = pages.plan_pages(qs, max_chars=100_000, max_print_chars=250_000)
    topic = [p for p in plan if p.kind == "topic" and p.choice.slug == "deep-learning"]
    assert [len(p.question_ids) for p in topic] == [4, 4, 4, 4, 4]
    assert [len(p.question_ids) for p in plan if p.kind == "print"] == [10, 10]
    assert [len(p.question_ids) for p in plan if p.kind == "list"] == [20]  # titles only: no text bound
    assert [qid for p in topic for qid in p.question_ids] == [q.id for q in qs]


def test_a_question_longer_than_the_text_bound_gets_a_page_of_its_own():
    qs = [make("small-1"), make("huge", answer="x" * 500), make("small-2")]
    sizes = [pages.text_size(q) for q in qs]
    assert pages.balanced_parts(sizes, 300, 200) == [[0], [1], [2]]


def test_text_size_counts_every_text_field():
    base = pages.text_size(make())
    fuller = make(example="12345", pitfalls=("123",), references=(Reference("ab", "cd", "https://e"),))
    assert pages.text_size(fuller) == base + 5 + 3 + 2 + 2 + 9


def test_generated_pages_stay_out_of_materials_own_search_indexing():
    plan = pages.plan_pages([make()])
    for page in plan:
        assert "search:\n  exclude: true" in pages.page_stub(page)  # questions enter the index from the data
    level = pages.first_page(plan, "level", "beginner")
    assert '{{ question_page("level", "beginner", 1) }}' in pages.page_stub(level)


def test_related_links_point_to_the_canonical_topic_page():
    a = make("a", topic="mlops", related=("b",))
    b = make("b", topic="llm-training")
    plan = pages.plan_pages([a, b])
    md = render.render_question_page(pages.first_page(plan, "level", "beginner"), plan, [a, b])
    assert "(../topics/llm-training.md#b)" in md  # the level page lists b, linking to its topic page
    doc = BeautifulSoup(render.question_html(a, FR, render.links_from("topics/mlops.md", plan, {"a": a, "b": b}, ("a",), html=True)), "lxml")
    assert doc.select_one("div.answer-part--related a")["href"] == "llm-training.html#b"


def test_relative_link():
    assert pages.relative_link("topics/a.md", "topics/b.md", "x") == "b.md#x"
    assert pages.relative_link("index.md", "topics/b.md") == "topics/b.md"
    assert pages.relative_link("levels/a.md", "topics/b.md", "y") == "../topics/b.md#y"


def test_overview_counts_come_from_the_data():
    qs = [make("a", topic="mlops", level="advanced"), make("b", topic="mlops", level="beginner"), make("c")]
    table = render.render_overview(pages.plan_pages(qs), qs, "index.md")
    assert "| [MLOps & production](topics/mlops.md) | 1 | 0 | 1 | 2 |" in table
    assert "| **All topics** | **2** | **0** | **1** | **3** |" in table


def test_python_blocks_are_found_by_language_only():
    from macros.codeblocks import python_blocks

    md = "text\n\n```python\nx = 1\n```\n\n```text\nnot run\n```\n\n```py\ny = 2\n```\n\n    indented = 3\n"
    assert python_blocks(md) == ["x = 1\n", "y = 2\n"]


def test_split_pages_link_to_each_other():
    qs = [make(f"q-{i}") for i in range(5)]
    plan = pages.plan_pages(qs, max_per_page=2)
    second = next(p for p in plan if p.kind == "topic" and p.choice.slug == "deep-learning" and p.part == 2)
    md = render.render_question_page(second, plan, qs)
    assert "Parts: [1](deep-learning.md) · **2** · [3](deep-learning-3.md)" in md
    listing = next(p for p in plan if p.kind == "list" and p.part == 1)
    assert "Parts: **1** · [2](questions-2.md) · [3](questions-3.md)" in render.render_list_page(listing, plan, qs)


def test_search_compounds_are_the_hyphenated_words_joined_up_once_each():
    text = "Use log-sum-exp, not naive exp; LOG-SUM-EXP again. t-SNE vs PCA; a - b and x-"
    assert compounds(text, "k-NN (k-nearest) self-attention") == "logsumexp tsne knn knearest selfattention"
