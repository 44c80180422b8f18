"""The guide's content, asserted from the data: coverage, completeness and no near-duplicates."""

from __future__ import annotations

import difflib
import re
from collections import Counter
from itertools import combinations

from macros import model
from macros.codeblocks import question_code_blocks
from tests.seed_items import SEED_QUESTIONS

DESIGN_STEPS = [
    "Clarify requirements and metrics",
    "Data and labels",
    "Features",
    "Model choice and baseline",
    "Offline evaluation",
    "Online evaluation",
    "Serving",
    "Monitoring, drift and iteration",
]


def words(text: str) -> int:
    return len(text.split())


LLM_TOPICS = ("nlp-transformers", "llm-training", "llm-inference", "llm-applications", "generative-multimodal")


def test_at_least_500_questions(questions):
    assert len(questions) >= 500


def test_every_topic_has_10_questions_at_every_level(questions):
    per_topic = Counter(q.topic for q in questions)
    levels = {(q.topic, q.level) for q in questions}
    for topic in model.TOPICS:
        assert per_topic[topic.slug] >= 10, topic.slug
        for level in model.LEVELS:
            assert (topic.slug, level.slug) in levels, (topic.slug, level.slug)


def test_llm_topics_hold_150_questions_at_least_25_each(questions):
    per_topic = Counter(q.topic for q in questions)
    assert set(LLM_TOPICS) <= {t.slug for t in model.TOPICS}
    assert sum(per_topic[t] for t in LLM_TOPICS) >= 150
    assert all(per_topic[t] >= 25 for t in LLM_TOPICS), {t: per_topic[t] for t in LLM_TOPICS}


def test_at_least_130_questions_per_level(questions):
    per_level = Counter(q.level for q in questions)
    assert all(per_level[lvl.slug] >= 130 for lvl in model.LEVELS), per_level


def test_the_core_set_holds_60_to_120_questions_across_topics(questions):
    core = [q for q in questions if q.core]
    assert 60 <= len(core) <= 120, len(core)
    assert len({q.topic for q in core}) >= 12
    assert sum(q.level == "advanced" for q in core) < len(core) / 3  # must-know means fundamentals


def test_every_answer_is_complete(questions):
    for q in questions:
        assert words(q.answer) >= 150, f"{q.id}: answer has {words(q.answer)} words"
        assert 3 <= len(q.key_points) <= 6, f"{q.id}: {len(q.key_points)} key points"
        assert q.example, f"{q.id}: no example"
        assert q.pitfalls and q.follow_ups, f"{q.id}: pitfalls and follow-ups"
        assert q.related, f"{q.id}: no related questions"


def test_seed_answers_are_full(questions):
    by_id = {q.id: q for q in questions}
    for qid in SEED_QUESTIONS:
        q = by_id[qid]
        assert words(q.answer) >= 150 and q.pitfalls and q.example, qid


def test_seed_specifics(questions):
    by_id = {q.id: q for q in questions}
    for qid in ("gradient-descent", "confusion-matrix"):
        assert any("numpy" in b.source for b in question_code_blocks(by_id[qid])), qid
    attention = by_id["attention-mechanism"]
    assert re.search(r"\\sqrt\{d_k\}", attention.answer) and "$$" in attention.answer
    smote = [b.source for b in question_code_blocks(by_id["smote"])]
    # The seed's line, used as it should be: resampling only training rows (a split, or imblearn's
    # Pipeline inside cross-validation).
    assert any("from imblearn.over_sampling import SMOTE" in s and ("train_test_split" in s or "imblearn.pipeline" in s) for s in smote)


def test_system_design_answers_follow_the_framework(questions):
    designs = [q for q in questions if "system-design" in q.tags]
    assert len(designs) >= 40
    assert sum(q.topic in LLM_TOPICS for q in designs) >= 10
    for q in designs:
        positions = [q.answer.find(step) for step in DESIGN_STEPS]
        assert -1 not in positions, f"{q.id} lacks {DESIGN_STEPS[positions.index(-1)]}"
        assert positions == sorted(positions), f"{q.id}: framework steps out of order"
        assert words(q.answer) >= 350, q.id


def test_from_scratch_implementations_run(questions):
    scratch = [q for q in questions if "from-scratch" in q.tags]
    assert len(scratch) >= 10
    for q in scratch:
        assert any("numpy" in b.source for b in question_code_blocks(q)), q.id


def test_llm_topics_of_today_are_covered(questions):
    tags = {t for q in questions if q.topic in LLM_TOPICS for t in q.tags}
    wanted = {"tokenization", "positional-encoding", "kv-cache", "decoding", "rag", "fine-tuning", "lora",
              "rlhf", "dpo", "quantization", "hallucination", "llm-evaluation"}
    assert wanted <= tags, wanted - tags


def normalise(title: str) -> str:
    return " ".join(re.sub(r"[^a-z0-9 ]", " ", title.lower()).split())


def test_no_near_duplicate_questions(questions):
    titles = [(q.id, normalise(q.question)) for q in questions]
    for (id_a, a), (id_b, b) in combinations(titles, 2):
        matcher = difflib.SequenceMatcher(None, a, b)
        # real_quick_ratio() and quick_ratio() are upper bounds of ratio(): cheap to rule pairs out.
        if matcher.real_quick_ratio() < 0.85 or matcher.quick_ratio() < 0.85:
            continue
        ratio = matcher.ratio()
        assert ratio < 0.85, f"{id_a} and {id_b} look alike ({ratio:.2f})"


def test_at_least_100_drills_spread_over_topics_and_levels():
    from macros import drills

    found, problems = drills.problems(drills.DRILLS_DIR)
    assert not problems and len(found) >= 100, len(found)
    per_level = Counter(d.level for d in found)
    assert all(per_level[lvl.slug] >= len(found) / 4 for lvl in model.LEVELS), per_level
    assert len({d.topic for d in found}) >= 8
