"""The one YAML loader of the project.

PyYAML follows YAML 1.1, where bare ``on``/``off``/``yes``/``no`` are booleans and
``2024-06-21`` is a date object. Gold files write ``bound: on`` and front matter writes dates
in many shapes, so this loader keeps YAML 1.2 booleans (only true/false) and leaves every
timestamp as the string the author wrote: callers parse dates themselves, once, knowingly.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import yaml


class _Loader(yaml.SafeLoader):
    """SafeLoader with YAML 1.2 booleans, timestamps kept as strings, and a bounded number of aliases
    (a "billion laughs" alias bomb is refused instead of expanding when the value is used)."""

    max_aliases = 50

    def compose_node(self, parent: Any, index: Any) -> Any:
        if self.check_event(yaml.AliasEvent):
            self.aliases_seen = getattr(self, "aliases_seen", 0) + 1
            if self.aliases_seen > self.max_aliases:
                mark = self.peek_event().start_mark
                raise yaml.composer.ComposerError(None, None, f"more than {self.max_aliases} aliases "
                                                  "(an alias bomb?)", mark)
        return super().compose_node(parent, index)


_Loader.yaml_implicit_resolvers = {
    first: [(tag, rx) for tag, rx in resolvers if tag not in ("tag:yaml.org,2002:bool", "tag:yaml.org,2002:timestamp")]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
_Loader.add_implicit_resolver(
    "tag:yaml.org,2002:bool", re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"), list("tTfF")
)


def loads(text: str) -> Any:
    """Parse YAML text; raises yaml.YAMLError on malformed input, unsafe tags and alias bombs."""
    return yaml.load(text, Loader=_Loader)  # noqa: S506 - _Loader derives from SafeLoader


def load(path: str | Path) -> Any:
    """Parse a UTF-8 YAML file."""
    return loads(Path(path).read_text(encoding="utf-8"))


def dumps(data: Any) -> str:
    """Serialise to block-style YAML with unicode kept readable."""
    return yaml.safe_dump(data, sort_keys=False, allow_unicode=True)
