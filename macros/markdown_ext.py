"""Markdown extensions the site adds to Python-Markdown (registered by macros/mkdocs_hooks.py)."""

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


# pymdownx.blocks (13.1) maps every element of the document to its parent once per chunk of
# block content, to count the lists around the open block: the cost grows with the square of
# the page (about 70 % of a build of this site). Only the chain from the root to the innermost
# open block matters for that count, and the open block is always on the document's last branch.
# The wrapper below hands parse_blocks an object whose iter() yields just that chain; the lists
# it counts, and so the output, are the same. (Its `current_parent` serves only that map.)
class _ChainToOpenBlock:
    def __init__(self, root, processor):
        self.root, self.processor = root, processor

    def iter(self):
        target = self.processor.stack[-1].el if self.processor.stack else None
        return iter(_path(self.root, target) or [self.root])


def _path(node, target):
    """Elements from node down to target, searching the most recent (last) children first."""
    if node is target:
        return [node]
    for child in reversed(node):
        found = _path(child, target)
        if found:
            return [node, *found]
    return None


def _patch_blocks() -> None:
    from pymdownx.blocks import BlocksProcessor

    original = BlocksProcessor.parse_blocks
    if getattr(original, "_chain_only", False):
        return

    def parse_blocks(self, blocks, current_parent):
        return original(self, blocks, _ChainToOpenBlock(current_parent, self))

    parse_blocks._chain_only = True
    BlocksProcessor.parse_blocks = parse_blocks


_patch_blocks()
