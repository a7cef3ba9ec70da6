"""Terminal rendering of one notice's extraction (``thai-notices show``)."""
from __future__ import annotations

from rich.console import Console
from rich.table import Table
from rich.tree import Tree

from .record import Notice


def render_notice(n: Notice, console: Console | None = None) -> None:
    console = console or Console()
    console.rule(f"[bold]{n.notice_id}[/bold]  {n.title or ''}")
    m = n.meeting
    card = Table(show_header=False, box=None, pad_edge=False)
    card.add_column(style="bold cyan")
    card.add_column()
    if m:
        session = f"{m.session_no}/{m.session_year_be}" if m.session_no else "—"
        if m.session_total:
            session += f" (ครั้งที่ {m.session_total})"
        for label, value in [
            ("kind", m.meeting_kind), ("committee", m.committee_name), ("committee_id", m.committee_id),
            ("session", session), ("date", m.meeting_date.isoformat() if m.meeting_date else "—"),
            ("weekday stated", m.weekday_stated), ("mode", m.mode), ("venue", m.venue), ("chair", m.chair_name),
        ]:
            card.add_row(label, str(value) if value is not None else "—")
    else:
        card.add_row("meeting", "none reported")
    console.print(card)
    if n.persons:
        people = Table("role", "name", "title", "position", title="persons", title_justify="left")
        for p in n.persons:
            people.add_row(p.role, p.full_name, p.title or "", p.position or "")
        console.print(people)
    if n.agenda:
        tree = Tree("[bold]agenda[/bold]")
        nodes = {}
        for item in n.agenda:
            label = f"[bold]{item.number}[/bold] {item.text[:70]}{'…' if len(item.text) > 70 else ''}"
            if item.decisions:
                label += f"  [green]→ {', '.join(item.decisions)}[/green]"
            nodes[item.number] = nodes.get(item.parent_number, tree).add(label)
        console.print(tree)
    if n.dates:
        dates = Table("surface", "kind", "start", "end", "rule", title="dates", title_justify="left")
        for d in n.dates:
            dates.add_row(d.surface, d.kind, str(d.date_start or "—"), str(d.date_end or "—"), d.rule)
        console.print(dates)
    for f in n.flags:
        console.print(f"[yellow]flag[/yellow] {f.flag}: {f.detail}")
