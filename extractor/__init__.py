"""Claims-and-milestones timeline extractor."""

__version__ = "0.1.0"
