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
    """Dates, with this meeting's session year to anchor dates written without one."""
    session = find_session(notice.text, opening(notice)[0])
    notice.dates = find_dates(notice.text, session_year_be=session[1] if session else None)
    notice.times = find_times(notice.text)
    return notice
