"""The default model until a trained one ships: a small Llama built here and cached on disk.

Its weights are random (seeded), so it writes noise; what it offers is a real transformers model
and tokenizer on a fresh offline machine, so the whole pipeline runs end to end. The tokenizer is a
byte-level BPE trained on the code corpus, so code costs few tokens. Built once per cache folder,
under a file lock: concurrent xdist workers wait for the first and then load its files.
"""

from __future__ import annotations

import fcntl
import os
import shutil
from pathlib import Path

import torch
import transformers
from tokenizers import Tokenizer, decoders, models, pre_tokenizers, trainers

from pytest_apiedit.benchmark.corpus import code_corpus
from pytest_apiedit.editing.covariance import cache_root

EMBEDDED = Path(__file__).parent / "embedded"
"""The trained default model's folder in the package (`benchmarks/train_default_model.py`)."""
VERSION = "random-llama-v1"
"""Part of the folder name: a change to what is built below must change it."""
VOCAB = 4096
TOKENIZER_TEXTS = 3000


def default_model_dir(root: Path | None = None) -> Path:
    return (root or cache_root()) / "models" / VERSION


def ensure_default_model(root: Path | None = None) -> Path:
    """The folder of the default model, built on first use."""
    folder = default_model_dir(root)
    folder.parent.mkdir(parents=True, exist_ok=True)
    with open(folder.with_suffix(".lock"), "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if not (folder / "config.json").exists():
            partial = folder.with_name(f"{folder.name}.{os.getpid()}.tmp")
            shutil.rmtree(partial, ignore_errors=True)
            build_default_model(partial)
            os.replace(partial, folder)
    return folder


def build_default_model(folder: Path) -> None:
    tokenizer = corpus_tokenizer()
    config = transformers.LlamaConfig(
        vocab_size=len(tokenizer),
        hidden_size=128,
        intermediate_size=512,
        num_hidden_layers=2,
        num_attention_heads=4,
        num_key_value_heads=4,
        max_position_embeddings=4096,
        bos_token_id=tokenizer.bos_token_id,
        eos_token_id=tokenizer.eos_token_id,
        pad_token_id=tokenizer.pad_token_id,
        tie_word_embeddings=True,
    )
    generator_state = torch.random.get_rng_state()
    torch.manual_seed(0)
    try:
        model = transformers.LlamaForCausalLM(config)
    finally:
        torch.random.set_rng_state(generator_state)
    model.generation_config.pad_token_id = tokenizer.pad_token_id
    model.save_pretrained(folder)
    tokenizer.save_pretrained(folder)


def corpus_tokenizer(vocab: int = VOCAB) -> transformers.PreTrainedTokenizerFast:
    """A byte-level BPE trained on the first texts of the code corpus."""
    bpe = Tokenizer(models.BPE())
    bpe.pre_tokenizer = pre_tokenizers.ByteLevel(add_prefix_space=False)
    bpe.decoder = decoders.ByteLevel()
    trainer = trainers.BpeTrainer(
        vocab_size=vocab,
        special_tokens=["<|endoftext|>"],
        initial_alphabet=pre_tokenizers.ByteLevel.alphabet(),
        show_progress=False,
    )
    bpe.train_from_iterator(code_corpus()[:TOKENIZER_TEXTS], trainer)
    return transformers.PreTrainedTokenizerFast(
        tokenizer_object=bpe,
        bos_token="<|endoftext|>",
        eos_token="<|endoftext|>",
        pad_token="<|endoftext|>",
    )
