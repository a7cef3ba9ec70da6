"""Running the stages over notices: the flow, in order, and batch execution."""
from __future__ import annotations

import logging
import os
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from itertools import chain, islice
from multiprocessing import get_context
from pathlib import Path

from . import stages
from .extract.agenda import extract_agenda
from .extract.committees import extract_committees
from .extract.decisions import extract_decisions
from .extract.entities import extract_entities
from .extract.flags import extract_flags
from .extract.meeting import extract_meeting
from .extract.persons import extract_persons
from .normalize import normalize
from .read import ErrorCode, read_paths
from .record import ErrorRow, Notice
from .segment import segment

log = logging.getLogger(__name__)

Stage = Callable[[Notice], Notice]

STAGES: list[Stage] = [
    normalize,            # NFC, pythainlp normalize, spaces: the text all offsets index
    segment,              # title, boilerplate, posting date, credit lines, paragraphs
    stages.tokenize,      # spaCy Doc with the newmm + domain-dictionary tokenizer
    stages.dates,         # Thai temporal expressions → CE ranges; times
    extract_committees,   # committee mentions linked to the registry
    extract_persons,      # titled names, positions, roles; credit-line authors
    extract_meeting,      # kind, host, session, date, mode, venue, chair
    extract_agenda,       # numbered items and their hierarchy
    extract_decisions,    # decision cues per item
    extract_entities,     # rules, then gazetteer EntityRuler, then NER
    extract_flags,        # quality flags on the source
]


def process(notice: Notice) -> Notice | ErrorRow:
    """Run every stage; an unexpected failure becomes one error row, never a crash."""
    for stage in STAGES:
        try:
            notice = stage(notice)
        except Exception as exc:  # noqa: BLE001 - one bad notice must not stop a batch
            log.exception("stage %s failed on %s", stage.__name__, notice.notice_id)
            return ErrorRow(notice.source, ErrorCode.STAGE_FAILED, f"{notice.notice_id}: {stage.__name__}: {type(exc).__name__}: {exc}")
    notice.doc = None  # the Doc is working state, not output; dropping it keeps results small to pass between processes
    return notice


def _process_any(item: Notice | ErrorRow) -> Notice | ErrorRow:
    return item if isinstance(item, ErrorRow) else process(item)


@dataclass
class RunResult:
    notices: list[Notice] = field(default_factory=list)
    errors: list[ErrorRow] = field(default_factory=list)
    seconds: float = 0.0


def process_many(items: list[Notice | ErrorRow]) -> list[Notice | ErrorRow]:
    """A chunk of notices through every stage: one task of a distributed engine."""
    return [_process_any(item) for item in items]


# A notice that touches every stage once, so each stage's models and lexicons load.
_WARM_UP_TEXT = ("การประชุมคณะอนุกรรมการพัฒนาระบบราชการ ครั้งที่ 1/2566 เมื่อวันที่ 1 มีนาคม 2566 "
                 "โดยมีนายสมชาย ใจดี เป็นประธาน ณ กรุงเทพมหานคร\n1. เรื่องเพื่อทราบ ที่ประชุมรับทราบ")


def warm_up() -> None:
    """Load every model and lexicon of this process (cached: a no-op the second time).

    Run once per worker process before its first notice: the local pool's
    initializer, and the Dask engine's first task on each worker.
    """
    process(Notice(notice_id="warm-up", source="warm-up", raw=_WARM_UP_TEXT))


def default_workers() -> int:
    """All cores."""
    return os.cpu_count() or 1


def iter_results(items: Iterable[Notice | ErrorRow], workers: int | None = 1, chunk: int = 8) -> Iterator[Notice | ErrorRow]:
    """Results in input order. ``workers`` > 1: a process pool; ``None``: all cores.

    Workers are spawned, not forked (a fork of a process that has run the
    NER model can crash inside BLAS), and each loads the models once, in its
    initializer; the pool lives for the whole run, so never once per notice.
    ``items`` are read lazily: at most ``4 × workers`` chunks are in flight,
    so memory does not grow with the input; a worker that dies fails the run
    (``BrokenProcessPool``), never hangs it. A single notice is processed
    here, without a pool; a few are spread over the workers in smaller chunks.
    """
    workers = default_workers() if workers is None else workers
    source = iter(items)
    first = list(islice(source, chunk * workers))
    if workers <= 1 or len(first) <= 1:
        yield from map(_process_any, chain(first, source))
        return
    chunk = min(chunk, -(-len(first) // workers))
    source = chain(first, source)
    with ProcessPoolExecutor(workers, mp_context=get_context("spawn"), initializer=warm_up) as pool:
        in_flight: deque = deque()
        while True:
            while len(in_flight) < 4 * workers and (batch := list(islice(source, chunk))):
                in_flight.append(pool.submit(process_many, batch))
            if not in_flight:
                return
            yield from in_flight.popleft().result()


def run(paths: Iterable[str | Path], workers: int = 1) -> RunResult:
    """Every notice under ``paths`` through every stage, kept in memory (a notebook, a handful of notices).

    ``build_tables(result.notices, result.errors)`` turns the result into the
    tables ``extract`` writes; ``extract`` streams instead, for any size.
    """
    started = time.perf_counter()
    result = RunResult()
    for item in iter_results(read_paths(paths), workers):
        (result.errors if isinstance(item, ErrorRow) else result.notices).append(item)
    result.seconds = time.perf_counter() - started
    return result
