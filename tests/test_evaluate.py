"""The scorer on small hand-made gold / prediction pairs (SPEC.md, "Scoring")."""
import copy
import datetime as dt
import json

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from pipeline.evaluate import Miss, evaluate, format_misses, format_table, normalize_text, score_frames

N = "n1"
GOLD = {
    "notice_id": N,
    "meeting": {
        "meeting_kind": "committee_meeting", "committee_name": "คณะทำงานพัฒนาคุณภาพการบริหารจัดการภาครัฐ",
        "session_no": 9, "session_year_be": 2562, "meeting_date": "2019-10-29", "weekday_stated": None,
        "mode": "onsite", "venue": "ห้องประชุม ชั้น 5 สำนักงาน ก.พ.ร.", "chair_name": "นางจุรี วิจิตรวาทการ",
    },
    "persons": [
        {"full_name": "นางจุรี วิจิตรวาทการ", "title": "นาง", "role": "chair"},
        {"full_name": "ตวงทอง", "role": "author"},
    ],
    "agenda": [
        {"number": "1", "level": 1, "decisions": ["approve"]},
        {"number": "2", "level": 1, "decisions": ["consider", "approve_in_principle"]},
        {"number": "2.1", "level": 2, "decisions": []},
    ],
    "dates": [
        {"surface": "29 ตุลาคม 2562", "date_start": "2019-10-29", "date_end": "2019-10-29"},
        {"surface": "ปี 2563", "date_start": "2020-01-01", "date_end": "2020-12-31"},
    ],
    "flags": ["no_chair"],
}


def pred_rows(notice_id=N):
    """Table rows that match GOLD exactly, typed as the pipeline writes them."""
    return {
        "meetings": [{
            "notice_id": notice_id, "meeting_kind": "committee_meeting",
            "committee_name": "คณะทำงานพัฒนาคุณภาพการบริหารจัดการภาครัฐ", "session_no": 9,
            "session_year_be": 2562, "meeting_date": dt.date(2019, 10, 29), "weekday_stated": None,
            "mode": "onsite", "venue": "ห้องประชุม ชั้น 5 สำนักงาน ก.พ.ร.", "chair_name": "นางจุรี วิจิตรวาทการ",
        }],
        "persons": [
            {"notice_id": notice_id, "full_name": "นางจุรี วิจิตรวาทการ", "role": "chair"},
            {"notice_id": notice_id, "full_name": "ตวงทอง", "role": "author"},
        ],
        "agenda_items": [
            {"notice_id": notice_id, "number": "1", "level": 1, "decisions": ["approve"]},
            {"notice_id": notice_id, "number": "2", "level": 1, "decisions": ["consider", "approve_in_principle"]},
            {"notice_id": notice_id, "number": "2.1", "level": 2, "decisions": []},
        ],
        "dates": [
            {"notice_id": notice_id, "date_start": dt.date(2019, 10, 29), "date_end": dt.date(2019, 10, 29)},
            {"notice_id": notice_id, "date_start": dt.date(2020, 1, 1), "date_end": dt.date(2020, 12, 31)},
        ],
        "quality_flags": [{"notice_id": notice_id, "flag": "no_chair", "detail": ""}],
    }


def frames(rows):
    return {name: pd.DataFrame(r) for name, r in rows.items()}


def score(gold=None, rows=None):
    gold = gold if gold is not None else {N: GOLD}
    return score_frames(gold, frames(rows if rows is not None else pred_rows()))


def write_run(tmp_path, gold, rows):
    """Write gold JSON and Parquet tables as the pipeline would (date32, list<string>, dictionary enums)."""
    gold_dir, pred_dir = tmp_path / "gold", tmp_path / "pred"
    gold_dir.mkdir()
    pred_dir.mkdir()
    for notice_id, annotation in gold.items():
        (gold_dir / f"{notice_id}.json").write_text(json.dumps(annotation, ensure_ascii=False), "utf-8")
    for name, table_rows in rows.items():
        table = pa.Table.from_pylist(table_rows)
        for column in ("meeting_kind", "mode", "role", "flag"):
            if column in table.column_names:
                i = table.column_names.index(column)
                table = table.set_column(i, column, table.column(i).dictionary_encode())
        pq.write_table(table, pred_dir / f"{name}.parquet")
    return gold_dir, pred_dir


