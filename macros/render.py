"""Pure functions from validated questions to Markdown for MkDocs Material.

No MkDocs import here: everything takes plain data and returns a string, so it is testable alone.
Text from the data is inserted as Markdown, never as a template: the macros plugin renders a page
once, so `{{ ... }}` inside an answer reaches the page literally. Raw HTML in the data is shown as
text because the site's Markdown has raw HTML switched off (see macros/markdown_ext.py); the
structure of a question is built with pymdownx.blocks.html instead of HTML tags.
"""

from __future__ import annotations

import re
from collections import Counter
from urllib.parse import quote

from .model import LEVELS, TOPICS, Question
from .pages import QuestionPage, grouping, first_page, home_of, relative_link

TOPIC_TITLES = {c.slug: c.title for c in TOPICS}
LEVEL_TITLES = {c.slug: c.title for c in LEVELS}

# Labels of the parts of an answer, in the order the page shows them.
SECTION_LABELS = {
    "short_answer": "Short answer",
    "answer": "Full answer",
    "key_points": "Key points",
    "example": "Example",
    "pitfalls": "Pitfalls",
    "follow_ups": "Follow-up questions",
    "related": "Related questions",
    "references": "References",
}

# Fence lengths for the nested blocks of one question; long, so that a line of a few slashes
# inside an answer cannot close them.
_OUTER = "/" * 12
_INNER = "/" * 11
_HEADING = "/" * 10

# Where the study tools put "Expand all", "Collapse all" and the page's progress. It is in the
# page from the start, with its height reserved (extra.css), so filling it moves nothing below.
STUDY_TOOLBAR = f"{_OUTER} html | div.study-toolbar\n{_OUTER}"


def one_line(text: str) -> str:
    """Collapse whitespace: a question title is a single heading line."""
    return " ".join(text.split())


def link_text(text: str) -> str:
    """Text that is safe inside the brackets of a Markdown link."""
    return re.sub(r"([\[\]\\{}])", r"\\\1", one_line(text))


def bullets(items: tuple[str, ...] | list[str]) -> str:
    """A Markdown list; continuation lines of an item are indented under it."""
    lines = []
    for item in items:
        first, *rest = item.strip("\n").split("\n")
        lines.append(f"- {first}")
        lines.extend(("    " + line) if line.strip() else "" for line in rest)
    return "\n".join(lines)


# The parts of an answer that the search index holds, besides the question itself. The rest (the
# full answer, example, pitfalls, ...) would make an index of over a megabyte that every page
# downloads (a quarter of that with them left out); their hits would land on the level heading
# above the question anyway, since Material ends a search section where the <summary> ends.
SEARCHED_PARTS = ("short_answer", "key_points")
_NOT_SEARCHED = '    attrs: {data-search-exclude: ""}\n'


def _section(field: str, body: str) -> str:
    label = SECTION_LABELS[field]
    options = "" if field in SEARCHED_PARTS else _NOT_SEARCHED
    return f"{_INNER} html | div.answer-part.answer-part--{field.replace('_', '-')}\n{options}\n**{label}**\n\n{body.strip()}\n\n{_INNER}"


def reference_item(title: str, why: str, url: str | None) -> str:
    name = f"[{link_text(title)}](<{url}>)" if url else link_text(title)
    return f"{name}: {one_line(why)}"


def render_question(q: Question, href: dict[str, tuple[str, str]], repo_url: str = "") -> str:
    """One question as a closed <details>: the summary holds the question (a heading with the id as
    anchor, so it has a permalink, a table-of-contents entry and its own search hit) and its level
    and topic; the body holds the parts of the answer in the fixed order."""
    tags = " ".join(q.tags)
    meta = " ".join(
        [f"*{LEVEL_TITLES[q.level]}*{{ .question-badge .question-badge--{q.level} }}"]
        + [f"*{TOPIC_TITLES[q.topic]}*{{ .question-badge }}"]
    )
    # Class "qa", not "question": Material styles details.question as a green admonition.
    header = "\n".join(
        [
            f"{_OUTER} html | details.qa",
            f'    attrs: {{data-id: "{q.id}", data-level: "{q.level}", data-topic: "{q.topic}", data-tags: "{tags}"}}',
            "",
            f"{_INNER} html | summary",
            "    markdown: block",
            "",
            # The id comes from the block's options, not from an attribute list in the text,
            # so no question text can change it.
            f"{_HEADING} html | h3#{q.id}",
            "",
            one_line(q.question),
            "",
            _HEADING,
            "",
            # A <span>, not a paragraph: <summary> may hold a heading and phrasing content only.
            f"{_HEADING} html | span.question-meta",
            "",
            meta,
            "",
            _HEADING,
            "",
            _INNER,
        ]
    )
    return "\n\n".join([header, *answer_parts(q, href, repo_url), _OUTER]) + "\n"


