"""What the study tools read in the browser, in two files:

- the catalogue (`window.MLIP_CATALOGUE`): every question's title, level, topic, tags, tracks and
  address, for the home page's counts and the all-questions filters;
- the index (`window.MLIP_INDEX`): the catalogue plus each question's short answer, key points and
  follow-ups, for practice and the mock interview. It is most of the weight (about 1.5 MB against
  0.3 MB), so pages that only count or list questions never load it.

Both are scripts that set a global, not JSON files: pages opened from disk (file://) may load
scripts but may not fetch files."""

from __future__ import annotations

import json

from .model import LEVELS, TOPICS, Question
from .pages import QuestionPage, built_path, home_of
from .render import LEVEL_TITLES, TOPIC_TITLES, parts_of
from .tracks import TRACKS, tracks_of

PATH = "assets/javascripts/questions-index.js"
CATALOGUE_PATH = "assets/javascripts/questions-catalogue.js"


def _entry(q: Question, parts, url: str) -> dict:
    """A question as the lists and counts see it."""
    return {
        "id": q.id,
        "title": parts.title,
        "text": q.question,
        "level": q.level,
        "topic": q.topic,
        "tags": list(q.tags),
        "core": q.core,
        "tracks": tracks_of(q),
        "meta": f"{LEVEL_TITLES[q.level]} · {TOPIC_TITLES[q.topic]}",
        "url": url,
    }


def _answers(parts) -> dict:
    """What practice and the mock interview show of a question beyond its catalogue entry."""
    return {
        "short": parts.short_answer,
        "keys": parts.key_points,
        # The mock interview's checklist and follow-up prompts.
        "points": list(parts.key_point_items),
        "follow": [list(pair) for pair in parts.follow_ups],
    }


def _script(name: str, questions: list[dict]) -> str:
    data = {
        "levels": [{"slug": c.slug, "title": c.title} for c in LEVELS],
        "topics": [{"slug": c.slug, "title": c.title} for c in TOPICS],
        "tracks": [{"slug": t.slug, "title": t.title, "description": t.description} for t in TRACKS],
        "questions": questions,
    }
    # "</" is escaped so that no text can close the <script> element that loads this file inline.
    return f"window.{name} = " + json.dumps(data, ensure_ascii=False).replace("</", "<\\/") + ";\n"


def study_files(questions: list[Question], pages: list[QuestionPage], fr) -> dict[str, str]:
    """The catalogue and the index, by path. `fr`: the site's fragment renderer
    (macros/fragments.py), whose HTML the pages show too."""
    home = home_of(pages)
    parts = {q.id: parts_of(fr, q) for q in questions}
    catalogue = [_entry(q, parts[q.id], built_path(home[q.id]) + f"#{q.id}") for q in questions]
    return {
        CATALOGUE_PATH: _script("MLIP_CATALOGUE", catalogue),
        PATH: _script("MLIP_INDEX", [{**entry, **_answers(parts[entry["id"]])} for entry in catalogue]),
    }
