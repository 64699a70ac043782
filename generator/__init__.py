"""Turn raw Chinese newspaper and magazine text into a searchable knowledge site."""

__version__ = "0.1.0"
