import math

import pytest


def test_example_equal_value_is_not_an_improvement(impl):
    es = impl.EarlyStopping(patience=2)
    assert [es.step(v) for v in [1.0, 0.8, 0.8, 0.9]] == [False, False, False, True]
    assert es.best == 0.8 and es.best_epoch == 1


def test_counter_resets_on_improvement(impl):
    es = impl.EarlyStopping(patience=3)
    out = [es.step(v) for v in [5.0, 6.0, 7.0, 4.0, 4.5, 4.2, 4.1]]
    assert out == [False, False, False, False, False, False, True]
    assert es.best == 4.0 and es.best_epoch == 3 and es.counter == 3


def test_min_delta_must_be_exceeded(impl):
    es = impl.EarlyStopping(patience=1, min_delta=0.1)
    assert es.step(1.0) is False
    assert es.step(0.95) is True  # better, but not by more than 0.1
    es2 = impl.EarlyStopping(patience=1, min_delta=0.1)
    es2.step(1.0)
    assert es2.step(0.85) is False and es2.best == 0.85


def test_max_mode(impl):
    es = impl.EarlyStopping(patience=2, mode="max")
    assert [es.step(v) for v in [0.70, 0.75, 0.74, 0.75]] == [False, False, False, True]
    assert es.best == 0.75 and es.best_epoch == 1


def test_min_delta_in_max_mode_must_be_exceeded_upwards(impl):
    es = impl.EarlyStopping(patience=1, min_delta=0.1, mode="max")
    es.step(0.5)
    assert es.step(0.55) is True  # higher, but not by more than 0.1
    es2 = impl.EarlyStopping(patience=1, min_delta=0.1, mode="max")
    es2.step(0.5)
    assert es2.step(0.65) is False and es2.best == 0.65 and es2.best_epoch == 1


def test_nan_is_never_an_improvement(impl):
    es = impl.EarlyStopping(patience=2)
    assert es.step(float("nan")) is False
    assert es.best is None and es.counter == 1
    assert es.step(2.0) is False and es.best == 2.0 and es.best_epoch == 1
    es.step(float("nan"))
    assert es.step(float("nan")) is True


def test_initial_state_and_validation(impl):
    es = impl.EarlyStopping(patience=1)
    assert es.best is None and es.best_epoch is None and es.counter == 0
    for kwargs in [dict(patience=0), dict(patience=2, min_delta=-1.0), dict(patience=2, mode="avg")]:
        with pytest.raises(ValueError):
            impl.EarlyStopping(**kwargs)
