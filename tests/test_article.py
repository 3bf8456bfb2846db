"""Decoding and article parsing: the seed, and small articles that cover each byline variant and defect."""

import datetime as dt
import json
import re

import pytest

from pipelines.normalize import NotText, decode_bytes, parse_article
from tests.conftest import SEED_DIR, SEED_NAME


def seed_article():
    return decode_bytes((SEED_DIR / SEED_NAME).read_bytes()).text


def article(*blocks: str) -> str:
    return "\n\n".join(blocks) + "\n"


def kinds(parsed) -> list[str]:
    return [p.kind for p in parsed.paragraphs]


def codes(parsed) -> list[str]:
    return [i.code for i in parsed.issues]


def test_seed_article_fields_match_gold():
    gold = json.loads((SEED_DIR / "seed_articles.jsonl").read_text().splitlines()[0])
    parsed = parse_article(seed_article())
    assert parsed.title == gold["title"]
    assert list(parsed.authors) == gold["authors"]
    assert parsed.published_on == dt.date.fromisoformat(gold["published_on"])
    assert kinds(parsed).count("body") + kinds(parsed).count("blockquote") == gold["body_paragraphs"]
    assert kinds(parsed).count("blockquote") == gold["blockquote_paragraphs"]
    assert kinds(parsed).count("footer") == gold["footer_paragraphs"]
    assert set(gold["defects"]) <= set(codes(parsed))


def test_seed_block_quote_follows_he_added():
    parsed = parse_article(seed_article())
    block = next(p for p in parsed.paragraphs if p.kind == "blockquote")
    assert parsed.paragraphs[block.position - 1].text == "He added:"
    assert block.text.startswith("We focused on high-value")


def test_seed_split_paragraph_is_joined_and_recorded():
    parsed = parse_article(seed_article())
    joined = [p for p in parsed.paragraphs if "behind the backs of the people, mouthing phrases" in p.text]
    assert len(joined) == 1
    issue = next(i for i in parsed.issues if i.code == "split_paragraph")
    assert issue.paragraph_position == joined[0].position


def test_seed_lost_character_is_recorded_with_the_word():
    parsed = parse_article(seed_article())
    issue = next(i for i in parsed.issues if i.code == "lost_character")
    assert "Rados?aw" in issue.detail
    assert "Rados?aw" in parsed.paragraphs[issue.paragraph_position].text


def test_paragraph_spans_point_into_the_decoded_file():
    text = seed_article()
    for paragraph in parse_article(text).paragraphs:
        raw = text[paragraph.char_start:paragraph.char_end]
        folded = re.sub(r"\s+", " ", raw.replace("*", ""))
        assert folded.startswith(paragraph.text[:30])
        assert folded.endswith(paragraph.text[-30:])


def test_two_authors_joined_by_and():
    parsed = parse_article(article("## Budget vote delayed", "Maria Lopez and Tom Becker 3 March 2023",
                                   "The vote was delayed again."))
    assert parsed.authors == ("Maria Lopez", "Tom Becker")
    assert parsed.published_on == dt.date(2023, 3, 3)
    assert parsed.byline == "Maria Lopez and Tom Becker 3 March 2023"


def test_three_authors_with_commas():
    parsed = parse_article(article("## Floods", "Ana Silva, Joe Park and Li Wei 9 October 2022", "Rain fell."))
    assert parsed.authors == ("Ana Silva", "Joe Park", "Li Wei")


def test_collective_byline_is_kept_as_the_author():
    parsed = parse_article(article("## Strike spreads", "Our reporters 14 July 2021", "Workers walked out."))
    assert parsed.authors == ("Our reporters",)
    assert parsed.published_on == dt.date(2021, 7, 14)


def test_missing_byline_is_recorded_and_first_paragraph_kept():
    parsed = parse_article(article("## Port closes", "The port closed on Friday.", "Ships waited offshore."))
    assert parsed.authors == ()
    assert parsed.published_on is None
    assert "missing_byline" in codes(parsed)
    assert [p.text for p in parsed.paragraphs] == ["The port closed on Friday.", "Ships waited offshore."]


def test_date_without_author_gives_date_and_missing_byline():
    parsed = parse_article(article("## Port closes", "28 May 2024", "The port closed."))
    assert parsed.published_on == dt.date(2024, 5, 28)
    assert parsed.authors == ()
    assert "missing_byline" in codes(parsed)


def test_impossible_date_is_recorded_not_raised():
    parsed = parse_article(article("## Leap", "Sam Ode 31 February 2024", "Text."))
    assert parsed.authors == ("Sam Ode",)
    assert parsed.published_on is None
    assert "invalid_date" in codes(parsed)


def test_missing_title_is_recorded():
    parsed = parse_article(article("Just a paragraph that starts the file.", "And another."))
    assert parsed.title is None
    assert "missing_title" in codes(parsed)
    assert len(parsed.paragraphs) == 2


def test_markdown_emphasis_and_links_are_removed_from_text():
    parsed = parse_article(article(
        "## **Bold** title", "Kim Lee 1 June 2020",
        "She told the *Guardian* and **The Times** about [the report](https://example.org/r?a=1) on _snake_case_ "
        "files and ***very*** big numbers like 2*3*4."))
    assert parsed.title == "Bold title"
    assert parsed.paragraphs[0].text == ("She told the Guardian and The Times about the report on snake_case "
                                         "files and very big numbers like 2*3*4.")


def test_hard_wrapped_lines_are_one_paragraph():
    parsed = parse_article(article("## T", "Kim Lee 1 June 2020", "One line\nwraps here\nand ends."))
    assert parsed.paragraphs[0].text == "One line wraps here and ends."


def test_block_quote_after_she_said_colon():
    parsed = parse_article(article("## T", "Kim Lee 1 June 2020", "The minister was blunt. She said:",
                                   "We will not retreat. Not now, not ever.", "The debate went on."))
    assert kinds(parsed) == ["body", "blockquote", "body"]


def test_colon_before_a_quoted_paragraph_is_not_a_block_quote():
    parsed = parse_article(article("## T", "Kim Lee 1 June 2020", "He added:", '"We will win," he said.'))
    assert kinds(parsed) == ["body", "body"]


def test_markdown_block_quote_marker():
    parsed = parse_article(article("## T", "Kim Lee 1 June 2020", "The letter reads", "> Dear sir,\n> no."))
    assert kinds(parsed) == ["body", "blockquote"]
    assert parsed.paragraphs[1].text == "Dear sir, no."


def test_footer_boilerplate_at_the_end():
    parsed = parse_article(article("## T", "Kim Lee 1 June 2020", "Body text here.",
                                   "Follow us on social media", "Copyright 2024 Example News",
                                   "https://example.com/subscribe"))
    assert kinds(parsed) == ["body", "footer", "footer", "footer"]


def test_a_wire_credit_line_closing_the_article_is_footer():
    parsed = parse_article(article("## T", "Kim Lee 1 June 2020", "Body text here.",
                                   "Reporting by Ana Ruiz; Editing by Piet Vos"))
    assert kinds(parsed) == ["body", "footer"]


def test_footer_words_inside_the_body_stay_body():
    parsed = parse_article(article("## T", "Kim Lee 1 June 2020", "Subscribe to nothing, he said.",
                                   "The end of the story."))
    assert kinds(parsed) == ["body", "body"]


def test_paragraph_split_mid_sentence_is_joined():
    parsed = parse_article(article("## T", "Kim Lee 1 June 2020", "The council met on Monday and",
                                   "agreed to the plan.", "Next paragraph."))
    assert [p.text for p in parsed.paragraphs] == ["The council met on Monday and agreed to the plan.",
                                                   "Next paragraph."]
    assert codes(parsed).count("split_paragraph") == 1


def test_new_sentence_after_blank_line_is_not_joined():
    parsed = parse_article(article("## T", "Kim Lee 1 June 2020", "It rained.", "later it snowed."))
    assert len(parsed.paragraphs) == 2
    assert "split_paragraph" not in codes(parsed)


def test_question_mark_in_urls_and_sentences_is_not_a_lost_character():
    parsed = parse_article(article("## T", "Kim Lee 1 June 2020", "Why?Because. See example.org/x?id=3 now.",
                                   "Is it? Yes."))
    lost = [i for i in parsed.issues if i.code == "lost_character"]
    assert [i.paragraph_position for i in lost] == [0]  # "Why?Because" is a real lost-character suspect
    assert "example.org" not in lost[0].detail


def test_replacement_character_is_a_lost_character():
    parsed = parse_article(article("## T", "Kim Lee 1 June 2020", "Caf\ufffd opens."))
    assert "lost_character" in codes(parsed)


def test_decode_crlf_and_bom_give_the_same_text():
    plain = "## T\n\nKim Lee 1 June 2020\n\nBody.\n"
    assert decode_bytes(plain.encode()).text == plain
    assert decode_bytes(b"\xef\xbb\xbf" + plain.replace("\n", "\r\n").encode()).text == plain
    assert decode_bytes(plain.encode("utf-16")).text == plain


def test_decode_legacy_single_byte_encoding():
    decoded = decode_bytes("Caf\u00e9 \u2013 na\u00efve".encode("cp1252"))
    assert decoded.text == "Caf\u00e9 \u2013 na\u00efve"
    assert decoded.encoding == "cp1252"


@pytest.mark.parametrize(("data", "reason"), [(b"", "empty file"), (b" \n\t\n", "whitespace-only file"),
                                               (b"abc\x00def", "not text: contains NUL bytes")])
def test_decode_refuses_what_is_not_an_article(data, reason):
    with pytest.raises(NotText, match=reason):
        decode_bytes(data)


def test_byline_that_is_only_a_name():
    parsed = parse_article(article("## Ferry fares rise", "Lena Marsh", "Fares rise in May.", "More later."))
    assert parsed.authors == ("Lena Marsh",) and parsed.published_on is None
    assert [p.text for p in parsed.paragraphs] == ["Fares rise in May.", "More later."]
    assert "missing_byline" not in codes(parsed)


def test_byline_of_two_names_only():
    parsed = parse_article(article("## Ferry fares rise", "Lena Marsh and Tomas Berg", "Fares rise in May."))
    assert parsed.authors == ("Lena Marsh", "Tomas Berg")


def test_short_capitalised_first_paragraph_that_is_no_name_stays_a_paragraph():
    parsed = parse_article(article("## Ferry fares rise", "Harbour Council Decides", "Fares rise in May."))
    assert parsed.authors == () and len(parsed.paragraphs) == 2


def test_written_block_quote_runs_until_the_writer_resumes():
    parsed = parse_article(article("## T", "Kim Lee 1 June 2020", "In its filing, the company wrote:",
                                   "The claims have no merit.", "We will defend ourselves in court.",
                                   "The filing was made on Tuesday."))
    assert kinds(parsed) == ["body", "blockquote", "blockquote", "body"]


def test_spoken_block_quote_is_one_paragraph():
    parsed = parse_article(article("## T", "Kim Lee 1 June 2020", "The mayor was blunt. She said:",
                                   "We will not retreat.", "The council met again in June."))
    assert kinds(parsed) == ["body", "blockquote", "body"]


def test_contact_footer_ending_with_a_bare_address():
    parsed = parse_article(article("## T", "Kim Lee 1 June 2020", "Body text here.", "Contact our desk at:",
                                   "example.org/contact"))
    assert kinds(parsed) == ["body", "footer", "footer"]


def test_a_call_for_letters_with_an_address_closing_the_article_is_footer():
    parsed = parse_article(article("## T", "Kim Lee 1 June 2020", "Body text here.",
                                   "Have a view on the budget? Write to us at letters@herald.example"))
    assert kinds(parsed) == ["body", "footer"]


def test_byline_fields_after_a_bar_are_no_author():
    parsed = parse_article(article("## T", "By Corinne Ashdown | WDLT 6 News | November 18, 2026", "Body text."))
    assert parsed.authors == ("Corinne Ashdown",)
    assert parsed.published_on == dt.date(2026, 11, 18)


def test_a_place_under_the_title_is_no_byline():
    parsed = parse_article(article("## Cup replay tonight", "Jordan Stadium", "Kick-off is at eight."))
    assert parsed.authors == () and len(parsed.paragraphs) == 2


