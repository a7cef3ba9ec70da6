"""The ``thai-notices`` command line: a thin layer over the library."""
from __future__ import annotations

import json
import logging
import os
import sys
from pathlib import Path

import click

from . import __version__

DEFAULT_CORPUS = Path("corpus")
DEFAULT_OUT = Path("outputs")


class UsageError(click.UsageError):
    exit_code = 2


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="thai-notices")
@click.option("-v", "--verbose", is_flag=True, help="Log stage failures with tracebacks.")
def main(verbose: bool) -> None:
    """Thai government meeting notices → analyst-ready Parquet tables.

    \b
    Example:
      thai-notices extract corpus/ --out outputs/
      thai-notices show 001_bd9f5c640814bf54
    """
    logging.basicConfig(level=logging.INFO if verbose else logging.ERROR, format="%(levelname)s %(name)s: %(message)s")


@main.command()
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@click.option("--out", type=click.Path(path_type=Path), default=DEFAULT_OUT, show_default=True, help="Directory for the Parquet tables.")
@click.option("--workers", type=click.IntRange(min=1), default=None, help="Processes to run the stages in.  [default: all cores]")
@click.option("--engine", type=click.Choice(["local", "dask"]), default="local", show_default=True,
              help="local: a process pool here; dask: a Dask cluster (--scheduler, else a LocalCluster of --workers).")
@click.option("--scheduler", metavar="ADDRESS", help="Dask scheduler address, e.g. tcp://host:8786 (with --engine dask).")
@click.option("--full", is_flag=True, help="Reprocess every notice, not only new or changed ones.")
@click.option("--quiet", is_flag=True, help="Print nothing but errors.")
@click.option("--json", "as_json", is_flag=True, help="Print the summary as one JSON object.")
def extract(paths: tuple[Path, ...], out: Path, workers: int | None, engine: str, scheduler: str | None,
            full: bool, quiet: bool, as_json: bool) -> None:
    """Extract every table of the SPEC from notices (.txt, .html, .jsonl).

    PATHS default to corpus/. Runs are incremental: notices already in --out
    with the same content and pipeline fingerprint are kept, not reprocessed.
    Exit code 0 when every notice was processed, 3 when some became rows of
    the errors table. Output is written in row groups as results arrive, so
    memory stays flat on large corpora.

    \b
    Example:
      thai-notices extract corpus/seeds new_notices.jsonl --out outputs/
      thai-notices extract big/ --engine dask --scheduler tcp://10.0.0.5:8786
    """
    from .batch import extract as extract_batch
    from .dask_engine import ClusterError

    if scheduler and engine != "dask":
        raise UsageError("--scheduler needs --engine dask")
    if engine == "dask":
        try:
            import distributed  # noqa: F401
        except ImportError as exc:
            raise UsageError('--engine dask needs dask.distributed: pip install "dask[distributed]"') from exc
    paths = paths or (DEFAULT_CORPUS,)
    show_bar = sys.stderr.isatty() and not quiet and not as_json
    progress = _progress() if show_bar else None
    task = progress.add_task("notices", total=None) if progress else None
    if progress:
        progress.start()
    try:
        result = extract_batch(list(paths), out, workers=workers, full=full, engine=engine, scheduler=scheduler,
                               on_result=(lambda _: progress.advance(task)) if progress else None)
    except ClusterError as exc:  # the Dask scheduler is unreachable, or its workers run another pipeline
        raise click.ClickException(str(exc)) from exc
    finally:
        if progress:
            progress.stop()
    rows = result.rows
    summary = {
        "notices": rows["notices"], "processed": result.processed, "unchanged": result.skipped,
        "meetings": rows["meetings"], "items": rows["agenda_items"],
        "persons": rows["persons"], "dates": rows["dates"], "flags": rows["quality_flags"],
        "errors": len(result.errors), "seconds": round(result.seconds, 2), "out": str(out),
    }
    if as_json:
        click.echo(json.dumps(summary, ensure_ascii=False))
    elif not quiet:
        click.echo(" · ".join(f"{k} {v}" for k, v in summary.items()))
        for e in result.errors[:20]:
            click.echo(f"  error {e.error_code}: {e.source}: {e.message}", err=True)
    sys.exit(3 if result.errors else 0)


