"""The editing engine on real (tiny, briefly trained) GPT-2, Llama and Qwen2 models."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import editing_models as em
import pytest
import torch
import yaml
from transformers import DynamicCache

from pytest_apiedit.editing.errors import EditConfigError
from pytest_apiedit.editing.registry import make_editor

pytestmark = pytest.mark.usefixtures("apiedit_env")

# Hyperparameters for 4-layer, 64-wide models: the defaults are scaled for real model sizes.
TINY: dict[str, dict[str, object]] = {
    "ft": {"layers": [2], "lr": 1e-2, "num_steps": 60, "norm_constraint": 0.2},
    "lora": {"lr": 1e-2, "num_steps": 60, "lora_dropout": 0.0},
    "rome": {"layers": [3], "v_num_grad_steps": 60, "clamp_norm_factor": 10, "kl_factor": 0.02},
    "memit": {"layers": [3], "v_num_grad_steps": 60, "clamp_norm_factor": 4, "kl_factor": 0.02},
    "pmet": {
        "layers": [3],
        "v_num_grad_steps": 60,
        "clamp_norm_factor": 10,
        "kl_factor": 0.02,
        "v_weight_decay": 0.001,
    },
    "alphaedit": {
        "layers": [3],
        "v_num_grad_steps": 60,
        "clamp_norm_factor": 4,
        "kl_factor": 0.02,
        "v_weight_decay": 0.001,
        "L2": 0.01,
        "nullspace_threshold": 0.001,
    },
    "grace": {"eps": 0.5},
    "wise": {
        "act_margin": [0.3, 6.0, 4.0],
        "edit_lr": 5.0,
        "norm_constraint": 0.5,
        "mask_ratio": 0.5,
        "n_iter": 100,
        "act_ratio": 0.95,
    },
}
MEMORY_METHODS = ("grace", "wise")
EDIT = 2
"""The request the single-edit tests make (`biggest`: `max` -> `largest`).

