"""The trained NER: offline loading, the ThaiNER bracket format, pipeline order.

Fast tests only; accuracy and speed are measured by benchmarks/ner_report.py.
"""
import json
from pathlib import Path

import pytest
import spacy

from pipeline.ner import (
    CRFBaseline,
    keep_spans,
    parse_line,
    parse_thainer,
    score,
    to_brackets,
    to_docbin,
    docbin_spans,
)
from pipeline.nlp import MODEL_DIR, blank, get_nlp

THAINER = Path(__file__).resolve().parents[2] / "shared" / "data" / "thainer-1.5"

SAMPLES = [
    "[DATE]วานนี้[/DATE] ([DATE]5 ธ.ค.[/DATE]) [PERSON]นายจตุพร พรหมพันธุ์[/PERSON] ส.ส.สัดส่วน "
    "[ORGANIZATION]พรรคเพื่อไทย[/ORGANIZATION]และแกนนำคนเสื้อแดง",
    "[ORGANIZATION]องค์การสหประชาชาติ[/ORGANIZATION] ประกาศ [DATE]พ.ศ.2554[/DATE] ปีอนุรักษ์ป่าสากล",
    "ชุมนุมที่[FACILITY]อนุสาวรีย์ประชาธิปไตย[/FACILITY]ใน[TIME]ช่วงค่ำ[/TIME] ดูที่ [URL]www.example.com[/URL]",
    "ไม่มีชื่อเฉพาะในประโยคนี้",
    "งบประมาณ [MONEY]1,200 ล้านบาท[/MONEY] หรือ [PERCENT]ร้อยละ 5[/PERCENT] ตาม[LAW]พระราชบัญญัติงบประมาณ[/LAW]",
]


@pytest.mark.parametrize("line", SAMPLES)
def test_bracket_format_round_trips(line):
    text, spans = parse_line(line)
    assert "[" not in text
    assert to_brackets(text, spans) == line


def test_parse_keeps_offsets_and_labels():
    text, spans = parse_line(SAMPLES[0])
    assert [(text[s:e], label) for s, e, label in spans] == [
        ("วานนี้", "DATE"), ("5 ธ.ค.", "DATE"), ("นายจตุพร พรหมพันธุ์", "PERSON"), ("พรรคเพื่อไทย", "ORGANIZATION"),
    ]


def test_mismatched_closing_tag_keeps_the_opening_label():
    text, spans = parse_line("เวลา [TIME]16.00 น.[/DATE] โดย")
    assert [(text[s:e], label) for s, e, label in spans] == [("16.00 น.", "TIME")]


def test_label_mapping_facility_to_location_and_drops():
    text, spans = parse_line(SAMPLES[2])
    assert [(text[s:e], label) for s, e, label in keep_spans(text, spans)] == [
        ("อนุสาวรีย์ประชาธิปไตย", "LOCATION"), ("ช่วงค่ำ", "TIME"),
    ]


def test_docbin_round_trips_aligned_spans_and_counts_unaligned():
    nlp = blank()
    examples = [parse_line(line) for line in SAMPLES]
    db, unaligned = to_docbin(examples, nlp)
    back = docbin_spans(db, nlp)
    assert [t for t, _ in back] == [t for t, _ in examples]
    for (text, spans), (_, ents) in zip(examples, back):
        assert set(ents) <= set(keep_spans(text, spans))
    assert sum(len(e) for _, e in back) + unaligned == sum(len(keep_spans(t, s)) for t, s in examples)


def test_unaligned_span_is_counted_and_left_missing():
    # newmm reads "ในประเทศ" as one word, so "ประเทศไทย" cannot be a span
    nlp = blank()
    text, spans = parse_line("เกิดขึ้นใน[LOCATION]ประเทศไทย[/LOCATION] [PERSON]นายสมชาย ใจดี[/PERSON] กล่าว")
    db, unaligned = to_docbin([(text, spans)], nlp)
    doc = next(db.get_docs(nlp.vocab))
    assert unaligned == 1
    assert [(e.text, e.label_) for e in doc.ents] == [("นายสมชาย ใจดี", "PERSON")]
    assert any(t.ent_iob_ == "" for t in doc)  # the unaligned place's tokens are missing, not O


