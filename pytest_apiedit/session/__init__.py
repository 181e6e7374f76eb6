"""A benchmark session as plain code: its options, checked into settings, and (from those) the
model, editor, schedule, runner and report. The pytest plugin and any other caller translate
their world into these calls.

Names are imported from their modules, not from the package (docs/architecture.md).
"""
