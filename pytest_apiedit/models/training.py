"""Training the embedded default model: a small Llama that knows the original world's code.

The benchmark needs a model that writes the *original* APIs before an edit, so that an edit that
works shows. It learns every benchmark problem's prompt followed by its original-world reference
(the loss counts the reference and the end of text only: the model is asked to continue
prompts), plus standard-library chunks for general code, a new slice each epoch. A prompt keeps
the tokens generation will keep (see `TrainingSettings.window`). Seeded, on a fixed number of
CPU threads, so the same settings give the same weights.
"""

from __future__ import annotations

import hashlib
import math
from collections.abc import Callable, Iterable, Sequence
from dataclasses import asdict, dataclass
from itertools import chain
from typing import Any

import torch
import transformers
from tokenizers import Tokenizer, decoders, models, pre_tokenizers, trainers

from pytest_apiedit.benchmark.corpus import code_corpus, stdlib_chunks
from pytest_apiedit.benchmark.problem import Problem

IGNORED = -100
"""The label transformers' loss skips."""


@dataclass(frozen=True)
class TrainingSettings:
    seed: int = 0
    epochs: int = 15
    learning_rate: float = 2e-3
    final_learning_rate: float = 2e-4
    warmup_steps: int = 100
    batch_tokens: int = 4096
    """Padded tokens per batch; examples of similar length are batched together."""
    window: int = 384
    """The model's context. Generation keeps a prompt's last `max(window - max_new_tokens,
    window // 2)` tokens: 192 with the plugin's 256 new tokens, as training does."""
    prompt_tokens: int = 192
    stdlib_texts: int = 80
    """Standard-library chunks per epoch, each cut to the window."""
    threads: int = 2
    hidden_size: int = 256
    intermediate_size: int = 1024
    layers: int = 4
    heads: int = 4

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class Example:
    ids: tuple[int, ...]
    start: int
    """The first token the loss counts."""


def build_model(tokenizer: Any, settings: TrainingSettings) -> transformers.LlamaForCausalLM:
    config = transformers.LlamaConfig(
        vocab_size=len(tokenizer),
        hidden_size=settings.hidden_size,
        intermediate_size=settings.intermediate_size,
        num_hidden_layers=settings.layers,
        num_attention_heads=settings.heads,
        num_key_value_heads=settings.heads,
        max_position_embeddings=settings.window,
        bos_token_id=tokenizer.bos_token_id,
        eos_token_id=tokenizer.eos_token_id,
        pad_token_id=tokenizer.pad_token_id,
        tie_word_embeddings=True,
    )
    torch.manual_seed(settings.seed)
    model = transformers.LlamaForCausalLM(config)
    model.generation_config.pad_token_id = tokenizer.pad_token_id
    return model


def reference_examples(
    problems: Iterable[Problem], tokenizer: Any, settings: TrainingSettings
) -> list[Example]:
    """Each problem's prompt and its original-world completion, ending with end of text."""
    examples = []
    for problem in sorted(problems, key=lambda p: p.id):
        prompt = tokenizer(problem.prompt)["input_ids"][-settings.prompt_tokens :]
        completion = tokenizer(problem.completion(problem.original))["input_ids"]
        ids = (prompt + completion + [tokenizer.eos_token_id])[: settings.window]
        examples.append(Example(tuple(ids), len(prompt)))
    return examples


def stdlib_examples(tokenizer: Any, settings: TrainingSettings, epoch: int) -> list[Example]:
    """Epoch `epoch`'s slice of the standard library (wrapping round), all of it learnt."""
    chunks = stdlib_chunks()
    first = epoch * settings.stdlib_texts
    texts = [chunks[(first + i) % len(chunks)] for i in range(settings.stdlib_texts)]
    encoded = tokenizer(texts)["input_ids"]
    return [Example(tuple(ids[: settings.window]), 0) for ids in encoded]


def batches(
    examples: Sequence[Example], batch_tokens: int, generator: torch.Generator
) -> list[list[Example]]:
    """Examples sorted by length and packed up to `batch_tokens` padded tokens, in random order."""
    groups: list[list[Example]] = []
    current: list[Example] = []
    for example in sorted(examples, key=lambda e: len(e.ids)):
        if current and len(example.ids) * (len(current) + 1) > batch_tokens:
            groups.append(current)
            current = []
        current.append(example)
    if current:
        groups.append(current)
    return [groups[i] for i in torch.randperm(len(groups), generator=generator).tolist()]


def collate(batch: Sequence[Example], pad: int) -> tuple[torch.Tensor, torch.Tensor]:
    """Right-padded ids and their labels. No attention mask is needed: under causal attention no
    real token sees the padding after it, and padding is never a label."""
    length = max(len(e.ids) for e in batch)
    ids = torch.full((len(batch), length), pad)
    labels = torch.full((len(batch), length), IGNORED)
    for row, example in enumerate(batch):
        tokens = torch.tensor(example.ids)
        ids[row, : len(tokens)] = tokens
        labels[row, example.start : len(tokens)] = tokens[example.start :]
    return ids, labels


def train(
    model: transformers.PreTrainedModel,
    epoch_examples: Callable[[int], list[Example]],
    pad: int,
    settings: TrainingSettings,
    progress: Callable[[int, int, float], None] = lambda step, total, loss: None,
) -> list[float]:
    """AdamW with warmup and cosine decay over every epoch's batches; the mean loss per epoch."""
    generator = torch.Generator().manual_seed(settings.seed)
    plan = [
        batches(epoch_examples(e), settings.batch_tokens, generator) for e in range(settings.epochs)
    ]
    total = sum(map(len, plan))
    optimizer = torch.optim.AdamW(
        model.parameters(), lr=settings.learning_rate, betas=(0.9, 0.95), weight_decay=0.0
    )
    floor = settings.final_learning_rate / settings.learning_rate

    def schedule(step: int) -> float:
        if step < settings.warmup_steps:
            return (step + 1) / settings.warmup_steps
        done = (step - settings.warmup_steps) / max(1, total - settings.warmup_steps)
        return floor + (1 - floor) * 0.5 * (1 + math.cos(math.pi * done))

    scheduler = torch.optim.lr_scheduler.LambdaLR(optimizer, schedule)
    threads = torch.get_num_threads()
    torch.set_num_threads(settings.threads)
    losses: list[list[float]] = [[] for _ in plan]
    model.train()
    try:
        steps = chain.from_iterable(((e, b) for b in epoch) for e, epoch in enumerate(plan))
        for step, (epoch, batch) in enumerate(steps):
            ids, labels = collate(batch, pad)
            loss = model(input_ids=ids, labels=labels).loss
            loss.backward()
            torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
            optimizer.step()
            scheduler.step()
            optimizer.zero_grad(set_to_none=True)
            losses[epoch].append(loss.item())
            progress(step + 1, total, loss.item())
    finally:
        torch.set_num_threads(threads)
        model.eval()
    return [sum(epoch) / len(epoch) for epoch in losses]


def weights_hash(model: torch.nn.Module) -> str:
    """Every parameter's bytes, in name order: equal hashes mean bitwise-equal weights."""
    digest = hashlib.sha256()
    for name, tensor in sorted(model.state_dict().items()):
        digest.update(name.encode())
        digest.update(tensor.detach().cpu().contiguous().numpy().tobytes())
    return digest.hexdigest()


VOCAB = 4096
TOKENIZER_TEXTS = 3000


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
