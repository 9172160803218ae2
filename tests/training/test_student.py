"""training.framing.encoder: cutting an encoder to some of its layers (a layer-dropped student).

Needs the training extra (torch, transformers): skipped in the run-time environment.
"""

import pytest

torch = pytest.importorskip("torch")
transformers = pytest.importorskip("transformers")

from training.framing.encoder import keep_layers, layer_count  # noqa: E402


def _tiny_bert(layers: int):
    config = transformers.BertConfig(
        vocab_size=50,
        hidden_size=16,
        num_hidden_layers=layers,
        num_attention_heads=2,
        intermediate_size=32,
        max_position_embeddings=32,
    )
    torch.manual_seed(0)
    return transformers.BertModel(config).eval()


def test_keep_layers_keeps_the_chosen_layers_in_order_and_renumbers_them():
    bert = _tiny_bert(6)
    wanted = [bert.encoder.layer[i].attention.self.query.weight.clone() for i in (0, 2, 4)]
    keep_layers(bert, [0, 2, 4])
    state = bert.state_dict()
    assert layer_count(state) == 3
    assert bert.config.num_hidden_layers == 3
    for n, w in enumerate(wanted):
        assert torch.equal(state[f"encoder.layer.{n}.attention.self.query.weight"], w)
    assert not any(k.startswith("encoder.layer.3.") for k in state)


def test_a_cut_state_dict_loads_strictly_into_a_model_cut_the_same_way():
    student = _tiny_bert(6)
    keep_layers(student, [0, 1])
    fresh = _tiny_bert(6)
    keep_layers(fresh, list(range(layer_count(student.state_dict()))))
    fresh.load_state_dict(student.state_dict(), strict=True)
    x = torch.tensor([[1, 5, 7, 2]])
    m = torch.ones_like(x)
    with torch.no_grad():
        a = student(input_ids=x, attention_mask=m).last_hidden_state
        b = fresh(input_ids=x, attention_mask=m).last_hidden_state
    assert torch.allclose(a, b)
