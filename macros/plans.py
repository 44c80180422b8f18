"""Study plans built from the core set: which questions and drills to work on each day.

The core questions (marked `core: true`) are split, in the taxonomy's order, into as many study
days as a plan has, of about equal size; each day also gets the drills that practise its
questions (or, failing that, the easiest drills of its topics). The last days are for review and a
mock interview.
"""

from __future__ import annotations

from dataclasses import dataclass

from .drill_pages import page_path
from .drills import Drill
from .model import LEVELS, TOPICS, Question
from .pages import relative_link
from .render import LEVEL_TITLES, TOPIC_TITLES, count_phrase, link_text


@dataclass(frozen=True)
class Plan:
    slug: str
    title: str
    study_days: int
    review_days: int
    drills_per_day: int


PLANS = (
    Plan("one-week", "One-week crash plan", 6, 1, 2),
    Plan("two-weeks", "Two-week plan", 12, 2, 3),
)


@dataclass(frozen=True)
class Day:
    number: int
    questions: tuple[Question, ...]
    drills: tuple[Drill, ...]


def core_in_order(questions: list[Question]) -> list[Question]:
    topic_rank = {t.slug: i for i, t in enumerate(TOPICS)}
    level_rank = {lvl.slug: i for i, lvl in enumerate(LEVELS)}
    core = [q for q in questions if q.core]
    return sorted(core, key=lambda q: (topic_rank[q.topic], level_rank[q.level]))


def study_days(plan: Plan, questions: list[Question], drills: list[Drill]) -> list[Day]:
    """The plan's study days; every core question is on exactly one day."""
    core = core_in_order(questions)
    size, extra = divmod(len(core), plan.study_days)
    bounds = [0]
    for day in range(plan.study_days):
        bounds.append(bounds[-1] + size + (1 if day < extra else 0))
    parts = [range(a, b) for a, b in zip(bounds, bounds[1:]) if b > a]
    level_rank = {lvl.slug: i for i, lvl in enumerate(LEVELS)}
    by_question: dict[str, list[Drill]] = {}
    for d in sorted(drills, key=lambda d: (level_rank[d.level], d.id)):
        for qid in d.related:
            by_question.setdefault(qid, []).append(d)
    used: set[str] = set()
    days = []
    for number, part in enumerate(parts, start=1):
        chosen = tuple(core[i] for i in part)
        picked: list[Drill] = []
        candidates = [d for q in chosen for d in by_question.get(q.id, ())]
        candidates += sorted((d for d in drills if d.topic in {q.topic for q in chosen}), key=lambda d: (level_rank[d.level], d.id))
        for d in candidates:
            if len(picked) < plan.drills_per_day and d.id not in used:
                picked.append(d)
                used.add(d.id)
        days.append(Day(number, chosen, tuple(picked)))
    return days


def render_plan(plan: Plan, questions: list[Question], drills: list[Drill], home: dict[str, str], here: str) -> str:
    """A plan as Markdown: each study day's questions and drills, then the review days."""
    days = study_days(plan, questions, drills)
    total = sum(len(d.questions) for d in days)
    out = [
        f"{count_phrase(total)} of the core set in {plan.study_days} study days, then {plan.review_days} "
        f"day{'s' if plan.review_days > 1 else ''} of review and mock interviews. Each day: answer the day's "
        "questions aloud before opening them, write the day's drills, and clear what the "
        "[practice page](../practice.md) says is due.",
        "",
    ]
    for day in days:
        topics = sorted({q.topic for q in day.questions}, key=[t.slug for t in TOPICS].index)
        out += [f"## Day {day.number}: {', '.join(TOPIC_TITLES[t] for t in topics)} {{ #day-{day.number} }}", ""]
        for q in day.questions:
            out.append(f"- [ ] [{link_text(q.question)}]({relative_link(here, home[q.id], q.id)}) *{LEVEL_TITLES[q.level]}*")
        if day.drills:
            out += ["", "Drills:", ""]
            out += [f"- [ ] [{link_text(d.title)}]({relative_link(here, page_path(d.topic), d.id)}) *{LEVEL_TITLES[d.level]}*" for d in day.drills]
        out.append("")
    for extra in range(1, plan.review_days + 1):
        number = plan.study_days + extra
        out += [f"## Day {number}: review and mock interview {{ #day-{number} }}", ""]
        if extra < plan.review_days:
            out.append("- Clear the [practice page](../practice.md)'s due questions; reread the pitfalls of every question you graded Again or Hard.")
        else:
            out.append("- Take a [mock interview](../mock.md) of 8 to 12 questions on your track; review the weakest topics its summary names.")
        out.append("")
    return "\n".join(out)
