"""Synthetic question sets of any size that pass the real schema.

Each synthetic question is shaped like a real answer (about 200 words, inline and display math,
a Python block, key points, pitfalls, follow-ups, related questions, a reference), so build cost
and page weight scale like the real guide's. The real guide's seed questions keep their ids and
topics, because hand-written pages link to them."""

from __future__ import annotations

import random

import yaml

from macros.model import LEVELS, TOPICS, load_questions
from tests.seed_items import SEED_QUESTIONS

WORDS = (
    "model data feature gradient loss training validation bias variance regularisation sample estimate "
    "metric threshold latency throughput embedding ranking retrieval drift label signal baseline error"
).split()


def _text(rng: random.Random, n: int) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(n)).capitalize() + "."


def synthetic_question(i: int, qid: str, topic: str, level: str, related: list[str], rng: random.Random) -> dict:
    paragraphs = [_text(rng, 60) for _ in range(3)]
    return {
        "id": qid,
        "question": f"Synthetic question {i}: how does {rng.choice(WORDS)} affect {rng.choice(WORDS)}?",
        "level": level,
        "topic": topic,
        "tags": [rng.choice(WORDS), "synthetic"],
        "short_answer": _text(rng, 40),
        "answer": (
            f"{paragraphs[0]} With $\\eta$ the step size, $\\theta \\leftarrow \\theta - \\eta \\nabla L$.\n\n"
            f"$$\nL(\\theta) = \\frac{{1}}{{n}} \\sum_{{i=1}}^{{n}} (y_i - \\hat y_i)^2\n$$\n\n"
            f"{paragraphs[1]}\n\n{paragraphs[2]}\n"
        ),
        "key_points": [_text(rng, 12) for _ in range(4)],
        "example": f"```python\nimport numpy as np\nx = np.arange({i % 7 + 3})\nassert x.sum() == {sum(range(i % 7 + 3))}\n```\n",
        "pitfalls": [_text(rng, 15) for _ in range(3)],
        "follow_ups": [_text(rng, 15) for _ in range(2)],
        "related": related,
        "references": [{"title": "Hastie, Tibshirani, Friedman. The Elements of Statistical Learning (2009)", "why": "Background."}],
    }


def generate(n: int, seed: int = 0) -> dict:
    """A document of n questions (n >= the number of seed questions)."""
    rng = random.Random(seed)
    real_topic = {q.id: q.topic for q in load_questions()}
    fixed = [(qid, real_topic[qid], level) for qid, (_, level) in SEED_QUESTIONS.items()]
    ids = [qid for qid, _, _ in fixed] + [f"synthetic-{i:05d}" for i in range(len(fixed), n)]
    questions = []
    for i, qid in enumerate(ids):
        if i < len(fixed):
            _, topic, level = fixed[i]
        else:
            topic, level = TOPICS[i % len(TOPICS)].slug, LEVELS[(i // len(TOPICS)) % len(LEVELS)].slug
        related = [ids[(i + 1) % n], ids[(i + 7) % n]] if n > 8 else []
        questions.append(synthetic_question(i, qid, topic, level, [r for r in related if r != qid], rng))
    return {"format_version": 1, "questions": questions}


def write(n: int, path) -> None:
    path.write_text(yaml.safe_dump(generate(n), sort_keys=False, allow_unicode=True), encoding="utf-8")
