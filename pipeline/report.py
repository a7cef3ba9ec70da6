"""A static HTML site over the output tables (``thai-notices report``).

One page per notice (the text with every extracted span drawn by spaCy's
displaCy span renderer, the meeting card, persons, the agenda tree with its
decisions, dates, quality flags and, with a gold directory, the evaluator's
misses) and an index page: a click-to-sort table of the notices and the
per-field scores. Pages are self-contained (inline CSS and a few lines of
vanilla JS, no network assets) and work opened as ``file://``.

The page builders are pure functions from rows to HTML strings; only
:func:`write_site` touches the disk, and it builds the whole site in a staging
directory beside the target before swapping it in, so a crash never leaves
half a site.
"""
from __future__ import annotations

import hashlib
import html
import json
import logging
import os
import re
import shutil
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, NamedTuple

from spacy import displacy

from .evaluate import EvalResult, Miss, evaluate
from .query import connect

logger = logging.getLogger(__name__)

# The tables a page is built from, each read ordered as the text runs.
_ORDER = {
    "meetings": "notice_id",
    "persons": "notice_id, start",
    "agenda_items": "notice_id, start, ordinal",
    "decisions": "notice_id, start",
    "dates": "notice_id, start",
    "entities": "notice_id, start",
    "committee_mentions": "notice_id, start",
    "quality_flags": "notice_id, flag",
}

# displaCy colours per kind of span; entity labels keep spaCy's own.
_ENTITY_COLORS = {"ORGANIZATION": "#7aecec", "LOCATION": "#ff9561"}
_KIND_COLORS = {"person": "#d6c8ff", "date": "#9fd8c8", "committee": "#ffd27a", "decision": "#a8e6a1"}
_DEFAULT_COLOR = "#ddd"

_CSS = """
body{font-family:Sarabun,"Noto Sans Thai",Tahoma,"Leelawadee UI",sans-serif;margin:1.5rem auto;max-width:72rem;
padding:0 1rem;color:#222;line-height:1.5}
h1{font-size:1.4rem}h2{font-size:1.15rem;margin-top:2rem;border-bottom:1px solid #ddd}
table{border-collapse:collapse;margin:.5rem 0}th,td{border:1px solid #ddd;padding:.25rem .5rem;text-align:left;
vertical-align:top}th{background:#f4f4f4}table.sortable th{cursor:pointer;user-select:none}
th[data-dir=asc]::after{content:" \\25B2"}th[data-dir=desc]::after{content:" \\25BC"}
.card th{width:10rem}.num{text-align:right}.nowrap{white-space:nowrap}.muted{color:#888}
.badge{display:inline-block;border-radius:3px;padding:0 .35rem;margin-left:.3rem;background:#a8e6a1;font-size:.85em}
.flag{background:#ffe08a}.text .spans{margin:0 0 .4rem}
"""

# Click a header to sort by it (again to reverse); ``#sort=<key>`` or
# ``#sort=<key>-desc`` in the address sorts the first sortable table on load.
_SORT_JS = """
function sortTable(table, col, desc) {
  const head = table.tHead.rows[0], th = head.cells[col], body = table.tBodies[0];
  if (desc === undefined) desc = th.dataset.dir === "asc";
  const key = r => r.cells[col].dataset.sort ?? r.cells[col].textContent.trim();
  const rows = [...body.rows].sort((a, b) => key(a).localeCompare(key(b), "th", {numeric: true}) * (desc ? -1 : 1));
  body.append(...rows);
  for (const c of head.cells) delete c.dataset.dir;
  th.dataset.dir = desc ? "desc" : "asc";
}
document.querySelectorAll("table.sortable").forEach(t =>
  [...t.tHead.rows[0].cells].forEach((th, i) => th.addEventListener("click", () => sortTable(t, i))));
const wanted = location.hash.match(/^#sort=([\\w-]+?)(-desc)?$/), first = document.querySelector("table.sortable");
if (wanted && first) {
  const th = [...first.tHead.rows[0].cells].find(c => c.dataset.key === wanted[1]);
  if (th) sortTable(first, th.cellIndex, !!wanted[2]);
}
"""


