"""Session-end reports: one typed aggregate (`report.Report`), rendered as JSON, Markdown and
HTML; gates and comparisons read its flat metric names."""

from pytest_apiedit.reporting.report import (
    FORMAT,
    MalformedReport,
    Report,
    build_report,
    load_report,
)

__all__ = ["FORMAT", "MalformedReport", "Report", "build_report", "load_report"]
