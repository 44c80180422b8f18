"""Benchmark helper hook: write every page's Markdown as the macros plugin rendered it, with its
front matter, into $ML_PREP_DUMP_DIR. Those files are the static baseline's pages."""

import os
from pathlib import Path

import yaml

OUT = Path(os.environ["ML_PREP_DUMP_DIR"])


def on_page_markdown(markdown, page, config, files):
    target = OUT / page.file.src_uri
    target.parent.mkdir(parents=True, exist_ok=True)
    front = f"---\n{yaml.safe_dump(dict(page.meta), allow_unicode=True)}---\n\n" if page.meta else ""
    target.write_text(front + markdown, encoding="utf-8")
    return markdown
