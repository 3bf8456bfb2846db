"""What is decided per speaker from the quotes of all articles: the speaker's gender, and the cluster of each of
the speaker's quotes (a fragment joins the longer quote it is part of).

Incremental: a load sets `speakers.gender` back to NULL for every speaker whose quotes it adds or removes (and
new speakers start with NULL); the speakers step decides those speakers again, and no others. Each batch of
speakers is decided in its own transaction, so an interrupted step leaves the rest NULL for the next run.
"""

from __future__ import annotations

from collections import defaultdict

from sqlalchemy import Connection, Engine, bindparam, select, update

from models import Article, Quote, Speaker
from pipelines.normalize.gender import Verdict, decide
from pipelines.normalize.reuse import fragment_clusters

BATCH_SPEAKERS = 2000


def mark_undecided(conn: Connection, file_ids: list[int]) -> None:
    """The speakers quoted in these files' articles are to be decided again (their evidence is changing)."""
    speakers = conn.execute(select(Quote.speaker_id).distinct().join(Article, Article.id == Quote.article_id)
                            .where(Article.source_file_id.in_(file_ids), Quote.speaker_id.is_not(None)))
    mark_speakers(conn, sorted(speakers.scalars()))


def mark_speakers(conn: Connection, speaker_ids: list[int]) -> None:
    """In id order, so that two loads marking the same speakers lock them in the same order (no deadlock)."""
    for start in range(0, len(speaker_ids), 1000):
        conn.execute(update(Speaker).where(Speaker.id.in_(speaker_ids[start:start + 1000]),
                                           Speaker.gender.is_not(None)).values(gender=None, gender_evidence=None))


def decide_speakers(engine: Engine) -> int:
    """Decide every undecided speaker; returns how many were decided."""
    from pipelines.load import _speaker_lock  # here: load imports this module to mark speakers

    decided = 0
    while True:
        with engine.begin() as conn:
            # alone, as the speaker clean-up: a load in flight could otherwise add evidence this misses
            _speaker_lock(conn, shared=False)
            speakers = conn.execute(select(Speaker.id, Speaker.name, Speaker.kind).where(Speaker.gender.is_(None))
                                    .order_by(Speaker.id).limit(BATCH_SPEAKERS)).all()
            if not speakers:
                return decided
            _decide(conn, speakers)
            decided += len(speakers)


def _decide(conn: Connection, speakers) -> None:
    ids = [s.id for s in speakers]
    votes: dict[int, list[Verdict]] = defaultdict(list)
    for row in conn.execute(select(Quote.speaker_id, Quote.article_id, Quote.article_gender,
                                   Quote.article_gender_evidence).distinct()
                            .where(Quote.speaker_id.in_(ids), Quote.article_gender.is_not(None))):
        votes[row.speaker_id].append(Verdict(row.article_gender, row.article_gender_evidence))
    verdicts = {s.id: decide(s.name, s.kind, votes[s.id]) for s in speakers}
    conn.execute(update(Speaker).where(Speaker.id == bindparam("b_id")).values(
        gender=bindparam("b_gender"), gender_evidence=bindparam("b_evidence")),
        [{"b_id": i, "b_gender": v.gender, "b_evidence": v.evidence} for i, v in verdicts.items()])

    # quotes too short for a key (and scare quotes) never get one: only the others can join a longer quote
    quotes: dict[int, list] = defaultdict(list)
    for row in conn.execute(select(Quote.id, Quote.speaker_id, Quote.text, Quote.cluster_key)
                            .where(Quote.speaker_id.in_(ids), Quote.cluster_key.is_not(None)).order_by(Quote.id)):
        quotes[row.speaker_id].append(row)
    changed = []
    for rows in quotes.values():
        for row, key in zip(rows, fragment_clusters([r.text for r in rows]), strict=True):
            if key != row.cluster_key:
                changed.append({"b_id": row.id, "b_key": key})
    if changed:
        conn.execute(update(Quote).where(Quote.id == bindparam("b_id")).values(cluster_key=bindparam("b_key")),
                     changed)
