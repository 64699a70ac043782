"""Errors that end in one clear line for the user.

Every failure a user can cause or meet (a bad file, a bad setting, a full
disk, a broken template) reaches the command line as one line that names the
file and the problem. The stages raise `InputError` or `ConfigError` with
that line already written; the operating system's and Jinja's exceptions are
turned into them where the file in question is known (`os_errors`,
`template_errors`), and `describe` is the one place where anything else
becomes a line too.
"""
from __future__ import annotations

import os
import re
import traceback
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from .regex_cache import compile as rx


class GeneratorError(Exception):
    """A failure the user can act on; the message is one line naming the file and the problem."""


class InputError(GeneratorError):
    """A file that cannot be read or written (an input file, the output folder, a lock)."""


class ConfigError(GeneratorError):
    """A malformed setting, data file or template; the message names file and line."""


CONTROL = rx(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]")


def one_line(message: str) -> str:
    """The message with line breaks and other control characters shown as
    escapes: a file name may hold a newline, and the user must still get one line."""
    return CONTROL.sub(lambda m: m.group().encode("unicode_escape").decode("ascii"), message)


def shown(path: object) -> str:
    """A path as the user would type it (relative to the current folder when
    inside it) and as text a terminal can print: bytes of a file name that are
    not UTF-8 (kept by Python as surrogates) are shown as \\xNN escapes."""
    text = str(path)
    try:
        here = os.getcwd() + os.sep
    except OSError:  # the current folder was deleted
        here = "\0"
    if text.startswith(here):
        text = text[len(here):]
    return os.fsencode(text).decode("utf-8", "backslashreplace")


def os_error_line(exc: OSError) -> str:
    reason = exc.strerror or str(exc) or type(exc).__name__
    if exc.filename is None:
        return reason
    where = shown(exc.filename) + (f" -> {shown(exc.filename2)}" if exc.filename2 is not None else "")
    return f"{where}: {reason}"


@contextmanager
def naming(path: Path) -> Iterator[None]:
    """An OSError raised without a file name (a failed write() says only "No
    space left on device") gets the name of the file being written."""
    try:
        yield
    except OSError as exc:
        if exc.filename is None and exc.errno is not None:
            raise type(exc)(exc.errno, exc.strerror, str(path)) from exc
        raise


@contextmanager
def os_errors() -> Iterator[None]:
    """Errors of the operating system (permission denied, disk full, a file
    where a folder should be) become an InputError naming the file."""
    try:
        yield
    except OSError as exc:
        raise InputError(os_error_line(exc)) from exc


def _template_frame(exc: BaseException, folder: Path) -> tuple[str, int] | None:
    """(template file, line) of the innermost template frame in the
    traceback: Jinja rewrites its tracebacks so that they point into templates."""
    inside = str(folder.resolve())
    found = None
    for frame in traceback.extract_tb(exc.__traceback__):
        if frame.filename and (frame.filename.endswith(".j2") or frame.filename.startswith(inside)):
            found = (frame.filename, frame.lineno or 1)
    return found


def template_error_line(exc: BaseException, folder: Path) -> str | None:
    """One line for an error raised by a template, or None if it was not a template's."""
    import jinja2

    if isinstance(exc, jinja2.TemplateSyntaxError):
        name = exc.filename or str(folder / (exc.name or "?"))
        return f"{shown(name)}:{exc.lineno}: template syntax error ({exc.message})"
    if isinstance(exc, jinja2.TemplateNotFound):
        return f"{shown(folder / str(exc.name))}: template not found"
    frame = _template_frame(exc, folder)
    if frame is None:
        return None
    what = str(exc) if isinstance(exc, jinja2.TemplateError) else f"{type(exc).__name__}: {exc}"
    return f"{shown(frame[0])}:{frame[1]}: template error ({what})"


@contextmanager
def template_errors(folder: Path) -> Iterator[None]:
    """Errors raised while rendering templates from `folder` become a
    ConfigError naming the template and its line."""
    try:
        yield
    except GeneratorError:
        raise
    except Exception as exc:
        line = template_error_line(exc, folder)
        if line is None:
            raise
        raise ConfigError(line) from exc


def describe(exc: BaseException) -> str:
    """One line for any exception: ours say it all; the system's name the file;
    anything else is a bug of ours, said as such."""
    if isinstance(exc, GeneratorError):
        text = str(exc)
    elif isinstance(exc, OSError):
        text = os_error_line(exc)
    elif isinstance(exc, MemoryError):
        text = "out of memory"
    else:
        text = f"internal error ({type(exc).__name__}: {exc}); run again with --debug for the details"
    return one_line(text)
