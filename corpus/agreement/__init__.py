"""Inter-annotator agreement: the statistics Label Studio's community edition leaves out.

Three layers, each usable alone:

1. **Statistics on plain data** (testable, source-agnostic). Build reliability data from
   ``item -> {annotator: value}`` and call a statistic; undefined results are NaN::

       ratings = Ratings.from_mapping({"u1": {"ann": "pro", "bob": "pro"}, "u2": {...}})
       alpha(ratings, "nominal"), fleiss_kappa(ratings), mean_cohen_kappa(ratings)
       set_alpha(set_ratings(...)), label_alphas(set_ratings(...))          # multiple choice
       spans = SpanData.from_mapping({"u1": {"ann": [(0, 5, "PER")]}}, lengths={"u1": 80})
       f1(spans), unitized_alpha(spans)                                      # spans

   Every statistic is also a :class:`~.sums.Measure` (``alpha_measure``, ``cohen_measure``,
   ...): per-item sums plus a finishing function, which gives bootstrap replicates cheaply.

2. **Figures**: :func:`control_agreement` / :func:`agreement` pick the statistics that suit a
   control and wrap each value in a :class:`Figure` with its :class:`Support` (items,
   annotators, pairable items, items coded once) and, with ``Options(bootstrap=N)``, a
   seeded percentile interval; ``Options(by=("label", "annotator", "document"))`` adds groups.

3. **Exports**: :func:`measure_export` reads a Label Studio export (and optionally its labeling
   config) into an :class:`AgreementReport`; :func:`collect` is the reading step alone, and
   :func:`units_agreement` gives per-unit agreement for the dataset's ``units`` config. When no
   groups or intervals are asked for, :class:`~.streamed.StreamedAgreement` reads the export
   part by part with the same figures in flat memory (what `corpus export` uses).

Which annotations count (skipped never, ground truth yes, one per annotator and task) is
documented in :mod:`.collect`; each statistic's definition and reference in its module.
"""

from .coincidences import LEVELS, alpha, alpha_measure, per_value_measure
from .collect import Collected, ControlData, annotator_key, collect, counted
from .figures import (
    BY,
    STATISTICS,
    ControlAgreement,
    Figure,
    Group,
    Options,
    agreement,
    control_agreement,
)
from .kappa import (
    cohen_measure,
    fleiss_kappa,
    fleiss_measure,
    fleiss_note,
    mean_cohen_kappa,
    pairwise_cohen,
    percent_agreement,
    percent_agreement_measure,
)
from .measure import measure_export
from .reliability import AgreementError, Ratings, Support
from .sets import label_alphas, set_alpha, set_ratings
from .span_agreement import SpanData, annotator_f1, f1, unitized_alpha
from .summary import AgreementReport, no_pairs_note, report_of
from .sums import ItemSums, Measure
from .units import UnitAgreement, control_units, unit_agreement, units_agreement

__all__ = [
    "BY",
    "LEVELS",
    "STATISTICS",
    "AgreementError",
    "AgreementReport",
    "Collected",
    "ControlAgreement",
    "ControlData",
    "Figure",
    "Group",
    "ItemSums",
    "Measure",
    "Options",
    "Ratings",
    "SpanData",
    "Support",
    "UnitAgreement",
    "agreement",
    "alpha",
    "alpha_measure",
    "annotator_f1",
    "annotator_key",
    "cohen_measure",
    "collect",
    "control_agreement",
    "control_units",
    "counted",
    "f1",
    "fleiss_kappa",
    "fleiss_measure",
    "fleiss_note",
    "label_alphas",
    "mean_cohen_kappa",
    "measure_export",
    "no_pairs_note",
    "pairwise_cohen",
    "per_value_measure",
    "percent_agreement",
    "percent_agreement_measure",
    "report_of",
    "set_alpha",
    "set_ratings",
    "unit_agreement",
    "unitized_alpha",
    "units_agreement",
]
