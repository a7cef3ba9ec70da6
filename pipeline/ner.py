"""Training and evaluating the project NER against ThaiNER 1.5 and its CRF.

ThaiNER 1.5 marks entities inline, one sentence per line::

    [PERSON]นายจตุพร พรหมพันธุ์[/PERSON] ส.ส.สัดส่วน [ORGANIZATION]พรรคเพื่อไทย[/ORGANIZATION]

Labels kept, with ThaiNER's names (the ``entities.label`` enum of the SPEC):
PERSON, ORGANIZATION, LOCATION, LAW, DATE, TIME, MONEY, PERCENT.
FACILITY is read as LOCATION: the bundled ThaiNER 1.5.1 CRF has no FACILITY
label and tags 85 % of the training set's facilities LOCATION, so that is the
convention it was trained on. AGO, LEN, PHONE, URL, EMAIL, ZIP and the one-off
``T`` are dropped (their text is outside any entity). Gold and predicted spans
are compared after trimming surrounding white space.

Functions (the CLI is a thin layer over them):

* :func:`parse_thainer` / :func:`to_brackets` - the bracket format, both ways;
* :func:`to_docbin` - examples → spaCy DocBin with the pipeline's tokenizer;
* :func:`silver_examples` - domain examples from the corpus (rules checked
  against ``corpus/gold``);
* :func:`train_ner` - conversion + ``spacy train`` with ``models/ner_config.cfg``;
* :func:`eval_ner` / :func:`format_report` - entity-level P/R/F1 and speed of the
  project model and of the bundled CRF baseline on the same sentences.
"""
from __future__ import annotations

import json
import logging
import os
import re
import shutil
import tempfile
import time
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path

import spacy
from spacy.language import Language
from spacy.tokens import Doc, DocBin, Span

from .cpu import limit_threads
from .nlp import MODEL_DIR, blank
from .nlp import with_ruler as with_ruler_model

log = logging.getLogger(__name__)

ROOT = Path(__file__).resolve().parents[1]
CONFIG_PATH = ROOT / "models" / "ner_config.cfg"
CORPUS_DIR = ROOT / "corpus"

LABELS: tuple[str, ...] = ("PERSON", "ORGANIZATION", "LOCATION", "LAW", "DATE", "TIME", "MONEY", "PERCENT")
LABEL_MAP: dict[str, str] = {"FACILITY": "LOCATION"}
DROPPED: tuple[str, ...] = ("AGO", "LEN", "PHONE", "URL", "EMAIL", "ZIP", "T")

Example = tuple[str, list[tuple[int, int, str]]]

# ---------------------------------------------------------------------------
# The bracket format
# ---------------------------------------------------------------------------

_TAG = re.compile(r"\[(/?)([A-Z_]+)\]")


def parse_line(line: str) -> Example:
    """One ThaiNER line → (text, [(start, end, label)]) with the file's labels.

    A closing tag closes the open entity even if its name differs (train.txt has
    one ``[TIME]16.00 น.[/DATE]``; the opening name wins). Tags do not nest.
    """
    parts: list[str] = []
    spans: list[tuple[int, int, str]] = []
    opened: tuple[str, int] | None = None
    pos = n = 0
    for m in _TAG.finditer(line):
        parts.append(line[pos:m.start()])
        n += m.start() - pos
        pos = m.end()
        closing, label = m.groups()
        if not closing:
            if opened is not None:
                log.warning("nested [%s] inside [%s] in %r: closing the outer one", label, opened[0], line[:60])
                spans.append((opened[1], n, opened[0]))
            opened = (label, n)
        elif opened is not None:
            if label != opened[0]:
                log.info("[%s] closed by [/%s]; kept %s", opened[0], label, opened[0])
            spans.append((opened[1], n, opened[0]))
            opened = None
    parts.append(line[pos:])
    if opened is not None:
        log.warning("unclosed [%s] in %r: dropped", opened[0], line[:60])
    return "".join(parts), spans


def parse_thainer(path: str | Path) -> list[Example]:
    """A ThaiNER 1.5 file (``train.txt``, ``val.txt``, ``test.txt``) → examples.

    Labels are the file's own (FACILITY, AGO, ... included); :func:`keep_spans`
    maps them to the project's set. Blank lines are skipped; a BOM is ignored.
    """
    text = Path(path).read_text(encoding="utf-8-sig")
    return [parse_line(line) for line in text.split("\n") if line.strip()]


def to_brackets(text: str, spans: Iterable[tuple[int, int, str]]) -> str:
    """The inverse of :func:`parse_line`."""
    out, pos = [], 0
    for start, end, label in sorted(spans):
        out += [text[pos:start], f"[{label}]", text[start:end], f"[/{label}]"]
        pos = end
    out.append(text[pos:])
    return "".join(out)


