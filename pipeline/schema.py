"""Every output table's pyarrow schema, in one place.

Column names follow SPEC.md (the contract); enums are dictionary-encoded,
dates are ``date32`` (Gregorian), offsets index ``notices.text``.
"""
from __future__ import annotations

import pyarrow as pa

from . import __version__

ENUM = pa.dictionary(pa.int32(), pa.string())
STR = pa.string()
INT = pa.int32()
LIST = pa.list_(pa.string())


def _schema(*fields: tuple[str, pa.DataType]) -> pa.Schema:
    return pa.schema([pa.field(name, type_) for name, type_ in fields])


_SPAN = (("start", INT), ("end", INT))

SCHEMAS: dict[str, pa.Schema] = {
    "notices": _schema(
        ("notice_id", STR), ("source", STR), ("url", STR), ("title", STR), ("text", STR),
        ("sha256", STR), ("partial", pa.bool_()), ("pipeline_version", STR), ("fingerprint", STR),
    ),
    "meetings": _schema(
        ("notice_id", STR), ("meeting_kind", ENUM), ("committee_id", STR), ("committee_name", STR),
        ("session_no", INT), ("session_year_be", INT), ("session_year_ce", INT), ("session_total", INT),
        ("meeting_date", pa.date32()), ("weekday_stated", STR), ("mode", ENUM), ("venue", STR), ("chair_name", STR),
    ),
    "committees": _schema(
        ("committee_id", STR), ("name", STR), ("abbreviation", STR), ("aliases", LIST),
        ("parent_id", STR), ("in_registry", pa.bool_()),
    ),
    "committee_mentions": _schema(
        ("notice_id", STR), ("committee_id", STR), ("surface", STR), *_SPAN, ("role", ENUM),
    ),
    "persons": _schema(
        ("notice_id", STR), ("person_id", STR), ("full_name", STR), ("title", STR), ("given_name", STR),
        ("family_name", STR), ("position", STR), ("role", ENUM), *_SPAN,
    ),
    "agenda_items": _schema(
        ("notice_id", STR), ("number", STR), ("style", ENUM), ("level", INT), ("parent_number", STR),
        ("ordinal", INT), ("text", STR), *_SPAN, ("decisions", LIST),
    ),
    "decisions": _schema(
        ("notice_id", STR), ("item_number", STR), ("decision_type", ENUM), ("cue", STR), *_SPAN,
    ),
    "dates": _schema(
        ("notice_id", STR), ("surface", STR), *_SPAN, ("kind", ENUM), ("date_start", pa.date32()),
        ("date_end", pa.date32()), ("granularity", ENUM), ("rule", ENUM), ("weekday_stated", STR),
    ),
    "entities": _schema(
        ("notice_id", STR), ("label", ENUM), ("text", STR), *_SPAN, ("source", ENUM),
    ),
    "quality_flags": _schema(("notice_id", STR), ("flag", ENUM), ("detail", STR)),
    "errors": _schema(("source", STR), ("error_code", ENUM), ("message", STR)),
}

TABLES = tuple(SCHEMAS)


def with_metadata(name: str) -> pa.Schema:
    return SCHEMAS[name].with_metadata({"pipeline_version": __version__, "table": name})


def table(name: str, rows: list[dict]) -> pa.Table:
    """Rows → a table of ``name``'s schema (missing keys are null)."""
    schema = with_metadata(name)
    return pa.Table.from_pylist([{f: r.get(f) for f in schema.names} for r in rows], schema=schema)
