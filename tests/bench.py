"""`make bench`: how fast lede's pure steps are, on text of the kind it loads and on hostile shapes.

    .venv/bin/python -m tests.bench [--mb 8] [--json out.json]

Reports MB/s of parsing plus quote finding and attribution on one core over a corpus of real-format
articles (and of the whole per-file step: decoding, hashing, parsing, quotes, rows), times for hostile single
paragraphs at 0.5, 1 and 2 MB (time must grow linearly), and the load figures of `tests/bench_load.py`.
"""

import argparse
import json
import os
import platform
import time
from pathlib import Path

from pipelines.load import normalize_file
from pipelines.normalize import decode_bytes, parse_article
from pipelines.normalize.quotes import extract_quotes

PG_ENV = "LEDE_TEST_PG_URL"

DATA = Path(__file__).parent / "data"
HOSTILE = {
    "unbalanced quote marks": 'He said "and then ',
    "balanced quotes, one sentence": '"Yes," he said, "and" ',
    "quotes with full stops": "\u201cWe will win,\u201d Mayor Ana Ruiz said. ",
    "apostrophes and single marks": "the workers' union 'said' don't ",
}


def corpus(megabytes: float) -> list[str]:
    paths = [*sorted(DATA.glob("quotes*/*.txt")), *sorted(DATA.glob("seed/*.txt"))]  # real articles only
    articles = [decode_bytes(p.read_bytes()).text for p in paths]
    size = sum(len(a.encode()) for a in articles)
    return articles * max(1, int(megabytes * 1e6 / size))


def normalize(text: str) -> int:
    article = parse_article(text)
    quotes, _ = extract_quotes(article.paragraphs)
    return len(quotes)


def timed(fn, *args) -> float:
    start = time.perf_counter()
    fn(*args)
    return time.perf_counter() - start


def run(megabytes: float, hostile_mb: tuple[float, ...] = (0.5, 1, 2)) -> dict:
    texts = corpus(megabytes)
    normalize(texts[0])  # load the first-name table once, as a long-running process does
    size = sum(len(t.encode()) for t in texts)
    parse_seconds = timed(lambda: [parse_article(t) for t in texts])
    articles = [parse_article(t) for t in texts]
    quote_seconds = timed(lambda: [extract_quotes(a.paragraphs) for a in articles])
    seconds = timed(lambda: [normalize(t) for t in texts])
    files = [t.encode() for t in texts]
    file_seconds = timed(lambda: [normalize_file(data) for data in files])
    report = {"corpus_mb": round(size / 1e6, 2), "articles": len(texts), "seconds": round(seconds, 3),
              "mb_per_s_one_core": round(size / 1e6 / seconds, 2),
              "parse_mb_per_s": round(size / 1e6 / parse_seconds, 2),
              "quotes_and_speakers_mb_per_s": round(size / 1e6 / quote_seconds, 2),
              "file_to_rows_mb_per_s": round(size / 1e6 / file_seconds, 2), "hostile": {}}
    for name, unit in HOSTILE.items():
        times = {}
        for mb in hostile_mb:
            paragraph = (unit * int(mb * 1e6 / len(unit) + 1))[: int(mb * 1e6)]
            times[mb] = timed(normalize, "## T\n\n" + paragraph + "\n")
        seconds = list(times.values())
        report["hostile"][name] = {f"{mb} MB s": round(t, 3) for mb, t in times.items()} | {
            "growth when doubled": round(seconds[-1] / seconds[-2], 2)}
    return report


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--mb", type=float, default=8.0, help="size of the corpus for the parsing figures")
    parser.add_argument("--articles", type=int, default=10_000, help="articles in the load corpus (0: skip)")
    parser.add_argument("--seed", type=int, default=7, help="seed of the generated load corpus")
    parser.add_argument("--json", help="also write the figures here")
    args = parser.parse_args()
    report = run(args.mb)
    print(f"{report['articles']} articles, {report['corpus_mb']} MB, one core:")
    print(f"  quote finding and attribution  {report['quotes_and_speakers_mb_per_s']} MB/s")
    print(f"  parsing                        {report['parse_mb_per_s']} MB/s")
    print(f"  both, file text to quotes      {report['mb_per_s_one_core']} MB/s ({report['seconds']} s)")
    print(f"  a file's bytes to its rows     {report['file_to_rows_mb_per_s']} MB/s (decoding and hashing too)")
    print("hostile single paragraphs (time must grow linearly):")
    for name, figures in report["hostile"].items():
        print(f"  {name:32} " + "  ".join(f"{k}={v}" for k, v in figures.items()))
    if args.articles:
        # imported here: the parse workers import this module (multiprocessing's __main__), and Dagster would
        # add some 50 MB to each of them
        from tests.bench_load import load_figures_in_own_process

        stores = [("sqlite", None)] + ([("postgresql", os.environ[PG_ENV])] if os.environ.get(PG_ENV) else [])
        report["load"] = [load_figures_in_own_process(args.articles, args.seed, kind, url) for kind, url in stores]
        keys = list(report["load"][0])
        print("\nload, through Dagster (materialize of the whole graph, in process):")
        for key in keys:
            print(f"  {key:34} " + "  ".join(f"{str(figures[key]):>12}" for figures in report["load"]))
    print(f"\nmachine: {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}")
    if args.json:
        Path(args.json).write_text(json.dumps(report, indent=2))


if __name__ == "__main__":
    main()