class Mark(NamedTuple):
    """One highlighted span of ``notices.text``: character offsets, end exclusive."""

    start: int
    end: int
    label: str
    kind: str  # entity, person, date, committee, decision


@dataclass
class NoticeData:
    """Everything one notice's page shows: its ``notices`` row and its rows of the other tables."""

    notice: dict
    rows: dict[str, list[dict]] = field(default_factory=dict)

    @property
    def notice_id(self) -> str:
        return self.notice["notice_id"]

    @property
    def meeting(self) -> dict | None:
        meetings = self.rows.get("meetings") or []
        return meetings[0] if meetings else None


class Site(NamedTuple):
    """What :func:`write_site` wrote."""

    index: Path
    pages: int
    scores: EvalResult | None


# --- reading the tables ---------------------------------------------------------

def load_notices(tables: Path) -> list[NoticeData]:
    """Return every notice of the Parquet tables in ``tables`` with its rows, in notice_id order."""
    tables = Path(tables)
    con = connect(tables)
    notices = [NoticeData(row) for row in _fetch(con, "SELECT * FROM notices ORDER BY notice_id")]
    by_id = {n.notice_id: n for n in notices}
    for name, order in _ORDER.items():
        if not (tables / f"{name}.parquet").exists():
            continue
        for row in _fetch(con, f"SELECT * FROM {name} ORDER BY {order}"):
            if row["notice_id"] in by_id:
                by_id[row["notice_id"]].rows.setdefault(name, []).append(row)
    return notices


def _fetch(con, sql: str) -> list[dict]:
    cursor = con.execute(sql)
    columns = [d[0] for d in cursor.description]
    return [dict(zip(columns, row)) for row in cursor.fetchall()]


# --- the highlighted text -------------------------------------------------------

def notice_marks(data: NoticeData) -> list[Mark]:
    """Return the spans to highlight: entities, persons, dates, committee mentions, decisions."""
    rows = data.rows
    marks = [Mark(r["start"], r["end"], r["label"], "entity") for r in rows.get("entities", [])]
    marks += [Mark(r["start"], r["end"], f"person: {r['role']}", "person") for r in rows.get("persons", [])]
    marks += [Mark(r["start"], r["end"], f"{r['kind']}: {_date_range(r)}", "date") for r in rows.get("dates", [])]
    marks += [Mark(r["start"], r["end"], f"committee: {r['role']}", "committee")
              for r in rows.get("committee_mentions", [])]
    marks += [Mark(r["start"], r["end"], f"decision: {r['decision_type']}", "decision") for r in rows.get("decisions", [])]
    text_len = len(data.notice["text"] or "")
    kept = [m for m in marks if m.start is not None and m.end is not None and 0 <= m.start < m.end <= text_len]
    if len(kept) < len(marks):
        logger.warning("%s: %d spans outside the text left out", data.notice_id, len(marks) - len(kept))
    return sorted(kept)


def _date_range(row: dict) -> str:
    start, end = row.get("date_start"), row.get("date_end")
    if start is None:
        return "?"
    return str(start) if end in (None, start) else f"{start}–{end}"


def span_docs(text: str, marks: list[Mark]) -> list[dict]:
    """Return displaCy's manual span input, one doc per non-blank line of ``text``.

    The tokens are the pieces of the line between span boundaries, so every
    character offset lands on a token edge; a span across a line break is
    drawn on each line it covers.
    """
    docs = []
    pos = 0
    for line in text.split("\n"):
        start, end = pos, pos + len(line)
        pos = end + 1
        if not line.strip():
            continue
        inside = [(max(m.start, start), min(m.end, end), m) for m in marks if m.start < end and m.end > start]
        cuts = sorted({start, end, *(s for s, _, _ in inside), *(e for _, e, _ in inside)})
        index = {cut: i for i, cut in enumerate(cuts)}
        docs.append({
            "text": line,
            "tokens": [text[a:b] for a, b in zip(cuts, cuts[1:])],
            # displaCy formats labels into its markup unescaped; token text it escapes itself.
            "spans": [{"start_token": index[s], "end_token": index[e], "label": html.escape(m.label)}
                      for s, e, m in inside],
            "settings": {"lang": "th", "direction": "ltr"},
        })
    return docs


