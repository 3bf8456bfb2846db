"""Quotes that travel: the cluster key folds case, quote marks, punctuation and spacing; a distinctive fragment
joins the longer quote of the same speaker; v_quote_reuse lists each cluster carried by several articles."""

from pathlib import Path

from sqlalchemy import text

from pipelines.ledger import sync_ledger
from pipelines.load import load_pending, refresh_speakers
from pipelines.normalize.reuse import FRAGMENT_WORDS, cluster_key, fragment_clusters

FULL = "The Americans have told the Russians that we will hit all your targets"
FRAGMENT = "we will hit all your targets"


def test_key_folds_case_quote_marks_punctuation_and_spacing():
    assert cluster_key("We don’t  retreat — we will NEVER retreat!") == cluster_key("we dont retreat, we will never "
                                                                                    "retreat")
    assert cluster_key("We don't retreat, we will never retreat") != cluster_key("We don't retreat, we will retreat")


def test_quotes_too_short_to_be_distinctive_get_no_key():
    assert cluster_key("No,") is None
    assert cluster_key(" ".join(["word"] * (FRAGMENT_WORDS - 1))) is None
    assert cluster_key(" ".join(["word"] * FRAGMENT_WORDS)) is not None


def test_fragment_takes_the_key_of_the_longest_quote_containing_it():
    longer = FULL + ", we'll destroy all of them."
    keys = fragment_clusters([FRAGMENT, FULL, longer, "Something else entirely, said at another time."])
    assert keys[0] == keys[1] == keys[2] == cluster_key(longer)
    assert keys[3] == cluster_key("Something else entirely, said at another time.")


def test_a_fragment_must_match_whole_words():
    keys = fragment_clusters(["we will hit all your target", FULL])  # "target" is not "targets"... as a word
    assert keys[0] != keys[1]


def article(date: str, *paragraphs: str) -> str:
    return "## Title " + date + "\n\nKim Lee " + date + "\n\n" + "\n\n".join(paragraphs) + "\n"


def refresh(engine, folder: Path) -> None:
    sync_ledger(engine, folder, "*.txt")
    load_pending(engine, folder, "run")
    refresh_speakers(engine)


def reuse(engine) -> list[tuple]:
    with engine.connect() as conn:
        return [tuple(str(v) for v in row) for row in conn.execute(text(
            "SELECT words, speakers, articles, first_published, last_published, first_article_title "
            "FROM v_quote_reuse ORDER BY articles DESC, words"))]


def test_v_quote_reuse_lists_the_clusters_of_several_articles(engine, tmp_path):
    folder = tmp_path / "seeds"
    folder.mkdir()
    said = 'Polish Foreign Minister Radek Sikorski said on Saturday: "{}."'
    (folder / "a.txt").write_text(article("3 June 2024", said.format(FULL)))
    (folder / "b.txt").write_text(article("1 June 2024", said.format(FULL.upper().replace(" ", "  "))))
    (folder / "c.txt").write_text(article("5 June 2024", f'Radek Sikorski warned that "{FRAGMENT}" if need be.'))
    (folder / "d.txt").write_text(article("2 June 2024", 'Mayor Ana Brandt said: "No," and left.',
                                          'Radek Sikorski said: "No," and left.'))
    refresh(engine, folder)
    # the longest wording (a tie here, so the first in byte order: capitals first, whatever was loaded first), three
    # articles, the one of 1 June ran it first
    assert reuse(engine) == [(FULL.upper() + ".", "Radek Sikorski", "3", "2024-06-01", "2024-06-05",
                              "Title 1 June 2024")]
    # the first article goes: the next earliest runs it first
    (folder / "b.txt").unlink()
    refresh(engine, folder)
    assert reuse(engine) == [(FULL + ".", "Radek Sikorski", "2", "2024-06-03", "2024-06-05", "Title 3 June 2024")]
    # the full quote goes: the fragment is left alone, in no cluster of several articles
    (folder / "a.txt").unlink()
    refresh(engine, folder)
    assert reuse(engine) == []