def assert_perfect(result):
    assert result.misses == []
    assert all(s.accuracy == 1.0 for s in result.meeting.values())
    for s in [*result.sets.values(), result.overall]:
        assert (s.precision, s.recall, s.f1) == (1.0, 1.0, 1.0)
    assert result.meeting_accuracy == 1.0


def test_perfect_match_from_parquet_files_scores_one_everywhere(tmp_path):
    rows = pred_rows()
    # A second meeting whose session_no is null makes that int column come back as float64.
    rows["meetings"].append({**rows["meetings"][0], "notice_id": "n2", "session_no": None})
    gold = {N: GOLD, "n2": {**copy.deepcopy(GOLD), "notice_id": "n2"}}
    gold["n2"]["meeting"]["session_no"] = None
    for name in ("persons", "agenda_items", "dates", "quality_flags"):
        rows[name] += pred_rows("n2")[name]
    result = evaluate(*write_run(tmp_path, gold, rows))
    assert result.notices == [N, "n2"]
    assert_perfect(result)
    assert list(result.meeting) == list(GOLD["meeting"])
    assert result.meeting["session_no"].n == 2
    assert result.sets["decisions"].tp == 2 * 3
    assert result.sets["dates"].tp == 2 * 2


def test_missing_row_lowers_recall_not_precision():
    rows = pred_rows()
    rows["persons"].pop()
    s = score(rows=rows).sets["persons"]
    assert (s.tp, s.fp, s.fn) == (1, 0, 1)
    assert (s.precision, s.recall) == (1.0, 0.5)
    assert s.f1 == pytest.approx(2 / 3)


def test_extra_row_lowers_precision_not_recall():
    rows = pred_rows()
    rows["agenda_items"].append({"notice_id": N, "number": "3", "level": 1, "decisions": ["acknowledge"]})
    result = score(rows=rows)
    for name in ("agenda", "decisions"):
        s = result.sets[name]
        assert s.fp == 1 and s.fn == 0 and s.recall == 1.0 and s.precision < 1.0
    assert result.overall.fp == 2


def test_duplicates_collapse_to_one_item():
    rows = pred_rows()
    rows["persons"].append(dict(rows["persons"][0]))
    rows["quality_flags"].append(dict(rows["quality_flags"][0]))
    assert_perfect(score(rows=rows))


def test_strings_compare_after_spacing_trailing_paiyannoi_nfc_and_thai_normalization():
    assert normalize_text("  สำนักงาน\u200b  ก.พ.ร.ฯ \n") == "สำนักงาน ก.พ.ร."
    assert normalize_text("Cafe\u0301") == normalize_text("Café")
    assert normalize_text("เเปลก") == "แปลก"  # two Sara E typed for Sara Ae
    rows = pred_rows()
    m = rows["meetings"][0]
    m["venue"] = "ห้องประชุม  ชั้น 5\nสำนักงาน ก.พ.ร.ฯ"
    m["committee_name"] = "คณะทำงานพัฒนาคุณภาพการบริหารจัดการภาครัฐ "
    m["chair_name"] = "นางจุรี\u00a0วิจิตรวาทการ"
    rows["persons"][0]["full_name"] = "นางจุรี วิจิตร วาทการ"  # full names compare without spaces
    assert_perfect(score(rows=rows))


def test_meeting_null_equals_null_and_null_differs_from_a_value():
    rows = pred_rows()
    rows["meetings"][0]["weekday_stated"] = "อังคาร"  # gold null, predicted a value
    rows["meetings"][0]["venue"] = None  # gold a value, predicted null
    result = score(rows=rows)
    assert result.meeting["weekday_stated"].accuracy == 0.0
    assert result.meeting["venue"].accuracy == 0.0
    assert result.meeting["mode"].accuracy == 1.0
    assert Miss(N, "weekday_stated", None, "อังคาร") in result.misses
    assert Miss(N, "venue", GOLD["meeting"]["venue"], None) in result.misses
    assert score().meeting["weekday_stated"].accuracy == 1.0  # null vs null