def render_text(text: str, marks: list[Mark]) -> str:
    """Return the text as displaCy span markup (one ``<div class="spans">`` per line)."""
    docs = span_docs(text, marks)
    if not docs:
        return ""
    # Entity labels spaCy knows keep its colours.
    colors = {html.escape(m.label): _color(m) for m in marks if m.kind != "entity" or m.label in _ENTITY_COLORS}
    return displacy.render(docs, style="span", manual=True, page=False, jupyter=False, options={"colors": colors})


def _color(mark: Mark) -> str:
    return _ENTITY_COLORS.get(mark.label) or _KIND_COLORS.get(mark.kind, _DEFAULT_COLOR)


# --- page parts -----------------------------------------------------------------

def _e(value: Any) -> str:
    """Return ``value`` escaped for HTML; None is an em dash."""
    return "—" if value is None else html.escape(str(value))


def session_text(meeting: dict) -> str:
    if not meeting.get("session_no"):
        return "—"
    text = f"{meeting['session_no']}/{meeting['session_year_be']}"
    return text + (f" (ครั้งที่ {meeting['session_total']})" if meeting.get("session_total") else "")


def meeting_card(meeting: dict | None) -> str:
    """Return the meeting card: kind, committee, session, CE date, weekday, mode, venue, chair."""
    if not meeting:
        return '<p class="muted">No meeting reported.</p>'
    committee = _e(meeting.get("committee_name"))
    if meeting.get("committee_id"):
        committee += f' <span class="muted">({_e(meeting["committee_id"])})</span>'
    rows = [
        ("kind", _e(meeting.get("meeting_kind"))), ("committee", committee),
        ("session", _e(session_text(meeting))), ("date (CE)", _e(meeting.get("meeting_date"))),
        ("weekday stated", _e(meeting.get("weekday_stated"))), ("mode", _e(meeting.get("mode"))),
        ("venue", _e(meeting.get("venue"))), ("chair", _e(meeting.get("chair_name"))),
    ]
    body = "".join(f'<tr><th>{label}</th><td data-field="{label}">{value}</td></tr>' for label, value in rows)
    return f'<table class="card">{body}</table>'


def agenda_tree(items: list[dict]) -> str:
    """Return the agenda as nested lists, each item with its decisions."""
    if not items:
        return '<p class="muted">No numbered agenda.</p>'
    numbers = {i["number"] for i in items}
    children: dict[str | None, list[dict]] = {}
    for item in items:
        parent = item.get("parent_number") if item.get("parent_number") in numbers else None
        children.setdefault(parent, []).append(item)

    def branch(parent: str | None) -> str:
        out = []
        for item in children.get(parent, []):
            badges = "".join(f'<span class="badge">{_e(d)}</span>' for d in item.get("decisions") or [])
            sub = branch(item["number"]) if item["number"] in children else ""
            out.append(f'<li data-number="{_e(item["number"])}"><b>{_e(item["number"])}</b> '
                       f'{_e(item.get("text"))}{badges}{sub}</li>')
        return f"<ul>{''.join(out)}</ul>"

    return f'<div class="agenda">{branch(None)}</div>'


def _table(headers: list[str], rows: list[list[str]], cls: str = "") -> str:
    """Return a table of already escaped cells."""
    head = "".join(f"<th>{h}</th>" for h in headers)
    body = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in rows)
    return f'<table class="{cls}"><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>'


def persons_table(persons: list[dict]) -> str:
    if not persons:
        return '<p class="muted">No persons.</p>'
    return _table(["role", "name", "title", "position"],
                  [[_e(p["role"]), _e(p["full_name"]), _e(p.get("title") or ""), _e(p.get("position") or "")]
                   for p in persons])


def dates_table(dates: list[dict]) -> str:
    if not dates:
        return '<p class="muted">No dates.</p>'
    return _table(["surface", "kind", "start", "end", "rule"],
                  [[_e(d["surface"]), _e(d["kind"]), _e(d.get("date_start")), _e(d.get("date_end")), _e(d.get("rule"))]
                   for d in dates])


