"""The index on disk: full and incremental builds, failures that leave the old index serving,
manifest checks, and FAISS against brute force."""
import errno
import json
from pathlib import Path

import numpy as np
import pytest
from conftest import HashEmbedder

import assistant
from embeddings import (
    AssistantError,
    CorpusError,
    IndexMismatchError,
    IndexMissingError,
    build_index,
    read_index,
)
from embeddings.store import (
    FILES,
    FORMAT_VERSION,
    corpus_changes,
    make_faiss,
    read_manifest,
)


def build(corpus, index, embedder=None, **kw):
    return build_index(corpus, index, embedder=embedder or HashEmbedder(), progress=False, **kw)


def test_full_build_writes_readable_plain_files(small_corpus, tmp_path):
    index = tmp_path / "index"
    summary = build(small_corpus, index)
    assert summary.sources == 6 and summary.chunks == summary.embedded > 0 and summary.reused == 0
    assert sorted(p.name for p in index.iterdir()) == sorted(FILES)
    manifest = json.loads((index / "manifest.json").read_text())
    assert manifest["format_version"] == FORMAT_VERSION
    assert manifest["model"] == {"name": "hash-embedder", "dim": 32, "max_tokens": 256}
    assert set(manifest["files"]) == {p.name for p in small_corpus.iterdir() if p.suffix != ".toml"}
    assert "numpy" in manifest["packages"] and manifest["chunking"]["max_words"] > 0
    stored = read_index(index)
    assert len(stored.chunks) == stored.faiss_index.ntotal == summary.chunks
    record = json.loads((index / "chunks.jsonl").read_text().splitlines()[0])
    assert {"id", "source_id", "start", "end", "paragraph", "role", "speaker", "text"} <= set(record)
    assert stored.sentence_vectors.shape[1] == 32 and len(stored.sentence_spans) == len(stored.sentence_vectors)
    for name in ("sentences.npy", "sentence_spans.npy", "words.npy"):
        np.load(index / name, allow_pickle=False)
    words = json.loads((index / "words.json").read_text())
    assert summary.words == summary.words_embedded == len(words) == len(stored.word_vectors) == manifest["words"]
    assert "lighthouse" in words and words == [w.lower() for w in words]
    assert not list(tmp_path.glob(".index.*"))


def source_texts(index, file_name):
    stored = read_index(index)
    ids = {s["source_id"] for s in stored.sources if s["path"].endswith(file_name)}
    return {c.text for c in stored.chunks if c.source_id in ids}


def test_incremental_rebuild_embeds_only_what_changed(small_corpus, tmp_path):
    index = tmp_path / "index"
    first = build(small_corpus, index)
    embedder = HashEmbedder()
    again = build(small_corpus, index, embedder)
    assert again.embedded == 0 and again.reused == first.chunks
    assert again.words == first.words and again.words_embedded == 0 and not embedder.encoded

    doc = small_corpus / "radio-page.txt"
    doc.write_text(doc.read_text().replace("Our guest is", "A listener wrote in to say the foghorn was louder "
                                            "than the band on every single night of the broadcast.\n\nOur guest is"))
    embedder = HashEmbedder()
    edited = build(small_corpus, index, embedder)
    changed = source_texts(index, "radio-page.txt")
    assert 0 < edited.embedded <= len(changed)
    assert all(any(c in text for c in changed) for text in embedder.embedded)
    assert "foghorn" in embedder.encoded and "lighthouse" not in embedder.encoded  # only new words

    (small_corpus / "new-note.txt").write_text("A new note about the keeper's cat, who lived on the rocks for years.")
    embedder = HashEmbedder()
    added = build(small_corpus, index, embedder)
    assert added.embedded == 1 and added.sources == 7

    (small_corpus / "forum-thread.txt").unlink()
    embedder = HashEmbedder()
    removed = build(small_corpus, index, embedder)
    assert removed.embedded == 0 and removed.chunks < added.chunks
    assert "forum-thread" not in {s["source_id"] for s in read_index(index).sources}

    full = build(small_corpus, index, HashEmbedder(), full=True)
    assert full.embedded == full.chunks


