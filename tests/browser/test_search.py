"""Search in real Chromium against the real build, from disk and over http: a word anywhere in an
answer finds its question among the first results and lands on it, open; words next to
punctuation are found; hostile queries show results or "no results", never an error; old
addresses of moved questions still lead to them."""

from __future__ import annotations

import re

import pytest

from tests.browser.conftest import watch
from tests.conftest import home_page

pytestmark = pytest.mark.browser

# Query -> the question that answers it. Each query is a word (or two) that appears only inside
# that question's answer, not in its title, or a word written next to punctuation.
QUERIES = {
    "perplexity": "what-is-a-language-model",
    "McNemar": "comparing-two-models",
    "Chinchilla": "scaling-laws",
    "VIF": "multicollinearity",
    "FlashAttention": "flashattention-io-awareness",
    "silhouette": "choosing-number-of-clusters",
    "canary release": "deploy-models-in-production",
    "(RAG)": "retrieval-augmented-generation",
    "BPE,": "tokenization-bpe",
    "t-SNE": "tsne-umap-vs-pca",
    "L1/L2": "l1-vs-l2-regularization",
    "p-value": "p-values-and-statistical-power",
    "Kneser-Ney": "what-is-a-language-model",
    "Bessel": "estimator-bias-bessel-correction",
    "LambdaMART": "learning-to-rank",
    "PagedAttention": "kv-cache",
    "Mann-Whitney": "classification-metrics-from-scratch",
    "OOB": "random-forest",
    "Dice": "semantic-vs-instance-segmentation",
    "InfoNCE": "contrastive-self-supervised-learning",
    "Little's law": "serving-capacity-littles-law",
    "Triton": "docker-kubernetes-model-serving",
    "MICE": "handling-missing-values",
    "nucleus": "decoding-strategies",
    "dying ReLU": "activation-functions",
    "UCB": "exploration-exploitation-bandits",
    "Platt": "probability-calibration",
    "BPR": "implicit-vs-explicit-feedback",
    "Ward": "hierarchical-clustering",
    "QLoRA": "lora-peft",
    "ALiBi": "positional-encodings",
    "Xavier": "weight-initialization",
    "Huber": "handling-outliers",
    "CUPED": "cuped-variance-reduction",
    "Benjamini-Hochberg": "multiple-testing-corrections",
    "epsilon-greedy": "exploration-exploitation-bandits",
    "GQA": "mqa-gqa-mla",
    "DPO": "rlhf-vs-dpo",
    "HNSW": "ann-index-hnsw-ivf-pq",
    "DeLong": "auc-confidence-interval",
    "McCrary": "regression-discontinuity",
    "NMF": "eckart-young-low-rank-approximation",
    "Bradley-Terry": "reward-model-bradley-terry",  # named in three titles; those three rank first
    "k-NN": "k-nearest-neighbors",
    "log-sum-exp": "softmax-cross-entropy-numerical-stability",
    "skip-gram": "word-embeddings",
}

HOSTILE = ["<script>window.__pwnedSearch=1</script>", "(", "[", "*", "\\", "a(b[c*d\\e", "x" * 500, "+-~^:"]


def open_search(page, root):
    page.goto(root + "index.html", wait_until="load")
    page.keyboard.press("/")  # Material's search shortcut


def search(page, query: str) -> list[str]:
    """The question (or drill) ids of the results, in the order shown."""
    box = page.locator("input.md-search__input")
    meta = page.locator(".md-search-result__meta")
    # Material reads the box on each key release. Clearing it first shows the placeholder, so the
    # next results to appear are those of the whole query, typed in at once, and of nothing else.
    box.fill("")
    box.press("End")
    page.wait_for_function("() => /Type to start/.test(document.querySelector('.md-search-result__meta').textContent)", timeout=60000)
    box.fill(query)
    box.press("End")
    page.wait_for_function(
        "() => !/Type to start|Initializing/.test(document.querySelector('.md-search-result__meta').textContent)",
        timeout=20000,
    )
    assert meta.is_visible()
    hrefs = page.eval_on_selector_all(".md-search-result__list a.md-search-result__link", "as => as.map(a => a.getAttribute('href'))")
    # Each question's result leads to its stable address q/<id>.html, which forwards to its page.
    return [m.group(1) for h in hrefs for m in [re.search(r"q/([a-z0-9-]+)\.html", h)] if m]


