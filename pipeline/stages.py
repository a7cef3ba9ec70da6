"""The tokenize and dates stages (the others live in their own modules)."""
from __future__ import annotations

from .dates import find_dates, find_times
from .extract.meeting import find_session, opening
from .nlp import get_nlp
from .record import Notice


def tokenize(notice: Notice) -> Notice:
    notice.doc = get_nlp().make_doc(notice.text)
    return notice


def dates(notice: Notice) -> Notice:
    """Dates, with this meeting's session year and posting date to anchor dates written without one."""
    session = find_session(notice.text, opening(notice)[0])
    posting = next(((s.start, s.end) for s in notice.segment("posting")), None)
    furniture = [(s.start, s.end) for s in notice.segment("boilerplate")]

    def on_page(expr) -> bool:  # a print header's "8/3/66 11:02" dates the printout, not the notice
        return not any(a <= expr.start < b for a, b in furniture)

    found = find_dates(notice.text, session_year_be=session[1] if session else None, posting=posting)
    notice.dates = [d for d in found if on_page(d)]
    notice.times = [t for t in find_times(notice.text) if on_page(t)]
    return notice
