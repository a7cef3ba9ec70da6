"""Records → rows of the SPEC's tables. Built from the record only, never by re-reading text."""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import asdict

import pyarrow as pa

from . import __version__
from .extract.committees import is_abbreviation, is_back_reference, key, load_registry
from .record import ErrorRow, Notice
from .schema import TABLES, table


def notice_rows(n: Notice, fingerprint: str | None = None) -> dict[str, list[dict]]:
    """One notice's rows for every per-notice table."""
    nid = {"notice_id": n.notice_id}
    rows: dict[str, list[dict]] = {name: [] for name in TABLES}
    rows["notices"].append({**nid, "source": n.source, "url": n.url, "title": n.title, "text": n.text,
                            "sha256": n.sha256, "partial": n.partial, "pipeline_version": __version__,
                            "fingerprint": fingerprint})
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


def committee_rows(mentions: Iterable[dict]) -> list[dict]:
    """The committee dimension: the registry, plus bodies seen that it lacks."""
    registry = load_registry()
    rows = {c.committee_id: {"committee_id": c.committee_id, "name": c.name, "abbreviation": c.abbreviation,
                             "aliases": list(c.aliases), "parent_id": c.parent, "in_registry": True}
            for c in registry.committees.values()}
    for m in mentions:
        surface = m["surface"]
        row = rows.setdefault(m["committee_id"], {"committee_id": m["committee_id"], "name": surface,
                                                  "abbreviation": None, "aliases": [], "in_registry": False})
        if (row["in_registry"] or surface in (row["name"], row["abbreviation"]) or surface in row["aliases"]
                or is_back_reference(surface)):
            continue
        if is_abbreviation(surface) and row["abbreviation"] is None:
            row["abbreviation"] = surface
        elif is_abbreviation(row["name"]) and not is_abbreviation(surface):
            # seen short first (a title), now spelled out: the name, the short form its abbreviation
            row["abbreviation"] = row["abbreviation"] or row["name"]
            row["name"] = surface
        elif not is_abbreviation(surface) and len(key(surface)) > len(key(row["name"])):
            # the fullest written form names the body, whichever notice came first
            row["aliases"].append(row["name"])
            row["name"] = surface
        else:
            row["aliases"].append(surface)
    return sorted(rows.values(), key=lambda r: r["committee_id"])


class CommitteesSeen:
    """The distinct ``(committee_id, surface)`` pairs of a run's mentions, for :func:`committee_rows`.

    Each pair is keyed by where it first appears (notice id, row within the
    notice), and :meth:`mentions` returns them in that order: the same order
    :func:`build_tables` reads its notice-sorted mentions in, whatever order
    notices finish in. Memory grows with distinct surfaces, not with notices.
    Rows must arrive grouped by notice (as every table holds them).
    """

    def __init__(self) -> None:
        self._first: dict[tuple[str, str], tuple[str, int]] = {}
        self._notice: str | None = None
        self._row = 0

    def add(self, mentions: Iterable[dict]) -> None:
        for m in mentions:
            if m["notice_id"] != self._notice:
                self._notice, self._row = m["notice_id"], 0
            key, where = (m["committee_id"], m["surface"]), (m["notice_id"], self._row)
            if key not in self._first or where < self._first[key]:
                self._first[key] = where
            self._row += 1

    def mentions(self) -> list[dict]:
        ordered = sorted(self._first.items(), key=lambda kv: kv[1])
        return [{"committee_id": cid, "surface": surface} for (cid, surface), _ in ordered]


def build_tables(notices: list[Notice], errors: list[ErrorRow], fingerprint: str | None = None) -> dict[str, pa.Table]:
    """All tables for ``notices``, in memory and sorted by notice (small runs, tests, the report)."""
    rows: dict[str, list[dict]] = {name: [] for name in TABLES}
    for n in notices:
        for name, part in notice_rows(n, fingerprint).items():
            rows[name] += part
    rows["errors"] = [asdict(e) for e in errors]
    tables = {}
    for name in TABLES:
        if name == "committees":
            continue
        new = table(name, rows[name])
        tables[name] = new.sort_by([("notice_id", "ascending")]) if "notice_id" in new.schema.names else new
    tables["committees"] = table("committees", committee_rows(tables["committee_mentions"].to_pylist()))
    return tables
