"""Recover a torch state dict from a shipped int8 ONNX encoder, to go on fine-tuning it.

    python -m training.framing.recover --model newsdossier/models/framing --out /tmp/framing-init

The fp32 checkpoint behind a shipped ``encoder.onnx`` is not kept (it is
86 MB and training-only).  ``training.framing.export`` quantises every MatMul
weight and embedding table per output channel (``w = scale * (q - zero)``) and
leaves biases and LayerNorms in fp32, so the dequantised weights are within
half a quantisation step of the checkpoint that was exported.  This writes
them as ``OUT/encoder.pt`` (BertModel state-dict keys) with the heads as
``OUT/heads.npz``: the starting point ``training.framing.encoder --hp
'{"init": "OUT"}'`` continues from.
"""

from __future__ import annotations

import argparse
import re
from pathlib import Path

import numpy as np

_MATMUL = re.compile(r"^/bert/(.+)/MatMul_quant$")
_PREFIX = "bert."
_QUANT_PARTS = ("_quantized", "_scale", "_zero_point")


def _dequantise(inits: dict[str, np.ndarray], name: str, axis: int) -> np.ndarray:
    """``name_quantized`` with per-channel ``name_scale``/``name_zero_point`` along ``axis``."""
    q = inits[f"{name}_quantized"].astype(np.float32)
    scale = inits[f"{name}_scale"].astype(np.float32)
    zero = inits[f"{name}_zero_point"].astype(np.float32)
    shape = [1] * q.ndim
    shape[axis] = -1
    if scale.ndim:
        scale, zero = scale.reshape(shape), zero.reshape(shape)
    return (q - zero) * scale


def state_dict_from_onnx(path: Path) -> dict[str, np.ndarray]:
    """BertModel state-dict entries for every weight the ONNX graph holds."""
    import onnx
    from onnx import numpy_helper

    model = onnx.load(str(path))
    inits = {i.name: numpy_helper.to_array(i) for i in model.graph.initializer}
    state: dict[str, np.ndarray] = {}
    for name, value in inits.items():
        if name.endswith(_QUANT_PARTS) or not name.startswith(_PREFIX):
            continue
        if value.dtype == np.float32:
            state[name[len(_PREFIX) :]] = value  # biases, LayerNorms (never quantised)
    for name in {n[: -len("_quantized")] for n in inits if n.endswith("_quantized")}:
        if name.startswith(_PREFIX):  # embedding tables: rows are tokens, scales per column
            state[name[len(_PREFIX) :]] = _dequantise(inits, name, axis=1)
    for node in model.graph.node:
        match = _MATMUL.match(node.name) if node.op_type == "MatMulInteger" else None
        if match is None:
            continue
        weight = node.input[1][: -len("_quantized")]
        # ONNX MatMul weights are (in, out), scaled per output column; torch's are (out, in)
        state[match.group(1).replace("/", ".") + ".weight"] = _dequantise(inits, weight, 1).T
    return {k: np.ascontiguousarray(v) for k, v in state.items()}


def recover(model_dir: Path, out: Path) -> list[str]:
    """Write ``out/encoder.pt`` and ``out/heads.npz``; returns the BertModel keys not recovered."""
    import torch
    from transformers import AutoModel

    from training.framing.encoder import encoder_source, keep_layers, layer_count

    state = {
        k: torch.from_numpy(v) for k, v in state_dict_from_onnx(model_dir / "encoder.onnx").items()
    }
    bert = AutoModel.from_pretrained(str(encoder_source()))
    if layer_count(state) < bert.config.num_hidden_layers:  # a layer-dropped student
        keep_layers(bert, list(range(layer_count(state))))
    expected = bert.state_dict()
    unknown = sorted(set(state) - set(expected))
    if unknown:
        raise ValueError(f"ONNX weights with no BertModel parameter: {unknown[:5]}")
    for key, value in state.items():
        if tuple(value.shape) != tuple(expected[key].shape):
            raise ValueError(
                f"{key}: ONNX shape {tuple(value.shape)} != {tuple(expected[key].shape)}"
            )
    out.mkdir(parents=True, exist_ok=True)
    torch.save(state, out / "encoder.pt")
    with np.load(model_dir / "heads.npz") as data:
        np.savez(out / "heads.npz", **{k: data[k] for k in data.files if k != "vocab"})
    return sorted(set(expected) - set(state))


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--model", type=Path, default=Path("newsdossier/models/framing"))
    ap.add_argument("--out", type=Path, default=Path("/tmp/framing-init"))
    args = ap.parse_args()
    missing = recover(args.model, args.out)
    # the pooler is not in the graph (only last_hidden_state is exported) and is never used
    print("recovered; BertModel keys left at the base model's values:", missing)


if __name__ == "__main__":
    main()
