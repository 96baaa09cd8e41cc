"""Whether the marked sentence is the one the gold snippet is in.

    python benchmarks/highlight.py [--cases ../shared/eval/dev.json benchmarks/check-questions.json] [--index index]

For every (question, source) whose first passage holds one of the gold snippets, checks whether the
highlighted sentence is that snippet's sentence (it holds the snippet's first 25 characters, or lies
inside the snippet). Prints the count for the shipped highlight and for the best sentence by cosine
alone.
"""


def main() -> None:
    from questions import gold_cases

    engine, cases = gold_cases(__doc__)
    from score import contains, norm

    from assistant.engine import Engine

    shipped = Engine._highlight_row

    def count() -> tuple[int, int]:
        marked = judged = 0
        for sources, case in cases:
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
