"""The Markdown of the data as HTML fragments, converted once per distinct text.

A question is shown on its topic page and in the print edition (and a drill on its page); its
Markdown is the same everywhere, so it is converted once and the HTML reused. The cache lives as
long as the process: under `mkdocs serve`, an edit converts only the text that changed.

The converter uses the site's own Markdown extensions (from mkdocs.yml) with raw HTML off, so a
fragment looks exactly as the same text would on a hand-written page. Headings inside an answer get
no id (they are not page sections), and links must be absolute: answers point at other questions
through `related`, which the build resolves and checks.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import os
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from urllib.parse import urlsplit

import markdown
from markdown.treeprocessors import Treeprocessor

from .markdown_ext import NoRawHtml

# Extensions of mkdocs.yml that make no sense inside a fragment: `toc` adds heading ids and
# permalinks that belong to a page's own sections.
_PAGE_ONLY = {"toc"}


@dataclass(frozen=True)
class Fragment:
    html: str
    relative_links: tuple[str, ...]  # links that would break outside the page they were written for


class _FindRelativeLinks(Treeprocessor):
    def run(self, root):
        self.found = [
            el.get(attr)
            for el in root.iter()
            for attr in ("href", "src")
            if el.get(attr) is not None and not urlsplit(el.get(attr)).scheme
        ]


def settings_key(extensions: list, configs: dict) -> str:
    names = [e for e in extensions if isinstance(e, str) and e not in _PAGE_ONLY]
    return repr((names, sorted((k, repr(v)) for k, v in configs.items() if k in names)))


class FragmentRenderer:
    def __init__(self, extensions: list, configs: dict):
        names = [e for e in extensions if isinstance(e, str) and e not in _PAGE_ONLY]
        self._md = markdown.Markdown(
            extensions=[*names, NoRawHtml()], extension_configs={k: v for k, v in configs.items() if k in names}
        )
        self._links = _FindRelativeLinks(self._md)
        self._md.treeprocessors.register(self._links, "find-relative-links", 0)
        self._cache: dict[str, Fragment] = {}
        self.key = settings_key(extensions, configs)

    def convert(self, text: str) -> Fragment:
        hit = self._cache.get(text)
        if hit is None:
            html = self._md.reset().convert(text)
            hit = self._cache[text] = Fragment(html, tuple(self._links.found))
        return hit

    def question_parts(self, q) -> "QuestionParts":
        from .render import parts_of  # the question's fields, as render.py splits them

        return parts_of(self, q)

    def inline(self, text: str) -> str:
        """One line of Markdown (a title) as inline HTML, without the paragraph around it."""
        return self.convert(text).html.removeprefix("<p>").removesuffix("</p>")


_renderer: FragmentRenderer | None = None


def renderer(extensions: list, configs: dict) -> FragmentRenderer:
    """The process's renderer for these settings (a new one, with an empty cache, if they changed)."""
    global _renderer
    if _renderer is None or _renderer.key != settings_key(extensions, configs):
        _renderer = FragmentRenderer(extensions, configs)
    return _renderer


# Between the parts of a question converted as one document: a paragraph no text can produce by
# accident (the build checks that each part came back whole, else converts the parts one by one).
_SEPARATOR = "§§part-boundary§§"
_SEPARATOR_HTML = f"<p>{_SEPARATOR}</p>"


@dataclass(frozen=True)
class QuestionParts:
    """Every Markdown field of a question as HTML; block fields as blocks, inline ones without
    their paragraph. Follow-ups are (question, answer) pairs, references (title, why) pairs."""

    title: str
    short_answer: str
    answer: str
    key_points: str
    key_point_items: tuple[str, ...]
    example: str
    pitfalls: str
    follow_ups: tuple[tuple[str, str], ...]
    references: tuple[tuple[str, str], ...]
    relative_links: tuple[tuple[str, str], ...]  # (field, link) of every relative link found


def _strip_paragraph(html: str) -> str:
    return html.removeprefix("<p>").removesuffix("</p>")


# Converted questions are also kept on disk, by a hash of their content, of the converter's
# settings and of the code that converts them, so that a new build process (`mkdocs build`, a test
# build) converts only the questions that changed since any earlier build on this machine.
# ML_PREP_CACHE=off turns this off (a clean build); ML_PREP_CACHE=<folder> puts it elsewhere.
CACHE_ENV = "ML_PREP_CACHE"
_DEFAULT_CACHE = Path(__file__).resolve().parent.parent / ".cache" / "questions"