def test_sentences_split_another_way_are_embedded_again(small_corpus, tmp_path, monkeypatch):
    index = tmp_path / "index"
    first = build(small_corpus, index)
    import embeddings.build as build_module

    whole = lambda text, offset=0: [(offset, offset + len(text.rstrip()))]  # one sentence per chunk
    monkeypatch.setattr(build_module, "sentence_spans", whole)
    again = build(small_corpus, index, HashEmbedder())
    stored = read_index(index)
    multi = sum(1 for lo, hi in stored.sentence_rows if hi - lo > 1)
    assert again.embedded > 0 and multi == 0
    assert len(stored.sentence_spans) == first.chunks


def test_failed_rebuild_leaves_previous_index_serving(small_corpus, tmp_path):
    index = tmp_path / "index"
    build(small_corpus, index)
    before = read_manifest(index)["build_id"]
    doc = small_corpus / "radio-page.txt"
    doc.write_text(doc.read_text() + "\nAnother paragraph that needs a new vector before the build can finish.\n")
    (small_corpus / "forum-thread.txt").write_text("Changed thread text so more chunks need embedding again.")
    with pytest.raises(RuntimeError, match="half-way"):
        build(small_corpus, index, HashEmbedder(fail_after=1), full=True)
    assert read_manifest(index)["build_id"] == before
    read_index(index)
    assert not list(tmp_path.glob(".index.*"))

    (small_corpus / "broken.txt").write_bytes(b"\xff\xfe not utf-8 \xfa")
    with pytest.raises(CorpusError, match="broken.txt"):
        build(small_corpus, index)
    assert read_manifest(index)["build_id"] == before


def test_disk_full_during_write_keeps_previous_index(small_corpus, tmp_path, monkeypatch):
    from embeddings import store

    index = tmp_path / "index"
    build(small_corpus, index)
    before = read_manifest(index)["build_id"]

    def full_disk(path, data):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(store, "_write_json", full_disk)
    with pytest.raises(AssistantError, match="No space left on device.*previous index is unchanged"):
        build(small_corpus, index, full=True)
    monkeypatch.undo()
    assert read_manifest(index)["build_id"] == before
    assert not list(tmp_path.glob(".index.*"))


def test_interrupted_swap_recovers_the_whole_old_index(small_corpus, tmp_path):
    index = tmp_path / "index"
    build(small_corpus, index)
    (tmp_path / "index").rename(tmp_path / ".index.old")  # stopped between the two renames
    assert read_index(index).chunks


@pytest.mark.parametrize("damage, message", [
    (lambda d: (d / "vectors.faiss").write_bytes((d / "vectors.faiss").read_bytes()[:100]), "damaged or truncated"),
    (lambda d: (d / "chunks.jsonl").unlink(), "missing chunks.jsonl"),
    (lambda d: (d / "chunks.jsonl").write_text((d / "chunks.jsonl").read_text()[:-300]), "damaged or truncated|inconsistent"),
    (lambda d: (d / "sentences.npy").write_bytes(b"garbage"), "damaged or truncated"),
    (lambda d: (d / "manifest.json").write_text(
        json.dumps(dict(json.loads((d / "manifest.json").read_text()), format_version=99))), "format 99"),
])
def test_damaged_index_gives_a_clear_message(small_corpus, tmp_path, damage, message):
    index = tmp_path / "index"
    build(small_corpus, index)
    damage(index)
    with pytest.raises(IndexMismatchError, match=message) as error:
        read_index(index)
    assert "assistant build" in str(error.value)


def test_missing_index_names_the_command(tmp_path):
    with pytest.raises(IndexMissingError, match="run `assistant build`"):
        assistant.load(tmp_path / "nowhere")


