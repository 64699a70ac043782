"""Read stage: find the input files of a folder and decode each into text
with normalised line endings.

The encoding is detected from the bytes, never guessed from the file name:
a byte-order mark first (UTF-32 before UTF-16, whose mark starts the same);
then strict UTF-8; then, for text holding NUL bytes, UTF-32 or UTF-16 without
a mark, told apart by where the zero bytes fall; then GB18030 (which covers
GBK and GB2312) or Big5, told apart by how their double-byte characters are
built. A file none of these reads cleanly is refused with one line rather
than published as mojibake.

Only regular files directly in the folder are read. Hidden files, folders,
names that are not UTF-8 and links that lead out of the folder (unless the
user allows them) are reported, one line each, never read in silence.
"""
from __future__ import annotations

import codecs
import os
import re
import stat
from pathlib import Path

from .errors import InputError, shown
from .model import SourceDoc
from .regex_cache import compile as rx

CJK = rx(r"[\u3400-\u9fff\uf900-\ufaff]")
BOMS = (  # UTF-32 LE first: its mark begins with UTF-16 LE's
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# Characters text never holds: C0 controls but tab, newline, form feed and
# carriage return; DEL and C1; non-characters. A decoding that yields many
# of them was the wrong one.
NOT_TEXT = rx(r"[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f\ufffe\uffff\ud800-\udfff]")
DOUBLE_BYTE = rx(rb"[\x81-\xfe]([\x00-\xff])")
LOW_TRAIL = rx(rb"[\x40-\x7e]")
BIG5 = ("big5hkscs", "cp950")  # HKSCS and Microsoft's variant: supersets of Big5 in use


def _strict(data: bytes, encoding: str) -> str | None:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError:
        return None


def _looks_like_text(text: str) -> bool:
    return len(NOT_TEXT.findall(text)) <= len(text) // 100


def _plausible_wide(text: str) -> bool:
    """A UTF-16/32 decoding with the wrong byte order or width still yields
    characters, but few of them Chinese: most of a Chinese text's non-ASCII
    characters must be."""
    wide = sum(1 for ch in text if ch > "\x7f")
    return _looks_like_text(text) and len(CJK.findall(text)) * 2 >= wide


def _wide_encodings(data: bytes) -> list[str]:
    """UTF-32 / UTF-16 encodings to try on text without a mark, from where
    its zero bytes are: a code point's top byte in UTF-32 is always zero; in
    UTF-16 every ASCII character (newlines, digits) has a zero high byte, on
    odd offsets in little-endian order and on even ones in big-endian."""
    out = []
    if len(data) % 4 == 0:
        if not any(data[3::4]):
            out.append("utf-32-le")
        if not any(data[0::4]):
            out.append("utf-32-be")
    if len(data) % 2 == 0:  # the likelier byte order first; the other may still be the one
        even, odd = data[0::2].count(0), data[1::2].count(0)
        out += ["utf-16-le", "utf-16-be"] if odd >= even else ["utf-16-be", "utf-16-le"]
    return out


def _low_trail_share(data: bytes) -> float:
    """Share of double-byte characters whose second byte is 0x40-0x7E. Big5
    puts two in five of its Chinese characters there; GB2312, where
    simplified Chinese lives inside GBK, puts none (only GBK's rare and
    traditional additions do)."""
    trails = b"".join(DOUBLE_BYTE.findall(data))  # left to right, so each lead byte takes its own trail
    return len(LOW_TRAIL.findall(trails)) / len(trails) if trails else 0.0


def _chinese_double_byte(data: bytes, name: str) -> tuple[str, str]:
    gb = _strict(data, "gb18030")
    big5 = next(((text, enc) for enc in BIG5 if (text := _strict(data, enc)) is not None), None)
    if big5 is None or gb is None:
        if gb is not None:
            return gb, "gb18030"
        if big5 is not None:
            return big5
        raise InputError(f"{name}: neither UTF-8, UTF-16, UTF-32, GB18030 nor Big5 text, skipped")
    # Both read it: Big5 when its signature is there (its commas and full stops
    # alone, A141 and A143, have second bytes in that range).
    return big5 if _low_trail_share(data) >= 0.2 else (gb, "gb18030")


def decode_bytes(data: bytes, name: str) -> tuple[str, str]:
    """Return (text, encoding) or raise InputError naming the file."""
    for bom, encoding in BOMS:
        if data.startswith(bom):
            text = _strict(data, encoding)
            if text is None:
                raise InputError(f"{name}: starts with a {encoding} byte-order mark but does not decode, skipped")
            return text, encoding
    text = _strict(data, "utf-8")
    if text is not None and "\0" not in text:
        return text, "utf-8"
    if b"\x00" in data:
        for encoding in _wide_encodings(data):
            text = _strict(data, encoding)
            if text is not None and _plausible_wide(text):
                return text, encoding
        raise InputError(f"{name}: binary file (NUL bytes), skipped")
    text, encoding = _chinese_double_byte(data, name)
    if not _looks_like_text(text):
        raise InputError(f"{name}: binary file (control characters), skipped")
    return text, encoding


def normalise_newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


def read_bytes(path: Path) -> bytes:
    """The bytes of a regular file; InputError otherwise. Opened without
    blocking so that a pipe put in place of a file cannot hang the build."""
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except OSError as exc:
        raise InputError(f"{shown(path.name)}: cannot read ({exc.strerror}), skipped") from None
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            raise InputError(f"{shown(path.name)}: not a regular file, skipped")
        with os.fdopen(fd, "rb", closefd=False) as fh:
            return fh.read()
    except OSError as exc:
        raise InputError(f"{shown(path.name)}: cannot read ({exc.strerror}), skipped") from None
    finally:
        os.close(fd)


def decode_source(name: str, data: bytes) -> SourceDoc:
    """Decode the bytes of file `name`; InputError for files that hold no usable Chinese text."""
    if not data.strip():
        raise InputError(f"{name}: empty file, skipped")
    text, encoding = decode_bytes(data, name)
    text = normalise_newlines(text).lstrip("\ufeff")
    if not CJK.search(text):
        raise InputError(f"{name}: no Chinese text, skipped")
    return SourceDoc(name=name, text=text, encoding=encoding)


def read_source(path: Path) -> SourceDoc:
    """Read and decode `path`; InputError for files that hold no usable Chinese text."""
    return decode_source(path.name, read_bytes(path))


def scan_sources(folder: Path, follow_links: bool = False) -> tuple[list[Path], list[str]]:
    """(input files of a folder in a stable order, one line per entry left out and why)."""
    if not folder.is_dir():
        raise InputError(f"{shown(folder)}: not a folder")
    try:
        entries = sorted(folder.iterdir())
    except OSError as exc:
        raise InputError(f"{shown(folder)}: cannot list ({exc.strerror})") from None
    inside = folder.resolve()
    files: list[Path] = []
    left_out: list[str] = []
    for entry in entries:
        if entry.suffix == ".yml" and entry.is_file():
            continue  # a file's sidecar (seeds/<file>.yml), read with it
        reason = _left_out(entry, inside, follow_links)
        if reason:
            left_out.append(f"{shown(entry.name)}: {reason}")
        else:
            files.append(entry)
    return files, left_out


def _left_out(entry: Path, inside: Path, follow_links: bool) -> str | None:
    try:
        entry.name.encode("utf-8")
    except UnicodeEncodeError:
        return "file name is not valid UTF-8, skipped (rename the file)"
    if entry.name.startswith("."):
        return "hidden file, skipped"
    if entry.is_symlink():
        target = entry.resolve()
        if not entry.exists():
            return "broken link, skipped"
        if not follow_links and not target.is_relative_to(inside):
            return (f"link to {shown(target)}, outside the input folder, not followed "
                    "(set 'follow_links: true' in generator.yml to read it)")
    if entry.is_dir():
        return "a folder, skipped (only files directly in the input folder are read)"
    if not entry.is_file():
        return "not a regular file, skipped"
    return None


def list_sources(folder: Path, follow_links: bool = False) -> list[Path]:
    """Input files of a folder in a stable order (see scan_sources for what is left out)."""
    return scan_sources(folder, follow_links)[0]
