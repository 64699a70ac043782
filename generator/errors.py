"""Errors that end in one clear line for the user."""


class InputError(Exception):
    """A file that cannot be used; the message names the file and the problem."""


class ConfigError(Exception):
    """A malformed configuration or data file; the message names file and line."""
