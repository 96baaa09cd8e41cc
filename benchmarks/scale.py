"""How the vector index grows from 10^3 to 10^6 vectors: build time, size on disk, memory, query
time, and recall@10 of the approximate index against exact search. Synthetic unit vectors of the
model's dimension (384) stand in above what can be embedded here. They are drawn around 2,000
topic directions, as sentence embeddings of a corpus are; uniformly random directions would be the
pathological case where every point is about equally far from every other.

    python benchmarks/scale.py [--sizes 1000 10000 100000 1000000] [--queries 200]
"""
import argparse
import sys
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))


def rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def unit(n, d, seed, topics=2000, spread=0.6):
    centers = np.random.default_rng(0).standard_normal((topics, d)).astype(np.float32)
    centers /= np.linalg.norm(centers, axis=1, keepdims=True)
    out = np.empty((n, d), dtype=np.float32)
    rng = np.random.default_rng(seed)
    for lo in range(0, n, 100_000):
        m = min(100_000, n - lo)
        block = centers[rng.integers(0, topics, m)] + spread / np.sqrt(d) * rng.standard_normal((m, d)).astype(np.float32)
        out[lo:lo + m] = block / np.linalg.norm(block, axis=1, keepdims=True)
    return out


def measure(vectors, queries, exact_limit, truth=None):
    import faiss

    from embeddings.store import make_faiss

    before = rss_mb()
    started = time.perf_counter()
    index = make_faiss(vectors, exact_limit=exact_limit)
    build = time.perf_counter() - started
    memory = rss_mb() - before
    size = faiss.serialize_index(index).nbytes / 2**20
    faiss.omp_set_num_threads(1)
    started = time.perf_counter()
    ids = np.vstack([index.search(q[None, :], 10)[1] for q in queries])
    query_ms = (time.perf_counter() - started) * 1000 / len(queries)
    faiss.omp_set_num_threads(0)
    recall = 1.0 if truth is None else float(np.mean([len(set(a) & set(b)) / 10 for a, b in zip(ids, truth)]))
    return type(index).__name__, build, size, memory, query_ms, recall, ids


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", type=int, nargs="+", default=[1_000, 10_000, 100_000, 1_000_000])
    parser.add_argument("--queries", type=int, default=200)
    parser.add_argument("--dim", type=int, default=384)
    parser.add_argument("--spread", type=float, default=1.5, help="noise around each topic direction (larger: harder)")
    parser.add_argument("--approx-from", type=int, default=10_000, help="also measure the IVF index from this size up")
    args = parser.parse_args()
    queries = unit(args.queries, args.dim, 7, spread=args.spread)
    print(f"{'vectors':>9s} {'index':>14s} {'build s':>8s} {'disk MB':>8s} {'RAM MB':>8s} {'query ms':>9s} {'recall@10':>9s}")
    for n in args.sizes:
        vectors = unit(n, args.dim, n, spread=args.spread)
        kind, build, size, memory, query_ms, recall, truth = measure(vectors, queries, exact_limit=n)
        print(f"{n:9d} {kind:>14s} {build:8.2f} {size:8.1f} {memory:8.1f} {query_ms:9.3f} {recall:9.3f}", flush=True)
        if n >= args.approx_from:
            kind, build, size, memory, query_ms, recall, _ = measure(vectors, queries, exact_limit=0, truth=truth)
            print(f"{n:9d} {kind:>14s} {build:8.2f} {size:8.1f} {memory:8.1f} {query_ms:9.3f} {recall:9.3f}", flush=True)
        del vectors


if __name__ == "__main__":
    main()
