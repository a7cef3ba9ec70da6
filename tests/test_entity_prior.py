"""entity_prior: touching spans of a never-touching label merge; a span run one word long is cut back;
rare surfaces of a label are dropped."""
from pipeline.entity_prior import FACTORY
from pipeline.nlp import blank, get_nlp


def _doc(nlp, text, spans):
    doc = nlp.make_doc(text)
    doc.ents = [doc.char_span(s, e, label=label) for s, e, label in spans]
    return doc


TRAIN = [
    ("จำคุก 2 ปี 6 เดือน", [(6, 18, "TIME")]),  # a two-part duration is one TIME
    ("เวลา 09.00 น. ถึง 10.00 น.", [(5, 13, "TIME"), (18, 26, "TIME")]),
    ("เขาอายุ 5 ปี", [(8, 12, "TIME")]),
    ("อายุ 14 ปี", []),
    ("ครบ 30 ปี", []),
    ("ขณะนี้ฝนตก", [(0, 6, "TIME")]),
    ("ขณะนี้ยังไม่มีข้อสรุป", []),
    ("ขณะนี้ลมแรง", []),
    ("ขณะนี้ไม่มี", []),
    ("นายสมชาย ใจดี นายสมศักดิ์ ดีใจ", [(0, 13, "PERSON"), (14, 30, "PERSON")]),  # names do touch
]


def _fitted():
    nlp = blank()
    prior = nlp.add_pipe(FACTORY, config={"labels": ["TIME"], "threshold": 0.3, "min_count": 3})
    prior.fit(_doc(nlp, t, s) for t, s in TRAIN)
    return nlp, prior


def _apply(nlp, prior, text, spans):
    return [(e.text, e.label_) for e in prior(_doc(nlp, text, spans)).ents]


def test_fit_learns_which_labels_never_touch_and_which_surfaces_are_rarely_the_label():
    _, prior = _fitted()
    assert "TIME" in prior.merge_labels and "PERSON" not in prior.merge_labels
    # "0 ปี" is TIME in 1 of its 4 occurrences and ขณะนี้ in 1 of 4 (under 0.3); "0 น." is always TIME
    assert prior.rare["TIME"] == {("0", " ", "ปี"), ("ขณะนี้",)}


def test_touching_spans_of_a_never_touching_label_are_one_entity():
    nlp, prior = _fitted()
    text = "ลดโทษเหลือ 3 ปี 4 เดือน"
    assert _apply(nlp, prior, text, [(11, 15, "TIME"), (16, 23, "TIME")]) == [("3 ปี 4 เดือน", "TIME")]
    names = "นายก นายข"
    assert len(_apply(nlp, prior, names, [(0, 4, "PERSON"), (5, 9, "PERSON")])) == 2


def test_a_span_the_annotation_rarely_gives_the_label_is_dropped():
    nlp, prior = _fitted()
    assert _apply(nlp, prior, "ขณะนี้ 10.00 น.", [(0, 6, "TIME"), (7, 15, "TIME")]) == [("ขณะนี้ 10.00 น.", "TIME")]
    assert _apply(nlp, prior, "ขณะนี้ฝนตก", [(0, 6, "TIME")]) == []
    assert _apply(nlp, prior, "อายุ 12 ปี", [(5, 10, "TIME")]) == []
    assert _apply(nlp, prior, "เวลา 13.30 น.", [(5, 13, "TIME")]) == [("13.30 น.", "TIME")]


def test_a_span_run_past_its_last_word_loses_the_word_no_gold_span_closes_with():
    nlp, prior = _fitted()
    assert prior.closing["TIME"] == {"เดือน", "น.", "ปี", "ขณะนี้"}
    text = "เวลา 04.22 ของวันนี้"
    assert _apply(nlp, prior, text, [(5, 14, "TIME")]) == [("04.22", "TIME")]
    assert _apply(nlp, prior, "เวลา 10.00 น.", [(5, 13, "TIME")]) == [("10.00 น.", "TIME")]
    # cut back to a surface the annotation rarely marks, the span goes
    assert _apply(nlp, prior, "อายุ 12 ปีแล้ว", [(5, 14, "TIME")]) == []


