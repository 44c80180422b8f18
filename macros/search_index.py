"""The search index entries of the questions, derived from the data instead of scraped from pages.

One entry per question at its canonical anchor: its title is the question; its text is every part
a reader may search for (short answer, full answer, key points, example prose, pitfalls,
follow-ups) as plain text, taken from the HTML the page shows (macros/fragments.py): code blocks
left out (identifiers are noise in a snippet and would double the index), math turned into words a
reader types (`\\mathrm{PPL} = e^{H}` -> `PPL = e H`, `\\theta` -> `theta`). Tags go into the
entry's tags field. Material's search ranks title matches first, then tags, then the text (field
boosts in mkdocs.yml); the short answer leads the text.

Every word written with hyphens is also listed joined up in a field of its own (`compounds`:
"log-sum-exp" -> "logsumexp"). Search splits a query at hyphens and matches each part as a prefix
anywhere, so "log-sum-exp" alone favours answers full of "logistic" or "exploration"; the site's
search-terms.js adds the joined form, boosted, to such a query word, and it matches only the
answers that write the term (or write it as one word: "pretraining" for "pre-training").
"""

from __future__ import annotations

import re
from functools import lru_cache

import lxml.html

from .model import Question

# LaTeX commands that only format their argument or space things out: dropped, argument kept.
_FORMATTING = {
    "mathrm", "mathbf", "mathit", "mathsf", "mathtt", "mathcal", "mathbb", "boldsymbol", "text", "textbf",
    "textit", "operatorname", "left", "right", "big", "Big", "bigg", "Bigg", "frac", "dfrac", "tfrac",
    "displaystyle", "quad", "qquad", "begin", "end", "limits", "hat", "bar", "tilde", "vec", "dot",
    "overline", "underbrace", "overbrace", "mathop", "lvert", "rvert", "lVert", "rVert", "vert", "mid",
    "cdot", "cdots", "ldots", "dots", "tag", "label", "nonumber",
}
_COMMAND = re.compile(r"\\([A-Za-z]+)|\\.")
_MATH_SYNTAX = re.compile(r"[{}^_&$]|\\\\")
_DELIMITERS = re.compile(r"^\\[(\[]|\\[)\]]$")


@lru_cache(maxsize=65536)
def math_words(formula: str) -> str:
    """A formula as the words a reader would type: command names (theta, sum, log) and symbols,
    without markup; formatting commands vanish, their arguments stay (mathrm{PPL} -> PPL)."""
    body = formula.strip()
    body = body[2:-2] if _DELIMITERS.match(body[:2] + body[-2:]) else body
    body = _COMMAND.sub(lambda m: " " if m.group(1) in _FORMATTING or m.group(1) is None else f" {m.group(1)} ", body)
    return " ".join(_MATH_SYNTAX.sub(" ", body).split())


_HYPHENATED = re.compile(r"\b\w+(?:-\w+)+\b")


def compounds(*texts: str) -> str:
    """Every word written with hyphens in the texts, joined up and lower case, once each."""
    return " ".join(dict.fromkeys(m.group(0).lower().replace("-", "") for t in texts for m in _HYPHENATED.finditer(t)))


_DELIMITED = re.compile(r"\\\((.+?)\\\)|\\\[(.+?)\\\]", re.S)


def plain_math(text: str) -> str:
    """Text (or HTML) with every \\( \\) and \\[ \\] formula turned into words."""
    return _DELIMITED.sub(lambda m: math_words(m.group(1) or m.group(2)), text) if "\\" in text else text


@lru_cache(maxsize=16384)
def html_text(html: str) -> str:
    """The text of an HTML fragment on one line: code blocks dropped, math as words."""
    root = lxml.html.fragment_fromstring(html, create_parent="div")
    for pre in root.xpath(".//pre"):
        pre.drop_tree()
    for math in root.find_class("arithmatex"):
        words, tail = math_words(math.text_content()), math.tail
        math.clear()
        math.text, math.tail = f" {words} ", tail
    return " ".join(root.text_content().split())


def question_entry(q: Question, location: str, parts) -> dict:
    """The search entry of one question; `parts` is its HTML (macros/fragments.py QuestionParts)."""
    htmls = [parts.short_answer, parts.answer, parts.key_points, parts.example, parts.pitfalls]
    htmls += [html for pair in parts.follow_ups for html in pair]
    texts = [html_text(h) for h in htmls if h]
    # The short answer has a field of its own (boosted above the rest); the text is everything else.
    title, text = html_text(parts.title), " ".join(texts[1:])
    return {
        "location": location,
        "title": title,
        "short": texts[0],
        "text": text,
        "tags": [t.replace("-", " ") for t in q.tags],
        "compounds": compounds(title, texts[0], text),
    }


def drill_entry(d, location: str, html_of) -> dict:
    """The search entry of one coding drill: its title, its statement and follow-ups as text."""
    title = html_text(html_of(" ".join(d.title.split())))
    text = " ".join([html_text(html_of(d.statement)), *(html_text(html_of(f)) for f in d.follow_ups)])
    return {
        "location": location,
        "title": title,
        "text": text,
        "tags": ["coding drill", *(t.replace("-", " ") for t in d.tags)],
        "compounds": compounds(title, text),
    }
