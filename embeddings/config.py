"""Defaults in one place. Each has one environment override; the CLI flags override both."""
import os
from pathlib import Path

#: Folder of source documents (``ASSISTANT_CORPUS``).
CORPUS_DIR = Path(os.environ.get("ASSISTANT_CORPUS", "corpus"))
#: Folder the index is written to and read from (``ASSISTANT_INDEX``).
INDEX_DIR = Path(os.environ.get("ASSISTANT_INDEX", "index"))
#: A sentence-transformers model: a folder, or the name of the bundled default (``ASSISTANT_MODEL``).
DEFAULT_MODEL_NAME = "all-MiniLM-L6-v2"
MODEL = os.environ.get("ASSISTANT_MODEL", DEFAULT_MODEL_NAME)

#: Chunking, in words. MiniLM reads 256 word pieces, about 180 English words: stay well under.
CHUNK_MAX_WORDS = int(os.environ.get("ASSISTANT_CHUNK_WORDS", "150"))
#: A paragraph shorter than this is joined to its neighbour (headings, salutations, one-liners).
CHUNK_MIN_WORDS = 20
#: Sentences repeated between consecutive windows of a long paragraph.
CHUNK_OVERLAP_SENTENCES = 1

#: Above this many vectors the index is approximate (IVF) instead of exact (flat inner product).
EXACT_SEARCH_LIMIT = int(os.environ.get("ASSISTANT_EXACT_LIMIT", "100000"))

#: The relevance boundary: best-sentence cosine + GATE_LEXICAL_WEIGHT x rare-word coverage >= GATE_THRESHOLD.
#: Calibrated for the bundled MiniLM; with another model, run benchmarks/calibration.py and set these.
GATE_THRESHOLD = float(os.environ.get("ASSISTANT_GATE_THRESHOLD", "0.68"))
GATE_LEXICAL_WEIGHT = float(os.environ.get("ASSISTANT_GATE_LEXICAL_WEIGHT", "1.0"))

#: A corpus word whose vector, read alone, has at least this cosine with a question's word stands for it
#: ("murdered" for "killed"), for half the credit. Set for MiniLM, like the boundary above.
WORD_SIMILARITY = float(os.environ.get("ASSISTANT_WORD_SIMILARITY", "0.8"))

#: Passages shown per source in an answer.
PER_SOURCE = 3
#: Questions longer than this are cut (with a note in the answer), never rejected.
MAX_QUESTION_CHARS = 2000
#: Documents larger than this are refused with a message, not parsed.
MAX_FILE_BYTES = int(os.environ.get("ASSISTANT_MAX_FILE_MB", "20")) * 1024 * 1024

ENCODE_BATCH = 32
