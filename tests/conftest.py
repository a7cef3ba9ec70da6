import os

os.environ.setdefault("PYTHAINLP_OFFLINE", "1")

from pathlib import Path  # noqa: E402

import pytest  # noqa: E402

from pipeline.record import Notice  # noqa: E402
from pipeline.run import process  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "corpus"


def run_text(text: str, notice_id: str = "t", partial: bool = False) -> Notice:
    """The whole pipeline on one text, as the tests' unit of work."""
    result = process(Notice(notice_id=notice_id, source="test", raw=text, partial=partial))
    assert isinstance(result, Notice), result
    return result


@pytest.fixture(autouse=True)
def no_network(monkeypatch):
    """The product is offline: any attempt to open a connection fails the test."""
    import socket

    def refuse(*args, **kwargs):
        raise AssertionError(f"network access attempted: {args}")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)


@pytest.fixture(scope="session")
def corpus_run():
    from pipeline.run import run

    result = run([CORPUS])
    assert not result.errors, result.errors
    return {n.notice_id: n for n in result.notices}
