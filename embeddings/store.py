"""The index on disk: a directory of plain files, written whole or not at all.

    manifest.json   format version, model and dimension, chunking settings, a hash per source
                    file, package versions, counts
    vectors.faiss   the FAISS index; row i is chunk i of chunks.jsonl
    chunks.jsonl    one chunk per line: id, source id, span, paragraph, role, speaker, text
    sources.json    the sources' metadata, viewpoint labels included
    report.json     what cleaning removed from each source, for a curator to audit
    sentences.npy   one vector per sentence of each chunk (m, dim) float32, pooled from the
                    chunk's own forward pass; sentence_spans.npy (m, 3) int64: chunk row, start, end
    words.json      the corpus's distinct words, folded; words.npy (w, dim) float32: the model's
                    vector for each word read alone (see embeddings.vocabulary)

No pickle anywhere. A build writes a sibling temporary directory and renames it into place, so a
crash or a full disk leaves the previous index as it was.
"""
from __future__ import annotations

import json
import os
import shutil
import time
import uuid
from dataclasses import dataclass
from pathlib import Path

from . import config
from .chunking import Chunk
from .errors import AssistantError, IndexMismatchError, IndexMissingError

FORMAT_VERSION = 2
FILES = ("manifest.json", "vectors.faiss", "chunks.jsonl", "sources.json", "report.json", "sentences.npy",
         "sentence_spans.npy", "words.json", "words.npy")
#: Inverted-file cells searched per query (of about 2 * sqrt(n)).
IVF_PROBE = 128
BUILD_COMMAND = "assistant build"


def make_faiss(vectors, exact_limit: int | None = None):
    """An inner-product index over unit vectors (n, d): exact up to ``exact_limit``, IVF above.

    Exact search is a matrix product: at 1e5 x 384 floats it answers in under 10 ms on one core and
    needs no tuning. Past that an inverted file (k-means cells, ``IVF_PROBE`` of them searched per
    query) keeps queries fast at the recall@10 that benchmarks/scale.py measures; it trains in
    seconds where an HNSW graph of a million vectors takes many minutes on two cores.
    """
    import math

    import faiss
    import numpy as np

    vectors = np.ascontiguousarray(vectors, dtype=np.float32)
    n, dim = vectors.shape
    if n <= (config.EXACT_SEARCH_LIMIT if exact_limit is None else exact_limit):
        index = faiss.IndexFlatIP(dim)
        if n:
            index.add(vectors)
        return index
    cells = int(min(max(16, 2 * math.sqrt(n)), 8192))
    index = faiss.IndexIVFFlat(faiss.IndexFlatIP(dim), dim, cells, faiss.METRIC_INNER_PRODUCT)
    sample = vectors[np.random.default_rng(0).choice(n, size=min(n, 64 * cells), replace=False)]
    index.train(sample)
    index.add(vectors)
    prepare(index)
    return index


def prepare(index) -> None:
    """Search settings that are not stored in the file, and row lookups for reconstruct()."""
    import faiss

    if isinstance(index, faiss.IndexIVF):
        index.nprobe = min(IVF_PROBE, index.nlist)
        index.make_direct_map()


@dataclass
class StoredIndex:
    """An index read back from disk and checked against its manifest."""

    path: Path
    manifest: dict
    sources: list[dict]
    chunks: list[Chunk]
    faiss_index: object
    report: dict
    sentence_vectors: object  # (m, dim) float32
    sentence_spans: object  # (m, 3) int64: chunk row, start, end
    words: list[str]  # the corpus's distinct words, folded
    word_vectors: object  # (w, dim) float32

    @property
    def sentence_rows(self) -> list[tuple[int, int]]:
        """For each chunk, the (lo, hi) rows of its sentences in ``sentence_vectors``."""
        import numpy as np

        owners = self.sentence_spans[:, 0] if len(self.sentence_spans) else np.zeros(0, dtype=np.int64)
        rows = np.arange(len(self.chunks))
        lo = np.searchsorted(owners, rows, side="left")
        hi = np.searchsorted(owners, rows, side="right")
        return list(zip(lo.tolist(), hi.tolist()))

    @property
    def model_name(self) -> str:
        return self.manifest["model"]["name"]

    def vectors(self):
        """All stored vectors, (n, dim) float32, in chunk order."""
        import numpy as np

        n = self.faiss_index.ntotal
        if n == 0:
            return np.zeros((0, self.manifest["model"]["dim"]), dtype=np.float32)
        return self.faiss_index.reconstruct_n(0, n)


