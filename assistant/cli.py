"""Command line: build the index, list the sources, ask a question, serve the chat.

Each subcommand imports only what it needs; errors print one line and exit with status 2.
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from embeddings import config
from embeddings.errors import AssistantError

EXAMPLES = """examples:
  assistant build                          build or update ./index from ./corpus
  assistant sources                        each source: metadata, chunks, what cleaning removed
  assistant ask "How did Trotsky die?"     cited passages per source
  assistant ask "Who was the killer?" --history "How did Trotsky die?" --json
  assistant serve                          the chat on http://127.0.0.1:7860
"""


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="assistant", description="Cited passages from contested sources, per source, labelled by viewpoint.",
        epilog=EXAMPLES, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="command", required=True)

    build = sub.add_parser("build", help="build or update the index of a corpus folder")
    build.add_argument("--corpus", type=Path, default=config.CORPUS_DIR, help="corpus folder (default: %(default)s)")
    build.add_argument("--index", type=Path, default=config.INDEX_DIR, help="index folder (default: %(default)s)")
    build.add_argument("--model", default=None, help="sentence-transformers model folder (default: the bundled MiniLM)")
    build.add_argument("--full", action="store_true", help="embed every chunk again instead of reusing vectors")
    build.add_argument("--quiet", action="store_true", help="no progress bar")

    sources = sub.add_parser("sources", help="list the sources with metadata, chunk counts and removed chrome")
    sources.add_argument("--corpus", type=Path, default=config.CORPUS_DIR)
    sources.add_argument("--json", action="store_true", help="print JSON")
    sources.add_argument("--dropped", action="store_true", help="also print every removed line")

    ask = sub.add_parser("ask", help="ask one question")
    ask.add_argument("question")
    ask.add_argument("--history", action="append", default=[], help="an earlier question (repeatable, oldest first)")
    ask.add_argument("--source", action="append", default=None, help="only this source id (repeatable)")
    ask.add_argument("--per-source", type=int, default=config.PER_SOURCE)
    ask.add_argument("--index", type=Path, default=config.INDEX_DIR)
    ask.add_argument("--json", action="store_true", help="print Answer.to_dict() as JSON")

    serve = sub.add_parser("serve", help="start the chat in the browser")
    serve.add_argument("--index", type=Path, default=config.INDEX_DIR)
    serve.add_argument("--corpus", type=Path, default=None,
                       help=f"corpus folder (default: the one the index was built from, else {config.CORPUS_DIR})")
    serve.add_argument("--host", default="127.0.0.1", help="address to bind (default: %(default)s, this machine only)")
    serve.add_argument("--port", type=int, default=7860)
    serve.add_argument("--auth", default=None,
                       help="USER:PASSWORD required to open the chat; mandatory when --host is not a loopback address")
    serve.add_argument("--no-build", action="store_true", help="do not build the index when it is missing or stale")
    return parser


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        return {"build": _build, "sources": _sources, "ask": _ask, "serve": _serve}[args.command](args)
    except AssistantError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130


def _build(args) -> int:
    from embeddings import build_index

    build_index(args.corpus, args.index, model_name=args.model, full=args.full, progress=not args.quiet)
    return 0


def _sources(args) -> int:
    from collections import Counter

    from embeddings import chunk_source, load_corpus
    from embeddings.build import provisional_viewpoint
    from embeddings.sources import NOT_LABELLED

    rows = []
    for source in load_corpus(args.corpus):
        parsed = chunk_source(source)
        reasons = Counter("duplicate" if d.reason.startswith("duplicate of") else d.reason for d in parsed.dropped)
        label = parsed.source.viewpoint
        viewpoint = provisional_viewpoint(parsed.chunks, parsed.source.description, parsed.source.title) if label == NOT_LABELLED else label
        rows.append({**parsed.source.metadata(), "viewpoint": viewpoint, "chunks": len(parsed.chunks), "removed": dict(reasons),
                     "roles": dict(Counter(c.role for c in parsed.chunks)),
                     "dropped": [d.to_dict() for d in parsed.dropped] if args.dropped else None})
    if args.json:
        print(json.dumps(rows, ensure_ascii=False, indent=1))
        return 0
    for row in rows:
        print(f"{row['source_id']}  {row['title']}")
        for key in ("author", "publisher", "kind", "date", "viewpoint"):
            if row[key]:
                print(f"    {key}: {row[key]}")
        print(f"    file: {row['path']}")
        print(f"    chunks: {row['chunks']} ({', '.join(f'{k} {v}' for k, v in row['roles'].items())})")
        removed = ", ".join(f"{v} {k}" for k, v in row["removed"].items()) or "nothing"
        print(f"    removed: {removed}")
        for d in row["dropped"] or []:
            print(f"      - [{d['reason']}] {d['text'][:100]!r}")
    return 0


def _ask(args) -> int:
    from .loading import load
    from .render import answer_text

    answer = load(args.index).ask(args.question, history=args.history, sources=args.source,
                                  per_source=args.per_source)
    bold = ("\033[1m", "\033[0m") if sys.stdout.isatty() else ("", "")  # the best sentence, on a terminal
    print(json.dumps(answer.to_dict(), ensure_ascii=False, indent=1) if args.json else answer_text(answer, bold))
    return 0


def _serve(args) -> int:
    from .ui import serve

    serve(index_dir=args.index, corpus_dir=args.corpus, host=args.host, port=args.port, auth=args.auth,
          build=not args.no_build)
    return 0


if __name__ == "__main__":
    sys.exit(main())
