"""Bytes -> text: Unicode with or without a byte-order mark, else a detected legacy encoding.

Only true binaries are skipped: known binary signatures, or bytes that no text encoding explains.
The encoding used is returned so the run report can name it.
"""

from __future__ import annotations

import codecs
import re

_BOMS = (  # UTF-32 first: its little-endian mark starts with UTF-16's
    (codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"), (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"),
)
_SIGNATURES = (b"%PDF", b"PK\x03\x04", b"\x89PNG", b"GIF8", b"\xff\xd8\xff", b"\x1f\x8b", b"\x7fELF", b"MZ\x90",
               b"BZh", b"\xfd7zXZ", b"7z\xbc\xaf", b"Rar!", b"SQLite format")
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")
_SAMPLE = 65536
# Not text: NUL in more than 1% of the first 64 KB, or other control characters in more than 5% (and
# more than a handful: a stray escape in a short note is noise, not a binary).
_MAX_NUL_SHARE, _MAX_CONTROL_SHARE, _FEW = 0.01, 0.05, 4
_ASCII_SHARE = 0.9
_UTF8_SEQUENCE = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}")


class NotText(ValueError):
    """The bytes are not text (the message says why)."""


def _mostly_control(text: str) -> bool:
    sample = text[:_SAMPLE]
    controls = len(_CONTROL.findall(sample))
    return sample.count("\x00") > _MAX_NUL_SHARE * len(sample) or (
        controls > _FEW and controls > _MAX_CONTROL_SHARE * len(sample))


def decode(raw: bytes) -> tuple[str, str]:
    """(text, encoding name); raises NotText for binaries. Undecodable bytes in a Unicode file with a
    BOM become U+FFFD rather than costing the file."""
    if raw.startswith(_SIGNATURES):
        raise NotText("binary file (its signature is a known binary format)")
    for bom, codec in _BOMS:
        if raw.startswith(bom):
            return raw.decode(codec, errors="replace"), codec.replace("-sig", " with BOM")
    try:
        text, encoding = raw.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        text, encoding = _legacy(raw)
    if _mostly_control(text):
        raise NotText("binary file (control bytes throughout)")
    return text, encoding


def _stray_as_cp1252(err: UnicodeDecodeError) -> tuple[str, int]:
    return err.object[err.start:err.end].decode("cp1252", errors="replace"), err.end


codecs.register_error("extractor-stray-cp1252", _stray_as_cp1252)


def _legacy(raw: bytes) -> tuple[str, str]:
    """UTF-8 with stray legacy bytes (mixed encodings, e.g. pasted text) stays UTF-8 with only the stray
    bytes read as Windows-1252. Mostly-ASCII bytes that Windows-1252 decodes are Windows-1252 (English
    news with a stray é or curly quote: charset-normalizer alone often names a Baltic or Cyrillic code
    page for them). Other bytes go to charset-normalizer."""
    sample = raw[:_SAMPLE]
    in_utf8 = sum(len(m) for m in _UTF8_SEQUENCE.findall(sample))
    if in_utf8 and in_utf8 >= sum(b >= 0x80 for b in sample) - in_utf8:
        return raw.decode("utf-8", errors="extractor-stray-cp1252"), "utf-8 (stray bytes as cp1252)"
    if sum(b < 0x80 for b in sample) >= _ASCII_SHARE * len(sample):
        try:
            return raw.decode("cp1252"), "cp1252"
        except UnicodeDecodeError:
            pass
    from charset_normalizer import from_bytes

    best = from_bytes(raw[:1_000_000]).best()  # a sample: detection on 20 MB would cost seconds
    if best is None or best.encoding is None:
        raise NotText("binary file (no text encoding fits its bytes)")
    return raw.decode(best.encoding, errors="replace"), best.encoding
