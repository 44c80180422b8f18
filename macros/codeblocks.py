"""Find the runnable Python in a question's Markdown, so tests can execute every block."""

from __future__ import annotations

import ast
import warnings
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


def has_assert(block: CodeBlock) -> bool:
    """Whether a block checks its own result: an example must end in asserts."""
    return any(isinstance(node, ast.Assert) for node in ast.walk(ast.parse(block.source, filename=block.name)))


def run(block: CodeBlock) -> None:
    """Execute a block as a script; a failing assert (or any error) raises."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # library deprecation notices are not the answer's concern
        exec(compile(block.source, block.name, "exec"), {"__name__": "__main__"})
