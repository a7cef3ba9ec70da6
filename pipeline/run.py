"""Running the stages over notices: the flow, in order, and batch execution."""
from __future__ import annotations

import logging
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
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
    extract_decisions,    # decision cues per item (PhraseMatcher)
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


def iter_results(items: Iterable[Notice | ErrorRow], workers: int = 1) -> Iterator[Notice | ErrorRow]:
    if workers <= 1:
        yield from map(_process_any, items)
        return
    # fork keeps the loaded models' memory shared; each worker loads lazily once.
    with get_context("fork").Pool(workers) as pool:
        yield from pool.imap(_process_any, items, chunksize=8)


def run(paths: Iterable[Path], workers: int = 1, on_result: Callable[[Notice | ErrorRow], None] | None = None) -> RunResult:
    started = time.perf_counter()
    result = RunResult()
    for item in iter_results(read_paths(paths), workers):
        (result.errors if isinstance(item, ErrorRow) else result.notices).append(item)
        if on_result:
            on_result(item)
    result.seconds = time.perf_counter() - started
    return result
