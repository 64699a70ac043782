"""Read stage: decode one input file into text with normalised line endings.

The encoding is detected from the bytes (BOM first, then strict UTF-8, then
GB18030, which covers GBK and GB2312), never guessed from the file name.
"""
from __future__ import annotations

import codecs
import re
from pathlib import Path

from .errors import InputError
from .model import SourceDoc

CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def decode_bytes(data: bytes, name: str) -> tuple[str, str]:
    """Return (text, encoding) or raise InputError naming the file."""
    for bom, encoding in BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding), encoding
            except UnicodeDecodeError as exc:
                raise InputError(f"{name}: starts with a {encoding} byte-order mark but does not decode ({exc.reason})") from None
    if b"\x00" in data[:8192]:
        raise InputError(f"{name}: binary file (NUL bytes), skipped")
    for encoding in ("utf-8", "gb18030"):
        try:
            return data.decode(encoding), encoding
        except UnicodeDecodeError:
            continue
    raise InputError(f"{name}: neither UTF-8 nor GB18030 text, skipped")


def normalise_newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


def read_source(path: Path) -> SourceDoc:
    """Decode `path`; InputError for files that hold no usable Chinese text."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(f"{path.name}: cannot read ({exc.strerror})") from None
    if not data.strip():
        raise InputError(f"{path.name}: empty file, skipped")
    text, encoding = decode_bytes(data, path.name)
    text = normalise_newlines(text).lstrip("\ufeff")
    if not CJK.search(text):
        raise InputError(f"{path.name}: no Chinese text, skipped")
    return SourceDoc(name=path.name, text=text, encoding=encoding)


def list_sources(folder: Path) -> list[Path]:
    """Input files of a folder in a stable order (hidden files left out)."""
    if not folder.is_dir():
        raise InputError(f"{folder}: not a folder")
    return sorted(p for p in folder.iterdir() if p.is_file() and not p.name.startswith(".") and p.suffix != ".yml")  # .yml: a file's sidecar
