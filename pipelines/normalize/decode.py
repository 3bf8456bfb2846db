"""Bytes to text: BOMs, UTF-8, legacy encodings (detected by charset-normalizer), mojibake repaired by ftfy
(found with its own pattern, run by RE2).

Files that are no text at all (images, archives, NUL bytes, nothing) are refused with one plain reason.
"""

from __future__ import annotations

import codecs
import re

import charset_normalizer
import filetype
import ftfy
import ftfy.badness
import re2
from filetype.types.document import ZippedDocumentBase

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
_CONTROL_BYTES = bytes([*range(0x00, 0x09), *range(0x0e, 0x20)])


# Kinds whose signature is two or three letters a text may begin with ("BMW recalls ..." is no BMP image, nor
# "MZ..." a program, "ID3 ..." an MP3): taken for that kind only when the bytes are not UTF-8. A real file of these
# kinds is binary after its signature (and its NUL bytes refuse it below in any case).
_LETTER_MAGIC = frozenset({"bmp", "exe", "mp3", "swf", "bz2"})


# filetype's six office and ODF matchers each search the first 6,000 bytes for a ZIP header and match only a file
# that opens with one: a file that does not is tried against the other matchers only (the same answer, in half
# the time: those searches were half of filetype's)
_ZIP_HEADER = b"PK\x03\x04"
_NOT_ZIPPED_DOCUMENTS = [matcher for matcher in filetype.types  # (filetype's list of every matcher, in order)
                         if not (isinstance(matcher, ZippedDocumentBase)
                                 and type(matcher).match is ZippedDocumentBase.match)]


def _file_kind(data: bytes):
    """filetype.guess(data), of non-empty bytes."""
    return filetype.guess(data) if data.startswith(_ZIP_HEADER) else filetype.match(data, _NOT_ZIPPED_DOCUMENTS)


def _is_utf8(data: bytes) -> bool:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


class NotText(ValueError):
    """The file is not an article we can read; the message says why in one sentence."""


def decode_bytes(data: bytes) -> Decoded:
    """Decode a file's bytes; line ends become \\n so that character spans are stable across platforms."""
    if not data:
        raise NotText("empty file")
    kind = _file_kind(data)
    if kind is not None and not (kind.extension in _LETTER_MAGIC and _is_utf8(data)):
        raise NotText(f"not text: looks like a {kind.extension.upper()} file ({kind.mime})")
    text, encoding = _decode(data)
    if "\x00" in text:
        raise NotText("not text: contains NUL bytes")
    if "\r" in text:  # (one search for the character, not two scans for the pair and the one: most files have none)
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise NotText("whitespace-only file")
    if encoding in ("utf-8", "utf-8-sig"):
        # the same characters as bytes (UTF-8 spells them as themselves and uses no such byte in any other
        # character), counted by deleting them in C: a tenth of the time of the regex over the text
        controls = len(data) - len(data.translate(None, _CONTROL_BYTES))
    else:
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
    """ftfy's own test (ftfy fixes nothing in a text it does not find bad), with its pattern in RE2: one pass of a
    DFA over the text, ten times faster on news than Python's engine trying the pattern's many alternatives at
    every character (which was a sixth of all parsing time). Every match of the pattern holds a character beyond
    ASCII (tests/test_decode.py proves it from the pattern): an ASCII text, a third of the news, is not scanned."""
    return not text.isascii() and _BADNESS.search(text) is not None


# Python's \w and \s match Unicode letters and spaces, RE2's only ASCII: spelled out for RE2 (the same on the BMP;
# RE2's newer Unicode tables know some 5,000 more letters of rare scripts beyond it).
_UNICODE_CLASSES = {"w": r"\p{L}\p{N}_",
                    "s": r"\t\n\x{0B}\f\r\x{1C}-\x{1F} \x{85}\x{A0}\x{1680}\x{2000}-\x{200A}\x{2028}\x{2029}"
                         r"\x{202F}\x{205F}\x{3000}"}


def _for_re2(pattern: str) -> str:
    r"""A re.VERBOSE pattern as RE2 reads it: white space and comments dropped except inside character classes,
    and \w and \s with Python's Unicode meaning."""
    out: list[str] = []
    in_class = escaped = comment = False
    for i, char in enumerate(pattern):
        if comment:
            comment = char != "\n"
        elif escaped:
            if char in _UNICODE_CLASSES:
                out[-1:] = [_UNICODE_CLASSES[char] if in_class else f"[{_UNICODE_CLASSES[char]}]"]
            else:
                out.append(char)
            escaped = False
        elif char == "\\":
            out.append(char)
            escaped = True
        elif in_class:
            out.append(char)
            # "]" right after "[" or "[^" is a member, not the end
            in_class = char != "]" or pattern[i - 1] == "[" or pattern[i - 2:i] == "[^"
        elif char == "[":
            out.append(char)
            in_class = True
        elif char == "#":
            comment = True
        elif not char.isspace():
            out.append(char)
    return "".join(out)


def _badness_pattern():
    options = re2.Options()
    options.max_mem = 64 << 20  # the pattern's Unicode classes make a large automaton
    return re2.compile(_for_re2(ftfy.badness.BADNESS_RE.pattern), options)


_BADNESS = _badness_pattern()


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
