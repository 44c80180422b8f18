"""Pages the guide no longer has, kept as redirects so that old links still reach their question.

A question keeps its id for good, but the page it lives on can change: a topic split in two, a
level page that no longer comes in parts. Each retired page becomes a small static page that reads
the link's #anchor and sends the reader to the page where that question (or section) is now;
without an anchor, or without JavaScript, it links to the page that replaced it.
"""

from __future__ import annotations

import json
from html import escape

from .pages import built_path, relative_link

# Retired page (as built) -> the page a reader without an anchor should land on instead.
RETIRED_PAGES = {
    # "NLP, Transformers & LLMs" became NLP & Transformer foundations and the three LLM topics.
    "topics/nlp-llms.html": "topics/index.md",
    # Level pages came in parts while they held every answer; they now list titles on one page.
    "levels/beginner-2.html": "levels/beginner.md",
    "levels/intermediate-2.html": "levels/intermediate.md",
    "levels/intermediate-3.html": "levels/intermediate.md",
    "levels/advanced-2.html": "levels/advanced.md",
    "levels/advanced-3.html": "levels/advanced.md",
}


def _forwarding_html(title: str, script: str, href: str, text: str) -> str:
    """A small static page that sends the reader on with `script`, and links `href` without JavaScript."""
    return f"""<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="robots" content="noindex">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{escape(title)}</title>
<script>{script}</script>
</head>
<body>
<p><a href="{escape(href)}">{escape(text)}</a></p>
</body>
</html>
"""


def redirect_page(retired: str, fallback: str, homes: dict[str, str]) -> str:
    """The static page at `retired`: `homes` maps each question id to its page's source path."""
    targets = {qid: relative_link(retired, built_path(src), qid) for qid, src in sorted(homes.items())}
    fallback_url = relative_link(retired, built_path(fallback))
    data = json.dumps(targets, separators=(",", ":")).replace("</", "<\\/")
    script = (
        f"var targets = {data}; var id = decodeURIComponent(location.hash.slice(1));"
        f" location.replace(targets[id] || {json.dumps(fallback_url)} + (id && !targets[id] ? '#' + encodeURIComponent(id) : ''))"
    )
    return _forwarding_html("This page has moved", script, fallback_url, "This page has moved: its questions are on their topic pages.")


def redirect_pages(homes: dict[str, str], existing: set[str]) -> dict[str, str]:
    """Built path -> HTML of every retired page the current build does not produce itself."""
    return {path: redirect_page(path, fallback, homes) for path, fallback in RETIRED_PAGES.items() if path not in existing}


# Every question and drill also has a short stable address, q/<id>.html, that leads to it wherever
# it lives: the search index points there, so that each question is a result of its own (Material
# groups results by page), and the link's ?h= (the searched words, which Material highlights) is
# carried along.
def question_address(qid: str) -> str:
    return f"q/{qid}.html"


def address_page(qid: str, home_src: str) -> str:
    target = relative_link(question_address(qid), built_path(home_src))
    script = f"location.replace({json.dumps(target)} + location.search + {json.dumps('#' + qid)})"
    return _forwarding_html(qid, script, f"{target}#{qid}", "Go to the question")


def is_forwarding(path: str) -> bool:
    """Whether a built page (path from the site root) only forwards the reader elsewhere."""
    return path in RETIRED_PAGES or path.startswith("q/")
