"""The mojibake test: ftfy's own pattern, run by RE2, answers as ftfy does."""

import ftfy.badness
from hypothesis import given, settings
from hypothesis import strategies as st

from pipelines.normalize.decode import _may_be_mojibake

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
