"""The question index the study tools read in the browser (practice, filters, progress).

It is a script that sets `window.MLIP_INDEX`, not a JSON file: pages opened from disk (file://)
may load scripts but may not fetch files."""

from __future__ import annotations

import json

from .markdown_ext import to_html
from .model import LEVELS, TOPICS, Question
from .pages import QuestionPage, home_of
from .render import LEVEL_TITLES, TOPIC_TITLES, bullets, split_follow_up
from .tracks import TRACKS, tracks_of

PATH = "assets/javascripts/questions-index.js"


def _inline(text: str) -> str:
    html = to_html(text)
    return html.removeprefix("<p>").removesuffix("</p>")


def study_index(questions: list[Question], pages: list[QuestionPage]) -> str:
    home = home_of(pages)
    data = {
        "levels": [{"slug": c.slug, "title": c.title} for c in LEVELS],
        "topics": [{"slug": c.slug, "title": c.title} for c in TOPICS],
        "tracks": [{"slug": t.slug, "title": t.title, "description": t.description} for t in TRACKS],
        "questions": [
            {
                "id": q.id,
                "title": _inline(" ".join(q.question.split())),
                "text": q.question,
                "level": q.level,
                "topic": q.topic,
                "tags": list(q.tags),
                "core": q.core,
                "tracks": tracks_of(q),
                "meta": f"{LEVEL_TITLES[q.level]} · {TOPIC_TITLES[q.topic]}",
                "url": home[q.id].removesuffix(".md") + f".html#{q.id}",
                "short": to_html(q.short_answer),
                "keys": to_html(bullets(q.key_points)) if q.key_points else "",
                # The mock interview's checklist and follow-up prompts.
                "points": [_inline(" ".join(k.split())) for k in q.key_points],
                "follow": [[_inline(" ".join(a.split())), to_html(b) if b else ""] for a, b in map(split_follow_up, q.follow_ups)],
            }
            for q in questions
        ],
    }
    # "</" is escaped so that no text can close the <script> element that loads this file inline.
    return "window.MLIP_INDEX = " + json.dumps(data, ensure_ascii=False).replace("</", "<\\/") + ";\n"
