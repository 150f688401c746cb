"""`python -m extractor` runs the same CLI as the `extractor` command."""

from extractor.cli import main

main()
