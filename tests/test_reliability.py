"""Faults and hostile input: rebuilds while serving, damaged or missing files, path traversal,
network exposure, concurrent users, and fuzzed text."""
import json
import threading
import time

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import assistant
from assistant.citations import read_context
from assistant.service import Service
from embeddings import AssistantError, CorpusError, build_index, config, load_corpus
from embeddings.chunking import chunk_units
from embeddings.speakers import parse


@pytest.fixture
def live(small_corpus, tmp_path):
    """A small corpus indexed with the real model, and a service answering from it."""
    index = tmp_path / "index"
    build_index(small_corpus, index, progress=False)
    return small_corpus, index, Service(index)


def test_rebuild_while_serving_is_picked_up_without_restart(live):
    corpus, index, service = live
    old = service.engine().build_id
    assert service.ask("Who saved the sailors of the Albatross?").found
    (corpus / "ferry.txt").write_text("The ferry to the island of Mull was cancelled for a week in the winter of 1920 "
                                      "because the captain had broken his arm.", encoding="utf-8")
    assert "corpus changed" in service.status().message
    # a build in progress: the service keeps answering from the index it has and says so
    marker = index.parent / ".index.building-test"
    marker.mkdir()
    assert "build is in progress" in service.status().message
    assert service.ask("Who saved the sailors of the Albatross?").found
    marker.rmdir()
    build_index(corpus, index, progress=False)
    answer = service.ask("Why was the ferry to Mull cancelled?")
    assert service.engine().build_id != old
    ferry = next(s for s in answer.sources if s.source_id == "ferry")
    assert ferry.status == "found" and "broken his arm" in ferry.passages[0].text
    assert service.status().message == ""


def test_damaged_new_index_keeps_the_old_one_answering(live):
    _, index, service = live
    before = service.ask("Who saved the sailors of the Albatross?").to_dict()
    manifest = json.loads((index / "manifest.json").read_text())
    (index / "manifest.json").write_text(json.dumps(dict(manifest, build_id="new")))
    (index / "vectors.faiss").write_bytes(b"truncated")
    assert service.ask("Who saved the sailors of the Albatross?").to_dict() == before
    status = service.status()
    assert status.ready and "Still answering from the previous index" in status.message
    assert "damaged or truncated" in status.message


def test_failed_rebuild_keeps_serving(live):
    corpus, index, service = live
    build_id = service.engine().build_id
    (corpus / "broken.txt").write_bytes(b"\x00\x01 binary")
    with pytest.raises(CorpusError):
        build_index(corpus, index, progress=False)
    assert service.ask("Who saved the sailors of the Albatross?").found
    assert service.engine().build_id == build_id


def test_corpus_file_removed_after_build(live):
    corpus, _, service = live
    answer = service.ask("Who saved the sailors of the Albatross?")
    passage = next(s for s in answer.sources if s.source_id == "oral-history").passages[0]
    (corpus / "records.jsonl").unlink()
    context = service.engine().context(passage)
    assert context.note == "The original file is no longer in the corpus folder."
    assert "records.jsonl removed" in service.status().message
    assert service.ask("Who saved the sailors of the Albatross?").found  # answers come from the index


def test_citations_never_read_outside_the_corpus(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    secret = tmp_path / "secret.txt"
    secret.write_text("private words")
    (corpus / "link.txt").symlink_to(secret)
    for path in (str(corpus / ".." / "secret.txt"), str(secret), str(corpus / "link.txt"), "/etc/passwd"):
        context = read_context(path, str(corpus), "", 0, 5)
        assert context.passage == "" and "outside the corpus folder" in context.note
    (corpus / "doc.toml").write_text('id = "../../etc"')
    (corpus / "doc.txt").write_text("Some text.")
    with pytest.raises(CorpusError, match="must be lowercase letters"):
        load_corpus(corpus)


def test_network_exposure_needs_credentials(tmp_path):
    from assistant.ui import parse_auth, serve

    with pytest.raises(AssistantError, match="set --auth"):
        serve(index_dir=tmp_path, corpus_dir=tmp_path, host="0.0.0.0", build=False, block=False)
    with pytest.raises(AssistantError, match="USER:PASSWORD"):
        parse_auth("no-colon")
    assert parse_auth("reader:s3cret") == ("reader", "s3cret")


def test_login_is_required_when_credentials_are_set(seed_index):
    import urllib.error
    import urllib.request

    from test_browser import free_port

    from assistant.ui import serve

    port = free_port()
    app = serve(index_dir=seed_index, corpus_dir=seed_index.parent / "corpus", port=port, auth="reader:s3cret",
                build=False, block=False)
    try:
        with pytest.raises(urllib.error.HTTPError) as error:
            urllib.request.urlopen(f"http://127.0.0.1:{port}/config", timeout=10)
        assert error.value.code in (401, 403)
    finally:
        app.close()


def test_concurrent_users_get_the_single_user_answers(seed_index):
    from gradio_client import Client
    from test_browser import free_port

    from assistant.ui import serve

    port = free_port()
    app = serve(index_dir=seed_index, corpus_dir=seed_index.parent / "corpus", port=port, build=False, block=False)
    questions = ["Who created the Red Army?", "Was Stalin a dictator?", "What happened at Brest-Litovsk?"]
    url = f"http://127.0.0.1:{port}/"
    sources = [s["source_id"] for s in assistant.load(seed_index).sources]

    def last_turn(html):
        return html[html.rindex('<div class="turn">'):]

    try:
        single = {}
        for q in questions:
            single[q] = last_turn(Client(url, verbose=False).predict(q, sources, 3, api_name="/ask")[0])
        errors, mismatches = [], []

        def user(n):
            try:
                client = Client(url, verbose=False)
                for q in questions:
                    html = client.predict(q, sources, 3, api_name="/ask")[0]
                    if last_turn(html) != single[q]:
                        mismatches.append((n, q))
            except Exception as error:  # surfaced below
                errors.append(repr(error))

        threads = [threading.Thread(target=user, args=(n,)) for n in range(5)]
        for t in threads:
            t.start()
        for t in threads:
            t.join(timeout=300)
        assert not errors and not mismatches
    finally:
        app.close()


text_strategy = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=3000)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.one_of(text_strategy, st.sampled_from(
    ["“", "”", '"', "Share this post", "3 hours ago, X said:", "1 Comment", "Check Also", "\n\n", "> > >", "said:"])),
    max_size=40))