def keep_spans(text: str, spans: Iterable[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Project labels only (FACILITY → LOCATION, others dropped), white space trimmed."""
    kept = []
    for start, end, label in spans:
        label = LABEL_MAP.get(label, label)
        if label not in LABELS:
            continue
        start, end = _trim(text, start, end)
        if end > start:
            kept.append((start, end, label))
    return sorted(kept)


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


# ---------------------------------------------------------------------------
# DocBin conversion
# ---------------------------------------------------------------------------


def make_doc(nlp: Language, text: str, spans: Iterable[tuple[int, int, str]], partial: bool = False) -> tuple[Doc, int]:
    """A Doc over ``text`` (the pipeline's tokens) with ``spans`` as its entities.

    A span whose edges fall inside a token cannot be an entity of this Doc: its
    tokens (expanded to whole tokens) are marked *missing*, so training neither
    learns them as entities nor as outside. ``partial`` marks every other token
    missing too (silver examples, where only the listed entities are known).
    Returns the Doc and the number of spans that could not be aligned.
    """
    doc = nlp.make_doc(text)
    ents: list[Span] = []
    unknown: list[Span] = []
    unaligned = 0
    covered = [False] * len(doc)
    for start, end, label in keep_spans(text, spans):
        span = doc.char_span(start, end, label=label)
        if span is None:
            unaligned += 1
            wide = doc.char_span(start, end, alignment_mode="expand")
            if wide is not None:
                unknown.append(wide)
            continue
        if any(covered[span.start:span.end]):
            continue  # overlapping gold spans: keep the first
        covered[span.start:span.end] = [True] * len(span)
        ents.append(span)
    missing = []
    for wide in unknown:  # only tokens no aligned entity holds
        run_start = None
        for i in range(wide.start, wide.end + 1):
            free = i < wide.end and not covered[i]
            if free and run_start is None:
                run_start = i
            elif not free and run_start is not None:
                missing.append(doc[run_start:i])
                for j in range(run_start, i):
                    covered[j] = True
                run_start = None
    doc.set_ents(ents, missing=missing, default="missing" if partial else "outside")
    return doc, unaligned


def to_docbin(examples: Iterable[Example], nlp: Language | None = None, partial: bool = False) -> tuple[DocBin, int]:
    """Examples (raw ThaiNER labels) → (DocBin, number of spans not token-aligned)."""
    nlp = nlp or blank()
    db = DocBin(attrs=["ENT_IOB", "ENT_TYPE"], store_user_data=False)
    unaligned = 0
    for text, spans in examples:
        doc, n = make_doc(nlp, text, spans, partial=partial)
        unaligned += n
        db.add(doc)
    return db, unaligned


def docbin_spans(db: DocBin, nlp: Language) -> list[Example]:
    """The entities stored in a DocBin as (text, [(start, end, label)]) (for checks)."""
    return [(d.text, [(e.start_char, e.end_char, e.label_) for e in d.ents]) for d in db.get_docs(nlp.vocab)]


# ---------------------------------------------------------------------------
# Silver domain examples
# ---------------------------------------------------------------------------


def _compact(s: str) -> str:
    from pythainlp.util import normalize as thai_normalize

    s = thai_normalize(unicodedata.normalize("NFC", s))
    return re.sub(r"\s+", "", s).rstrip("ฯ")


def _occurrences(text: str, surface: str) -> list[tuple[int, int]]:
    """Where ``surface`` occurs in ``text``, white space between its parts flexible."""
    parts = [re.escape(p) for p in surface.split()]
    if not parts:
        return []
    return [(m.start(), m.end()) for m in re.finditer(r"\s*".join(parts), text)]


def silver_examples(corpus_dir: str | Path = CORPUS_DIR, gold_dir: str | Path | None = None,
                    require_gold: bool = True) -> list[Example]:
    """Domain examples: entities the rule pipeline finds in the corpus, checked against gold.

    Needs ``pipeline.run.process`` (raises ImportError while a stage module is
    missing). Only ``rule`` and ``gazetteer`` entities are used - never the
    model's own - so the silver data does not depend on a previous model.

    For a notice with ``corpus/gold/<id>.json``:

    * PERSON: kept only when the name is one of the gold persons' full names;
      gold names the rules missed are added where they occur in the text;
    * DATE: kept only when its surface is a gold date surface; gold surfaces
      found in the text are added;
    * ORGANIZATION: registry/gazetteer hits; the gold ``committee_name``
      replaces any hit it overlaps (gold boundaries win);
    * LOCATION, LAW, TIME, MONEY, PERCENT: the rules and gazetteers as found
      (gold has no key for them), unless they overlap a gold span.

    Notices without gold are skipped unless ``require_gold`` is False (then all
    rule/gazetteer entities are used unchecked). Each example is one paragraph
    holding at least one entity; only the listed entities are known (the other
    tokens are *missing* when converted with ``partial=True``).
    """
    from .read import read_paths  # noqa: PLC0415 - the rule pipeline is imported only here
    from .record import ErrorRow
    from .run import process

    corpus_dir = Path(corpus_dir)
    gold_dir = Path(gold_dir) if gold_dir else corpus_dir / "gold"
    examples: list[Example] = []
    for item in read_paths([p for p in sorted(corpus_dir.iterdir()) if p.name != gold_dir.name]):
        if isinstance(item, ErrorRow):
            continue
        gold_path = gold_dir / f"{item.notice_id}.json"
        gold = json.loads(gold_path.read_text("utf-8")) if gold_path.exists() else None
        if gold is None and require_gold:
            continue
        notice = process(item)
        if isinstance(notice, ErrorRow):
            continue
        spans = _silver_spans(notice, gold)
        examples += _paragraphs(notice.text, spans)
    return examples


def _silver_spans(notice, gold: dict | None) -> list[tuple[int, int, str]]:
    text = notice.text
    found = [(e.start, e.end, e.label) for e in notice.entities if e.source in ("rule", "gazetteer")]
    if gold is None:
        return found
    gold_spans: list[tuple[int, int, str]] = []
    names = {_compact(p["full_name"]) for p in gold.get("persons", []) if p.get("full_name")}
    for p in gold.get("persons", []):
        if p.get("full_name") and len(_compact(p["full_name"])) > 1:
            gold_spans += [(s, e, "PERSON") for s, e in _occurrences(text, p["full_name"])]
    surfaces = {_compact(d["surface"]) for d in gold.get("dates", []) if d.get("surface")}
    for d in gold.get("dates", []):
        if d.get("surface"):
            gold_spans += [(s, e, "DATE") for s, e in _occurrences(text, d["surface"])]
    committee = (gold.get("meeting") or {}).get("committee_name")
    if committee:
        gold_spans += [(s, e, "ORGANIZATION") for s, e in _occurrences(text, committee)]
    kept: list[tuple[int, int, str]] = []
    for start, end, label in found:
        if label == "PERSON" and _compact(text[start:end]) not in names:
            continue
        if label == "DATE" and _compact(text[start:end]) not in surfaces:
            continue
        kept.append((start, end, label))
    # gold spans first, longest first; a rule span overlapping a kept one is dropped
    ordered = sorted(gold_spans, key=lambda s: s[0] - s[1]) + sorted(kept, key=lambda s: s[0] - s[1])
    taken = [False] * (len(text) + 1)
    out = []
    for start, end, label in ordered:
        if end > start and not any(taken[start:end]):
            taken[start:end] = [True] * (end - start)
            out.append((start, end, label))
    return sorted(out)


def _paragraphs(text: str, spans: list[tuple[int, int, str]]) -> list[Example]:
    out = []
    for m in re.finditer(r"[^\n]+", text):
        a, b = m.start(), m.end()
        inside = [(s - a, e - a, lab) for s, e, lab in spans if s >= a and e <= b]
        if inside and text[a:b].strip():
            out.append((text[a:b], inside))
    return out


# ---------------------------------------------------------------------------
# Training
# ---------------------------------------------------------------------------


class TrainingDeadline(Exception):
    """Raised by the wall-clock guard; ``model-best`` so far is kept."""


@spacy.registry.callbacks("thai_notices.train_deadline.v1")
def train_deadline(max_minutes: float = 40.0) -> Callable:
    """``[training.before_update]``: stop training after ``max_minutes`` of wall time."""
    started = time.monotonic()

    def before_update(nlp: Language, info: dict) -> None:
        if max_minutes and time.monotonic() - started > max_minutes * 60:
            raise TrainingDeadline(f"training stopped after {max_minutes} minutes (step {info.get('step')})")

    return before_update


def _split_train_dev(data_dir: Path) -> tuple[list[Example], list[Example]]:
    """ThaiNER 1.5's val.txt is a subset of train.txt: dev = val, train = train minus val."""
    train_lines = (data_dir / "train.txt").read_text(encoding="utf-8-sig").split("\n")
    val_lines = (data_dir / "val.txt").read_text(encoding="utf-8-sig").split("\n")
    val = {line for line in val_lines if line.strip()}
    train = [parse_line(line) for line in train_lines if line.strip() and line not in val]
    dev = [parse_line(line) for line in val_lines if line.strip()]
    return train, dev


def augment(examples: Sequence[Example], copies: int = 1, p: float = 0.5, seed: int = 0) -> list[Example]:
    """Mention replacement: copies of the sentences with entities, each entity
    swapped (with probability ``p``) for another training mention of its label.

    Teaches the model the contexts rather than the names it has seen; the
    mentions come from ``examples`` themselves, so nothing outside the training
    split is used. Deterministic for a given ``seed``.
    """
    import random

    rng = random.Random(seed)
    pool: dict[str, list[str]] = {}
    kept = [(text, keep_spans(text, spans)) for text, spans in examples]
    for text, spans in kept:
        for start, end, label in spans:
            pool.setdefault(label, []).append(text[start:end])
    for label in pool:
        pool[label] = sorted(set(pool[label]))
    out: list[Example] = []
    for _ in range(copies):
        for text, spans in kept:
            if not spans:
                continue
            parts, new_spans, pos, n, changed = [], [], 0, 0, False
            for start, end, label in spans:
                parts.append(text[pos:start])
                n += start - pos
                mention = text[start:end]
                if rng.random() < p:
                    mention = rng.choice(pool[label])
                    changed = True
                parts.append(mention)
                new_spans.append((n, n + len(mention), label))
                n += len(mention)
                pos = end
            parts.append(text[pos:])
            if changed:
                out.append(("".join(parts), new_spans))
    return out


def train_ner(data_dir: str | Path, out_dir: str | Path = MODEL_DIR, seed: int = 0, max_minutes: float = 40.0,
              silver: bool = True, config_path: str | Path = CONFIG_PATH, threads: int = 1,
              max_epochs: int | None = None, augment_copies: int = 0, train_on_val: bool = True) -> dict:
    """Convert ThaiNER, add silver domain examples, train the ``ner``, save it to ``out_dir``.

    ``data_dir`` holds ThaiNER 1.5's train.txt / val.txt (test.txt is never
    read here). The DocBins live in a temporary directory, never in the repo.
    The best checkpoint on the dev set (val.txt) becomes
    ``out_dir`` with ``meta.json`` at its top - what ``pipeline.nlp.get_nlp``
    loads. Returns a summary (counts, unaligned spans, minutes, dev scores).
    ``train_on_val`` (what ``train-ner`` and models/ner use): val.txt is
    trained on too, all of ThaiNER's train.txt. Its dev scores then only show
    that training converged; ``training.max_epochs`` in the config, not early
    stopping, ends the run, and test.txt (``eval-ner``) is the measure.
    ``False`` holds val.txt out, for tuning.
    """
    from spacy.cli.train import train as spacy_train

    limit_threads(threads)  # pinning works here too; the CLI also sets it before numpy loads
    started = time.monotonic()
    data_dir, out_dir = Path(data_dir), Path(out_dir)
    nlp = blank()
    train, dev = _split_train_dev(data_dir)
    if train_on_val:
        train = train + dev
    summary: dict = {"seed": seed, "train_sentences": len(train), "dev_sentences": len(dev), "train_on_val": train_on_val}

    silver_docs: list[Example] = []
    if silver:
        try:
            silver_docs = silver_examples()
        except ImportError as exc:  # the rule pipeline is not complete yet
            summary["silver_skipped"] = f"rule pipeline not importable: {exc}"
            log.warning("silver examples skipped: %s", exc)
    summary["silver_examples"] = len(silver_docs)
    augmented = augment(train, copies=augment_copies, seed=seed) if augment_copies else []
    summary["augmented_examples"] = len(augmented)

    with tempfile.TemporaryDirectory(prefix="thai-notices-ner-") as tmp:
        tmp = Path(tmp)
        train_db, train_unaligned = to_docbin(train, nlp)
        if augmented:
            aug_db, summary["augmented_unaligned"] = to_docbin(augmented, nlp)
            train_db.merge(aug_db)
        if silver_docs:
            silver_db, silver_unaligned = to_docbin(silver_docs, nlp, partial=True)
            train_db.merge(silver_db)
            summary["silver_unaligned"] = silver_unaligned
        dev_db, dev_unaligned = to_docbin(dev, nlp)
        train_db.to_disk(tmp / "train.spacy")
        dev_db.to_disk(tmp / "dev.spacy")
        summary["train_spans"] = sum(len(keep_spans(t, s)) for t, s in train)
        summary["train_unaligned"] = train_unaligned
        summary["dev_spans"] = sum(len(keep_spans(t, s)) for t, s in dev)
        summary["dev_unaligned"] = dev_unaligned
        log.info("converted: %s", summary)

        overrides = {
            "paths.train": str(tmp / "train.spacy"),
            "paths.dev": str(tmp / "dev.spacy"),
            "system.seed": seed,
            "training.before_update.max_minutes": max(max_minutes - (time.monotonic() - started) / 60, 1.0),
        }
        if max_epochs is not None:
            overrides["training.max_epochs"] = max_epochs
        try:
            spacy_train(Path(config_path), tmp / "out", overrides=overrides, use_gpu=-1)
        except TrainingDeadline as exc:
            summary["stopped"] = str(exc)
            log.warning("%s", exc)
        best = tmp / "out" / "model-best"
        _install(best, out_dir, summary, started)
    return summary


def _install(best: Path, out_dir: Path, summary: dict, started: float) -> None:
    """Copy model-best to out_dir (replacing it whole), with a clean config and our meta."""
    staging = out_dir.with_name(out_dir.name + ".new")
    if staging.exists():
        shutil.rmtree(staging)
    shutil.copytree(best, staging)
    cfg = spacy.util.load_config(staging / "config.cfg", interpolate=False)
    cfg["training"]["before_update"] = None  # the guard is a training-time callback only
    cfg["paths"]["train"] = cfg["paths"]["dev"] = None
    cfg.to_disk(staging / "config.cfg")
    meta = json.loads((staging / "meta.json").read_text("utf-8"))
    summary["minutes"] = round((time.monotonic() - started) / 60, 2)
    summary["dev_scores"] = {k: meta.get("performance", {}).get(k) for k in ("ents_p", "ents_r", "ents_f")}
    meta.update(name="thai_notices_ner", version="1.0.0",
                description="Thai NER (ThaiNER 1.5 labels) for thai-notices; trained by pipeline.ner.train_ner",
                license="CC-BY-3.0 (training data: ThaiNER 1.5)", thai_notices=summary)
    (staging / "meta.json").write_text(json.dumps(meta, ensure_ascii=False, indent=2), "utf-8")
    if out_dir.exists():
        old = out_dir.with_name(out_dir.name + ".old")
        if old.exists():
            shutil.rmtree(old)
        out_dir.rename(old)
        staging.rename(out_dir)
        shutil.rmtree(old)
    else:
        staging.rename(out_dir)


# ---------------------------------------------------------------------------
# The ThaiNER 1.5.1 CRF baseline
# ---------------------------------------------------------------------------

# ORCHID tags → the LST20 / Blackboard tag set the 1.5.1 CRF's ``postag``
# features use (AJ AV AX CC CL FX IJ NG NN NU PA PR PS PU VV XX). pythainlp
# tags 1.5 with the Blackboard perceptron, which is not bundled (it is a
# download); the bundled ORCHID perceptron is the closest offline tagger.
_ORCHID_TO_LST20 = {
    **dict.fromkeys(("NPRP", "NCMN", "NTTL"), "NN"),
    **dict.fromkeys(("NCNM", "NONM", "DCNM", "DONM", "NLBL"), "NU"),
    **dict.fromkeys(("PPRS", "PDMN", "PNTR", "PREL"), "PR"),
    **dict.fromkeys(("VACT", "VSTA"), "VV"),
    "VATT": "AJ",
    **dict.fromkeys(("XVBM", "XVAM", "XVMM", "XVBB", "XVAE"), "AX"),
    **dict.fromkeys(("DDAN", "DDAC", "DDBQ", "DDAQ", "DIAC", "DIBQ", "DIAQ"), "AJ"),
    **dict.fromkeys(("ADVN", "ADVI", "ADVP", "ADVS", "AITT"), "AV"),
    **dict.fromkeys(("CNIT", "CLTV", "CMTR", "CFQC", "CVBL"), "CL"),
    **dict.fromkeys(("JCRG", "JCMP", "JSBR"), "CC"),
    "RPRE": "PS", "INT": "IJ", "FIXN": "FX", "FIXV": "FX", "EAFF": "PA", "EITT": "PA", "NEG": "NG", "PUNC": "PU",
}
_UD_TO_LST20 = {
    "NOUN": "NN", "PROPN": "NN", "VERB": "VV", "ADJ": "AJ", "ADV": "AV", "AUX": "AX", "CCONJ": "CC", "SCONJ": "CC",
    "ADP": "PS", "NUM": "NU", "PRON": "PR", "PART": "PA", "PUNCT": "PU", "DET": "AJ", "INTJ": "IJ", "X": "XX", "SYM": "PU",
}


class CRFBaseline:
    """pythainlp's bundled ``thainer_crf_1_5_1.model``, opened directly with pycrfsuite.

    ``variant="trained"`` (the baseline to beat) reproduces the features the
    model file was trained with: newmm tokens (``_TOKENIZER_ENGINE = "newmm"``
    in the pythainlp 2.x code that shipped 1.5), the feature names stored in the
    model (``word.isdigit()``, ``word.prepostag`` - the model has no
    ``word.isdigit`` / ``word.prevpostag`` attributes), LST20 POS tags mapped
    from ORCHID. ``variant="pythainlp"`` is pythainlp 5.4's ``ThaiNameTagger``
    code as shipped (``mm`` tokens, renamed features the model ignores), with
    orchid_ud tags mapped to LST20 in place of the undownloadable Blackboard
    tagger - the setting behind the issue's ≈0.59.
    """

    def __init__(self, variant: str = "trained") -> None:
        import pycrfsuite
        import pythainlp
        from pythainlp.corpus import thai_stopwords

        if variant not in ("trained", "pythainlp"):
            raise ValueError(variant)
        self.variant = variant
        self.path = Path(pythainlp.__file__).parent / "corpus" / "thainer_crf_1_5_1.model"
        self.tagger = pycrfsuite.Tagger()
        self.tagger.open(str(self.path))
        self.stopwords = thai_stopwords()
        if variant == "trained":
            self.engine, self.pos_corpus, self.pos_map = "newmm", "orchid", _ORCHID_TO_LST20
            self.f_digit, self.f_prevpos = "word.isdigit()", "word.prepostag"
        else:
            self.engine, self.pos_corpus, self.pos_map = "mm", "orchid_ud", _UD_TO_LST20
            self.f_digit, self.f_prevpos = "word.isdigit", "word.prevpostag"

    def tokens(self, text: str) -> list[str]:
        from pythainlp.tokenize import word_tokenize

        return word_tokenize(text, engine=self.engine)

    def features(self, tagged: Sequence[tuple[str, str]]) -> list[dict]:
        from pythainlp.util import is_thai

        sw = self.stopwords
        out = []
        last = len(tagged) - 1
        for i, (word, pos) in enumerate(tagged):
            f: dict = {"word.word": word, "word.stopword": word in sw, "word.isthai": is_thai(word),
                       "word.isspace": word.isspace(), "postag": pos, self.f_digit: word.isdigit()}
            if word.isdigit() and len(word) == 5:
                f["word.islen5"] = True
            if i > 0:
                pw, pp = tagged[i - 1]
                f.update({"word.prevword": pw, "word.previsspace": pw.isspace(), "word.previsthai": is_thai(pw),
                          "word.prevstopword": pw in sw, self.f_prevpos: pp, "word.prevwordisdigit": pw.isdigit()})
            else:
                f["BOS"] = True
            if i < last:
                nw, npos = tagged[i + 1]
                f.update({"word.nextword": nw, "word.nextisspace": nw.isspace(), "word.nextpostag": npos,
                          "word.nextisthai": is_thai(nw), "word.nextstopword": nw in sw,
                          "word.nextwordisdigit": nw.isdigit()})
            else:
                f["EOS"] = True
            out.append(f)
        return out

    def tag(self, text: str) -> tuple[list[tuple[int, int, str]], int]:
        """Entities as char spans (trimmed), and the number of tokens."""
        from pythainlp.tag import pos_tag

        words = self.tokens(text)
        if not words:
            return [], 0
        tagged = [(w, self.pos_map.get(p, "XX")) for w, p in pos_tag(words, engine="perceptron", corpus=self.pos_corpus)]
        iob = self.tagger.tag(self.features(tagged))
        return _iob_spans(text, words, iob), len(words)


def _iob_spans(text: str, words: Sequence[str], iob: Sequence[str]) -> list[tuple[int, int, str]]:
    spans, cur, pos = [], None, 0
    for word, tag in zip(words, iob):
        end = pos + len(word)
        label = tag[2:]
        if tag.startswith("B-") or (tag.startswith("I-") and (cur is None or cur[2] != label)):
            if cur:
                spans.append(cur)
            cur = [pos, end, label]
        elif tag.startswith("I-"):
            cur[1] = end
        elif cur:
            spans.append(cur)
            cur = None
        pos = end
    if cur:
        spans.append(cur)
    out = []
    for start, end, label in spans:
        start, end = _trim(text, start, end)
        if end > start:
            out.append((start, end, label))
    return out


# ---------------------------------------------------------------------------
# Evaluation
# ---------------------------------------------------------------------------


def score(golds: Sequence[Iterable[tuple[int, int, str]]], preds: Sequence[Iterable[tuple[int, int, str]]],
          labels: Sequence[str] = LABELS) -> dict:
    """Entity-level exact match (char span and label): per label and micro P/R/F1."""
    tp, fp, fn = Counter(), Counter(), Counter()
    for gold, pred in zip(golds, preds, strict=True):
        g = {s for s in gold if s[2] in labels}
        p = {s for s in pred if s[2] in labels}
        for s in g & p:
            tp[s[2]] += 1
        for s in p - g:
            fp[s[2]] += 1
        for s in g - p:
            fn[s[2]] += 1

    def prf(t: int, f_p: int, f_n: int) -> dict:
        p = t / (t + f_p) if t + f_p else 0.0
        r = t / (t + f_n) if t + f_n else 0.0
        return {"p": p, "r": r, "f": 2 * p * r / (p + r) if p + r else 0.0, "gold": t + f_n, "pred": t + f_p, "tp": t}

    out = {label: prf(tp[label], fp[label], fn[label]) for label in labels}
    out["micro"] = prf(sum(tp.values()), sum(fp.values()), sum(fn.values()))
    return out


def _spacy_tagger(nlp: Language, batch_size: int = 64) -> Callable[[Sequence[str]], list]:
    """Texts → [(entities, tokens)], through ``nlp.pipe`` (how a batch of notices runs)."""

    def tag_all(texts: Sequence[str]) -> list:
        out = []
        for doc in nlp.pipe(texts, batch_size=batch_size):
            ents, text = [], doc.text
            for e in doc.ents:
                start, end = _trim(text, e.start_char, e.end_char)
                if end > start:
                    ents.append((start, end, e.label_))
            out.append((ents, len(doc)))
        return out

    return tag_all


def _per_text(tag: Callable[[str], tuple]) -> Callable[[Sequence[str]], list]:
    return lambda texts: [tag(t) for t in texts]


def load_model(model_dir: str | Path = MODEL_DIR, with_ruler: bool = False) -> Language:
    """The trained model alone, or as ``get_nlp`` assembles it (gazetteer ruler, then the model)."""
    model = spacy.load(model_dir)
    return with_ruler_model(model) if with_ruler else model


def _timed(tag_all: Callable[[Sequence[str]], list], texts: Sequence[str], repeats: int) -> tuple[list, int, float]:
    """Predictions, tokens, and the best wall time of ``repeats`` passes on one CPU."""
    try:
        cpus = os.sched_getaffinity(0)
        os.sched_setaffinity(0, {min(cpus)})
    except (AttributeError, OSError):
        cpus = None
    try:
        tag_all(texts[:8])  # warm caches (dictionaries, lexemes)
        best = float("inf")
        for _ in range(max(1, repeats)):
            t0 = time.perf_counter()
            results = tag_all(texts)
            best = min(best, time.perf_counter() - t0)
    finally:
        if cpus:
            os.sched_setaffinity(0, cpus)
    preds = [r[0] for r in results]
    return preds, sum(r[1] for r in results), best


def eval_ner(test_path: str | Path, model_dir: str | Path = MODEL_DIR, repeats: int = 3, baselines: bool = True) -> dict:
    """Score the project model and the bundled CRF on the same ThaiNER sentences.

    Systems: ``model`` (the trained ``ner`` alone), ``pipeline`` (gazetteer
    EntityRuler then the model, as ``get_nlp`` runs them), ``crf`` (the 1.5.1 CRF
    with the features it was trained with: the baseline to beat) and
    ``crf_pythainlp`` (the CRF as pythainlp 5.4's code drives it). Each is timed
    end to end from raw text (its own tokenization included) on one CPU; the
    best of ``repeats`` passes. spaCy runs through ``nlp.pipe`` (batches of 64
    sentences), the CRF one sentence at a time (it has no batching). Tokens are
    each system's own, white space tokens included.
    """
    examples = parse_thainer(test_path)
    texts = [t for t, _ in examples]
    golds = [keep_spans(t, s) for t, s in examples]
    nlp_tok = blank()
    unaligned = sum(make_doc(nlp_tok, t, s)[1] for t, s in examples)
    systems: dict[str, Callable] = {
        "model": _spacy_tagger(load_model(model_dir)),
        "pipeline": _spacy_tagger(load_model(model_dir, with_ruler=True)),
    }
    if baselines:
        systems["crf"] = _per_text(CRFBaseline("trained").tag)
        systems["crf_pythainlp"] = _per_text(CRFBaseline("pythainlp").tag)
    report: dict = {
        "test": str(test_path),
        "sentences": len(texts),
        "characters": sum(map(len, texts)),
        "labels": list(LABELS),
        "label_map": {**LABEL_MAP, **dict.fromkeys(DROPPED, None)},
        "gold_entities": sum(map(len, golds)),
        "gold_unaligned_project_tokens": unaligned,
        "model_dir": str(model_dir),
        "model_meta": _meta(model_dir),
        "systems": {},
    }
    for name, tag in systems.items():
        preds, n_tokens, seconds = _timed(tag, texts, repeats)
        report["systems"][name] = {
            "scores": score(golds, [[p for p in ps if p[2] in LABELS] for ps in preds]),
            "tokens": n_tokens,
            "seconds": seconds,
            "tokens_per_s": n_tokens / seconds if seconds else None,
            "sentences_per_s": len(texts) / seconds if seconds else None,
        }
    return report


def _meta(model_dir: str | Path) -> dict:
    path = Path(model_dir) / "meta.json"
    if not path.exists():
        return {}
    meta = json.loads(path.read_text("utf-8"))
    return {k: meta.get(k) for k in ("name", "version", "spacy_version", "thai_notices")}


SYSTEM_NAMES = {
    "model": "project NER model",
    "pipeline": "project ruler → NER",
    "crf": "ThaiNER 1.5.1 CRF (trained features)",
    "crf_pythainlp": "ThaiNER 1.5.1 CRF (pythainlp 5.4 code)",
}


def format_report(report: dict) -> str:
    """The comparison as Markdown tables (per-label P/R/F1, micro, speed)."""
    systems = report["systems"]
    names = list(systems)
    lines = [
        f"ThaiNER 1.5 test: `{report['test']}` - {report['sentences']} sentences, "
        f"{report['gold_entities']} gold entities on the kept labels "
        f"({report['gold_unaligned_project_tokens']} not aligned to project tokens).",
        "Entity level: exact char span (white space trimmed) and label.",
        "",
        "| label | gold | " + " | ".join(f"{SYSTEM_NAMES.get(n, n)} P / R / F1" for n in names) + " |",
        "|---|---:|" + "---|" * len(names),
    ]
    for label in [*report["labels"], "micro"]:
        gold = systems[names[0]]["scores"][label]["gold"]
        cells = []
        for n in names:
            s = systems[n]["scores"][label]
            cells.append(f"{s['p']:.3f} / {s['r']:.3f} / **{s['f']:.3f}**")
        name = "**micro**" if label == "micro" else label
        lines.append(f"| {name} | {gold} | " + " | ".join(cells) + " |")
    lines += [
        "",
        "| system | tokens | seconds (1 CPU) | tokens/s | sentences/s |",
        "|---|---:|---:|---:|---:|",
    ]
    for n in names:
        s = systems[n]
        lines.append(f"| {SYSTEM_NAMES.get(n, n)} | {s['tokens']} | {s['seconds']:.2f} | {s['tokens_per_s']:,.0f} | {s['sentences_per_s']:,.0f} |")
    persons = report.get("corpus_persons")
    if persons:
        lines += [
            "",
            f"Corpus gold persons: {persons['gold_persons']} people in {persons['notices']} notices.",
            "",
            "| system | found | recall | PERSON entities | precision | F1 |",
            "|---|---:|---:|---:|---:|---:|",
        ]
        for n, s in persons["systems"].items():
            lines.append(f"| {SYSTEM_NAMES.get(n, n)} | {s['found']} | {s['r']:.3f} | {s['predicted']} | {s['p']:.3f} | **{s['f']:.3f}** |")
    return "\n".join(lines)


def persons_report(model_dir: str | Path = MODEL_DIR, corpus_dir: str | Path = CORPUS_DIR) -> dict:
    """Do the systems find the people ``corpus/gold`` lists? Per system, over the gold notices.

    A gold person counts as found when a PERSON entity's text (white space
    removed) contains the gold name without its title, or is contained in the
    full name; a PERSON entity is correct when it matches some gold person
    that way. Each system reads the normalized notice text.
    """
    from .read import read_paths  # noqa: PLC0415 - only this report needs the rule stages
    from .record import ErrorRow
    from .run import process

    corpus_dir = Path(corpus_dir)
    gold_dir = corpus_dir / "gold"
    texts, golds = [], []
    for item in read_paths([p for p in sorted(corpus_dir.iterdir()) if p.name != "gold"]):
        gold_path = gold_dir / f"{getattr(item, 'notice_id', '')}.json"
        if isinstance(item, ErrorRow) or not gold_path.exists():
            continue
        notice = process(item)
        if isinstance(notice, ErrorRow):
            continue
        people = json.loads(gold_path.read_text("utf-8")).get("persons", [])
        names = []
        for p in people:
            full = _compact(p.get("full_name") or "")
            bare = _compact(" ".join(x for x in (p.get("given_name"), p.get("family_name")) if x)) or full
            if full:
                names.append((full, bare))
        texts.append(notice.text)
        golds.append(names)
    systems = {"model": _spacy_tagger(load_model(model_dir)), "crf": _per_text(CRFBaseline("trained").tag)}
    out: dict = {"notices": len(texts), "gold_persons": sum(map(len, golds)), "systems": {}}
    for name, tag_all in systems.items():
        found = correct = predicted = 0
        for text, names, (ents, _) in zip(texts, golds, tag_all(texts), strict=True):
            persons = [_compact(text[s:e]) for s, e, label in ents if label == "PERSON"]
            predicted += len(persons)

            def match(ent: str, full: str, bare: str) -> bool:
                return bool(ent) and (bare in ent or ent in full) and len(ent) >= min(len(bare), 4)

            found += sum(any(match(e, f, b) for e in persons) for f, b in names)
            correct += sum(any(match(e, f, b) for f, b in names) for e in persons)
        r = found / out["gold_persons"] if out["gold_persons"] else 0.0
        p = correct / predicted if predicted else 0.0
        out["systems"][name] = {"found": found, "predicted": predicted, "correct": correct,
                                "p": p, "r": r, "f": 2 * p * r / (p + r) if p + r else 0.0}
    return out