def _progress():
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    return Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(), transient=True)


@main.command()
@click.argument("notice")
@click.option("--corpus", type=click.Path(path_type=Path), default=DEFAULT_CORPUS, show_default=True, help="Where to look up a notice id.")
def show(notice: str, corpus: Path) -> None:
    """Show the extraction of one notice: meeting card, persons, agenda, dates, flags.

    NOTICE is a notice id found under --corpus, or a file path.

    \b
    Example:
      thai-notices show 001_bd9f5c640814bf54
    """
    from .read import read_paths
    from .record import ErrorRow
    from .render import render_notice
    from .run import process

    path = Path(notice)
    items = read_paths([path] if path.exists() else [corpus])
    match = next((n for n in items if path.exists() or getattr(n, "notice_id", None) == notice), None)
    if match is None:
        raise UsageError(f"no notice {notice!r} under {corpus}")
    result = process(match) if not isinstance(match, ErrorRow) else match
    if isinstance(result, ErrorRow):
        raise click.ClickException(f"{result.error_code}: {result.message}")
    render_notice(result)


@main.command(name="eval")
@click.option("--gold", type=click.Path(path_type=Path), default=DEFAULT_CORPUS / "gold", show_default=True)
@click.option("--pred", type=click.Path(path_type=Path), default=DEFAULT_OUT, show_default=True)
@click.option("--json", "json_out", type=click.Path(path_type=Path), help="Also write the scores as JSON here.")
@click.option("--misses/--no-misses", default=True, show_default=True, help="List every miss.")
def eval_cmd(gold: Path, pred: Path, json_out: Path | None, misses: bool) -> None:
    """Score the Parquet tables in --pred against the gold files (SPEC scoring).

    \b
    Example:
      thai-notices extract && thai-notices eval --json outputs/scores.json
    """
    from .evaluate import evaluate, format_misses, format_table

    if not gold.is_dir():
        raise UsageError(f"no gold directory {gold}")
    if not (pred / "meetings.parquet").exists():
        raise UsageError(f"no tables in {pred}: run `thai-notices extract` first")
    result = evaluate(gold, pred)
    click.echo(format_table(result))
    if misses:
        click.echo(format_misses(result))
    if json_out:
        json_out.parent.mkdir(parents=True, exist_ok=True)
        json_out.write_text(json.dumps(result.to_dict(), ensure_ascii=False, indent=2), "utf-8")


@main.command()
@click.option("--out", type=click.Path(path_type=Path), default=DEFAULT_OUT / "report", show_default=True,
              help="Directory for the site (replaced whole).")
@click.option("--tables", type=click.Path(path_type=Path), default=DEFAULT_OUT, show_default=True,
              help="Directory of the Parquet tables.")
@click.option("--gold", type=click.Path(path_type=Path), default=DEFAULT_CORPUS / "gold", show_default=True,
              help="Gold directory; when it exists the index shows the scores and misses.")
def report(out: Path, tables: Path, gold: Path) -> None:
    """Write a static HTML site: one page per notice with its spans highlighted, and a sortable index.

    Pages are self-contained (no network assets) and open as file://.

    \b
    Example:
      thai-notices extract corpus --out outputs --quiet && thai-notices report   # outputs/report/index.html
    """
    from .report import write_site

    if not (tables / "notices.parquet").exists():
        raise UsageError(f"no tables in {tables}: run `thai-notices extract` first")
    site = write_site(tables, out, gold if gold.is_dir() else None)
    scored = f", scores over {len(site.scores.notices)} gold notices" if site.scores else ""
    click.echo(f"{site.pages} notice pages{scored}: {site.index}")


@main.command()
@click.argument("query")
@click.option("--out", type=click.Path(path_type=Path), default=DEFAULT_OUT, show_default=True, help="Directory of the Parquet tables.")
def sql(query: str, out: Path) -> None:
    """Run a DuckDB SQL query over the output tables (each table is a view by its name).

    \b
    Example:
      thai-notices sql "SELECT decision_type, count(*) FROM decisions GROUP BY 1"
    """
    import duckdb

    from .query import connect

    try:
        click.echo(str(connect(out).sql(query)))
    except duckdb.Error as exc:
        raise click.ClickException(str(exc).splitlines()[0]) from exc


