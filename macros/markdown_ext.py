"""Markdown extensions the site adds to Python-Markdown (registered by macros/mkdocs_hooks.py)."""

import markdown
from markdown import Extension
from markdown.treeprocessors import Treeprocessor


class NoRawHtml(Extension):
    """Switch raw HTML off for the whole site.

    Answers come from a data file that anyone can edit through a pull request. With raw HTML off,
    a `<script>` (or any tag) in a question or answer is escaped and shown as text, never executed;
    code, math, tables and links are unaffected. The site's own structure uses pymdownx.blocks.html
    and attr_list, which build elements without raw HTML."""

    def extendMarkdown(self, md):
        md.preprocessors.deregister("html_block")  # block-level <div>, <script>, ...
        md.inlinePatterns.deregister("html")  # inline <span>, <img onerror=...>, ...


class _DropSummaryPermalinks(Treeprocessor):
    def run(self, root):
        for summary in root.iter("summary"):
            for parent in list(summary.iter()):
                for child in list(parent):
                    if child.tag == "a" and "headerlink" in child.get("class", "").split():
                        parent.remove(child)


class NoLinksInSummaries(Extension):
    """Remove the permalink that `toc` adds to a question's heading inside <summary>.

    A summary is itself the control that opens the answer; a link nested in it is a second
    control in the same place (axe: nested-interactive) and clicking it would not open the answer.
    Each question has its permalink inside the answer instead (see render.py)."""

    def extendMarkdown(self, md):
        md.treeprocessors.register(_DropSummaryPermalinks(md), "drop-summary-permalinks", 4)  # after toc (5)


def to_html(text: str) -> str:
    """Markdown from the data as a standalone HTML fragment (Anki cards, the practice page):
    raw HTML escaped, math left as \\( \\) and \\[ \\] for the reader's math engine."""
    return markdown.markdown(
        text,
        extensions=[NoRawHtml(), "fenced_code", "tables", "pymdownx.arithmatex"],
        extension_configs={"pymdownx.arithmatex": {"generic": True}},
    )
