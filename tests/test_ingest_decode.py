"""Reading raw bytes as text: nothing lost, every fallback reported, non-text refused."""

import codecs
import re

import pytest

from chiptrail_normalise.decode import decode_text
from chiptrail_normalise.fields import IngestError


def test_utf8_is_read_as_is_without_warning():
    decoded = decode_text("Nvidia’s H20 — “approved”\n".encode("utf-8"))

    assert decoded.text == "Nvidia’s H20 — “approved”\n"
    assert decoded.warnings == []


def test_utf8_byte_order_mark_is_dropped():
    assert decode_text(codecs.BOM_UTF8 + b"Title\n").text == "Title\n"


def test_utf16_with_byte_order_mark_is_text_not_binary():
    assert decode_text("Huawei Ascend\n".encode("utf-16")).text == "Huawei Ascend\n"


def test_cp1252_smart_quotes_are_kept_and_reported():
    decoded = decode_text(b"\x93Nvidia\x94 \x96 caf\xe9\n")

    assert decoded.text == "“Nvidia” – café\n"
    assert decoded.warnings == ["not valid UTF-8; decoded as cp1252"]


def test_bytes_undefined_in_cp1252_fall_back_to_latin1():
    decoded = decode_text(b"caf\xe9 \x81\n")

    assert decoded.text == "café \x81\n"
    assert decoded.warnings == ["not valid UTF-8; decoded as latin-1"]


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "empty file"),
        (b" \n\t\r\n", "empty file"),
        (codecs.BOM_UTF8 + b"\n", "empty file"),
        (b"PK\x03\x04\x00\x00text", "binary file (contains NUL bytes)"),
        (bytes(range(1, 32)) * 20 + b"some text", "binary file (mostly control characters)"),
    ],
    ids=["empty", "whitespace", "bom-only", "nul-bytes", "control-bytes"],
)
def test_files_that_are_not_text_raise_ingest_error_with_the_reason(data, reason):
    with pytest.raises(IngestError, match=rf"^{re.escape(reason)}$"):
        decode_text(data)
