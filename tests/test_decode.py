"""The mojibake test: ftfy's own pattern, run by RE2, answers as ftfy does."""

import re
import re._constants as re_constants
import re._parser as re_parser

import filetype
import ftfy.badness
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipelines.normalize.decode import NotText, _file_kind, _may_be_mojibake, decode_bytes

LETTERS = "aeiouAEIOU séñøłžçßüöäÆœ’‘“”–—…€£©®°·×ÃÂâ€™ΑΩαωЖжЯя¦¤¨ƒ\n\t0123456789.,;:!?'\"-"


@settings(max_examples=2000, deadline=None)
@given(st.text(alphabet=LETTERS, max_size=40))
def test_finds_mojibake_as_ftfy_does(text):
    assert _may_be_mojibake(text) == ftfy.badness.is_bad(text)
    garbled = text.encode("utf-8").decode("cp1252", errors="replace")  # the usual way mojibake is made
    assert _may_be_mojibake(garbled) == ftfy.badness.is_bad(garbled)


def test_mojibake_found_and_clean_news_text_passes():
    assert _may_be_mojibake("The minister\u00e2\u20ac\u2122s office said")
    assert not _may_be_mojibake("The minister\u2019s office said \u201cno\u201d to Radosław Sikorski.")


@pytest.mark.parametrize("opening", ["BMW recalls 300,000 cars", "MZ Motors", "ID3 chips", "CWS files suit",
                                     "BZh? No."])
def test_an_article_that_begins_like_a_file_signature_is_text(opening):
    decoded = decode_bytes(f"{opening}\n\nThe rest of the article.\n".encode())
    assert decoded.text.startswith(opening)


@pytest.mark.parametrize(("data", "reason"), [
    (b"BM\x36\x00\x0c\x00\x00\x00\x00\x00\x36\x00\x00\x00", "NUL"),  # a BMP header
    (b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff", "EXE"),  # a program
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "PNG"),
])
def test_files_with_those_signatures_are_still_refused(data, reason):
    with pytest.raises(NotText, match=reason):
        decode_bytes(data)


@pytest.mark.parametrize(("data", "reason"), [
    (b"PK\x03\x04\x14\x00\x06\x00" + b"\x00" * 22 + b"word/document.xml" + b"\x00" * 40, "DOCX"),
    (b"PK\x03\x04\x14\x00\x00\x08" + b"\x00" * 22 + b"mimetypeapplication/vnd.oasis.opendocument.text", "ODT"),
    (b"PK\x03\x04\x14\x00\x00\x00" + b"\x00" * 40, "ZIP"),
])
def test_office_documents_and_archives_are_still_refused(data, reason):
    """filetype's office matchers are skipped for files that do not open with a ZIP header: these do."""
    with pytest.raises(NotText, match=reason):
        decode_bytes(data)


@settings(max_examples=500, deadline=None)
@given(st.binary(max_size=64) | st.sampled_from([b"PK\x03\x04", b"%PDF-1.4", b"GIF89a", b"{\\rtf1"]).flatmap(
    lambda head: st.binary(max_size=64).map(lambda rest: head + rest)))
def test_file_kind_is_filetypes_guess(data):
    if data:
        assert _file_kind(data) is filetype.guess(data)


def _needs_non_ascii(items) -> bool:
    """Does every match of this parsed pattern hold a character beyond ASCII? (True only when sure.)"""
    def class_needs(members) -> bool:  # a class of literals and ranges only, none of them ASCII
        return all(op is re_constants.LITERAL and arg >= 128 or op is re_constants.RANGE and arg[0] >= 128
                   for op, arg in members)
    for op, arg in items:
        if op is re_constants.LITERAL and arg >= 128 or op is re_constants.IN and class_needs(arg) \
                or op is re_constants.BRANCH and all(_needs_non_ascii(branch) for branch in arg[1]) \
                or op is re_constants.SUBPATTERN and _needs_non_ascii(arg[-1]) \
                or op in (re_constants.MAX_REPEAT, re_constants.MIN_REPEAT) and arg[0] >= 1 \
                and _needs_non_ascii(arg[2]):
            return True
    return False


def test_ascii_text_is_never_mojibake():
    """_may_be_mojibake skips ASCII text: ftfy's pattern cannot match it, as every match needs a character beyond
    ASCII (the pattern is case-sensitive: no non-ASCII letter of it matches an ASCII one)."""
    pattern = ftfy.badness.BADNESS_RE
    assert not pattern.flags & re.IGNORECASE
    assert _needs_non_ascii(re_parser.parse(pattern.pattern, pattern.flags))
    assert not _needs_non_ascii(re_parser.parse("a[é]|b", 0)) and _needs_non_ascii(re_parser.parse("a[é]|bé", 0))
    assert not _needs_non_ascii(re_parser.parse("[^a]|[\\w]", 0))