def answer_parts(q: Question, href: dict[str, tuple[str, str]], repo_url: str = "") -> list[str]:
    """The parts of an answer in the fixed order, each a block; parts a question lacks are left out."""
    parts = [_section("short_answer", q.short_answer), _section("answer", q.answer)]
    if q.key_points:
        parts.append(_section("key_points", bullets(q.key_points)))
    if q.example:
        parts.append(_section("example", q.example))
    if q.pitfalls:
        parts.append(_section("pitfalls", bullets(q.pitfalls)))
    if q.follow_ups:
        parts.append(_section("follow_ups", bullets(q.follow_ups)))
    if q.related:
        parts.append(_section("related", bullets([f"[{link_text(href[r][0])}]({href[r][1]})" for r in q.related])))
    if q.references:
        parts.append(_section("references", bullets([reference_item(r.title, r.why, r.url) for r in q.references])))
    parts.append(f"{_INNER} html | p.question-links\n{_NOT_SEARCHED}\n{question_links(q.id, href[q.id][1], repo_url)}\n\n{_INNER}")
    return parts


def question_links(qid: str, permalink: str, repo_url: str = "") -> str:
    """Permalink, and where the repository is known: report a problem (a prefilled issue naming
    the question) and edit the data file."""
    links = [f"[Permalink]({permalink}){{ .question-permalink }}"]
    if repo_url:
        title = quote(f"Question {qid}: ")
        body = quote(f"Question id: {qid}\n\nWhat is wrong or missing:\n")
        links.append(f"[Report a problem](<{repo_url}/issues/new?title={title}&body={body}>){{ .question-report }}")
        links.append(f"[Edit](<{repo_url}/edit/main/data/questions.yml>){{ .question-edit }}")
    return " · ".join(links)


def count_phrase(n: int) -> str:
    return f"{n} question" + ("" if n == 1 else "s")


def part_links(page: QuestionPage, pages: list[QuestionPage]) -> list[str]:
    """Links between the parts of a page split past the question limit (nothing if it has one part)."""
    if page.parts == 1:
        return []
    siblings = [p for p in pages if p.kind == page.kind and p.choice == page.choice]
    links = [f"**{p.part}**" if p.part == page.part else f"[{p.part}]({relative_link(page.src_path, p.src_path)})" for p in siblings]
    return ["Parts: " + " · ".join(links), ""]


def links_from(here: str, pages: list[QuestionPage], by_id: dict[str, Question], ids: tuple[str, ...]) -> dict[str, tuple[str, str]]:
    """Question id -> (question text, link from page `here` to its canonical anchor), for the
    questions `ids` and those they name as related: what the page links to. (Links to every
    question from every page made the build grow with the square of the guide.)"""
    home = home_of(pages)
    wanted = set(ids).union(*(by_id[qid].related for qid in ids))
    return {qid: (by_id[qid].question, relative_link(here, home[qid], qid)) for qid in wanted}


def render_question_page(page: QuestionPage, pages: list[QuestionPage], questions: list[Question], repo_url: str = "") -> str:
    """The body of one topic or level page: title, counts, part links, then grouped questions."""
    by_id = {q.id: q for q in questions}
    here = page.src_path
    href = links_from(here, pages, by_id, page.question_ids)
    shown = [by_id[qid] for qid in page.question_ids]
    group_field, groups = grouping(page.kind)
    total = sum(len(p.question_ids) for p in pages if p.kind == page.kind and p.choice == page.choice)

    out = [f"# {page.title}", "", page.choice.description, ""]
    counts = Counter(getattr(q, group_field) for q in shown)
    summary = ", ".join(f"{counts[g.slug]} {g.title.lower() if group_field == 'level' else g.title}" for g in groups if counts[g.slug])
    out += [f"{count_phrase(total)} in all" + (f"; on this page: {summary}." if summary else "."), ""]
    out += part_links(page, pages)
    if page.kind == "level":
        out += ["Each question also lives on its topic page, which is where search and permalinks point.", ""]
    if shown:
        out += [STUDY_TOOLBAR, ""]
    current = None
    for q in shown:
        group = getattr(q, group_field)
        if group != current:
            current = group
            title = LEVEL_TITLES[group] if group_field == "level" else TOPIC_TITLES[group]
            out += [f"## {title} {{ #{group_field}-{group} }}", ""]
        out.append(render_question(q, href, repo_url))
    if not shown:
        out += ["No questions here yet.", ""]
    return "\n".join(out)


