"""Batch benchmark: notices/second and peak memory of ``thai-notices extract``.

    PYTHAINLP_OFFLINE=1 python benchmarks/bench_batch.py --sizes 1000 10000 --workers 1 2

Builds a synthetic corpus of each size by varying the real notices
(``corpus/seeds/*.txt``, ``corpus/dev/notices.jsonl``): new ids, other person
names (pythainlp's name lists), shifted Buddhist-Era years and days, other
session numbers, amounts and head counts. It is written as JSONL shards of
500 notices to a temporary directory. Then, for every size × workers × NER
on/off (``THAI_NOTICES_NO_NER=1``), it runs ``thai-notices extract --full``
in a fresh process and samples the memory of that process and its workers
(psutil, every 0.1 s). Per stage, it times each function of ``STAGES`` on a
sample in one process; the naive route is pythainlp's ThaiNER 1.5.1 CRF
(``pipeline.ner.CRFBaseline``) tagging the same sample one notice at a time
on one core. Prints markdown tables.
"""
from __future__ import annotations

import os

os.environ.setdefault("PYTHAINLP_OFFLINE", "1")

import argparse  # noqa: E402
import json  # noqa: E402
import random  # noqa: E402
import re  # noqa: E402
import subprocess  # noqa: E402
import sys  # noqa: E402
import tempfile  # noqa: E402
import time  # noqa: E402
from pathlib import Path  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
CORPUS = ROOT / "corpus"
SHARD = 500  # notices per JSONL file (read.py refuses files over 20 MB)

_MONTHS = ("มกราคม|กุมภาพันธ์|มีนาคม|เมษายน|พฤษภาคม|มิถุนายน|กรกฎาคม|สิงหาคม|กันยายน|ตุลาคม|พฤศจิกายน|ธันวาคม|"
           "ม\\.ค\\.|ก\\.พ\\.|มี\\.ค\\.|เม\\.ย\\.|พ\\.ค\\.|มิ\\.ย\\.|ก\\.ค\\.|ส\\.ค\\.|ก\\.ย\\.|ต\\.ค\\.|พ\\.ย\\.|ธ\\.ค\\.")
_NAME = re.compile(r"(นางสาว|นาย|นาง|ดร\.)\s?([ก-ฮะ-์]{2,})\s+([ก-ฮะ-์]{2,})")
_YEAR = re.compile(r"(?<!\d)25[4-7]\d(?!\d)")
_DAY = re.compile(rf"(?<!\d)(?:[1-9]|[12]\d|3[01])(?=\s?(?:{_MONTHS}))")
_SESSION = re.compile(r"(ครั้งที่\s?)(\d{1,2})(?=\s?/)")
_AMOUNT = re.compile(r"(?<![\d/.,])\d[\d,]*(?=\s?(?:คน|ราย|ล้านบาท|บาท|แห่ง|โครงการ))")


def base_texts() -> list[str]:
    texts = [p.read_text("utf-8") for p in sorted((CORPUS / "seeds").glob("*.txt"))]
    for line in (CORPUS / "dev" / "notices.jsonl").read_text("utf-8").splitlines():
        if line.strip():
            texts.append(json.loads(line)["text"])
    return texts


def vary(text: str, rng: random.Random, names: tuple[list[str], list[str]]) -> str:
    """One synthetic notice: the same shape, other names, dates, sessions and numbers."""
    given, family = names
    swap: dict[str, str] = {}

    def person(m: re.Match) -> str:
        key = m.group(2) + " " + m.group(3)
        swap.setdefault(key, f"{rng.choice(given)} {rng.choice(family)}")
        return f"{m.group(1)}{swap[key]}"

    shift = rng.randint(-4, 3)
    text = _NAME.sub(person, text)
    text = _YEAR.sub(lambda m: str(int(m.group()) + shift), text)
    text = _DAY.sub(lambda m: str(rng.randint(1, 28)), text)
    text = _SESSION.sub(lambda m: f"{m.group(1)}{rng.randint(1, 15)}", text)
    return _AMOUNT.sub(lambda m: f"{rng.randint(2, 900):,}", text)


def build_corpus(n: int, directory: Path, seed: int = 0) -> Path:
    from pythainlp.corpus import thai_family_names, thai_female_names, thai_male_names

    rng = random.Random(seed)
    names = (sorted(thai_male_names() | thai_female_names()), sorted(thai_family_names()))
    texts = base_texts()
    directory.mkdir(parents=True, exist_ok=True)
    for shard in range(0, n, SHARD):
        with (directory / f"synthetic-{shard // SHARD:05d}.jsonl").open("w", encoding="utf-8") as f:
            for i in range(shard, min(n, shard + SHARD)):
                text = vary(texts[i % len(texts)], rng, names)
                f.write(json.dumps({"id": f"syn-{i:07d}", "text": text}, ensure_ascii=False) + "\n")
    return directory


