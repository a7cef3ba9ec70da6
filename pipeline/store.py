"""Atomic Parquet output: tables are written under a staging directory, then renamed.

A crash while writing leaves the previous outputs as they were; a rerun
replaces whole tables, so rows never duplicate. :class:`StagedTables` streams:
rows arrive notice by notice, go out as one row group per :meth:`~StagedTables.flush`,
so memory stays flat however many notices a run has.
"""
from __future__ import annotations

import logging
import os
import shutil
import tempfile
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from .schema import table, with_metadata

log = logging.getLogger(__name__)

COMPRESSION = "zstd"
_STAGING = ".staging-"


class StagedTables:
    """One ``ParquetWriter`` per table in a staging directory inside ``out``.

    ``add`` buffers rows, ``flush`` writes the buffers as one row group per
    table, ``commit`` closes the files and renames each into ``out``;
    leaving the ``with`` block without a commit (an exception) removes the
    staging directory and touches nothing in ``out``.

    Example::

        with StagedTables(out, ["notices", "meetings"]) as staged:
            staged.add("notices", [{"notice_id": "a", ...}])
            staged.flush()
            counts = staged.commit()
    """

    def __init__(self, out: Path, names: list[str] | tuple[str, ...] = ()) -> None:
        self.out = out
        out.mkdir(parents=True, exist_ok=True)
        remove_stale_staging(out)
        self.staging = Path(tempfile.mkdtemp(prefix=f"{_STAGING}{os.getpid()}-", dir=out))
        self.names: list[str] = []
        self.rows: dict[str, int] = {}
        self._writers: dict[str, pq.ParquetWriter] = {}
        self._buffers: dict[str, list[dict]] = {}
        self._committed = False
        for name in names:
            self._open(name)

    def _open(self, name: str) -> None:
        self._writers[name] = pq.ParquetWriter(self.staging / f"{name}.parquet", with_metadata(name), compression=COMPRESSION)
        self._buffers[name] = []
        self.rows[name] = 0
        self.names.append(name)

    def add(self, name: str, rows: list[dict]) -> None:
        """Buffer rows of ``name`` (dicts keyed by column; missing keys are null)."""
        self._buffers[name].extend(rows)

    def flush(self) -> None:
        """Write every table's buffered rows as one row group."""
        for name, rows in self._buffers.items():
            if rows:
                self.write(name, table(name, rows))
                rows.clear()

    def write(self, name: str, data: pa.Table) -> None:
        """Append ``data`` (already of the table's schema) as row groups."""
        if data.num_rows:
            self._writers[name].write_table(data)
            self.rows[name] += data.num_rows

    def write_table(self, name: str, data: pa.Table) -> None:
        """A whole table at once (a small dimension built at the end, or a table already in memory)."""
        pq.write_table(data, self.staging / f"{name}.parquet", compression=COMPRESSION)
        self.rows[name] = data.num_rows
        self.names.append(name)

    def commit(self) -> dict[str, int]:
        """Close every file and rename it into ``out``; returns the row count per table."""
        self.flush()
        for writer in self._writers.values():
            writer.close()
        for name in self.names:
            os.replace(self.staging / f"{name}.parquet", self.out / f"{name}.parquet")
        self._committed = True
        return dict(self.rows)

    def __enter__(self) -> StagedTables:
        return self

    def __exit__(self, *exc) -> None:
        if not self._committed:
            for writer in self._writers.values():
                try:
                    writer.close()
                except Exception:  # noqa: BLE001 - the staging files are discarded anyway
                    pass
        shutil.rmtree(self.staging, ignore_errors=True)


def remove_stale_staging(out: Path) -> None:
    """Remove staging directories left by a killed run (their process no longer exists)."""
    for path in out.glob(f"{_STAGING}*"):
        pid = path.name[len(_STAGING):].split("-", 1)[0]
        if path.is_dir() and pid.isdigit() and int(pid) != os.getpid() and not _alive(int(pid)):
            log.info("removing %s, left by a run that was killed", path)
            shutil.rmtree(path, ignore_errors=True)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def write_tables(tables: dict[str, pa.Table], out: str | Path) -> list[Path]:
    """Write whole in-memory tables (``build_tables``) atomically, as ``extract`` does."""
    out = Path(out)
    with StagedTables(out) as staged:
        for name, tbl in tables.items():
            staged.write_table(name, tbl)
        staged.commit()
    return [out / f"{name}.parquet" for name in tables]