Not `total` -> `add_up`: a locate-then-edit method writes one vector at the last prompt token,
which decides `add` and leaves `(` to a model that has only ever seen `add(`; those methods
promise the first token of a fact, and `largest` is one token to these models.
"""


@pytest.fixture(autouse=True)
def one_thread() -> Iterator[None]:
    """Edits are small sequential matrix work: a second thread only contends with xdist workers."""
    threads = torch.get_num_threads()
    torch.set_num_threads(1)
    yield
    torch.set_num_threads(threads)


def hparams_file(tmp_path: Path, values: dict[str, object]) -> Path:
    path = tmp_path / "hparams.yaml"
    path.write_text(yaml.safe_dump(values))
    return path


def state(model: torch.nn.Module) -> dict[str, torch.Tensor]:
    return {name: tensor.detach().clone() for name, tensor in model.state_dict().items()}


def assert_bitwise_equal(model: torch.nn.Module, before: dict[str, torch.Tensor]) -> None:
    after = model.state_dict()
    assert after.keys() == before.keys()
    changed = [name for name, tensor in after.items() if not torch.equal(tensor, before[name])]
    assert changed == []


@pytest.mark.parametrize("architecture", em.ARCHITECTURES)
@pytest.mark.parametrize("method", sorted(TINY))
def test_single_edit_writes_the_target_and_restore_is_bitwise(
    method: str, architecture: str, weights_cache: Path, tmp_path: Path
) -> None:
    model = em.trained(architecture, weights_cache)
    request = em.requests()[EDIT]
    before_target = em.greedy(model, request.prompt, em.target_tokens(request.target))
    assert before_target != request.target
    before = state(model)
    editor = make_editor(method, model, em.tokenizer(), hparams_file(tmp_path, TINY[method]))

    handle = editor.apply([request])
    assert (
        em.greedy(model, handle.prepare_prompt(request.prompt), em.target_tokens(request.target))
        == request.target
    )
    handle.restore()

    assert_bitwise_equal(model, before)
    assert em.greedy(model, request.prompt, em.target_tokens(request.target)) == before_target


def continuations(model: torch.nn.Module, prompts: list[tuple[str, str]]) -> list[str]:
    """Greedy output of each prompt, as long as its known completion."""
    return [em.greedy(model, prompt, em.target_tokens(done)) for prompt, done in prompts]


OTHER_PROMPTS = [(p, old) for i, (p, old, _) in enumerate(em.EDITS) if i != EDIT] + em.UNRELATED
"""Every prompt the model knows but the edited one."""


@pytest.mark.parametrize("architecture", em.ARCHITECTURES)
@pytest.mark.parametrize("method", MEMORY_METHODS)
def test_memory_methods_leave_every_other_prompt_alone(
    method: str, architecture: str, weights_cache: Path, tmp_path: Path
) -> None:
    model = em.trained(architecture, weights_cache)
    before = continuations(model, OTHER_PROMPTS)
    editor = make_editor(method, model, em.tokenizer(), hparams_file(tmp_path, TINY[method]))
    editor.apply([em.requests()[EDIT]])
    assert continuations(model, OTHER_PROMPTS) == before


@pytest.mark.parametrize("method", MEMORY_METHODS)
def test_every_sampled_row_keeps_the_edit_as_the_batch_grows_and_shrinks(
    method: str, weights_cache: Path, tmp_path: Path
) -> None:
    """The plugin's decoder repeats the prompt's row for n samples after the prefill and drops
    rows as they finish, saying so each time: a row still decoding keeps the memory chosen on
    its prompt for the rest of the target."""
    model = em.trained("llama", weights_cache)
    tok = em.tokenizer()
    editor = make_editor(method, model, tok, hparams_file(tmp_path, TINY[method]))
    request = em.requests()[0]  # square_root: several tokens, each written by the memory
    editor.apply([request])
    cache = DynamicCache(config=model.config)
    written: list[int] = []
    with torch.no_grad():
        prompt = tok(request.prompt, return_tensors="pt")["input_ids"]
        token = model(input_ids=prompt, cache=cache, use_cache=True).logits[:, -1]
        token = token.argmax(-1).repeat(3)
        cache.batch_repeat_interleave(3)
        editor.select_rows(torch.zeros(3, dtype=torch.long))
        for step in range(em.target_tokens(request.target)):
            written.append(int(token[-1]))
            if step == 1:  # the first two samples ended
                cache.batch_select_indices(stays := torch.tensor([2]))
                editor.select_rows(stays)
                token = token[stays]
            step_logits = model(input_ids=token[:, None], cache=cache, use_cache=True)
            token = step_logits.logits[:, -1].argmax(-1)
    assert tok.decode(written) == request.target


@pytest.mark.parametrize("method", sorted(TINY))
def test_twenty_successive_edits(method: str, weights_cache: Path, tmp_path: Path) -> None:
    """Edits stack without a crash (GPT-2: its Conv1D weights are stored transposed)."""
    model = em.trained("gpt2", weights_cache)
    before = state(model)
    editor = make_editor(method, model, em.tokenizer(), hparams_file(tmp_path, TINY[method]))
    requests = em.requests()
    for request in requests:
        editor.apply([request])
    assert len(editor.applied) == len(requests) == 20
    last = requests[-1]
    written = em.greedy(model, last.prompt, em.target_tokens(last.target))
    if method == "grace":
        assert written == last.target
    with torch.no_grad():
        logits = model(**em.tokenizer()(last.prompt, return_tensors="pt")).logits
    assert torch.isfinite(logits).all()
    editor.restore()
    assert_bitwise_equal(model, before)


def test_none_changes_nothing_and_prompt_puts_the_note_in_context(weights_cache: Path) -> None:
    model = em.trained("llama", weights_cache)
    request = em.requests()[EDIT]
    before = state(model)
    untouched = make_editor("none", model, em.tokenizer()).apply([request])
    assert untouched.prepare_prompt(request.prompt) == request.prompt
    assert_bitwise_equal(model, before)

    in_context = make_editor("prompt", model, em.tokenizer()).apply([request])
    assert in_context.prepare_prompt(request.prompt) == f"# {request.note}\n\n{request.prompt}"
    assert_bitwise_equal(model, before)
    in_context.restore()
    assert in_context.prepare_prompt(request.prompt) == request.prompt


def tiny_random(architecture: str) -> torch.nn.Module:
    torch.manual_seed(0)
    import transformers

    return transformers.AutoModelForCausalLM.from_config(em.config(architecture)).eval()


@pytest.mark.parametrize(
    ("values", "message"),
    [
        ({"layers": [99]}, "layer 99 is past the model's depth (4 layers"),
        ({"rewrite_module_tmp": "model.blocks.{}.mlp"}, "matches nothing"),
        ({"v_lr": "fast"}, "v_lr='fast' for rome is not a valid float"),
        ({"v_learning_rate": 0.1}, "unknown hyperparameter 'v_learning_rate' for rome"),
        ({"alg_name": "MEMIT"}, "is for MEMIT, not rome"),
        ({"fact_token": "subject_first"}, "fact_token: 'subject_first' is not what the native"),
        ({"v_loss_layer": 1}, "v_loss_layer 1: the native methods read the loss from the model's"),
        ({"context_template_length_params": "many"}, "context_template_length_params='many'"),
        ([1, 2], "must hold a mapping"),
    ],
)
def test_bad_hyperparameters_fail_at_configuration_with_one_line(
    values: object, message: str, tmp_path: Path
) -> None:
    path = tmp_path / "rome.yaml"
    path.write_text(yaml.safe_dump(values))
    with pytest.raises(EditConfigError) as error:
        make_editor("rome", tiny_random("llama"), em.tokenizer(), path)
    assert message in str(error.value)
    assert "\n" not in str(error.value)


def test_malformed_yaml_unknown_method_and_missing_file_are_one_line_errors(tmp_path: Path) -> None:
    model = tiny_random("gpt2")
    broken = tmp_path / "broken.yaml"
    broken.write_text("layers: [1, 2\nv_lr: 0.5\n")
    cases = [
        (("rome", broken), "malformed YAML in"),
        (("romeo", None), r"--edit-method 'romeo' is not one of none, prompt, .* \(did you mean"),
        (("ft", tmp_path / "absent.yaml"), "cannot read hyperparameter file"),
    ]
    for (method, path), message in cases:
        with pytest.raises(EditConfigError, match=message) as error:
            make_editor(method, model, em.tokenizer(), path)
        assert "\n" not in str(error.value)


# EasyEdit's hparams/ROME/gpt2-xl.yaml, pointed at a 4-layer GPT-2 (layers, v_loss_layer).
EASYEDIT_ROME = """
alg_name: "ROME"
model_name: "./hugging_cache/gpt2-xl"
stats_dir: "./data/stats"
device: 0
layers: [LAYER]
fact_token: "subject_last"
v_num_grad_steps: 20
v_lr: LR
v_loss_layer: 3
v_weight_decay: 0.5
clamp_norm_factor: 4
kl_factor: 0.0625
mom2_adjustment: true
context_template_length_params: [[5, 10], [10, 10]]
rewrite_module_tmp: "transformer.h.{}.mlp.c_proj"
layer_module_tmp: "transformer.h.{}"
mlp_module_tmp: "transformer.h.{}.mlp"
attn_module_tmp: "transformer.h.{}.attn"
ln_f_module: "transformer.ln_f"
lm_head_module: "transformer.wte"
mom2_dataset: "wikipedia"
mom2_n_samples: 40
mom2_dtype: "float32"
"""


def rome_from_easyedit_yaml(tmp_path: Path, layer: int, lr: str) -> dict[str, torch.Tensor]:
    """The weights that changed after one ROME edit configured by EasyEdit's file."""
    model = tiny_random("gpt2")
    before = state(model)
    path = tmp_path / f"rome-{layer}-{lr}.yaml"
    path.write_text(EASYEDIT_ROME.replace("LAYER", str(layer)).replace("LR", lr))
    editor = make_editor("rome", model, em.tokenizer(), path)
    assert editor.params.layers == [layer]
    assert editor.params.v_lr == float(
        lr
    )  # "5e-1" is a string to YAML; EasyEdit converts, so do we
    editor.apply([em.requests()[EDIT]])
    return {
        name: t - before[name]
        for name, t in model.state_dict().items()
        if not torch.equal(t, before[name])
    }


