"""Compiled regular expressions kept across runs, so a run does not pay for parsing its big patterns again.

The time grammar, the quantity patterns, the fiscal evidence, the datelines and the classifiers build a few
hundred long alternations from the lexicons; Python parses and compiles each one again in every process
(about 0.15 CPU s a run). ``compile`` keeps what the regular-expression compiler makes of a pattern (its
code: a list of numbers) in a `kept.Store`, keyed by the pattern and its flags, and makes the pattern from
it next time the way ``re`` itself does (``_sre.compile``, which checks the code it is given). The result
is the pattern ``re.compile`` gives (equal to it: the same code, flags and groups); any error, or another
Python, falls back to ``re.compile``.
"""

from __future__ import annotations

import re
from typing import Any

from extractor import kept

try:  # CPython's own compiler: what re.compile runs (re/_compiler.py)
    import _sre
    from re import _compiler, _parser
except ImportError:  # pragma: no cover - another Python: plain re.compile
    _sre = None

STORE = kept.Store("patterns", tag=f"{getattr(_sre, 'MAGIC', 0)}-{getattr(_sre, 'CODESIZE', 0)}")


def _entry(pattern: str, flags: int) -> tuple[Any, ...]:
    """What re/_compiler.compile hands to ``_sre.compile`` for ``pattern``."""
    parsed = _parser.parse(pattern, flags)
    code = [int(op) for op in _compiler._code(parsed, flags)]  # its opcodes are int subclasses
    groupindex = dict(parsed.state.groupdict)
    indexgroup: list[str | None] = [None] * parsed.state.groups
    for name, i in groupindex.items():
        indexgroup[i] = name
    return flags | parsed.state.flags, code, parsed.state.groups - 1, groupindex, tuple(indexgroup)


def compile(pattern: str, flags: int | re.RegexFlag = 0) -> re.Pattern[str]:  # noqa: A001 - re.compile's name
    """``re.compile(pattern, flags)``, its compiled code read from the store when an earlier run made it."""
    flags = int(flags)
    if _sre is None or flags & re.DEBUG:
        return re.compile(pattern, flags)
    entry = STORE.get((pattern, flags))
    if entry is not None:
        try:
            return _sre.compile(pattern, *entry)
        except (TypeError, ValueError, RuntimeError):
            pass
    try:
        entry = _entry(pattern, flags)
        compiled: Any = _sre.compile(pattern, *entry)
    except (AttributeError, TypeError):  # pragma: no cover - a Python whose compiler differs
        return re.compile(pattern, flags)
    STORE.put((pattern, flags), entry)
    return compiled