def package_versions() -> dict:
    from importlib.metadata import PackageNotFoundError, version

    out = {}
    for name in ("sentence-transformers", "faiss-cpu", "numpy", "torch", "transformers"):
        try:
            out[name] = version(name)
        except PackageNotFoundError:
            pass
    return out


def write_index(index_dir: Path, manifest: dict, sources: list[dict], chunks: list[Chunk], vectors,
                report: dict, sentences=None, spans=None, words=(), word_vectors=None) -> Path:
    """Write a complete index to ``index_dir``, replacing any previous one only once it is whole."""
    import faiss

    index_dir = Path(index_dir)
    index_dir.parent.mkdir(parents=True, exist_ok=True)
    tmp = index_dir.parent / f".{index_dir.name}.building-{os.getpid()}-{uuid.uuid4().hex[:6]}"
    try:
        tmp.mkdir()
        manifest = dict(manifest, format_version=FORMAT_VERSION, build_id=uuid.uuid4().hex,
                        built_at=time.strftime("%Y-%m-%dT%H:%M:%S%z"), chunks=len(chunks),
                        packages=package_versions())
        index = make_faiss(vectors)
        manifest["faiss"] = {"type": type(index).__name__, "ntotal": int(index.ntotal)}
        faiss.write_index(index, str(tmp / "vectors.faiss"))
        with open(tmp / "chunks.jsonl", "w", encoding="utf-8") as handle:
            handle.writelines(json.dumps(chunk.to_dict(), ensure_ascii=False) + "\n" for chunk in chunks)
        _write_json(tmp / "sources.json", sources)
        _write_json(tmp / "report.json", report)
        import numpy as np

        dim = int(np.asarray(vectors).shape[1])
        sentences = np.zeros((0, dim), np.float32) if sentences is None else sentences
        spans = np.zeros((0, 3), np.int64) if spans is None else spans
        np.save(tmp / "sentences.npy", np.ascontiguousarray(sentences, dtype=np.float32), allow_pickle=False)
        np.save(tmp / "sentence_spans.npy", np.ascontiguousarray(spans, dtype=np.int64), allow_pickle=False)
        manifest["sentences"] = len(spans)
        word_vectors = np.zeros((0, dim), np.float32) if word_vectors is None else word_vectors
        _write_json(tmp / "words.json", list(words))
        np.save(tmp / "words.npy", np.ascontiguousarray(word_vectors, dtype=np.float32), allow_pickle=False)
        manifest["words"] = len(words)
        _write_json(tmp / "manifest.json", manifest)  # last: its presence marks a whole index
        for name in FILES:
            with open(tmp / name, "rb") as handle:
                os.fsync(handle.fileno())
        _swap(tmp, index_dir)
    except OSError as error:
        shutil.rmtree(tmp, ignore_errors=True)
        raise AssistantError(
            f"could not write the index to {index_dir} ({error.strerror or error}); the previous index is unchanged") from None
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    return index_dir


def _write_json(path: Path, data) -> None:
    with open(path, "w", encoding="utf-8") as handle:
        json.dump(data, handle, ensure_ascii=False, indent=1)


def _swap(tmp: Path, index_dir: Path) -> None:
    """Put ``tmp`` at ``index_dir``. Between the two renames only ``.old`` exists; load() recovers it."""
    old = index_dir.parent / f".{index_dir.name}.old"
    shutil.rmtree(old, ignore_errors=True)
    if index_dir.exists():
        os.rename(index_dir, old)
    os.rename(tmp, index_dir)
    shutil.rmtree(old, ignore_errors=True)


