"""The notebooks: stored clean, public API only, relative paths, and they run top to bottom in a minute."""

from __future__ import annotations

import json
import re
import sys
import time
from pathlib import Path

import nbformat
import pytest
from nbclient import NotebookClient

NOTEBOOKS = sorted((Path(__file__).resolve().parent.parent / "notebooks").glob("*.ipynb"))
PUBLIC = {"extract", "promises", "read_articles", "timeline"}


def _code(path: Path) -> list[str]:
    return [cell.source for cell in nbformat.read(path, as_version=4).cells if cell.cell_type == "code"]


@pytest.fixture()
def venv_kernel(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    """A `python3` kernel spec that runs this interpreter (the .venv), found before any other."""
    spec = tmp_path / "kernels" / "python3"
    spec.mkdir(parents=True)
    argv = [sys.executable, "-m", "ipykernel_launcher", "-f", "{connection_file}"]
    (spec / "kernel.json").write_text(json.dumps({"argv": argv, "display_name": "Python 3", "language": "python"}))
    monkeypatch.setenv("JUPYTER_PATH", str(tmp_path))
    return "python3"


def test_both_notebooks_exist() -> None:
    assert [p.name for p in NOTEBOOKS] == ["01-quickstart.ipynb", "02-promises-and-slippage.ipynb"]


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_stored_without_outputs(path: Path) -> None:
    cells = [c for c in nbformat.read(path, as_version=4).cells if c.cell_type == "code"]
    assert all(c.outputs == [] and c.execution_count is None for c in cells)


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_public_api_and_relative_paths_only(path: Path) -> None:
    code = "\n".join(_code(path))
    assert "import extractor" in code
    assert not re.search(r"from extractor\b|import extractor\.", code)
    assert set(re.findall(r"\bextractor\.(\w+)", code)) <= PUBLIC
    assert "../seeds" in code and "/work" not in code and "/home" not in code


@pytest.mark.notebook
@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_runs_top_to_bottom_within_a_minute(path: Path, venv_kernel: str) -> None:
    book = nbformat.read(path, as_version=4)
    client = NotebookClient(book, timeout=60, kernel_name=venv_kernel,
                            resources={"metadata": {"path": str(path.parent)}})
    started = time.monotonic()
    client.execute()  # raises CellExecutionError, with the cell and traceback, when a cell fails
    assert time.monotonic() - started < 60
    outputs = [o for c in book.cells if c.cell_type == "code" for o in c.outputs]
    assert outputs and not [o for o in outputs if o.output_type == "error"]
