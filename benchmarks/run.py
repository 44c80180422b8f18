"""Benchmark: build cost per question, the edit loop under `mkdocs serve`, page and search-index
weight, from 200 to 10,000 questions, and Lighthouse on the real site. Run with `./dev.sh bench`
(options: --sizes 200,500 --repeat 3 --edits 3 --no-lighthouse --lighthouse-runs 5 --keep).

For each size it builds, in the same run and alternately, (a) the real configuration with a
synthetic question set and (b) an empty Material site: one short page with the guide's theme
configuration and none of its content (the theme alone). The cost per question is the difference
of their medians over the number of questions. For sizes up to 2,000 it also times the edit loop:
`mkdocs serve` running on the synthetic guide, one question edited, the time until the served page
shows the edit. Lighthouse runs on three pages of the real site and, beside them in the same run,
on the theme alone. Results go to benchmarks/results/ (results.md, results.json, build-time.png)."""

from __future__ import annotations

import argparse
import contextlib
import gzip
import json
import os
import re
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks import synthetic  # noqa: E402
from macros import drills, model, pages  # noqa: E402

RESULTS = ROOT / "benchmarks" / "results"
CHROMIUM_FLAGS = "--headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync --no-first-run"


NO_DRILLS = Path(tempfile.mkdtemp(prefix="bench-no-drills-"))


def env_for(questions: Path, **extra) -> dict:
    """The environment of a build of `questions`; synthetic guides have no drills (the real drills
    name real questions)."""
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1", PYTHONPATH=str(ROOT), **extra)
    env[model.DATA_ENV] = str(questions)
    if questions != model.DATA_PATH:
        env[drills.DRILLS_ENV] = str(NO_DRILLS)
    return env


def build(config: Path, site: Path, env: dict) -> dict:
    out = subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / "build_once.py"), str(config), str(site)],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=3600,
    )
    result = json.loads(out.stdout.strip().splitlines()[-1])
    if result["exit"] != 0:
        raise SystemExit(f"build failed ({config.name}):\n{out.stderr[-3000:]}")
    return result


def site_metrics(site: Path) -> dict:
    pages = list(site.rglob("*.html"))
    sizes = {p: p.stat().st_size for p in pages}
    counts = {p: len(re.findall(r'<details class="qa"|<div class="print-question"', p.read_text(encoding="utf-8"))) for p in pages}
    most = max(pages, key=lambda p: (counts[p], sizes[p]))
    heaviest = max(pages, key=lambda p: sizes[p])
    zip_path = site / "downloads" / "ml-interview-prep-offline.zip"
    counts = {p: counts[p] + len(re.findall(r'class="level-question"', p.read_text(encoding="utf-8"))) for p in pages}
    return {
        "site_bytes": sum(f.stat().st_size for f in site.rglob("*") if f.is_file() and f != zip_path),
        "pages": len(pages),
        "search_index_bytes": (site / "search" / "search_index.json").stat().st_size,
        "search_index_gzip_bytes": len(gzip.compress((site / "search" / "search_index.json").read_bytes(), 9, mtime=0)),
        "most_questions_page": str(most.relative_to(site)),
        "most_questions": counts[most],
        "most_questions_page_bytes": sizes[most],
        "largest_page": str(heaviest.relative_to(site)),
        "largest_page_bytes": sizes[heaviest],
        "offline_zip_bytes": zip_path.stat().st_size,
    }