def test_every_query_finds_its_question_in_the_first_three(page, questions, site_root):
    ids = {q.id for q in questions}
    assert set(QUERIES.values()) <= ids, set(QUERIES.values()) - ids
    assert len(QUERIES) >= 40
    w = watch(page, site_root)
    open_search(page, site_root)
    missed = {}
    for query, expected in QUERIES.items():
        found = search(page, query)
        if expected not in found[:3]:
            missed[query] = (expected, found[:5])
    assert not missed, missed
    assert not w.foreign and not w.errors


def test_a_result_lands_on_its_question_opens_it_and_highlights_the_word(page, questions, site_root):
    q = next(q for q in questions if q.id == "comparing-two-models")
    open_search(page, site_root)
    assert search(page, "McNemar")[0] == q.id
    page.locator(f".md-search-result__list a.md-search-result__link[href*='q/{q.id}.html']").first.click()
    page.wait_for_function(
        "([path, hash]) => location.pathname.endsWith(path) && location.hash === hash",
        arg=["/" + home_page(questions, q.id), f"#{q.id}"],
    )
    details = page.locator(f"details[data-id='{q.id}']")
    page.wait_for_function(f"(d => !!d && d.open)(document.querySelector(\"details[data-id='{q.id}']\"))")
    # Material's search.highlight marks the word once the page has read ?h= (it may follow the open)
    details.locator("mark").filter(has_text="McNemar").first.wait_for(timeout=10000)
    assert page.locator(f"h3#{q.id}").evaluate("h => h.getBoundingClientRect().top") < 400


def test_a_hyphenated_word_is_also_looked_for_joined_up_and_nothing_else_changes(page, site_root):
    open_search(page, site_root)
    sent = page.evaluate("q => MLIP.searchQuery(q)", "Log-Sum-Exp (RAG) t-SNE, +-~^: k-")
    assert sent == "logsumexp^10 Log-Sum-Exp (RAG) t-SNE, +-~^: k-"  # "t-SNE," is not a word on its own
    # the joined form finds an answer that writes the term as one word
    assert any("pretraining" in q for q in search(page, "pre-training")[:3])


def test_a_drill_is_found_by_its_title(page, site_root):
    open_search(page, site_root)
    assert "stable-softmax" in search(page, "numerically stable softmax")[:3]


@pytest.mark.parametrize("query", HOSTILE, ids=["script", "paren", "bracket", "star", "backslash", "mixed", "long", "operators"])
def test_hostile_queries_show_results_or_nothing_never_an_error(page, site_root, query):
    errors = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    page.on("console", lambda msg: errors.append(msg.text) if msg.type == "error" else None)
    open_search(page, site_root)
    page.wait_for_function("() => !/Initializing/.test(document.querySelector('.md-search-result__meta').textContent)", timeout=60000)
    box = page.locator("input.md-search__input")
    box.fill(query)
    page.wait_for_timeout(1200)
    meta = page.locator(".md-search-result__meta").inner_text()
    assert meta and ("matching" in meta or "No matching" in meta or "Type to start" in meta), meta
    assert not errors, errors
    assert page.evaluate("typeof window.__pwnedSearch === 'undefined'")
    assert page.locator(".md-search-result script").count() == 0


@pytest.mark.parametrize(
    "old, topic",
    [("topics/nlp-llms.html#kv-cache", "llm-inference"), ("topics/nlp-llms.html#attention-mechanism", "nlp-transformers"),
     ("levels/advanced-2.html#rlhf-vs-dpo", "llm-training")],
)
def test_old_addresses_of_moved_questions_lead_to_them(page, questions, site_root, old, topic):
    qid = old.split("#")[1]
    page.goto(site_root + old, wait_until="load")
    page.wait_for_function(
        "([path, hash]) => location.pathname.endsWith(path) && location.hash === hash",
        arg=["/" + home_page(questions, qid), f"#{qid}"],
    )
    page.wait_for_function(f"(d => !!d && d.open)(document.querySelector(\"details[data-id='{qid}']\"))")


def test_an_old_address_without_a_question_leads_to_the_page_that_replaced_it(page, site_root):
    page.goto(site_root + "topics/nlp-llms.html", wait_until="load")
    page.wait_for_function("location.pathname.endsWith('/topics/index.html')")
