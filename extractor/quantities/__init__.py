"""Quantities in text: amounts of money, counts of things, percentages, energy, compute.

A claim's target ("spend $10 billion in 2024", "50,000 Semis in 2024") is a number with a unit.
Numbers that are parts of dates, years, model names or phone numbers are not quantities, so
they are recognised here and dropped. All words, units and multipliers live in
``lexicons/units.yaml``; the regexes are compiled once at import.

Modules: ``patterns`` (the compiled vocabulary), ``numbers`` (values and the numbers that are not
quantities), ``units`` (the unit after a number), ``find`` (every quantity of a sentence), ``target``
(which one a claim promises).
"""

from extractor.quantities.find import Quantity, find_quantities
from extractor.quantities.target import coordinated_targets, pick_target

__all__ = ["Quantity", "coordinated_targets", "find_quantities", "pick_target"]