def test_no_predicted_meeting_makes_every_stated_field_wrong():
    rows = pred_rows()
    rows["meetings"] = []
    result = score(rows=rows)
    assert all(s.correct == 0 and s.n == 1 for s in result.meeting.values())
    assert Miss(N, "weekday_stated", None, None) in result.misses  # even where gold is null
    assert result.meeting_accuracy == 0.0


def test_notices_without_gold_are_ignored():
    rows = pred_rows()
    for name, extra in pred_rows("not-annotated").items():
        rows[name] += extra
    result = score(rows=rows)
    assert_perfect(result)
    assert result.notices == [N]


def test_section_left_out_of_gold_is_not_scored():
    gold = {k: v for k, v in GOLD.items() if k not in ("persons", "meeting", "agenda")}
    result = score(gold={N: gold})
    assert result.meeting == {}
    assert result.meeting_accuracy is None
    for name in ("persons", "agenda", "decisions"):
        assert (result.sets[name].tp, result.sets[name].fp, result.sets[name].fn) == (0, 0, 0)
    assert result.sets["dates"].tp == 2


def test_dates_without_a_start_are_not_scored():
    gold = copy.deepcopy(GOLD)
    gold["dates"].append({"surface": "วันที่ 5", "date_start": None, "date_end": None})
    rows = pred_rows()
    rows["dates"].append({"notice_id": N, "date_start": None, "date_end": None})
    assert_perfect(score(gold={N: gold}, rows=rows))


def test_missing_tables_score_zero_without_crashing(tmp_path):
    gold_dir, pred_dir = write_run(tmp_path, {N: GOLD}, {})
    for result in (evaluate(gold_dir, pred_dir), score_frames({N: GOLD}, {})):
        for s in [*result.sets.values(), result.overall]:
            assert (s.tp, s.fp, s.precision, s.recall, s.f1) == (0, 0, 0.0, 0.0, 0.0)
        assert result.meeting_accuracy == 0.0
        assert len(result.misses) == len(GOLD["meeting"]) + 2 + 3 + 3 + 2 + 1
    with pytest.raises(FileNotFoundError):
        evaluate(gold_dir, tmp_path / "nowhere")


def test_misses_list_each_disagreement():
    rows = pred_rows()
    rows["meetings"][0]["session_no"] = 10
    rows["persons"][1]["role"] = "mentioned"
    rows["agenda_items"][1]["decisions"] = ["approve_in_principle"]
    rows["dates"][1]["date_end"] = dt.date(2020, 6, 30)
    rows["quality_flags"] = []
    result = score(rows=rows)
    assert result.misses == [
        Miss(N, "session_no", 9, 10),
        Miss(N, "persons", ("ตวงทอง", "author"), None),
        Miss(N, "persons", None, ("ตวงทอง", "mentioned")),
        Miss(N, "decisions", ("2", "consider"), None),
        Miss(N, "dates", ("2020-01-01", "2020-12-31"), None),
        Miss(N, "dates", None, ("2020-01-01", "2020-06-30")),
        Miss(N, "flags", "no_chair", None),
    ]
    text = format_misses(result, limit=2)
    assert text.splitlines() == [
        "misses (7):",
        f"{N}  session_no  gold=9  predicted=10",
        f'{N}  persons  gold=["ตวงทอง", "author"]  predicted=null',
        "... 5 more",
    ]
    assert format_misses(score()) == "no misses"


def test_reports_are_json_and_plain_text():
    result = score()
    data = json.loads(json.dumps(result.to_dict(), ensure_ascii=False))
    assert data["notices"] == 1
    assert data["sets"]["persons"] == {"tp": 2, "fp": 0, "fn": 0, "precision": 1.0, "recall": 1.0,
                                       "f1": 1.0, "support": 2}
    assert data["meeting"]["venue"] == {"correct": 1, "n": 1, "accuracy": 1.0}
    assert data["overall"]["meeting_accuracy"] == 1.0 and data["misses"] == []
    table = format_table(result)
    lines = {line.split()[0]: line.split()[1:] for line in table.splitlines()[1:]}
    assert lines["persons"] == ["1.000", "1.000", "1.000", "2"]
    assert lines["venue"] == ["1.000", "1"]
    assert lines["overall"] == ["1.000", "1.000", "1.000", str(2 + 3 + 3 + 2 + 1)]
