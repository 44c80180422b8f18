"""Runs each drill's tests against your code (starter.py) or, with --solutions, the reference.

    pytest                  every drill, against your starter.py files
    pytest --solutions      the same tests against the reference solutions
    pytest -k stable-softmax   one drill (its folder name)
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest


def pytest_addoption(parser):
    parser.addoption("--solutions", action="store_true", help="test the reference solutions instead of starter.py")


def load_module(path: Path):
    """Import one Python file under a name unique to its drill folder."""
    spec = importlib.util.spec_from_file_location(f"drill_{path.parent.name.replace('-', '_')}_{path.stem}", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def impl(request):
    """The module under test: the drill's starter.py, or solution.py with --solutions."""
    name = "solution.py" if request.config.getoption("--solutions") else "starter.py"
    return load_module(Path(request.path).parent / name)
