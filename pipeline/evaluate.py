"""Score the Parquet tables of a run against the gold files (SPEC.md, "Scoring").

The scorer reads only ``<gold_dir>/<notice_id>.json`` and the Parquet tables
of a predictions directory, and imports nothing from the extraction stages:
a scorer that shared the pipeline's helpers would also share its bugs.

Only notices with a gold file are scored, and a section a gold file leaves
out is not scored for that notice. Meeting fields get an accuracy; persons,
agenda, decisions, dates and flags get precision / recall / F1 over sets of
keys per notice, micro-summed over notices.
"""
from __future__ import annotations

import datetime as dt
import json
import numbers
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterator

import pandas as pd
from pandas.api.types import is_list_like
from pythainlp.util import normalize

MEETING_FIELDS = (
    "meeting_kind", "committee_name", "session_no", "session_year_be", "meeting_date",
    "weekday_stated", "mode", "venue", "chair_name",
)
TABLES = ("meetings", "persons", "agenda_items", "dates", "quality_flags")

_WS = re.compile(r"\s+")


# --- canonical values -------------------------------------------------------

def normalize_text(text: str) -> str:
    """Return ``text`` in the SPEC's comparison form.

    NFC, pythainlp ``normalize``, white space collapsed and stripped, one
    trailing ``ฯ`` dropped.
    """
    text = _WS.sub(" ", normalize(unicodedata.normalize("NFC", text))).strip()
    return text[:-1].rstrip() if text.endswith("ฯ") else text


def _missing(value: Any) -> bool:
    # pandas hands back None, NaN (nullable ints, categoricals) or NaT for a null cell.
    return value is None or (not is_list_like(value) and bool(pd.isna(value)))


def _plain(value: Any) -> Any:
    """Return ``value`` as a JSON-able Python value, as written (for misses)."""
    if _missing(value):
        return None
    if isinstance(value, str):
        return value
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, bool):
        return value
    if isinstance(value, numbers.Integral):
        return int(value)
    if isinstance(value, numbers.Real):
        # An int column with nulls comes back from Parquet as float64.
        return int(value) if float(value).is_integer() else float(value)
    if is_list_like(value):
        return [_plain(v) for v in value]
    return value


def _value(value: Any) -> Any:
    """Return ``value`` in comparison form: dates as ISO strings, text normalized."""
    value = _plain(value)
    return normalize_text(value) if isinstance(value, str) else value


def _name(value: Any) -> str | None:
    value = _value(value)
    return _WS.sub("", value) if isinstance(value, str) else value


# --- set-valued fields ------------------------------------------------------
# Each yields (key, shown) per row: the key is compared, ``shown`` is the row
# as written, for the misses list. The same functions read gold entries and
# Parquet records because the gold keys are the table's column names.

Item = tuple[Any, Any]


def _persons(row: dict) -> Iterator[Item]:
    name, role = row.get("full_name"), row.get("role")
    if not _missing(name):
        yield (_name(name), _value(role)), (_plain(name), _plain(role))


def _agenda(row: dict) -> Iterator[Item]:
    number, level = row.get("number"), row.get("level")
    if not _missing(number):
        yield (_value(number), _value(level)), (_plain(number), _plain(level))


def _decisions(row: dict) -> Iterator[Item]:
    number, decisions = row.get("number"), row.get("decisions")
    if _missing(number) or not is_list_like(decisions):
        return
    for decision in decisions:
        if not _missing(decision):
            yield (_value(number), _value(decision)), (_plain(number), _plain(decision))


def _dates(row: dict) -> Iterator[Item]:
    start, end = row.get("date_start"), row.get("date_end")
    if not _missing(start):
        yield (_value(start), _value(end)), (_plain(start), _plain(end))


def _flags(row: dict | str) -> Iterator[Item]:
    # Gold lists flags as bare strings; the table has a ``flag`` column.
    flag = row if isinstance(row, str) else row.get("flag")
    if not _missing(flag):
        yield _value(flag), _plain(flag)


# field -> (gold section, predictions table, item function)
SET_FIELDS: dict[str, tuple[str, str, Callable[[Any], Iterator[Item]]]] = {
    "persons": ("persons", "persons", _persons),
    "agenda": ("agenda", "agenda_items", _agenda),
    "decisions": ("agenda", "agenda_items", _decisions),
    "dates": ("dates", "dates", _dates),
    "flags": ("flags", "quality_flags", _flags),
}


def _items(rows: list, item: Callable[[Any], Iterator[Item]]) -> dict[Any, Any]:
    """Return key -> shown row; a key seen twice counts once (sets, not multisets)."""
    out: dict[Any, Any] = {}
    for row in rows:
        for key, shown in item(row):
            out.setdefault(key, shown)
    return out


