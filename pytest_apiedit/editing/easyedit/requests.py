"""Edit requests as EasyEdit's text methods can take them, training what the native methods train.

EasyEdit was written for facts ("The capital of France is" -> " Paris"); code breaks three of its
assumptions, each handled here:

* The key. ROME, MEMIT, PMET and AlphaEdit look up a `subject` in the prompt and read their key
  at its last token; EasyEdit replaces every occurrence of the subject with `{}` and formats the
  prompt, so a repeated line (`\"\"\"`) or a brace in the code crashes or silently moves the key.
  For them (and LoRA, which formats a prompt holding `{}`) the request's prompt is the bare slot
  `{}` and its subject the whole prompt: the key is the prompt's last token, the one the native
  methods use, and the prompt's braces are never parsed. FT, GRACE and WISE read the prompt as
  it is.
* The space. Every method puts a space between prompt and target (ROME, FT, GRACE, LoRA and WISE
  always; MEMIT, PMET and AlphaEdit when the target lacks one), so after a prompt ending in a
  newline it would train ` def f(...)`, an indented line. `TargetTokenizer` encodes a text that
  ends with a space and one of the edit's targets as if that space were not there.
* Braces in the target. The locate-then-edit methods paste the decoded target into a
  `str.format` template (ROME `compute_v.py:41-47`, MEMIT/PMET/AlphaEdit `compute_z`): for them
  `TargetTokenizer` decodes with braces escaped, which the format turns back. A target holding
  an empty pair `{}` cannot pass (EasyEdit then counts two slots): for these methods it is cut
  before its first `{}` (9 of the benchmark's 140 reliability targets).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from pytest_apiedit.editing.request import EditRequest

FORMATS_TARGETS = frozenset({"rome", "memit", "pmet", "alphaedit"})
"""The methods that put the decoded target through `str.format`."""
FORMATS_PROMPTS = FORMATS_TARGETS | {"lora"}
"""The methods that format the prompt with the subject."""


def easyedit_target(request: EditRequest, method: str) -> str:
    """The target EasyEdit is given: the request's, cut before an empty brace pair where the
    method would format it."""
    if method in FORMATS_TARGETS and "{}" in request.target:
        return request.target[: request.target.index("{}")]
    return request.target


def easyedit_request(request: EditRequest, method: str) -> dict[str, Any]:
    """EasyEdit's request dict (see the module docstring). WISE trains its routing margin on
    `loc_prompt`, which must not be part of the prompt: the request's first unrelated prompt."""
    if method == "wise" and not request.unrelated:
        raise ValueError(f"{request.modification}: EasyEdit's WISE needs an unrelated prompt")
    return {
        "prompt": "{}" if method in FORMATS_PROMPTS else request.prompt,
        "subject": request.prompt,
        "target_new": easyedit_target(request, method),
        "ground_truth": "",
        "loc_prompt": request.unrelated[0] if request.unrelated else "",
        "portability": {},
        "locality": {},
    }


class TargetTokenizer:
    """The model's tokenizer as EasyEdit's methods see it during one edit: a text ending in a
    space and one of `targets` is encoded without that space, and with `escape_braces`, decoded
    text comes back with `{` and `}` doubled. Everything else is the tokenizer's own."""

    def __init__(self, tokenizer: Any, targets: Sequence[str], escape_braces: bool) -> None:
        self._tokenizer = tokenizer
        self._spaced = tuple(" " + target for target in targets if target)
        self._escape_braces = escape_braces

    def __getattr__(self, name: str) -> Any:
        return getattr(self._tokenizer, name)

    def __call__(self, text: Any, *args: Any, **kwargs: Any) -> Any:
        return self._tokenizer(self._unspaced(text), *args, **kwargs)

    def encode(self, text: Any, *args: Any, **kwargs: Any) -> Any:
        return self._tokenizer.encode(self._unspaced(text), *args, **kwargs)

    def decode(self, *args: Any, **kwargs: Any) -> str:
        text = self._tokenizer.decode(*args, **kwargs)
        return text.replace("{", "{{").replace("}", "}}") if self._escape_braces else text

    def _unspaced(self, text: Any) -> Any:
        if isinstance(text, str):
            for spaced in self._spaced:
                if text.endswith(spaced):
                    return text[: -len(spaced)] + spaced[1:]
            return text
        if isinstance(text, list | tuple):
            return [self._unspaced(item) for item in text]
        return text
