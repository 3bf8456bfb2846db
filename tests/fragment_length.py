"""How long a fragment of a quote must be to say whose words it is: for each length k, of the k-word sequences
found in two or more different quotes (attributed speech, words folded), the share found in quotes of different
speakers. Stock phrases ("with the president of") are shared by many speakers; a distinctive stretch only by
the same quote attributed to different speakers, which sets the floor the share falls to.

    .venv/bin/python -m tests.fragment_length DB_URL [DB_URL ...]   # databases loaded from real news
"""

import sys
from collections import defaultdict

from sqlalchemy import text

from models import make_engine
from pipelines.normalize.reuse import folded_words


def shares(urls: list[str], lengths=range(3, 11)) -> dict[int, tuple[int, float]]:
    speakers_of: dict[tuple[str, ...], set] = defaultdict(set)
    for url in urls:
        engine = make_engine(url)
        with engine.connect() as conn:
            for speaker, quote in conn.execute(text("SELECT speaker_id, text FROM quotes WHERE kind <> 'scare' "
                                                    "AND speaker_id IS NOT NULL")):
                speakers_of[folded_words(quote)].add((url, speaker))
        engine.dispose()
    result = {}
    for k in lengths:
        quotes_with: dict[tuple[str, ...], list] = defaultdict(list)
        for words in speakers_of:
            for start in range(len(words) - k + 1):
                quotes_with[words[start:start + k]].append(words)
        shared = [quotes for quotes in quotes_with.values() if len(quotes) > 1]
        across = [q for q in shared if len(set().union(*(speakers_of[words] for words in q))) > 1]
        result[k] = (len(shared), round(len(across) / max(1, len(shared)), 3))
    return result


if __name__ == "__main__":
    for k, (shared, share) in shares(sys.argv[1:]).items():
        print(f"{k} words: {shared} sequences in 2+ quotes, {share:.0%} of them in quotes of different speakers")
