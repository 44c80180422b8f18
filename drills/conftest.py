"""Runs each drill's tests against your code (starter.py) or, with --solutions, the reference.

    pytest                  every drill, against your starter.py files
    pytest --solutions      the same tests against the reference solutions
    pytest -k stable-softmax   one drill (its folder name)
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

import numpy as np
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


def numerical_gradient(f, a, h=1e-6):
    """The gradient of the scalar f() with respect to the array a, by central differences: each
    entry of a is moved by +h and -h in place (f must read a), then restored."""
    g = np.zeros_like(a)
    for i in np.ndindex(a.shape):
        old = a[i]
        a[i] = old + h
        fp = f()
        a[i] = old - h
        fm = f()
        a[i] = old
        g[i] = (fp - fm) / (2 * h)
    return g


@pytest.fixture
def num_grad():
    """numerical_gradient, for the tests that check a backward pass against finite differences."""
    return numerical_gradient
