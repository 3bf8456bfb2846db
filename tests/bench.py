"""`make bench`: how fast lede is, on real news, on text of the kind it loads and on hostile shapes.

    .venv/bin/python -m tests.bench [--mb 8] [--articles 10000] [--scale 4] [--json out.json]

Reports, on the real articles of ../shared/data/corpus (or, when that folder is not there, on a generated
corpus of as many articles): MB/s of the whole per-file step (decoding, hashing, parsing, quotes, speakers, rows)
on one core, and whole-process `make run` times, cold and with nothing changed, for the folder and for `--scale`
copies of it, with peak memory. Then, as before: MB/s of parsing and of quote finding on the project's own
real-format articles, times for hostile single paragraphs at 0.5, 1 and 2 MB (time must grow linearly), and the
load figures of `tests/bench_load.py` on a generated corpus (shapes real text lacks, and the raw-driver ratio).
"""

import argparse
import json
import os
import platform
import tempfile
import time
from pathlib import Path

from pipelines.normalize import NotText, decode_bytes, parse_article
from pipelines.normalize.quotes import extract_quotes
from pipelines.parse import normalize_file
from tests.corpus import REAL_CORPUS, real_corpus, write_corpus

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
    if size > megabytes * 1e6:  # (the sets alone now outgrow a small request: every n-th article, to its size)
        step = int(size / (megabytes * 1e6)) + 1
        return articles[::step]
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


def file_step_figures(folder: Path) -> dict:
    """`normalize_file` (the whole per-file step a parse worker runs) over every file of the folder, on one core.

    MB/s by the wall clock and by this process's CPU time: on a shared machine the CPU time is the steadier one.
    """
    files = [path.read_bytes() for path in sorted(folder.rglob("*.txt"))]
    size = sum(len(data) for data in files)
    normalize_file(files[0])  # load the first-name table once, as a worker does
    wall, cpu = time.perf_counter(), time.process_time()
    for data in files:
        try:
            normalize_file(data)
        except NotText:
            pass
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    return {"files": len(files), "mb": round(size / 1e6, 2), "wall_s": round(wall, 2), "cpu_s": round(cpu, 2),
            "mb_per_s_wall": round(size / 1e6 / wall, 2), "mb_per_s_cpu": round(size / 1e6 / cpu, 2),
            "files_per_s_cpu": round(len(files) / cpu)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--mb", type=float, default=8.0, help="size of the corpus for the parsing figures")
    parser.add_argument("--articles", type=int, default=10_000, help="articles in the load corpus (0: skip)")
    parser.add_argument("--seed", type=int, default=7, help="seed of the generated load corpus")
    parser.add_argument("--scale", type=int, default=4, help="copies of the real folder for the scale figures "
                                                                 "(0: no whole-process `make run` figures)")
    parser.add_argument("--json", help="also write the figures here")
    args = parser.parse_args()
    start_load = [round(load, 2) for load in os.getloadavg()]
    stores = [("sqlite", None)] + ([("postgresql", os.environ[PG_ENV])] if os.environ.get(PG_ENV) else [])
    with tempfile.TemporaryDirectory() as tmp:
        folder = real_corpus()
        is_real = folder is not None
        if not is_real:
            folder = Path(tmp) / "generated"
            write_corpus(folder, 3876, args.seed)
            print(f"{REAL_CORPUS} is not there: the real-text figures below are on a generated corpus instead")
        real = {"folder": str(folder), "real": is_real, "per_file_step": file_step_figures(folder)}
        step = real["per_file_step"]
        print(f"{'real' if is_real else 'generated'} articles in {folder}: {step['files']} files, {step['mb']} MB")
        print(f"  a file's bytes to its rows, one core  {step['mb_per_s_cpu']} MB/s of CPU time "
              f"({step['files_per_s_cpu']} files/s), {step['mb_per_s_wall']} MB/s by the clock")
        if args.scale:
            # imported here: the parse workers import this module (multiprocessing's __main__)
            from tests.bench_load import make_run_figures

            real["make_run"] = [make_run_figures(folder, kind, url, args.scale) for kind, url in stores]
            print(f"  whole-process `make run` (and {args.scale} copies of the folder):")
            for key in real["make_run"][0]:
                print(f"    {key:30} " + "  ".join(f"{str(figures[key]):>12}" for figures in real["make_run"]))
    report = run(args.mb) | {"real_text": real}
    print(f"the project's own articles, repeated: {report['articles']} articles, {report['corpus_mb']} MB, one core:")
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

        report["load"] = [load_figures_in_own_process(args.articles, args.seed, kind, url) for kind, url in stores]
        keys = list(report["load"][0])
        print("\nload, through Dagster (materialize of the whole graph, in process):")
        for key in keys:
            print(f"  {key:34} " + "  ".join(f"{str(figures[key]):>12}" for figures in report["load"]))
    report["load_average"] = {"start": start_load, "end": [round(load, 2) for load in os.getloadavg()]}
    print(f"\nmachine: {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}")
    print(f"load average (1, 5, 15 min) at the start {start_load}, at the end {report['load_average']['end']}: "
          "other work on a shared machine slows every figure")
    if args.json:
        Path(args.json).write_text(json.dumps(report, indent=2))


if __name__ == "__main__":
    main()
