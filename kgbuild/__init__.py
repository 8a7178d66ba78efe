"""kgbuild: build the knowledge graph of Russian state-security criminal law."""

__version__ = "0.1.0"
