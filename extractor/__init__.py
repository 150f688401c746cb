"""Claims-and-milestones timeline extractor.

Public API for notebooks and scripts::

    import extractor
    result = extractor.read_articles("seeds/")   # result.articles + a report per input
    df = extractor.extract("seeds/")             # one row per claim mention (pandas)
    fig = extractor.timeline(df)                 # interactive Plotly figure
    extractor.timeline.write_html(df, "timeline.html")
"""

from __future__ import annotations

import types
from typing import Any

__version__ = "0.1.0"

from extractor import timeline  # noqa: E402
from extractor.articles import read_articles  # noqa: E402
from extractor.pipeline import extract  # noqa: E402


class _CallableModule(types.ModuleType):
    """Lets ``extractor.timeline(df)`` draw the figure while ``extractor.timeline.write_html``
    and ``from extractor import timeline`` keep working on the module."""

    def __call__(self, df: Any, **kwargs: Any) -> Any:
        return self.figure(df, **kwargs)


timeline.__class__ = _CallableModule

__all__ = ["__version__", "extract", "read_articles", "timeline"]