@pytest.mark.parametrize(("byline", "authors", "published_on"), [
    # a byline over lines of its own: the name, a newsroom role, a date with a weekday or a time after it
    ("By Lena Marsh, Staff Writer\nAug. 9, 2026", ("Lena Marsh",), dt.date(2026, 8, 9)),
    ("Lena Marsh, Chief Sports Correspondent\nThursday 14 May 2026", ("Lena Marsh",), dt.date(2026, 5, 14)),
    ("By Lena Marsh\nCourt reporter\nUpdated 2 October 2026 — 6.14pm", ("Lena Marsh",), dt.date(2026, 10, 2)),
    ("Lena Marsh Transport correspondent\nTue 14 Apr 2026 06.00 BST", ("Lena Marsh",), dt.date(2026, 4, 14)),
    ("Lena Marsh · Harbour Public Radio\nPosted: Feb 10, 2026 4:30 PM CST | Last Updated: Feb 10, 2026",
     ("Lena Marsh",), dt.date(2026, 2, 10)),
    ("Anirudh Kesavapillai\nMarch 09, 2026 21:40 IST", ("Anirudh Kesavapillai",), dt.date(2026, 3, 9)),
    ("Deirbhile Kennefick\nWed Aug 5 2026 - 18:45", ("Deirbhile Kennefick",), dt.date(2026, 8, 5)),
    ("By Ilse Sturlason\nMarch 3, 2026 4:12 PM UTC", ("Ilse Sturlason",), dt.date(2026, 3, 3)),
    ("By Lena Marsh\nChief Reporter\n17th October 2026", ("Lena Marsh",), dt.date(2026, 10, 17)),
    ("Author: Lena Marsh\nSenior Security Reporter\nJune 9, 2026 | 5 min read", ("Lena Marsh",), dt.date(2026, 6, 9)),
    ("Clarissa Ang Mei Lin\nCourt Correspondent\nPublished Sep 14, 2026, 05:00 AM\nUpdated Sep 14, 2026, 11:42 AM",
     ("Clarissa Ang Mei Lin",), dt.date(2026, 9, 14)),
    ("Published: 3 March 2026 10:42 CET\nUpdated: 3 March 2026 16:05 CET\n\nBy Lena Marsh", ("Lena Marsh",),
     dt.date(2026, 3, 3)),
    ("By KIPNGENO BARSITO\nJuly 12, 2026", ("Kipngeno Barsito",), dt.date(2026, 7, 12)),
    ("By Lena Marsh\nThe Northern Press\nPosted Nov 27, 2026 6:14 pm EST\nLast Updated Nov 27, 2026 9:02 pm EST",
     ("Lena Marsh",), dt.date(2026, 11, 27)),
    ("By Lena Marsh | Staff Writer\nPUBLISHED: November 17, 2026 at 11:05 p.m. | UPDATED: November 18, 2026",
     ("Lena Marsh",), dt.date(2026, 11, 17)),
    ("By Lena Marsh\nNovember 26, 2026 4:18 PM GMT+1 Updated 2 hours ago", ("Lena Marsh",), dt.date(2026, 11, 26)),
    ("Anjali Thekkumpuram\nUpdated - November 25, 2026 07:02 am IST - VELLAMKODE", ("Anjali Thekkumpuram",),
     dt.date(2026, 11, 25)),
    ("By Lena Marsh and Wade Hemsley, Staff writers\nUpdated Nov. 27, 2026 9:48 p.m.", ("Lena Marsh", "Wade Hemsley"),
     dt.date(2026, 11, 27)),
    ("By Mathilde GAUTHEREAU\nIssued on: 25/11/2026 - 17:32\nModified: 25/11/2026 - 19:05", ("Mathilde Gauthereau",),
     dt.date(2026, 11, 25)),
    ("By Lena Marsh lmarsh@sentinel.example\nNov 27, 2026 Updated Nov 28, 2026", ("Lena Marsh",),
     dt.date(2026, 11, 27)),
    ("Issued on: 28/11/2026 - 09:14\nModified: 28/11/2026 - 13:02", (), dt.date(2026, 11, 28)),
    ("BY MARGUERITE ODELL - 11/25/26 6:48 PM ET", ("Marguerite Odell",), dt.date(2026, 11, 25)),
    ("By Aroha Kereama\nRural Affairs Reporter · Tararoa Ledger ·\n27 Nov, 2026 04:00 PM\n5 mins to read",
     ("Aroha Kereama",), dt.date(2026, 11, 27)),
    ("By EDUARDO PORTER. Email: eporter@example.com,Twitter: @porter 16 March 2016", ("Eduardo Porter",),
     dt.date(2016, 3, 16)),
    ("Imogen Throckley and Rafferty Nkansah in London\nPublished November 27 2026",
     ("Imogen Throckley", "Rafferty Nkansah"), dt.date(2026, 11, 27)),
    ("By Winslow Peake and Inés Zavaleta, The Continental Press\nUpdated 4:18 PM CST, November 27, 2026",
     ("Winslow Peake", "Inés Zavaleta"), dt.date(2026, 11, 27)),
    # any short header line (a section, a photo credit) when a date line vouches for the block
    ("By Lena Marsh\nNorth Coast Bureau\nPhoto credit Tom Berg\nMay 3, 2026", ("Lena Marsh",), dt.date(2026, 5, 3)),
    # read field by field (line breaks, bars, dots, spaced dashes and slashes): names after any `By` opener, an
    # outlet or a role after a comma, a place or an outlet after the name, contacts, credits, dates in any field
    ("By Lena Marsh on November 27, 2026", ("Lena Marsh",), dt.date(2026, 11, 27)),
    ("Lena Marsh, Harbour Courier\nNovember 27, 2026", ("Lena Marsh",), dt.date(2026, 11, 27)),
    ("Words by Lena Marsh | Photos by Tom Berg\nNovember 27, 2026", ("Lena Marsh",), dt.date(2026, 11, 27)),
    ("Lena Marsh | Senior Correspondent | 27.11.2026", ("Lena Marsh",), dt.date(2026, 11, 27)),
    ("27 November 2026\nBy Lena Marsh", ("Lena Marsh",), dt.date(2026, 11, 27)),
    ("Lena Marsh\n@lmarsh\n27 November 2026", ("Lena Marsh",), dt.date(2026, 11, 27)),
    ("Lena Marsh (Harbour Courier)\n27 November 2026", ("Lena Marsh",), dt.date(2026, 11, 27)),
    ("By Dr. Lena Marsh\n27 November 2026", ("Lena Marsh",), dt.date(2026, 11, 27)),
    ("By Lena Marsh, Science Editor, and Tom Berg, Health Correspondent\n27 November 2026", ("Lena Marsh", "Tom Berg"),
     dt.date(2026, 11, 27)),
    ("Analysis by Lena Marsh, HPR\nUpdated 10:14 AM EST, Fri November 27, 2026", ("Lena Marsh",),
     dt.date(2026, 11, 27)),
    ("By Lena Marsh in Halvern and Tom Berg in Parrow\n27 November 2026", ("Lena Marsh", "Tom Berg"),
     dt.date(2026, 11, 27)),
    ("By Lena Marsh for the Harbour Courier\n27 November 2026", ("Lena Marsh",), dt.date(2026, 11, 27)),
    ("By Lena Marsh — Nov. 27, 2026 | 5:02 p.m.", ("Lena Marsh",), dt.date(2026, 11, 27)),
    ("By Lena Marsh | 2026-11-27T10:14:00Z", ("Lena Marsh",), dt.date(2026, 11, 27)),
    ("Lena Marsh. Harbour Courier 27 November 2026", ("Lena Marsh",), dt.date(2026, 11, 27)),
    ("Lena Marsh\n5:32 pm on 3 June 2026", ("Lena Marsh",), dt.date(2026, 6, 3)),
    ("By Lena Marsh\nNovember 27", ("Lena Marsh",), None),  # a day with no year: no date to store
    ("Lena Marsh, Harbour Courier", ("Lena Marsh",), None),
    ("From Lena Marsh, Parrow\n27th November 2026", ("Lena Marsh",), dt.date(2026, 11, 27)),
    ("Lena Marsh | Parrow\nLast Updated : Nov 28 2026 | 11:52 PM IST", ("Lena Marsh",), dt.date(2026, 11, 28)),
    ("By Lena Marsh, Science editor\n5:30PM November 28, 2026", ("Lena Marsh",), dt.date(2026, 11, 28)),
    ("Filed by Lena Marsh | Parrow Bureau\n28/11/2026 10:05", ("Lena Marsh",), dt.date(2026, 11, 28)),
    ("By LENA MARSH - November 28, 2026 @ 7:12pm", ("Lena Marsh",), dt.date(2026, 11, 28)),
    ("EXCLUSIVE by Lena Marsh\n28 NOV 2026 | 14:22", ("Lena Marsh",), dt.date(2026, 11, 28)),
    ("28.11.2026, 16:05 Uhr\nby Lena Marsh", ("Lena Marsh",), dt.date(2026, 11, 28)),
    ("Lena Marsh / Staff Writer\nNov 28, 2026 Updated 4 hrs ago", ("Lena Marsh",), dt.date(2026, 11, 28)),
    ("Staff Writer Lena Marsh\n@lmarsh · lmarsh@harbinger.example\nNov 28, 2026", ("Lena Marsh",),
     dt.date(2026, 11, 28)),
    # an `Updated` date over the `Published` one; a masthead of joined names under the writer; two writers whose
    # first names the name table lacks, a bare name on each line
    ("By Lena Marsh\nUpdated November 28, 2026\nPublished November 27, 2026", ("Lena Marsh",), dt.date(2026, 11, 27)),
    ("Lena Marsh\nRegina Chronicle-Post\nPublished Nov 28, 2026 • 4 minute read", ("Lena Marsh",),
     dt.date(2026, 11, 28)),
    ("Sigrunn Brattli\nMargunn Skjelbred\nPublished 28.11.2026", ("Sigrunn Brattli", "Margunn Skjelbred"),
     dt.date(2026, 11, 28)),
    # an outlet run straight after the name; no space after a date's comma
    ("By Lena Marsh Riverlight News\nNovember 28, 2026 — 6:05pm", ("Lena Marsh",), dt.date(2026, 11, 28)),
    ("Lena Marsh\nLast updated: Nov 28,2026 - 10:55", ("Lena Marsh",), dt.date(2026, 11, 28)),
    ("BY LENA MARSH JOURNAL STAFF WRITER\nSaturday, November 28th, 2026 at 12:02am", ("Lena Marsh",),
     dt.date(2026, 11, 28)),
    ("Lena Marsh Aquino, corresponsal\nSábado 28 de noviembre de 2026, p. 27", ("Lena Marsh Aquino",),
     dt.date(2026, 11, 28)),
    ("Lena Marsh (news@cphwire.example)\nPublished: 28 November 2026 11:20 CET+01:00", ("Lena Marsh",),
     dt.date(2026, 11, 28)),
    ("Lena Marsh/Staff Reporter\nlena.marsh@harbinger.example\nSaturday | November 28, 2026", ("Lena Marsh",),
     dt.date(2026, 11, 28)),
    ("By Lena Marsh\nSat, Nov 28, 2026, 12:05 am SL Time", ("Lena Marsh",), dt.date(2026, 11, 28)),
    ("Reporter: Lena Marsh\n28 November 2026 | 07:15", ("Lena Marsh",), dt.date(2026, 11, 28)),
    ("By: Lena Marsh — Business\nNov 28, 2026 | 3:15 pm", ("Lena Marsh",), dt.date(2026, 11, 28)),
    ("Saturday, 28 November 2026, 07:30 by Lena Marsh", ("Lena Marsh",), dt.date(2026, 11, 28)),
    ("By Lena Marsh, with agency reports\nNovember 28, 2026", ("Lena Marsh",), dt.date(2026, 11, 28)),
    ("By Lena Marsh For Harbour Online\nPublished: 10:14 GMT, 28 November 2026 | Updated: 11:32 GMT, 28 November 2026",
     ("Lena Marsh",), dt.date(2026, 11, 28)),
    ("By Lena Marsh\nmore by this author\nSaturday, November 28, 2026 — 10:30 EAT", ("Lena Marsh",),
     dt.date(2026, 11, 28)),
    ("Parrow Bureau\nLena Marsh\nNovember 28, 2026", ("Lena Marsh",), dt.date(2026, 11, 28)),  # a desk over the name
    # a second name on a line of its own that opens with `and`; a label `Source:`; the role before the name
    ("By Lena Marsh\nand Tom Berg\n6:15am Sunday 29 November 2026", ("Lena Marsh", "Tom Berg"), dt.date(2026, 11, 29)),
    ("By Lena Marsh, Transport Correspondent\nand Tom Berg, Chief Reporter\nLast updated: 08:40, 29 NOV 2026",
     ("Lena Marsh", "Tom Berg"), dt.date(2026, 11, 29)),
    ("Source: Lena Marsh, Contributor\nSun, 29 Nov 2026", ("Lena Marsh",), dt.date(2026, 11, 29)),
    ("By Parrow reporter Lena Marsh and senior political reporter Tom Berg\nPosted Sun 29 Nov 2026 at 6:02am",
     ("Lena Marsh", "Tom Berg"), dt.date(2026, 11, 29)),
    # a name that opens with a capital beyond A-Z, `kl.` before a time, counts of views and comments; a name on
    # each line (each perhaps over the outlet's name); `Story and photos by`
    ("Åsne Lindrup\nSun 29 Nov 2026, kl. 09.14 – updated kl. 12.02", ("Åsne Lindrup",), dt.date(2026, 11, 29)),
    ("Żaneta Marsh\n29.11.2026, 14:05 · 2,318 views · 14 comments", ("Żaneta Marsh",), dt.date(2026, 11, 29)),
    ("Lena Marsh\nTom Berg\nUpdated Nov 29, 2026, 11:58 PM", ("Lena Marsh", "Tom Berg"), dt.date(2026, 11, 29)),
    ("Lena Marsh\nHarbour Valley Standard\nTom Berg\nHarbour Valley Standard\nPublished 5:02 a.m. ET Nov. 29, 2026",
     ("Lena Marsh", "Tom Berg"), dt.date(2026, 11, 29)),
    ("Story and photos by Lena Marsh\nSunday, November 29, 2026", ("Lena Marsh",), dt.date(2026, 11, 29)),
    # and on one line; a role after a comma is no second author, but a collective byline keeps its words
    ("By Lena Marsh, Staff Writer May 2, 2026, 10:30 a.m. ET", ("Lena Marsh",), dt.date(2026, 5, 2)),
    ("by Waste & Recycling Staff January 2, 2020", ("Waste", "Recycling Staff"), dt.date(2020, 1, 2)),
    ("Norman Solomon 25 July 2016", ("Norman Solomon",), dt.date(2016, 7, 25)),  # no weekday inside a name
])
def test_byline_layouts(byline, authors, published_on):
    parsed = parse_article(article("## Ferry fares rise", byline, "Fares rise in May.", "More later."))
    assert (parsed.authors, parsed.published_on) == (authors, published_on)
    assert [p.text for p in parsed.paragraphs] == ["Fares rise in May.", "More later."]


def test_two_lines_that_are_more_than_a_byline_stay_paragraphs():
    for block in ("Lena Marsh\nFares rise in May, the council said.", "Lena Marsh\nJune 18, 2026 by the lake",
                  "31 October 2016\n\nHillary Clinton",  # a name tag after a date, not an author
                  "Lena Marsh, the younger of two sisters who run the ferry firm, has resigned.",
                  "On Wednesday, Lena Marsh flew to Parrow to open the line.",
                  "Lena Marsh. Parrow County Jail",  # a photo's caption
                  "Parrow fell to the raiders of the north on May 29, 1453."):
        parsed = parse_article(article("## Ferry fares rise", block, "More later."))
        assert parsed.authors == () and parsed.paragraphs[-1].text == "More later." and len(parsed.paragraphs) >= 2


@pytest.mark.parametrize("credit", ["Carradine reported from Brussels. Ivar Lundset contributed to this report.",
                                    "The Associated Press contributed to this report.", "Nolan McCaskill contributed.",
                                    "mg/jrd", "(Reporting by Ilaria Benvenga; Editing by Joanna Pelling)",
                                    # a funder's credit, a republisher's, a disclaimer
                                    "This story was produced with the financial support of the Harbour Fund.",
                                    "Republished with kind permission of The Kestrel.",
                                    "Disclaimer: The views expressed here are the writer's own."])
def test_a_closing_credit_line_is_footer(credit):
    parsed = parse_article(article("## T", "Kim Lee 1 June 2020", "Body text here.", credit))
    assert kinds(parsed) == ["body", "footer"]


def test_an_outlet_line_needs_a_date_line_in_the_byline_block():
    parsed = parse_article(article("## T", "Lena Marsh\nThe Northern Press", "Body text here."))
    assert parsed.authors == ()


@pytest.mark.parametrize("raw", ["one two", "one  two", " one", "one ", "one\ttwo", "one\u00a0two", "one\u2009two",
                                 "one\ntwo", "one\u3000two", "one\u2028two", "", " ", "a", "café – ok"])
def test_clean_folds_every_white_space_as_split_does(raw):
    # _clean returns a line unchanged when it is already folded: the test it uses must miss no white space
    from pipelines.normalize.article import _clean
    assert _clean(raw) == " ".join(raw.split())


def test_a_byline_in_capitals_with_where_the_writer_is():
    parsed = parse_article(article("## T", "BY AKINYI OTIENO IN KISUMU\nSaturday, March 7, 2026", "Body."))
    assert parsed.authors == ("Akinyi Otieno",)


def test_a_name_on_each_line_with_a_newsroom_role_after_it():
    parsed = parse_article(article("## T", "Jhunrey Dacanay, Contributor\nRonwaldo Balagtas, Contributor\n"
                                          "Posted at Mar 7 2026 07:40 AM", "Body."))
    assert parsed.authors == ("Jhunrey Dacanay", "Ronwaldo Balagtas")


def test_a_desk_over_a_dateline_with_no_year_is_a_header_with_no_date():
    parsed = parse_article(article("## T", "Express News Service\nMysuru, March 7", "Body."))
    assert parsed.authors == () and parsed.published_on is None
    assert kinds(parsed) == ["body"] and "missing_date" in codes(parsed)


