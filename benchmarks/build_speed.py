"""Build throughput against bare ``model.encode`` on the same chunks, in the same run.

    python benchmarks/build_speed.py [--corpus corpus] [--repeat 2]

Prints passages/s for: bare encode of the chunk texts, and a full index build (parse, chunk,
embed with sentence vectors, write), and their ratio.
"""
import argparse
import shutil
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", type=Path, default=Path("corpus"))
    parser.add_argument("--repeat", type=int, default=2)
    args = parser.parse_args()

    from embeddings import build_index, chunk_source, load_corpus
    from embeddings.build import embed_text
    from embeddings.model import get_embedder

    embedder = get_embedder()
    texts = [embed_text(c) for s in load_corpus(args.corpus) for c in chunk_source(s).chunks]
    embedder.encode(texts[:8])  # warm up

    bare, built = [], []
    for _ in range(args.repeat):
        started = time.perf_counter()
        embedder._model.encode(texts, batch_size=32, normalize_embeddings=True, show_progress_bar=False)
        bare.append(len(texts) / (time.perf_counter() - started))
        folder = Path(tempfile.mkdtemp())
        started = time.perf_counter()
        summary = build_index(args.corpus, folder / "index", progress=False, full=True)
        built.append(summary.chunks / (time.perf_counter() - started))
        shutil.rmtree(folder)
    b, f = max(bare), max(built)
    print(f"chunks: {len(texts)}")
    print(f"bare model.encode:  {b:6.1f} passages/s")
    print(f"full index build:   {f:6.1f} passages/s (parse, chunk, embed + sentence vectors, write)")
    print(f"ratio build/bare:   {f / b:6.2f}")


if __name__ == "__main__":
    main()
