"""MkDocs hooks: what the macros plugin cannot do: add pages and Markdown extensions.

The question pages (one per topic and per level, split into parts past a size) are derived from the
data, so they are generated here instead of being kept as files in docs/; each is a stub that
calls the `question_page` macro. The navigation lists them in the order of the taxonomy."""

import contextlib
import functools
import sys
from pathlib import Path

# MkDocs loads a hook file by its path, not as part of a package: put the project root on the
# import path so this file and the macros plugin share one `macros` package (and one data cache).
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from mkdocs.exceptions import PluginError  # noqa: E402
from mkdocs.plugins import event_priority  # noqa: E402
from mkdocs.structure.files import File  # noqa: E402
from mkdocs.structure.toc import AnchorLink  # noqa: E402

from macros import (  # noqa: E402
    client_index, data_exports, drill_pages, drills, exports, fragment_renderer, load_drills_for_build, load_for_build,
    markdown_ext, start_build, model,
    page_cache, pages, redirects, render, template_cache,
)
from macros import search_index  # noqa: E402
from macros.search_index import drill_entry, question_entry  # noqa: E402

_plan: list[pages.QuestionPage] = []


def _expand_nav(nav: list, plan: list[pages.QuestionPage]) -> list:
    """Turn the entries `topics/index.md` and `levels/index.md` into sections listing every page,
    and the entry of a page split into parts (print edition, all questions) into a section of
    its parts."""
    later_parts = {}
    for p in plan:
        if p.kind not in pages.KINDS and p.part > 1:
            later_parts.setdefault(pages.first_page(plan, p.kind, p.choice.slug).src_path, []).append(p)
    out = []
    for item in nav:
        if isinstance(item, dict) and len(item) == 1:
            (title, target), = item.items()
            for kind in pages.KINDS:
                if target == f"{kind}s/index.md":
                    target = [target] + [{p.title: p.src_path} for p in plan if p.kind == kind]
            if target == drill_pages.INDEX:
                target = [target] + [{pages.TOPIC_TITLES[t]: drill_pages.page_path(t)} for t in drill_pages.by_topic(load_drills_for_build())]
            if isinstance(target, str) and target in later_parts:
                target = [target] + [{p.title: p.src_path} for p in later_parts[target]]
            if isinstance(target, list):
                target = _expand_nav(target, plan)
            item = {title: target}
        out.append(item)
    return out


@event_priority(100)  # first: before the macros plugin reads the data for this build
def on_config(config):
    start_build()
    config.markdown_extensions += [markdown_ext.NoRawHtml(), markdown_ext.NoLinksInSummaries()]
    _plan[:] = pages.plan_pages(load_for_build())
    if config.nav:
        config.nav = _expand_nav(config.nav, _plan)
    return config


@contextlib.contextmanager
def _data_errors():
    """A question whose text cannot be placed on the site stops the build with a message naming
    the file, the question and the field, as the validation does."""
    try:
        yield
    except render.RelativeLinkError as exc:
        problem = model.Problem(model._display(model.data_path()), str(exc), exc.qid, exc.field)
        raise PluginError(f"invalid question data:\n{problem}") from None


def _fragments(config):
    return fragment_renderer(config)


def on_page_content(html, page, config, files):
    """Topic pages and the print edition: put each question's HTML (rendered once per build, and
    across rebuilds while the text is unchanged) in its place, with its heading in the table of
    contents and its anchor known to MkDocs' link validation."""
    planned = next((p for p in _plan if p.src_path == page.file.src_uri and p.kind in ("topic", "print")), None)
    if planned is None:
        return html
    questions = load_for_build()
    practice = {
        qid: [(d.title, drill_pages.page_path(d.topic), d.id) for d in found]
        for qid, found in drill_pages.drills_of_questions(load_drills_for_build()).items()
    }
    with _data_errors():
        blocks = render.question_blocks(planned, _plan, questions, _fragments(config), config.repo_url or "", practice)
    page.present_anchor_ids = (page.present_anchor_ids or set()) | set(planned.question_ids)
    if planned.kind == "topic":
        groups = render.toc_groups(planned, questions)
        for item in (child for top in page.toc for child in top.children):
            item.children += [AnchorLink(title, qid, 3) for qid, title in groups.get(item.id, ())]
    return render.fill(html, blocks)


_serving = False
_page_settings: list[str] = []


def on_startup(command, dirty):
    global _serving
    _serving = command == "serve"


def on_nav(nav, config, files):
    """Under `mkdocs serve`, what every page's HTML depends on besides its Markdown, for
    macros/page_cache.py (the files are all known by now)."""
    if _serving:
        _page_settings[:] = [page_cache.settings_key(config, files)]
    return nav