def read_manifest(index_dir: Path) -> dict:
    index_dir = Path(index_dir)
    old = index_dir.parent / f".{index_dir.name}.old"
    if not index_dir.exists() and (old / "manifest.json").exists():
        os.rename(old, index_dir)  # a build stopped between its two renames: the old index is whole
    if not (index_dir / "manifest.json").exists():
        raise IndexMissingError(f"no index at {index_dir}: run `{BUILD_COMMAND}` to build it")
    try:
        manifest = json.loads((index_dir / "manifest.json").read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        raise IndexMismatchError(f"{index_dir}/manifest.json is unreadable ({error}): run `{BUILD_COMMAND} --full`") from None
    # The corpus folder is recorded relative to the index; callers get it as an absolute path.
    manifest["corpus_dir"] = str((index_dir / manifest.get("corpus_dir", "")).resolve())
    if manifest.get("format_version") != FORMAT_VERSION:
        raise IndexMismatchError(
            f"index at {index_dir} has format {manifest.get('format_version')}, this version reads {FORMAT_VERSION}: "
            f"run `{BUILD_COMMAND} --full`")
    return manifest


def read_index(index_dir: Path) -> StoredIndex:
    """Read and verify an index directory. Every failure names the file and the command to run."""
    import faiss

    index_dir = Path(index_dir)
    manifest = read_manifest(index_dir)
    missing = [name for name in FILES if not (index_dir / name).is_file()]
    if missing:
        raise IndexMismatchError(f"index at {index_dir} is missing {', '.join(missing)}: run `{BUILD_COMMAND} --full`")
    try:
        faiss_index = faiss.read_index(str(index_dir / "vectors.faiss"))
    except RuntimeError:
        raise IndexMismatchError(f"{index_dir}/vectors.faiss is damaged or truncated: run `{BUILD_COMMAND} --full`") from None
    try:
        chunks = [Chunk(**json.loads(line)) for line in
                  (index_dir / "chunks.jsonl").read_text(encoding="utf-8").splitlines() if line.strip()]
        sources = json.loads((index_dir / "sources.json").read_text(encoding="utf-8"))
        for source in sources:  # file names, relative to the corpus folder
            source["path"] = str(Path(manifest["corpus_dir"]) / source["path"])
        report = json.loads((index_dir / "report.json").read_text(encoding="utf-8"))
        import numpy as np

        sentences = np.load(index_dir / "sentences.npy", allow_pickle=False)
        spans = np.load(index_dir / "sentence_spans.npy", allow_pickle=False)
        words = json.loads((index_dir / "words.json").read_text(encoding="utf-8"))
        word_vectors = np.load(index_dir / "words.npy", allow_pickle=False)
    except (ValueError, TypeError, OSError, EOFError):
        raise IndexMismatchError(f"index files in {index_dir} are damaged or truncated: run `{BUILD_COMMAND} --full`") from None
    expected = manifest.get("chunks")
    if not (len(chunks) == faiss_index.ntotal == expected):
        raise IndexMismatchError(
            f"index at {index_dir} is inconsistent ({len(chunks)} chunks, {faiss_index.ntotal} vectors, manifest says "
            f"{expected}): run `{BUILD_COMMAND} --full`")
    if faiss_index.d != manifest["model"]["dim"]:
        raise IndexMismatchError(
            f"index vectors have dimension {faiss_index.d}, the manifest says {manifest['model']['dim']}: "
            f"run `{BUILD_COMMAND} --full`")
    if len(sentences) != len(spans) or len(spans) != manifest.get("sentences", 0) or (
            len(sentences) and sentences.shape[1] != faiss_index.d):
        raise IndexMismatchError(f"sentence vectors in {index_dir} do not match the manifest: run `{BUILD_COMMAND} --full`")
    if len(words) != len(word_vectors) or len(words) != manifest.get("words", 0) or (
            len(word_vectors) and word_vectors.shape[1] != faiss_index.d):
        raise IndexMismatchError(f"word vectors in {index_dir} do not match the manifest: run `{BUILD_COMMAND} --full`")
    prepare(faiss_index)
    return StoredIndex(index_dir, manifest, sources, chunks, faiss_index, report, sentences, spans, words,
                       word_vectors)


def corpus_changes(manifest: dict, reader: bool = True) -> list[str]:
    """How the corpus folder differs from what the index was built from (empty: up to date). With
    ``reader``, an index built by an earlier version of the file reader counts as out of date too:
    its answers still hold, but passages may lack the voices or details this version finds."""
    from .sources import READER_VERSION, corpus_files, file_hash

    corpus_dir = Path(manifest["corpus_dir"])
    recorded = manifest["files"]  # file name -> sha256
    if not corpus_dir.is_dir():
        return [f"corpus folder {corpus_dir} is gone"]
    changes = []
    if reader and manifest.get("reader", 1) != READER_VERSION:
        changes.append("this version reads the files differently")
    present = {p.name: p for p in corpus_files(corpus_dir)}
    for name, digest in recorded.items():
        if name not in present:
            changes.append(f"{name} removed")
        elif file_hash(present[name]) != digest or _sidecar_hash(present[name]) != manifest.get("sidecars", {}).get(name):
            changes.append(f"{name} changed")
    changes += [f"{name} added" for name in present if name not in recorded]
    return changes


def _sidecar_hash(path: Path) -> str | None:
    from .sources import file_hash

    sidecar = path.with_suffix(".toml")
    return file_hash(sidecar) if sidecar.exists() else None
