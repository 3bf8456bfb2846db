"""The ledger: which seed files are new, changed, unchanged or gone, recorded in `source_files`.

Changed files are marked `pending`; the loader (load.py) takes every pending file. A cheap fast path
(size and mtime) avoids hashing files that have not been touched; a touched file is hashed, and only a
different hash makes it pending.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterator
from dataclasses import dataclass, field
from fnmatch import fnmatchcase
from pathlib import Path
from stat import S_ISREG

from sqlalchemy import Engine, bindparam, select, update

from models import SourceFile
from pipelines.buckets import Bucket
from pipelines.load import delete_orphan_authors, delete_rows, insert_ignoring_duplicates, release_duplicates, to_load
from pipelines.normalize import PARSER_VERSION

INSERT_CHUNK = 2000  # new ledger rows per INSERT statement


@dataclass(frozen=True)
class SeedFile:
    path: str  # relative to the seeds folder, with forward slashes
    size_bytes: int
    mtime_ns: int


@dataclass
class ScanReport:
    new: list[str] = field(default_factory=list)
    changed: list[str] = field(default_factory=list)
    unchanged: int = 0
    removed: list[str] = field(default_factory=list)
    stale: int = 0  # loaded by an older parser version: reloaded without a change to the file


def scan_folder(folder: Path, pattern: str, bucket: Bucket | None = None) -> Iterator[SeedFile]:
    """Every file under the folder whose name matches the pattern (recursively, symlinked folders not entered, as
    `Path.rglob` does), hidden files and folders left out, in path order; with a bucket, only the files in it
    (the others are not even stat'ed)."""
    if not folder.is_dir():
        raise FileNotFoundError(f"the seeds folder {str(folder)!r} does not exist; create it or set LEDE_SEEDS_DIR")
    if "/" in pattern:  # a pattern over folders too: pathlib's matching
        found = sorted(((p.relative_to(folder).as_posix(), str(p)) for p in folder.rglob(pattern)),
                       key=lambda item: item[0].split("/"))  # Path order: part by part
    else:  # os.scandir and plain strings, one folder at a time: a third of pathlib's time, nothing held
        found = _matching(folder, "", pattern)
    for relative, path in found:
        if any(part.startswith(".") for part in relative.split("/")):
            continue
        if bucket is not None and not bucket.holds(relative):
            continue
        try:
            stat = os.stat(path)
        except OSError:
            if os.path.islink(path):
                yield SeedFile(relative, -1, 0)  # a broken link: the loader records why it failed
            continue  # vanished since the listing
        if not S_ISREG(stat.st_mode):
            continue
        yield SeedFile(relative, stat.st_size, stat.st_mtime_ns)


def _matching(folder: Path | str, prefix: str, pattern: str) -> Iterator[tuple[str, str]]:
    """(path relative to the seeds folder, path) of every name under `folder` that matches the pattern, in Path
    order (names sorted, a folder's files right after the folder's own name)."""
    try:
        entries = sorted(os.scandir(folder), key=lambda entry: entry.name)
    except PermissionError:
        return  # an unreadable folder is left out, as rglob leaves it
    for entry in entries:
        if entry.name.startswith("."):
            continue
        if fnmatchcase(entry.name, pattern):
            yield prefix + entry.name, entry.path
        try:
            is_folder = entry.is_dir() and not entry.is_symlink()
        except OSError:
            continue
        if is_folder:
            yield from _matching(entry.path, f"{prefix}{entry.name}/", pattern)


def fingerprint(files: list[SeedFile]) -> str:
    """One hash of names, sizes and mtimes: it changes whenever the folder does."""
    digest = hashlib.sha256()
    for f in files:
        digest.update(f"{f.path}\0{f.size_bytes}\0{f.mtime_ns}\n".encode())
    return digest.hexdigest()


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def _as_last_seen(row, seed: SeedFile) -> bool:
    """Same size and mtime as the ledger last saw: not opened again (the cheap path of every scan)."""
    return row.size_bytes == seed.size_bytes and row.mtime_ns == seed.mtime_ns


def folder_as_loaded(engine: Engine, folder: Path, pattern: str) -> bool:
    """Nothing for a load to take, and every file of the folder in the ledger as last seen (none new, touched or
    gone): a scan would change nothing. Stats the files as a scan does; hashes and writes nothing."""
    with engine.connect() as conn:
        if conn.execute(select(SourceFile.id).where(to_load()).limit(1)).first() is not None:
            return False
        ledger = {row.path: row for row in conn.execute(
            select(SourceFile.path, SourceFile.size_bytes, SourceFile.mtime_ns).where(SourceFile.status != "removed"))}
    seen = 0
    for seed in scan_folder(folder, pattern):
        row = ledger.get(seed.path)
        if row is None or not _as_last_seen(row, seed):
            return False
        seen += 1
    return seen == len(ledger)


def sync_ledger(engine: Engine, folder: Path, pattern: str, bucket: Bucket | None = None) -> ScanReport:
    """Compare the folder with `source_files`: mark new and changed files pending, drop the rows of removed ones.

    With a bucket (a partition run), only the files and ledger rows of that bucket: runs of other buckets, in
    parallel, never see each other's files as removed.
    """
    report = ScanReport()
    with engine.begin() as conn:
        query = select(SourceFile.id, SourceFile.path, SourceFile.sha256, SourceFile.size_bytes, SourceFile.mtime_ns,
                       SourceFile.status, SourceFile.parser_version)
        if bucket is not None:
            query = query.where(bucket.where(conn, SourceFile.path))
        ledger = {row.path: row for row in conn.execute(query)}
        seen = set()
        added, touched, queued = [], [], []  # new files; files touched but not changed; changed or returning files
        for seed in scan_folder(folder, pattern, bucket):
            seen.add(seed.path)
            row = ledger.get(seed.path)
            live = row is not None and row.status != "removed"
            if live and _as_last_seen(row, seed):
                report.unchanged += 1
                report.stale += row.status == "loaded" and row.parser_version != PARSER_VERSION
                continue
            try:
                digest = sha256_of(folder / seed.path)
            except OSError:
                digest = ""  # unreadable: queued all the same, so that the loader records why
            values = {"sha256": digest, "size_bytes": seed.size_bytes, "mtime_ns": seed.mtime_ns}
            if live and row.sha256 == digest:
                report.unchanged += 1  # touched, not changed: remember the new mtime so we don't hash it again
                touched.append({"b_id": row.id, "mtime_ns": seed.mtime_ns})
                continue
            if row is None:
                added.append({"path": seed.path, "status": "pending", **values})
                report.new.append(seed.path)
                if len(added) == INSERT_CHUNK:  # a new folder's rows go in as they come: memory stays flat
                    conn.execute(insert_ignoring_duplicates(conn, SourceFile, "path"), added)
                    added.clear()
            else:
                queued.append({"b_id": row.id, "status": "pending", **values})
                (report.changed if live else report.new).append(seed.path)
        # one statement per kind of change, however many files
        if added:  # a run racing this one may have just added some: the unique path decides, no error
            conn.execute(insert_ignoring_duplicates(conn, SourceFile, "path"), added)
        for rows in (touched, queued):
            if rows:
                conn.execute(update(SourceFile).where(SourceFile.id == bindparam("b_id")), rows)
        gone = [row for path, row in ledger.items() if path not in seen and row.status != "removed"]
        for row in gone:
            delete_rows(conn, row.id)
            conn.execute(update(SourceFile).where(SourceFile.id == row.id).values(
                status="removed", error=None, duplicate_of_id=None))
            report.removed.append(row.path)
        release_duplicates(conn, [row.id for row in gone])
    if gone:  # in a transaction of its own: it waits for loads in flight, and must not hold ledger rows meanwhile
        with engine.begin() as conn:
            delete_orphan_authors(conn)
    return report
