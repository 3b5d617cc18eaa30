"""plankg: a knowledge graph of government plans that implement other plans."""

__version__ = "0.1.0"
