"""Label Studio exports → typed Hugging Face datasets (``corpus export``).

``build_export`` writes the dataset folder and returns a report of what went in and out;
``export_dataset`` does the same and loads one config of it as a ``DatasetDict``.
"""

from .build import ExportReport, build_export, export_dataset
from .splits import DEFAULT_RATIOS, DEFAULT_SEED, SplitError, parse_ratios

__all__ = [
    "DEFAULT_RATIOS",
    "DEFAULT_SEED",
    "ExportReport",
    "SplitError",
    "build_export",
    "export_dataset",
    "parse_ratios",
]
