"""Speakers across articles: which rows are one real speaker."""

from pipelines.normalize.consolidate import merge_plan


def test_surname_speaker_merges_into_the_one_full_name():
    plan = merge_plan([(1, "Sikorski", "person"), (2, "Radosław Sikorski", "person")])
    assert plan == {1: 2}


def test_people_sharing_a_surname_are_not_merged():
    plan = merge_plan([(1, "Smith", "person"), (2, "John Smith", "person"), (3, "Jane Smith", "person")])
    assert plan == {}


def test_name_with_lost_letter_merges_into_the_intact_name():
    plan = merge_plan([(1, "Rados?aw Sikorski", "person"), (2, "Radosław Sikorski", "person"),
                       (3, "Sikorski", "person")])
    assert plan == {1: 2, 3: 2}


def test_organisations_are_never_merged_by_last_word():
    assert merge_plan([(1, "ministry", "organization"), (2, "Russian Foreign Ministry", "organization")]) == {}
