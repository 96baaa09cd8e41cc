"""The question sets the benchmarks score against: each is well formed and every expected passage
stands in the source it is expected from (the seed documents, or the set's own "corpus" folder),
so no figure is lowered by a label that can never be met."""
import json
import re
import unicodedata

import pytest
from conftest import ROOT, SEED_CORPUS

from embeddings.sources import original_text

STRAIGHT = str.maketrans({"\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"', "\u2013": "-", "\u2014": "-"})
QUESTION_SETS = sorted((ROOT / "benchmarks").glob("*-questions.json"))


def _norm(text: str) -> str:
    """As the scorer compares text: accents and case off, quotes and dashes straight, white space single."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = text.translate(STRAIGHT)
    return re.sub(r"\s+", " ", text).strip().lower()


def test_there_are_question_sets():
    assert {p.name for p in QUESTION_SETS} >= {"check-questions.json", "paraphrase-questions.json",
                                               "heldout-questions.json"}


@pytest.mark.parametrize("path", QUESTION_SETS, ids=lambda p: p.name)
def test_expected_passages_stand_in_their_sources(path):
    gold = json.loads(path.read_text(encoding="utf-8"))
    corpus = ROOT / gold["corpus"] if "corpus" in gold else SEED_CORPUS  # a set may bring its own documents
    texts = [_norm(original_text(p)) for p in sorted(corpus.iterdir()) if p.suffix in (".txt", ".pdf", ".html")]
    source_of = {}
    for key, fingerprint in gold["fingerprints"].items():
        holding = [t for t in texts if _norm(fingerprint) in t]
        assert len(holding) == 1, f"{path.name}: fingerprint {key} matches {len(holding)} sources"
        source_of[key] = holding[0]
    ids = [case["id"] for case in gold["cases"]]
    assert len(ids) == len(set(ids)), f"{path.name}: repeated case id"
    for case in gold["cases"]:
        assert case["turns"] and all(isinstance(t, str) and t.strip() for t in case["turns"]), case["id"]
        assert set(case["expect"]) == set(source_of), case["id"]
        for key, expected in case["expect"].items():
            if expected is None or expected == "skip":
                continue
            missing = [s for s in expected if _norm(s) not in source_of[key]]
            assert not missing, f"{path.name}: {case['id']} expects text source {key} does not hold: {missing}"
