"""Every ```python block in the data runs and checks its own result with assert."""

from __future__ import annotations

import pytest

from macros import model
from macros.codeblocks import has_assert, question_code_blocks, run

BLOCKS = [b for q in model.load_questions(model.DATA_PATH) for b in question_code_blocks(q)]


def test_the_guide_has_runnable_code():
    assert len(BLOCKS) >= 40


@pytest.mark.parametrize("block", BLOCKS, ids=[b.name for b in BLOCKS])
def test_code_block_runs_and_asserts(block):
    assert has_assert(block), "a block must check its result with assert"
    run(block)
