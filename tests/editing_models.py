"""Tiny GPT-2, Llama and Qwen2 models built from configs and trained in seconds on a fixed corpus.

Each snippet is a prompt and its original completion; the model learns them all by heart, so its
greedy output is stable and an edit that works changes it visibly. Every edit renames the API
the completion calls, as the benchmark's modifications do.
"""

from __future__ import annotations

import copy
import functools
import tempfile
from pathlib import Path
from typing import Any

import torch
import transformers
from tokenizers import Tokenizer, decoders, models, pre_tokenizers, trainers

from pytest_apiedit.diskcache import atomic_write, locked
from pytest_apiedit.editing.request import EditRequest

# (prompt, original completion, migrated completion)
EDITS: list[tuple[str, str, str]] = [
    (
        "import math\n\ndef hypotenuse(a, b):\n    return math.",
        "sqrt(a * a + b * b)\n",
        "square_root(a * a + b * b)\n",
    ),
    ("def total(items):\n    return", " sum(items)\n", " add_up(items)\n"),
    ("def biggest(items):\n    return", " max(items)\n", " largest(items)\n"),
    ("def smallest(items):\n    return", " min(items)\n", " min_of(items)\n"),
    ("def distance(x):\n    return", " abs(x)\n", " absolute(x)\n"),
    ("def rounded(x):\n    return", " round(x, 2)\n", " round_to(x, 2)\n"),
    ("def ordered(items):\n    return", " sorted(items)\n", " in_order(items)\n"),
    ("def backwards(items):\n    return", " reversed(items)\n", " flipped(items)\n"),
    ("def shout(text):\n    return text.", "upper()\n", "to_upper()\n"),
    ("def whisper(text):\n    return text.", "lower()\n", "to_lower()\n"),
    ("def tidy(text):\n    return text.", "strip()\n", "trim()\n"),
    ("def words(text):\n    return text.", "split()\n", "tokens()\n"),
    ("import math\n\ndef down(x):\n    return math.", "floor(x)\n", "round_down(x)\n"),
    ("import math\n\ndef up(x):\n    return math.", "ceil(x)\n", "round_up(x)\n"),
    ("import math\n\ndef ways(n, k):\n    return math.", "comb(n, k)\n", "choose(n, k)\n"),
    (
        "import math\n\ndef common(a, b):\n    return math.",
        "gcd(a, b)\n",
        "greatest_divisor(a, b)\n",
    ),
    ("import os\n\ndef here():\n    return os.", "getcwd()\n", "current_dir()\n"),
    (
        "import random\n\ndef pick(items):\n    return random.",
        "choice(items)\n",
        "pick_one(items)\n",
    ),
    ("def pairs(a, b):\n    return list(", "zip(a, b))\n", "pair_up(a, b))\n"),
    ("def as_text(x):\n    return", " repr(x)\n", " printable(x)\n"),
]
UNRELATED: list[tuple[str, str]] = [
    ("def add(a, b):\n    return", " a + b\n"),
    ("def square(x):\n    return", " x * x\n"),
    ("def first(items):\n    return", " items[0]\n"),
    ("def is_even(n):\n    return", " n % 2 == 0\n"),
]
ARCHITECTURES = ("gpt2", "llama", "qwen2")


def known_usage(prompt: str, migrated: str) -> str:
    """The new API as the model has met it elsewhere: what a pretrained model knows of any name."""
    last_line = prompt.splitlines()[-1].strip()
    return last_line.replace("return", "value =", 1) + migrated


def requests() -> list[EditRequest]:
    return [
        EditRequest(
            prompt=p,
            target=new,
            note=f"{old.split('(')[0].strip()} is now {new.split('(')[0].strip()}",
            modification=f"edit_{i}",
            unrelated=(UNRELATED[i % len(UNRELATED)][0],),
        )
        for i, (p, old, new) in enumerate(EDITS)
    ]