def render_overview(pages: list[QuestionPage], questions: list[Question], here: str) -> str:
    """Counts per topic and level, computed from the data, each linking to its page."""
    counts = Counter((q.topic, q.level) for q in questions)
    by_level = Counter(q.level for q in questions)
    head = "| Topic | " + " | ".join(
        f"[{lvl.title}]({relative_link(here, first_page(pages, 'level', lvl.slug).src_path)})" for lvl in LEVELS
    ) + " | Total |"
    rows = [head, "|---|" + "---:|" * (len(LEVELS) + 1)]
    for t in TOPICS:
        link = relative_link(here, first_page(pages, "topic", t.slug).src_path)
        cells = [str(counts[(t.slug, lvl.slug)]) for lvl in LEVELS]
        rows.append(f"| [{t.title}]({link}) | " + " | ".join(cells) + f" | {sum(counts[(t.slug, lvl.slug)] for lvl in LEVELS)} |")
    rows.append("| **All topics** | " + " | ".join(f"**{by_level[lvl.slug]}**" for lvl in LEVELS) + f" | **{len(questions)}** |")
    return "\n".join(rows) + "\n"


def render_choice_index(kind: str, pages: list[QuestionPage], questions: list[Question], here: str) -> str:
    """A list of every topic (or level) with its description and question count."""
    counts = Counter(getattr(q, kind) for q in questions)
    choices = TOPICS if kind == "topic" else LEVELS
    lines = []
    for c in choices:
        link = relative_link(here, first_page(pages, kind, c.slug).src_path)
        lines.append(f"- **[{c.title}]({link})**: {c.description} ({count_phrase(counts[c.slug])})")
    return "\n".join(lines) + "\n"


def render_print_page(page: QuestionPage, pages: list[QuestionPage], questions: list[Question], repo_url: str = "") -> str:
    """The print edition: every question with its answer shown (no collapsing), grouped by topic
    then level, after a table of contents."""
    by_id = {q.id: q for q in questions}
    href = links_from(page.src_path, pages, by_id, page.question_ids)
    shown = [by_id[qid] for qid in page.question_ids]
    out = [f"# {page.title}", "", page.choice.description, "",
           f"{count_phrase(len(shown))} on this page. Print it, or save it as PDF, from your browser's print dialog.", ""]
    out += part_links(page, pages)
    topics = [t for t in TOPICS if any(q.topic == t.slug for q in shown)]
    out += ["## Contents", ""]
    for t in topics:
        out.append(f"- [{t.title}](#print-{t.slug})")
        for lvl in LEVELS:
            n = sum(1 for q in shown if (q.topic, q.level) == (t.slug, lvl.slug))
            if n:
                out.append(f"    - [{lvl.title}](#print-{t.slug}-{lvl.slug}) ({n})")
    out.append("")
    group = None
    for q in shown:
        if q.topic != (group or ("", ""))[0]:
            out += [f"## {TOPIC_TITLES[q.topic]} {{ #print-{q.topic} }}", ""]
        if (q.topic, q.level) != group:
            group = (q.topic, q.level)
            out += [f"### {LEVEL_TITLES[q.level]} {{ #print-{q.topic}-{q.level} }}", ""]
        out += [
            f"{_OUTER} html | div.print-question",
            f'    attrs: {{data-id: "{q.id}", data-level: "{q.level}", data-topic: "{q.topic}"}}',
            "",
            f"{_HEADING} html | h4#{q.id}",
            "",
            one_line(q.question),
            "",
            _HEADING,
            "",
            *[p + "\n" for p in answer_parts(q, href, repo_url)],
            _OUTER,
            "",
        ]
    return "\n".join(out)


def render_page(page: QuestionPage, pages: list[QuestionPage], questions: list[Question], repo_url: str = "") -> str:
    """The body of any generated page."""
    renderer = {"print": render_print_page, "list": render_list_page}.get(page.kind, render_question_page)
    return renderer(page, pages, questions, repo_url)


def render_list_page(page: QuestionPage, pages: list[QuestionPage], questions: list[Question], repo_url: str = "") -> str:
    """All questions as a list of links, with their level, topic and tags. It works without
    JavaScript; with it, study/question-list.js adds filters over every question of the guide."""
    by_id = {q.id: q for q in questions}
    href = links_from(page.src_path, pages, by_id, page.question_ids)
    out = [f"# {page.title}", "", f"{count_phrase(len(questions))} in the guide.", ""]
    out += part_links(page, pages)
    # study/question-list.js puts its filters here.
    out += [f"{_INNER} html | div#question-filters", "", "The filters need JavaScript; every question is listed below.", "", _INNER, ""]
    items = []
    for qid in page.question_ids:
        q = by_id[qid]
        items.append(f"- [{link_text(q.question)}]({href[qid][1]}) *{LEVEL_TITLES[q.level]} · {TOPIC_TITLES[q.topic]}*")
    out += [f"{_OUTER} html | div.question-list", "", *items, "", _OUTER, ""]
    return "\n".join(out)


def render_downloads(files: list[tuple[str, str, str, str]], count: int, here: str) -> str:
    """A table of downloads: (path, name, what it is, size) each."""
    rows = ["| Download | What it is | Size |", "|---|---|---:|"]
    rows += [f"| [{name}]({relative_link(here, path)}) | {what} | {size} |" for path, name, what, size in files]
    return f"Every download holds all {count_phrase(count)} of the guide.\n\n" + "\n".join(rows) + "\n"
