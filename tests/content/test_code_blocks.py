"""Every ```python block in the data runs and checks its own result with assert."""

from __future__ import annotations

import ast
import warnings

import pytest

from macros import model
from macros.codeblocks import question_code_blocks

BLOCKS = [b for q in model.load_questions(model.DATA_PATH) for b in question_code_blocks(q)]


def test_the_guide_has_runnable_code():
    assert len(BLOCKS) >= 40


@pytest.mark.parametrize("block", BLOCKS, ids=[b.name for b in BLOCKS])
def test_code_block_runs_and_asserts(block):
    tree = ast.parse(block.source, filename=block.name)
    assert any(isinstance(node, ast.Assert) for node in ast.walk(tree)), "a block must check its result with assert"
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # library deprecation notices are not the answer's concern
        exec(compile(tree, block.name, "exec"), {"__name__": "__main__"})
