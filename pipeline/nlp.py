"""The spaCy pipeline, built once per process.

Tokenizer: pythainlp's newmm over its dictionary plus the domain's words
(committee abbreviations, titles, decision cues), so ``ก.พ.ร.`` or
``เห็นชอบ`` stay one token and phrase patterns align with running text.
Then an EntityRuler with the gazetteers, then the trained ``ner`` when
``models/ner`` holds one and ``THAI_NOTICES_NO_NER`` is not set to ``1``
(rules and gazetteers only: faster, no ``source="ner"`` entities).
"""
from __future__ import annotations

import json
import logging
import os
import re
from functools import lru_cache
from pathlib import Path

import spacy
from pythainlp.corpus import provinces, thai_words
from pythainlp.tokenize import word_tokenize
from pythainlp.util import dict_trie
from pythainlp.util.date import thai_abbr_months
from spacy.language import Language
from spacy.tokens import Doc

from . import entity_prior, lexicon  # noqa: F401 - register the factories a trained model names

log = logging.getLogger(__name__)

DATA = Path(__file__).parent / "data"
MODEL_DIR = Path(__file__).resolve().parents[1] / "models" / "ner"
TOKENIZER = "thai_notices.tokenizer.v1"
NO_NER_ENV = "THAI_NOTICES_NO_NER"


def _jsonl(name: str) -> list[dict]:
    return [json.loads(line) for line in (DATA / name).read_text("utf-8").splitlines() if line.strip()]


@lru_cache(maxsize=1)
def domain_words() -> frozenset[str]:
    from .extract.committees import load_registry  # registry surfaces are domain words

    persons = json.loads((DATA / "persons.json").read_text("utf-8"))
    words = {p["pattern"] for p in _jsonl("decisions.jsonl") if "pattern" in p}
    words |= set(persons["titles"]) | set(persons["weak_titles"])
    words |= set(thai_abbr_months)  # the dictionary lacks some (พ.ย.), which newmm then cuts into letters
    registry = load_registry()
    words |= {s for s in (*registry.surfaces, *registry.expansions) if " " not in s}
    return frozenset(w for w in words if w)


@lru_cache(maxsize=1)
def word_trie():
    """The tokenizer's dictionary: pythainlp's words and the domain's, built once per process."""
    return dict_trie(set(thai_words()) | domain_words())


# newmm's pattern for non-Thai runs swallows a bracket or quote with the digits
# or the abbreviation dot beside it ("(29", "พ.ย.61)", "สนช" ".)"), hiding dates
# and abbreviations from the dictionary and from entity boundaries: they are
# split off before newmm sees the text, and so is a number glued to a Thai
# abbreviation's dot ("พ.ย.61", where newmm would read ".61" as a decimal).
_BRACKETS = re.compile(r"""([()\[\]{}"“”‘’«»])""")
_DOT_DIGIT = re.compile(r"(?<=[\u0e01-\u0e4e]\.)(?=[0-9๐-๙])")


class NoticeTokenizer:
    """newmm with the domain dictionary; whitespace kept as tokens like spaCy's ``th``; brackets and quotes alone."""

    def __init__(self, vocab):
        self.vocab = vocab

    def __call__(self, text: str) -> Doc:
        words = []
        for i, part in enumerate(_BRACKETS.split(text)):
            if i % 2:  # a bracket or quote (re.split puts the captured separators at odd indexes)
                words.append(part)
            else:
                for piece in _DOT_DIGIT.split(part):
                    words += [w for w in word_tokenize(piece, custom_dict=word_trie(), engine="newmm", keep_whitespace=True) if w]
        if "".join(words) != text:  # newmm must not drop characters; offsets depend on it
            raise ValueError("tokenizer lost characters")
        return Doc(self.vocab, words=words, spaces=[False] * len(words))

    def to_disk(self, path, **kwargs):  # stateless: nothing to save
        pass

    def from_disk(self, path, **kwargs):
        return self

    def to_bytes(self, **kwargs):
        return b""

    def from_bytes(self, data, **kwargs):
        return self


@spacy.registry.tokenizers(TOKENIZER)
def create_tokenizer():
    def make(nlp: Language) -> NoticeTokenizer:
        return NoticeTokenizer(nlp.vocab)

    return make


def blank() -> Language:
    """A blank Thai pipeline with the project tokenizer (also used for training)."""
    return spacy.blank("th", config={"nlp": {"tokenizer": {"@tokenizers": TOKENIZER}}})


def gazetteer_patterns() -> list[dict]:
    """EntityRuler phrase patterns: committees and agencies, provinces."""
    from .extract.committees import load_registry

    patterns = [{"label": "ORGANIZATION", "pattern": s, "id": cid} for s, cid in load_registry().surfaces.items()]
    patterns += [{"label": "ORGANIZATION", "pattern": p["pattern"]} for p in _jsonl("agencies.jsonl")]
    for province in provinces():
        patterns.append({"label": "LOCATION", "pattern": "จังหวัด" + province})
        patterns.append({"label": "LOCATION", "pattern": province})
    return patterns


def ner_enabled() -> bool:
    """Whether ``get_nlp`` adds the trained ``ner``: a model exists and ``THAI_NOTICES_NO_NER`` is not ``1``."""
    return os.environ.get(NO_NER_ENV, "") != "1" and (MODEL_DIR / "meta.json").exists()


def with_ruler(model: Language | None) -> Language:
    """The gazetteer EntityRuler, then the trained model's components (its lexicon feature and ``ner``)."""
    nlp = blank()
    ruler = nlp.add_pipe("entity_ruler", config={"phrase_matcher_attr": "ORTH", "overwrite_ents": False})
    ruler.add_patterns(gazetteer_patterns())
    if model is not None:
        for name in model.pipe_names:
            nlp.add_pipe(name, source=model)
    return nlp


@lru_cache(maxsize=1)
def get_nlp() -> Language:
    if not ner_enabled():
        log.info("NER off (no model in %s, or %s=1); gazetteer entities only", MODEL_DIR, NO_NER_ENV)
    nlp = with_ruler(spacy.load(MODEL_DIR) if ner_enabled() else None)
    log.info("spaCy pipeline loaded in process %d: %s", os.getpid(), nlp.pipe_names)
    return nlp
