"""Reading a corpus folder: metadata, fallbacks, and the bad inputs that must be reported."""
import json

import pytest

from embeddings import CorpusError, load_corpus
from embeddings.sources import NOT_LABELLED


def test_metadata_from_sidecar_front_matter_and_fallbacks(small_corpus):
    sources = {s.id: s for s in load_corpus(small_corpus)}
    board = sources["board-article"]
    assert board.title == "Why the harbour board was right"
    assert board.viewpoint.startswith("Defends the harbour board")
    blog = sources["blog-with-comments"]
    assert (blog.author, blog.kind, blog.date) == ("A. Blogger", "blog post", "2021-04-02")
    # front matter is metadata, not text: the body starts after it, and spans count from the file start
    assert blog.text[blog.body_start:].startswith("top of page")
    radio = sources["radio-page"]
    assert radio.title == "Radio page" and radio.viewpoint == NOT_LABELLED


def test_jsonl_records_group_by_source(small_corpus):
    sources = {s.id: s for s in load_corpus(small_corpus)}
    oral = sources["oral-history"]
    assert oral.title == "Oral history interviews"
    assert [r[0] for r in oral.records] == ["r1", "r2"]
    for _, start, end in oral.records:
        assert oral.text[start:end].startswith(("My grandmother", "The keeper rowed"))
    assert sources["newspaper"].viewpoint == NOT_LABELLED


def test_seed_corpus_is_labelled():
    from conftest import SEED_CORPUS

    sources = load_corpus(SEED_CORPUS)
    assert len(sources) == 5
    for source in sources:
        assert source.viewpoint != NOT_LABELLED and len(source.viewpoint) > 60
        assert source.kind and source.title


@pytest.mark.parametrize("name, content, expected", [
    ("latin1.txt", "caf\xe9 au lait".encode("latin-1"), "not UTF-8"),
    ("empty.txt", b"   \n\n", "empty"),
    ("binary.txt", b"\x00\x01\x02binary", "binary"),
    ("meta-only.md", b"---\ntitle: x\n---\n", "no text"),
    ("open-front.md", b"---\ntitle: x\nno closing line\n", "never closed"),
    ("bad-front.md", b"---\njust words\n---\nbody", "not 'key: value'"),
    ("markup-only.html", b"<html><head><script>var x = 1;</script></head><body><nav>Home</nav></body></html>",
     "no text outside its markup"),
    ("latin1.html", "<p>caf\xe9 au lait</p>".encode("latin-1"), "not UTF-8"),  # and no charset declared
])
def test_bad_files_are_named_with_the_problem(tmp_path, name, content, expected):
    (tmp_path / "good.txt").write_text("A good document with some words in it.", encoding="utf-8")
    (tmp_path / name).write_bytes(content)
    with pytest.raises(CorpusError) as error:
        load_corpus(tmp_path)
    assert name in str(error.value) and expected in str(error.value)


def test_all_problems_are_reported_together(tmp_path):
    (tmp_path / "a.txt").write_bytes(b"")
    (tmp_path / "b.txt").write_bytes(b"\xff\xfe\xfa")
    with pytest.raises(CorpusError) as error:
        load_corpus(tmp_path)
    assert "a.txt" in str(error.value) and "b.txt" in str(error.value)


def test_malformed_sidecar_and_duplicate_ids(tmp_path):
    (tmp_path / "one.txt").write_text("First document text.", encoding="utf-8")
    (tmp_path / "one.toml").write_text('title = "unclosed', encoding="utf-8")
    with pytest.raises(CorpusError, match="one.toml: malformed metadata"):
        load_corpus(tmp_path)
    (tmp_path / "one.toml").write_text('id = "same"', encoding="utf-8")
    (tmp_path / "two.txt").write_text("Second document text.", encoding="utf-8")
    (tmp_path / "two.toml").write_text('id = "same"', encoding="utf-8")
    with pytest.raises(CorpusError, match="already used"):
        load_corpus(tmp_path)


def test_bad_jsonl_line_is_named(tmp_path):
    (tmp_path / "r.jsonl").write_text(json.dumps({"id": "1", "text": "ok"}) + "\n{not json\n", encoding="utf-8")
    with pytest.raises(CorpusError, match=r"r.jsonl: line 2 is not JSON"):
        load_corpus(tmp_path)


