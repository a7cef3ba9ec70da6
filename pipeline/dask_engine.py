"""Scale-out: the same stages on a Dask cluster (``thai-notices extract --engine dask``).

Notices go out in chunks of :data:`CHUNK` as tasks of :func:`pipeline.run.process_many`;
at most a few chunks per worker thread are in flight, and results come back
as they complete (``as_completed``) into the same table writers as the local
engine, so the tables hold the same rows (in completion order).

Without a scheduler address a ``LocalCluster`` of ``workers`` single-threaded
processes runs on this machine; with one (``tcp://host:8786``) the cluster's
workers must run the same pipeline: the same checkout installed
(``pip install -e .``, ``models/`` included), checked by comparing
:func:`pipeline.batch.fingerprint` before anything is sent.
"""
from __future__ import annotations

import logging
from collections import deque
from collections.abc import Iterable, Iterator
from contextlib import contextmanager

from .record import ErrorRow, Notice
from .run import default_workers, process_many, warm_up

log = logging.getLogger(__name__)

CHUNK = 16  # notices per task: ~0.1-0.3 s of work, so scheduling overhead stays small
IN_FLIGHT_PER_THREAD = 3  # chunks queued per worker thread: keeps workers busy, memory bounded
CONNECT_TIMEOUT = "20s"


class ClusterError(RuntimeError):
    """The Dask cluster cannot be used: unreachable, or its workers run another pipeline."""


class WorkerMismatch(ClusterError):
    """The cluster's workers run another pipeline version, rules or models than this client."""


@contextmanager
def connect(workers: int | None = None, scheduler: str | None = None):
    """A ``Client`` on ``scheduler``, else on a ``LocalCluster`` of ``workers`` processes (default: all cores)."""
    from dask.distributed import Client, LocalCluster

    if not logging.getLogger().isEnabledFor(logging.INFO):  # the scheduler logs every connection at INFO
        logging.getLogger("distributed").setLevel(logging.WARNING)
    if scheduler:
        try:
            client = Client(scheduler, timeout=CONNECT_TIMEOUT)
        except (OSError, TimeoutError) as exc:
            raise ClusterError(f"cannot reach the Dask scheduler at {scheduler}: {exc}") from exc
        with client:
            yield client
        return
    n = default_workers() if workers is None else max(1, workers)
    with LocalCluster(n_workers=n, threads_per_worker=1, processes=True, dashboard_address=None) as cluster, \
            Client(cluster) as client:
        yield client


def check_workers(client) -> None:
    """Refuse a cluster whose workers would produce other rows than this process."""
    from .batch import fingerprint

    theirs = client.run(fingerprint)  # pickled by name: each worker computes its own
    other = {addr: fp for addr, fp in theirs.items() if fp != fingerprint()}
    if other:
        raise WorkerMismatch(f"workers run another pipeline (fingerprint {sorted(set(other.values()))} "
                             f"≠ {fingerprint()}): install the same checkout, models and THAI_NOTICES_NO_NER on every worker")


def iter_results_dask(items: Iterable[Notice | ErrorRow], workers: int | None = None,
                      scheduler: str | None = None, chunk: int = CHUNK) -> Iterator[Notice | ErrorRow]:
    """Results as their chunks complete; unreadable inputs (error rows) pass straight through."""
    from dask.distributed import as_completed

    with connect(workers, scheduler) as client:
        check_workers(client)
        # Models load once per worker process, before the first chunk (cached there after).
        client.gather([client.submit(warm_up, pure=False, workers=[addr], allow_other_workers=False)
                       for addr in client.scheduler_info()["workers"]])
        window = IN_FLIGHT_PER_THREAD * max(1, sum(client.nthreads().values()))
        source, passed = iter(items), deque()
        pending = as_completed()
        exhausted = False

        def fill() -> None:
            nonlocal exhausted
            while not exhausted and pending.count() < window:
                batch: list[Notice] = []
                for item in source:
                    if isinstance(item, ErrorRow):
                        passed.append(item)
                        continue
                    batch.append(item)
                    if len(batch) == chunk:
                        break
                else:
                    exhausted = True
                if batch:
                    pending.add(client.submit(process_many, batch, pure=False))

        fill()
        while not pending.is_empty():
            future = next(pending)
            results = future.result()
            future.release()
            fill()
            while passed:
                yield passed.popleft()
            yield from results
        while passed:
            yield passed.popleft()