def test_load_builds_the_default_index_of_a_fresh_clone(small_corpus, tmp_path, monkeypatch, capsys):
    from embeddings import config

    monkeypatch.setattr(config, "CORPUS_DIR", small_corpus)
    monkeypatch.setattr(config, "INDEX_DIR", tmp_path / "index")
    engine = assistant.load()  # the real model: what a first `import assistant; assistant.load()` does
    assert (tmp_path / "index" / "manifest.json").exists() and "chunks" in capsys.readouterr().err
    assert "lighthouse" in engine.search("lighthouse keepers", k=1)[0].text.lower()
    monkeypatch.setattr(config, "CORPUS_DIR", tmp_path / "no-corpus")
    monkeypatch.setattr(config, "INDEX_DIR", tmp_path / "no-index")
    with pytest.raises(IndexMissingError, match="run `assistant build`"):
        assistant.load()


def test_stale_corpus_and_other_model_are_reported(small_corpus, tmp_path):
    index = tmp_path / "index"
    build(small_corpus, index)
    with pytest.raises(IndexMismatchError, match="built with model 'hash-embedder'.*configured model is 'other'"):
        assistant.load(index, model="other")
    (small_corpus / "radio-page.txt").write_text("Changed after the build.")
    (small_corpus / "records.jsonl").unlink()
    (small_corpus / "extra.txt").write_text("Added after the build.")
    with pytest.raises(assistant.StaleIndexError) as error:
        assistant.load(index)
    text = str(error.value)
    assert "radio-page.txt changed" in text and "records.jsonl removed" in text and "extra.txt added" in text
    assert "run `assistant build`" in text


def test_index_read_by_an_earlier_reader_is_out_of_date(small_corpus, tmp_path):
    index = tmp_path / "index"
    build(small_corpus, index)
    manifest = json.loads((index / "manifest.json").read_text())
    (index / "manifest.json").write_text(json.dumps(dict(manifest, reader=manifest["reader"] - 1)))
    # The chat and the set-up command rebuild it; the library still answers from it.
    assert corpus_changes(read_manifest(index)) == ["this version reads the files differently"]
    assert corpus_changes(read_manifest(index), reader=False) == []
    build(small_corpus, index)
    assert read_manifest(index)["reader"] == manifest["reader"] and not corpus_changes(read_manifest(index))


def test_engine_refuses_a_model_of_another_dimension(small_corpus, tmp_path):
    from assistant.engine import Engine

    index = tmp_path / "index"
    build(small_corpus, index)
    other = HashEmbedder()
    other.dim = 16
    with pytest.raises(IndexMismatchError, match="16-dimensional"):
        Engine(read_index(index), other)


def brute_force(vectors, queries, k):
    scores = queries @ vectors.T
    return np.argsort(-scores, axis=1, kind="stable")[:, :k], np.sort(scores, axis=1)[:, ::-1][:, :k]


def unit(rows, dim, seed):
    rng = np.random.default_rng(seed)
    x = rng.standard_normal((rows, dim)).astype(np.float32)
    return x / np.linalg.norm(x, axis=1, keepdims=True)


def test_exact_faiss_matches_numpy_brute_force():
    vectors, queries = unit(2000, 48, 1), unit(20, 48, 2)
    index = make_faiss(vectors)
    scores, ids = index.search(queries, 10)
    expected_ids, expected_scores = brute_force(vectors, queries, 10)
    assert np.allclose(scores, expected_scores, atol=1e-5)
    assert (ids == expected_ids).mean() > 0.99  # ties may swap places


def clustered(rows, dim, seed, centers=50):
    """Unit vectors around a few directions, as embeddings of a corpus on a few topics are."""
    rng = np.random.default_rng(0)
    middle = rng.standard_normal((centers, dim)).astype(np.float32)
    rng = np.random.default_rng(seed)
    x = middle[rng.integers(0, centers, rows)] + 0.35 * rng.standard_normal((rows, dim)).astype(np.float32)
    return x / np.linalg.norm(x, axis=1, keepdims=True)