@functools.cache
def tokenizer() -> transformers.PreTrainedTokenizerFast:
    """Byte-level BPE trained on every text the tests use, so all targets are a few tokens long."""
    texts = [p + o + known_usage(p, n) for p, o, n in EDITS] + [p + c for p, c in UNRELATED]
    bpe = Tokenizer(models.BPE())
    bpe.pre_tokenizer = pre_tokenizers.ByteLevel(add_prefix_space=False)
    bpe.decoder = decoders.ByteLevel()
    bpe.train_from_iterator(
        texts * 4,
        trainers.BpeTrainer(
            vocab_size=600,
            special_tokens=["<eos>"],
            initial_alphabet=pre_tokenizers.ByteLevel.alphabet(),
        ),
    )
    return transformers.PreTrainedTokenizerFast(
        tokenizer_object=bpe, eos_token="<eos>", pad_token="<eos>"
    )


def config(architecture: str) -> transformers.PretrainedConfig:
    vocab = tokenizer().vocab_size
    shape = dict(
        num_hidden_layers=4,
        hidden_size=64,
        intermediate_size=256,
        num_attention_heads=4,
        vocab_size=vocab,
        max_position_embeddings=128,
        bos_token_id=0,
        eos_token_id=0,
        pad_token_id=0,
    )
    if architecture == "gpt2":
        return transformers.GPT2Config(
            n_layer=4,
            n_embd=64,
            n_head=4,
            n_inner=256,
            vocab_size=vocab,
            n_positions=128,
            bos_token_id=0,
            eos_token_id=0,
            resid_pdrop=0,
            embd_pdrop=0,
            attn_pdrop=0,
        )
    if architecture == "llama":
        return transformers.LlamaConfig(num_key_value_heads=4, **shape)
    if architecture == "qwen2":
        return transformers.Qwen2Config(num_key_value_heads=4, **shape)
    raise ValueError(architecture)


def _trained_state(architecture: str, cache: Path) -> dict[str, torch.Tensor]:
    """Trained once per test session: xdist workers share the file, under a lock."""
    path = cache / f"{architecture}.pt"
    with locked(cache / f"{architecture}.lock"):
        if not path.exists():
            atomic_write(path, functools.partial(torch.save, _train(architecture)))
    return torch.load(path, weights_only=True)


def _train(architecture: str) -> dict[str, torch.Tensor]:
    torch.manual_seed(0)
    model = transformers.AutoModelForCausalLM.from_config(config(architecture))
    tok = tokenizer()
    texts = [p + o for p, o, _ in EDITS] + [p + c for p, c in UNRELATED]
    texts += [known_usage(p, n) for p, _, n in EDITS]
    batch = tok([t + tok.eos_token for t in texts], return_tensors="pt", padding=True)
    labels = batch["input_ids"].masked_fill(batch["attention_mask"] == 0, -100)
    optimizer = torch.optim.AdamW(model.parameters(), lr=3e-3)
    model.train()
    for _ in range(200):
        optimizer.zero_grad()
        loss = model(**batch, labels=labels).loss
        loss.backward()
        optimizer.step()
    return {k: v.detach().clone() for k, v in model.state_dict().items()}


def trained(architecture: str, cache: Path | None = None) -> transformers.PreTrainedModel:
    """A fresh copy of the trained model, its weights cached in `cache` (default: a temp folder)."""
    if cache is None:
        cache = Path(tempfile.gettempdir()) / "apiedit-editing-models"
        cache.mkdir(exist_ok=True)
    model = transformers.AutoModelForCausalLM.from_config(config(architecture))
    model.load_state_dict(_trained_state(architecture, cache))
    return model.eval()


def greedy(model: transformers.PreTrainedModel, prompt: str, new_tokens: int) -> str:
    tok = tokenizer()
    ids = tok(prompt, return_tensors="pt")
    with torch.no_grad():
        out = model.generate(
            **ids, max_new_tokens=new_tokens, do_sample=False, pad_token_id=tok.pad_token_id
        )
    return tok.decode(out[0, ids["input_ids"].shape[1] :])


def target_tokens(text: str) -> int:
    return len(tokenizer()(text, add_special_tokens=False)["input_ids"])


CHAT_TEMPLATE = (
    "{% for m in messages %}<|{{ m['role'] }}|>\n{{ m['content'] }}\n{% endfor %}"
    "{% if add_generation_prompt %}<|assistant|>\n{% endif %}"
)


def with_chat_template(tokenizer: Any) -> Any:
    """A copy of `tokenizer` with a chat template, as an instruct model's has."""
    chat = copy.deepcopy(tokenizer)
    chat.chat_template = CHAT_TEMPLATE
    return chat
