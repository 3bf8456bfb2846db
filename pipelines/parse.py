"""The per-file step a parse worker runs: a file's bytes to the rows it loads as (`Normalized`).

Apart from the database on purpose: a worker imports this module and `pipelines.normalize` only (no SQLAlchemy,
no models), so that starting the workers of a load costs a fraction of a second, not the seconds of the writer's
imports.
"""

from __future__ import annotations

import hashlib
import os
import signal
import threading
import time
from dataclasses import dataclass
from pathlib import Path

from pipelines.normalize import NotText, decode_bytes, parse_article
from pipelines.normalize.gender import article_evidence
from pipelines.normalize.quotes import extract_quotes
from pipelines.normalize.reuse import cluster_key

NAME_LIMIT, CUE_LIMIT = 300, 64  # column widths of speakers.name / authors.name and quotes.cue


@dataclass(frozen=True)
class Normalized:
    """Everything one file turns into, as the rows the database takes, less the ids the writer hands out.

    Plain tuples, built in the parse workers: they cross the process boundary and become rows far more cheaply
    than the parser's dataclasses, and the writer, the serial part of a load, does no more than it must.
    """

    sha256: str
    text_sha256: str  # of the decoded text: the same article in two encodings is one article
    size_bytes: int
    encoding: str
    article: tuple  # title, published_on (ISO text), byline, word_count, standfirst
    authors: list[str]  # the byline's names, each once, cut to the column width
    paragraphs: list[tuple]  # position (counting from 0), kind, text, char_start, char_end
    speakers: dict[str, str]  # name -> kind, of the speakers its quotes name
    # paragraph position, position, kind, text, speaker, speaker_mention, cue, char_start, char_end,
    # article_gender, article_gender_evidence, cluster_key
    quotes: list[tuple]
    issues: list[tuple]  # code, detail, paragraph_position


def normalize_file(data: bytes) -> Normalized:
    """Decode, parse and find quotes: the pure steps, in order. Raises NotText for files that are no article."""
    decoded = decode_bytes(data)
    article = parse_article(decoded.text)
    quotes, quote_issues = extract_quotes(article.paragraphs, article.authors)
    speakers = {q.speaker[:NAME_LIMIT]: q.speaker_kind or "unknown" for q in quotes if q.speaker}
    genders = article_evidence(article.paragraphs, quotes)
    sha256, text = hashlib.sha256(data).hexdigest(), decoded.text.encode()
    return Normalized(
        # most files are UTF-8 whose text is their bytes: equal bytes, one hash (a comparison costs far less)
        sha256=sha256, text_sha256=sha256 if text == data else hashlib.sha256(text).hexdigest(),
        size_bytes=len(data), encoding=decoded.encoding,
        article=(article.title, article.published_on.isoformat() if article.published_on else None,
                 article.byline, article.word_count, article.standfirst),
        authors=list(dict.fromkeys(name[:NAME_LIMIT] for name in article.authors)),
        paragraphs=[(p.position, p.kind, p.text, p.char_start, p.char_end) for p in article.paragraphs],
        speakers=speakers,
        quotes=[(q.paragraph_position, i, q.kind, q.text, q.speaker[:NAME_LIMIT] if q.speaker else None,
                 q.speaker_mention, q.cue[:CUE_LIMIT] if q.cue else None, q.char_start, q.char_end,
                 *((g.gender, g.evidence) if (g := genders.get(q.speaker)) else (None, None)),
                 None if q.kind == "scare" else cluster_key(q.text))
                for i, q in enumerate(quotes)],
        issues=[(i.code, i.detail, i.paragraph_position) for i in (*decoded.issues, *article.issues, *quote_issues)],
    )


def read_and_normalize(folder: Path, path: str, max_bytes: int) -> Normalized | str:
    """One file to its values, or the plain reason it cannot be loaded. Never raises: one bad file must never
    stop the others."""
    file = folder / path
    try:
        size = file.stat().st_size
        if size > max_bytes:
            raise NotText(f"file too large: {size / 1e6:.1f} MB, over the {max_bytes / 1e6:g} MB limit "
                          "(LEDE_MAX_FILE_MB)")
        return normalize_file(file.read_bytes())
    except FileNotFoundError:
        if file.is_symlink():
            return f"broken link: it points to {file.readlink()}, which does not exist"
        return "the file vanished before it could be read"
    except NotText as exc:
        return str(exc)
    except OSError as exc:
        return f"cannot read the file: {exc.strerror or exc}"
    except Exception as exc:  # noqa: BLE001 - a parser bug is this file's failure, not the run's
        return f"could not be parsed ({type(exc).__name__}: {exc}); please report this file"


def start_worker() -> None:
    """Parse workers run at the lowest priority: the one writer is the serial part of a load, and a core it shares
    with a worker would leave the other workers waiting for it. A worker whose run was killed hard exits too."""
    os.nice(19)
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C reaches the whole terminal group: the run stops them
    parent = os.getppid()

    def exit_when_orphaned() -> None:
        while os.getppid() == parent:
            time.sleep(1)
        os._exit(1)

    threading.Thread(target=exit_when_orphaned, daemon=True).start()