def test_a_note_on_the_writer_at_the_end_is_a_footer_that_names_the_author_when_no_byline_does():
    parsed = parse_article(article("## T", "7 March 2026", "Body.", "— Hinemoa Karaka is a local democracy reporter."))
    assert parsed.authors == ("Hinemoa Karaka",)
    assert kinds(parsed) == ["body", "footer"] and "missing_byline" not in codes(parsed)


def test_a_name_alone_in_capitals_a_site_s_credit_after_the_date_and_a_french_date():
    parsed = parse_article(article("## T", "ISOLDE QUARTERMAN", "HILLSBORO, Ore. - The chipmaker said so."))
    assert parsed.authors == ("Isolde Quarterman",) and kinds(parsed) == ["body"]
    parsed = parse_article(article("## T", "ARY NEWS", "Body."))  # an outlet in capitals is no writer
    assert parsed.authors == ()
    parsed = parse_article(article("## T", "Source: Adwoa Mensimah, Contributor\nSat, 7 Mar 2026 Source: nkabomnews",
                                   "Body."))
    assert parsed.authors == ("Adwoa Mensimah",) and parsed.published_on == dt.date(2026, 3, 7)
    parsed = parse_article(article("## T", "Par/By Héloïse Brassac\nPublié le 7 mars 2026 / Published March 7, 2026",
                                   "Body."))
    assert parsed.authors == ("Héloïse Brassac",) and parsed.published_on == dt.date(2026, 3, 7)


def test_a_wire_credit_names_the_reporters_and_writers_not_the_editor():
    parsed = parse_article(article("## T", "ATHENS, Nov 28 (Wire) - Ferries stayed in port.", "Crews went home.",
                                   "Reporting by Angeliki Sfakianaki and Bertie Cattrall in Piraeus; Writing by Jo "
                                   "Marlowe; Editing by Ferelith Gorrie"))
    assert parsed.authors == ("Angeliki Sfakianaki", "Bertie Cattrall", "Jo Marlowe")
    assert [p.kind for p in parsed.paragraphs][-1] == "footer"
    # a byline wins over the credit line
    parsed = parse_article(article("## T", "By Ana Ruizabal", "Body.",
                                   "(Reporting by Will Dunmore; Editing by Tom Brae)"))
    assert parsed.authors == ("Ana Ruizabal",)


def test_an_agency_s_labelled_credit_names_the_journalist_not_the_editor():
    parsed = parse_article(article("## T", "28 November 2026, 15:20", "DILI, 28 November 2026 (Agency) - Growers wait.",
                                   "Body.", "Journalist: Zeferino Lopesa\nEditor: Albertina Soaresa"))
    assert parsed.authors == ("Zeferino Lopesa",) and kinds(parsed)[-1] == "footer"


def test_a_blog_s_category_between_date_and_writer_and_a_british_quote_after_a_written_block():
    parsed = parse_article(article("## T", "On November 28, 2026 11:14 am In News by Abdulmalik Tofara", "Body."))
    assert parsed.authors == ("Abdulmalik Tofara",) and parsed.published_on == dt.date(2026, 11, 28)
    parsed = parse_article(article("## T", "By Ana Ruiz", "In a post on Facebook, the chairman wrote:",
                                   "We have lost eleven trams tonight.", "The company is insured.",
                                   "Workers at the depot, which they call ‘the Ribcage’, gathered at the gate."))
    assert kinds(parsed) == ["body", "blockquote", "blockquote", "body"]


def test_a_wire_s_files_from_line_names_the_author_and_its_first_published_line_dates_the_report():
    parsed = parse_article(article("## T", "THOMPSON, Man. — The chief says patience has run out.", "Body.",
                                   "— With files from Kirsten Tollerud",
                                   "This report by The Dominion Wire was first published Nov. 28, 2026."))
    assert parsed.authors == ("Kirsten Tollerud",)
    assert parsed.published_on == dt.date(2026, 11, 28)
    assert kinds(parsed) == ["body", "body", "footer", "footer"] and "missing_date" not in codes(parsed)


def test_a_french_par_byline_a_french_time_and_a_username_that_names_no_one():
    parsed = parse_article(article("## T", "Par Solène Vassard\nLe 28/11/2026 à 08h15", "Body."))
    assert parsed.authors == ("Solène Vassard",) and parsed.published_on == dt.date(2026, 11, 28)
    assert kinds(parsed) == ["body"]
    parsed = parse_article(article("## T", "Posted by NorthStandNed\non 28/11/2026", "Body."))
    assert parsed.authors == () and parsed.published_on == dt.date(2026, 11, 28) and kinds(parsed) == ["body"]
    assert parse_article(article("## T", "By Ana McDowell-Ruiz", "Body.")).authors == ("Ana McDowell-Ruiz",)


def test_names_in_capitals_before_their_outlet_and_a_print_line_that_dates_the_report():
    parsed = parse_article(article("## T", "By DELPHA KRENSHAWE and CLEON RIDGELEY Northstar Press\n"
                                   "Updated 4:12 PM EST, November 28, 2026", "Body."))
    assert parsed.authors == ("Delpha Krenshawe", "Cleon Ridgeley")
    parsed = parse_article(article("## T", "Sports Reporter", "LAHORE: The squad was named.", "Body.",
                                   "Published in The Daily Qalamdan, November 28th, 2026"))
    assert parsed.published_on == dt.date(2026, 11, 28) and kinds(parsed)[-1] == "footer"


def test_a_desk_alone_on_its_line_is_a_header_with_no_writer():
    parsed = parse_article(article("## T", "Sports Reporter", "LAHORE: A row over selection erupted on Friday.",
                                   "Body."))
    assert parsed.authors == () and parsed.byline == "Sports Reporter" and kinds(parsed) == ["body", "body"]
    assert "missing_date" in codes(parsed)


def test_an_update_line_a_doubled_writer_s_name_over_its_note_and_an_american_date_in_numbers():
    parsed = parse_article(article("## T", "Staff Correspondent\nDhaka\nSat Nov 28, 2026 12:00 AM\nLast update on: Sat "
                                   "Nov 28, 2026 08:41 AM", "Body."))
    assert parsed.authors == () and parsed.published_on == dt.date(2026, 11, 28)
    parsed = parse_article(article("## T", "November 28, 2026", "Body.",
                                   "Wendy Valliera\nWendy Valliera is a Local Journalism Initiative reporter."))
    assert parsed.authors == ("Wendy Valliera",)
    parsed = parse_article(article("## T", "Elias Whitaker, Thea Lindqvist and Josiah Wilbour\n11/28/2026 07:00 AM EST",
                                   "Body."))
    assert parsed.published_on == dt.date(2026, 11, 28) and "invalid_date" not in codes(parsed)


def test_a_role_before_a_name_without_by_credits_that_name_no_writer_and_dotted_dates():
    parsed = parse_article(article("## T", "Courts reporter Maisie Quandt\n28 Nov 2026 05:00 AEDT", "Body."))
    assert parsed.authors == ("Maisie Quandt",) and parsed.published_on == dt.date(2026, 11, 28)
    parsed = parse_article(article("## T", "By Rana el-Haddad, 28 November 2026 15:42\nReading time: 4 min", "Body."))
    assert parsed.authors == ("Rana el-Haddad",) and kinds(parsed) == ["body"]
    parsed = parse_article(article("## T", "By Seo Min-ah\nTranslated by Gwen Tarrow\nPosted 2026.11.28 09:00 | "
                                   "Updated 2026.11.28 14:25", "Body."))
    assert parsed.authors == ("Seo Min-ah",) and parsed.published_on == dt.date(2026, 11, 28)
    parsed = parse_article(article("## T", "Arvid Kessler\nReviewed by Lotte Brandvold\n2026-11-28T14:05:00Z", "Body."))
    assert parsed.authors == ("Arvid Kessler",)


def test_a_desk_after_by_a_reports_from_line_and_dates_with_dots_or_a_short_year():
    parsed = parse_article(article("## T", "State Assembly | By Our Political Desk\nNovember 28, 2026 @ 7:12 AM",
                                   "Body."))
    assert parsed.authors == () and parsed.published_on == dt.date(2026, 11, 28)
    parsed = parse_article(article("## T", "Noémie Journot reports from St Helier\n28 November 2026, 18:30 GMT",
                                   "Body."))
    assert parsed.authors == ("Noémie Journot",)
    parsed = parse_article(article("## T", "Bakos Réka (Pécs)\n2026.11.28. 07:30", "Body."))
    assert parsed.published_on == dt.date(2026, 11, 28)
    parsed = parse_article(article("## T", "Text: Sulwen Prydderch\n28/11/26 07:00", "Body."))
    assert parsed.published_on == dt.date(2026, 11, 28) and "invalid_date" not in codes(parsed)


def test_dashed_dates_spanish_and_french_dates_a_desk_s_colon_and_a_bilingual_and():
    parsed = parse_article(article("## T", "By Faraz Qamar\n28-11-2026 | 09:45 PKT", "Body."))
    assert parsed.authors == ("Faraz Qamar",) and parsed.published_on == dt.date(2026, 11, 28)
    parsed = parse_article(article("## T", "Por Itzel Zamarripa Luna\nMorelia, Michoacán · sábado 28 de noviembre de "
                                   "2026", "Body."))
    assert parsed.authors == ("Itzel Zamarripa Luna",) and parsed.published_on == dt.date(2026, 11, 28)
    parsed = parse_article(article("## T", "Carnival Desk: Kerwin Baptiste\nPublished: Saturday 28th November, 2026",
                                   "Body."))
    assert parsed.authors == ("Kerwin Baptiste",)
    parsed = parse_article(article("## T", "Marie-Ève Lachapelle et/and Annie Bouffard\nSamedi 28 novembre 2026 · "
                                   "Saturday, November 28, 2026", "Body."))
    assert parsed.authors == ("Marie-Ève Lachapelle", "Annie Bouffard")


def test_a_station_s_header_a_maori_by_a_name_at_a_ground_and_filed_or_reporting_from_a_place():
    parsed = parse_article(article("## T", "Kofi Dwamena | Adehye 98.9 FM | Kumawu\n28th November, 2026 · 9:47 AM\n"
                                   "Listen to this article · 4 min", "Body."))
    assert parsed.authors == ("Kofi Dwamena",) and parsed.published_on == dt.date(2026, 11, 28)
    assert kinds(parsed) == ["body"]
    parsed = parse_article(article("## T", "Nā Mereana Pōhatu\nKaipūrongo ā-rohe | Regional reporter\nSaturday, 28 "
                                   "November 2026, 5:00am", "Body."))
    assert parsed.authors == ("Mereana Pōhatu",)
    parsed = parse_article(article("## T", "Kenny Toshack at Keddie Park\nSat 28 Nov 2026 · 12:41", "Body."))
    assert parsed.authors == ("Kenny Toshack",)
    parsed = parse_article(article("## T", "Reporting from Bensa, Sidama: Hiwot Alemu\nNovember 28, 2026 · Homeland",
                                   "Body."))
    assert parsed.authors == ("Hiwot Alemu",)
    parsed = parse_article(article("## T", "Filed from Huaraz by Nilda Quispe Ayala\nSaturday 28 November 2026, 08:10 "
                                   "(Lima time)", "Body."))
    assert parsed.authors == ("Nilda Quispe Ayala",)
    parsed = parse_article(article("## T", "By M.I. Rifkhan, Batticaloa Group Corr.\nSaturday, 28 November 2026 - "
                                   "00:05 hrs", "Body."))
    assert parsed.authors == ("M.I. Rifkhan",) and parsed.published_on == dt.date(2026, 11, 28)


def test_class_years_a_slashed_iso_date_a_family_name_in_capitals_a_time_ago_and_a_from_place():
    parsed = parse_article(article("## T", "By Jessamine Ekholm ’27 and Kellan Drost ’29\nNovember 28, 2026 at 11:52 "
                                   "p.m.", "Body."))
    assert parsed.authors == ("Jessamine Ekholm", "Kellan Drost")
    parsed = parse_article(article("## T", "2026/11/28 18:02 JST\nMORIYAMA Haruka / Niigata Bureau", "Body."))
    assert parsed.authors == ("Moriyama Haruka",) and parsed.published_on == dt.date(2026, 11, 28)
    parsed = parse_article(article("## T", "Sharlene Bynum, Staff Reporter\n5 hours ago", "Body."))
    assert parsed.authors == ("Sharlene Bynum",) and parsed.published_on is None and kinds(parsed) == ["body"]
    parsed = parse_article(article("## T", "Solange Ibarra Santelices, from Calama\nNovember 28, 2026\n"
                                   "Lea esta nota en español", "Body."))
    assert parsed.authors == ("Solange Ibarra Santelices",) and kinds(parsed) == ["body"]


def test_a_writer_in_capitals_over_a_dateline_with_no_year_and_an_outlet_s_name_over_a_date():
    parsed = parse_article(article("## T", "NORHAYATI SAMSUDIN\nKOTA BHARU, Nov 28", "Body."))
    assert parsed.authors == ("Norhayati Samsudin",) and parsed.published_on is None
    assert kinds(parsed) == ["body"] and "missing_date" in codes(parsed)
    parsed = parse_article(article("## T", "Llais Gwynedd News\nPublished 28 November 2026", "Body."))
    assert parsed.authors == () and parsed.published_on == dt.date(2026, 11, 28)
    assert kinds(parsed) == ["body"]


def test_a_place_after_the_writer_s_name_and_a_time_with_seconds_after_the_date():
    parsed = parse_article(article("## T", "Selin Karaçay - ISTANBUL\nNov 28 2026 07:00:00", "Body."))
    assert parsed.authors == ("Selin Karaçay",) and parsed.published_on == dt.date(2026, 11, 28)
    parsed = parse_article(article("## T", "Margaux Lestrade, in Pomerol\nSaturday 28 November 2026", "Body."))
    assert parsed.authors == ("Margaux Lestrade",) and kinds(parsed) == ["body"]


def test_a_print_page_after_the_date():
    parsed = parse_article(article("## T", "By Lin Pei-shan / Staff reporter\nSat, Nov 28, 2026 page 3", "Body."))
    assert parsed.authors == ("Lin Pei-shan",) and parsed.published_on == dt.date(2026, 11, 28)


def test_a_desk_over_a_dateline_s_place_and_a_full_date_names_no_writer():
    parsed = parse_article(article("## T", "Staff Reporter\nKOCHI, November 28, 2026", "Body."))
    assert parsed.authors == () and parsed.published_on == dt.date(2026, 11, 28)


def test_a_slovak_or_german_date_with_a_full_stop_after_the_day():
    parsed = parse_article(article("## T", "Zuzana Holecová\n28. novembra 2026", "Body."))
    assert parsed.authors == ("Zuzana Holecová",) and parsed.published_on == dt.date(2026, 11, 28)
    parsed = parse_article(article("## T", "Jonas Kettler\n3. Dezember 2026", "Body."))
    assert parsed.published_on == dt.date(2026, 12, 3)


def test_a_czech_date_with_spaces_and_a_beat_in_capitals_before_the_writer_s_role():
    parsed = parse_article(article("## T", "Klára Vodičková\n28. 11. 2026 10:45", "Body."))
    assert parsed.authors == ("Klára Vodičková",) and parsed.published_on == dt.date(2026, 11, 28)
    parsed = parse_article(article("## T", "Tendai Mukarati Agriculture Reporter\n28 November 2026", "Body."))
    assert parsed.authors == ("Tendai Mukarati",)


