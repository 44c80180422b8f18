"""mkdocs-macros entry point: load the validated data once and register the page macros."""

import functools
from pathlib import Path

from mkdocs.exceptions import PluginError

from . import drill_pages, drills, exports, fragments, model, pages, plans, render, tracks


def load_for_build() -> list[model.Question]:
    """The questions, or a build-stopping error that names file, question and field."""
    try:
        return model.load_questions()
    except model.DataError as exc:
        # PluginError makes MkDocs stop with this message and a non-zero exit, no traceback.
        raise PluginError(f"invalid question data:\n{exc}") from None


_this_build: dict[str, list] = {}


def start_build() -> None:
    """A build begins (`mkdocs serve` runs many in one process): files are looked at afresh."""
    _this_build.clear()


def load_drills_for_build() -> list[drills.Drill]:
    """The coding drills, or a build-stopping error naming each drill and what is wrong with it
    (the drill files are looked at once per build, and read once per version)."""
    if "drills" not in _this_build:
        root = drills.drills_dir()
        files = [p for p in root.rglob("*") if p.is_file() and "__pycache__" not in p.parts] if root.is_dir() else []
        stamp = tuple(sorted((str(p), p.stat().st_mtime_ns, p.stat().st_size) for p in files))
        _this_build["drills"] = list(_drills_of(str(root), stamp, tuple(q.id for q in load_for_build())))
    return _this_build["drills"]


@functools.lru_cache(maxsize=2)
def _drills_of(root: str, stamp: tuple, question_ids: tuple[str, ...]) -> tuple[drills.Drill, ...]:
    found, problems = drills.problems(Path(root), set(question_ids))
    clash = sorted({d.id for d in found} & set(question_ids))
    problems += [model.Problem(f"drills/{d}", "a drill's id must differ from every question id", d, "id") for d in clash]
    if not problems:
        # Tests must pass on each solution and fail on each starter; only changed drills run.
        problems = drills.checked_problems(Path(root), [d.id for d in found])
    if problems:
        raise PluginError("invalid coding drill:\n" + "\n".join(str(p) for p in problems))
    return tuple(found)


def define_env(env):
    questions = load_for_build()
    plan = plan_pages = pages.plan_pages(questions)
    env.variables["question_count"] = len(questions)
    env.variables["core_count"] = sum(q.core for q in questions)
    env.variables["topic_count"] = len(model.TOPICS)
    env.variables["drill_count"] = len(load_drills_for_build())

    def here() -> str:
        return env.page.file.src_path

    @env.macro
    def q(qid: str) -> str:
        """The link from the page being rendered to a question, wherever its topic page (or the
        part of it) is now: hand-written pages link questions by id."""
        home = pages.home_of(plan)
        if qid not in home:
            raise PluginError(f"{here()}: q({qid!r}) names no question")
        return pages.relative_link(here(), home[qid], qid)

    @env.macro
    def question_page(kind: str, slug: str, part: int) -> str:
        page = next(p for p in plan if (p.kind, p.choice.slug, p.part) == (kind, slug, part))
        return render.render_page(page, plan, questions, env.conf["repo_url"] or "")

    @env.macro
    def downloads() -> str:
        sizes = {key: exports.human_size(len(data)) for key, data in data_exports(env.conf, questions, plan).items()}
        sizes["zip"] = exports.ZIP_SIZE_PLACEHOLDER  # known only once the site is built
        files = [(exports.FILES[key], exports.FILES[key].split("/")[-1], what, sizes[key]) for key, what in exports.DESCRIPTIONS.items()]
        return render.render_downloads(files, len(questions), here())

    @env.macro
    def drill_page(topic: str) -> str:
        chosen = drill_pages.by_topic(load_drills_for_build())[topic]
        return drill_pages.render_drill_page(topic, chosen, pages.home_of(plan), {q.id: q for q in questions})

    @env.macro
    def drill_index() -> str:
        return drill_pages.render_drill_index(load_drills_for_build(), here())

    @env.macro
    def study_plan(slug: str) -> str:
        plan = next(p for p in plans.PLANS if p.slug == slug)
        return plans.render_plan(plan, questions, load_drills_for_build(), pages.home_of(plan_pages), here())

    @env.macro
    def track_table() -> str:
        return tracks.render_track_table(questions, pages.relative_link(here(), "practice.md"))

    @env.macro
    def overview() -> str:
        return render.render_overview(plan, questions, here())

    @env.macro
    def choice_index(kind: str) -> str:
        return render.render_choice_index(kind, plan, questions, here())


def fragment_renderer(conf) -> fragments.FragmentRenderer:
    """The converter of the data's Markdown, with the site's extensions (one per process)."""
    return fragments.renderer(conf["markdown_extensions"], conf["mdx_configs"])


def data_exports(conf, questions: list[model.Question], plan: list[pages.QuestionPage]) -> dict[str, bytes]:
    """The downloads made from the data (cached: the hook and the Downloads page both ask)."""
    home = tuple(sorted(pages.home_of(plan).items()))
    fr = fragment_renderer(conf)
    return exports.data_exports(tuple(questions), conf["site_url"] or "", home, model.SCHEMA_PATH.read_bytes(), fr.question_parts)
