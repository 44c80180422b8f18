"""Render functions and the page plan, tested as pure functions (no MkDocs)."""

from __future__ import annotations

from macros import pages, render
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


def full_question() -> Question:
    return make(
        key_points=("KP1", "KP2\nsecond line"),
        example="EXAMPLE",
        pitfalls=("PITFALL",),
        follow_ups=("FOLLOWUP",),
        related=("q-2",),
        references=(Reference("REFTITLE", "REFWHY", "https://example.org/paper"),),
    )


def test_parts_appear_in_the_fixed_order():
    md = render.render_question(full_question(), {"q-2": ("Other [one]?", "other.md#q-2"), "q-1": ("Q", "#q-1")})
    markers = ["SHORT", "FULL", "KP1", "EXAMPLE", "PITFALL", "FOLLOWUP", "Other \\[one\\]?", "REFTITLE"]
    positions = [md.index(m) for m in markers]
    assert positions == sorted(positions)
    labels = [md.index(f"**{label}**") for label in render.SECTION_LABELS.values()]
    assert labels == sorted(labels)


def test_optional_parts_are_left_out_when_absent():
    md = render.render_question(make(), SELF)
    assert "**Short answer**" in md and "**Full answer**" in md
    assert "**Key points**" not in md and "**References**" not in md


def test_question_is_a_closed_details_with_its_id_as_heading_anchor():
    md = render.render_question(make("gradient-descent"), {"gradient-descent": ("Q", "#gradient-descent")})
    assert md.startswith(f"{render._OUTER} html | details.qa")
    assert "open:" not in md
    assert f"{render._HEADING} html | h3#gradient-descent" in md
    assert 'data-level: "beginner"' in md and 'data-topic: "deep-learning"' in md


def test_text_is_inserted_verbatim_never_as_a_template():
    hostile = "{{ 7*7 }} {% if x %}y{% endif %} {# c #} | & \\frac{a}{b} <script>x</script>"
    md = render.render_question(make(short_answer=hostile, answer=hostile), SELF)
    assert md.count(hostile) == 2
    assert "49" not in md


def test_question_title_is_one_line():
    md = render.render_question(make(question="What is\n  this?"), SELF)
    assert "\nWhat is this?\n" in md


def test_multi_line_list_items_stay_inside_their_bullet():
    assert render.bullets(["a\nb", "c"]) == "- a\n    b\n- c"


def test_reference_without_url_is_plain_text():
    assert render.reference_item("Book [2e]", "why", None) == "Book \\[2e\\]: why"
    assert render.reference_item("Paper", "why", "https://x.org/a_(b)") == "[Paper](<https://x.org/a_(b)>): why"


def test_every_question_is_on_exactly_one_topic_page_and_one_level_page():
    qs = [make(f"q-{i}", topic=t, level=lv) for i, (t, lv) in enumerate([("mlops", "advanced"), ("nlp-llms", "beginner")] * 5)]
    plan = pages.plan_pages(qs)
    for kind in pages.KINDS:
        listed = [qid for p in plan if p.kind == kind for qid in p.question_ids]
        assert sorted(listed) == sorted(q.id for q in qs)
    assert len(plan) == 12 + 3 + 2  # a page per topic and per level (empty ones too), print edition, list
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
    qs = [make(f"q-{i}", topic=topics[i % 12], level=levels[i % 3]) for i in range(10_000)]
    plan = pages.plan_pages(qs)
    assert max(len(p.question_ids) for p in plan) <= pages.MAX_QUESTIONS_PER_PAGE
    assert sum(len(p.question_ids) for p in plan if p.canonical) == 10_000
    # Questions of realistic length (3,000 characters): the text bound splits pages further.
    long = [make(f"q-{i}", topic=topics[i % 12], level=levels[i % 3], answer="x" * 3000) for i in range(10_000)]
    by_id = {q.id: q for q in long}
    for p in pages.plan_pages(long):
        bound = {"print": pages.MAX_CHARS_PER_PRINT_PAGE, "list": None}.get(p.kind, pages.MAX_CHARS_PER_PAGE)
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


def test_level_pages_stay_out_of_search_and_topic_pages_do_not():
    plan = pages.plan_pages([make()])
    topic = pages.first_page(plan, "topic", "deep-learning")
    level = pages.first_page(plan, "level", "beginner")
    assert "exclude: true" not in pages.page_stub(topic)
    assert "search:\n  exclude: true" in pages.page_stub(level)
    assert '{{ question_page("level", "beginner", 1) }}' in pages.page_stub(level)


def test_related_links_point_to_the_canonical_topic_page():
    a = make("a", topic="mlops", related=("b",))
    b = make("b", topic="nlp-llms")
    plan = pages.plan_pages([a, b])
    md = render.render_question_page(pages.first_page(plan, "level", "beginner"), plan, [a, b])
    assert "(../topics/nlp-llms.md#b)" in md


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