def test_a_standfirst_between_title_and_byline_is_kept_apart_from_the_body():
    parsed = parse_article(article("## T", "Deckhands say they have had no wages for six weeks, while the owners "
                                   "blame the quota.", "By Ndeshi Amupolo – Coastal Bureau\n28 November 2026",
                                   "More than 40 trawlers are tied up.", "A second paragraph."))
    assert parsed.standfirst == "Deckhands say they have had no wages for six weeks, while the owners blame the quota."
    assert parsed.authors == ("Ndeshi Amupolo",) and parsed.published_on == dt.date(2026, 11, 28)
    assert kinds(parsed) == ["body", "body"]
    # a section's label there is left out, and recorded
    parsed = parse_article(article("## T", "NATIONAL | ENVIRONMENT", "Karma Dema | Samtse\n28 November, 2026",
                                   "Farmers say the dust is back."))
    assert parsed.authors == ("Karma Dema",) and parsed.standfirst is None and kinds(parsed) == ["body"]
    assert codes(parsed) == ["page_furniture"]
    # (not a transcript's speaker label under a summary)
    parsed = parse_article(article("## T", "A plan for a park could get a boost this year.", "ANA RUIZ, HOST:",
                                   "This is a day to explore it."))
    assert parsed.standfirst is None and parsed.authors == ()


def test_page_furniture_inside_the_article_is_left_out_and_recorded():
    parsed = parse_article(article(
        "## T", "By Ana Ruiz\n28 November 2026",
        "Drivers wait for fares outside the ticket centre on Friday. Photo: Vorn Dara / The Courier",
        "About 300 drivers parked along the road.", "Advertisement", "The plan bars them from the loop.",
        "Also read: Fishers protest over trawler incursions", "Photo: Volunteers clear mud from a house / Ali Hamid",
        "The authority did not meet them.", "Credit: Mark Wilson/Getty Images", "The drivers went home."))
    assert [p.text for p in parsed.paragraphs] == [
        "About 300 drivers parked along the road.", "The plan bars them from the loop.",
        "The authority did not meet them.", "The drivers went home."]
    assert codes(parsed) == ["page_furniture"] * 5
    # a caption's credit alone, in brackets: `(AP file photo)`
    parsed = parse_article(article("## T", "By Ana Ruiz\n28 November 2026", "A flag flies over the gate in 2017.",
                                   "(AP file photo)", "The drivers went home."))
    assert [p.text for p in parsed.paragraphs] == ["A flag flies over the gate in 2017.", "The drivers went home."]
    # a sentence about a photo, or a colon in the text, is the article's own
    parsed = parse_article(article("## T", "By Ana Ruiz\n28 November 2026", "The photo: a boy on a bridge.",
                                   "Related reading shows the plan failed.", "The drivers went home."))
    assert kinds(parsed) == ["body", "body", "body"] and "page_furniture" not in codes(parsed)


def test_writers_named_only_at_the_end():
    # signed off after a dash, with a role
    parsed = parse_article(article("## T", "Last updated 28 November 2026, 3:48pm\nFirst published 28 November "
                                   "2026, 11:05am", "The council put off a decision.",
                                   "— Jaimee Penrose, Central Australia reporter",
                                   "Got a story tip? Email the newsroom at tips@example.org"))
    assert parsed.authors == ("Jaimee Penrose",) and kinds(parsed) == ["body", "footer", "footer"]
    # `Text and photos: Name`; an editor's `Edited by` credit is a footer, and names no writer
    parsed = parse_article(article("## T", "28 November 2026, 13:45", "The bakery must go.",
                                   "Text and photos: Lusine Abgaryan"))
    assert parsed.authors == ("Lusine Abgaryan",) and kinds(parsed) == ["body", "footer"]
    parsed = parse_article(article("## T", "Karma Dema\n28 November 2026", "Farmers say the dust is back.",
                                   "Edited by Ugyen Dorji"))
    assert parsed.authors == ("Karma Dema",) and kinds(parsed) == ["body", "footer"]


def test_a_date_over_a_name_and_its_newsroom_role():
    parsed = parse_article(article("## T", "Saturday, 28 November 2026 - 01:00 AM",
                                   "Tharshini Ragunathan – Jaffna Correspondent", "The court barred new licences."))
    assert parsed.authors == ("Tharshini Ragunathan",) and parsed.published_on == dt.date(2026, 11, 28)
    assert kinds(parsed) == ["body"]


def test_a_statement_runs_on_in_its_own_first_person_and_a_circular_like_a_letter():
    parsed = parse_article(article("## T", "Kim Lee 1 June 2020", "In a statement on Friday evening, the council said:",
                                   "We regret that it has not been possible to reach agreement.",
                                   "We are doing everything we can to keep the routes running.",
                                   "Routes to the isles are classed as lifeline services."))
    assert kinds(parsed) == ["body", "blockquote", "blockquote", "body"]
    parsed = parse_article(article("## T", "Kim Lee 1 June 2020",
                                   "In a circular sent to all head teachers on Monday, the ministry said:",
                                   "No learner shall be fined for speaking siSwati.",
                                   "Head teachers who fail to comply will be dealt with under the regulations.",
                                   "The ministry's spokesperson said it applied to all schools. 'It is the law.'"))
    assert kinds(parsed) == ["body", "blockquote", "blockquote", "body"]


def test_closing_lines_that_credit_or_reach_the_writer_are_footers():
    parsed = parse_article(article("## T", "By Brooke Kinsella\nPosted Nov 28, 2026 at 6:15 PM", "The board voted.",
                                   "Brooke Kinsella covers education for the Crawford County Ledger. Reach her at "
                                   "419-555-0143."))
    assert kinds(parsed) == ["body", "footer"]
    parsed = parse_article(article("## T", "By Gong Ye-seul\nPosted : 2026-11-28 17:20", "A court ruled.",
                                   "yeseul.gong@example.co.kr"))
    assert kinds(parsed) == ["body", "footer"]
    parsed = parse_article(article("## T", "28 Nov 2026, 15:20\nBy Ana Ruiz and Tomás Vidal", "A fire burned.",
                                   "Translated from Spanish by Bárbara Cárdenas."))
    assert kinds(parsed) == ["body", "footer"]
    # a writer named only in the closing credit of a translation (not the desk after the name)
    parsed = parse_article(article("## T", "November 28, 2026 07:00", "The school will close.",
                                   "(Japanese original by Ayaka Omori, Sendai Bureau)"))
    assert parsed.authors == ("Ayaka Omori",) and kinds(parsed) == ["body", "footer"]


def test_a_month_and_a_day_over_a_year_and_a_labelled_summary_under_the_byline():
    parsed = parse_article(article("## T", "By Dao Minh, Tang Loc\nUpdate: November, 28/2026 - 16:12", "Boats idle."))
    assert parsed.authors == ("Dao Minh", "Tang Loc") and parsed.published_on == dt.date(2026, 11, 28)
    parsed = parse_article(article("## T", "By Immaculate Akello\nSaturday, November 28, 2026",
                                   "What you need to know:\nFamilies now receive no food at all.",
                                   "Rations were cut to a third.", "The agency blamed funding."))
    assert parsed.standfirst == "Families now receive no food at all." and kinds(parsed) == ["body", "body"]


def test_outlets_photographers_and_where_the_writer_came_back_from_are_no_writers():
    parsed = parse_article(article("## T", "Ingebjørg Haugland\nJournalist\nBrynjar Lervik\nPhotographer\n"
                                   "Published 28.11.2026 11.32", "The racks stand empty."))
    assert parsed.authors == ("Ingebjørg Haugland",) and parsed.published_on == dt.date(2026, 11, 28)
    parsed = parse_article(article("## T", "Tanjina Sultana, back from Sreemangal\nSat Nov 28, 2026 12:00 AM",
                                   "The workers have not been paid."))
    assert parsed.authors == ("Tanjina Sultana",)
    # an outlet beside the date is no writer; the wire credit at the end names them
    parsed = parse_article(article("## T", "Kolkheti Post, 28 Nov 2026 - 14:07", "Residents lost the case.",
                                   "Reporting by Tamuna Gelashvili in Kobuleti; editing by Levan Beridze"))
    assert parsed.authors == ("Tamuna Gelashvili",) and kinds(parsed) == ["body", "footer"]
    # (nor is a block quote's lead under a date a byline: `From Ana Ruiz writing at The Post:`)
    parsed = parse_article(article("## T", "Breitbart News 7 April 2016", "From Ana Ruiz writing at The Post:",
                                   "Rising to the A-list requires more."))
    assert parsed.authors == () and [p.text[:4] for p in parsed.paragraphs] == ["From", "Risi"]


def test_more_page_furniture_and_closing_lines():
    parsed = parse_article(article(
        "## T", "By Mariana Peixoto\n28/11/2026 14h32", "The fare will rise.",
        "Passengers wait for buses at the terminal on Friday morning. — Photo: Cícero Lima",
        "The council approved it.", "With reports from Peninsular Hoy and Radio Kanan.",
        "If you have noticed an error, select it with the mouse and press Ctrl+Enter.", "Source: Tiszapart Hírek",
        "Our journalism is free to read and paid for by readers. Become a supporter from £2 a month."))
    assert kinds(parsed) == ["body", "body", "footer", "footer", "footer", "footer"]
    assert codes(parsed).count("page_furniture") == 1


def test_bylines_and_closing_lines_of_a_fourth_batch():
    parsed = parse_article(article("## T", "Text: Ejnar Sondergaard · Photo: Gert Kaae\n28 November 2026 · 06.00",
                                   "The agency approved the farm.", "The article has been translated from Danish."))
    assert parsed.authors == ("Ejnar Sondergaard",) and kinds(parsed) == ["body", "footer"]
    parsed = parse_article(article("## T", "Text: Hedda Nordin  Photo: Mattias Rova\n28 Nov 2026 11.05", "Body."))
    assert parsed.authors == ("Hedda Nordin",)
    parsed = parse_article(article("## T", "By Upul Ekanayaka, Badulla Group Corr.\n28 November 2026 12:05 am - 3 - "
                                   "1,846", "Body."))
    assert parsed.authors == ("Upul Ekanayaka",) and parsed.published_on == dt.date(2026, 11, 28)
    parsed = parse_article(article("## T", "Milica Cvetic\n28.11.2026. 14:22 > 16:05", "Body."))
    assert parsed.authors == ("Milica Cvetic",) and kinds(parsed) == ["body"]
    # the writer named only in the closing credit, beside the photographer
    parsed = parse_article(article("## T", "Society", "28 November 2026, 12:47", "The weavers must leave.",
                                   "Author: Dilfuza Ergasheva | Photos: Jasur Toshev"))
    assert parsed.authors == ("Dilfuza Ergasheva",) and kinds(parsed)[-1] == "footer"
    parsed = parse_article(article(
        "## T", "By Brianne Coombe\nStaff Writer\nPosted November 28, 2026", "The ferry cut trips.",
        "A county water truck fills a tank on Tuesday. (Photo by Rey Chavez for Llano Dispatch)",
        "Workers leave the plant after the meeting. Photo / Lemalu Faleolo", "The vote is on Monday.",
        "Llano Dispatch is part of the Mesa Newsroom Network, a nonprofit news organization.",
        "Correction: An earlier version of this story misstated the number of trips."))
    assert kinds(parsed) == ["body", "body", "footer", "footer"] and codes(parsed).count("page_furniture") == 2


def test_a_writer_s_name_alone_signs_the_article_off_but_a_page_s_links_do_not():
    parsed = parse_article(article("## T", "Saturday 28 November 2026", "Three days after the cyclone, roofs are gone.",
                                   "The family will start again.", "Fanja Rakotoarivelo"))
    assert parsed.authors == ("Fanja Rakotoarivelo",) and kinds(parsed) == ["body", "body", "footer"]
    parsed = parse_article(article("## T", "Published on Saturday 28 November 2026 at 10h42min",
                                   "Growers gathered on Friday.", "They want their money.",
                                   "Fousseni Ouedraogo\nOuest Horizon"))
    assert parsed.authors == ("Fousseni Ouedraogo",) and kinds(parsed)[-1] == "footer"
    for links in ("Oldest First", "Most Recent Comments", "Trending Stories", "ASSOCIATED PRESS"):
        parsed = parse_article(article("## T", "18 December 2017", "A man was stabbed.", "Police came.", links))
        assert parsed.authors == () and kinds(parsed)[-1] == "body", links


def test_bylines_and_closing_lines_of_a_fifth_batch():
    parsed = parse_article(article("## T", "28.11.26 10:41\nAuthor: Erkinbek Osmonbekov", "Half the market is shut."))
    assert parsed.authors == ("Erkinbek Osmonbekov",) and parsed.published_on == dt.date(2026, 11, 28)
    parsed = parse_article(article("## T", "Odilia Arevalo | Santa Ana\nNov. 28, 2026 | 6:30 a.m.", "Buses stopped."))
    assert parsed.authors == ("Odilia Arevalo",)
    parsed = parse_article(article("## T", "By Latsamy Keola\n(Latest Update November 28, 2026)", "The market moves."))
    assert parsed.authors == ("Latsamy Keola",) and parsed.published_on == dt.date(2026, 11, 28)
    parsed = parse_article(article("## T", "By Tressie Cornett\nNovember 25, 2026", "The clinic will cut its hours.",
                                   "Tressie Cornett can be reached at tcornett@example.com."))
    assert kinds(parsed) == ["body", "footer"]


def test_bylines_and_closing_lines_of_a_sixth_batch():
    # a father's initial joined to the given name beside the date; a weekly's issue, out on its first day
    parsed = parse_article(article("## T", "Ts.Enkhjargal | 2026.11.28 | 16:05", "The kilns are cold."))
    assert parsed.authors == ("Ts.Enkhjargal",) and parsed.published_on == dt.date(2026, 11, 28)
    parsed = parse_article(article("## T", "By Mwila Banda\nIssue 614 | 27 November – 3 December 2026",
                                   "Profit rose."))
    assert parsed.authors == ("Mwila Banda",) and parsed.published_on == dt.date(2026, 11, 27)
    parsed = parse_article(article("## T", "By Mwila Banda\nIssue 12 - Nov. 28, 2026", "Profit rose."))
    assert parsed.published_on == dt.date(2026, 11, 28)  # (an issue's number is no first day)
    # a photographer's credit closes the article
    parsed = parse_article(article("## T", "By Nino Gelashvili\n28 November 2026", "The chandelier is back.",
                                   "The singers wept.", "Photos by Levan Chkhartishvili"))
    assert parsed.authors == ("Nino Gelashvili",) and kinds(parsed) == ["body", "body", "footer"]
    # the writer's address after a dash
    parsed = parse_article(article("## T", "Ndapewa Amutenya\n2026-11-28", "The warehouses are empty.",
                                   "Trucks pass by.", "– namutenya@example.org"))
    assert kinds(parsed) == ["body", "body", "footer"]


