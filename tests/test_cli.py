"""The command line as a user runs it: one-line errors, JSON for scripts, progress and a summary."""
import json
import subprocess
import sys


def run(*args, env=None):
    return subprocess.run([sys.executable, "-m", "assistant", *map(str, args)], capture_output=True, text=True,
                          timeout=300, env=env, check=False)


def test_help_shows_examples_without_heavy_imports():
    probe = ("import sys; from assistant.cli import main\n"
             "try:\n    main(['--help'])\nexcept SystemExit:\n    pass\n"
             "import assistant\nprint(sorted(m for m in ('torch', 'gradio', 'sentence_transformers', 'faiss') "
             "if m in sys.modules))")
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=60, check=False)
    assert "examples:" in result.stdout and "assistant ask" in result.stdout
    assert result.stdout.strip().endswith("[]")


def test_build_then_ask_json(small_corpus, tmp_path):
    index = tmp_path / "index"
    built = run("build", "--corpus", small_corpus, "--index", index)
    assert built.returncode == 0, built.stderr
    assert "embedding" in built.stderr and "6 sources" in built.stderr and "embedded now" in built.stderr
    again = run("build", "--corpus", small_corpus, "--index", index, "--quiet")
    assert again.returncode == 0 and again.stderr == ""
    asked = run("ask", "Who saved the sailors of the Albatross?", "--index", index, "--json")
    assert asked.returncode == 0, asked.stderr
    data = json.loads(asked.stdout)
    oral = next(s for s in data["sources"] if s["source_id"] == "oral-history")
    assert oral["status"] == "found" and "Albatross" in oral["passages"][0]["text"]
    text = run("ask", "Who saved the sailors of the Albatross?", "--index", index)
    assert "Viewpoint: Recollections of townspeople." in text.stdout and "Nothing relevant in:" in text.stdout


def test_errors_are_one_line(tmp_path):
    missing = run("ask", "Who created the Red Army?", "--index", tmp_path / "none")
    assert missing.returncode == 2
    assert missing.stderr.count("\n") == 1 and missing.stderr.startswith("error: no index at")
    assert "Traceback" not in missing.stderr
    (tmp_path / "c").mkdir()
    (tmp_path / "c" / "bad.txt").write_bytes(b"\xff\xfe\x00")
    bad = run("build", "--corpus", tmp_path / "c", "--index", tmp_path / "i")
    assert bad.returncode == 2 and "bad.txt" in bad.stderr and "Traceback" not in bad.stderr


def test_sources_lists_metadata_chunks_and_cleaning(small_corpus):
    result = run("sources", "--corpus", small_corpus, "--json")
    rows = {r["source_id"]: r for r in json.loads(result.stdout)}
    assert rows["forum-thread"]["chunks"] > 0
    assert rows["forum-thread"]["removed"]["interface text"] > 0
    assert rows["board-article"]["viewpoint"].startswith("Defends")
    plain = run("sources", "--corpus", small_corpus)
    assert "viewpoint: Defends the harbour board" in plain.stdout and "removed:" in plain.stdout
