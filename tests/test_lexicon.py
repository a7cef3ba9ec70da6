"""The NER's lexicon feature: word-list classes on the pipeline's own tokens."""
from pipeline.lexicon import FACTORY, lexicon
from pipeline.nlp import blank


def _tags(text: str) -> list[tuple[str, str]]:
    nlp = blank()
    nlp.add_pipe(FACTORY)
    return [(t.text, t.tag_) for t in nlp(text) if not t.is_space]


def test_classes_of_a_known_sentence():
    tags = dict(_tags("ด.ช.กิตติพงษ์ ป่วยที่โรงพยาบาลจังหวัดเชียงใหม่ เมื่อ 5 ธ.ค. เวลา 10.00 น. งบ 5 ล้านบาท"))
    assert tags["ด.ช."] == "TITLE"
    assert tags["กิตติ"] == "GIVEN" and tags["พงษ์"] == "GIVEN_I"  # a name newmm splits still matches whole
    assert tags["โรงพยาบาล"] == "ORG_HEAD"
    assert (tags["จังหวัด"], tags["เชียงใหม่"]) == ("PROVINCE", "PROVINCE_I")  # the longest match wins
    assert tags["ธ.ค."] == "MONTH"
    assert tags["น."] == "TIME_CUE"
    assert tags["ล้าน"] == "MONEY_CUE"


def test_common_words_are_never_names():
    # ที่ and ชาย are in pythainlp's given-name list; as name classes they would tag half of every text.
    assert "ที่" not in lexicon()["GIVEN"] and "ชาย" not in lexicon()["GIVEN"]
    assert dict(_tags("ป่วยที่บ้าน"))["ที่"] == ""


def test_a_surface_has_one_class():
    seen: dict[str, str] = {}
    for label, words in lexicon().items():
        for w in words:
            assert w not in seen, f"{w} in {seen.get(w)} and {label}"
            seen[w] = label