def flags_list(flags: list[dict]) -> str:
    if not flags:
        return '<p class="muted">No quality flags.</p>'
    items = "".join(f'<li><span class="badge flag">{_e(f["flag"])}</span> {_e(f.get("detail") or "")}</li>'
                    for f in flags)
    return f'<ul class="flags">{items}</ul>'


def _json(value: Any) -> str:
    return json.dumps(list(value) if isinstance(value, tuple) else value, ensure_ascii=False, default=str)


def misses_table(misses: list[Miss], link: bool = True) -> str:
    """Return the evaluator's misses: notice, field, gold, predicted."""
    if not misses:
        return '<p class="muted">No misses.</p>'
    rows = []
    for m in misses:
        notice = f'<a href="{_e(page_name(m.notice_id))}">{_e(m.notice_id)}</a>' if link else _e(m.notice_id)
        rows.append([notice, _e(m.field), _e(_json(m.gold)), _e(_json(m.predicted))])
    return _table(["notice", "field", "gold", "predicted"], rows, "sortable misses")


def scores_table(result: EvalResult) -> str:
    """Return the evaluator's per-field scores: accuracy for meeting fields, P/R/F1 for the sets."""
    rows = [[_e(name), "", "", f"{acc.accuracy:.3f}", str(acc.n)] for name, acc in result.meeting.items()]
    rows += [[_e(name), f"{s.precision:.3f}", f"{s.recall:.3f}", f"{s.f1:.3f}", str(s.support)]
             for name, s in [*result.sets.items(), ("overall", result.overall)]]
    mean = result.meeting_accuracy
    rows.append(["meeting (mean)", "", "", "—" if mean is None else f"{mean:.3f}", str(len(result.meeting))])
    return _table(["field", "P", "R", "F1 / accuracy", "support"], rows, "scores")


# --- pages ----------------------------------------------------------------------

def page_name(notice_id: str) -> str:
    """Return the file name of a notice's page: safe in a relative link (no ``:``), unique per id."""
    safe = re.sub(r"[^\w.-]", "_", notice_id)
    if safe != notice_id:
        safe += "-" + hashlib.sha1(notice_id.encode()).hexdigest()[:8]
    return f"{safe}.html"


def _page(title: str, body: str, script: str = "") -> str:
    script = f"<script>{script}</script>" if script else ""
    return ('<!DOCTYPE html>\n<html lang="th"><head><meta charset="utf-8">'
            '<meta name="viewport" content="width=device-width, initial-scale=1">'
            f"<title>{_e(title)}</title><style>{_CSS}</style></head>"
            f"<body>{body}{script}</body></html>\n")


def notice_page(data: NoticeData, misses: list[Miss] | None = None) -> str:
    """Return one notice's page; ``misses`` (None: not scored) are the evaluator's for this notice."""
    n, rows = data.notice, data.rows
    source = _e(n.get("url") or n.get("source"))
    parts = [
        '<p><a href="index.html">← all notices</a></p>',
        f'<h1 id="notice-id">{_e(data.notice_id)}</h1>',
        f'<p class="title">{_e(n.get("title") or "")}</p>',
        f'<p class="muted">{source} · pipeline {_e(n.get("pipeline_version"))}'
        f'{" · partial" if n.get("partial") else ""}</p>',
        "<h2>Meeting</h2>", meeting_card(data.meeting),
        "<h2>Agenda</h2>", agenda_tree(rows.get("agenda_items", [])),
        "<h2>Quality flags</h2>", flags_list(rows.get("quality_flags", [])),
    ]
    if misses is not None:
        parts += ["<h2>Misses against gold</h2>", misses_table(misses, link=False)]
    parts += [
        "<h2>Text</h2>", f'<div class="text">{render_text(n.get("text") or "", notice_marks(data))}</div>',
        "<h2>Persons</h2>", persons_table(rows.get("persons", [])),
        "<h2>Dates</h2>", dates_table(rows.get("dates", [])),
    ]
    return _page(f"{data.notice_id} {n.get('title') or ''}".strip(), "".join(parts))