def _cache_dir() -> Path | None:
    setting = os.environ.get(CACHE_ENV, "")
    return None if setting == "off" else Path(setting) if setting else _DEFAULT_CACHE


@lru_cache(maxsize=1)
def _code_version() -> str:
    """What the HTML of a question depends on besides its text: this code and the libraries."""
    import pymdownx

    here = Path(__file__).resolve().parent
    digest = hashlib.sha256()
    for name in ("fragments.py", "render.py", "markdown_ext.py"):
        digest.update((here / name).read_bytes())
    digest.update(f"{markdown.__version__} {pymdownx.__version__}".encode())
    return digest.hexdigest()


def _disk_key(fr: FragmentRenderer, q) -> str:
    return hashlib.sha256(f"{_code_version()}\0{fr.key}\0{q!r}".encode()).hexdigest()


def _from_disk(path: Path) -> QuestionParts | None:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return QuestionParts(
        data["title"], data["short_answer"], data["answer"], data["key_points"], tuple(data["key_point_items"]),
        data["example"], data["pitfalls"], tuple(map(tuple, data["follow_ups"])), tuple(map(tuple, data["references"])),
        tuple(map(tuple, data["relative_links"])),
    )


def _to_disk(path: Path, parts: QuestionParts) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        partial = path.with_suffix(f".{os.getpid()}.tmp")
        partial.write_text(json.dumps(dataclasses.asdict(parts), ensure_ascii=False), encoding="utf-8")
        os.replace(partial, path)
    except OSError:
        pass  # a read-only checkout builds all the same


def question_parts(fr: FragmentRenderer, q, split_follow_up, bullets, one_line) -> QuestionParts:
    """All of a question's Markdown converted in one pass (a conversion has a fixed cost that
    dwarfs a short field's), cached for the life of the renderer and on disk."""
    key = ("question", q)
    hit = fr._cache.get(key)
    if hit is not None:
        return hit
    folder = _cache_dir()
    stored = folder / f"{_disk_key(fr, q)}.json" if folder else None
    hit = _from_disk(stored) if stored else None
    if hit is not None:
        fr._cache[key] = hit
        return hit
    follow = [split_follow_up(item) for item in q.follow_ups]
    fields = [
        ("title", one_line(q.question)),
        ("short_answer", q.short_answer),
        ("answer", q.answer),
        ("key_points", bullets(q.key_points) if q.key_points else ""),
        *(("key_points", one_line(k)) for k in q.key_points),
        ("example", q.example or ""),
        ("pitfalls", bullets(q.pitfalls) if q.pitfalls else ""),
        *(item for asked, answer in follow for item in (("follow_ups", one_line(asked)), ("follow_ups", answer or ""))),
        *(item for r in q.references for item in (("references", r.title), ("references", one_line(r.why)))),
    ]
    texts = [text.strip("\n") for _, text in fields]
    joined = fr.convert(f"\n\n{_SEPARATOR}\n\n".join(t if t.strip() else "&nbsp;" for t in texts))
    pieces = joined.html.split(_SEPARATOR_HTML)
    if len(pieces) == len(texts):
        htmls = [p.strip("\n") if t.strip() else "" for p, t in zip(pieces, texts)]
        found = [(name, link) for name, text in fields for link in fr.convert(text).relative_links] if joined.relative_links else []
    else:  # a part did not close (an open code fence, say): convert each on its own
        converted = [fr.convert(t) if t.strip() else Fragment("", ()) for t in texts]
        htmls = [c.html for c in converted]
        found = [(name, link) for (name, _), c in zip(fields, converted) for link in c.relative_links]
    it = iter(htmls)
    title, short, answer, keys = next(it), next(it), next(it), next(it)
    key_items = tuple(_strip_paragraph(next(it)) for _ in q.key_points)
    example, pitfalls = next(it), next(it)
    follow_html = tuple((_strip_paragraph(next(it)), next(it)) for _ in follow)
    refs = tuple((_strip_paragraph(next(it)), _strip_paragraph(next(it))) for _ in q.references)
    parts = QuestionParts(_strip_paragraph(title), short, answer, keys, key_items, example, pitfalls, follow_html, refs, tuple(found))
    fr._cache[key] = parts
    if stored:
        _to_disk(stored, parts)
    return parts
