"""notebooks/analysis.ipynb runs top to bottom on real outputs, and on tables with nothing to plot."""
import nbclient
import nbformat
import pyarrow.parquet as pq
from click.testing import CliRunner

from pipeline.cli import main
from pipeline.schema import table
from tests.conftest import CORPUS, ROOT

NOTEBOOK = ROOT / "notebooks" / "analysis.ipynb"
FIGURES = ["meetings_per_committee_year", "chairs", "decision_mix", "agenda_depth", "top_mentions", "quality_flags"]


def extract(out, *paths):
    result = CliRunner().invoke(main, ["extract", *map(str, paths), "--out", str(out), "--quiet"],
                                catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return out


def execute(out, monkeypatch):
    monkeypatch.setenv("THAI_NOTICES_OUT", str(out))
    monkeypatch.setenv("PYTHAINLP_OFFLINE", "1")
    monkeypatch.setenv("MPLBACKEND", "Agg")
    nb = nbformat.read(NOTEBOOK, as_version=4)
    nbclient.NotebookClient(nb, kernel_name="python3", timeout=300,
                            resources={"metadata": {"path": str(NOTEBOOK.parent)}}).execute()
    return nb


def errors_in(nb):
    return [o for c in nb.cells if c.cell_type == "code" for o in c.get("outputs", []) if o.output_type == "error"]


def test_committed_notebook_has_no_outputs():
    nb = nbformat.read(NOTEBOOK, as_version=4)
    nbformat.validate(nb)
    code = [c for c in nb.cells if c.cell_type == "code"]
    assert code and all(not c.outputs and c.execution_count is None for c in code)
    assert "THAI_NOTICES_OUT" in code[0].source


def test_notebook_runs_on_the_corpus_outputs_and_saves_every_figure(tmp_path, monkeypatch):
    out = extract(tmp_path / "outputs", CORPUS)
    nb = execute(out, monkeypatch)
    assert not errors_in(nb)
    for name in FIGURES:
        png = out / "figures" / f"{name}.png"
        assert png.is_file() and png.stat().st_size > 1000, png
        assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_notebook_runs_when_tables_are_empty(tmp_path, monkeypatch):
    """A corpus with no flags, no decisions, no entities, no agenda still gets every figure."""
    out = extract(tmp_path / "outputs", CORPUS / "seeds" / "001_bd9f5c640814bf54.txt")
    for name in ["quality_flags", "decisions", "entities", "committee_mentions", "agenda_items"]:
        pq.write_table(table(name, []), out / f"{name}.parquet")
    nb = execute(out, monkeypatch)
    assert not errors_in(nb)
    for name in FIGURES:
        assert (out / "figures" / f"{name}.png").stat().st_size > 0, name
