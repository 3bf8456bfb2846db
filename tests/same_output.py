"""Proof that a speed change changed no result: the `normalize_file` output of every real file, hashed.

    .venv/bin/python -m tests.same_output record before.json   # on the code before the change
    .venv/bin/python -m tests.same_output check before.json    # after it: every file's output identical
    .venv/bin/python -m tests.same_output time                 # CPU seconds and MB/s, best of 3, one process

Reads ../shared/data (corpus and PolNeAR train/dev seeds); exits with a reason when it is not there.
"""

import hashlib
import json
import sys
import time
from pathlib import Path

from pipelines.normalize import NotText
from pipelines.parse import normalize_file

DATA = Path(__file__).parent.parent.parent / "shared" / "data"
FOLDERS = ("corpus", "polnear/train/seeds", "polnear/dev/seeds")


def files() -> list[Path]:
    found = [p for folder in FOLDERS for p in sorted((DATA / folder).glob("*.txt"))]
    if not found:
        sys.exit(f"no real files under {DATA}: nothing to compare")
    return found


def digest(data: bytes) -> str:
    try:
        result = normalize_file(data)
    except NotText as exc:
        return "NotText: " + str(exc)
    # repr, not pickle: pickle also records which equal strings are one object, and a cache changes that
    return hashlib.sha256(repr(result).encode()).hexdigest()


def outputs() -> dict[str, str]:
    return {str(p.relative_to(DATA)): digest(p.read_bytes()) for p in files()}


def cpu_seconds(blobs: list[bytes]) -> float:
    start = time.process_time()
    for data in blobs:
        try:
            normalize_file(data)
        except NotText:
            pass
    return time.process_time() - start


def main(argv: list[str]) -> int:
    command = argv[0] if argv else "time"
    if command == "record":
        Path(argv[1]).write_text(json.dumps(outputs(), indent=0))
        return 0
    if command == "check":
        before = json.loads(Path(argv[1]).read_text())
        after = outputs()
        differ = sorted(k for k in before.keys() | after.keys() if before.get(k) != after.get(k))
        print(f"{len(after)} files, {len(differ)} differ" + (":\n" + "\n".join(differ) if differ else ""))
        return 1 if differ else 0
    blobs = [p.read_bytes() for p in sorted((DATA / "corpus").glob("*.txt"))]
    cpu_seconds(blobs[:50])  # load the first-name table once, as a long-running process does
    best = min(cpu_seconds(blobs) for _ in range(3))
    size = sum(map(len, blobs))
    print(f"corpus: {len(blobs)} files, {size / 1e6:.1f} MB, best of 3: {best:.2f} s CPU, {size / 1e6 / best:.2f} MB/s")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