# ---------------------------------------------------------------------------
# End to end: one fresh `thai-notices extract` process per configuration
# ---------------------------------------------------------------------------

def _rss(proc) -> int:
    try:
        return proc.memory_info().rss
    except Exception:  # noqa: BLE001 - a process that just exited
        return 0


def run_extract(corpus: Path, out: Path, workers: int, ner: bool, engine: str = "local") -> dict:
    import psutil

    env = {**os.environ, "PYTHAINLP_OFFLINE": "1", "PYTHONPATH": str(ROOT)}
    env["THAI_NOTICES_NO_NER"] = "0" if ner else "1"
    cmd = [sys.executable, "-m", "pipeline.cli", "extract", str(corpus), "--out", str(out), "--workers", str(workers),
           "--full", "--json", "--engine", engine]
    started = time.perf_counter()
    proc = subprocess.Popen(cmd, cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    parent = psutil.Process(proc.pid)
    peak_parent = peak_worker = peak_total = 0
    while proc.poll() is None:
        try:
            children = parent.children(recursive=True)
        except psutil.Error:
            children = []
        p, kids = _rss(parent), [_rss(c) for c in children]
        peak_parent, peak_worker = max(peak_parent, p), max([peak_worker, *kids])
        peak_total = max(peak_total, p + sum(kids))
        time.sleep(0.1)
    stdout, stderr = proc.communicate()
    wall = time.perf_counter() - started
    if proc.returncode not in (0, 3):
        raise RuntimeError(f"{' '.join(cmd)} failed:\n{stderr[-2000:]}")
    summary = json.loads(stdout.strip().splitlines()[-1])
    mb = 1024 * 1024
    return {"workers": workers, "ner": ner, "engine": engine, "notices": summary["notices"], "wall_s": wall,
            "extract_s": summary["seconds"], "per_s": summary["notices"] / wall,
            "parent_mb": peak_parent / mb, "worker_mb": peak_worker / mb, "total_mb": peak_total / mb}


# ---------------------------------------------------------------------------
# Per stage and the naive route: a sample in one process (run as a child so NER on/off is clean)
# ---------------------------------------------------------------------------

def stage_sample(corpus: Path, n: int, crf: bool) -> dict:
    from pipeline.read import read_paths
    from pipeline.record import Notice
    from pipeline.run import STAGES, warm_up

    warm_up()
    notices = [item for _, item in zip(range(n), read_paths([corpus])) if isinstance(item, Notice)]
    texts = [n.raw for n in notices]
    seconds = {stage.__name__: 0.0 for stage in STAGES}
    total = time.perf_counter()
    for notice in notices:
        for stage in STAGES:
            t = time.perf_counter()
            notice = stage(notice)
            seconds[stage.__name__] += time.perf_counter() - t
    total = time.perf_counter() - total
    out = {"n": len(texts), "stages_ms": {k: 1000 * v / len(texts) for k, v in seconds.items()},
           "pipeline_per_s": len(texts) / total}
    if crf:
        from pipeline.ner import CRFBaseline

        tagger = CRFBaseline("trained")
        tagger.tag(texts[0])
        t = time.perf_counter()
        for text in texts:
            tagger.tag(text)
        out["crf_per_s"] = len(texts) / (time.perf_counter() - t)
    return out


def run_stage_sample(corpus: Path, n: int, ner: bool, crf: bool) -> dict:
    env = {**os.environ, "PYTHAINLP_OFFLINE": "1", "THAI_NOTICES_NO_NER": "0" if ner else "1",
           "OMP_NUM_THREADS": "1", "OPENBLAS_NUM_THREADS": "1"}
    cmd = [sys.executable, __file__, "--_stage-sample", str(corpus), "--sample", str(n)] + (["--crf"] if crf else [])
    done = subprocess.run(cmd, env=env, capture_output=True, text=True, check=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


# ---------------------------------------------------------------------------
# Report
# ---------------------------------------------------------------------------

def markdown(runs: list[dict], stages_off: dict, stages_on: dict) -> str:
    lines = ["| notices | workers | NER | wall s | notices/s | parent peak RSS MB | worker peak RSS MB | total peak RSS MB |",
             "|---:|---:|---|---:|---:|---:|---:|---:|"]
    for r in runs:
        lines.append(f"| {r['notices']:,} | {r['workers']} | {'on' if r['ner'] else 'off'} | {r['wall_s']:.1f} | "
                     f"**{r['per_s']:.1f}** | {r['parent_mb']:.0f} | {r['worker_mb']:.0f} | {r['total_mb']:.0f} |")
    lines += ["", f"Per stage, one process, sample of {stages_off['n']} notices (ms per notice):", "",
              "| stage | NER off | NER on |", "|---|---:|---:|"]
    for name, ms in stages_off["stages_ms"].items():
        lines.append(f"| {name} | {ms:.2f} | {stages_on['stages_ms'][name]:.2f} |")
    lines.append(f"| **all stages** (notices/s, 1 core) | **{stages_off['pipeline_per_s']:.1f}** | **{stages_on['pipeline_per_s']:.1f}** |")
    lines += ["", "| naive route (1 core, one notice at a time) | notices/s |", "|---|---:|",
              f"| pythainlp ThaiNER 1.5.1 CRF (`CRFBaseline`), entities only | {stages_on['crf_per_s']:.1f} |"]
    return "\n".join(lines)


def targets(runs: list[dict]) -> str:
    def best(ner: bool, workers: int) -> dict | None:
        rs = [r for r in runs if r["ner"] == ner and r["workers"] == workers]
        return max(rs, key=lambda r: r["notices"]) if rs else None

    out = []
    for ner, bar in ((False, 150), (True, 60)):
        r = best(ner, 2)
        if r:
            out.append(f"- NER {'on' if ner else 'off'}, 2 workers, {r['notices']:,} notices: {r['per_s']:.1f}/s "
                       f"(target ≥ {bar}): {'met' if r['per_s'] >= bar else 'NOT met'}")
        one = best(ner, 1)
        if r and one and one["notices"] == r["notices"]:
            ratio = r["per_s"] / one["per_s"]
            out.append(f"- NER {'on' if ner else 'off'}: 2 workers / 1 worker = {ratio:.2f}× (target ≥ 1.7×): "
                       f"{'met' if ratio >= 1.7 else 'NOT met'}")
    for ner in (False, True):
        for w in (1, 2):
            rs = sorted((r for r in runs if r["ner"] == ner and r["workers"] == w), key=lambda r: r["notices"])
            if len(rs) >= 2:
                growth = rs[-1]["total_mb"] / rs[0]["total_mb"] - 1
                out.append(f"- peak memory, NER {'on' if ner else 'off'}, {w} worker(s), {rs[0]['notices']:,} → "
                           f"{rs[-1]['notices']:,}: {growth:+.0%} (target within ±20%): {'met' if abs(growth) <= 0.2 else 'NOT met'}")
    return "\n".join(out)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[1000])
    ap.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    ap.add_argument("--ner", choices=["both", "on", "off"], default="both")
    ap.add_argument("--sample", type=int, default=200, help="Notices for the per-stage and CRF timings.")
    ap.add_argument("--json", type=Path, help="Also write every figure here.")
    ap.add_argument("--_stage-sample", dest="stage_sample", type=Path, help=argparse.SUPPRESS)
    ap.add_argument("--crf", action="store_true", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.stage_sample:
        print(json.dumps(stage_sample(args.stage_sample, args.sample, args.crf)))
        return
    ner_modes = {"both": [False, True], "on": [True], "off": [False]}[args.ner]
    runs = []
    with tempfile.TemporaryDirectory(prefix="bench-batch-") as tmp:
        tmp = Path(tmp)
        for size in args.sizes:
            corpus = build_corpus(size, tmp / f"corpus-{size}")
            if size == min(args.sizes):
                stages_off = run_stage_sample(corpus, args.sample, ner=False, crf=False)
                stages_on = run_stage_sample(corpus, args.sample, ner=True, crf=True)
            for ner in ner_modes:
                for workers in args.workers:
                    r = run_extract(corpus, tmp / "out", workers, ner)
                    print(json.dumps(r), file=sys.stderr, flush=True)
                    runs.append(r)
    print(f"Machine: {os.cpu_count()} cores; Python {sys.version.split()[0]}.\n")
    print(markdown(runs, stages_off, stages_on))
    print()
    print(targets(runs))
    if args.json:
        args.json.write_text(json.dumps({"runs": runs, "stages_off": stages_off, "stages_on": stages_on}, indent=2))


if __name__ == "__main__":
    main()