def test_an_easyedit_rome_file_sets_the_layer_and_learning_rate(tmp_path: Path) -> None:
    at_two = rome_from_easyedit_yaml(tmp_path, 2, "5e-1")
    assert list(at_two) == ["transformer.h.2.mlp.c_proj.weight"]
    assert list(rome_from_easyedit_yaml(tmp_path, 1, "5e-1")) == [
        "transformer.h.1.mlp.c_proj.weight"
    ]
    same = rome_from_easyedit_yaml(tmp_path, 2, "5e-1")
    slower = rome_from_easyedit_yaml(tmp_path, 2, "1e-3")
    assert torch.equal(
        same["transformer.h.2.mlp.c_proj.weight"], at_two["transformer.h.2.mlp.c_proj.weight"]
    )
    assert not torch.allclose(
        slower["transformer.h.2.mlp.c_proj.weight"], at_two["transformer.h.2.mlp.c_proj.weight"]
    )


# EasyEdit's hparams/GRACE/gpt2-xl.yaml, pointed at a 4-layer GPT-2 (inner_params, n_iter).
EASYEDIT_GRACE = """
alg_name: "GRACE"
model_name: "./hugging_cache/gpt2-xl"
device: 0

inner_params:
- transformer.h[LAYER].mlp.c_fc.weight

edit_lr: LR
n_iter: 5
eps: 1.0
dist_fn: euc # euc, mmd, cos
val_init: cold # cold, warm
val_train: sgd # sgd, pert
val_reg: None # early
reg: early_stop # early_stop
replacement: replace_last # replace_last, replace_all, replace_prompt
eps_expand: coverage # , moving_avg, decay
num_pert: 8 # only matters when using perturbation training
dropout: 0.0
"""