def test_bylines_and_closing_lines_of_a_seventh_batch():
    # a dateline's place before the date, then the writer on a line of her own
    parsed = parse_article(article("## T", "Ptuj, 28. 11. 2026 | 13:05\nMojca Zorko", "The court ruled.",
                                   "Tags: Ptuj, healthcare"))
    assert parsed.authors == ("Mojca Zorko",) and kinds(parsed) == ["body", "footer"]
    # where else the report ran, and the only date there is
    parsed = parse_article(article("## T", "By Kepa Wari", "The club lost.", "They play again on Saturday.",
                                   "This article appeared in the print edition of Saturday, November 28, 2026."))
    assert parsed.published_on == dt.date(2026, 11, 28) and kinds(parsed) == ["body", "body", "footer"]
    # a deck with no full stop between the title and a dated byline
    parsed = parse_article(article("## T", "Liberals take 6 seats as turnout falls to its lowest level in decades",
                                   "Ann Gallant · Island News · Posted: Nov 23, 2026 11:58 PM AST", "She won."))
    assert parsed.authors == ("Ann Gallant",) and parsed.standfirst.startswith("Liberals take 6")
    # a speech after `told the crowd:` runs on in its own first person
    parsed = parse_article(article("## T", "By Kepa Wari\n28 November 2026", "She told the crowd:",
                                   "To the young families: there is room, and we will build it.",
                                   "And to those who did not vote for us, I will be your premier too.",
                                   '"We will answer the phone," she said.'))
    assert kinds(parsed) == ["body", "blockquote", "blockquote", "body"]


def test_bylines_and_closing_lines_of_an_eighth_batch():
    parsed = parse_article(article("## T", "Saturday 28 November 2026\nBy Awa Ndiaye, special envoy to Kolda",
                                   "A ship left the port."))
    assert parsed.authors == ("Awa Ndiaye",)
    parsed = parse_article(article("## T", "By Ana Tilling and Dario Stock Bellwether Staff\n28 November 2026",
                                   "The lawsuit was filed."))
    assert parsed.authors == ("Ana Tilling", "Dario Stock")


def test_a_letter_quoted_as_a_block_ends_where_the_writer_brings_in_someone_new():
    parsed = parse_article(article("## T", "By Kepa Wari\n28 November 2026",
                                   "In a letter to the agency, the association wrote:",
                                   "We do not ask you to refuse the licence.",
                                   "Private supplies serve families and a school.",
                                   "Jock Gray, 66, farms 400 acres of hill ground.",
                                   "His cows went without water in July."))
    assert kinds(parsed) == ["body", "blockquote", "blockquote", "body", "body"]


def test_bylines_and_page_elements_of_a_ninth_batch():
    # a summary's points under the byline are the standfirst
    parsed = parse_article(article("## T", "By Akinyi Otieno\nNov 28, 2026 07:30 EAT",
                                   "In Summary\n• Farmers want their arrears.\n• The company says the debts are the "
                                   "State's.", "Cane farmers threatened to stop deliveries."))
    assert parsed.standfirst.startswith("• Farmers want") and kinds(parsed) == ["body"]
    # a court's order after `recorded:`; the writer resumes with someone new with an age
    parsed = parse_article(article("## T", "By Asha Rao\n28 November 2026", "In its order, the bench recorded:",
                                   "Till the next date of hearing, no coercive action shall be taken.",
                                   "Outside the courtroom, lead petitioner Ramdas Jatav, 61, held a folder.",
                                   "Main image credit: Jan Kowal/Foto Tatry"))
    assert kinds(parsed) == ["body", "blockquote", "body", "footer"]
    # a crosshead in capitals is the page's
    parsed = parse_article(article("## T", "By Kari Lund\nNovember 25, 2026", "The department has 17 members.",
                                   "THREE QUESTIONS FOR THE CHIEF", "Q: What does it take to join?",
                                   "A: Two training nights a month."))
    assert [p.text[:2] for p in parsed.paragraphs] == ["Th", "Q:", "A:"]
    assert [i.code for i in parsed.issues] == ["page_furniture"]


def test_bylines_and_closing_lines_of_a_tenth_batch():
    parsed = parse_article(article("## T", "Hidar 19, 2019 E.C. | November 28, 2026\nBy Meron Tesfaye, Staff Writer",
                                   "Cooperatives hold their coffee."))
    assert parsed.authors == ("Meron Tesfaye",) and parsed.published_on == dt.date(2026, 11, 28)
    parsed = parse_article(article("## T", "Author of the article:\nSacha Dubois\nPublished Nov 28, 2026",
                                   "The mayor resigned.", "Story continues below", "He left."))
    assert parsed.authors == ("Sacha Dubois",) and kinds(parsed) == ["body", "body"]
    parsed = parse_article(article("## T", "By Tenley Barr, Statehouse bureau chief\nOctober 9, 2026", "They met."))
    assert parsed.authors == ("Tenley Barr",)
    parsed = parse_article(article("## T", "28.11.2026 14:05", "The mill will close.", "They left.",
                                   "Compiled by Henna Laine, with reporting from the newsroom in Kuopio."))
    assert parsed.authors == ("Henna Laine",) and kinds(parsed) == ["body", "body", "footer"]
    # a dissent quoted as a block ends where the writer tells what happened in a year
    parsed = parse_article(article("## T", "By Kepa Wari\n28 November 2026", "In a separate dissent, Lomas wrote:",
                                   "The majority is surely right that a farmer ought to fix a tractor.",
                                   "North Dakota in 2024 became the first state to require the tools."))
    assert kinds(parsed) == ["body", "blockquote", "body"]


@pytest.mark.parametrize("closing", [
    # where else the report ran, a note on the text or on an update, a correction, a funder, a channel to follow
    "This report was first broadcast in Romanian on the evening news.",
    "A version of this article appears in print on November 28, 2026, of The Valley Times.",
    "The interview has been edited for length and clarity.",
    "Mae'r erthygl hon ar gael yn Gymraeg hefyd. This article is also available in Welsh.",
    "When using material from this site, a hyperlink to the Steppe News Agency is required.",
    "Correction, 28 November 2026: An earlier version of this article gave the wrong year.",
    "Editor's note: The Bugle co-sponsored the debate.",
    "Clarification: An earlier version of this story did not make clear the estimate.",
    "*This article has been updated to include comment from the department.",
    "This reporting was supported by a grant from the Ocean Fund.",
    "Follow Kokand News on Telegram for the latest news: @kokandnews",
    "Rofinus Hurin contributed to this story from Kupang.",
    "Disclosure: Harrell Tractor Co. has been a financial supporter of The Current.",
    "— With a report from Jeric Lomb",
    "Local Democracy Reporting is public interest journalism funded by the Regional News Trust.",
    "Local Journalism Initiative reporters are funded by the Government of Canada.",
    "This report was first published in Portuguese on 25 November 2026. English version by Leslie Womb.",
    "Topics: Mining, Environment, Local Government",
    # a plea to support the outlet by its name, a page's keywords, where the writers reported from
    "Support Daily Lantern's independent journalism: share this story and donate at lantern.example/support.",
    "KEYWORDS: education, Nara Prefecture, schools",
    "Kimble reported from Trenton and Delvecchio from Toms River, New Jersey.",
    "*— This story has been updated to include comments from the developer.*",
    "- additional reporting by Finn Moore",
    "Additional reporting: Aengus Kerwin",
    "Source: akomapress.example",
    "Get the latest Gannaway news straight to your inbox. Sign up for our free weekly newsletter here.",
    "RS/MK",
    "This story has been corrected to show that the House vote was 57-18, not 56-19.",
])
def test_closing_lines_of_the_seventh_to_tenth_batches_are_footers(closing):
    parsed = parse_article(article("## T", "By Kepa Wari\n28 November 2026", "The club lost.", "They left.", closing))
    assert kinds(parsed) == ["body", "body", "footer"]


def test_bylines_of_an_eleventh_batch():
    parsed = parse_article(article("## T", "From Ebo Baido, Prestea\nNov - 28 - 2026 , 07:15", "Dredgers burned."))
    assert parsed.authors == ("Ebo Baido",) and parsed.published_on == dt.date(2026, 11, 28)
    parsed = parse_article(article("## T", "Azlina Zulkif -\n28 Nov 2026, 4:37 pm", "The river rose."))
    assert parsed.authors == ("Azlina Zulkif",)


def test_a_byline_with_the_agencies_drawn_on_under_a_standfirst():
    parsed = parse_article(article("## T", "A walkout halted most trains in the state. Commuters took to buses.",
                                   "Tjark Oberhaus with AFP, dpa\n11/28/2026", "The strike began at dawn."))
    assert parsed.authors == ("Tjark Oberhaus",) and parsed.published_on == dt.date(2026, 11, 28)
    assert parsed.standfirst.startswith("A walkout") and kinds(parsed) == ["body"]


def test_a_byline_over_a_section_a_day_month_year_date_and_a_count_of_comments():
    parsed = parse_article(article("## T", "By Rosa Espinhal\nin News · 28-11-2026 06:00:00 · 3 Comments", "It ran."))
    assert parsed.authors == ("Rosa Espinhal",) and parsed.published_on == dt.date(2026, 11, 28)


def test_two_writers_after_by_and_a_colon_and_a_photo_caption_under_the_byline():
    parsed = parse_article(article("## T", "By: Wardell Searle, Channary Prak\nPosted 6:00 AM, Nov 28, 2026", "Ran."))
    assert parsed.authors == ("Wardell Searle", "Channary Prak")
    parsed = parse_article(article("## T", "By Rocio Urrutia, Sagebrush Current\nNovember 24, 2026", "It ran."))
    assert parsed.authors == ("Rocio Urrutia",)  # an outlet after the comma
    parsed = parse_article(article("## T", "Seraphine Kayiranga\nNovember 28, 2026\nFarmers deliver coffee cherries "
                                   "to a washing station. File photo.", "Coffee farmers will be free to sell."))
    assert parsed.authors == ("Seraphine Kayiranga",) and parsed.published_on == dt.date(2026, 11, 28)
    assert kinds(parsed) == ["body"]


def test_an_outlet_s_name_on_its_own_line_under_the_writer_s():
    for outlet in ("Montreal Spectator", "Wiregrass Current", "Prairie Beacon"):
        parsed = parse_article(article("## T", f"Johanne Riopel\n{outlet}\nNov 28, 2026", "The metro stopped."))
        assert parsed.authors == ("Johanne Riopel",)


def test_block_quotes_captions_and_closing_lines_of_a_nineteenth_batch():
    # a judge's ruling after `held:`, an order after a passive `was given instructions ...:` (but a rally `held in
    # Charlottesville on 8 July:` introduces a picture, no text)
    for intro, kind in (("Delivering her judgment, Justice Ana Ruiz held:", "blockquote"),
                        ("The county was given instructions of its own:", "blockquote"),
                        ("The image began with a rally held in the town on 8 July 2017:", "body")):
        parsed = parse_article(article("## T", "By Ana Ruiz\n28 November 2026", intro,
                                       "That the respondent shall remit all deductions within 21 days."))
        assert kinds(parsed) == ["body", kind], intro
    # a caption with the outlet's credit in brackets is the page's
    parsed = parse_article(article("## T", "By Ana Ruiz\n28 November 2026", "The burn was lit on a marginal day.",
                                   "The burn controller leaves the hearing on Friday. (APM News: Karlee Cottier)",
                                   "He said he would light it again."))
    assert kinds(parsed) == ["body", "body"] and codes(parsed) == ["page_furniture"]
    # closing lines: a newsletter's call, a second reporter's input, a photographer's `Pix by`, an editor's credit
    # over a feedback address
    for closing in (("NEWSLETTER: The Morning Brief lands in your inbox at 6am. Subscribe free at example.org/brief",),
                    ("Additional input by Zahoor Korai in Fazilpur",), ("Pix by Isuru Karunathilake",),
                    ("Edited by Asenaca Tuisawau", "Feedback: ana.ruiz@example.org")):
        parsed = parse_article(article("## T", "By Ana Ruiz\n28 November 2026", "The mill closed.", *closing))
        assert kinds(parsed) == ["body"] + ["footer"] * len(closing), closing
    # no byline: the writer signs off after the outlet's address
    parsed = parse_article(article("## T", "28 November 2026", "The fee will triple.", "She feeds the fish.",
                                   "NorwayBrief.no/Kjellaug Rinde"))
    assert parsed.authors == ("Kjellaug Rinde",) and kinds(parsed) == ["body", "body", "footer"]


def test_bylines_crossheads_and_closing_lines_of_a_twentieth_batch():
    # a beat of five words under the name, under a link to the Welsh version
    parsed = parse_article(article("## T", "Darllenwch yr erthygl hon yn Gymraeg",
                                   "Annest Yorath\nHealth and social care reporter\n27 November 2026, 6:30 pm",
                                   "The surgery will close."))
    assert parsed.authors == ("Annest Yorath",) and parsed.published_on == dt.date(2026, 11, 27)
    # an agency with one capital after the name; an agency and a place over the name
    parsed = parse_article(article("## T", "By Marjolaine Gobeil, Presse laurentienne\nPosted Nov 28, 2026 4:15 pm EST",
                                   "Teachers marched."))
    assert parsed.authors == ("Marjolaine Gobeil",)
    parsed = parse_article(article("## T", "CÓNDOR | PUERTO ASÍS\nRubiela Criollo\n28/11/2026 15:14 COT",
                                   "Farmers waited."))
    assert parsed.authors == ("Rubiela Criollo",)
    # a one-word crosshead is the page's
    parsed = parse_article(article("## T", "By Ana Ruiz\n28 November 2026", "The buses stop in January.", "Survey",
                                   "A survey of 212 passengers found most used the evening buses."))
    assert kinds(parsed) == ["body", "body"] and codes(parsed) == ["page_furniture"]
    # a letter read from, and the writer resuming with a relative named in apposition
    parsed = parse_article(article("## T", "By Ana Ruiz\n28 November 2026",
                                   "The researcher read to the tribunal from a letter the Commissioner sent in 1951:",
                                   "The land is required for a road.", "It will be paid for at valuation.",
                                   "Her grandfather, Hone Taipari, never saw the money."))
    assert kinds(parsed) == ["body", "blockquote", "blockquote", "body"]
    # closing lines: a series' note, a call to share, a wire's end mark under an address, an exchange rate, a
    # glossary, the paper's appeal, letters e-mailed
    for closing in ("This story is part of a KNS series on work and wages.", "Kindly share this story",
                    "ana.ruiz@example.org\n(END)", "($1 = 0.9581 euros)",
                    "Kupu: hapū – sub-tribe; kaumātua – elder; whenua – land.",
                    "Anyone wishing to help the families can contact the village council on 1-868-555-0147.",
                    "Letters to the editor may be emailed to letters@example.org."):
        parsed = parse_article(article("## T", "By Ana Ruiz\n28 November 2026", "The mill closed.", closing))
        assert kinds(parsed) == ["body", "footer"], closing
    # no byline: the writers in capitals on the last line (but not a closing `THE END` the article writes)
    parsed = parse_article(article("## T", "28 November 2026", "The dike gave way.", "Farmers cut the rice.",
                                   "NHÂM KHUÊ SƯƠNG - NGƯ LŨY"))
    assert parsed.authors == ("Nhâm Khuê Sương", "Ngư Lũy") and kinds(parsed) == ["body", "body", "footer"]
    parsed = parse_article(article("## T", "28 November 2026", "The dike gave way at the end of the week.",
                                   "Farmers cut the rice.", "THE END"))
    assert parsed.authors == ()


