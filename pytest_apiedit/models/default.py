"""The embedded default model: a small Llama trained here on original-world code, in the package.

It knows the APIs before their modification, so an unedited run writes the removed API and an
edit that works shows (`embedded/MODEL_CARD.md`). It is trained by
`benchmarks/train_default_model.py` (`models/training.py`: what it learns, and its tokenizer, a
byte-level BPE trained on the code corpus, so code costs few tokens).
"""

from pathlib import Path

EMBEDDED = Path(__file__).parent / "embedded"
"""The trained default model's folder in the package."""