def test_approximate_index_recall_against_brute_force():
    vectors, queries = clustered(5000, 48, 3), clustered(50, 48, 4)
    index = make_faiss(vectors, exact_limit=1000)
    assert type(index).__name__ == "IndexIVFFlat"
    _, ids = index.search(queries, 10)
    expected, _ = brute_force(vectors, queries, 10)
    recall = np.mean([len(set(a) & set(b)) / 10 for a, b in zip(ids, expected)])
    assert recall >= 0.9


def test_large_index_switches_to_ivf_and_still_answers(small_corpus, tmp_path, monkeypatch):
    from assistant.engine import Engine
    from embeddings import config

    monkeypatch.setattr(config, "EXACT_SEARCH_LIMIT", 4)
    index = tmp_path / "index"
    build(small_corpus, index)
    stored = read_index(index)
    assert type(stored.faiss_index).__name__ == "IndexIVFFlat"
    again = build(small_corpus, index)  # reuses vectors read back from the IVF index
    assert again.embedded == 0
    engine = Engine(read_index(index), HashEmbedder())
    answer = engine.ask("keeper lamp storm logbook")
    assert len(answer.sources) == 6
    assert engine.search("keeper lamp storm", k=3)


def test_source_with_no_text_left_is_reported_and_answered_as_no_match(small_corpus, tmp_path):
    import io

    from assistant.engine import Engine

    (small_corpus / "chrome-only.txt").write_text("Share this post\n\nSign in to follow this\n\nFollowers 3\n")
    out = io.StringIO()
    build_index(small_corpus, tmp_path / "index", embedder=HashEmbedder(), out=out)
    assert "chrome-only.txt has no text left after cleaning" in out.getvalue()
    answer = Engine(read_index(tmp_path / "index"), HashEmbedder()).ask("keeper lamp storm")
    empty = next(s for s in answer.sources if s.source_id == "chrome-only")
    assert empty.status == "no_match"


def test_files_of_other_types_are_named_not_silently_ignored(small_corpus, tmp_path):
    import io

    (small_corpus / "keeper.xlsx").write_bytes(b"PK\x03\x04 The keeper's logbook, as a spreadsheet.")
    out = io.StringIO()
    summary = build_index(small_corpus, tmp_path / "index", embedder=HashEmbedder(), out=out)
    assert ("not indexed, only .txt, .md, .html, .pdf, .docx, .epub and .jsonl files are read: keeper.xlsx"
            in out.getvalue())
    assert summary.sources == 6


PAGE = """<!doctype html><html><head><title>The keeper's last winter | Island Notes</title>
<meta name="author" content="Anna Berg"><meta property="og:site_name" content="Island Notes">
<meta property="article:published_time" content="2024-03-03T08:30:00+01:00">
<meta name="description" content="Why the keeper stayed on after the lamp was automated.">
<style>p { color: red }</style><script>var tracker = "Share this post";</script></head>
<body><nav><a href="/">Home</a> <a href="/about">About</a></nav>
<article><h1>The keeper&#8217;s last winter</h1>
<p>The keeper stayed through the winter of 1951,<br>long after the board voted to <em>automate</em> the lamp.</p>
<blockquote><p>The lamp failed twice that winter.</p><p>&ndash; Ingrid Holm</p></blockquote>
<p>The board's minutes of that spring are brief.</p>
<blockquote><p>The keeper is to leave the island by the first of May.</p><cite>Harbour Board, 1952</cite></blockquote>
<p>In the spring the family left for the mainland &amp; never returned.</p></article>
<footer>&copy; 2024 Island Notes</footer></body></html>"""


