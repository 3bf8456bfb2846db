"""Speakers across articles: which rows are one real speaker."""

from hypothesis import given, settings
from hypothesis import strategies as st

from pipelines.normalize.consolidate import merge_plan, plan_for_changes, surname_key, takes_part


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


class ListIndex:
    """The SpeakerIndex the database answers, over a plain list: the rules' own reference."""

    def __init__(self, persons: dict[int, str]):
        self.persons = persons

    def same_surname(self, surnames):
        return [(i, k) for i, k in self.persons.items() if surname_key(k) in surnames]

    def damaged_of_length(self, lengths):
        return [(i, k) for i, k in self.persons.items() if "?" in k and len(k) in lengths]

    def lost_letter_matches(self, key):
        return [(i, k) for i, k in self.persons.items()
                if len(k) == len(key) and all(a in ("?", b) for a, b in zip(key, k, strict=True))]


def followed(plan: dict[int, int]) -> dict[int, int]:
    """A plan with each merge followed to its end, as the clean-up applies it."""
    result = {}
    for source, target in plan.items():
        while target in plan:
            target = plan[target]
        result[source] = target
    return result


def settled(persons: dict[int, str]) -> dict[int, str]:
    """The speakers after the clean-up has run to its end: merge, drop the merged, until nothing merges."""
    while plan := merge_plan([(i, k, "person") for i, k in persons.items()]):
        persons = {i: k for i, k in persons.items() if i not in plan}
    return persons


NAMES = st.sampled_from(["kowalski", "kowalsk?", "k?walski", "nowak", "n?wak", "jan kowalski", "j?n kowalski",
                         "jan k?walski", "anna kowalski", "anna nowak", "ann? nowak", "jan nowak", "j?n nowak",
                         "piotr kowalski", "?"])


@settings(max_examples=400, deadline=None)
@given(before=st.lists(NAMES, max_size=10), removed=st.sets(st.integers(0, 9)), added=st.lists(NAMES, max_size=4))
def test_the_plan_from_the_changes_alone_is_the_plan_from_every_speaker(before, removed, added):
    persons = settled(dict(enumerate(before)))
    gone = {i: k for i, k in persons.items() if i in removed}
    new = {100 + n: k for n, k in enumerate(added)}
    after = {i: k for i, k in persons.items() if i not in gone} | new
    everything = followed(merge_plan([(i, k, "person") for i, k in after.items()]))
    assert plan_for_changes([*gone.values(), *new.values()], ListIndex(after)) == everything


def test_nothing_changed_nothing_looked_up():
    class Untouchable:
        def __getattr__(self, name):
            raise AssertionError(f"{name} looked up, though nothing changed")

    assert plan_for_changes([], Untouchable()) == {}


def test_the_surname_merges_once_its_namesake_is_gone_and_the_damaged_name_found_its_twin():
    persons = {1: "rados?aw sikorski", 2: "anna sikorski", 3: "sikorski"}
    assert settled(persons) == persons  # two Sikorskis, and no intact spelling of the damaged name
    del persons[2]
    persons[4] = "radoslaw sikorski"
    assert plan_for_changes(["anna sikorski", "radoslaw sikorski"], ListIndex(persons)) == {1: 4, 3: 4}


def test_only_names_take_part_never_an_unnamed_source_s_phrase():
    # (an anonymous source shown with its phrase ends in a place's capital: `Heartease` alone is not their surname)
    assert [takes_part(name) for name in ("Ana Ruiz", "van der Wal", "Sikorski", "VUGD spokeswoman",
                                          "mother of three from Heartease")] == [True, True, True, False, False]