def test_parser_and_chunker_never_crash_and_keep_spans(pieces):
    text = "\n".join(pieces)
    parsed = parse(text)
    chunks, dropped = chunk_units("fuzz", text, parsed.units)
    for c in chunks:
        assert text[c.start:c.end] == c.text and c.start < c.end
    for d in dropped:
        assert text[d.start:d.end] == d.text


@settings(max_examples=40, deadline=None)
@given(st.binary(max_size=2000))
def test_binary_junk_is_refused_or_read(tmp_path_factory, data):
    folder = tmp_path_factory.mktemp("junk")
    (folder / "junk.txt").write_bytes(data)
    try:
        sources = load_corpus(folder)
    except CorpusError as error:
        assert "junk.txt" in str(error)
        return
    from embeddings import chunk_source

    for source in sources:
        for c in chunk_source(source).chunks:
            assert source.text[c.start:c.end] == c.text


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text(max_size=300), st.lists(st.text(max_size=50), max_size=3))
def test_ask_never_crashes(engine, question, history):
    try:
        answer = engine.ask(question, history=history)
    except assistant.QueryError:
        return
    assert len(answer.sources) == len(engine.sources)


def test_ten_megabyte_paragraph(tmp_path):
    sentence = "The keeper trimmed the wick and wrote the weather in the log before dawn. "
    text = sentence * (10 * 1024 * 1024 // len(sentence))
    started = time.perf_counter()
    parsed = parse(text)
    chunks, _ = chunk_units("big", text, parsed.units)
    elapsed = time.perf_counter() - started
    assert chunks and all(text[c.start:c.end] == c.text for c in chunks[:50])
    assert all(len(c.text.split()) <= 170 for c in chunks)
    assert elapsed < 120


def test_serve_builds_a_missing_or_stale_index_and_survives_a_broken_corpus(small_corpus, tmp_path, capsys):
    from assistant.ui import ensure_index
    from embeddings.store import read_manifest

    index = tmp_path / "index"
    assert ensure_index(index, small_corpus) == ""
    first = read_manifest(index)["build_id"]
    assert ensure_index(index, small_corpus) == ""  # up to date: nothing rebuilt
    assert read_manifest(index)["build_id"] == first
    (small_corpus / "radio-page.txt").write_text("Coast Hour moved to Tuesdays, the station announced this week, "
                                                  "because the harbour news needs the Monday slot.", encoding="utf-8")
    assert ensure_index(index, small_corpus) == ""
    second = read_manifest(index)["build_id"]
    assert second != first
    (small_corpus / "broken.txt").write_bytes(b"\xff\xfe\xfd")
    note = ensure_index(index, small_corpus)
    assert "could not be rebuilt" in note and "broken.txt" in note
    assert read_manifest(index)["build_id"] == second
    assert "out of date" in capsys.readouterr().out


def test_serving_an_index_of_another_corpus_keeps_it_without_naming_its_folder(small_corpus, tmp_path):
    from assistant.ui import corpus_of, ensure_index
    from embeddings.store import read_manifest

    index = tmp_path / "index"
    assert ensure_index(index, small_corpus) == ""
    built = read_manifest(index)["build_id"]
    # `serve --index INDEX` without --corpus serves the folder the index was built from, not ./corpus
    assert corpus_of(index, None) == small_corpus.resolve()
    assert ensure_index(index, corpus_of(index, None)) == ""
    assert read_manifest(index)["build_id"] == built
    assert corpus_of(index, tmp_path / "other") == tmp_path / "other"  # a folder named is the one served
    assert corpus_of(tmp_path / "none", None) == config.CORPUS_DIR
