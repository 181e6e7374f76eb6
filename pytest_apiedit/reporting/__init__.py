"""Session-end reports: one aggregate (`report`), rendered as JSON, Markdown and HTML; gates and
comparisons read its flat metric names."""

from pytest_apiedit.reporting.report import (
    FORMAT,
    MalformedReport,
    build_report,
    flat_metrics,
    load_report,
)

__all__ = ["FORMAT", "MalformedReport", "build_report", "flat_metrics", "load_report"]