def bench_size(n: int, repeat: int, edits: int, work: Path, empty_config: Path) -> dict:
    data = work / f"questions-{n}.yml"
    synthetic.write(n, data)
    cache = work / "question-cache"
    build(ROOT / "mkdocs.yml", work / "site-guide", env_for(data, ML_PREP_CACHE=str(cache)))  # fills the cache
    # guide: a clean build, nothing cached; cached: a new build process that finds the questions
    # converted by an earlier build (the on-disk cache of macros/fragments.py); empty: the theme alone.
    runs = {"guide": [], "cached": [], "empty": []}
    for i in range(repeat):  # alternate the variants so that machine noise hits all alike
        runs["guide"].append(build(ROOT / "mkdocs.yml", work / "site-guide", env_for(data, ML_PREP_CACHE="off")))
        runs["cached"].append(build(ROOT / "mkdocs.yml", work / "site-cached", env_for(data, ML_PREP_CACHE=str(cache))))
        runs["empty"].append(build(empty_config, work / "site-empty", env_for(model.DATA_PATH)))
    row = {"questions": n, "builds_per_variant": repeat}
    for variant, results in runs.items():
        row[f"{variant}_seconds"] = statistics.median(r["seconds"] for r in results)
        row[f"{variant}_peak_mb"] = statistics.median(r["peak_mb"] for r in results)
        row[f"{variant}_all_seconds"] = [round(r["seconds"], 3) for r in results]
    row["ms_per_question"] = 1000 * (row["guide_seconds"] - row["empty_seconds"]) / n
    row["cached_ms_per_question"] = 1000 * (row["cached_seconds"] - row["empty_seconds"]) / n
    row.update(site_metrics(work / "site-guide"))
    if edits and n <= 2000:
        row["edit_seconds_all"] = edit_loop(data, work, edits)
        row["edit_seconds"] = statistics.median(row["edit_seconds_all"])
    return row


