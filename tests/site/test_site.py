"""The real site, built with `mkdocs build --strict`, inspected with an HTML parser."""

from __future__ import annotations

import json
import re
import subprocess
from collections import Counter
from urllib.parse import urlparse

import pytest
import yaml

from macros import model, pages, redirects
from tests.conftest import ROOT, home_page, parse_html
from tests.seed_items import SEED_FAQ_FIGURES, SEED_QUESTIONS, SEED_SECTIONS


def question_blocks(site, kind: str):
    """(page path, <details> element) for every question on the topic or level pages."""
    for html in sorted((site / f"{kind}s").glob("*.html")):
        for details in parse_html(html).select("details.qa"):
            yield html, details


def test_every_question_is_on_its_topic_page_once_inside_a_closed_details(built_site, questions):
    seen = Counter()
    for html, details in question_blocks(built_site, "topic"):
        assert not details.has_attr("open"), f"{details['data-id']} is open on {html.name}"
        heading = details.select_one("summary h3")
        assert heading["id"] == details["data-id"]
        seen[heading["id"]] += 1
    assert seen == Counter(q.id for q in questions)


def test_level_pages_list_each_of_their_questions_once_linking_to_its_answer(built_site, questions):
    seen = Counter()
    for html in sorted((built_site / "levels").glob("*.html")):
        page = parse_html(html)
        assert not page.select("details.qa")  # compact: titles only
        for link in page.select("article a.level-question"):
            qid = link["data-id"]
            q = next(q for q in questions if q.id == qid)
            assert html.stem.startswith(q.level) and link["href"] == f"../{home_page(questions, qid)}#{qid}"
            seen[qid] += 1
    assert seen == Counter(q.id for q in questions)


def test_question_pages_show_level_topic_and_answer_parts(built_site, questions):
    page = parse_html(built_site / "topics" / f"{questions[0].topic}.html")
    details = page.select_one(f"details.qa[data-id={questions[0].id}]")
    summary_text = details.select_one("summary").get_text(" ")
    assert questions[0].question.split()[0] in summary_text
    assert model.LEVELS[[c.slug for c in model.LEVELS].index(questions[0].level)].title in summary_text
    labels = [p.select_one("p strong").get_text() for p in details.select(".answer-part")]
    assert labels[:2] == ["Short answer", "Full answer"]
    # the permalink is in the answer: a link inside <summary> would be a second control there
    assert details.select_one("summary a") is None
    assert details.select_one(".question-links a.question-permalink")["href"] == f"{questions[0].topic}.html#{questions[0].id}"


def test_home_counts_are_computed_from_the_data(built_site, questions):
    home = parse_html(built_site / "index.html")
    table = home.select_one("table")
    rows = {tr.select("td")[0].get_text(strip=True): [td.get_text(strip=True) for td in tr.select("td")[1:]] for tr in table.select("tbody tr")}
    for topic in model.TOPICS:
        counts = [str(sum(1 for q in questions if q.topic == topic.slug and q.level == lvl.slug)) for lvl in model.LEVELS]
        total = str(sum(1 for q in questions if q.topic == topic.slug))
        assert rows[topic.title] == counts + [total]
    assert rows["All topics"][-1] == str(len(questions))
    assert f"{len(questions)} questions" in home.get_text()


def test_every_seed_question_is_present_at_its_level(built_site, questions):
    by_id = {q.id: q for q in questions}
    for qid, (text, level) in SEED_QUESTIONS.items():
        assert qid in by_id, f"seed question {qid} missing"
        assert by_id[qid].question == text and by_id[qid].level == level
        page = parse_html(built_site / "topics" / f"{by_id[qid].topic}.html")
        assert page.select_one(f"h3#{qid}").get_text().startswith(text)


