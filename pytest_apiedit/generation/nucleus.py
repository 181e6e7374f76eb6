"""Top-p (nucleus) sampling without sorting the vocabulary.

The usual implementation sorts every row of logits at every step; on a CPU that sort and the
following `multinomial` cost more than a small model's forward pass, and they grow with the batch,
which eats most of what batching the n samples gains. Rejection gives the same distribution at a
fraction of the cost: draw from the full distribution by inverting its CDF, and keep the draw when
it lies in the nucleus. The nucleus holds at least `top_p` of the mass, so a draw is kept with
probability at least `top_p`, and a draw kept this way is distributed as the nucleus renormalised.

A token is in the nucleus when the tokens strictly more probable than it hold less than `top_p`
of the mass: the rule of the usual sorted implementation, with ties kept together instead of
being broken by sort order.
"""

from __future__ import annotations

import torch


def nucleus_sample(probs: torch.Tensor, top_p: float, rng: torch.Generator) -> torch.Tensor:
    """One token id per row of `probs` (rows x vocabulary, each row summing to about 1);
    `rng` is a CPU generator, so the draws do not depend on the device."""
    cdf = probs.cumsum(-1)
    chosen = torch.empty(probs.shape[0], dtype=torch.long, device=probs.device)
    pending = torch.arange(probs.shape[0], device=probs.device)
    while pending.numel():
        rows, row_cdf = probs[pending], cdf[pending]
        point = torch.rand(len(pending), 1, generator=rng).to(probs.device) * row_cdf[:, -1:]
        draw = torch.searchsorted(row_cdf, point, right=True).clamp_max(probs.shape[1] - 1)
        kept = (in_nucleus(rows, draw, top_p)).squeeze(1)
        chosen[pending[kept]] = draw[kept].squeeze(1)
        pending = pending[~kept]
    return chosen


def in_nucleus(probs: torch.Tensor, tokens: torch.Tensor, top_p: float) -> torch.Tensor:
    """Whether each of `tokens` (rows x m) is in its row's nucleus."""
    if top_p >= 1:
        return probs.gather(1, tokens) > 0
    token_probs = probs.gather(1, tokens)
    above = (probs.unsqueeze(1) * (probs.unsqueeze(1) > token_probs.unsqueeze(2))).sum(-1)
    return (above < top_p) & (token_probs > 0)
