"""Command line: argument handling only; every command calls a plain function of the package."""

from __future__ import annotations

import typer

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    help="Extract dated forward-looking claims from news articles into claims.csv and a timeline.",
)


def main() -> None:
    """Console-script entry point."""
    app()