def edit_loop(data: Path, work: Path, edits: int, env: dict | None = None) -> list[float]:
    """`mkdocs serve` on a question set; each edit changes one question's short answer, and the
    time runs from the write until the served page holding that question shows the new text."""
    import yaml

    doc = yaml.safe_load(data.read_text(encoding="utf-8"))
    target = doc["questions"][-1]
    home = pages.home_of(pages.plan_pages(model.load_questions(data)))[target["id"]]
    page_path = f"ml-interview-prep/{pages.built_path(home)}"
    port = free_port()
    log = (work / "serve.log").open("w")
    server = subprocess.Popen([sys.executable, "-m", "mkdocs", "serve", "-a", f"127.0.0.1:{port}"], cwd=ROOT,
                              env=env or env_for(data), stdout=log, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}/{page_path}"

    def page_has(text: str) -> bool:
        with contextlib.suppress(OSError), urllib.request.urlopen(url, timeout=5) as r:
            return text in r.read().decode("utf-8")
        return False

    times = []
    try:
        deadline = time.monotonic() + 3600
        while not page_has(target["id"]):
            if time.monotonic() > deadline or server.poll() is not None:
                raise SystemExit(f"mkdocs serve did not come up:\n{(work / 'serve.log').read_text()[-3000:]}")
            time.sleep(0.2)
        original = target["short_answer"]
        for i in range(edits):
            marker = f"Editmarker{i}x"
            target["short_answer"] = f"{marker} {original}"
            data.write_text(yaml.safe_dump(doc, sort_keys=False, allow_unicode=True), encoding="utf-8")
            start = time.perf_counter()
            while not page_has(marker):
                if time.perf_counter() - start > 600:
                    raise SystemExit("the edit never reached the served page")
                time.sleep(0.05)
            times.append(round(time.perf_counter() - start, 2))
            time.sleep(1.0)  # let the watcher settle before the next edit
    finally:
        server.terminate()
        server.wait(timeout=30)
        log.close()
    return times


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextlib.contextmanager
def serve(folder: Path, work: Path):
    """The site on 127.0.0.1 as GitHub Pages serves it: compressed (gzip), and .html URLs as they
    are (serve's clean URLs would add a redirect to every page)."""
    config = work / "serve.json"
    config.write_text(json.dumps({"cleanUrls": False}))
    port = free_port()
    binary = ROOT / "benchmarks" / "node_modules" / ".bin" / "serve"
    server = subprocess.Popen(
        [str(binary), "--no-clipboard", "--no-port-switching", "-c", str(config), "-l", f"tcp://127.0.0.1:{port}", str(folder)],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    try:
        for _ in range(100):
            with contextlib.suppress(OSError), socket.create_connection(("127.0.0.1", port), timeout=1):
                break
            time.sleep(0.1)
        yield f"http://127.0.0.1:{port}/"
    finally:
        server.terminate()
        server.wait(timeout=10)


def theme_floor_config(work: Path) -> Path:
    """One short page built with the guide's theme configuration (Material with its palette toggle,
    features and template overrides; search; offline) and nothing of the guide's own: no
    questions, hooks, styles or scripts: the empty site the build cost is measured above, and what
    Lighthouse scores for the theme alone."""
    docs = work / "floor-docs"
    shim = ROOT / "docs" / "assets" / "vendor" / "iframe-worker"
    shutil.copytree(shim, docs / shim.relative_to(ROOT / "docs"), dirs_exist_ok=True)
    paragraphs = (f"Paragraph {i}: bias, variance and regularisation, in a sentence or two." for i in range(30))
    (docs / "index.md").write_text("# An empty page\n\n" + "\n\n".join(paragraphs) + "\n")
    config = ROOT / ".bench-floor.yml"
    config.write_text(
        f"INHERIT: mkdocs.yml\ndocs_dir: {docs}\nnav:\n  - index.md\nplugins:\n  - search\n  - offline\n"
        "hooks: []\nwatch: []\nextra_css: []\nextra_javascript: []\n"
    )
    return config


def theme_floor(work: Path) -> Path:
    site = work / "floor-site"
    build(theme_floor_config(work), site, env_for(model.DATA_PATH))
    return site


def real_site(work: Path, edits: int) -> tuple[Path, dict]:
    """The guide itself, built once: its page weights and offline zip; and the edit loop on it, with
    its drills (on a copy of its questions)."""
    site = work / "real-site"
    result = build(ROOT / "mkdocs.yml", site, env_for(model.DATA_PATH))
    real = {"questions": len(model.load_questions()), "seconds": result["seconds"], **site_metrics(site)}
    real.update(drill_times())
    if edits:
        data = work / "questions-real.yml"
        shutil.copyfile(model.DATA_PATH, data)
        env = {k: v for k, v in env_for(data).items() if k != drills.DRILLS_ENV}
        real["edit_seconds_all"] = edit_loop(data, work, edits, env)
        real["edit_seconds"] = statistics.median(real["edit_seconds_all"])
    return site, real


def drill_times() -> dict:
    """How long each drill's tests take against its reference solution (pytest's own test times)."""
    outcomes = drills.run_tests(drills.DRILLS_DIR, solutions=True)
    slowest = max(outcomes, key=lambda d: outcomes[d].seconds)
    return {
        "drills": len(outcomes),
        "drill_tests_seconds": round(sum(o.seconds for o in outcomes.values()), 2),
        "slowest_drill": slowest,
        "slowest_drill_seconds": round(outcomes[slowest].seconds, 3),
    }


GUIDE_PAGES = [("home", "index.html"), ("level", "levels/intermediate.html"), ("topic", "topics/deep-learning.html")]
FLOOR = "theme alone"


def lighthouse(repeat: int, work: Path, site: Path, floor: Path) -> list[dict]:
    """Lighthouse 12.2.3 (default mobile profile) on three pages of the real site and on the theme's
    empty page (`theme_floor`), each served on 127.0.0.1; the median of `repeat` runs each."""
    binary = ROOT / "benchmarks" / "node_modules" / ".bin" / "lighthouse"
    chrome = os.environ.get("CHROMIUM") or shutil.which("chromium")
    rows = []
    with serve(site, work) as base, serve(floor, work) as floor_base:
        for name, path, root in [*((n, p, base) for n, p in GUIDE_PAGES), (FLOOR, "index.html", floor_base)]:
            runs = []
            for i in range(repeat):
                report = work / f"lh-{name}-{i}.json"
                subprocess.run(
                    [str(binary), root + path, "--output=json", f"--output-path={report}", "--quiet",
                     f"--chrome-flags={CHROMIUM_FLAGS}", "--only-categories=performance,accessibility,best-practices,seo"],
                    env=dict(os.environ, CHROME_PATH=chrome or ""), check=True, timeout=600,
                )
                lhr = json.loads(report.read_text())
                runs.append({
                    **{c: round(lhr["categories"][c]["score"] * 100) for c in ("performance", "accessibility", "best-practices", "seo")},
                    "fcp_ms": lhr["audits"]["first-contentful-paint"]["numericValue"],
                    "lcp_ms": lhr["audits"]["largest-contentful-paint"]["numericValue"],
                    "tbt_ms": lhr["audits"]["total-blocking-time"]["numericValue"],
                    "failed": sorted(
                        a for c in ("accessibility", "best-practices", "seo") for a in
                        (ref["id"] for ref in lhr["categories"][c]["auditRefs"] if ref["weight"])
                        if lhr["audits"][a]["score"] is not None and lhr["audits"][a]["score"] < 1
                    ),
                })
            row = {"page": name, "path": path}
            for key in ("performance", "accessibility", "best-practices", "seo", "fcp_ms", "lcp_ms", "tbt_ms"):
                row[key] = statistics.median(r[key] for r in runs)
            row["performance_runs"] = [r["performance"] for r in runs]
            row["failed_audits"] = sorted({a for r in runs for a in r["failed"]})
            rows.append(row)
    return rows


def human(n: float) -> str:
    for unit in ("B", "KB", "MB", "GB"):
        if n < 1000:
            return f"{n:.0f} {unit}" if unit == "B" else f"{n:.1f} {unit}"
        n /= 1000
    return f"{n:.1f} TB"


def targets(rows: list[dict], lh: list[dict], real: dict | None) -> list[str]:
    """Where the measurements stand against the targets the benchmark reports on."""

    def mark(ok: bool) -> str:
        return "met" if ok else "**not met**"

    out = ["", "## Targets", "", "| target | measured | |", "|---|---|---|"]
    if rows:
        costs = ", ".join(f"{r['questions']:,}: {r['ms_per_question']:.1f}" for r in rows)
        cached = ", ".join(f"{r['questions']:,}: {r['cached_ms_per_question']:.1f}" for r in rows)
        out.append(f"| ≤ 10 ms per question above the empty site, clean build | {costs} | {mark(max(r['ms_per_question'] for r in rows) <= 10)} |")
        out.append(f"| ≤ 10 ms per question above the empty site, full build with converted questions on disk | {cached} | {mark(max(r['cached_ms_per_question'] for r in rows) <= 10)} |")
        # Linear: from 200 questions up (below, the fixed start-up cost dominates), the cost of one
        # more question stays within 25 % between size steps.
        large = [r for r in rows if r["questions"] >= 200]
        if len(large) >= 2:
            slopes = [
                1000 * (b["guide_seconds"] - a["guide_seconds"]) / (b["questions"] - a["questions"]) for a, b in zip(large, large[1:])
            ]
            marginal = ", ".join(f"{x:.1f}" for x in slopes)
            out.append(f"| linear growth (from 200 questions up) | marginal ms/question between sizes: {marginal} | {mark(max(slopes) <= 1.25 * min(slopes))} |")
        loops = [r for r in rows if "edit_seconds" in r]
        for r in loops:
            goal = 3.0 if r["questions"] <= 1000 else 1.0
            out.append(f"| edit loop ≤ {goal:.0f} s at {r['questions']:,} questions | {r['edit_seconds']:.2f} s | {mark(r['edit_seconds'] <= goal)} |")
        at500 = [r for r in rows if r["questions"] == 500]
        if at500:
            out.append(f"| search index ≤ 2 MB raw at 500 questions | {human(at500[0]['search_index_bytes'])} | {mark(at500[0]['search_index_bytes'] <= 2_000_000)} |")
    sites = rows + ([real] if real else [])
    if sites:
        most = max(r["most_questions"] for r in sites)
        heaviest = max(r["largest_page_bytes"] for r in sites)
        out.append(f"| every page ≤ 300 questions and ≤ 1 MB of HTML (all sizes and the real site) | at most {most} questions, {human(heaviest)} | {mark(most <= 300 and heaviest <= 1_000_000)} |")
    if lh:
        guide = [r for r in lh if r["page"] != FLOOR]
        before = {"home": 91, "level": 91, "topic": 92}
        worse = [r["page"] for r in guide if r["performance"] < before.get(r["page"], 0)]
        rest = min(min(r["accessibility"], r["best-practices"], r["seo"]) for r in guide)
        scores = ", ".join(f"{r['page']} {r['performance']:.0f}" for r in lh)
        out.append(f"| Lighthouse performance no worse than before (home 91, level 91, topic 92) | {scores} | {mark(not worse)} |")
        out.append(f"| Lighthouse ≥ 95 performance on home, level and topic pages | {scores} | {mark(min(r['performance'] for r in guide) >= 95)} |")
        out.append(f"| Lighthouse 100 accessibility, best practices, SEO | lowest {rest:.0f} | {mark(rest >= 100)} |")
    if real and "edit_seconds" in real:
        out.append(f"| edit loop ≤ 3 s on the real guide ({real['questions']} questions, with drills) | {real['edit_seconds']:.2f} s | {mark(real['edit_seconds'] <= 3)} |")
    if real and "slowest_drill_seconds" in real:
        out.append(f"| each drill's tests < 1 s ({real['drills']} drills, {real['drill_tests_seconds']:.1f} s in all) | slowest: {real['slowest_drill']} {real['slowest_drill_seconds']:.2f} s | {mark(real['slowest_drill_seconds'] < 1)} |")
    if real:
        out.append(f"| offline zip of the real site ≤ 5 MB | {human(real['offline_zip_bytes'])} | {mark(real['offline_zip_bytes'] <= 5_000_000)} |")
    return out


def write_results(rows: list[dict], lh: list[dict], repeat: int, real: dict | None = None) -> None:
    RESULTS.mkdir(parents=True, exist_ok=True)
    (RESULTS / "results.json").write_text(json.dumps({"builds": rows, "lighthouse": lh, "real_site": real, "repeat": repeat}, indent=1) + "\n")
    lines = [
        "# Benchmark results",
        "",
        f"Median of {repeat} builds per variant (`./dev.sh bench`) on {os.cpu_count()} cores. For each size "
        "the variants are built alternately in the same run. *guide*: a clean build of the real configuration "
        "with a synthetic question set; *cached*: the same full build in a new process that finds the "
        "questions converted by an earlier build on disk (`.cache/questions`); *empty*: one short page with "
        "the guide's theme configuration (the theme alone). Cost per question = (guide - empty) / questions. "
        "Time is the whole `mkdocs build` "
        "process; peak memory is its maximum resident set. *Edit loop*: `mkdocs serve` running, one "
        "question edited, seconds until the served page shows the edit (median of the edits).",
        "",
        "| questions | guide s | cached s | empty s | ms/question above empty (clean / cached) | edit loop s | peak MB | pages | site | search index (raw / gzip) | most questions on a page | largest page | offline zip |",
        "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for r in rows:
        loop = f"{r['edit_seconds']:.2f} ({', '.join(str(x) for x in r['edit_seconds_all'])})" if "edit_seconds" in r else "–"
        lines.append(
            f"| {r['questions']:,} | {r['guide_seconds']:.2f} | {r['cached_seconds']:.2f} | {r['empty_seconds']:.2f} | "
            f"{r['ms_per_question']:.2f} / {r['cached_ms_per_question']:.2f} | "
            f"{loop} | {r['guide_peak_mb']:.0f} | {r['pages']} | "
            f"{human(r['site_bytes'])} | {human(r['search_index_bytes'])} / {human(r['search_index_gzip_bytes'])} | {r['most_questions']} "
            f"({human(r['most_questions_page_bytes'])}) | {human(r['largest_page_bytes'])} `{r['largest_page']}` | "
            f"{human(r['offline_zip_bytes'])} |"
        )
    fewer = [r for r in rows if r.get("builds_per_variant", repeat) != repeat]
    if fewer:
        lines += ["", "Built another number of times: " + ", ".join(f"{r['questions']:,} questions {r['builds_per_variant']} time(s) per variant" for r in fewer) + "."]
    if len(rows) >= 2:
        a, b = rows[-2], rows[-1]
        slope = (b["guide_seconds"] - a["guide_seconds"]) / (b["questions"] - a["questions"]) * 1000
        lines += ["", f"Marginal cost between {a['questions']:,} and {b['questions']:,} questions: {slope:.2f} ms per question."]
    if lh:
        runs = len(lh[0]["performance_runs"])
        lines += ["", f"## Lighthouse 12.2.3 on the real site (mobile profile, median of {runs} runs)", "",
                  f"*{FLOOR}*: one empty page built with the guide's theme configuration (Material, its palette "
                  "toggle, features and template overrides, search, offline) and none of the guide's own "
                  "content, styles or scripts: what the theme scores by itself on this machine.", "",
                  "| page | performance (each run) | accessibility | best practices | SEO | FCP | LCP | TBT | audits not passed |",
                  "|---|---:|---:|---:|---:|---:|---:|---:|---|"]
        for r in lh:
            each = ", ".join(str(x) for x in r["performance_runs"])
            lines.append(
                f"| {r['page']} (`{r['path']}`) | {r['performance']:.0f} ({each}) | {r['accessibility']:.0f} | "
                f"{r['best-practices']:.0f} | {r['seo']:.0f} | {r['fcp_ms'] / 1000:.2f} s | {r['lcp_ms'] / 1000:.2f} s | "
                f"{r['tbt_ms']:.0f} ms | {', '.join(r['failed_audits']) or 'none'} |"
            )
    if real:
        lines += ["", f"## The real site ({real['questions']} questions)", "",
                  f"Build {real['seconds']:.1f} s; {real['pages']} pages, {human(real['site_bytes'])}; search index "
                  f"{human(real['search_index_bytes'])} ({human(real['search_index_gzip_bytes'])} compressed); largest page {human(real['largest_page_bytes'])} "
                  f"(`{real['largest_page']}`); most questions on a page {real['most_questions']}; offline zip "
                  f"{human(real['offline_zip_bytes'])}."]
        if "edit_seconds" in real:
            lines[-1] += (f" Edit loop (`mkdocs serve` on the guide with its drills, one question edited): "
                          f"{real['edit_seconds']:.2f} s ({', '.join(str(x) for x in real['edit_seconds_all'])}).")
    lines += targets(rows, lh, real)
    (RESULTS / "results.md").write_text("\n".join(lines) + "\n")
    plot(rows)


def plot(rows: list[dict]) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    n = [r["questions"] for r in rows]
    fig, ax = plt.subplots(figsize=(6.4, 4))
    ax.plot(n, [r["guide_seconds"] for r in rows], "o-", label="the guide (synthetic questions)")
    ax.plot(n, [r["cached_seconds"] for r in rows], "d-.", label="the guide, questions converted on disk")
    ax.plot(n, [r["empty_seconds"] for r in rows], "s--", label="empty Material site (theme alone)")
    loops = [r for r in rows if "edit_seconds" in r]
    if loops:
        ax.plot([r["questions"] for r in loops], [r["edit_seconds"] for r in loops], "^:", label="edit loop under mkdocs serve")
    ax.set_xscale("log")
    ax.set_yscale("log")
    ax.set_xlabel("questions")
    ax.set_ylabel("seconds (median)")
    ax.set_title("Build time against number of questions")
    ax.grid(True, which="both", alpha=0.3)
    ax.legend()
    fig.tight_layout()
    fig.savefig(RESULTS / "build-time.png", dpi=120)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="200,500,2000,10000", help="comma-separated (may be empty)")
    parser.add_argument("--edits", type=int, default=3, help="edits timed under mkdocs serve, at sizes up to 2,000")
    parser.add_argument("--keep", action="store_true", help="keep results on file for sizes not run now")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--no-lighthouse", action="store_true")
    parser.add_argument("--lighthouse-runs", type=int, default=5, help="Lighthouse runs per page (its scores vary from run to run)")
    parser.add_argument("--report-only", action="store_true", help="rewrite results.md and the plot from results.json")
    args = parser.parse_args()
    if args.report_only:
        saved = json.loads((RESULTS / "results.json").read_text())
        write_results(saved["builds"], saved["lighthouse"], saved["repeat"], saved.get("real_site"))
        return
    sizes = [int(n) for n in args.sizes.split(",") if n]
    # Sizes not measured in this run keep their results on file (with --keep); the table is sorted.
    saved = json.loads((RESULTS / "results.json").read_text()) if args.keep and (RESULTS / "results.json").exists() else {}
    rows = [r for r in saved.get("builds", []) if r["questions"] not in sizes]
    kept_lh = saved.get("lighthouse", []) if args.no_lighthouse else []  # kept, like the sizes
    try:
        with tempfile.TemporaryDirectory() as tmp:
            empty_config = theme_floor_config(Path(tmp))
            for n in sizes:
                work = Path(tmp) / str(n)
                work.mkdir()
                rows.append(bench_size(n, args.repeat, args.edits, work, empty_config))
                rows.sort(key=lambda r: r["questions"])
                print(json.dumps(next(r for r in rows if r["questions"] == n)), flush=True)
                shutil.rmtree(work)
                write_results(rows, kept_lh, args.repeat, saved.get("real_site"))  # if a later size is stopped
            site, real = real_site(Path(tmp), args.edits)
            lh = kept_lh if args.no_lighthouse else lighthouse(args.lighthouse_runs, Path(tmp), site, theme_floor(Path(tmp)))
    finally:
        for config in ROOT.glob(".bench-*.yml"):
            config.unlink()
    write_results(rows, lh, args.repeat, real)
    print((RESULTS / "results.md").read_text())


if __name__ == "__main__":
    main()
