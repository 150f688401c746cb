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

Base = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml parses front matter about 10x faster
MAX_ALIASES = 50


class _Loader(Base):  # type: ignore[misc, valid-type]
    """SafeLoader with YAML 1.2 booleans and timestamps kept as strings."""


_Loader.yaml_implicit_resolvers = {
    first: [(tag, rx) for tag, rx in resolvers if tag not in ("tag:yaml.org,2002:bool", "tag:yaml.org,2002:timestamp")]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
_Loader.add_implicit_resolver(
    "tag:yaml.org,2002:bool", re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"), list("tTfF")
)


def _count_aliases(root: yaml.Node) -> None:
    """Refuse a graph that reuses nodes more than MAX_ALIASES times: a "billion laughs" alias bomb is
    cheap to parse and only explodes when the value is used, so it is stopped here."""
    seen: set[int] = set()
    reused = 0
    stack = [root]
    while stack:
        node = stack.pop()
        if id(node) in seen:
            reused += 1
            if reused > MAX_ALIASES:
                raise yaml.composer.ComposerError(None, None, f"more than {MAX_ALIASES} aliases (an alias bomb?)",
                                                  node.start_mark)
            continue
        seen.add(id(node))
        if isinstance(node, yaml.SequenceNode):
            stack.extend(node.value)
        elif isinstance(node, yaml.MappingNode):
            stack.extend(part for pair in node.value for part in pair)


def loads(text: str) -> Any:
    """Parse YAML text; raises yaml.YAMLError on malformed input, unsafe tags and alias bombs."""
    loader = _Loader(text)
    try:
        node = loader.get_single_node()
        if node is None:
            return None
        _count_aliases(node)
        return loader.construct_document(node)
    finally:
        loader.dispose()


def load(path: str | Path) -> Any:
    """Parse a UTF-8 YAML file."""
    return loads(Path(path).read_text(encoding="utf-8"))


def dumps(data: Any) -> str:
    """Serialise to block-style YAML with unicode kept readable."""
    return yaml.safe_dump(data, sort_keys=False, allow_unicode=True)