_INDEX_COLUMNS = ["notice", "title", "committee", "session", "date", "mode", "chair", "items", "persons", "flags"]


def _index_row(data: NoticeData) -> str:
    m = data.meeting or {}
    session = session_text(m) if m else "—"
    session_key = f"{m.get('session_year_be') or 0:05d}-{m.get('session_no') or 0:05d}" if m else ""
    counts = [len(data.rows.get(t, [])) for t in ("agenda_items", "persons", "quality_flags")]
    cells = [
        f'<td class="nowrap"><a href="{_e(page_name(data.notice_id))}">{_e(data.notice_id)}</a></td>',
        f'<td>{_e(data.notice.get("title") or "")}</td>',
        f'<td>{_e(m.get("committee_name") or "")}</td>',
        f'<td class="nowrap" data-sort="{_e(session_key)}">{_e(session) if m else ""}</td>',
        f'<td class="nowrap">{_e(m.get("meeting_date") or "")}</td>',
        f'<td>{_e(m.get("mode") or "")}</td>',
        f'<td>{_e(m.get("chair_name") or "")}</td>',
        *(f'<td class="num">{c}</td>' for c in counts),
    ]
    return f'<tr data-notice="{_e(data.notice_id)}">{"".join(cells)}</tr>'


def index_page(notices: list[NoticeData], scores: EvalResult | None = None) -> str:
    """Return the index: a click-to-sort table of the notices and, with ``scores``, the scores and misses."""
    head = "".join(f'<th data-key="{c}">{c}</th>' for c in _INDEX_COLUMNS)
    rows = "".join(_index_row(n) for n in notices)
    meetings = sum(1 for n in notices if n.meeting)
    parts = [
        "<h1>Thai meeting notices</h1>",
        f'<p>{len(notices)} notices, {meetings} meetings. Click a column header to sort.</p>',
        f'<table class="sortable notices"><thead><tr>{head}</tr></thead><tbody>{rows}</tbody></table>',
    ]
    if scores is not None:
        parts += [
            f'<h2 id="scores">Scores against gold ({len(scores.notices)} notices)</h2>', scores_table(scores),
            f'<h2 id="misses">Misses ({len(scores.misses)})</h2>', misses_table(scores.misses),
        ]
    return _page("Thai meeting notices", "".join(parts), _SORT_JS)


# --- the site -------------------------------------------------------------------

def build_site(notices: list[NoticeData], scores: EvalResult | None = None) -> dict[str, str]:
    """Return file name -> HTML for the whole site."""
    misses: dict[str, list[Miss]] = {nid: [] for nid in (scores.notices if scores else [])}
    for miss in scores.misses if scores else []:
        misses[miss.notice_id].append(miss)
    files = {"index.html": index_page(notices, scores)}
    for n in notices:
        files[page_name(n.notice_id)] = notice_page(n, misses.get(n.notice_id))
    return files


def write_site(tables: Path, out: Path, gold: Path | None = None) -> Site:
    """Build the site from the Parquet tables in ``tables`` into ``out``, replacing it whole.

    With a ``gold`` directory the index also shows the evaluator's scores and misses.
    """
    tables, out = Path(tables), Path(out)
    notices = load_notices(tables)
    scores = evaluate(gold, tables) if gold is not None and Path(gold).is_dir() else None
    files = build_site(notices, scores)
    out.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{out.name}-staging-", dir=out.parent))
    try:
        staging.chmod(0o755)  # mkdtemp's 0700 would make a private site
        for name, text in files.items():
            (staging / name).write_text(text, "utf-8")
        _swap(staging, out)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return Site(out / "index.html", len(files) - 1, scores)


def _swap(staging: Path, out: Path) -> None:
    """Put ``staging`` in place of ``out``; the old site is kept until the new one is in."""
    if not out.exists():
        os.replace(staging, out)
        return
    old = Path(tempfile.mkdtemp(prefix=f".{out.name}-old-", dir=out.parent))
    os.replace(out, old / out.name)
    try:
        os.replace(staging, out)
    except BaseException:
        os.replace(old / out.name, out)
        raise
    finally:
        shutil.rmtree(old, ignore_errors=True)
