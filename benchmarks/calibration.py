"""The "relevant or no match" boundary, measured on the development questions.

    python benchmarks/calibration.py [--cases ../shared/eval/dev.json benchmarks/check-questions.json] [--index index]

For every (question, source) judged in the gold files, takes the best passage the source offers
and its two measurements (best-sentence cosine, rare-word coverage in the question's sense). Prints how well the shipped
boundary ``sentence_cosine + W * coverage >= T`` separates relevant sources from silent ones, how a
single cosine cut-off does at best, and a leave-one-question-out check: W and T are chosen on the
other questions, then judged on the one left out.
"""
import numpy as np


def main() -> None:
    from questions import gold_cases

    from assistant import relevance

    engine, cases = gold_cases(__doc__)
    rows = []  # (case, relevant?, best sentence cosine, coverage of that passage)
    for n, (keys, case) in enumerate(cases):
        query, vector = engine._query(case["turns"][-1], case["turns"][:-1])
        evidence = engine._evidence(query, [s["source_id"] for s in engine.sources], vector)
        # coverage as the answer counts it: each shared common word weighted by its sentence's sense
        in_sense = engine._sense(query, vector, evidence)
        for source in engine.sources:
            expected = case["expect"].get(keys.key({"path": source["path"]}), "skip")
            if expected == "skip":
                continue
            found = [in_sense(e) for e in evidence.get(source["source_id"], [])]
            best = max(found, key=lambda e: e.gate, default=None)
            rows.append((n, expected is not None, best.sentence_cosine if best else -1.0,
                         best.in_sense if best else 0.0))
    data = np.array([(r[0], r[1], r[2], r[3]) for r in rows], dtype=float)
    case, label, cosine, coverage = data.T
    label = label.astype(bool)

    def accuracy(w, t, mask):
        decided = cosine[mask] + w * coverage[mask] >= t
        return float(np.mean(decided == label[mask]))

    def split(w, t, mask):
        decided = cosine[mask] + w * coverage[mask] >= t
        return float(np.mean(~decided[~label[mask]])), float(np.mean(decided[label[mask]]))

    everything = np.ones(len(label), dtype=bool)
    grid = [(w, t) for w in (0.0, 0.3, 0.5, 0.7, 1.0) for t in np.arange(0.40, 1.01, 0.02)]
    shipped = (relevance.GATE_LEXICAL_WEIGHT, relevance.GATE_THRESHOLD)
    best_cosine = max((accuracy(0.0, t, everything), t) for t in np.arange(0.3, 1.0, 0.01))
    held_out = []
    for n in np.unique(case):
        train, test = case != n, case == n
        w, t = max(grid, key=lambda g: (accuracy(*g, train), -abs(g[1] - shipped[1])))
        held_out.append(np.mean((cosine[test] + w * coverage[test] >= t) == label[test]) * test.sum())
    print(f"judged (question, source) pairs: {len(label)} ({label.sum()} relevant, {(~label).sum()} silent)")
    abstain, found = split(*shipped, everything)
    print("| boundary | accuracy | silent sources reported as no match | relevant sources found |")
    print("| --- | --- | --- | --- |")
    print(f"| shipped: sentence cosine + {shipped[0]} x coverage >= {shipped[1]} | {accuracy(*shipped, everything):.3f} "
          f"| {abstain:.3f} | {found:.3f} |")
    a2, f2 = split(0.0, best_cosine[1], everything)
    print(f"| best single cosine cut-off (>= {best_cosine[1]:.2f}), chosen on all questions | {best_cosine[0]:.3f} "
          f"| {a2:.3f} | {f2:.3f} |")
    print(f"| leave-one-question-out (W, T chosen without the question) | {sum(held_out) / len(label):.3f} | | |")
    w, t = max(grid, key=lambda g: (accuracy(*g, everything), -abs(g[1] - shipped[1])))
    print(f"best boundary for this index and model on these questions: ASSISTANT_GATE_LEXICAL_WEIGHT={w} "
          f"ASSISTANT_GATE_THRESHOLD={t:.2f} (accuracy {accuracy(w, t, everything):.3f})")


if __name__ == "__main__":
    main()
