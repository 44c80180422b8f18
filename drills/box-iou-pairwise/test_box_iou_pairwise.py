import numpy as np
import pytest


def test_hand_values(impl):
    a = np.array([[0.0, 0.0, 2.0, 2.0]])
    b = np.array([[1.0, 1.0, 3.0, 3.0], [0.0, 0.0, 2.0, 2.0], [2.0, 0.0, 4.0, 2.0], [5.0, 5.0, 6.0, 6.0],
                  [0.0, 3.0, 2.0, 4.0]])
    # overlap 1 / union 7 ; identical ; touching edge ; disjoint ; same x-range but above (h < 0)
    assert np.allclose(impl.box_iou(a, b), [[1 / 7, 1.0, 0.0, 0.0, 0.0]])


def test_shape_and_symmetry(impl):
    rng = np.random.default_rng(0)
    xy = rng.uniform(0, 10, size=(5, 2))
    a = np.column_stack([xy, xy + rng.uniform(0.5, 4, size=(5, 2))])
    xy = rng.uniform(0, 10, size=(3, 2))
    b = np.column_stack([xy, xy + rng.uniform(0.5, 4, size=(3, 2))])
    iou = impl.box_iou(a, b)
    assert iou.shape == (5, 3) and np.allclose(iou, impl.box_iou(b, a).T)
    assert np.all((iou >= 0) & (iou <= 1))


def test_matches_pixel_counting(impl):
    a = np.array([[1.0, 2.0, 7.0, 5.0]])
    b = np.array([[4.0, 0.0, 9.0, 4.0]])
    grid = np.zeros((2, 10, 10), bool)
    grid[0, 2:5, 1:7] = True                            # rows = y, cols = x
    grid[1, 0:4, 4:9] = True
    expected = (grid[0] & grid[1]).sum() / (grid[0] | grid[1]).sum()
    assert np.isclose(impl.box_iou(a, b)[0, 0], expected)


def test_containment_and_degenerate_boxes(impl):
    outer = np.array([[0.0, 0.0, 4.0, 4.0]])
    inner = np.array([[1.0, 1.0, 2.0, 2.0], [1.0, 1.0, 1.0, 3.0]])   # second box has zero area
    assert np.allclose(impl.box_iou(outer, inner), [[1 / 16, 0.0]])
    point = np.array([[1.0, 1.0, 1.0, 1.0]])
    out = impl.box_iou(point, point)
    assert np.all(np.isfinite(out)) and out[0, 0] == 0.0


def test_invalid_box_raises(impl):
    with pytest.raises(ValueError):
        impl.box_iou(np.array([[2.0, 0.0, 1.0, 1.0]]), np.array([[0.0, 0.0, 1.0, 1.0]]))
    with pytest.raises(ValueError):                     # (4, 3) must not be silently read as (3, 4)
        impl.box_iou(np.zeros((4, 3)), np.array([[0.0, 0.0, 1.0, 1.0]]))
