"""Which question pages the site has, derived from the data: one per topic and one per level,
each split into parts of about equal size so that no page holds more than MAX_QUESTIONS_PER_PAGE
questions or MAX_CHARS_PER_PAGE characters of question text."""

from __future__ import annotations

import functools
import math
import posixpath
from dataclasses import dataclass

from .model import LEVELS, TOPICS, Choice, Question

# Chromium never finishes loading a page of 10,000 questions; a few hundred stay fast and usable.
MAX_QUESTIONS_PER_PAGE = 300
# Pages are bounded in characters of question text too, since long answers make heavy pages: the
# HTML is about twice the text (1.7-2.3x measured on this guide). 300,000 characters keep a topic
# on one page up to about 40 full answers (HTML about 600 KB, 120 KB compressed; answers are closed
# and typeset only when opened); the print edition, saved as PDF on a computer, takes 400,000 a
# part. Both stay under 1 MB of HTML.
MAX_CHARS_PER_PAGE = 300_000
MAX_CHARS_PER_PRINT_PAGE = 400_000

KINDS = {"topic": TOPICS, "level": LEVELS}
TOPIC_TITLES = {c.slug: c.title for c in TOPICS}
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


def text_size(q: Question) -> int:
    """Characters of a question's text: what the size of its HTML grows with."""
    lists = q.key_points + q.pitfalls + q.follow_ups
    refs = sum(len(r.title) + len(r.why) + len(r.url or "") for r in q.references)
    return len(q.question) + len(q.short_answer) + len(q.answer) + len(q.example or "") + sum(map(len, lists)) + refs


def balanced_parts(sizes: list[int], max_count: int, max_size: int | None) -> list[list[int]]:
    """Split items (by index, order kept) into as few parts as the bounds allow, of about equal
    size: no part has more than max_count items or, unless it is a single item, more than
    max_size in total. Each item goes to the part where the middle of it falls."""
    if not sizes:
        return [[]]
    sizes = [max(1, s) for s in sizes]
    total = sum(sizes)
    n = max(math.ceil(len(sizes) / max_count), math.ceil(total / max_size) if max_size else 1)
    while True:
        parts: list[list[int]] = [[] for _ in range(n)]
        done = 0
        for i, size in enumerate(sizes):
            parts[min(n - 1, (2 * done + size) * n // (2 * total))].append(i)
            done += size
        parts = [p for p in parts if p]
        if all(len(p) <= max_count and (len(p) == 1 or not max_size or sum(sizes[i] for i in p) <= max_size) for p in parts):
            return parts
        n += 1


def _split(kind: str, choice: Choice, chosen: list[Question], max_count: int, max_chars: int | None) -> list[QuestionPage]:
    parts = balanced_parts([text_size(q) for q in chosen], max_count, max_chars)
    return [
        QuestionPage(kind, choice, number, len(parts), tuple(chosen[i].id for i in part))
        for number, part in enumerate(parts, start=1)
    ]


def plan_pages(
    questions: list[Question],
    max_per_page: int = MAX_QUESTIONS_PER_PAGE,
    max_chars: int = MAX_CHARS_PER_PAGE,
    max_print_chars: int = MAX_CHARS_PER_PRINT_PAGE,
) -> list[QuestionPage]:
    pages = []
    for kind, choices in KINDS.items():
        for choice in choices:
            # A level page lists titles only (each links to its topic page): bounded by count alone.
            bound = max_chars if kind == "topic" else None
            pages += _split(kind, choice, ordered(questions, kind, choice.slug), max_per_page, bound)
    every = [q for topic in TOPICS for q in ordered(questions, "topic", topic.slug)]
    # The list of all questions shows titles only: bounded by count alone.
    return pages + _split("print", PRINT, every, max_per_page, max_print_chars) + _split("list", LIST, every, max_per_page, None)


def home_of(pages: list[QuestionPage]) -> dict[str, str]:
    """Question id -> source path of its canonical (topic) page."""
    return {qid: p.src_path for p in pages if p.canonical for qid in p.question_ids}


def first_page(pages: list[QuestionPage], kind: str, slug: str) -> QuestionPage:
    return next(p for p in pages if p.kind == kind and p.choice.slug == slug and p.part == 1)


def relative_link(from_src: str, to_src: str, anchor: str | None = None) -> str:
    """A Markdown link target from one source page to another (MkDocs resolves .md links)."""
    target = _relpath(to_src, posixpath.dirname(from_src) or ".")
    return target + (f"#{anchor}" if anchor else "")


@functools.lru_cache(maxsize=4096)
def _relpath(to_src: str, from_dir: str) -> str:
    # A page links to thousands of questions on a few dozen pages: the same few paths each time.
    return posixpath.relpath(to_src, from_dir)


def built_path(src_path: str) -> str:
    """Where MkDocs writes a page (use_directory_urls is off: page.md becomes page.html)."""
    return src_path.removesuffix(".md") + ".html"


def relative_url(from_src: str, to_src: str, anchor: str | None = None) -> str:
    """The URL of a built page from another."""
    return relative_link(built_path(from_src), built_path(to_src), anchor)


def page_stub(page: QuestionPage) -> str:
    """The Markdown source of a generated page: front matter plus one macro call.

    Material's search leaves generated pages out: the build adds one entry per question, from the
    data, at its canonical anchor (macros/search_index.py), so each question is found once."""
    return (
        f"---\ntitle: \"{page.title}\"\nsearch:\n  exclude: true\n---\n\n"
        f'{{{{ question_page("{page.kind}", "{page.choice.slug}", {page.part}) }}}}\n'
    )
