"""A Markdown extension that switches raw HTML off for the whole site.

Answers come from a data file that anyone can edit through a pull request. With raw HTML off, a
`<script>` (or any tag) in a question or answer is escaped and shown as text, never executed;
code, math, tables and links are unaffected. The site's own structure uses pymdownx.blocks.html
and attr_list, which build elements without raw HTML."""

from markdown import Extension


class NoRawHtml(Extension):
    def extendMarkdown(self, md):
        md.preprocessors.deregister("html_block")  # block-level <div>, <script>, ...
        md.inlinePatterns.deregister("html")  # inline <span>, <img onerror=...>, ...


def makeExtension(**kwargs):
    return NoRawHtml(**kwargs)