@main.command()
@click.option("--out", type=click.Path(path_type=Path), default=DEFAULT_OUT, show_default=True, help="Directory of the Parquet tables.")
def committees(out: Path) -> None:
    """List each committee with its aliases, meetings and date span.

    \b
    Example:
      thai-notices committees --out outputs/
    """
    from .query import COMMITTEES_SQL, connect

    if not (out / "committees.parquet").exists():
        raise UsageError(f"no tables in {out}: run `thai-notices extract` first")
    click.echo(str(connect(out).sql(COMMITTEES_SQL)))


@main.command(name="train-ner")
@click.option("--data", type=click.Path(path_type=Path, exists=True, file_okay=False), required=True,
              help="ThaiNER 1.5 directory (train.txt, val.txt); never copied into the project.")
@click.option("--out", type=click.Path(path_type=Path), default=Path("models/ner"), show_default=True)
@click.option("--seed", type=int, default=0, show_default=True)
@click.option("--max-minutes", type=float, default=40.0, show_default=True, help="Wall-clock budget for training.")
@click.option("--threads", type=int, default=1, show_default=True,
              help="CPU threads (one reproduces models/ner; a second gains little at these sizes).")
@click.option("--silver/--no-silver", default=True, show_default=True,
              help="Add domain examples from the corpus (rules checked against corpus/gold).")
@click.option("--augment", type=int, default=0, show_default=True,
              help="Copies of the training sentences with entity mentions swapped.")
@click.option("--train-on-val/--hold-out-val", default=True, show_default=True,
              help="Train on all of train.txt, val.txt included (ThaiNER carves val from train); "
                   "--hold-out-val keeps it out, for honest dev scores while tuning.")
def train_ner_cmd(data: Path, out: Path, seed: int, max_minutes: float, threads: int, silver: bool, augment: int,
                  train_on_val: bool) -> None:
    """Train the spaCy NER on ThaiNER 1.5 plus silver corpus examples (models/ner_config.cfg).

    \b
    Example:
      thai-notices train-ner --data ../shared/data/thainer-1.5 --out models/ner
    """
    from .cpu import limit_threads

    limit_threads(threads)
    from .ner import train_ner

    summary = train_ner(data, out, seed=seed, max_minutes=max_minutes, silver=silver, threads=threads,
                        augment_copies=augment, train_on_val=train_on_val)
    click.echo(json.dumps(summary, ensure_ascii=False, indent=2))


@main.command(name="eval-ner")
@click.option("--data", type=click.Path(path_type=Path, exists=True, dir_okay=False), required=True,
              help="ThaiNER 1.5 test.txt (bracket format).")
@click.option("--model", type=click.Path(path_type=Path), default=Path("models/ner"), show_default=True)
@click.option("--repeats", type=int, default=3, show_default=True, help="Timed passes per system; the best counts.")
@click.option("--json", "json_out", type=click.Path(path_type=Path), help="Also write the report as JSON here.")
def eval_ner_cmd(data: Path, model: Path, repeats: int, json_out: Path | None) -> None:
    """Entity-level P/R/F1 and tokens/s: the project model against pythainlp's ThaiNER 1.5.1 CRF.

    \b
    Example:
      thai-notices eval-ner --data ../shared/data/thainer-1.5/test.txt
    """
    from .cpu import limit_threads

    limit_threads(1)  # every system timed on one core, numeric libraries single-threaded from the start
    from .ner import eval_ner, format_report, persons_report

    if not (model / "meta.json").exists():
        raise UsageError(f"no model in {model}: run `thai-notices train-ner` first")
    report = eval_ner(data, model, repeats=repeats)
    report["corpus_persons"] = persons_report(model)
    click.echo(format_report(report))
    if json_out:
        json_out.parent.mkdir(parents=True, exist_ok=True)
        json_out.write_text(json.dumps(report, ensure_ascii=False, indent=2), "utf-8")


if __name__ == "__main__":  # pragma: no cover
    os.environ.setdefault("PYTHAINLP_OFFLINE", "1")
    main()