def test_huge_file_is_refused_with_a_message(tmp_path):
    big = tmp_path / "huge.txt"
    with open(big, "wb") as handle:
        line = b"word " * 200 + b"\n"
        handle.writelines(line for _ in range(50 * 1024 * 1024 // len(line) + 1))
    with pytest.raises(CorpusError, match=r"huge.txt: \d+ MB is over"):
        load_corpus(tmp_path)


def test_missing_or_empty_folder(tmp_path):
    with pytest.raises(CorpusError, match="does not exist"):
        load_corpus(tmp_path / "nope")
    with pytest.raises(CorpusError, match="has no .txt"):
        load_corpus(tmp_path)


def test_a_pdf_is_read_from_its_text_layer_with_its_metadata(tmp_path):
    from conftest import chunks_of, make_pdf

    from embeddings.sources import original_text

    body = ["The board's minutes, opened in 2004, show that the keeper asked to stay",
            "and was refused without discussion, whatever the annual reports say."]
    (tmp_path / "paper.pdf").write_bytes(make_pdf(
        [["COASTAL HISTORY REVIEW 245", *body], ["246 HELEN MARSH", "The reports were written for the ministry.",
                                                  "1 Board minutes, 14 December 1951."],
         ["COASTAL HISTORY REVIEW 247", "They spoke of retirement, not of refusal."],
         ["248 HELEN MARSH", "Both accounts have been repeated since."]],
        title="Keepers and the Board", author="Helen Marsh"))
    source, parsed = chunks_of(tmp_path, "paper")
    assert (source.title, source.author) == ("Keepers and the Board", "Helen Marsh")
    kept = " ".join(c.text for c in parsed.chunks)
    assert "asked to stay" in kept and "REVIEW" not in kept and "HELEN MARSH" not in kept and "Board minutes," not in kept
    # citations point into the text the context view reads again from the file
    assert all(original_text(source.path)[c.start:c.end] == c.text for c in parsed.chunks)


@pytest.mark.parametrize("content, expected", [
    (b"%PDF-1.4 The keeper's page, printed.", "not a readable PDF"),
    (None, "no text layer"),
])
def test_a_pdf_without_text_is_named_with_the_problem(tmp_path, content, expected):
    from conftest import make_pdf

    (tmp_path / "keeper.pdf").write_bytes(content if content is not None else make_pdf([[]]))
    with pytest.raises(CorpusError) as error:
        load_corpus(tmp_path)
    assert "keeper.pdf" in str(error.value) and expected in str(error.value) and "\n" not in str(error.value)


def test_a_word_document_is_read_paragraph_by_paragraph_with_its_properties(tmp_path):
    from conftest import chunks_of, make_docx

    from embeddings.sources import original_text

    (tmp_path / "memo.docx").write_bytes(make_docx(
        ["The keeper's last winter", "The board's minutes, opened in 2004, show that the keeper asked to stay.",
         "The annual reports, written for the ministry, call it a retirement & nothing more."],
        title="The keeper's last winter", author="Helen Marsh"))
    source, parsed = chunks_of(tmp_path, "memo")
    assert (source.title, source.author) == ("The keeper's last winter", "Helen Marsh")
    kept = " ".join(c.text for c in parsed.chunks)
    assert "asked to stay" in kept and "retirement & nothing more" in kept
    assert all(original_text(source.path)[c.start:c.end] == c.text for c in parsed.chunks)
    (tmp_path / "broken.docx").write_bytes(b"PK\x03\x04 not a zip at all")
    with pytest.raises(CorpusError, match="broken.docx: not a readable Word document"):
        load_corpus(tmp_path)


def test_an_e_book_is_read_chapter_by_chapter_in_reading_order(tmp_path):
    from conftest import chunks_of, make_epub

    from embeddings.sources import original_text

    (tmp_path / "book.epub").write_bytes(make_epub(
        ["<h1>Chapter 1</h1><p>In 1952 the board automated the lamp at Gull Point, and the keeper left.</p>",
         "<h1>Chapter 2</h1><p>The board's minutes, opened in 2004, say he asked to stay &amp; was refused.</p>"],
        title="The Keeper's Last Winter", author="Ingrid Holm"))
    source, parsed = chunks_of(tmp_path, "book")
    assert (source.title, source.author) == ("The Keeper's Last Winter", "Ingrid Holm")
    kept = " ".join(c.text for c in parsed.chunks)
    assert kept.index("automated the lamp") < kept.index("asked to stay & was refused")
    assert all(original_text(source.path)[c.start:c.end] == c.text for c in parsed.chunks)
    (tmp_path / "broken.epub").write_bytes(b"PK\x03\x04 not a zip at all")
    with pytest.raises(CorpusError, match="broken.epub: not a readable e-book"):
        load_corpus(tmp_path)