def grace_from_easyedit_yaml(
    tmp_path: Path, weights_cache: Path, layer: int, lr: str
) -> tuple[list[int], float]:
    """After one GRACE edit configured by EasyEdit's file: the blocks whose MLP output changed
    on the edit prompt, and the loss of the target's first token (`replace_last` writes that)."""
    model = em.trained("gpt2", weights_cache)
    request = em.requests()[EDIT]
    path = tmp_path / f"grace-{layer}-{lr}.yaml"
    path.write_text(EASYEDIT_GRACE.replace("LAYER", str(layer)).replace("LR", lr))
    editor = make_editor("grace", model, em.tokenizer(), path)
    assert editor.params.layers == [layer]
    assert editor.params.rewrite_module_tmp == "transformer.h.{}.mlp.c_fc"
    assert editor.params.edit_lr == float(lr)

    def mlp_outputs() -> list[torch.Tensor]:
        seen: list[torch.Tensor] = []
        handles = [
            block.mlp.c_fc.register_forward_hook(lambda _, __, out: seen.append(out))
            for block in model.transformer.h
        ]
        with torch.no_grad():
            model(**em.tokenizer()(request.prompt, return_tensors="pt"))
        for handle in handles:
            handle.remove()
        return seen

    before = mlp_outputs()
    editor.apply([request])
    pairs = enumerate(zip(before, mlp_outputs(), strict=True))
    changed = [block for block, (old, new) in pairs if not torch.equal(old, new)]
    first = em.tokenizer()(request.target, add_special_tokens=False)["input_ids"][0]
    with torch.no_grad():
        logits = model(**em.tokenizer()(request.prompt, return_tensors="pt")).logits
    return changed, -torch.log_softmax(logits[0, -1], -1)[first].item()


def test_an_easyedit_grace_file_sets_the_layer_and_learning_rate(
    tmp_path: Path, weights_cache: Path
) -> None:
    changed, fast = grace_from_easyedit_yaml(tmp_path, weights_cache, 1, "1.0")
    assert changed == [1, 2, 3]  # the codebook answers at block 1; later blocks read its value
    assert grace_from_easyedit_yaml(tmp_path, weights_cache, 2, "1.0")[0] == [2, 3]
    _, slow = grace_from_easyedit_yaml(tmp_path, weights_cache, 1, "1e-3")
    assert fast < slow