def test_the_prior_round_trips_through_bytes():
    nlp, prior = _fitted()
    other = blank().add_pipe(FACTORY).from_bytes(prior.to_bytes())
    assert (other.merge_labels, other.rare, other.closing) == (prior.merge_labels, prior.rare, prior.closing)


def test_the_shipped_pipeline_applies_the_prior_after_the_ner():
    names = get_nlp().pipe_names
    assert names.index("ner") < names.index("entity_prior")
    doc = get_nlp()("ศาลพิพากษาจำคุก 2 ปี 6 เดือน")
    assert ("2 ปี 6 เดือน", "TIME") in {(e.text, e.label_) for e in doc.ents}


def test_a_model_span_holding_half_a_bracket_pair_is_no_entity():
    from pipeline.extract.entities import _cuts_a_bracket

    assert _cuts_a_bracket("ร่าง)") and _cuts_a_bracket("(Smart Grid")
    assert not _cuts_a_bracket("พระราชบัญญัติการไฟฟ้า (ฉบับที่ 2)") and not _cuts_a_bracket("สำนักงาน ก.พ.ร.")


def test_model_spans_that_cannot_be_names_are_dropped_or_trimmed():
    from pipeline.extract.entities import model_span

    assert model_span("สป.อว. / ภาพ", "ORGANIZATION", False) is None
    assert model_span("ที่ประชุมรับรองรายงานการประชุม", "PERSON", True) is None
    assert model_span("กลุ่มพัฒนาระบบบริหารภายในวันที่", "ORGANIZATION", False) == "กลุ่มพัฒนาระบบบริหาร"
    assert model_span("14.00 น.", "TIME", False) is None
    assert model_span("กรมบัญชีกลาง", "ORGANIZATION", False) == "กรมบัญชีกลาง"
    assert model_span("COVID-19/2020", "ORGANIZATION", False) == "COVID-19/2020"


def test_a_law_name_ends_at_a_clause_word():
    from pipeline.extract.entities import _LAW

    def law(text):
        return _LAW.search(text).group().strip()

    assert law("ตามรัฐธรรมนูญ โดยสรุปสาระสำคัญของการประชุม") == "รัฐธรรมนูญ"
    assert law("ปรับปรุงร่างพระราชกฤษฎีกาตามข้อสังเกตของกรรมการ") == "ร่างพระราชกฤษฎีกา"
    assert law("วันรัฐธรรมนูญ ประจำปี พ.ศ. 2565") == "รัฐธรรมนูญ"
    assert law("ตามพระราชบัญญัติโรคติดต่อ พ.ศ. 2558 มาตรา 5") == "พระราชบัญญัติโรคติดต่อ พ.ศ. 2558"
    assert law("พระราชบัญญัติกองทุนเพื่อความเสมอภาคทางการศึกษา พ.ศ. 2561") == (
        "พระราชบัญญัติกองทุนเพื่อความเสมอภาคทางการศึกษา พ.ศ. 2561")
    assert law("พระราชบัญญัติการจัดซื้อจัดจ้างและการบริหารพัสดุภาครัฐ พ.ศ. 2560") == (
        "พระราชบัญญัติการจัดซื้อจัดจ้างและการบริหารพัสดุภาครัฐ พ.ศ. 2560")


def test_a_span_is_cut_back_to_its_last_closing_word_however_far_it_ran():
    nlp, prior = _fitted()
    # "3 ปีวางโจทย์": วาง and โจทย์ never close a TIME; ปี does, and "0 ปี" is then too rarely TIME
    assert _apply(nlp, prior, "ภายใน 3 ปีวางโจทย์", [(6, 18, "TIME")]) == []
    assert _apply(nlp, prior, "จำคุก 2 ปี 6 เดือนแล้วจึง", [(6, 25, "TIME")]) == [("2 ปี 6 เดือน", "TIME")]