def test_a_saved_web_page_is_read_as_its_text_and_cited_in_it(small_corpus, tmp_path):
    from embeddings.sources import load_corpus

    (small_corpus / "keeper.html").write_text(PAGE, encoding="utf-8")
    page = next(s for s in load_corpus(small_corpus) if s.id == "keeper")
    # The page's headline, not its <title> with the site's name after it; a published time as its date.
    assert (page.title, page.author, page.publisher, page.date) == ("The keeper’s last winter", "Anna Berg", "Island Notes",
                                                                   "2024-03-03")
    # Unlabelled, the page is described in its own words: its meta description.
    from embeddings.build import provisional_viewpoint

    assert page.description == "Why the keeper stayed on after the lamp was automated."
    assert provisional_viewpoint([], page.description) == \
        "not labelled; it describes itself: “Why the keeper stayed on after the lamp was automated.”"
    # Without a description, the first sentence, less the title standing on its line before it.
    from embeddings.chunking import Chunk

    title = "The keeper's last winter on the rock at Gull Point"
    opening = Chunk("k-1", "keeper", 0, 120, 1, "author", "", f"{title}\nIn 1951 the keeper stayed on "
                    "after the lamp was automated, alone on the rock.")
    assert provisional_viewpoint([opening], "", title) == \
        "not labelled; it opens: “In 1951 the keeper stayed on after the lamp was automated, alone on the rock.”"
    assert "The keeper’s last winter\n\nThe keeper stayed through the winter of 1951,\nlong after" in page.text
    assert "> The lamp failed twice that winter." in page.text and "mainland & never" in page.text
    for markup in ("<", "color: red", "tracker", "Home"):
        assert markup not in page.text
    build_index(small_corpus, tmp_path / "index", embedder=HashEmbedder())
    stored = read_index(tmp_path / "index")
    chunks = [c for c in stored.chunks if c.source_id == "keeper"]
    assert any(c.role == "quoted" and c.speaker == "Ingrid Holm" for c in chunks)
    assert any(c.role == "quoted" and c.speaker == "Harbour Board" for c in chunks)  # named by its <cite>
    assert all(page.text[c.start:c.end] == c.text for c in chunks)
    from assistant.citations import read_context

    source = next(s for s in stored.sources if s["source_id"] == "keeper")
    last = chunks[-1]
    context = read_context(str(small_corpus / "keeper.html"), str(small_corpus), source["sha256"], last.start, last.end)
    assert context.passage == last.text and "winter of 1951" in context.before


def test_a_web_page_in_its_declared_charset(small_corpus):
    from embeddings.sources import load_corpus

    page = PAGE.replace("<head>", '<head><meta charset="windows-1252">').replace("&#8217;", "’").replace("&ndash;", "–")
    (small_corpus / "keeper.html").write_bytes(page.encode("cp1252"))
    text = next(s for s in load_corpus(small_corpus) if s.id == "keeper").text
    assert "The keeper’s last winter" in text and "> – Ingrid Holm" in text


def test_sources_without_a_viewpoint_label_are_named(small_corpus, tmp_path):
    import io

    out = io.StringIO()
    build_index(small_corpus, tmp_path / "index", embedder=HashEmbedder(), out=out)
    unlabelled = [s for s in read_index(tmp_path / "index").sources if s["viewpoint"].startswith("not labelled")]
    assert unlabelled
    # In place of a label, the source's own opening sentence, quoted.
    forum = next(s for s in unlabelled if s["source_id"] == "forum-thread")
    assert forum["viewpoint"].startswith("not labelled; it opens: “") and forum["viewpoint"].endswith("”")
    note = next(line for line in out.getvalue().splitlines() if line.startswith("note: no viewpoint label"))
    assert "forum-thread.txt" in note and all(Path(s["path"]).name in note for s in unlabelled)


def test_project_moved_with_its_index_still_matches(small_corpus, tmp_path):
    import shutil

    from embeddings import corpus_changes

    project = tmp_path / "project"
    project.mkdir()
    shutil.move(str(small_corpus), str(project / "corpus"))
    build(project / "corpus", project / "index")
    moved = tmp_path / "moved"
    shutil.move(str(project), str(moved))
    stored = read_index(moved / "index")
    assert corpus_changes(stored.manifest) == []
    assert all(s["path"].startswith(str(moved / "corpus")) for s in stored.sources)
