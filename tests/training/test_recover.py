"""training.framing.recover: dequantising the shipped int8 encoder's weights."""

import numpy as np
import pytest

from training.framing.recover import _dequantise


def _quantise_per_column(w: np.ndarray) -> dict[str, np.ndarray]:
    # symmetric int8 per output column, as onnxruntime's quantize_dynamic(per_channel=True)
    scale = np.abs(w).max(axis=0) / 127.0
    q = np.clip(np.round(w / scale), -127, 127).astype(np.int8)
    return {
        "w_quantized": q,
        "w_scale": scale.astype(np.float32),
        "w_zero_point": np.zeros(w.shape[1], np.int8),
    }


def test_dequantise_is_within_half_a_step_per_column():
    rng = np.random.default_rng(0)
    w = rng.normal(size=(48, 16)).astype(np.float32) * rng.uniform(0.01, 2.0, size=16)
    inits = _quantise_per_column(w)
    back = _dequantise(inits, "w", axis=1)
    assert back.shape == w.shape
    assert np.all(np.abs(back - w) <= inits["w_scale"] / 2 + 1e-7)


def test_dequantise_honours_zero_points_and_per_tensor_scales():
    inits = {
        "t_quantized": np.array([[0, 10], [20, 255]], np.uint8),
        "t_scale": np.array(0.5, np.float32),
        "t_zero_point": np.array(10, np.uint8),
    }
    assert _dequantise(inits, "t", axis=1) == pytest.approx(np.array([[-5.0, 0.0], [5.0, 122.5]]))
