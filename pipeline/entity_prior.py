"""``entity_prior``: what the training annotation says about spans, applied to the ``ner``'s output.

A transition-based ``ner`` decides token by token, so it can split one entity
in two or keep a span the annotators almost never mark. Two statistics of the
training set, gathered when the pipeline is initialized (``spacy train`` hands
every component the training examples) and saved with the model, repair that:

* **touching spans** - for a label whose gold spans almost never touch (only
  white space between two spans of it, at most 0.5 % of its spans), two
  predicted spans of it that touch are one entity: "2 ปี" + "6 เดือน" is the
  single TIME "2 ปี 6 เดือน" ThaiNER writes.
* **surface prior** - for the configured ``labels``, a span whose shape
  (digits folded to ``0``, white space to one space: "2 ปี" and "37 ปี" are
  both ``0 ปี``) was a gold span of the label but is that label in fewer than
  ``threshold`` of its ``min_count``-or-more occurrences in the training text
  is dropped: ThaiNER marks ``0 ปี`` TIME a quarter of the time and ขณะนี้ 15 %
  of the time, and the model would otherwise mark them all.
* **closing words** - for the same labels, a span of two words or more whose
  last word never closes a gold span of the label is cut back to its last word
  that does (the ``ner`` runs on past the entity: "04.22 ของ", "2 วันติด",
  "3 ปีวางโจทย์"); what is left still has to pass the surface prior. Held out
  on val.txt: TIME 0.835 -> 0.864.

Only shapes that were gold spans are kept (a few dozen), so the model stays
small; shapes never seen as the label are left to the model.
"""
from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.training import Example

FACTORY = "thai_notices_entity_prior"
TOUCHING_RATE = 0.005  # at most this share of a label's gold spans touch another of the label
_DIGITS = re.compile(r"[0-9๐-๙]+(?:[.,:][0-9๐-๙]+)*")


def token_shape(text: str) -> str:
    return " " if text.isspace() else _DIGITS.sub("0", text)


def span_shape(tokens: Iterable) -> tuple[str, ...]:
    """The shape of a span's tokens, white space at its edges left out (gold spans are trimmed)."""
    shape = [token_shape(t.text) for t in tokens]
    while shape and shape[-1] == " ":
        shape.pop()
    while shape and shape[0] == " ":
        shape.pop(0)
    return tuple(shape)


def _touch(doc: Doc, left: Span, right: Span) -> bool:
    return left.label == right.label and all(t.is_space for t in doc[left.end:right.start])


class EntityPrior:
    def __init__(self, nlp: Language, name: str, labels: Sequence[str], threshold: float, min_count: int) -> None:
        self.name = name
        self.labels = list(labels)
        self.threshold = threshold
        self.min_count = min_count
        self.merge_labels: set[str] = set()
        self.rare: dict[str, set[tuple[str, ...]]] = {}
        self.closing: dict[str, set[str]] = {}

    def __call__(self, doc: Doc) -> Doc:
        ents: list[Span] = []
        for ent in doc.ents:
            if ents and ent.label_ in self.merge_labels and _touch(doc, ents[-1], ent):
                ents[-1] = Span(doc, ents[-1].start, ent.end, label=ent.label)
            else:
                ents.append(ent)
        ents = [self._close(e) for e in ents]
        doc.ents = [e for e in ents if span_shape(e) not in self.rare.get(e.label_, ())]
        return doc

    def _close(self, ent: Span) -> Span:
        closing = self.closing.get(ent.label_)
        words = [t for t in ent if not t.is_space]
        if closing is None or len(words) < 2 or token_shape(words[-1].text) in closing:
            return ent
        last = next((t for t in reversed(words[:-1]) if token_shape(t.text) in closing), words[0])
        return Span(ent.doc, ent.start, last.i + 1, label=ent.label)

    def initialize(self, get_examples: Callable[[], Iterable[Example]], *, nlp: Language | None = None) -> None:
        self.fit(ex.reference for ex in get_examples())

    def fit(self, docs: Iterable[Doc]) -> EntityPrior:
        """Gather both statistics from gold docs (tokens whose annotation is missing are skipped)."""
        docs = list(docs)
        spans, touching = Counter(), Counter()
        as_label: Counter = Counter()
        self.closing = {label: set() for label in self.labels}
        for doc in docs:
            for left, right in zip(doc.ents, doc.ents[1:]):
                touching[left.label_] += _touch(doc, left, right)
            for ent in doc.ents:
                spans[ent.label_] += 1
                if ent.label_ in self.labels:
                    as_label[ent.label_, span_shape(ent)] += 1
                    self.closing[ent.label_].add(span_shape(ent)[-1])
        self.merge_labels = {label for label, n in spans.items() if touching[label] <= TOUCHING_RATE * n}
        shapes = {shape for _, shape in as_label}
        longest = max(map(len, shapes), default=0)
        seen: Counter = Counter()
        for doc in docs:
            known = [t.ent_iob_ != "" for t in doc]
            words = [token_shape(t.text) for t in doc]
            for i in range(len(doc)):
                for j in range(i + 1, min(i + longest, len(doc)) + 1):
                    if not known[j - 1]:
                        break
                    if tuple(words[i:j]) in shapes:
                        seen[tuple(words[i:j])] += 1
        self.rare = {label: set() for label in self.labels}
        for (label, shape), n in as_label.items():
            if seen[shape] >= self.min_count and n / seen[shape] < self.threshold:
                self.rare[label].add(shape)
        return self

    def _data(self) -> dict:
        return {"merge_labels": sorted(self.merge_labels),
                "rare": {label: sorted(map(list, shapes)) for label, shapes in self.rare.items()},
                "closing": {label: sorted(words) for label, words in self.closing.items()}}

    def _load(self, data: dict) -> EntityPrior:
        self.merge_labels = set(data["merge_labels"])
        self.rare = {label: {tuple(s) for s in shapes} for label, shapes in data["rare"].items()}
        self.closing = {label: set(words) for label, words in data.get("closing", {}).items()}
        return self

    def to_disk(self, path, **kwargs) -> None:
        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        (path / "prior.json").write_text(json.dumps(self._data(), ensure_ascii=False, indent=1), "utf-8")

    def from_disk(self, path, **kwargs) -> EntityPrior:
        return self._load(json.loads((Path(path) / "prior.json").read_text("utf-8")))

    def to_bytes(self, **kwargs) -> bytes:
        return json.dumps(self._data(), ensure_ascii=False).encode("utf-8")

    def from_bytes(self, data: bytes, **kwargs) -> EntityPrior:
        return self._load(json.loads(data))


@Language.factory(FACTORY, default_config={"labels": ["TIME"], "threshold": 0.3, "min_count": 5})
def make_entity_prior(nlp: Language, name: str, labels: list[str], threshold: float, min_count: int) -> EntityPrior:
    return EntityPrior(nlp, name, labels, threshold, min_count)
