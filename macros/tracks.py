"""Tracks: the sets of questions a kind of role is asked, derived from topics and tags.

A question is on a track if its topic is one of the track's topics or it carries one of the
track's tags. Tracks filter the practice page, the mock interview and the list of all questions.
"""

from __future__ import annotations

from dataclasses import dataclass

from .model import TOPICS, Question


@dataclass(frozen=True)
class Track:
    slug: str
    title: str
    description: str
    topics: frozenset[str]
    tags: frozenset[str] = frozenset()

    def has(self, q: Question) -> bool:
        return q.topic in self.topics or not self.tags.isdisjoint(q.tags)


TRACKS = (
    Track(
        "ml-engineer", "ML engineer", "Modelling, deep learning, system design and production.",
        frozenset({"math-foundations", "supervised-learning", "unsupervised-learning", "evaluation-metrics", "data-features",
                   "deep-learning", "computer-vision", "recommender-systems", "ml-system-design", "mlops", "nlp-transformers"}),
    ),
    Track(
        "data-scientist", "Data scientist", "Statistics, experiments, causal inference, classical ML and forecasting.",
        frozenset({"probability-statistics", "causal-inference", "math-foundations", "supervised-learning",
                   "unsupervised-learning", "evaluation-metrics", "data-features", "time-series"}),
        frozenset({"ab-testing", "experimentation"}),
    ),
    Track(
        "llm-engineer", "LLM / AI engineer", "Transformers, LLM training, serving and applications.",
        frozenset({"nlp-transformers", "llm-training", "llm-inference", "llm-applications", "generative-multimodal"}),
        frozenset({"llm", "rag", "agents"}),
    ),
    Track(
        "mlops", "MLOps", "Deployment, serving, monitoring, data pipelines and ML systems.",
        frozenset({"mlops", "ml-system-design"}),
        frozenset({"deployment", "monitoring", "serving", "drift", "feature-store", "inference", "distributed-training"}),
    ),
)

_TOPIC_SLUGS = {t.slug for t in TOPICS}
assert all(t.topics <= _TOPIC_SLUGS for t in TRACKS), "a track names a topic the schema does not have"


def tracks_of(q: Question) -> list[str]:
    return [t.slug for t in TRACKS if t.has(q)]


def render_track_table(questions: list[Question], practice_link: str) -> str:
    """A Markdown table of the tracks: their topics, question count and a practice link."""
    rows = ["| Track | Topics | Questions | Practise |", "|---|---|---:|---|"]
    for t in TRACKS:
        names = ", ".join(c.title for c in TOPICS if c.slug in t.topics)
        count = sum(t.has(q) for q in questions)
        rows.append(f"| **{t.title}**: {t.description} | {names} | {count} | [practice]({practice_link}?track={t.slug}) |")
    return "\n".join(rows) + "\n"
