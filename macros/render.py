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
from html import escape
from urllib.parse import quote

from .model import LEVELS, TOPICS, Question
from .pages import TOPIC_TITLES, QuestionPage, first_page, grouping, home_of, relative_link, relative_url

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
    "drills": "Coding drills",
    "references": "References",
}

# Fence lengths of the pymdownx.blocks on generated pages; long, so that no line of text can close them.
_OUTER = "/" * 12
_INNER = "/" * 11

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


# A placeholder paragraph where a page shows a question; the build swaps in the question's HTML,
# rendered once (macros/fragments.py), after MkDocs has converted the page's own Markdown.
PLACEHOLDER = "§question:{}§"


def placeholder_html(qid: str) -> str:
    return f"<p>{PLACEHOLDER.format(qid)}</p>"


class RelativeLinkError(ValueError):
    """Text of a question links to a page of the site by a relative path, which breaks on every
    page but the one it was written for; `related` is the way to point at another question."""

    def __init__(self, qid: str, field: str, link: str):
        self.qid, self.field, self.link = qid, field, link
        super().__init__(f"link '{link}' is relative; name other questions in 'related', or use an absolute URL")


def parts_of(fr, q: Question):
    """A question's Markdown as HTML (converted once per renderer); refuses relative links."""
    from .fragments import question_parts

    parts = question_parts(fr, q, split_follow_up, bullets, one_line)
    if parts.relative_links:
        field, link = parts.relative_links[0]
        raise RelativeLinkError(q.id, field, link)
    return parts


def _part(field: str, inner: str) -> str:
    return (
        f'<div class="answer-part answer-part--{field.replace("_", "-")}">\n'
        f"<p><strong>{SECTION_LABELS[field]}</strong></p>\n{inner}\n</div>"
    )


def split_follow_up(item: str) -> tuple[str, str]:
    """(the question an interviewer asks, its answer): a follow-up is written as its question
    (optionally in bold), then the answer. Without a question mark, it is all question."""
    text = item.strip()
    bold = re.match(r"^\*\*(.+?)\*\*[\s:—-]*(.*)$", text, re.S)
    if bold:
        return bold.group(1).strip(), bold.group(2).strip()
    plain = re.match(r"^(.+?\?)[\s—–-]+(\S.*)$", text, re.S)
    if plain:
        return plain.group(1).strip(), plain.group(2).strip()
    return text, ""


def follow_ups_html(follow_ups: tuple[tuple[str, str], ...], toggles: bool = True) -> str:
    """Each follow-up's question shown, its answer behind a toggle of its own (or, in print, after it)."""
    items = []
    for asked, answer in follow_ups:
        body = asked
        if answer and not toggles:
            body += "\n" + answer
        elif answer:
            body += f'\n<details class="follow-up-answer"><summary>Answer</summary>\n{answer}\n</details>'
        items.append(f"<li>{body}</li>")
    return "<ul>\n" + "\n".join(items) + "\n</ul>"


def _link_list(links: list[tuple[str, str]]) -> str:
    items = [f'<li><a href="{escape(url)}">{title}</a></li>' for title, url in links]
    return "<ul>\n" + "\n".join(items) + "\n</ul>"


def answer_html(
    q: Question, fr, links: dict[str, tuple[str, str]], repo_url: str = "", drills: list[tuple[str, str]] = (),
    toggles: bool = True,
) -> str:
    """The parts of an answer in the fixed order; parts a question lacks are left out. `links`
    maps question ids to (title, URL from the page being built); `drills` are (title HTML, URL) of
    the coding drills that practise the question."""
    p = parts_of(fr, q)
    parts = [_part("short_answer", p.short_answer), _part("answer", p.answer)]
    if q.key_points:
        parts.append(_part("key_points", p.key_points))
    if q.example:
        parts.append(_part("example", p.example))
    if q.pitfalls:
        parts.append(_part("pitfalls", p.pitfalls))
    if q.follow_ups:
        parts.append(_part("follow_ups", follow_ups_html(p.follow_ups, toggles)))
    if q.related:
        parts.append(_part("related", _link_list([(fr.inline(one_line(links[r][0])), links[r][1]) for r in q.related])))
    if drills:
        parts.append(_part("drills", _link_list(list(drills))))
    if q.references:
        items = []
        for r, (title, why) in zip(q.references, p.references):
            name = f'<a href="{escape(r.url)}">{title}</a>' if r.url else title
            items.append(f"<li>{name}: {why}</li>")
        parts.append(_part("references", "<ul>\n" + "\n".join(items) + "\n</ul>"))
    parts.append(f'<p class="question-links">{question_links(q.id, links[q.id][1], repo_url)}</p>')
    return "\n".join(parts)