def test_bylines_crossheads_and_page_furniture_of_a_twenty_first_batch():
    # a name running straight into a role that opens with `Chief`
    parsed = parse_article(article("## T", "Mungo Cairncross Chief Sports Writer\nSunday 29 November 2026, 7:00am",
                                   "The club entered administration."))
    assert parsed.authors == ("Mungo Cairncross",)
    # crossheads in title case, a list of links under `Related`, `Continue reading`, a caption credited `PHOTO |`
    # (but a name alone is no crosshead, nor is the last paragraph, where a writer signs)
    parsed = parse_article(article("## T", "By Ana Ruiz\n29 November 2026", "The club entered administration.",
                                   "Wages Unpaid Since October", "Players were not paid.", "Two Swintons, One Club",
                                   "The club is owned by a haulier.", "Related\nSealift delays leave school cold\n"
                                   "Housing body asks for more", "Continue reading",
                                   "Members watch the vote on Thursday. PHOTO | COURTESY", "Hillary Clinton",
                                   "The fans will meet on Monday."))
    assert kinds(parsed) == ["body", "body", "body", "body", "body"]
    assert codes(parsed).count("page_furniture") == 5 and parsed.paragraphs[3].text == "Hillary Clinton"
    # a correction note above the text, a box of points under a byline that has its standfirst above
    parsed = parse_article(article("## T", "A levee has split the council.", "By Ana Ruiz\nPosted Sun 29 Nov 2026",
                                   "Key points:\n• The vote was put off\n• Farmers fear the water",
                                   "Editor's note: An earlier version of this article gave the wrong figure.",
                                   "The council met on Thursday."))
    assert parsed.standfirst == "A levee has split the council." and kinds(parsed) == ["footer", "body"]
    # the lead photo's credit between the title and the standfirst
    parsed = parse_article(article("## T", "Photo: Edyta Kosmala/Agencja Wschód", "A town waits for its money.",
                                   "Bogumiła Szafarczyk\n29.11.2026", "The colliery closes in 2032."))
    assert parsed.authors == ("Bogumiła Szafarczyk",) and parsed.published_on == dt.date(2026, 11, 29)
    assert parsed.standfirst == "A town waits for its money." and kinds(parsed) == ["body"]
    # closing lines: a funder's note, the paper's call for comments
    for closing in ("– LDR is local body journalism co-funded by the Community News Fund.",
                    "Do you think the club can be saved? Let us know in the comments below."):
        parsed = parse_article(article("## T", "By Ana Ruiz\n29 November 2026", "The board quit.", closing))
        assert kinds(parsed) == ["body", "footer"], closing
    # no byline: the writer signs off over the outlet's name, or in brackets
    for signature in ("Hannele Vauhkonen / Saimaa Today", "(Wietske Tjeerdsma)"):
        parsed = parse_article(article("## T", "29.11.2026 07:45", "The council voted to merge.",
                                       "The chair broke the tie.", signature))
        assert parsed.authors == (signature.strip("()").split(" / ")[0],) and kinds(parsed)[-1] == "footer"


def test_bylines_crossheads_and_block_quotes_of_a_twenty_second_batch():
    # a date with the outlet's name in brackets; a standfirst over a date alone, the writer signing off with the
    # masthead's name after a comma (but a letter's town is no writer)
    parsed = parse_article(article("## T", "Tsukahara Rie / Staff Writer\nNovember 29, 2026 (Kitakaze Japan)",
                                   "The school closed."))
    assert parsed.authors == ("Tsukahara Rie",) and parsed.published_on == dt.date(2026, 11, 29)
    parsed = parse_article(article("## T", "The first strike at a brewery in a decade has stopped bottling.",
                                   "29 November 2026, 09:15", "Workers walked out.", "The union met.",
                                   "Bohdana Šťastná, Bohemia Business Daily"))
    assert parsed.standfirst.startswith("The first strike") and parsed.published_on == dt.date(2026, 11, 29)
    assert parsed.authors == ("Bohdana Šťastná",) and kinds(parsed) == ["body", "body", "footer"]
    parsed = parse_article(article("## T", "22 August 2016", "Build the wall.", "Stop the waste.",
                                   "Deerfield Beach, Fla."))
    assert parsed.authors == ()
    # crossheads in sentence case, but not a live blog's post under its time; a translator's note
    parsed = parse_article(article("## T", "By Ana Ruiz\n29 November 2026", "Fares rise in January.", "Not a bus",
                                   "Pupils take the ferry.", "9:30 PM", "Polls have closed", "Counting began.",
                                   "Quotes have been translated from Spanish."))
    assert kinds(parsed) == ["body", "body", "body", "body", "body", "footer"]
    assert [p.text for p in parsed.paragraphs][3] == "Polls have closed"
    # a judge's ruling runs on over its paragraphs
    parsed = parse_article(article("## T", "By Ana Ruiz\n29 November 2026",
                                   "In her 48-page ruling, read in open court, the judge said:",
                                   "The playground of a public school is not a vacant plot.",
                                   "No officer of the county had the power to give it away.",
                                   "Counsel for the school said the ruling was \"a warning\"."))
    assert kinds(parsed) == ["body", "blockquote", "blockquote", "body"]


def test_bylines_crossheads_and_sign_offs_of_a_twenty_third_batch():
    # an outlet's name and `staff` after the writer's name; crossheads in sentence case with a comma or an accent;
    # the writer signing off with a newsroom role under a byline
    parsed = parse_article(article("## T", "By Bretta Hjelmstad Bitterroot Ledger staff\nNov 29, 2026",
                                   "The review found the order came late.", "Two ships, one quay",
                                   "The council voted.", "Guides and cafés", "The guides lost work.",
                                   "Elspet Lownie, Local Democracy Reporter"))
    assert parsed.authors == ("Bretta Hjelmstad",)
    assert kinds(parsed) == ["body", "body", "body", "footer"]


def test_bylines_and_link_lines_of_a_twenty_fourth_batch():
    # an outlet with a numeral or a watchdog's word after the writer's name; the writer and the outlet after `By`
    # with a slash and no date; link lines with a pipe between the body's paragraphs
    parsed = parse_article(article("## T", "By Danetta Pender, Channel 9 News\nPublished: 6:14 PM EST Nov 30, 2026",
                                   "The suit was filed on Monday."))
    assert parsed.authors == ("Danetta Pender",)
    parsed = parse_article(article("## T", "by Marlena Stamper, Bluegrass Watch\nNov. 30, 2026",
                                   "The home was fined twice."))
    assert parsed.authors == ("Marlena Stamper",)
    parsed = parse_article(article("## T", "By Abril Lerma / Humaya Noticias", "CULIACÁN, Sinaloa — The rod goes in.",
                                   "READ | Cable thieves target pump stations", "The tankers came late.",
                                   "WATCH | Residents block the road", "Nobody was hurt."))
    assert parsed.authors == ("Abril Lerma",)
    assert kinds(parsed) == ["body", "body", "body"]
    # (but a track list's `Broken Drum - Remixed by Boards of Canada` names no writer)
    parsed = parse_article(article("## Terremoto Tempo - Remixed by Mario C", "Broken Drum - Remixed by Boards of "
                                   "Canada", "The set ran long."))
    assert parsed.authors == ()


def test_a_photographer_s_credit_after_the_writer_s_name_is_no_writer():
    parsed = parse_article(article("## T", "Words by Turid Logje, photographs by Mihkkal Buljo",
                                   "In May the calves are born on the mountain."))
    assert parsed.authors == ("Turid Logje",)
    assert kinds(parsed) == ["body"]


def test_a_translator_s_credit_and_a_contributor_s_line_after_a_dash_are_footers():
    parsed = parse_article(article("## T", "By Pía Sarasola\nNovember 30, 2026", "Hail fell on Friday.",
                                   "— Amancay Guiñazú contributed reporting from Buenos Aires."))
    assert kinds(parsed) == ["body", "footer"]
    parsed = parse_article(article("## T", "By Pía Sarasola\nNovember 30, 2026", "The council voted.",
                                   "Translated from the Polish by Ludmiła Halamus"))
    assert kinds(parsed) == ["body", "footer"]


def test_a_dateline_with_its_agency_under_a_writer_s_name():
    parsed = parse_article(article("## T", "Ts.Bolormaa\nUlaanbaatar, November 30 (Tsenkher News Agency)",
                                   "More than 180,000 head of livestock have died in Uvs province."))
    assert parsed.authors == ("Ts.Bolormaa",)
    assert kinds(parsed) == ["body"]


def test_an_outlet_after_a_list_of_names_closed_by_and_and_the_agencies_are_no_writers():
    parsed = parse_article(article("## T", "Maria Lopez and John Smith, Associated Valley Press\nNov 30, 2026",
                                   "The council met on Monday."))
    assert parsed.authors == ("Maria Lopez", "John Smith")
    parsed = parse_article(article("## T", "By Maria Lopez and agencies\nNovember 30, 2026", "The council met."))
    assert parsed.authors == ("Maria Lopez",)
    # (but a list of three names, closed by `and` last, keeps all three)
    parsed = parse_article(article("## T", "By Maria Lopez, John Smith and Ana Ruiz\nNov. 30, 2026", "It met."))
    assert parsed.authors == ("Maria Lopez", "John Smith", "Ana Ruiz")


def test_a_helpline_a_call_for_stories_an_update_note_and_a_caption_in_brackets():
    for closing in ("If you or someone you know is affected, call the helpline on 0800 123 456.",
                    "Do you have a story? Get in touch at news@valleycourier.example",
                    "Updated at 4 p.m. to include comment from the council."):
        parsed = parse_article(article("## T", "By Maria Lopez\nNovember 30, 2026", "The council met on Monday.",
                                       "It passed by six votes to three.", closing))
        assert kinds(parsed) == ["body", "body", "footer"], closing
    for caption in ("[Photo: Residents wade through the water]", "Image caption: Residents wade through floodwater"):
        parsed = parse_article(article("## T", "By Maria Lopez\nNovember 30, 2026", caption,
                                       "It passed by six votes to three.", "The mayor said she was pleased."))
        assert kinds(parsed) == ["body", "body"], caption


def test_a_lead_photo_s_caption_the_lead_tells_again_a_credit_in_brackets_and_a_byline_over_its_outlet():
    parsed = parse_article(article("## T", "By Mitchelle Khisa\nNov 30, 2026",
                                   "Farmers wait with their maize outside the National Cereals and Produce Board depot "
                                   "in Webuye on Saturday.",
                                   "Hundreds of farmers spent the weekend sleeping beside lorries outside the National "
                                   "Cereals and Produce Board depot in Webuye, waiting to deliver maize.",
                                   "The depot stopped receiving on Saturday."))
    assert kinds(parsed) == ["body", "body"]
    # (but not a news lead of one sentence, whatever the next says: `... officials said on Tuesday.`)
    parsed = parse_article(article("## T", "By Ana Ruiz\nNov 30, 2026",
                                   "The US budget deficit is set to hit $368bn this year, officials said on Tuesday.",
                                   "The US budget deficit figure is set to hit $368bn this year, officials said.",
                                   "It is the largest yet."))
    assert kinds(parsed) == ["body", "body", "body"]
    parsed = parse_article(article("## T", "By Dom Rigby\n30 November 2026", "Guests fled at 2am.",
                                   "Firefighters tackle the blaze in the early hours of Sunday (Image: Lancashire Fire "
                                   "and Rescue Service)", "Crews stayed until noon."))
    assert kinds(parsed) == ["body", "body"]
    parsed = parse_article(article("## T", "By Yanitza Ocasio and Marcie Voorhees\nThe Hemisphere Press",
                                   "TAMPA, Fla. (HP) — Marv Kopecky keeps a folder of photographs.", "None was paid."))
    assert parsed.authors == ("Yanitza Ocasio", "Marcie Voorhees")
    assert kinds(parsed) == ["body", "body"]


def test_captions_credited_after_a_copyright_sign_or_as_a_file_picture_are_left_out():
    for caption in ("Fishing boats tied up at the quay in Porto Velho on Friday. © Teodora Quintela",
                    "Oil palms on a hillside estate near Bentong. — Filepic"):
        parsed = parse_article(article("## T", "By Maria Lopez\nNovember 30, 2026", "The council met on Monday.",
                                       caption, "It passed by six votes to three."))
        assert kinds(parsed) == ["body", "body"], caption


def test_a_call_for_stories_a_republishing_line_and_a_masthead_of_one_compound_word():
    parsed = parse_article(article("## T", "By Maria Lopez\nNovember 30, 2026", "The council met on Monday.",
                                   "It passed by six votes to three.", "Got a story? Email us at",
                                   "news@valleycourier.example"))
    assert kinds(parsed) == ["body", "body", "footer", "footer"]
    parsed = parse_article(article("## T", "by Kelsie Dunmore, Lakeshore Watchpost\nNovember 30, 2026",
                                   "The board voted 6-3 on Tuesday.",
                                   "Kelsie Dunmore covers the courts for Lakeshore Watchpost.", "Republish this story"))
    assert parsed.authors == ("Kelsie Dunmore",)
    assert kinds(parsed) == ["body", "footer", "footer"]
    # (but a second plain name after `By` and a comma is a second writer, and a surname ending like a masthead's
    # word is a surname)
    parsed = parse_article(article("## T", "By: Ana Ruiz, Channary Prum\nNovember 30, 2026", "It rained."))
    assert parsed.authors == ("Ana Ruiz", "Channary Prum")
    parsed = parse_article(article("## T", "By Ana Ruiz, Haji Ismail\nNovember 30, 2026", "It rained."))
    assert parsed.authors == ("Ana Ruiz", "Haji Ismail")


def test_a_writer_s_name_beside_a_city_is_a_byline_with_no_date():
    parsed = parse_article(article("## T", "Yuliana Quispe | Lima", "The lake rose half a meter in a month.",
                                   "Herders moved their animals."))
    assert parsed.authors == ("Yuliana Quispe",)
    assert kinds(parsed) == ["body", "body"]


def test_newsroom_partner_and_funder_notes_a_call_for_tips_over_a_number_and_a_reporting_credit_are_footers():
    for closing in (["Get our local newsletter, delivered free each Friday"],
                    ["With reporting by Nabor Quiroz in Mexico City."],
                    ["Send your news tips to\n+233 24 555 0199"],
                    ["Local Democracy Reporting Service: this story was written by a reporter funded by the licence "
                     "fee to cover councils."],
                    ["This story is republished from Prairie Current under a Creative Commons license."],
                    # an agency's share of the story, and the same story in the other language of a bilingual site
                    ["With agency report"],
                    ["Mae’r stori hon hefyd ar gael yn Gymraeg. / This story is also available in Welsh."]):
        parsed = parse_article(article("## T", "By Maria Lopez\nNovember 30, 2026", "The council met on Monday.",
                                       "It passed by six votes to three.", *closing))
        assert kinds(parsed) == ["body", "body", "footer"], closing


def test_a_ruling_quoted_in_full_ends_where_the_writer_names_someone_s_relative():
    parsed = parse_article(article("## T", "By Maria Lopez\nNovember 30, 2026",
                                   "The five justices found the ministry had relied on untried measures. The court "
                                   "wrote:",
                                   "The licence decision was based on an inadequate assessment.",
                                   "The licence is therefore invalid. It is for the ministry to decide the remedy.",
                                   "Varg's sister, Elle Guttorm, keeps the herd's accounts and went to the hearing.",
                                   "The turbines were still turning on Sunday."))
    assert kinds(parsed) == ["body", "blockquote", "blockquote", "body", "body"]


