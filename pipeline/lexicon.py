"""Lexicon feature for the NER: each token's class in Thai word lists, as ``token.tag_``.

A CNN trained on 5k sentences has seen few of the names it must find; the
lists say what it cannot learn from so little: that a word is a Thai given
name or family name (pythainlp), a province or country (pythainlp), a person
title (``persons.json``), a month, or the head word of an organization, place
or law, or a date, time, money or percent cue (``data/ner_lexicon.json``).
The ``ner``'s tok2vec embeds ``TAG`` next to the word's own features.

Lists are matched on the pipeline's tokens (a name newmm splits into pieces
still matches), the longest match wins, and its tokens get ``CLASS`` then
``CLASS_I``. The component is stateless: it is rebuilt from the lists when a
model loads, so training and inference see the same classes.
"""
from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

from pythainlp.corpus import countries, provinces, thai_family_names, thai_female_names, thai_male_names, thai_stopwords
from pythainlp.corpus.tnc import word_freqs
from pythainlp.util.date import thai_abbr_months, thai_full_months
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc
from spacy.util import filter_spans

DATA = Path(__file__).parent / "data"
FACTORY = "thai_notices_lexicon"
COMMON_WORDS = 5000  # the most frequent TNC words are never name classes (ที่, ชาย, ประธาน are in the name lists)


def _names(names: set[str], common: set[str]) -> set[str]:
    """Name-list entries that say "name": not a common word, and longer than the syllables (สม, สุ) names start with."""
    return {n for n in names if len(n) > 2 and n not in common}


def _common_words() -> set[str]:
    """The Thai National Corpus's most frequent words, and the stop words."""
    ranked = sorted(word_freqs(), key=lambda wf: -wf[1])
    return {w for w, _ in ranked[:COMMON_WORDS]} | set(thai_stopwords())


@lru_cache(maxsize=1)
def lexicon() -> dict[str, frozenset[str]]:
    """Class → surfaces. A surface in two classes keeps the first (titles and names before places)."""
    persons = json.loads((DATA / "persons.json").read_text("utf-8"))
    cues = {k: v for k, v in json.loads((DATA / "ner_lexicon.json").read_text("utf-8")).items() if not k.startswith("_")}
    details = provinces(details=True)
    common = _common_words()
    classes = {
        "TITLE": set(persons["titles"]) | set(persons["weak_titles"]) | set(cues.pop("TITLE")),
        "GIVEN": _names(set(thai_male_names()) | set(thai_female_names()), common),
        "FAMILY": _names(set(thai_family_names()), common),
        "PROVINCE": {p["name_th"] for p in details} | {"จังหวัด" + p["name_th"] for p in details},
        "COUNTRY": set(countries()) | {"ประเทศ" + c for c in countries()},
        "MONTH": set(thai_full_months) | set(thai_abbr_months),
        **{label: set(words) for label, words in cues.items()},
    }
    seen: set[str] = set()
    out = {}
    for label, words in classes.items():
        out[label] = frozenset(w for w in words if w and w not in seen)
        seen |= out[label]
    return out


class LexiconTagger:
    """Sets ``token.tag_`` to the token's lexicon class (empty when it is in no list)."""

    def __init__(self, nlp: Language, name: str = FACTORY) -> None:
        self.name = name
        self.matcher = PhraseMatcher(nlp.vocab, attr="ORTH")
        for label, words in lexicon().items():
            self.matcher.add(label, [nlp.make_doc(w) for w in sorted(words)])

    def __call__(self, doc: Doc) -> Doc:
        matches = self.matcher(doc, as_spans=True)
        for span in filter_spans(matches):
            span[0].tag_ = span.label_
            for token in span[1:]:
                token.tag_ = span.label_ + "_I"
        return doc

    # Stateless: rebuilt from the word lists on load.
    def to_disk(self, path, **kwargs) -> None:
        Path(path).mkdir(parents=True, exist_ok=True)

    def from_disk(self, path, **kwargs) -> LexiconTagger:
        return self

    def to_bytes(self, **kwargs) -> bytes:
        return b""

    def from_bytes(self, data, **kwargs) -> LexiconTagger:
        return self


@Language.factory(FACTORY)
def make_lexicon_tagger(nlp: Language, name: str) -> LexiconTagger:
    return LexiconTagger(nlp, name)