def six_architectures() -> dict[str, object]:
    import transformers

    vocab = em.tokenizer().vocab_size
    shape = dict(
        num_hidden_layers=3,
        hidden_size=32,
        intermediate_size=64,
        num_attention_heads=2,
        vocab_size=vocab,
    )
    return {
        "gpt2": transformers.GPT2Config(n_layer=3, n_embd=32, n_head=2, vocab_size=vocab),
        "llama": transformers.LlamaConfig(num_key_value_heads=2, **shape),
        "qwen2": transformers.Qwen2Config(num_key_value_heads=2, **shape),
        "mistral": transformers.MistralConfig(num_key_value_heads=2, **shape),
        "gpt_neox": transformers.GPTNeoXConfig(**shape),
        "starcoder2": transformers.Starcoder2Config(num_key_value_heads=2, **shape),
    }


@pytest.mark.parametrize("architecture", sorted(six_architectures()))
def test_every_common_decoder_resolves_and_edits(architecture: str, tmp_path: Path) -> None:
    import transformers

    from pytest_apiedit.editing.architecture import in_out_features, layout_of, module_at
    from pytest_apiedit.editing.registry import EDITORS

    torch.manual_seed(0)
    model = transformers.AutoModelForCausalLM.from_config(six_architectures()[architecture]).eval()
    layout = layout_of(model)
    for template in (layout.rewrite_module_tmp, layout.attn_out_module_tmp):
        assert in_out_features(module_at(model, template, 2))[1] == 32
    for method in EDITORS:  # every method's defaults fit a 3-layer model
        make_editor(method, model, em.tokenizer())
    before = state(model)
    path = hparams_file(tmp_path, {"layers": [1], "v_num_grad_steps": 3, "mom2_adjustment": False})
    editor = make_editor("rome", model, em.tokenizer(), path)
    editor.apply([em.requests()[EDIT]])
    changed = [name for name, t in model.state_dict().items() if not torch.equal(t, before[name])]
    assert changed == [layout.rewrite_module_tmp.format(1) + ".weight"]
    editor.restore()
    assert_bitwise_equal(model, before)


def test_a_second_covariance_request_is_served_from_the_cache(tmp_path: Path) -> None:
    from pytest_apiedit.editing.covariance import Statistics

    model = tiny_random("llama")
    corpus = tuple(p + o for p, o, _ in em.EDITS)
    module = "model.layers.1.mlp.down_proj"
    first = Statistics(model, em.tokenizer(), corpus, root=tmp_path)
    moment = first.second_moment(module, samples=6)
    assert first.computed == 1
    again = Statistics(model, em.tokenizer(), corpus, root=tmp_path)
    assert torch.equal(again.second_moment(module, samples=6), moment)
    assert again.computed == 0
    assert (
        first.second_moment(module, samples=5) is not moment
    )  # another corpus slice: another entry

    keys = []
    handle = model.get_submodule(module).register_forward_pre_hook(
        lambda _, args: keys.append(args[0][0])
    )
    with torch.no_grad():
        for text in corpus[:6]:
            model(**em.tokenizer()(text, return_tensors="pt"))
    handle.remove()
    stacked = torch.cat(keys)
    torch.testing.assert_close(moment, stacked.T @ stacked / len(stacked))


def test_several_covariances_come_from_one_pass_that_stops_at_the_deepest_module(
    tmp_path: Path,
) -> None:
    from pytest_apiedit.editing.covariance import Statistics

    model = tiny_random("llama")
    corpus = tuple(p + o for p, o, _ in em.EDITS)
    modules = ["model.layers.1.mlp.down_proj", "model.layers.0.mlp.down_proj"]
    alone = {
        name: Statistics(model, em.tokenizer(), corpus, root=tmp_path / name).second_moment(
            name, samples=6
        )
        for name in modules
    }
    top_runs = []
    model.model.layers[-1].register_forward_pre_hook(lambda *_: top_runs.append(1))
    together = Statistics(model, em.tokenizer(), corpus, root=tmp_path / "together")
    moments = together.second_moments(modules, samples=6)
    assert together.computed == 2
    assert top_runs == []  # layer 2 is above both: never run
    for name in modules:
        torch.testing.assert_close(moments[name], alone[name])


