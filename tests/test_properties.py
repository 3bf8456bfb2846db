"""Properties on arbitrary input: decoding, parsing and quote finding never raise, and every span is sound."""

import re

import ftfy.badness
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pipelines.normalize import NotText, decode_bytes, parse_article
from pipelines.normalize.decode import _may_be_mojibake
from pipelines.normalize.quotes import extract_quotes

# Text made of the pieces that matter to the parser: marks, markdown, line ends, names, cue words.
PIECES = st.sampled_from(['"', "“", "”", "‘", "’", "'", "«", "»", "*", "_", "#", ">", "[", "](", ")", "\n",
                          "\n\n", "\r\n", " ", ",", ".", ":", "?", "—", "said", "he", "She", "told",
                          "Anna Lopez", "the ministry", "according to", "Mr", "28 May 2024", "\ufffd", "é"])
ARTICLE_TEXT = st.lists(st.one_of(PIECES, st.text(max_size=8)), max_size=120).map("".join)
SETTINGS = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@SETTINGS
@given(st.binary(max_size=2000))
def test_decoding_any_bytes_gives_text_or_a_reason(data):
    try:
        decoded = decode_bytes(data)
    except NotText as refusal:
        assert str(refusal)
    else:
        assert "\r" not in decoded.text and "\x00" not in decoded.text


# Mojibake-prone characters (UTF-8 read as Windows-1252, MacRoman, Windows-1251/1253) among plain words.
MOJIBAKE_TEXT = st.lists(st.one_of(st.sampled_from(["a", "Z", " ", ".", "\n", "é", "Ã", "Â", "â€", "™", "œ", "√",
                                                    "±", "Ø", "вЂ", "Г", "В", "°", "¢", "\xa0", "×", "²"]),
                                   st.text(max_size=4)), max_size=60).map("".join)


@SETTINGS
@given(MOJIBAKE_TEXT)
def test_windowed_mojibake_test_never_misses_what_ftfy_finds(text):
    assert _may_be_mojibake(text) or not ftfy.badness.is_bad(text)


@SETTINGS
@given(ARTICLE_TEXT)
def test_parsing_never_raises_and_paragraph_spans_map_back(text):
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    article = parse_article(text)
    for paragraph in article.paragraphs:
        assert 0 <= paragraph.char_start < paragraph.char_end <= len(text)
        source = text[paragraph.char_start:paragraph.char_end]
        # every letter and digit of the paragraph's text comes, in order, from its span in the file
        letters = iter(c for c in source if c.isalnum())
        assert all(c in letters for c in paragraph.text if c.isalnum()), (paragraph.text, source)


@SETTINGS
@given(ARTICLE_TEXT)
def test_quote_finding_never_raises_and_spans_spell_the_quote(text):
    paragraphs = parse_article(text.replace("\r", "\n")).paragraphs
    quotes, issues = extract_quotes(paragraphs)
    by_position = {p.position: p for p in paragraphs}
    for quote in quotes:
        paragraph = by_position[quote.paragraph_position]
        assert 0 <= quote.char_start <= quote.char_end <= len(paragraph.text)
        assert paragraph.text[quote.char_start:quote.char_end] == quote.text
        assert quote.kind in ("direct", "partial", "block", "scare")
        assert quote.kind != "scare" or quote.speaker is None
    assert all(issue.code == "unbalanced_quotes" for issue in issues)


@SETTINGS
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=3000))
def test_arbitrary_unicode_goes_through_the_whole_pure_path(text):
    try:
        decoded = decode_bytes(text.encode("utf-8"))
    except NotText:
        return
    article = parse_article(decoded.text)
    extract_quotes(article.paragraphs)
    assert all(re.fullmatch(r"[a-z_]+", issue.code) for issue in article.issues)


# Text where name runs start and stop: capitals, elided particles, initials, particles, apostrophes.
NAME_TEXT = st.lists(st.sampled_from(["Ana", "d'", "d’", "D'", "Eon", " ", ".", "K.", "P.", "van ", "der ", "Mac an ",
                                      "al-", "Masri", "x", "d", "'", "’", "-", "uulu", "É", "é", "\n", "s "]),
                     max_size=40).map("".join)


@SETTINGS
@given(NAME_TEXT)
def test_name_runs_open_on_the_same_words_as_they_go_on_with(text):
    # NAME_RUN spells its first word so the engine can skip to a capital; it must find what the plain word finds
    from pipelines.normalize.names import _NAME_WORD, NAME_RUN

    plain = re.compile(_NAME_WORD + NAME_RUN.pattern[NAME_RUN.pattern.index("(?:\\s+"):])
    assert NAME_RUN.findall(text) == plain.findall(text)
    assert [NAME_RUN.match(text, i) and NAME_RUN.match(text, i).group(0) for i in range(len(text))] == \
        [plain.match(text, i) and plain.match(text, i).group(0) for i in range(len(text))]