def test_sharing_a_call_to_read_more_a_funder_s_support_an_agency_s_information_and_a_translator_editor_are_footers():
    for closing in ("Share on WhatsApp", "Want more stories like this? Sign up to our newsletter",
                    "Support for this reporting comes from the Hollister Family Foundation.",
                    "With information from Agencia Tlaloc", "Translated and edited by Conrado Ibarra."):
        parsed = parse_article(article("## T", "By Maria Lopez\nNovember 30, 2026", "The council met on Monday.",
                                       "It passed by six votes to three.", closing))
        assert kinds(parsed) == ["body", "body", "footer"], closing


def test_a_related_article_line_a_caption_credited_in_capitals_after_a_dash_and_a_capitals_name_beside_its_city():
    parsed = parse_article(article("## T", "By Maria Lopez\nNovember 30, 2026", "The council met on Monday.",
                                   "Related article: Number of island divers falls below 2,500",
                                   "Packers hold placards outside the office on Friday. — TOMAS DELGADO",
                                   "It passed by six votes to three."))
    assert kinds(parsed) == ["body", "body"]
    parsed = parse_article(article("## T", "MWILA BANDA, Kitwe", "More than 6,000 homes lost their water.",
                                   "Residents dug wells."))
    assert parsed.authors == ("Mwila Banda",)
    assert kinds(parsed) == ["body", "body"]


def test_a_call_to_follow_for_all_the_latest_news_and_a_link_to_corrections_are_footers():
    for closing in (["Get all the latest news from around the country. Follow Clydebank Now on WhatsApp."],
                    ["With files from Kesler Ashby", "Corrections and clarifications"],
                    ["Local Democracy Reporting Service"]):
        parsed = parse_article(article("## T", "By Maria Lopez\nNovember 30, 2026", "The council met on Monday.",
                                       "It passed by six votes to three.", *closing))
        assert kinds(parsed) == ["body", "body", *["footer"] * len(closing)], closing


def test_a_correction_under_its_heading_a_call_for_stories_a_staff_report_a_newsroom_s_note_and_a_show_s_dates():
    for closing in (["Corrections", "A previous version of this story said the dam opened in 1961. It opened in 1963."],
                    ["Have a service delivery story from your area? Email the newsdesk at", "tips@example.org"],
                    ["Staff report"],
                    ["Prairie Docket is an independent, nonprofit newsroom covering state government."],
                    ["• The Wild Duck is at the Rope Works Theatre, Dundee, until 19 December. Tickets £12-£26."]):
        parsed = parse_article(article("## T", "By Maria Lopez\nNovember 30, 2026", "The council met on Monday.",
                                       "It passed by six votes to three.", *closing))
        assert kinds(parsed) == ["body", "body", *["footer"] * len(closing)], closing


def test_a_caption_credited_to_an_agency_s_photographer_and_an_outlet_after_a_byline_s_comma():
    parsed = parse_article(article("## T", "November 30, 2026",
                                   "Evacuees line up outside the school on Saturday. Herald photo/Jhon Bonganay",
                                   "The council met on Monday.",
                                   "The president waves before boarding. (AP Photo/Susan Walsh)",
                                   "It passed by six votes to three."))
    assert kinds(parsed) == ["body", "body"]
    parsed = parse_article(article("## T", "By Keaton Rendahl, Dakota Docket\nNovember 30, 2026",
                                   "The council met on Monday."))
    assert parsed.authors == ("Keaton Rendahl",)


def test_a_written_statement_ends_where_the_writer_says_what_its_author_would_not_release():
    parsed = parse_article(article("## T", "By Maria Lopez\nNovember 30, 2026",
                                   "The minister announced it in a written statement. The statement read:",
                                   "The findings are serious and they are documented.",
                                   "I have therefore asked the commission to appoint a trustee.",
                                   "The trustee, whose name the ministry did not release, will run the town.",
                                   "The mayor said he would appeal."))
    assert kinds(parsed) == ["body", "blockquote", "blockquote", "body", "body"]


def test_a_read_next_line_and_a_photographer_s_credit_alone_are_furniture_and_a_bulleted_amendment_a_footer():
    parsed = parse_article(article("## T", "By Maria Lopez\nNovember 30, 2026", "The council met on Monday.",
                                   "Read next: Hill farmers count the cost of the wettest autumn in a decade",
                                   "Photo by Emerick Alcott / Sierra Gold Public Radio",
                                   "It passed by six votes to three.",
                                   "• This article was amended on 30 November 2026 to correct the age of a patient."))
    assert kinds(parsed) == ["body", "body", "footer"]


def test_a_rule_across_the_page_is_furniture_and_a_case_line_a_link_to_the_original_and_a_reporter_s_note_footers():
    parsed = parse_article(article("## T", "By Maria Lopez\nNovember 30, 2026", "The council met on Monday.", "___",
                                   "It passed by six votes to three.",
                                   "Case Title: Santosh Bamaniya v. State of Rajasthan & Ors.",
                                   "Read the article in Italian",
                                   "Tarquin Harbottle is a Local Democracy Reporter for the Thornsea Advertiser."))
    assert kinds(parsed) == ["body", "body", "footer", "footer", "footer"]


def test_a_date_run_into_a_reading_time_after_a_clock_icon_s_word():
    parsed = parse_article(article("## T", "Laurentine Aucoin\nStaff Reporter\nMon., Nov. 30, 2026timer3 min. read",
                                   "Tenants say they will fight."))
    assert parsed.authors == ("Laurentine Aucoin",)
    assert parsed.published_on == dt.date(2026, 11, 30)
    assert kinds(parsed) == ["body"]


def test_a_helpline_a_comments_note_a_funder_through_whom_and_an_image_caption_label_and_a_date_run_into_a_time():
    parsed = parse_article(article("## T", "By Maria Lopez\nNovember 30, 2026", "The council met on Monday.",
                                   "Image caption,\nSingers rehearse in the chapel on Thursday evenings",
                                   "It passed by six votes to three.",
                                   "If this story has raised concerns for you, call Lifeline on 13 11 14.",
                                   "Comments are moderated and may take up to an hour to appear.",
                                   "The Local Democracy Reporting service is public interest journalism funded through "
                                   "NZ On Air."))
    assert kinds(parsed) == ["body", "body", "footer", "footer", "footer"]
    parsed = parse_article(article("## T", "Reagan Haslam\nNovember 30, 20265:00 AM ET\nHeard on Morning Edition",
                                   "When Kinley Strahm went into labor, the hospital was no longer an option."))
    assert parsed.authors == ("Reagan Haslam",)
    assert parsed.published_on == dt.date(2026, 11, 30)


def test_an_editor_s_note_above_the_story_a_sign_up_line_a_translator_in_brackets_and_a_credit_of_name_and_outlet():
    parsed = parse_article(article("## T", "By Maria Lopez\nNovember 30, 2026",
                                   "Editor's note: This is the second of three stories on rural clinics.",
                                   "The council met on Monday.",
                                   "Get the morning's headlines delivered to your inbox. Sign up here.",
                                   "Volunteers stack sandbags on Dray Lane on Nov. 12. (Odile Marchetti/Bayou Lantern)",
                                   "It passed by six votes to three.",
                                   "Sign up for breaking news alerts on your phone",
                                   "The vote is final.", "(Translated by Ottavia Brenna)"))
    assert kinds(parsed) == ["footer", "body", "body", "body", "footer"]


def test_an_outlet_named_straight_after_the_writer_s_name_with_the():
    parsed = parse_article(article("## T", "By Oralee Tisdale The Pine Hollow Courier\nNov 30, 2026",
                                   "The council met on Monday."))
    assert parsed.authors == ("Oralee Tisdale",)


def test_the_writer_s_lead_in_between_two_blocks_is_no_part_of_the_first():
    parsed = parse_article(article("## T", "By Maria Lopez\nNovember 30, 2026",
                                   "The crew's log, released by the port authority, reads:",
                                   "Engine room flooded at 0340. Pumps running. Holding position.",
                                   "The harbour master's answer came from the tower, minutes later:",
                                   "Understood. Tug on its way. Keep your radio open."))
    assert kinds(parsed)[:3] == ["body", "blockquote", "body"]


def test_a_call_to_sign_up_after_the_outlet_s_own_sentence():
    parsed = parse_article(article("## T", "By Maria Lopez\nNovember 30, 2026", "The council met on Monday.",
                                   "Get the latest news from the Goldfields in your inbox. Sign up for our free "
                                   "newsletter here.", "It passed by six votes to three."))
    assert kinds(parsed) == ["body", "body"]


def test_a_q_and_a_s_editing_note_and_its_producer_are_a_footer():
    parsed = parse_article(article("## T", "By Maria Lopez\nNovember 30, 2026", "Q: How was the harvest?",
                                   "A: Poor.", "Q&A edited for length and clarity. Produced by Wenona Ashdown."))
    assert kinds(parsed) == ["body", "body", "footer"]


def test_a_transcript_s_turn_after_a_lead_in_is_no_block_quote():
    parsed = parse_article(article("The exchange went as follows:", "MR KAMAU: Where is the cement?",
                                   "MR OTIENO: In the stores."))
    assert kinds(parsed) == ["body", "body", "body"]


def test_a_written_block_goes_on_through_a_passive_told():
    parsed = parse_article(article("Inspectors returned in May. One inspector wrote:",
                                   "Two aides were on duty for 60 residents. Call bells went unanswered.",
                                   "The nurse stated she had been told no agency staff were available.",
                                   "The home's owner, Marit Vassdal, said staffing had since improved."))
    assert kinds(parsed) == ["body", "blockquote", "blockquote", "body"]


def test_a_contact_line_with_its_bare_address_on_the_next_line_of_one_block_is_a_footer():
    parsed = parse_article(article("Trustees voted 2-1 to merge the departments.",
                                   "Contact the newsroom at:\nexample.org/tips"))
    assert kinds(parsed) == ["body", "footer"]


def test_a_written_block_ends_where_the_writer_introduces_someone():
    parsed = parse_article(article("The study stops short of naming a risk. The authors conclude:",
                                   "Deposition is now a continuous source of microplastics to lakes across the region.",
                                   "Aino Lehtola, a hydrologist and co-author, spent two years driving between the "
                                   "collectors."))
    assert kinds(parsed) == ["body", "blockquote", "body"]


def test_the_note_on_an_opinion_writer_that_ends_the_piece_is_a_footer():
    parsed = parse_article(article("## Pay the jurors", "By Oriel Penhallow\nNovember 30, 2026",
                                   "Jury pay has not changed since 1998.", "It should.",
                                   "Oriel Penhallow is a retired county court judge who lives in Truro."))
    assert kinds(parsed) == ["body", "body", "footer"]


def test_an_amendment_under_an_update_label_is_a_footer():
    parsed = parse_article(article("The school will close in July.",
                                   "Update: This article was amended on 30 November 2026. An earlier version gave "
                                   "the roll as 37. It is 27."))
    assert kinds(parsed) == ["body", "footer"]


def test_a_question_then_contact_the_writer_at_over_the_address_is_a_footer():
    parsed = parse_article(article("The board voted 5-2.", "Questions? Contact Ilsabet Varney at",
                                   "ivarney@example.org"))
    assert kinds(parsed) == ["body", "footer", "footer"]


@pytest.mark.parametrize(("byline", "authors"), [
    ("By Iracema Tolentino, Rio de Janeiro\nNovember 30, 2026", ("Iracema Tolentino",)),  # where the writer is
    ("Wiebke Osterhaus (with Reuters, dpa)\n11/30/2026", ("Wiebke Osterhaus",)),  # the wires in brackets
    ("Staff Correspondent\nDhaka, Mon 30 Nov 2026", ()),  # the dateline's place before a weekday
])
def test_a_byline_s_place_wires_and_weekday_are_no_writers(byline, authors):
    parsed = parse_article(article("## T", byline, "The talks stalled on Sunday."))
    assert parsed.authors == authors and parsed.published_on == dt.date(2026, 11, 30)


def test_a_source_line_above_a_link_to_another_story_is_a_footer():
    parsed = parse_article(article("Heating bills will rise by half in January.", "“We cannot pay,” she said.",
                                   "Source: Gazeta Ruda/PAP",
                                   "Read also: The last coal train leaves Ruda after 112 years"))
    assert kinds(parsed) == ["body", "body", "footer", "footer"]


def test_a_name_in_capitals_over_a_body_that_opens_on_its_dateline_is_the_byline():
    parsed = parse_article(article("## Dhow builders lose their creek", "WANJIRU ODHIAMBO",
                                   "LAMU, Kenya, Nov 30 — The dredgers came in June.", "They have not left."))
    assert parsed.authors == ("Wanjiru Odhiambo",) and kinds(parsed) == ["body", "body"]


def test_a_reply_in_single_marks_after_a_ruling_s_block_is_the_writer_s_again():
    parsed = parse_article(article("In its decision, the tribunal said:",
                                   "The evidence does not establish serious harm to the bay.",
                                   "The company's spokeswoman, Mireille Baptiste, said it accepted the ruling. "
                                   "‘It’s not everything we asked for,’ she said.",
                                   "‘We’ll be sitting down with the community over summer,’ she said."))
    assert kinds(parsed) == ["body", "blockquote", "body", "body"]


@pytest.mark.parametrize("credit", ["(MTI)", "(AFP)", "(Reuters)", "(ANA-MPA)"])
def test_a_wire_s_credit_alone_in_brackets_is_a_footer(credit):
    assert kinds(parse_article(article("The pier will close in March.", "“It is a pity,” she said.", credit))) == [
        "body", "body", "footer"]


def test_a_pictured_caption_between_paragraphs_is_page_furniture():
    parsed = parse_article(article("The ferry is 27 years old.",
                                   "Pictured: The Réalt Oirthir unloading blocks at the pier on Friday.",
                                   "It will be replaced next year."))
    assert kinds(parsed) == ["body", "body"] and "page_furniture" in codes(parsed)


@pytest.mark.parametrize("desk", ["Express News Service\nKOCHI, NOVEMBER 30, 2026", "Post Report\nNov 30, 2026"])
def test_a_news_service_or_a_paper_s_report_desk_is_no_writer(desk):
    parsed = parse_article(article("## T", desk, "The port department seized 41 boats."))
    assert parsed.authors == () and parsed.published_on == dt.date(2026, 11, 30)


def test_a_name_in_capitals_over_a_colon_dateline_is_the_byline():
    parsed = parse_article(article("## A family told to leave", "KHOO BEE LIAN",
                                   "GEORGE TOWN: For 86 years, the family has sold baskets here.", "Now it must go."))
    assert parsed.authors == ("Khoo Bee Lian",) and kinds(parsed) == ["body", "body"]


def test_a_name_in_capitals_over_a_dateline_with_a_wire_in_brackets_is_the_byline():
    parsed = parse_article(article("## Taxi drivers block the centre", "NAYELY CCORIMANYA",
                                   "CUSCO, Peru, Nov. 30 (Kuntur) — Thousands of drivers parked across the avenues.",
                                   "The strike goes on."))
    assert parsed.authors == ("Nayely Ccorimanya",)


