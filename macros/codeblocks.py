"""Find the runnable Python in a question's Markdown, so tests can execute every block."""

from __future__ import annotations

from dataclasses import dataclass

from markdown_it import MarkdownIt

from .model import Question

_MD = MarkdownIt("commonmark")
# The Markdown fields of a question, in the order the page shows them.
MARKDOWN_FIELDS = ("short_answer", "answer", "key_points", "example", "pitfalls", "follow_ups")


@dataclass(frozen=True)
class CodeBlock:
    question_id: str
    field: str
    index: int
    source: str

    @property
    def name(self) -> str:
        return f"{self.question_id}:{self.field}:{self.index}"


def python_blocks(markdown: str) -> list[str]:
    """Bodies of the fenced blocks whose info string starts with `python` or `py`."""
    return [
        tok.content
        for tok in _MD.parse(markdown)
        if tok.type == "fence" and tok.info.split()[:1] in (["python"], ["py"])
    ]


def question_code_blocks(question: Question) -> list[CodeBlock]:
    blocks = []
    for fld in MARKDOWN_FIELDS:
        value = getattr(question, fld)
        texts = value if isinstance(value, tuple) else (value,) if value else ()
        for text in texts:
            for source in python_blocks(text):
                blocks.append(CodeBlock(question.id, fld, len(blocks), source))
    return blocks