@pytest.mark.parametrize("path", sorted(SEED_SECTIONS))
def test_every_seed_tip_mistake_and_faq_is_a_section(built_site, path):
    page = parse_html(built_site / path)
    headings = [h.get_text().replace("¶", "").strip() for h in page.select("article h2")]
    expected = SEED_SECTIONS[path]
    assert [h for h in headings if h in expected] == expected
    for h2 in page.select("article h2"):
        if h2.get_text().replace("¶", "").strip() in expected:
            words = []
            for sib in h2.find_next_siblings():
                if sib.name == "h2":
                    break
                words += sib.get_text(" ").split()
            assert len(words) >= 80, f"section '{h2.get_text()}' on {path} has only {len(words)} words"


def test_faq_keeps_the_source_figures_and_says_where_they_come_from(built_site):
    text = parse_html(built_site / "prepare" / "faq.html").select_one("article").get_text(" ")
    for figure in SEED_FAQ_FIGURES:
        assert figure in text
    assert "source article" in text.lower()


def test_search_index_holds_every_question_once_at_its_topic_page(built_site, questions):
    index = json.loads((built_site / "search" / "search_index.json").read_text())
    locations = Counter(doc["location"] for doc in index["docs"])
    for q in questions:
        assert locations[f"q/{q.id}.html"] == 1, q.id
        forward = (built_site / "q" / f"{q.id}.html").read_text()  # the stable address leads to the question
        assert f'"../{home_page(questions, q.id)}" + location.search + "#{q.id}"' in forward
    assert not any(loc.startswith(("levels/", "print-edition", "questions")) and loc != "levels/index.html" for loc in locations)
    assert all(count == 1 for count in locations.values()), [loc for loc, n in locations.items() if n > 1]
    # the offline plugin inlines the index for file:// use
    assert (built_site / "search" / "search_index.js").read_text().startswith("var __index = ")


def _words(text: str) -> list[str]:
    return re.findall(r"[A-Za-z]{6,}", text)


def test_search_entry_holds_every_part_of_an_answer_as_plain_text(built_site, questions):
    index = json.loads((built_site / "search" / "search_index.json").read_text())
    by_location = {doc["location"]: doc for doc in index["docs"]}
    for q in questions:
        entry = by_location[f"q/{q.id}.html"]
        assert entry["title"] == " ".join(q.question.split()) or "$" in q.question or "`" in q.question
        assert set(entry["tags"]) == {t.replace("-", " ") for t in q.tags}
        parts = [q.short_answer, q.answer, *q.key_points, *q.pitfalls, *q.follow_ups]
        for part in parts:
            prose = re.sub(r"```.*?```|\$\$.*?\$\$|\$[^$]*\$|`[^`]*`|\[[^\]]*\]\([^)]*\)", " ", part, flags=re.S)
            for word in _words(prose)[:3]:
                assert word in entry["short"] + " " + entry["text"], (q.id, word)
        assert entry["short"] and entry["short"] not in entry["text"]  # once, in its own boosted field


def test_no_search_entry_holds_raw_latex_or_markup(built_site):
    index = json.loads((built_site / "search" / "search_index.json").read_text())
    for doc in index["docs"]:
        generated = doc["location"].startswith("q/")
        for field in ("title", "text", "short"):
            value = doc.get(field, "")
            for raw in ("\\(", "\\)", "\\[", "\\]", "$$", "\\frac", "\\mathrm"):
                assert raw not in value, (doc["location"], field, raw)
            if generated:  # (Material keeps the HTML of hand-written pages and renders it in results)
                for raw in ("<p>", "<code>", "```"):
                    assert raw not in value, (doc["location"], field, raw)
    assert "Report a problem" not in json.dumps(index)


def test_no_page_holds_more_than_the_bound(built_site):
    for kind in pages.KINDS:
        for html in (built_site / f"{kind}s").glob("*.html"):
            assert len(parse_html(html).select("details.qa")) <= pages.MAX_QUESTIONS_PER_PAGE


