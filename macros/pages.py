"""Which question pages the site has, derived from the data: one per topic and one per level,
each split into parts so that no page ever holds more than MAX_QUESTIONS_PER_PAGE questions."""

from __future__ import annotations

import posixpath
from dataclasses import dataclass

from .model import LEVELS, TOPICS, Choice, Question

# Chromium never finishes loading a page of 10,000 questions; a few hundred stay fast and usable.
MAX_QUESTIONS_PER_PAGE = 300

KINDS = {"topic": TOPICS, "level": LEVELS}
# The print edition: every question, grouped by topic then level, answers shown.
PRINT = Choice("print-edition", "Print edition", "Every question with its full answer, ready to print or save as PDF.")
# The list of all questions, with client-side filters.
LIST = Choice("questions", "All questions", "Every question of the guide, with filters.")


@dataclass(frozen=True)
class QuestionPage:
    kind: str  # "topic" or "level": the questions with that topic or level; "print", "list": all of them
    choice: Choice
    part: int  # 1-based
    parts: int
    question_ids: tuple[str, ...]

    @property
    def src_path(self) -> str:
        suffix = "" if self.part == 1 else f"-{self.part}"
        folder = f"{self.kind}s/" if self.kind in KINDS else ""
        return f"{folder}{self.choice.slug}{suffix}.md"

    @property
    def title(self) -> str:
        return self.choice.title if self.parts == 1 else f"{self.choice.title} ({self.part}/{self.parts})"

    @property
    def canonical(self) -> bool:
        """Topic pages are each question's one home: its search hit and its permalink."""
        return self.kind == "topic"


def grouping(kind: str) -> tuple[str, tuple[Choice, ...]]:
    """A topic page groups its questions by level; a level page groups them by topic."""
    return ("level", LEVELS) if kind == "topic" else ("topic", TOPICS)


def ordered(questions: list[Question], kind: str, slug: str) -> list[Question]:
    """The questions of one topic or level, in page order (grouped, then data order)."""
    group_field, groups = grouping(kind)
    rank = {c.slug: i for i, c in enumerate(groups)}
    chosen = [q for q in questions if getattr(q, kind) == slug]
    return sorted(chosen, key=lambda q: rank[getattr(q, group_field)])  # sorted() is stable


def _split(kind: str, choice: Choice, ids: list[str], max_per_page: int) -> list[QuestionPage]:
    chunks = [ids[i : i + max_per_page] for i in range(0, len(ids), max_per_page)] or [[]]
    return [QuestionPage(kind, choice, part, len(chunks), tuple(chunk)) for part, chunk in enumerate(chunks, start=1)]


def plan_pages(questions: list[Question], max_per_page: int = MAX_QUESTIONS_PER_PAGE) -> list[QuestionPage]:
    pages = []
    for kind, choices in KINDS.items():
        for choice in choices:
            pages += _split(kind, choice, [q.id for q in ordered(questions, kind, choice.slug)], max_per_page)
    every = [q.id for topic in TOPICS for q in ordered(questions, "topic", topic.slug)]
    return pages + _split("print", PRINT, every, max_per_page) + _split("list", LIST, every, max_per_page)


def home_of(pages: list[QuestionPage]) -> dict[str, str]:
    """Question id -> source path of its canonical (topic) page."""
    return {qid: p.src_path for p in pages if p.canonical for qid in p.question_ids}


def first_page(pages: list[QuestionPage], kind: str, slug: str) -> QuestionPage:
    return next(p for p in pages if p.kind == kind and p.choice.slug == slug and p.part == 1)


def relative_link(from_src: str, to_src: str, anchor: str | None = None) -> str:
    """A Markdown link target from one source page to another (MkDocs resolves .md links)."""
    target = posixpath.relpath(to_src, posixpath.dirname(from_src) or ".")
    return target + (f"#{anchor}" if anchor else "")


def page_stub(page: QuestionPage) -> str:
    """The Markdown source of a generated page: front matter plus one macro call.

    Level pages and the print edition repeat questions that live on topic pages, so they stay out
    of the search index: every question then has exactly one search hit, at its canonical anchor."""
    exclude = "" if page.canonical else "search:\n  exclude: true\n"
    index = "study_index: true\n" if page.kind == "list" else ""  # the filters read the question index
    return (
        f"---\ntitle: \"{page.title}\"\n{exclude}{index}---\n\n"
        f'{{{{ question_page("{page.kind}", "{page.choice.slug}", {page.part}) }}}}\n'
    )
