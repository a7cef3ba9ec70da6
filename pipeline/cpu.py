"""CPU limits for training and timing, applied before numpy is imported.

Numeric libraries size their thread pools when they load: set the limits
later and the helper threads are already there (on this machine they cost the
NER about 12% even on one pinned core). So the CLI calls :func:`limit_threads`
before it imports anything that imports numpy; this module imports nothing
heavy.
"""
from __future__ import annotations

import os

_THREAD_VARS = ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS", "BLIS_NUM_THREADS")


def limit_threads(n: int) -> None:
    """At most ``n`` CPUs for this process and its numeric thread pools."""
    for var in _THREAD_VARS:
        os.environ[var] = str(n)
    try:
        cpus = sorted(os.sched_getaffinity(0))
        os.sched_setaffinity(0, set(cpus[:n]))
    except (AttributeError, OSError):  # not Linux: the env vars are all we can do
        pass
