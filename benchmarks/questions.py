"""Questions the benchmarks ask of the bundled corpus: standalone, so any order gives the same answers."""
QUESTIONS = [
    "How did Trotsky die?", "Who created the Red Army?", "What is the theory of permanent revolution?",
    "Was Stalin a dictator?", "What does Putin have to do with the Trotsky series?",
    "Was Trotsky financed by German money?", "What happened at the Brest-Litovsk negotiations?",
    "Who was responsible for killing the Tsar's family?", "Can you recommend a good pizza recipe?",
    "What did Trotsky's grandson think of the series?",
]


def gold_cases(description: str):
    """The command line of the scripts that score against gold files (``--cases``, ``--index``):
    returns the loaded engine and every case with the fingerprint map of its file."""
    import argparse
    import json
    import sys
    from pathlib import Path

    root = Path(__file__).resolve().parents[1]
    parser = argparse.ArgumentParser(description=description, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--cases", type=Path, nargs="+",
                        default=[root.parent / "shared" / "eval" / "dev.json", root / "benchmarks" / "check-questions.json"])
    parser.add_argument("--index", type=Path, default=Path("index"))
    args = parser.parse_args()
    sys.path.insert(0, str(root))
    sys.path.insert(0, str(root.parent / "shared" / "eval"))
    from score import SourceMap

    import assistant

    cases = []  # (fingerprints of the file, case)
    for path in args.cases:
        gold = json.loads(path.read_text(encoding="utf-8"))
        cases.extend((SourceMap(gold["fingerprints"]), case) for case in gold["cases"])
    return assistant.load(args.index), cases