def question_links(qid: str, permalink: str, repo_url: str = "") -> str:
    """Permalink, and where the repository is known: report a problem (the issue form for a wrong
    or unclear answer, with the question's id filled in) and edit the data file."""
    links = [f'<a class="question-permalink" href="{escape(permalink)}">Permalink</a>']
    if repo_url:
        report = f"{repo_url}/issues/new?template=wrong-answer.yml&question-id={quote(qid)}&title={quote(f'Question {qid}: ')}"
        links.append(f'<a class="question-report" href="{escape(report)}">Report a problem</a>')
        links.append(f'<a class="question-edit" href="{escape(repo_url)}/edit/main/data/questions.yml">Edit</a>')
    return " · ".join(links)


def meta_html(q: Question) -> str:
    return (
        f'<span class="question-meta"><em class="question-badge question-badge--{q.level}">{LEVEL_TITLES[q.level]}</em> '
        f'<em class="question-badge">{escape(TOPIC_TITLES[q.topic])}</em>'
        + (' <em class="question-badge question-badge--core">Core</em>' if q.core else "")
        + "</span>"
    )


def question_html(q: Question, fr, links: dict[str, tuple[str, str]], repo_url: str = "", drills=()) -> str:
    """One question as a closed <details>: the summary holds the question (a heading with the id as
    anchor: its permalink, table-of-contents entry and search hit) and its badges; the body holds
    the parts of the answer. Class "qa", not "question": Material styles details.question as a
    green admonition."""
    attrs = f'data-id="{q.id}" data-level="{q.level}" data-tags="{escape(" ".join(q.tags))}" data-topic="{q.topic}"'
    return (
        f'<details class="qa" {attrs}>\n<summary>\n<h3 id="{q.id}">{parts_of(fr, q).title}</h3>\n'
        f"{meta_html(q)}</summary>\n{answer_html(q, fr, links, repo_url, drills)}\n</details>"
    )


def print_question_html(q: Question, fr, links: dict[str, tuple[str, str]], repo_url: str = "", drills=()) -> str:
    """A question of the print edition: heading and answer, shown."""
    return (
        f'<div class="print-question" data-id="{q.id}" data-level="{q.level}" data-topic="{q.topic}">\n'
        f'<h4 id="{q.id}">{parts_of(fr, q).title}</h4>\n{answer_html(q, fr, links, repo_url, drills, toggles=False)}\n</div>'
    )


def question_blocks(
    page: QuestionPage, pages: list[QuestionPage], questions: list[Question], fr, repo_url: str = "",
    drills: dict[str, list[tuple[str, str, str]]] | None = None,
) -> dict[str, str]:
    """Placeholder -> HTML of each question a topic page or the print edition shows. `drills` maps
    a question id to (title, source path, anchor) of the drills that practise it."""
    by_id = {q.id: q for q in questions}
    links = links_from(page.src_path, pages, by_id, page.question_ids, html=True)
    block = print_question_html if page.kind == "print" else question_html
    drills = drills or {}
    return {
        placeholder_html(qid): block(
            by_id[qid], fr, links, repo_url,
            [(fr.inline(one_line(title)), relative_url(page.src_path, src, anchor)) for title, src, anchor in drills.get(qid, ())],
        )
        for qid in page.question_ids
    }