# --- results ----------------------------------------------------------------

def _ratio(hits: int, total: int, other_errors: int) -> float:
    # An empty denominator is perfect only when the field has no error at all:
    # nothing predicted and nothing to find is 1.0, nothing predicted for a
    # non-empty gold set is 0.0.
    if total:
        return hits / total
    return 1.0 if other_errors == 0 else 0.0


@dataclass
class SetScore:
    """Micro-summed counts of one set-valued field and the scores they give."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return _ratio(self.tp, self.tp + self.fp, self.fn)

    @property
    def recall(self) -> float:
        return _ratio(self.tp, self.tp + self.fn, self.fp)

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def support(self) -> int:
        """Return the number of gold items."""
        return self.tp + self.fn

    def to_dict(self) -> dict:
        return {"tp": self.tp, "fp": self.fp, "fn": self.fn, "precision": self.precision,
                "recall": self.recall, "f1": self.f1, "support": self.support}


@dataclass
class Accuracy:
    """Correct answers of one meeting field over the gold notices that state it."""

    correct: int = 0
    n: int = 0

    @property
    def accuracy(self) -> float:
        return self.correct / self.n if self.n else 0.0

    def to_dict(self) -> dict:
        return {"correct": self.correct, "n": self.n, "accuracy": self.accuracy}


@dataclass
class Miss:
    """One disagreement; ``gold`` or ``predicted`` is None for a missed or extra item."""

    notice_id: str
    field: str
    gold: Any
    predicted: Any

    def to_dict(self) -> dict:
        return {"notice_id": self.notice_id, "field": self.field,
                "gold": _jsonable(self.gold), "predicted": _jsonable(self.predicted)}


def _jsonable(value: Any) -> Any:
    return list(value) if isinstance(value, tuple) else value


@dataclass
class EvalResult:
    """Scores of one predictions directory against the gold files."""

    notices: list[str] = field(default_factory=list)
    meeting: dict[str, Accuracy] = field(default_factory=dict)
    sets: dict[str, SetScore] = field(default_factory=lambda: {f: SetScore() for f in SET_FIELDS})
    misses: list[Miss] = field(default_factory=list)

    @property
    def overall(self) -> SetScore:
        """Return the micro sum over every set-valued field."""
        return SetScore(sum(s.tp for s in self.sets.values()), sum(s.fp for s in self.sets.values()),
                        sum(s.fn for s in self.sets.values()))

    @property
    def meeting_accuracy(self) -> float | None:
        """Return the mean accuracy of the meeting fields, None when none was scored."""
        scores = [s.accuracy for s in self.meeting.values() if s.n]
        return sum(scores) / len(scores) if scores else None

    def to_dict(self) -> dict:
        return {
            "notices": len(self.notices),
            "meeting": {f: s.to_dict() for f, s in self.meeting.items()},
            "sets": {f: s.to_dict() for f, s in self.sets.items()},
            "overall": {**self.overall.to_dict(), "meeting_accuracy": self.meeting_accuracy},
            "misses": [m.to_dict() for m in self.misses],
        }


# --- scoring ----------------------------------------------------------------

def _rows_by_notice(frame: pd.DataFrame | None, ids: set[str]) -> dict[str, list[dict]]:
    if frame is None or frame.empty or "notice_id" not in frame.columns:
        return {}
    out: dict[str, list[dict]] = {}
    for record in frame[frame["notice_id"].isin(ids)].to_dict("records"):
        out.setdefault(record["notice_id"], []).append(record)
    return out


def _field_order(name: str) -> tuple[int, str]:
    return (MEETING_FIELDS.index(name) if name in MEETING_FIELDS else len(MEETING_FIELDS), name)


def _score_meeting(result: EvalResult, notice_id: str, gold: dict, pred: dict | None) -> None:
    for name, gold_value in gold.items():
        # No meeting row at all: every stated field is wrong, gold nulls included,
        # so finding no meeting never earns credit.
        pred_value = None if pred is None else pred.get(name)
        ok = pred is not None and _value(gold_value) == _value(pred_value)
        score = result.meeting.setdefault(name, Accuracy())
        score.n += 1
        score.correct += ok
        if not ok:
            result.misses.append(Miss(notice_id, name, _plain(gold_value), _plain(pred_value)))


def _score_set(result: EvalResult, notice_id: str, name: str, gold: dict, pred: dict) -> None:
    score = result.sets[name]
    gold_keys, pred_keys = gold.keys(), pred.keys()
    score.tp += len(gold_keys & pred_keys)
    score.fn += len(gold_keys - pred_keys)
    score.fp += len(pred_keys - gold_keys)
    # Sorted by repr so the misses list is stable and None-safe.
    for key in sorted(gold_keys - pred_keys, key=repr):
        result.misses.append(Miss(notice_id, name, gold[key], None))
    for key in sorted(pred_keys - gold_keys, key=repr):
        result.misses.append(Miss(notice_id, name, None, pred[key]))


def score_frames(gold: dict[str, dict], tables: dict[str, pd.DataFrame]) -> EvalResult:
    """Score prediction tables held in memory against gold annotations.

    ``gold`` maps notice_id to a parsed gold file; ``tables`` maps a table name
    (``meetings``, ``persons``, ``agenda_items``, ``dates``, ``quality_flags``)
    to its DataFrame. A missing table is empty. Of several meeting rows for a
    notice, the first is scored.
    """
    ids = set(gold)
    pred = {name: _rows_by_notice(tables.get(name), ids) for name in TABLES}
    result = EvalResult(notices=sorted(ids))
    for notice_id in result.notices:
        annotation = gold[notice_id]
        if annotation.get("meeting"):
            meetings = pred["meetings"].get(notice_id)
            _score_meeting(result, notice_id, annotation["meeting"], meetings[0] if meetings else None)
        for name, (section, table, item) in SET_FIELDS.items():
            if section not in annotation:
                continue
            _score_set(result, notice_id, name, _items(annotation[section] or [], item),
                       _items(pred[table].get(notice_id, []), item))
    result.meeting = dict(sorted(result.meeting.items(), key=lambda kv: _field_order(kv[0])))
    return result


def load_gold(gold_dir: Path) -> dict[str, dict]:
    """Return notice_id -> gold annotation for every ``*.json`` in ``gold_dir``."""
    gold: dict[str, dict] = {}
    for path in sorted(Path(gold_dir).glob("*.json")):
        try:
            annotation = json.loads(path.read_text("utf-8"))
        except ValueError as exc:
            raise ValueError(f"{path}: not valid JSON: {exc}") from exc
        # The file name is the key (SPEC); a different notice_id inside is a copy-paste slip.
        if annotation.get("notice_id", path.stem) != path.stem:
            raise ValueError(f"{path}: notice_id {annotation['notice_id']!r} does not match the file name")
        gold[path.stem] = annotation
    return gold


def load_tables(pred_dir: Path) -> dict[str, pd.DataFrame]:
    """Return the scored tables found in ``pred_dir``; an absent table is left out."""
    pred_dir = Path(pred_dir)
    if not pred_dir.is_dir():
        # A mistyped directory would otherwise score as an empty run.
        raise FileNotFoundError(f"no predictions directory {pred_dir}")
    paths = {name: pred_dir / f"{name}.parquet" for name in TABLES}
    return {name: pd.read_parquet(path) for name, path in paths.items() if path.exists()}


def evaluate(gold_dir: Path, pred_dir: Path) -> EvalResult:
    """Score the Parquet tables in ``pred_dir`` against the gold files in ``gold_dir``."""
    return score_frames(load_gold(gold_dir), load_tables(pred_dir))


# --- reports ----------------------------------------------------------------

def format_table(result: EvalResult) -> str:
    """Return a plain-text table: field, P, R, F1 (accuracy for meeting fields), support."""
    rows = [("field", "P", "R", "F1/acc", "support")]
    for name, acc in result.meeting.items():
        rows.append((name, "", "", f"{acc.accuracy:.3f}", str(acc.n)))
    for name, s in [*result.sets.items(), ("overall", result.overall)]:
        rows.append((name, f"{s.precision:.3f}", f"{s.recall:.3f}", f"{s.f1:.3f}", str(s.support)))
    mean = result.meeting_accuracy
    rows.append(("meeting (mean)", "", "", "-" if mean is None else f"{mean:.3f}", str(len(result.meeting))))
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    lines = [" ".join([row[0].ljust(widths[0])] + [c.rjust(w) for c, w in zip(row[1:], widths[1:])])
             for row in rows]
    return "\n".join([f"{len(result.notices)} notices scored", *lines])


def _show(value: Any) -> str:
    return json.dumps(_jsonable(value), ensure_ascii=False)


def format_misses(result: EvalResult, limit: int | None = None) -> str:
    """Return one line per miss (notice, field, gold, predicted), at most ``limit``."""
    if not result.misses:
        return "no misses"
    shown = result.misses if limit is None else result.misses[:limit]
    lines = [f"misses ({len(result.misses)}):"]
    lines += [f"{m.notice_id}  {m.field}  gold={_show(m.gold)}  predicted={_show(m.predicted)}" for m in shown]
    if len(shown) < len(result.misses):
        lines.append(f"... {len(result.misses) - len(shown)} more")
    return "\n".join(lines)
