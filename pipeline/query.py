"""SQL over the output tables with DuckDB: each table is a view by its name."""
from __future__ import annotations

from pathlib import Path

import duckdb

from .schema import TABLES


def connect(out: Path) -> duckdb.DuckDBPyConnection:
    con = duckdb.connect()
    for name in TABLES:
        path = out / f"{name}.parquet"
        if path.exists():
            con.execute(f"CREATE VIEW {name} AS SELECT * FROM read_parquet('{path.as_posix()}')")
    return con


COMMITTEES_SQL = """
SELECT c.committee_id, c.name, c.abbreviation, c.aliases,
       count(m.notice_id) AS meetings, min(m.meeting_date) AS first, max(m.meeting_date) AS last
FROM committees c LEFT JOIN meetings m USING (committee_id)
GROUP BY ALL
HAVING c.in_registry OR count(m.notice_id) > 0
ORDER BY meetings DESC, c.committee_id
"""