def fill(html: str, blocks: dict[str, str]) -> str:
    """Put each question's HTML where its placeholder paragraph is (one pass over the page)."""
    if not blocks:
        return html
    pattern = re.compile("|".join(re.escape(k) for k in blocks))
    return pattern.sub(lambda m: blocks[m.group(0)], html)


def count_phrase(n: int) -> str:
    return f"{n} question" + ("" if n == 1 else "s")


def part_links(page: QuestionPage, pages: list[QuestionPage]) -> list[str]:
    """Links between the parts of a page split past the question limit (nothing if it has one part)."""
    if page.parts == 1:
        return []
    siblings = [p for p in pages if p.kind == page.kind and p.choice == page.choice]
    links = [f"**{p.part}**" if p.part == page.part else f"[{p.part}]({relative_link(page.src_path, p.src_path)})" for p in siblings]
    return ["Parts: " + " · ".join(links), ""]


def links_from(
    here: str, pages: list[QuestionPage], by_id: dict[str, Question], ids: tuple[str, ...], html: bool = False
) -> dict[str, tuple[str, str]]:
    """Question id -> (question text, link from page `here` to its canonical anchor), for the
    questions `ids` and those they name as related: what the page links to. Markdown links name
    the .md source (MkDocs resolves and checks them); `html` links name the built page. (Links to
    every question from every page made the build grow with the square of the guide.)"""
    home = home_of(pages)
    wanted = set(ids).union(*(by_id[qid].related for qid in ids))
    link = relative_url if html else relative_link
    return {qid: (by_id[qid].question, link(here, home[qid], qid)) for qid in wanted}


def render_question_page(page: QuestionPage, pages: list[QuestionPage], questions: list[Question], repo_url: str = "") -> str:
    """The body of a topic page (each question in full, closed) or a level page (a list of its
    questions by topic, each linking to its topic page): title, counts, part links, groups."""
    by_id = {q.id: q for q in questions}
    here = page.src_path
    shown = [by_id[qid] for qid in page.question_ids]
    group_field, groups = grouping(page.kind)
    total = sum(len(p.question_ids) for p in pages if p.kind == page.kind and p.choice == page.choice)

    out = [f"# {page.title}", "", page.choice.description, ""]
    counts = Counter(getattr(q, group_field) for q in shown)
    summary = ", ".join(f"{counts[g.slug]} {g.title.lower() if group_field == 'level' else g.title}" for g in groups if counts[g.slug])
    out += [f"{count_phrase(total)} in all" + (f"; on this page: {summary}." if summary else "."), ""]
    out += part_links(page, pages)
    if page.kind == "level":
        out += ["Each question links to its topic page, where its answer is.", ""]
        href = links_from(here, pages, by_id, page.question_ids)
    elif shown:
        out += [STUDY_TOOLBAR, ""]
    current = None
    for q in shown:
        group = getattr(q, group_field)
        if group != current:
            current = group
            title = LEVEL_TITLES[group] if group_field == "level" else TOPIC_TITLES[group]
            out += [f"## {title} {{ #{group_field}-{group} }}", ""]
        if page.kind == "level":
            core = " *Core*{ .question-badge .question-badge--core }" if q.core else ""
            out.append(f"- [{link_text(q.question)}]({href[q.id][1]}){{ .level-question data-id=\"{q.id}\" }}{core}")
        else:
            out += [PLACEHOLDER.format(q.id), ""]
    if not shown:
        out += ["No questions here yet.", ""]
    return "\n".join(out) + "\n"


def toc_groups(page: QuestionPage, questions: list[Question]) -> dict[str, list[tuple[str, str]]]:
    """Heading id of each group on a topic page -> (id, title) of its questions, for the page's
    table of contents (the questions' headings are added to the page after MkDocs read it)."""
    by_id = {q.id: q for q in questions}
    group_field, _ = grouping(page.kind)
    out: dict[str, list[tuple[str, str]]] = {}
    for qid in page.question_ids:
        q = by_id[qid]
        out.setdefault(f"{group_field}-{getattr(q, group_field)}", []).append((qid, escape(one_line(q.question))))
    return out


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
        out += [PLACEHOLDER.format(q.id), ""]
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
