"""Claims-and-milestones timeline extractor.

Public API for notebooks and scripts::

    import extractor
    result = extractor.read_articles("seeds/")   # result.articles + a report per input
    df = extractor.extract("seeds/")             # one row per claim mention (pandas)
    fig = extractor.timeline(df)                 # interactive Plotly figure
    table = extractor.promises(df, as_of="2024-01-01")  # promises table: revisions, slip, status
    extractor.timeline.write_html(df, "timeline.html")
"""

from __future__ import annotations

import types
from typing import Any

__version__ = "0.1.0"

from extractor import promises, timeline  # noqa: E402
from extractor.articles import read_articles  # noqa: E402
from extractor.pipeline import extract  # noqa: E402


class _CallableModule(types.ModuleType):
    """Lets ``extractor.timeline(df)`` draw the figure while ``extractor.timeline.write_html``
    and ``from extractor import timeline`` keep working on the module."""

    def __call__(self, df: Any, **kwargs: Any) -> Any:
        return self.figure(df, **kwargs)


timeline.__class__ = _CallableModule


class _PromisesModule(types.ModuleType):
    """Lets ``extractor.promises(df, as_of=...)`` return the promises table while the package keeps working."""

    def __call__(self, df: Any, **kwargs: Any) -> Any:
        return self.table(df, **kwargs)


promises.__class__ = _PromisesModule

__all__ = ["__version__", "extract", "promises", "read_articles", "timeline"]