@event_priority(-100)  # after the macros plugin has expanded the page's macros
def on_page_markdown(markdown, page, config, files):
    """Under `mkdocs serve`, a page whose Markdown did not change since the last rebuild keeps its HTML."""
    if _serving and _page_settings:
        page.render = functools.partial(page_cache.render, page, settings=_page_settings[0])
    return markdown


def on_env(env, config, files):
    """Templates compile once per process (macros/template_cache.py). Then, before the pages are
    built, into Material's search index: one entry per question, at its anchor on its topic page (generated pages themselves
    are left out of Material's own indexing), and one per topic page."""
    env.bytecode_cache = template_cache.CACHE
    search = config.plugins.get("material/search") or config.plugins.get("search")
    if search is None:
        return env
    questions = load_for_build()
    fr = _fragments(config)
    with _data_errors():
        for q in questions:
            render.parts_of(fr, q)
    entries = search.search_index.entries
    for p in _plan:
        if p.kind == "topic":
            entries.append({"location": pages.built_path(p.src_path), "title": p.title, "text": p.choice.description})
    # Each question and drill is a result of its own, at its stable address (macros/redirects.py).
    for q in questions:
        entries.append(question_entry(q, redirects.question_address(q.id), render.parts_of(fr, q)))
    for topic, chosen in drill_pages.by_topic(load_drills_for_build()).items():
        entries += [drill_entry(d, redirects.question_address(d.id), lambda text: fr.convert(text).html) for d in chosen]
    return env


def on_page_context(context, page, config, nav):
    """Hand-written pages are indexed by Material's search (it ran just before this hook): turn
    their math into the words a reader types, as in the questions' entries."""
    search = config.plugins.get("material/search") or config.plugins.get("search")
    if search is not None:
        for entry in reversed(search.search_index.entries):
            if not entry["location"].startswith(page.url):
                break
            entry["title"], entry["text"] = search_index.plain_math(entry["title"]), search_index.plain_math(entry["text"])
    return context


def on_serve(server, config, builder):
    """`mkdocs serve` rebuilds when the data changes, also when the data or the drills lie outside
    the folders mkdocs.yml watches (tests and the benchmark point the build at copies)."""
    for path in (model.data_path(), drills.drills_dir()):
        if path.exists():
            server.watch(str(path))
    return server


def on_files(files, config):
    with _data_errors():
        add_question_pages(files, config)
        add_downloads(files, config)
    return files


def add_question_pages(files, config):
    for page in _plan:
        files.append(File.generated(config, page.src_path, content=pages.page_stub(page)))
    built = {pages.built_path(p.src_path) for p in _plan}
    home = pages.home_of(_plan)
    for path, html in redirects.redirect_pages(home, built).items():
        files.append(File.generated(config, path, content=html))
    for qid, src in home.items():
        files.append(File.generated(config, redirects.question_address(qid), content=redirects.address_page(qid, src)))
    for topic, chosen in drill_pages.by_topic(load_drills_for_build()).items():
        files.append(File.generated(config, drill_pages.page_path(topic), content=drill_pages.page_stub(topic)))
        for d in chosen:
            files.append(File.generated(config, redirects.question_address(d.id), content=redirects.address_page(d.id, drill_pages.page_path(topic))))


def add_downloads(files, config):
    """The study tools' catalogue and index, and the downloads made from the data."""
    questions = load_for_build()
    for path, script in client_index.study_files(questions, _plan, _fragments(config)).items():
        files.append(File.generated(config, path, content=script))
    for key, data in data_exports(config, questions, _plan).items():
        files.append(File.generated(config, exports.FILES[key], content=data))
    files.append(File.generated(config, drill_pages.KIT, content=exports.drills_kit(load_drills_for_build())))
    # A stand-in, so that links to the zip resolve; on_post_build writes the real one.
    files.append(File.generated(config, exports.FILES["zip"], content=b""))


@event_priority(-200)  # after the offline plugin (-100) has written search/search_index.js
def on_post_build(config):
    """Zip the finished site for offline reading, then write the zip's size into the Downloads page.
    (`mkdocs serve` skips the zip, a second of every edit: the preview links to an empty file.)"""
    if _serving:
        return
    site = Path(config.site_dir)
    archive = exports.zip_folder(site, "ml-interview-prep", skip={exports.FILES["zip"]})
    (site / exports.FILES["zip"]).write_bytes(archive)
    page = site / "downloads.html"
    if page.exists():
        html = page.read_text(encoding="utf-8")
        page.write_text(html.replace(exports.ZIP_SIZE_PLACEHOLDER, exports.human_size(len(archive))), encoding="utf-8")
