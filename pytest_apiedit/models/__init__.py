"""Loading the model under test: a hub id, a local folder, the embedded default or an alias.

Names are imported from their modules (see docs/architecture.md): `aliases` and `packaged`
import without torch, so a process that waits for another's conversion starts in a fraction of
a second; `loading` brings torch.
"""