def test_every_page_is_under_one_megabyte(built_site):
    sizes = {str(p.relative_to(built_site)): p.stat().st_size for p in built_site.rglob("*.html")}
    assert max(sizes.values()) <= 1_000_000, sorted(sizes.items(), key=lambda kv: kv[1])[-3:]
    assert "print-edition-2.html" in sizes  # the guide's print edition was split to get there


def test_no_page_loads_anything_from_another_host(built_site):
    for html in built_site.rglob("*.html"):
        soup = parse_html(html)
        for tag, attr in (("script", "src"), ("link", "href"), ("img", "src"), ("iframe", "src"), ("source", "src")):
            for el in soup.find_all(tag):
                url = el.get(attr)
                if not url or (tag == "link" and "stylesheet" not in el.get("rel", []) and "preconnect" not in el.get("rel", [])):
                    continue
                assert not urlparse(url).netloc, f"{html.relative_to(built_site)} loads {url}"
    for css in built_site.rglob("*.css"):
        for url in re.findall(r"url\(([^)]+)\)", css.read_text(encoding="utf-8")):
            url = url.strip("'\" ")
            assert url.startswith("data:") or "//" not in url, f"{css.name} loads {url}"


def test_offline_shim_math_and_highlighting_are_bundled_with_their_licences(built_site):
    home = parse_html(built_site / "index.html")
    scripts = [s.get("src", "") for s in home.find_all("script")]
    assert "assets/vendor/iframe-worker/iframe-worker-shim.js" in scripts
    assert "assets/javascripts/typeset.js" in scripts
    # typeset.js loads KaTeX and highlight.js from assets/vendor/ when a page needs them.
    loaded = re.findall(r'load\("([^"]+)"\)', (built_site / "assets" / "javascripts" / "typeset.js").read_text())
    assert {"katex/katex.min.js", "katex/katex.min.css", "highlight/highlight.min.js"} <= set(loaded)
    for file in loaded:
        assert (built_site / "assets" / "vendor" / file).is_file(), file
    for vendored in ("katex", "iframe-worker", "highlight"):
        assert (built_site / "assets" / "vendor" / vendored / "LICENSE").is_file()
    # every font the KaTeX stylesheet names is shipped
    css = (built_site / "assets" / "vendor" / "katex" / "katex.min.css").read_text()
    for font in re.findall(r"url\((fonts/[^)]+)\)", css):
        assert (built_site / "assets" / "vendor" / "katex" / font).is_file(), font


# Renders each formula with the site's own KaTeX, as the browser will; prints the ones it rejects.
KATEX_CHECK = """
const katex = require(process.argv[1]);
const rejected = [];
for (const [tex, display, where] of JSON.parse(require("fs").readFileSync(0, "utf8"))) {
  try { katex.renderToString(tex, { displayMode: display, throwOnError: true }); }
  catch (e) { rejected.push(`${where}: ${tex} -- ${e.message}`); }
}
console.log(JSON.stringify(rejected));
"""


def test_every_formula_on_the_site_is_one_katex_can_typeset(built_site):
    """A formula KaTeX rejects shows as red source in the reader's browser (e.g. `B_\\max`, where
    `B_{\\max}` was meant); checked here for every page at once, with the bundled KaTeX."""
    formulas = {}
    for html in sorted(built_site.rglob("*.html")):
        if redirects.is_forwarding(html.relative_to(built_site).as_posix()):
            continue
        for el in parse_html(html).select(".arithmatex"):
            text = el.get_text().strip()
            display = text.startswith("\\[")
            assert text[:2] in ("\\(", "\\[") and text[-2:] in ("\\)", "\\]"), f"{html.name}: {text[:80]}"
            where = el.find_parent(attrs={"data-id": True})
            formulas.setdefault((text[2:-2], display), f"{html.name} {where['data-id'] if where else ''}".strip())
    assert len(formulas) > 500
    katex = built_site / "assets" / "vendor" / "katex" / "katex.min.js"
    payload = json.dumps([[tex, display, where] for (tex, display), where in formulas.items()])
    run = subprocess.run(["node", "-e", KATEX_CHECK, str(katex)], input=payload, capture_output=True, text=True, check=True)
    rejected = json.loads(run.stdout)
    assert not rejected, "\n".join(rejected)


