"""Syntax for claims: the trained tagger/morphologizer/parser/lemmatizer (models/syntax) wrapped as
the `extractor_syntax_v1` component, the features it reads off a parse, and its training recipe."""
