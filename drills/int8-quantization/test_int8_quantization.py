import numpy as np


def test_example(impl):
    q, s = impl.quantize_absmax(np.array([0.5, -1.27, 0.0]))
    assert q.dtype == np.int8 and np.array_equal(q, [50, -127, 0]) and np.isclose(s, 0.01)
    qz, sz, zp = impl.quantize_zero_point(np.array([0.0, 1.0, 2.55]))
    assert qz.dtype == np.uint8 and np.array_equal(qz, [0, 100, 255]) and np.isclose(sz, 0.01) and zp == 0


def test_absmax_round_trip_error_is_at_most_half_a_step(impl):
    x = np.random.default_rng(0).normal(size=(64, 32)) * 3
    q, s = impl.quantize_absmax(x)
    err = np.abs(impl.dequantize_absmax(q, s) - x)
    assert err.max() <= s / 2 + 1e-12
    assert np.abs(q).max() == 127


def test_per_channel_scales_beat_per_tensor_with_an_outlier_column(impl):
    rng = np.random.default_rng(1)
    x = rng.normal(size=(100, 8)) * 0.01
    x[:, 3] *= 1000.0  # one outlier channel
    qt, st = impl.quantize_absmax(x)
    qc, sc = impl.quantize_absmax(x, axis=0)
    assert sc.shape == (1, 8)
    assert np.allclose(sc.ravel(), np.abs(x).max(axis=0) / 127)
    err_t = np.abs(impl.dequantize_absmax(qt, st) - x)
    err_c = np.abs(impl.dequantize_absmax(qc, sc) - x)
    assert np.all(err_c <= sc / 2 + 1e-12)
    normal_cols = [c for c in range(8) if c != 3]
    assert err_c[:, normal_cols].mean() < err_t[:, normal_cols].mean() / 50


def test_zero_slices_and_exact_zero(impl):
    x = np.array([[0.0, 1.0], [0.0, -2.0]])
    q, s = impl.quantize_absmax(x, axis=0)
    assert np.all(np.isfinite(s)) and np.array_equal(q[:, 0], [0, 0])
    q2, s2 = impl.quantize_absmax(np.zeros(4))
    assert s2 == 1.0 and np.array_equal(q2, np.zeros(4))


def test_zero_point_round_trip_and_zero_is_exact(impl):
    x = np.random.default_rng(2).uniform(-1.0, 3.0, size=500)
    x[7] = 0.0
    q, s, zp = impl.quantize_zero_point(x)
    assert q.dtype == np.uint8 and 0 <= zp <= 255
    d = impl.dequantize_zero_point(q, s, zp)
    assert np.abs(d - x).max() <= s / 2 + 1e-9
    assert d[7] == 0.0
    assert np.isclose(s, (x.max() - x.min()) / 255)


def test_zero_point_for_one_sided_data_and_uint8_subtraction(impl):
    x = np.array([-4.0, -2.0, -1.0])  # all negative: range [-4, 0], zero maps to code 255
    q, s, zp = impl.quantize_zero_point(x)
    assert zp == 255 and np.isclose(s, 4.0 / 255)
    assert np.allclose(impl.dequantize_zero_point(q, s, zp), x, atol=s / 2)
    qp, sp, zpp = impl.quantize_zero_point(np.array([0.5, 1.0]))  # range extended down to 0
    assert zpp == 0 and np.isclose(sp, 1.0 / 255)


def test_fractional_zero_point_is_rounded_not_truncated(impl):
    x = np.array([-1.0, 0.0, 3.0])  # scale 4 / 255, -lo / scale = 63.75
    q, s, zp = impl.quantize_zero_point(x)
    assert zp == 64 and q.tolist() == [0, 64, 255]
    # int() or floor would give 63: -1.0 then needs code -1, is clipped to 0 and is off by 0.75 scale
    assert np.abs(impl.dequantize_zero_point(q, s, zp) - x).max() <= s / 2 + 1e-12
