"""A Label Studio export → one self-contained HTML report a team would rather look at than read.

``corpus report`` answers the questions a project lead asks every week, as charts: how far each
annotator has got, which labels are used how often, how well the annotators agree on every
control and label (with bootstrap intervals, from :mod:`corpus.agreement`), where they confuse
one label for another (a matrix per pair of annotators, per single-choice control), and which
units they disagree on most, with the text.

The file stands alone: inline CSS and SVG drawn here, no script, no font, no image fetched from
anywhere, so it opens offline, can be mailed or archived, and prints cleanly. Every piece of
text from the export (unit text, labels, control names) is HTML-escaped. Annotators appear
under the pseudonyms ``corpus export`` gives them (``annotator_N``, read from the same mapping
file when it exists; the report never writes it), never by e-mail or name.

Two streaming passes over the export: one for the counts and the agreement data, one to fetch
the text of the few most disputed units.

The package holds three steps: :mod:`.data` reads the export into a :class:`Report` (counts,
distributions, agreement, confusions, the most disputed units), :mod:`.charts` draws SVG,
:mod:`.page` lays the report out as one HTML page.
"""

from .data import Report, build_report
from .page import render_html

__all__ = ["Report", "build_report", "render_html"]
