"""NER benchmark: the project model against the bundled ThaiNER 1.5.1 CRF.

    PYTHAINLP_OFFLINE=1 python benchmarks/ner_report.py \
        --data ../shared/data/thainer-1.5/test.txt [--model models/ner] [--json out.json]

Prints per-label and micro entity-level P/R/F1 (exact char span + label) and
tokens per second on one CPU for: the trained ``ner`` alone, the product's
ruler → ner pipeline, the CRF with the features it was trained with (the
baseline to beat) and the CRF as pythainlp 5.4's code drives it. Then checks
the bars of the issue and exits 1 if one fails.
"""
from __future__ import annotations

import os

# one CPU for the timings: set before numpy / spaCy load their thread pools
for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS", "BLIS_NUM_THREADS"):
    os.environ.setdefault(_var, "1")
os.environ.setdefault("PYTHAINLP_OFFLINE", "1")

import argparse  # noqa: E402
import json  # noqa: E402
import sys  # noqa: E402
from pathlib import Path  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from pipeline.ner import LABELS, MODEL_DIR, eval_ner, format_report  # noqa: E402

MIN_MICRO_F1 = 0.78
MIN_LABEL_SUPPORT = 50


def check_bars(report: dict) -> list[str]:
    """The issue's bars; returns the failures (empty when all hold)."""
    model, crf = report["systems"]["model"], report["systems"]["crf"]
    failures = []
    micro = model["scores"]["micro"]["f"]
    if micro < MIN_MICRO_F1:
        failures.append(f"micro F1 {micro:.3f} < {MIN_MICRO_F1}")
    for label in LABELS:
        m, c = model["scores"][label], crf["scores"][label]
        if m["gold"] >= MIN_LABEL_SUPPORT and m["f"] <= c["f"]:
            failures.append(f"{label}: F1 {m['f']:.3f} not ahead of the CRF's {c['f']:.3f}")
    for name in ("crf", "crf_pythainlp"):
        if model["tokens_per_s"] < report["systems"][name]["tokens_per_s"]:
            failures.append(f"speed: {model['tokens_per_s']:,.0f} tokens/s < {name} {report['systems'][name]['tokens_per_s']:,.0f}")
    return failures


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data" / "thainer-1.5" / "test.txt")
    parser.add_argument("--model", type=Path, default=MODEL_DIR)
    parser.add_argument("--repeats", type=int, default=3, help="timed passes per system; the best counts")
    parser.add_argument("--json", type=Path, help="also write the full report as JSON")
    args = parser.parse_args()

    report = eval_ner(args.data, args.model, repeats=args.repeats)
    print(format_report(report))
    if args.json:
        args.json.write_text(json.dumps(report, ensure_ascii=False, indent=2), "utf-8")
    failures = check_bars(report)
    print()
    print("bars: " + ("all met" if not failures else "FAILED\n  " + "\n  ".join(failures)))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
