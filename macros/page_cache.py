"""Pages whose Markdown is the same as in the previous build of this process keep their HTML.

Under `mkdocs serve` every edit rebuilds the whole site in one process, and converting the pages'
Markdown (the drill pages, the level lists, the question list) was the largest part of a rebuild,
though an edit to one question changes the Markdown of a page or two. A page's HTML depends on its
Markdown (after the macros), its path, the set of files it can link to and the Markdown settings:
with all of them unchanged, what `Page.render` produced last time is reused. A plain `mkdocs build`
renders each page once, so it is unaffected.
"""

from __future__ import annotations

import copy
import hashlib
from typing import NamedTuple

from mkdocs.structure.pages import Page

MAX_PAGES = 2000  # beyond this, forget the oldest (a page of the guide that changes on every edit)


class Rendered(NamedTuple):
    content: str
    toc: object
    title: str | None
    present_anchor_ids: set[str] | None
    links_to_anchors: dict[str, dict[str, str]] | None  # by the linked file's src_uri


_rendered: dict[str, Rendered] = {}


def settings_key(config, files) -> str:
    """What every page's HTML depends on besides its own Markdown: the files there are to link to
    and the Markdown extensions with their settings."""
    extensions = [e if isinstance(e, str) else type(e).__qualname__ for e in config["markdown_extensions"]]
    parts = [repr(extensions), repr(sorted(config["mdx_configs"].items(), key=lambda kv: kv[0])), *sorted(f.src_uri for f in files)]
    return hashlib.sha256("\0".join(parts).encode("utf-8")).hexdigest()


def render(page: Page, config, files, settings: str) -> None:
    """`page.render(config, files)`, reusing the previous result when nothing it depends on changed."""
    key = hashlib.sha256("\0".join([settings, page.file.src_uri, page.markdown or ""]).encode("utf-8")).hexdigest()
    cached = _rendered.get(key)
    if cached is None:
        Page.render(page, config, files)
        links = {f.src_uri: dict(anchors) for f, anchors in page.links_to_anchors.items()} if page.links_to_anchors is not None else None
        cached = Rendered(page.content, copy.deepcopy(page.toc), page._title_from_render, set(page.present_anchor_ids or ()), links)
        if len(_rendered) >= MAX_PAGES:
            del _rendered[next(iter(_rendered))]
        _rendered[key] = cached
    page.content = cached.content
    page.toc = copy.deepcopy(cached.toc)  # the build adds the questions to a topic page's contents
    page._title_from_render = cached.title
    page.present_anchor_ids = set(cached.present_anchor_ids)
    if cached.links_to_anchors is not None:
        page.links_to_anchors = {files.get_file_from_path(uri): dict(anchors) for uri, anchors in cached.links_to_anchors.items()}
