import math

import numpy as np
import pytest


def test_example(impl):
    got = [impl.wsd_lr(s, 1.0, 2, 3, 4) for s in (0, 1, 2, 4, 5, 6, 9, 10)]
    assert np.allclose(got, [0.0, 0.5, 1.0, 1.0, 1.0, 0.75, 0.0, 0.0])
    assert math.isclose(impl.wsd_lr(6, 1.0, 2, 3, 4, shape="sqrt"), 0.5)


def test_phase_boundaries(impl):
    kw = dict(base_lr=6e-4, warmup_steps=100, stable_steps=800, decay_steps=100, min_lr=6e-5)
    assert math.isclose(impl.wsd_lr(99, **kw), 5.94e-4)
    assert impl.wsd_lr(100, **kw) == 6e-4
    assert impl.wsd_lr(899, **kw) == 6e-4
    assert math.isclose(impl.wsd_lr(900, **kw), 6e-4)
    assert math.isclose(impl.wsd_lr(950, **kw), 3.3e-4)
    assert math.isclose(impl.wsd_lr(1000, **kw), 6e-5)
    assert impl.wsd_lr(5000, **kw) == 6e-5


def test_sqrt_shape(impl):
    kw = dict(base_lr=1.0, warmup_steps=0, stable_steps=10, decay_steps=100, min_lr=0.1)
    assert math.isclose(impl.wsd_lr(35, shape="sqrt", **kw), 0.1 + 0.9 * 0.5)  # f = 0.25
    assert math.isclose(impl.wsd_lr(110, shape="sqrt", **kw), 0.1)
    lin = [impl.wsd_lr(s, **kw) for s in range(10, 111)]
    sq = [impl.wsd_lr(s, shape="sqrt", **kw) for s in range(10, 111)]
    assert all(a <= b + 1e-15 for a, b in zip(sq, lin))  # 1 - sqrt(f) <= 1 - f on [0, 1]


def test_zero_length_phases(impl):
    assert impl.wsd_lr(0, 1.0, 0, 5, 5) == 1.0
    assert math.isclose(impl.wsd_lr(3, 1.0, 0, 0, 4), 0.25)
    assert impl.wsd_lr(5, 1.0, 2, 3, 0, min_lr=0.2) == 0.2


def test_invalid_arguments(impl):
    with pytest.raises(ValueError):
        impl.wsd_lr(-1, 1.0, 1, 1, 1)
    with pytest.raises(ValueError):
        impl.wsd_lr(0, 1.0, 1, -1, 1)
    with pytest.raises(ValueError):
        impl.wsd_lr(0, 1.0, 1, 1, 1, shape="cosine")
