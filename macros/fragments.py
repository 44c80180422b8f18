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

from dataclasses import dataclass
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
