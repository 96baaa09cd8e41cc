"""Whether the marked sentence is the one the gold snippet is in.

    python benchmarks/highlight.py [--cases ../shared/eval/dev.json benchmarks/check-questions.json] [--index index]

For every (question, source) whose first passage holds one of the gold snippets, checks whether the
highlighted sentence is that snippet's sentence (it holds the snippet's first 25 characters, or lies
inside the snippet). Prints the count for the shipped highlight and for the best sentence by cosine
alone.
"""
import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--cases", type=Path, nargs="+",
                        default=[ROOT.parent / "shared" / "eval" / "dev.json", ROOT / "benchmarks" / "check-questions.json"])
    parser.add_argument("--index", type=Path, default=Path("index"))
    args = parser.parse_args()
    sys.path.insert(0, str(ROOT.parent / "shared" / "eval"))
    from score import SourceMap, contains, norm

    import assistant
    from assistant.engine import Engine

    engine = assistant.load(args.index)
    shipped = Engine._highlight_row

    def count() -> tuple[int, int]:
        marked = judged = 0
        for path in args.cases:
            gold = json.loads(path.read_text(encoding="utf-8"))
            sources = SourceMap(gold["fingerprints"])
            for case in gold["cases"]:
                answer = engine.ask(case["turns"][-1], history=case["turns"][:-1])
                for source in answer.sources:
                    expected = case["expect"].get(sources.key({"path": source.path}), "skip")
                    if not expected or expected == "skip" or not source.passages:
                        continue
                    passage = source.passages[0]
                    if not contains(passage.text, expected):
                        continue
                    sentence = norm(passage.highlighted[1])
                    judged += 1
                    marked += any(norm(s)[:25] in sentence or sentence in norm(s) for s in expected)
        return marked, judged

    marked, judged = count()
    Engine._highlight_row = lambda self, e, query, vector: e.sentence
    by_cosine, _ = count()
    Engine._highlight_row = shipped
    print(f"first passages holding a gold snippet: {judged}")
    print("| highlight | gold sentence marked |")
    print("| --- | --- |")
    print(f"| shipped: cosine + 0.3 x rare words held, in the question's sense | {marked} |")
    print(f"| best sentence by cosine alone | {by_cosine} |")


if __name__ == "__main__":
    main()
