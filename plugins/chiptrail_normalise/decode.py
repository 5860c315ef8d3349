"""Turn the bytes of a raw text file into text without losing any of it.

Pasted articles arrive as UTF-8 mostly, but Windows clipboards and old pages still give
cp1252 or latin-1, and now and then a user drops in something that is not text at all.
Nothing is guessed silently: a fallback decoding comes back as a warning the user sees,
and a file that cannot be an article raises ``IngestError`` with the reason.
"""

from __future__ import annotations

import codecs
from dataclasses import dataclass, field

from .fields import IngestError

UTF16_BOMS = (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)

# Control bytes that ordinary text does not contain (it has tab, line feed, form feed
# and carriage return).
CONTROL_BYTES = bytes(byte for byte in range(0x20) if byte not in b"\t\n\f\r")

# Above this share of other control bytes, a file is binary even without NUL bytes.
MAX_CONTROL_SHARE = 0.1

# Enough of the file to judge whether it is text.
SNIFF_BYTES = 8192


@dataclass
class Decoded:
    """The text of a raw file and what the user should know about how it was read."""

    text: str
    warnings: list[str] = field(default_factory=list)


def decode_text(data: bytes) -> Decoded:
    """Decode a raw text file: UTF-8 (with or without BOM), UTF-16 with BOM, else cp1252."""
    if data.startswith(UTF16_BOMS):
        decoded = _decode_utf16(data)
    else:
        check_is_text(data)
        decoded = _decode_utf8_or_legacy(data)
    if not decoded.text.strip():
        raise IngestError("empty file")
    return decoded


def check_is_text(data: bytes) -> None:
    """Raise ``IngestError`` for a binary file: NUL bytes or too many control bytes."""
    sample = data[:SNIFF_BYTES]
    if b"\0" in sample:
        raise IngestError("binary file (contains NUL bytes)")
    controls = len(sample) - len(sample.translate(None, CONTROL_BYTES))
    if controls > MAX_CONTROL_SHARE * len(sample):
        raise IngestError("binary file (mostly control characters)")


def _decode_utf16(data: bytes) -> Decoded:
    try:
        return Decoded(data.decode("utf-16"))
    except UnicodeDecodeError as error:
        raise IngestError("starts like UTF-16 but is not valid UTF-16") from error


def _decode_utf8_or_legacy(data: bytes) -> Decoded:
    try:
        return Decoded(data.decode("utf-8-sig"))
    except UnicodeDecodeError:
        pass
    try:
        return Decoded(data.decode("cp1252"), ["not valid UTF-8; decoded as cp1252"])
    except UnicodeDecodeError:
        # cp1252 leaves five bytes undefined; latin-1 maps every byte.
        return Decoded(data.decode("latin-1"), ["not valid UTF-8; decoded as latin-1"])