def test_a_multi_layer_rome_edit_reads_every_covariance_off_the_pristine_model(
    weights_cache: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """ROME writes layer after layer: a moment computed once a lower layer is written would be
    an edited model's keys, cached under the pristine model's name for every later edit."""
    from pytest_apiedit.editing.covariance import Statistics

    monkeypatch.setenv("PYTEST_APIEDIT_CACHE", str(tmp_path / "empty"))  # every moment computed
    model = em.trained("llama", weights_cache)
    before = state(model)
    samples = 12
    values = {"layers": [1, 2], "v_num_grad_steps": 10, "mom2_n_samples": samples}
    editor = make_editor("rome", model, em.tokenizer(), hparams_file(tmp_path, values))
    editor.apply([em.requests()[EDIT]])
    names = [f"model.layers.{layer}.mlp.down_proj" for layer in (1, 2)]
    after = model.state_dict()
    changed = [n for n in names if not torch.equal(after[f"{n}.weight"], before[f"{n}.weight"])]
    assert changed == names  # both layers written
    assert editor.statistics is not None and editor.statistics.computed == 2

    pristine = Statistics(em.trained("llama", weights_cache), em.tokenizer(), root=tmp_path)
    expected = pristine.second_moments(names, samples)
    used = editor.statistics.second_moments(names, samples)  # the editor's, from its memory
    assert [torch.equal(used[name], expected[name]) for name in names] == [True, True]


COMPUTE_IN_A_WORKER = """
import sys, torch, transformers
sys.path.insert(0, {tests!r})
import editing_models as em
from pytest_apiedit.editing.covariance import Statistics
torch.manual_seed(0)
model = transformers.AutoModelForCausalLM.from_config(em.config("llama")).eval()
corpus = tuple(p + o for p, o, _ in em.EDITS) * 20
statistics = Statistics(model, em.tokenizer(), corpus, root={root!r})
statistics.second_moment("model.layers.2.mlp.down_proj", samples=400)
print(statistics.computed)
"""


def test_concurrent_workers_compute_a_covariance_once(tmp_path: Path) -> None:
    import subprocess
    import sys

    script = COMPUTE_IN_A_WORKER.format(tests=str(Path(__file__).parent), root=str(tmp_path))
    workers = [
        subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, text=True)
        for _ in range(2)
    ]
    computed = [int(worker.communicate(timeout=300)[0].split()[-1]) for worker in workers]
    assert sorted(computed) == [0, 1]


def test_the_code_corpus_mixes_benchmark_solutions_and_the_standard_library() -> None:
    from pytest_apiedit.benchmark.corpus import code_corpus
    from pytest_apiedit.benchmark.store import Benchmark

    corpus = code_corpus()
    solutions = {problem.original for problem in Benchmark.load().problems}
    assert corpus[0] in solutions
    assert corpus[1] not in solutions  # a standard-library chunk
    assert solutions <= set(corpus)


def test_the_seed_decides_a_lora_edit_and_repeats_it(tmp_path: Path) -> None:
    """LoRA's adapters start from random matrices and train under dropout: `--seed` (the
    editor's seed) must change the edit, and the same seed must give the same one."""
    model = tiny_random("llama")
    path = hparams_file(tmp_path, {"num_steps": 3, "lr": 1e-2, "lora_dropout": 0.1})
    request = em.requests()[EDIT]
    ids = torch.tensor([em.tokenizer().encode(request.prompt)])

    def edited_logits(seed: int) -> torch.Tensor:
        editor = make_editor("lora", model, em.tokenizer(), path, seed=seed)
        editor.apply([request])
        with torch.no_grad():
            logits = model(ids).logits  # [1, prompt tokens, vocabulary]
        editor.restore()
        return logits

    first = edited_logits(0)
    assert torch.equal(edited_logits(0), first)
    assert not torch.allclose(edited_logits(1), first)
