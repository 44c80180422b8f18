"""The coding-drill pages, as Markdown: one page per topic that has drills, and the drills index.

Pure functions of the validated drills and questions (no MkDocs import). On a drill's page the
statement, the starter and the tests are shown; the reference solution and its complexity, and
the answers to the follow-up questions, stay closed until clicked.
"""

from __future__ import annotations

from collections import Counter

from .drills import Drill
from .model import LEVELS, TOPICS, Question
from .pages import relative_link
from .render import LEVEL_TITLES, TOPIC_TITLES, count_phrase, link_text, one_line, split_follow_up

INDEX = "drills/index.md"
KIT = "downloads/ml-interview-drills.zip"


def page_path(topic: str) -> str:
    return f"drills/{topic}.md"


def by_topic(drills: list[Drill]) -> dict[str, list[Drill]]:
    """Topic -> its drills, topics in taxonomy order, drills by level then id."""
    rank = {c.slug: i for i, c in enumerate(LEVELS)}
    out = {}
    for topic in TOPICS:
        chosen = sorted((d for d in drills if d.topic == topic.slug), key=lambda d: (rank[d.level], d.id))
        if chosen:
            out[topic.slug] = chosen
    return out


def page_stub(topic: str) -> str:
    return (
        f"---\ntitle: \"Coding drills: {TOPIC_TITLES[topic]}\"\nsearch:\n  exclude: true\n---\n\n"
        f'{{{{ drill_page("{topic}") }}}}\n'
    )


def _indent(text: str, spaces: int = 4) -> str:
    return "\n".join((" " * spaces + line) if line.strip() else "" for line in text.strip("\n").split("\n"))


def _fence(code: str) -> str:
    longest = max((len(run) for run in code.split("\n") if set(run.strip()) == {"`"}), default=0)
    ticks = "`" * max(3, longest + 1)
    return f"{ticks}python\n{code.rstrip()}\n{ticks}"


def render_drill(d: Drill, here: str, question_home: dict[str, str], questions: dict[str, Question]) -> str:
    meta = (
        f"*{LEVEL_TITLES[d.level]}*{{ .question-badge .question-badge--{d.level} }} "
        f"*{TOPIC_TITLES[d.topic]}*{{ .question-badge }}"
    )
    out = [
        f"## {one_line(d.title)} {{ #{d.id} .drill-title data-id=\"{d.id}\" data-level=\"{d.level}\" data-topic=\"{d.topic}\" }}",
        "",
        meta,
        "",
        d.statement.strip(),
        "",
        f"**Starter** (`{d.id}/starter.py`): fill it in.",
        "",
        _fence(d.starter),
        "",
        f"**Tests** (`{d.id}/{d.test_file}`): run them with `pytest -k {d.id}` in the drills kit.",
        "",
        _fence(d.tests),
        "",
        '??? success "Reference solution and complexity"',
        "",
        _indent(_fence(d.solution)),
        "",
        _indent("**Complexity.** " + d.complexity.strip()),
        "",
        "**Follow-up questions**",
        "",
    ]
    for item in d.follow_ups:
        asked, answer = split_follow_up(item)
        title = one_line(asked).replace('"', "&quot;")
        out += [f'??? question "{title}"', "", _indent(answer or "(Think it through: there is no single answer.)"), ""]
    out += ["**Related questions**", ""]
    for qid in d.related:
        out.append(f"- [{link_text(questions[qid].question)}]({relative_link(here, question_home[qid], qid)})")
    return "\n".join(out) + "\n"


def render_drill_page(topic: str, drills: list[Drill], question_home: dict[str, str], questions: dict[str, Question]) -> str:
    here = page_path(topic)
    kit = relative_link(here, KIT)
    counts = Counter(d.level for d in drills)
    summary = ", ".join(f"{counts[lvl.slug]} {lvl.title.lower()}" for lvl in LEVELS if counts[lvl.slug])
    out = [
        f"# Coding drills: {TOPIC_TITLES[topic]}",
        "",
        f"{count_phrase(len(drills)).replace('question', 'drill')}: {summary}. Implement each from scratch with NumPy, "
        f"then check your code with its tests: download the [drills kit]({kit}), fill in a `starter.py` and run "
        "`pytest -k <drill id>` (see [Coding drills](index.md)).",
        "",
    ]
    for d in drills:
        out.append(render_drill(d, here, question_home, questions))
    return "\n".join(out)


def render_drill_index(drills: list[Drill], here: str = INDEX) -> str:
    """Counts per topic and level, then every drill by topic, linking to its place."""
    grouped = by_topic(drills)
    rows = ["| Topic | " + " | ".join(lvl.title for lvl in LEVELS) + " | Total |", "|---|" + "---:|" * (len(LEVELS) + 1)]
    for topic, chosen in grouped.items():
        counts = Counter(d.level for d in chosen)
        link = relative_link(here, page_path(topic))
        rows.append(f"| [{TOPIC_TITLES[topic]}]({link}) | " + " | ".join(str(counts[lvl.slug]) for lvl in LEVELS) + f" | {len(chosen)} |")
    totals = Counter(d.level for d in drills)
    rows.append("| **All topics** | " + " | ".join(f"**{totals[lvl.slug]}**" for lvl in LEVELS) + f" | **{len(drills)}** |")
    out = ["\n".join(rows), ""]
    for topic, chosen in grouped.items():
        # A bold line, not a heading: Material draws no table of contents on a section's index page.
        out += [f"**{TOPIC_TITLES[topic]}**{{ #drills-{topic} }}", ""]
        for d in chosen:
            link = relative_link(here, page_path(topic), d.id)
            out.append(f"- [{link_text(d.title)}]({link}){{ .drill-link data-id=\"{d.id}\" }} *{LEVEL_TITLES[d.level]}*")
        out.append("")
    return "\n".join(out)


def drills_of_questions(drills: list[Drill]) -> dict[str, list[Drill]]:
    """Question id -> the drills that practise it (derived from the drills' `related`)."""
    out: dict[str, list[Drill]] = {}
    for d in drills:
        for qid in d.related:
            out.setdefault(qid, []).append(d)
    return out