def test_brackets_and_abbreviation_dots_do_not_hide_entity_boundaries():
    # newmm alone gives "(28" and "พ", ".", "ย", ".61)": neither date could be a span
    nlp = blank()
    text, spans = parse_line("เมื่อ ([DATE]28 ก.พ.[/DATE]) และ [DATE]27 พ.ย.61[/DATE]) ที่ ([ORGANIZATION]สนช.[/ORGANIZATION])")
    db, unaligned = to_docbin([(text, spans)], nlp)
    assert unaligned == 0
    assert [e.text for e in next(db.get_docs(nlp.vocab)).ents] == ["28 ก.พ.", "27 พ.ย.61", "สนช."]


@pytest.mark.skipif(not (THAINER / "test.txt").exists(), reason="ThaiNER 1.5 data not present")
def test_thainer_test_file_round_trips():
    lines = [x for x in (THAINER / "test.txt").read_text(encoding="utf-8-sig").split("\n") if x.strip()]
    examples = parse_thainer(THAINER / "test.txt")
    assert len(examples) == len(lines)
    assert all(to_brackets(*ex) == line for ex, line in zip(examples[:300], lines[:300]))


def test_model_is_committed_with_meta_at_top():
    meta = json.loads((MODEL_DIR / "meta.json").read_text("utf-8"))
    assert meta["lang"] == "th"
    assert set(meta["labels"]["ner"]) == {"PERSON", "ORGANIZATION", "LOCATION", "LAW", "DATE", "TIME", "MONEY", "PERCENT"}
    size = sum(p.stat().st_size for p in MODEL_DIR.rglob("*") if p.is_file())
    assert size < 50 * 2**20


def test_model_loads_offline_and_tags_a_known_sentence():
    nlp = spacy.load(MODEL_DIR)  # the conftest fixture refuses any network connection
    doc = nlp("นายบัณฑูร เศรษฐศิโรตม์ เป็นประธาน ณ จังหวัดเชียงใหม่")
    ents = {(e.text, e.label_) for e in doc.ents}
    assert ("นายบัณฑูร เศรษฐศิโรตม์", "PERSON") in ents
    assert ("จังหวัดเชียงใหม่", "LOCATION") in ents


def test_ruler_runs_before_the_model():
    nlp = get_nlp()
    names = nlp.pipe_names
    assert "ner" in names, "models/ner missing: get_nlp() runs without the trained model"
    assert names.index("entity_ruler") < names.index("lexicon") < names.index("ner")  # the ner reads the lexicon's TAG
    doc = nlp("นายบัณฑูร เศรษฐศิโรตม์ เป็นประธาน ณ จังหวัดเชียงใหม่ สำนักงาน ก.พ.ร. ร่วมประชุม")
    ents = {(e.text, e.label_) for e in doc.ents}
    assert ("สำนักงาน ก.พ.ร.", "ORGANIZATION") in ents  # a gazetteer entity the model keeps
    assert ("นายบัณฑูร เศรษฐศิโรตม์", "PERSON") in ents  # and the model adds its own


def test_crf_baseline_uses_the_model_files_feature_names():
    crf = CRFBaseline("trained")
    attrs = {a.split(":")[0] for a, _ in crf.tagger.info().state_features}
    feats = crf.features([("นาย", "NN"), ("สมชาย", "NN"), (" ", "PU"), ("12345", "NU")])
    assert {k for f in feats for k in f} <= attrs
    spans, n_tokens = crf.tag("นายสมชาย ใจดี เดินทางไปจังหวัดเชียงใหม่")
    assert n_tokens > 0 and all(label for _, _, label in spans)


def test_score_is_exact_span_and_label():
    gold = [[(0, 5, "PERSON"), (10, 15, "DATE")]]
    pred = [[(0, 5, "PERSON"), (10, 14, "DATE"), (20, 25, "LAW")]]
    s = score(gold, pred)
    assert s["PERSON"]["f"] == 1.0 and s["DATE"]["tp"] == 0
    assert s["micro"]["tp"] == 1 and s["micro"]["gold"] == 2 and s["micro"]["pred"] == 3
