"""Regression floors for quote quality, measured through the whole pipeline with the workplace scorer.

`tests/data/quotes` is the tuning set (17 articles written for the purpose); `tests/data/quotes_holdout` was
written later and first measured untouched (F1 0.872, speaker 0.854: see README); `tests/data/quotes_fresh` later
still (first measured F1 0.964, speaker 0.887: see its README); `quotes_fresh3` and `quotes_fresh4` later again
(first measured speaker 0.889 and 0.875). The floors sit a little under today's figures so that a change that
loses quality fails here. (`quotes_fresh2` has no floor: 2 of its 6 scare quotes are still taken as speech.)
"""

import filecmp
from pathlib import Path

import pytest

from tests.conftest import SEED_DIR
from tests.quote_quality import LABELLED, score_folder

HOLDOUT = LABELLED.parent / "quotes_holdout"
FRESH = LABELLED.parent / "quotes_fresh"
FRESH3 = LABELLED.parent / "quotes_fresh3"
FRESH4 = LABELLED.parent / "quotes_fresh4"
WORKPLACE_SCORER = Path(__file__).resolve().parents[2] / "shared" / "tools" / "score_quotes.py"


@pytest.mark.parametrize(("folder", "min_f1", "min_speaker"), [
    (SEED_DIR, 1.0, 1.0),
    (LABELLED, 0.97, 0.97),
    (HOLDOUT, 0.95, 0.95),
    (FRESH, 0.95, 0.95),
    (FRESH3, 0.97, 0.97),
    (FRESH4, 0.97, 0.95),
])
def test_quote_quality_stays_above_its_floor(folder, min_f1, min_speaker):
    report = score_folder(folder)
    assert report["f1"] >= min_f1, report["missed"] + report["false_positives"]
    assert report["speaker_accuracy"] >= min_speaker, report["wrong_speaker"]
    assert report["scare_taken_as_speech"] <= 0.1 * report["scare_gold"]
    assert report["articles"]["all_fields_ok"], report["articles"]["wrong"]


def test_seed_scare_quotes_are_all_found():
    report = score_folder(SEED_DIR)
    assert report["scare_found"] == report["scare_gold"] == 5


def test_vendored_scorer_matches_the_workplace_copy():
    if not WORKPLACE_SCORER.exists():
        pytest.skip("no ../shared/tools/score_quotes.py beside this checkout to compare with")
    assert filecmp.cmp(WORKPLACE_SCORER, Path(__file__).parent / "tools" / "score_quotes.py", shallow=False)


def test_benchmark_runs_on_a_tiny_corpus():
    from tests.bench import run

    report = run(0.05, hostile_mb=(0.01, 0.02))  # the figures are `make bench`'s; here only that it runs
    assert report["articles"] > 0 and report["quotes_and_speakers_mb_per_s"] > 0
    assert set(report["hostile"]) and all("growth when doubled" in f for f in report["hostile"].values())


@pytest.mark.parametrize("store", ["sqlite", "postgresql"])
def test_load_benchmark_runs_on_a_tiny_corpus(store, request):
    from tests.bench_load import load_figures

    server = request.getfixturevalue("pg_server_url") if store == "postgresql" else None
    # the figures are `make bench`'s; here that it runs, and that its raw reference wrote every row the load did
    figures = load_figures(articles=20, seed=1, kind=store, pg_url=server)
    assert figures["rows"] > 0 and figures["files_loaded_after_change"] >= 1
    assert figures["raw_driver_s"] > 0 and figures["load_to_raw_ratio"] > 0


# Fields a set's first reading found wrong that no general rule yet mends, each with why. Listed, not hidden: the
# test fails when one of them comes right too (strike it off then), as when any other field goes wrong.
KNOWN_FIELD_MISSES = {
    # the second paragraph of a warning after `The warning ... says:`, in the warning's voice but with no sign of it
    # (no first person, no quote mark): a run-on rule for it also swallows the reporter's next paragraph
    "quotes_fresh195": {"g1155_huancayo_huaytapallana_glacier_lake_warning.txt: blockquote_count"},
    # a dateline with no year (`Bengaluru, Nov 30`), which the brief asked for: the gold takes the set's year, which
    # the text never gives
    "quotes_fresh215": {"g1275_bengaluru_yellow_line_metro_train_shortage.txt: published_on"},
    # a radio transcript's second block after the writer's lead-in that names no saying (`The reply came from
    # Corvalán, at the command post:`): a rule for any lead-in between two blocks also made blocks of what follows
    # the lead-ins to tweets and excerpts on real pages
    "quotes_fresh231": {"g1373_copiapo_quebrada_larga_mine_collapse_rescue.txt: blockquote_count"},
    # a judgment's second paragraph after `Justice Ndunge wrote:` that reports a party (`The defendant says he
    # bought the land in good faith ...`): the writer's own way of going on, and taken as such
    "quotes_fresh266": {"g1582_kajiado_court_cancels_isinya_title_forged_transfer_widow.txt: blockquote_count"},
    # a sheriff's statement after `said in a statement:` whose second paragraph has no first person and no mark of the
    # statement (`There is no indication of criminal activity at this time.`): a spoken statement runs on only in its
    # own first person, or the reporter's next paragraph would be swallowed too
    "quotes_fresh293": {"g1745_cotterell_grain_elevator_explosion_investigation.txt: blockquote_count"},
    # a wire's dateline with no year (`Lima, Nov. 30 (AGENPERU).`) and no header: the gold takes the year from the
    # body's `in 2026`, which tells of events, not of the day the story ran (as fresh215's)
    "quotes_fresh295": {"g1758_gamarra_textile_building_fire_la_victoria_stallholders.txt: published_on"},
}


@pytest.mark.parametrize("folder", sorted(LABELLED.parent.glob("quotes_fresh*")), ids=lambda p: p.name)
def test_every_article_field_is_right_in_the_fresh_sets(folder):
    # bylines, dates and paragraph kinds of every purpose-written set, each in its own outlet's layout
    articles = score_folder(folder)["articles"]
    assert set(articles["wrong"]) == KNOWN_FIELD_MISSES.get(folder.name, set())