def test_a_byline_over_a_place_and_a_weekday_gives_the_writer_and_no_date():
    parsed = parse_article(article("## Ferry delays", "Mwanaisha Kalume\nMombasa, Monday", "Commuters waited."))
    assert parsed.authors == ("Mwanaisha Kalume",) and parsed.published_on is None


def test_an_agency_and_its_photographer_then_what_the_picture_shows_is_a_caption():
    parsed = parse_article(article("The sirens sounded at 9.02.",
                                   "Keystone / Léonce Beytrand – Residents wait for a bus below the village.",
                                   "Forty-seven minutes later the village was empty."))
    assert kinds(parsed) == ["body", "body"] and "page_furniture" in codes(parsed)


@pytest.mark.parametrize("footer", [
    "*A print version of this article appears in print in the 4 December, 2026 edition of the Harbour Weekly",
    "If you have found a spelling error, please, notify us by selecting that text and pressing Ctrl+Enter.",
    "[ Source: Nesiotiki Press ]",
    "(dpa/kv)",
    "With Lusa",
    "Don't miss the biggest stories: sign up to our newsletter here",
    "This story has been sourced from a third party syndicated feed, agencies. The Herald accepts no responsibility.",
])
def test_an_edition_note_an_error_form_a_source_an_agency_s_credit_and_a_sign_up_call_are_footers(footer):
    parsed = parse_article(article("## Pier to close", "By Ana Ruiz\n30 November 2026",
                                   "The pier will close on Monday.", "Ferries will use the old quay.", footer))
    assert kinds(parsed) == ["body", "body", "footer"]


def test_headlines_under_related_stories_at_the_end_and_a_call_for_stories_over_the_writer_s_note_are_footers():
    parsed = parse_article(article("## Pier to close", "By Ana Ruiz\n30 November 2026",
                                   "The pier will close on Monday.", "Ferries will use the old quay.",
                                   "Related stories:", "Ferry fares to rise in January",
                                   "Harbour board names new chief"))
    assert kinds(parsed) == ["body", "body", "footer", "footer", "footer"]
    parsed = parse_article(article("## Pier to close", "By Ana Ruiz\n30 November 2026",
                                   "The pier will close on Monday.", "Ferries will use the old quay.",
                                   "Got a story? Email news@harbourpost.example",
                                   "Ana Ruiz is the Harbour Post's local government reporter."))
    assert kinds(parsed) == ["body", "body", "footer", "footer"]


def test_a_bench_s_observations_run_on_as_a_written_block():
    parsed = parse_article(article(
        "## Court orders lake cleared", "By Ana Ruiz\n30 November 2026",
        "The High Court has ordered the encroachments on the lake removed.", "The Bench observed:",
        "A lake is not vacant land waiting for a better use. It is why the town did not flood.",
        "The officials who approved the plots cannot hide behind the passage of time.",
        "Senior counsel Ravi Menon said the order was \"a warning to every official\"."))
    assert kinds(parsed) == ["body", "body", "blockquote", "blockquote", "body"]


def test_a_desk_over_an_update_line_with_no_space_after_the_comma_and_a_pic_credit():
    parsed = parse_article(article("## Chawl wing collapses", "Our Correspondent\nUpdated on: 30 November,2026 07:48 "
                                   "AM IST  |  Mumbai", "Two residents were killed on Sunday.",
                                   "The site of the collapse. Pic/Ashok Vartak", "The families were moved."))
    assert parsed.published_on == dt.date(2026, 11, 30) and parsed.authors == ()
    assert kinds(parsed) == ["body", "body"] and "page_furniture" in codes(parsed)


def test_a_statement_read_aloud_ends_when_its_reader_is_done():
    parsed = parse_article(article(
        "## Drivers march", "By Ana Ruiz\n30 November 2026", "About 400 drivers marched on Monday.",
        "The group's statement reads:", "We, the drivers of Cebu, are not against modern vehicles.",
        "We ask the board to extend our franchises.", "When he finished, the drivers answered with their horns."))
    assert kinds(parsed) == ["body", "body", "blockquote", "blockquote", "body"]


def test_read_more_over_related_articles_over_headlines_and_a_story_filed_by_are_footers():
    parsed = parse_article(article("## Trolleys", "By Ana Ruiz\n30 November 2026", "The hospital had 81 on trolleys.",
                                   "She hopes to go home on Tuesday, she said.", "Read More", "Related Articles",
                                   "Flu cases double in a week", "Weekend cover to extend"))
    assert kinds(parsed) == ["body", "body", "footer", "footer", "footer", "footer"]
    parsed = parse_article(article("## Galamsey", "By Ana Ruiz\n30 November 2026", "The task force seized 19 "
                                   "excavators.", "The chiefs want the sponsors arrested.",
                                   "Story filed by Ana Ruiz for the Coastal News Agency"))
    assert kinds(parsed) == ["body", "body", "footer"]


def test_a_source_line_with_the_outlets_path_to_its_writer_signs_the_article_off():
    parsed = parse_article(article("## Market fire guts 300 stalls", "30 November 2026",
                                   "A fire destroyed more than 300 stalls on Sunday.",
                                   "Traders said they had lost everything.",
                                   "Source: Ghana/examplenews.com/Efua Mensimah"))
    assert parsed.authors == ("Efua Mensimah",)
    assert kinds(parsed) == ["body", "body", "footer"]


@pytest.mark.parametrize("credit", ["Source: Ghana/Efua Mensimah", "Source: Ghana/examplenews.com/Efua Mensimah"])
def test_a_source_line_s_path_before_the_writer_in_the_header_is_no_writer(credit):
    # (the country's section is `Ghana`, no writer: the name after the last slash is)
    parsed = parse_article(article("## Market fire guts 300 stalls", f"{credit}\nDate: 30-11-2026 Time: 10:24",
                                   "A fire destroyed more than 300 stalls on Sunday."))
    assert parsed.authors == ("Efua Mensimah",) and parsed.published_on == dt.date(2026, 11, 30)


def test_a_hyphen_and_the_writer_s_name_sign_the_article_off():
    parsed = parse_article(article("## Homes open at dawn", "Ana Ruiz\nWednesday, 2 December 2026, 8:12am",
                                   "Ten families moved in on Tuesday.", "The trust plans eight more homes.",
                                   "- Ana Ruiz, Horouta Times"))
    assert parsed.authors == ("Ana Ruiz",) and kinds(parsed) == ["body", "body", "footer"]


def test_a_call_for_stories_and_a_messaging_number_are_footers():
    parsed = parse_article(article("## Clinic queues start at 4am", "By Ana Ruiz\n30 November 2026",
                                   "Patients queue from 4am.", "Many go home without being seen.",
                                   "Send your story to news@courier.example or drop it off at our office.",
                                   "WhatsApp: 060 555 0182"))
    assert kinds(parsed) == ["body", "body", "footer", "footer"]


def test_a_filings_paragraphs_run_on_as_a_written_block_until_the_writers_news_day():
    parsed = parse_article(article(
        "## Gearbox maker to cut 640 jobs", "By Ana Ruiz\n30 November 2026",
        "The company said in a regulatory filing:",
        "The Board of Directors approved a proposal to realign manufacturing capacity at the plant.",
        "The realignment is expected to result in a one-time cost, which will be recognised in the quarter.",
        "Its shares fell 6.4 per cent to close at 412 on the exchange on Monday."))
    assert kinds(parsed) == ["body", "blockquote", "blockquote", "body"]


def test_the_writer_naming_the_order_after_a_decisions_block_ends_the_block():
    parsed = parse_article(article(
        "## Court orders gate unlocked", "By Ana Ruiz\n30 November 2026",
        "In her decision, Judge Tarewa wrote:",
        "The applicants ask for nothing more than what their ancestors took for granted.",
        "I accept that the lessee has genuine concerns. Those concerns can be met by conditions.",
        "The order requires the trust to install a separate gate within 60 days."))
    assert kinds(parsed) == ["body", "blockquote", "blockquote", "body"]


@pytest.mark.parametrize(("intro", "second"), [
    ("A spokeswoman for the department said:",
     "Where a full building is offered for sale, the agency can assist local authorities with valuation."),
    ("Ruling on the matter, the Speaker said:", "The member has been given an opportunity to be heard."),
])
def test_a_spokespersons_statement_and_a_ruling_from_the_chair_run_on_as_written_blocks(intro, second):
    parsed = parse_article(article(
        "## Tenants served notice", "By Ana Ruiz\n30 November 2026", intro,
        "The Department does not comment on individual cases. Funding has been increased.", second,
        "He then put the question to the House, and members voted by division."))
    assert kinds(parsed) == ["body", "blockquote", "blockquote", "body"]


@pytest.mark.parametrize("footer", [
    "(The writer is a freelance journalist.)",
    "Comment: Do you fish the bank, or live in a town that depends on it? Share your views in the comments below.",
])
def test_a_note_on_the_writer_and_a_call_for_comments_are_footers(footer):
    parsed = parse_article(article("## Pier to close", "By Ana Ruiz\n30 November 2026",
                                   "The pier will close on Monday.", "Ferries will use the old quay.", footer))
    assert kinds(parsed) == ["body", "body", "footer"]


@pytest.mark.parametrize(("header", "authors"), [
    ("From Ebo Amaniampong, Sefwi Wiawso\nMonday, November 30, 2026", ("Ebo Amaniampong",)),
    ("By Aeronwy Lloyd-Harries\n30 Tachwedd / November 2026", ("Aeronwy Lloyd-Harries",)),
])
def test_a_dispatchs_place_after_from_and_a_month_in_two_languages(header, authors):
    parsed = parse_article(article("## Farmers march on the assembly", header, "Hundreds of farmers marched.",
                                   "They want to be paid."))
    assert (parsed.authors, parsed.published_on) == (authors, dt.date(2026, 11, 30))


def test_a_call_to_pay_for_journalism_is_a_footer():
    parsed = parse_article(article("## Pier to close", "By Ana Ruiz\n30 November 2026",
                                   "The pier will close on Monday.", "Ferries will use the old quay.",
                                   "Independent journalism costs money. Support the Post by subscribing today."))
    assert kinds(parsed) == ["body", "body", "footer"]


def test_a_broadcasters_copyright_and_rights_lines_are_footers():
    parsed = parse_article(article("## School to reopen", "By Ana Ruiz\n30 November 2026",
                                   "The school will reopen on Monday.", "Buses will run on their usual routes.",
                                   "Copyright 2026 KVRO. All rights reserved.",
                                   "This material may not be published, broadcast, rewritten or redistributed."))
    assert kinds(parsed) == ["body", "body", "footer", "footer"]


def test_a_written_block_ends_where_the_writer_names_a_body_with_a_clause_about_it():
    parsed = parse_article(article("The study stops short of naming a culprit. The researchers conclude:",
                                   "These records show a sustained decline in seagrass cover in the northern reach.",
                                   "Derwent Blue Aquaculture, which operates the pens in the reach, has disputed the "
                                   "study's findings."))
    assert kinds(parsed) == ["body", "blockquote", "body"]


def test_a_tips_line_with_a_question_over_a_bare_address_is_footer():
    parsed = parse_article(article("## T", "Kim Lee 1 June 2020", "Body text here.", "Tips? Contact the desk at:",
                                   "portnews.example/tips"))
    assert kinds(parsed) == ["body", "footer", "footer"]
    parsed = parse_article(article("## T", "Kim Lee 1 June 2020", "Body text here.",
                                   "Do you live in an affected building? Get in touch:", "clydeside.example/contact"))
    assert kinds(parsed) == ["body", "footer", "footer"]


@pytest.mark.parametrize(("line", "authors"), [
    # a name alone under the title, its first name unknown to the table, no `By`, no date
    ("Abdulai Mansaray", ("Abdulai Mansaray",)),
    # guards: a place the body names again, a section's words the body uses in lower case, a page's widgets
    ("Wharf Lane", ()),
    ("Market Report", ()),
    ("Getty Images", ()),
    ("Print Close", ()),
])
def test_a_bare_name_alone_under_the_title_is_the_writer(line, authors):
    parsed = parse_article(article("## Market women count losses", line,
                                   "Traders at the Wharf Lane market say they have lost their savings, a market "
                                   "report says.", "The scheme had about 640 members."))
    assert parsed.authors == authors
    if authors:
        assert line not in [p.text for p in parsed.paragraphs]  # (the byline, no body paragraph)


def test_a_ruling_block_ends_where_the_writer_says_what_the_judge_did():
    parsed = parse_article(article("Justice Wanjiru Kamau, in a short ruling on the traders' application, ruled:",
                                   "Pending the hearing of this petition, the respondent is restrained from fencing "
                                   "the parcel.",
                                   "The judge fixed the main hearing for February 9."))
    assert kinds(parsed) == ["body", "blockquote", "body"]
    # a judge's ruling may name a letter itself and run on (not the writer naming what was quoted)
    parsed = parse_article(article("Justice Anneke Drabik wrote:",
                                   "The plaintiffs ask only whether their claims can be heard together. In my view, "
                                   "they can.",
                                   "Each class member received an offer letter in the same form. Whether that letter "
                                   "was misleading is a question that does not change from one house to the next.",
                                   "Darlene Norquay, the representative plaintiff, sold her bungalow for $118,000."))
    assert kinds(parsed) == ["body", "blockquote", "blockquote", "body"]
    # or what the judge did, with an adverb in commas (`The judge, however, declined to order`)
    parsed = parse_article(article("In her ruling, Justice Efua Mensah-Bonsu said:",
                                   "The demolition was carried out without the notice the law requires.",
                                   "The judge, however, declined to order the assembly to rebuild the market."))
    assert kinds(parsed) == ["body", "blockquote", "body"]
    # or the next date, told in the past (the ruling's own words would say `is adjourned`)
    parsed = parse_article(article("The bench observed:",
                                   "The corporation cannot plead a lack of manpower where the illegal hydrants are "
                                   "known and operate at fixed hours.",
                                   "The hearing was adjourned to December 17."))
    assert kinds(parsed) == ["body", "blockquote", "body"]


def test_a_date_alone_on_the_last_line_dates_an_article_with_none_at_the_top():
    parsed = parse_article(article("## Town weighs a visitor tax", "Sigrun Aalvik",
                                   "The town wants to charge tourists 3 per cent on every overnight stay.",
                                   "The deadline for comments is 15 January.", "3 December 2026"))
    assert (parsed.authors, parsed.published_on) == (("Sigrun Aalvik",), dt.date(2026, 12, 3))
    assert [p.kind for p in parsed.paragraphs] == ["body", "body", "footer"]
    # (a date at the top stays the date; a sentence with a date in it is no footer)
    parsed = parse_article(article("## Town weighs a visitor tax", "By Sigrun Aalvik", "1 December 2026",
                                   "The town wants to charge tourists 3 per cent on every overnight stay.",
                                   "The deadline for comments is 15 January.", "The vote is on 3 December 2026."))
    assert parsed.published_on == dt.date(2026, 12, 1) and parsed.paragraphs[-1].kind == "body"


def test_an_address_under_a_short_label_closes_the_article_as_its_footer():
    parsed = parse_article(article("## Crab quota cut", "By Keela Noseworth", "December 3, 2026",
                                   "Harvesters in the northeast face a deep cut to their quota this spring.",
                                   "The department is expected to announce other quotas later this month.",
                                   "Corrections and clarifications: corrections@atlanticnews.example"))
    assert kinds(parsed) == ["body", "body", "footer"]