def test_every_script_is_deferred_and_runs_in_the_configured_order(built_site):
    """Pages paint before their scripts run; the shim still runs before Material's bundle, and the
    guide's scripts after it, in the order mkdocs.yml lists them."""
    config = yaml.safe_load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"))
    expected = [*config["extra"]["polyfills"], "assets/javascripts/bundle.", *config["extra_javascript"]]
    for html in built_site.rglob("*.html"):
        if redirects.is_forwarding(html.relative_to(built_site).as_posix()):
            continue  # a page that only forwards: one inline script that sends the reader on
        scripts = parse_html(html).find_all("script", src=True)
        assert all(script.has_attr("defer") for script in scripts), html.relative_to(built_site)
        # the path from assets/ on: pages link relatively, the 404 page from the site's root
        sources = ["assets/" + script["src"].split("/assets/", 1)[-1].removeprefix("assets/") for script in scripts]
        assert len(sources) == len(expected), html.relative_to(built_site)
        for source, wanted in zip(sources, expected):
            assert source.startswith(wanted), f"{html.relative_to(built_site)}: {source} where {wanted} belongs"


def test_math_is_marked_for_the_bundled_engine(built_site, questions):
    with_math = [q for q in questions if "$" in q.answer]
    assert with_math, "the guide has formulas"
    page = parse_html(built_site / "topics" / f"{with_math[0].topic}.html")
    assert page.select(f"details[data-id={with_math[0].id}] .arithmatex")


def test_theme_settings(built_site):
    home = parse_html(built_site / "index.html")
    assert home.select_one('meta[name="description"]')["content"].startswith("Machine-learning interview questions")
    assert home.select_one("a.md-source")["href"].startswith("https://github.com/")
    assert home.select('input[data-md-color-scheme]') or home.select("form[data-md-component=palette]")
    config = json.loads(home.select_one("script#__config").get_text())
    assert {"search.suggest", "search.highlight", "content.code.copy"} <= set(config["features"])


def test_every_page_of_the_nav_exists(built_site):
    home = parse_html(built_site / "index.html")
    for link in home.select("nav.md-nav--primary a.md-nav__link[href]"):
        href = link["href"].split("#")[0]
        if href:
            assert (built_site / href).is_file(), href


def test_mkdocs_watches_data_and_macros():
    import yaml

    config = yaml.load((ROOT / "mkdocs.yml").read_text(), Loader=yaml.BaseLoader)
    assert {"data", "macros"} <= set(config["watch"])


def _generated_script(path, name: str) -> dict:
    text = path.read_text(encoding="utf-8")
    assert text.startswith(f"window.{name} = ") and text.endswith(";\n")
    return json.loads(text[len(f"window.{name} = "):-2])


def test_the_catalogue_lists_every_question_without_its_answers_and_the_index_adds_them(built_site, questions):
    scripts = built_site / "assets" / "javascripts"
    catalogue = _generated_script(scripts / "questions-catalogue.js", "MLIP_CATALOGUE")
    index = _generated_script(scripts / "questions-index.js", "MLIP_INDEX")
    assert [q["id"] for q in catalogue["questions"]] == [q["id"] for q in index["questions"]] == [q.id for q in questions]
    for light, full in zip(catalogue["questions"], index["questions"]):
        assert {k: full[k] for k in light} == light  # the index is the catalogue plus the answers
        assert not {"short", "keys", "points", "follow"} & set(light) and full["short"]
    assert {k: v for k, v in catalogue.items() if k != "questions"} == {k: v for k, v in index.items() if k != "questions"}
