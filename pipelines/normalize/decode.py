"""Bytes to text: BOMs, UTF-8, legacy encodings (detected by charset-normalizer), mojibake repaired by ftfy.

Files that are no text at all (images, archives, NUL bytes, nothing) are refused with one plain reason.
"""

from __future__ import annotations

import codecs
import re

import charset_normalizer
import filetype
import ftfy
import ftfy.badness

from pipelines.normalize.model import Decoded, Issue

_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# When charset-normalizer finds several encodings equally good, news text in the Latin alphabet is far more often
# Windows-1252 or Latin-1 than, say, Windows-1250: prefer those.
_PREFERRED = ("cp1252", "latin_1", "iso8859_15")
_CONTROL_SHARE = 0.05  # more control characters than this and it is no text
_CONTROLS = re.compile(r"[\x00-\x08\x0e-\x1f]")  # below the space, less tab and line/page breaks
_NON_ASCII = re.compile(r"[^\x00-\x7f]+")
_MOJIBAKE_REACH = 7  # ftfy's longest mojibake pattern spans 7 characters, at least one of them not ASCII
_MERGE_GAP = 200  # non-ASCII stretches closer than this are searched as one window


class NotText(ValueError):
    """The file is not an article we can read; the message says why in one sentence."""


def decode_bytes(data: bytes) -> Decoded:
    """Decode a file's bytes; line ends become \\n so that character spans are stable across platforms."""
    if not data:
        raise NotText("empty file")
    kind = filetype.guess(data)
    if kind is not None:
        raise NotText(f"not text: looks like a {kind.extension.upper()} file ({kind.mime})")
    text, encoding = _decode(data)
    if "\x00" in text:
        raise NotText("not text: contains NUL bytes")
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise NotText("whitespace-only file")
    controls = len(_CONTROLS.findall(text))
    if controls > _CONTROL_SHARE * len(text):
        raise NotText(f"not text: {controls} control characters in {len(text)}")
    issues: list[Issue] = []
    if _may_be_mojibake(text):
        fixed, steps = ftfy.fix_encoding_and_explain(text)
        if fixed != text:
            how = ", ".join(step for _, step in steps or [])
            issues.append(Issue("mojibake_repaired", f"double-encoded text repaired ({how})"))
            text = fixed
    return Decoded(text=text, encoding=encoding, issues=tuple(issues))


def _may_be_mojibake(text: str) -> bool:
    """ftfy's test for mojibake, run only around the non-ASCII stretches where a match must lie: scanning the
    whole text with its large pattern was a sixth of all parsing time. Stretches closer than _MERGE_GAP share one
    window: news text has a curly quote every few words, and one search per quote cost more than the search. A
    window may match where the whole text would not (its edge looks like the text's start); fixing then finds
    nothing to change and records nothing."""
    start = end = -1
    for m in _NON_ASCII.finditer(text):
        if m.start() - end > _MERGE_GAP and end >= 0:
            if ftfy.badness.is_bad(text[max(0, start - _MOJIBAKE_REACH):end + _MOJIBAKE_REACH]):
                return True
            start = -1
        if start < 0:
            start = m.start()
        end = m.end()
    return end >= 0 and ftfy.badness.is_bad(text[max(0, start - _MOJIBAKE_REACH):end + _MOJIBAKE_REACH])


def _decode(data: bytes) -> tuple[str, str]:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return data.decode(encoding), encoding
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    matches = list(charset_normalizer.from_bytes(data))
    if not matches:
        return data.decode("cp1252", errors="replace"), "cp1252"
    best = min((m.chaos, -m.coherence) for m in matches)
    tied = [m.encoding for m in matches if (m.chaos, -m.coherence) == best]
    encoding = next((e for e in _PREFERRED if e in tied), tied[0])
    return data.decode(encoding, errors="replace"), encoding
