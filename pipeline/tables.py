"""Records → rows of the SPEC's tables. Built from the record only, never by re-reading text."""
from __future__ import annotations

from dataclasses import asdict

import pyarrow as pa

from . import __version__
from .extract.committees import load_registry
from .record import ErrorRow, Notice
from .schema import TABLES, table


def notice_rows(n: Notice) -> dict[str, list[dict]]:
    """One notice's rows for every per-notice table."""
    nid = {"notice_id": n.notice_id}
    rows: dict[str, list[dict]] = {name: [] for name in TABLES}
    rows["notices"].append({**nid, "source": n.source, "url": n.url, "title": n.title, "text": n.text,
                            "sha256": n.sha256, "partial": n.partial, "pipeline_version": __version__})
    if n.meeting:
        rows["meetings"].append({**nid, **asdict(n.meeting)})
    rows["committee_mentions"] = [{**nid, **asdict(c)} for c in n.committee_mentions]
    rows["persons"] = [{**nid, **asdict(p)} for p in n.persons]
    rows["agenda_items"] = [{**nid, **asdict(a)} for a in n.agenda]
    rows["decisions"] = [{**nid, **asdict(d)} for d in n.decisions]
    rows["dates"] = [{**nid, **asdict(d)} for d in n.dates]
    rows["entities"] = [{**nid, **asdict(e)} for e in n.entities]
    rows["quality_flags"] = [{**nid, **asdict(f)} for f in n.flags]
    return rows


def committee_rows(notices: list[Notice]) -> list[dict]:
    """The committee dimension: the registry, plus bodies seen that it lacks."""
    registry = load_registry()
    rows = {c.committee_id: {"committee_id": c.committee_id, "name": c.name, "abbreviation": c.abbreviation,
                             "aliases": list(c.aliases), "parent_id": c.parent, "in_registry": True}
            for c in registry.committees.values()}
    for n in notices:
        for m in n.committee_mentions:
            row = rows.setdefault(m.committee_id, {"committee_id": m.committee_id, "name": m.surface,
                                                   "abbreviation": None, "aliases": [], "in_registry": False})
            if not row["in_registry"] and m.surface != row["name"] and m.surface not in row["aliases"]:
                row["aliases"].append(m.surface)
    return sorted(rows.values(), key=lambda r: r["committee_id"])


def build_tables(notices: list[Notice], errors: list[ErrorRow]) -> dict[str, pa.Table]:
    rows: dict[str, list[dict]] = {name: [] for name in TABLES}
    for n in sorted(notices, key=lambda n: n.notice_id):
        for name, part in notice_rows(n).items():
            rows[name] += part
    rows["committees"] = committee_rows(notices)
    rows["errors"] = [asdict(e) for e in errors]
    return {name: table(name, rows[name]) for name in TABLES}
