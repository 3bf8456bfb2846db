"""Which share of the seed files a partition run handles: a fixed number of hash buckets of the file's path.

Buckets of the path's hash, rather than top-level subfolders: a file stays in its bucket whatever else is in the
folder and however often it is edited (the path, not the content, decides), the buckets are even in size however
the archive is laid out (one subfolder per year or one flat folder alike), and their number is known before any
file is seen, so the partitions are a fixed set. The same function runs in Python (the folder scan) and in SQL
(the ledger and the loader's queries), so a run's ledger rows and files always agree.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass

from sqlalchemy import BigInteger, ColumnElement, Connection, cast, func, literal
from sqlalchemy.dialects.postgresql import BIT

_SQLITE_FUNCTION = "lede_path_bucket"
_KEY = re.compile(r"^(\d+)-of-(\d+)$")


def path_bucket(path: str, count: int) -> int:
    """The bucket of a path (relative to the seeds folder, forward slashes): the first 32 bits of its MD5."""
    return int(hashlib.md5(path.encode("utf-8")).hexdigest()[:8], 16) % count


@dataclass(frozen=True)
class Bucket:
    index: int
    count: int

    def __post_init__(self) -> None:
        if not 0 <= self.index < self.count:
            raise ValueError(f"bucket {self.index} does not exist among {self.count} buckets")

    @property
    def key(self) -> str:
        """The partition key: `003-of-016`. The count is in the key, so changing it never reuses an old key."""
        width = len(str(self.count - 1))
        return f"{self.index:0{max(width, 3)}d}-of-{self.count:0{max(width, 3)}d}"

    @classmethod
    def from_key(cls, key: str) -> Bucket:
        match = _KEY.match(key)
        if not match:
            raise ValueError(f"{key!r} is not a partition key of lede (they look like 003-of-016)")
        return cls(int(match[1]), int(match[2]))

    def holds(self, path: str) -> bool:
        return path_bucket(path, self.count) == self.index

    def where(self, conn: Connection, path_column) -> ColumnElement[bool]:
        """The SQL condition `path_column is in this bucket`, in the connection's dialect."""
        if conn.dialect.name == "postgresql":
            first_32_bits = cast(cast(literal("x").concat(func.substr(func.md5(path_column), 1, 8)), BIT(32)),
                                 BigInteger)
            return func.mod(first_32_bits, self.count) == self.index
        # SQLite has no MD5: the same Python function, registered on this connection (cheap, idempotent)
        conn.connection.driver_connection.create_function(_SQLITE_FUNCTION, 2, path_bucket, deterministic=True)
        return getattr(func, _SQLITE_FUNCTION)(path_column, self.count) == self.index


def all_buckets(count: int) -> list[Bucket]:
    return [Bucket(index, count) for index in range(count)]
