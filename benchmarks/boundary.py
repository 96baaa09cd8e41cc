"""The "relevant or no match" boundary on every corpus the question sets cover: the bundled Trotsky
corpus (all its question sets together) and each benchmark corpus under ``benchmarks/corpora``.

    python benchmarks/boundary.py [--work /tmp/boundary-indexes]

Builds each benchmark corpus's index in ``--work`` (reused when up to date), then, for every judged
(question, source) pair, takes the source's candidate passages with their two measurements (best
sentence cosine, rare-word coverage in the question's sense). A source is reported as relevant when
some passage has ``sentence_cosine + W * coverage >= T``. Prints the share of pairs decided right,
per corpus and as the mean over corpora, for the shipped boundary and for the best on a grid, so
that a change of constants is judged on all corpora at once rather than on the one it was tuned on.
"""
import argparse
import json
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
WEIGHTS = (0.0, 0.3, 0.5, 0.7, 1.0)
THRESHOLDS = np.round(np.arange(0.56, 0.82, 0.02), 2)


def judged_pairs(engine, gold: dict) -> list[tuple[bool, list[tuple[float, float]]]]:
    """(relevant?, [(sentence cosine, coverage in sense) of each candidate passage]) per judged pair."""
    from score import SourceMap

    keys = SourceMap(gold["fingerprints"])
    pairs = []
    for case in gold["cases"]:
        query, vector = engine._query(case["turns"][-1], case["turns"][:-1])
        evidence = engine._evidence(query, [s["source_id"] for s in engine.sources], vector)
        in_sense = engine._sense(query, vector, evidence)
        for source in engine.sources:
            expected = case["expect"].get(keys.key({"path": source["path"]}), "skip")
            if expected != "skip":
                found = [in_sense(e) for e in evidence.get(source["source_id"], [])]
                pairs.append((expected is not None, [(e.sentence_cosine, e.in_sense) for e in found]))
    return pairs


def accuracy(pairs, w: float, t: float) -> float:
    return float(np.mean([any(c + w * v >= t for c, v in found) == relevant for relevant, found in pairs]))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--work", type=Path, default=Path("/tmp/boundary-indexes"))
    args = parser.parse_args()
    sys.path.insert(0, str(ROOT))
    sys.path.insert(0, str(ROOT.parent / "shared" / "eval"))
    import assistant
    from assistant import relevance

    corpora: dict[str, list[dict]] = {}
    for path in sorted((ROOT / "benchmarks").glob("*-questions.json")) + [ROOT.parent / "shared" / "eval" / "dev.json"]:
        gold = json.loads(path.read_text(encoding="utf-8"))
        corpora.setdefault(gold.get("corpus", "corpus"), []).append(gold)
    pairs = {}
    for corpus, golds in corpora.items():
        if corpus == "corpus":
            engine = assistant.load(ROOT / "index")
        else:
            index = args.work / Path(corpus).name
            assistant.build(ROOT / corpus, index, progress=False)
            engine = assistant.load(index)
        name = "bundled" if corpus == "corpus" else Path(corpus).name
        pairs[name] = [p for gold in golds for p in judged_pairs(engine, gold)]
    names = list(pairs)
    shipped = (relevance.GATE_LEXICAL_WEIGHT, relevance.GATE_THRESHOLD)
    grid = {(w, float(t)): [accuracy(pairs[n], w, t) for n in names] for w in WEIGHTS for t in THRESHOLDS}
    ranked = sorted(grid, key=lambda g: -np.mean(grid[g]))
    print("judged pairs: " + ", ".join(f"{n} {len(pairs[n])}" for n in names))
    print("| boundary (W, T) | mean over corpora | " + " | ".join(names) + " |")
    print("| --- | --- | " + " | ".join("---" for _ in names) + " |")
    for g in [shipped] + [g for g in ranked if g != shipped][:5]:
        label = f"shipped ({g[0]}, {g[1]:.2f})" if g == shipped else f"({g[0]}, {g[1]:.2f})"
        print(f"| {label} | {np.mean(grid[g]):.3f} | " + " | ".join(f"{a:.3f}" for a in grid[g]) + " |")


if __name__ == "__main__":
    main()
