import math

import numpy as np
import pytest


def test_example(impl):
    got = [impl.warmup_cosine_lr(s, 1.0, 2, 10) for s in (0, 1, 2, 6, 10, 11)]
    assert np.allclose(got, [0.0, 0.5, 1.0, 0.5, 0.0, 0.0])


def test_warmup_is_linear_from_zero(impl):
    got = [impl.warmup_cosine_lr(s, 3e-4, 100, 1000) for s in (0, 25, 50, 99, 100)]
    assert np.allclose(got, [0.0, 7.5e-5, 1.5e-4, 2.97e-4, 3e-4])


def test_cosine_with_floor(impl):
    base, floor = 1e-3, 1e-4
    assert math.isclose(impl.warmup_cosine_lr(10, base, 10, 110, floor), base)
    assert math.isclose(impl.warmup_cosine_lr(60, base, 10, 110, floor), (base + floor) / 2)
    assert math.isclose(impl.warmup_cosine_lr(35, base, 10, 110, floor), floor + 0.5 * (base - floor) * (1 + math.cos(math.pi / 4)))
    assert math.isclose(impl.warmup_cosine_lr(110, base, 10, 110, floor), floor)
    assert math.isclose(impl.warmup_cosine_lr(500, base, 10, 110, floor), floor)


def test_monotone_after_warmup(impl):
    lrs = [impl.warmup_cosine_lr(s, 1.0, 5, 50, 0.1) for s in range(5, 60)]
    assert all(a >= b for a, b in zip(lrs, lrs[1:]))


def test_no_warmup_and_all_warmup(impl):
    assert impl.warmup_cosine_lr(0, 2.0, 0, 10) == 2.0
    assert math.isclose(impl.warmup_cosine_lr(5, 2.0, 10, 10), 1.0)
    assert impl.warmup_cosine_lr(10, 2.0, 10, 10) == 2.0
    assert impl.warmup_cosine_lr(11, 2.0, 10, 10, 0.5) == 0.5


def test_invalid_arguments_raise(impl):
    for args in [(-1, 1.0, 2, 10), (0, 1.0, 11, 10), (0, 1.0, -1, 10), (0, 1.0, 0, 0)]:
        with pytest.raises(ValueError):
            impl.warmup_cosine_lr(*args)
