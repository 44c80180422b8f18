"""mkdocs-macros entry point: load the validated data once and register the page macros."""

from mkdocs.exceptions import PluginError

from . import model, pages, render


def load_for_build() -> list[model.Question]:
    """The questions, or a build-stopping error that names file, question and field."""
    try:
        return model.load_questions()
    except model.DataError as exc:
        # PluginError makes MkDocs stop with this message and a non-zero exit, no traceback.
        raise PluginError(f"invalid question data:\n{exc}") from None


def define_env(env):
    questions = load_for_build()
    plan = pages.plan_pages(questions)
    env.variables["question_count"] = len(questions)

    def here() -> str:
        return env.page.file.src_path

    @env.macro
    def question_page(kind: str, slug: str, part: int) -> str:
        page = next(p for p in plan if (p.kind, p.choice.slug, p.part) == (kind, slug, part))
        return render.render_question_page(page, plan, questions)

    @env.macro
    def overview() -> str:
        return render.render_overview(plan, questions, here())

    @env.macro
    def choice_index(kind: str) -> str:
        return render.render_choice_index(kind, plan, questions, here())
