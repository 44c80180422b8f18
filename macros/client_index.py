"""The question index the study tools read in the browser (practice, filters, progress).

It is a script that sets `window.MLIP_INDEX`, not a JSON file: pages opened from disk (file://)
may load scripts but may not fetch files."""

from __future__ import annotations

import json

from .model import LEVELS, TOPICS, Question
from .pages import QuestionPage, built_path, home_of
from .render import LEVEL_TITLES, TOPIC_TITLES, parts_of
from .tracks import TRACKS, tracks_of

PATH = "assets/javascripts/questions-index.js"


def study_index(questions: list[Question], pages: list[QuestionPage], fr) -> str:
    """`fr`: the site's fragment renderer (macros/fragments.py), whose HTML the pages show too."""
    home = home_of(pages)
    parts = {q.id: parts_of(fr, q) for q in questions}
    data = {
        "levels": [{"slug": c.slug, "title": c.title} for c in LEVELS],
        "topics": [{"slug": c.slug, "title": c.title} for c in TOPICS],
        "tracks": [{"slug": t.slug, "title": t.title, "description": t.description} for t in TRACKS],
        "questions": [
            {
                "id": q.id,
                "title": parts[q.id].title,
                "text": q.question,
                "level": q.level,
                "topic": q.topic,
                "tags": list(q.tags),
                "core": q.core,
                "tracks": tracks_of(q),
                "meta": f"{LEVEL_TITLES[q.level]} · {TOPIC_TITLES[q.topic]}",
                "url": built_path(home[q.id]) + f"#{q.id}",
                "short": parts[q.id].short_answer,
                "keys": parts[q.id].key_points,
                # The mock interview's checklist and follow-up prompts.
                "points": list(parts[q.id].key_point_items),
                "follow": [list(pair) for pair in parts[q.id].follow_ups],
            }
            for q in questions
        ],
    }
    # "</" is escaped so that no text can close the <script> element that loads this file inline.
    return "window.MLIP_INDEX = " + json.dumps(data, ensure_ascii=False).replace("</", "<\\/") + ";\n"
