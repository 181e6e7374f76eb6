"""The embedded default model: a small Llama trained here on original-world code, in the package.

It knows the APIs before their modification, so an unedited run writes the removed API and an
edit that works shows (`embedded/MODEL_CARD.md`). It is trained by
`benchmarks/train_default_model.py` with the tokenizer below: a byte-level BPE trained on the code
corpus, so code costs few tokens.
"""

from __future__ import annotations

from pathlib import Path

import transformers
from tokenizers import Tokenizer, decoders, models, pre_tokenizers, trainers

from pytest_apiedit.benchmark.corpus import code_corpus

EMBEDDED = Path(__file__).parent / "embedded"
"""The trained default model's folder in the package."""
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
