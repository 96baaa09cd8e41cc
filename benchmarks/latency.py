"""Latency of ``ask`` against bare query encoding + FAISS search, and a LangChain FAISS retriever
built with the same model on the same chunks, all in one run.

    python benchmarks/latency.py [--index index] [--rounds 5]

LangChain is optional (``pip install -e '.[bench]'``); without it that row is skipped.
"""
import argparse
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from questions import QUESTIONS


def timed(fn, rounds):
    samples = []
    for _ in range(rounds):
        for q in QUESTIONS:
            started = time.perf_counter()
            fn(q)
            samples.append((time.perf_counter() - started) * 1000)
    return statistics.median(samples), sorted(samples)[int(0.95 * (len(samples) - 1))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--index", type=Path, default=Path("index"))
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()

    import assistant
    from embeddings.build import embed_text

    engine = assistant.load(args.index)
    faiss_index = engine.stored.faiss_index
    model = engine.embedder

    def bare(q):
        v = model.encode([q])
        faiss_index.search(v, 10)

    for q in QUESTIONS:  # warm up
        engine.ask(q)
        bare(q)
    rows = [("bare encode + FAISS top-10", *timed(bare, args.rounds)),
            ("assistant ask (all sources)", *timed(engine.ask, args.rounds))]
    try:
        from langchain_community.vectorstores import FAISS
        from langchain_huggingface import HuggingFaceEmbeddings

        lc_model = HuggingFaceEmbeddings(model_name=model.path, model_kwargs={"device": "cpu"},
                                         encode_kwargs={"normalize_embeddings": True})
        store = FAISS.from_texts([embed_text(c) for c in engine.chunks], lc_model)
        retriever = store.as_retriever(search_kwargs={"k": 10})
        retriever.invoke(QUESTIONS[0])
        rows.append(("LangChain FAISS retriever top-10", *timed(retriever.invoke, args.rounds)))
    except ImportError:
        print("(LangChain not installed: pip install -e '.[bench]' for that row)")
    base = rows[0][1]
    print(f"{'pipeline':36s} {'median ms':>10s} {'p95 ms':>8s} {'x bare':>7s}")
    for name, median, p95 in rows:
        print(f"{name:36s} {median:10.1f} {p95:8.1f} {median / base:7.2f}")


if __name__ == "__main__":
    main()
