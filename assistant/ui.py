"""The chat in the browser: a thin Gradio layer over :class:`Service`; rendering lives in render.py."""
from __future__ import annotations

import atexit
import ipaddress
import os
import shutil
import socket
import tempfile
import uuid
from pathlib import Path

from embeddings import config
from embeddings.errors import AssistantError

from . import render
from .service import Service

EXAMPLES_FILE = "examples.toml"  # in the corpus folder: questions = ["...", ...]


def corpus_examples(corpus_dir: Path) -> list[str]:
    """Example questions a curator wrote for this corpus (none if the file is missing or broken)."""
    import tomllib

    try:
        data = tomllib.loads((Path(corpus_dir) / EXAMPLES_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return []
    return [q for q in data.get("questions", []) if isinstance(q, str) and q.strip()][:10]

CSS = """
#app-head h1 {margin: 0 0 4px 0; font-size: 1.5rem;}
#app-head .standing {color: var(--body-text-color-subdued); margin: 0;}
#status:empty {display: none;}
#status .status {padding: 8px 12px; border-radius: 6px; background: #fff4e5; color: #7a4500; border: 1px solid #f0c36d;}
.turn {margin-bottom: 22px;}
.turn .question {font-weight: 600; font-size: 1.05rem; margin: 8px 0; padding: 8px 12px; border-radius: 8px;
  background: var(--background-fill-secondary);}
.reply .resolved, .reply .also, .reply .note {font-size: .85rem; color: var(--body-text-color-subdued); margin: 4px 0;}
.cards {display: grid; grid-template-columns: repeat(auto-fit, minmax(280px, 1fr)); gap: 12px; align-items: start;}
.card {border: 1px solid var(--border-color-primary); border-radius: 8px; padding: 12px; background: var(--background-fill-primary);
  overflow-wrap: anywhere;}
.card h3 {margin: 0 0 2px 0; font-size: 1rem;}
.card .facts {font-size: .8rem; color: var(--body-text-color-subdued);}
.card .viewpoint {font-size: .85rem; margin: 8px 0; padding: 6px 8px; border-left: 3px solid #6b7fd7; background: rgba(107,127,215,.08);}
.card .viewpoint span {font-weight: 600; text-transform: uppercase; font-size: .7rem; letter-spacing: .04em; margin-right: 4px;}
.passage {margin-top: 10px;}
.passage .who {font-size: .75rem; font-weight: 600; color: #8a4b00; text-transform: uppercase; letter-spacing: .03em;}
.passage blockquote {margin: 4px 0; padding-left: 10px; border-left: 3px solid var(--border-color-primary); white-space: pre-wrap; font-size: .92rem;}
.passage mark {background: #fff1a8; color: inherit; padding: 0 1px;}
.passage details.cite summary {cursor: pointer; font-size: .78rem; color: var(--body-text-color-subdued);}
.passage .context {white-space: pre-wrap; font-size: .82rem; max-height: 260px; overflow: auto; margin-top: 6px; padding: 6px;
  background: var(--background-fill-secondary); border-radius: 4px;}
.passage .context-note {font-size: .8rem; font-style: italic; margin-top: 4px;}
.reply .nomatch, .reply .none {font-size: .88rem; margin-top: 10px; color: var(--body-text-color-subdued);}
.empty {color: var(--body-text-color-subdued); padding: 20px 0;}
.about-source {margin-bottom: 10px; font-size: .82rem;}
.about-source .facts {color: var(--body-text-color-subdued); font-size: .75rem;}
.about-source .viewpoint {margin-top: 2px;}
"""


def _status_html(message: str) -> str:
    from html import escape

    return f'<div class="status" role="status">{escape(message)}</div>' if message else ""


def build_app(service: Service, examples: list[str] | None = None):
    """The Gradio Blocks app over ``service``."""
    import gradio as gr

    engine = service.engine()
    choices = [(s["title"], s["source_id"]) for s in engine.sources] if engine else []
    export_dir = Path(tempfile.mkdtemp(prefix="assistant-export-"))
    atexit.register(shutil.rmtree, export_dir, True)

    def ask(question, answers, selected, per_source, exported):
        answers = list(answers or [])  # (Answer, its rendered reply) per turn: each turn is rendered once
        try:
            if not selected and choices:
                raise AssistantError("choose at least one source to search")
            history = [a.question for a, _ in answers]
            current = service.engine()
            # After a rebuild, a source that is gone is simply no longer searched.
            known = {s["source_id"] for s in current.sources} if current is not None else set()
            wanted = [s for s in selected or [] if s in known] or None
            answer = service.ask(question or "", history=history, sources=wanted, per_source=int(per_source))
        except AssistantError as error:
            # The question stays in the box and the conversation is kept: nothing is lost.
            return gr.update(), answers, gr.update(), _status_html(f"Could not answer: {error}"), gr.update(), exported
        current = service.engine()
        context_of = _safe(current.context if current is not None else None)
        answers.append((answer, render.answer_html(answer, context_of)))
        transcript_html = render.transcript_html([(a.question, html) for a, html in answers])
        path = _export(answers, exported)
        return transcript_html, answers, "", _status_html(service.status().message), \
            gr.update(value=str(path), interactive=True), str(path)

    def _export(answers, previous):
        """The conversation as Markdown; one file per conversation, replaced at each turn."""
        _forget(previous)
        path = export_dir / f"conversation-{uuid.uuid4().hex}.md"
        path.write_text(render.conversation_markdown([a for a, _ in answers]), encoding="utf-8")
        return path

    def _forget(previous):
        if previous and Path(previous).parent == export_dir:
            Path(previous).unlink(missing_ok=True)

    def clear(exported):
        _forget(exported)
        return render.transcript_html([]), [], "", gr.update(value=None, interactive=False), None

    def on_load():
        # A page opened after a rebuild offers the sources of the index now being served.
        current = service.engine()
        if current is None:
            return _status_html(service.status().message), gr.update()
        fresh = [(s["title"], s["source_id"]) for s in current.sources]
        return _status_html(service.status().message), gr.update(choices=fresh, value=[c[1] for c in fresh])

    # Gradio keeps a copy of each file it serves: copies older than a day are removed hourly.
    with gr.Blocks(title="Contested sources", delete_cache=(3600, 86400)) as app:
        gr.HTML(f'<div id="app-head"><h1>What the sources say</h1><p class="standing">{render.NO_VERDICT}</p></div>')
        status = gr.HTML("", elem_id="status")
        answers = gr.State([])
        exported = gr.State(None)  # this conversation's Markdown file
        with gr.Row(equal_height=False):
            with gr.Column(scale=4, min_width=300):
                transcript = gr.HTML(render.transcript_html([]), elem_id="transcript")
                with gr.Row():
                    question = gr.Textbox(label="Your question", placeholder="Ask what the sources say about...",
                                          elem_id="question", scale=5, lines=1, max_lines=4, max_length=config.MAX_QUESTION_CHARS)
                    ask_button = gr.Button("Ask", variant="primary", elem_id="ask", scale=1, min_width=80)
                with gr.Row():
                    clear_button = gr.Button("Clear chat", elem_id="clear", size="sm")
                    export_button = gr.DownloadButton("Export as Markdown", elem_id="export", size="sm",
                                                      interactive=False)
                if examples:
                    gr.Examples(examples=[[e] for e in examples], inputs=[question], label="Try")
            with gr.Column(scale=1, min_width=240):
                sources = gr.CheckboxGroup(choices=choices, value=[c[1] for c in choices], label="Sources to search",
                                           elem_id="sources")
                per_source = gr.Slider(1, 5, value=config.PER_SOURCE, step=1, label="Passages per source",
                                       elem_id="per-source")
                if engine is not None:
                    with gr.Accordion("About the sources", open=False, elem_id="about"):
                        gr.HTML(render.sources_html(engine.sources))
        inputs = [question, answers, sources, per_source, exported]
        outputs = [transcript, answers, question, status, export_button, exported]
        ask_button.click(ask, inputs, outputs, api_name="ask")
        question.submit(ask, inputs, outputs, api_name=False)
        clear_button.click(clear, [exported], [transcript, answers, question, export_button, exported], api_name=False)
        app.load(on_load, None, [status, sources], api_name=False)
    return app


def _safe(context_of):
    """Context lookups never break a reply: a failure shows the passage without its surroundings."""
    if context_of is None:
        return None

    def lookup(passage):
        try:
            return context_of(passage)
        except (OSError, ValueError, AssistantError):
            return None
    return lookup


def _is_loopback(host: str) -> bool:
    try:
        return all(ipaddress.ip_address(info[4][0]).is_loopback for info in socket.getaddrinfo(host, None))
    except (OSError, ValueError):
        return False


def parse_auth(value: str | None) -> tuple[str, str] | None:
    if not value:
        return None
    user, sep, password = value.partition(":")
    if not sep or not user or not password:
        raise AssistantError("--auth takes USER:PASSWORD (or set ASSISTANT_AUTH)")
    return user, password


def corpus_of(index_dir: Path, corpus_dir: Path | None) -> Path:
    """The corpus folder to serve: the one given; else the one the index was built from, while it
    is there (serving ``--index`` of another corpus must not rebuild it from ./corpus); else ./corpus."""
    from embeddings.store import read_manifest

    if corpus_dir is not None:
        return Path(corpus_dir)
    try:
        built_from = Path(read_manifest(index_dir)["corpus_dir"])
    except (AssistantError, KeyError):
        return config.CORPUS_DIR
    return built_from if built_from.is_dir() else config.CORPUS_DIR


def ensure_index(index_dir: Path, corpus_dir: Path) -> str:
    """Build the index when it is missing or out of date; returns a note for the page if that failed."""
    from embeddings import build_index
    from embeddings.store import corpus_changes, read_manifest

    try:
        manifest = read_manifest(index_dir)
        changes = corpus_changes(manifest)
        if not changes and Path(manifest["corpus_dir"]) == corpus_dir.resolve():
            return ""
        print("index is out of date: " + "; ".join(changes[:5]) if changes else "index is of another corpus folder")
    except AssistantError:
        print(f"no usable index at {index_dir}: building it from {corpus_dir}")
    try:
        build_index(corpus_dir, index_dir)
    except AssistantError as error:
        print(f"error: {error}")
        return f"The index could not be rebuilt: {error}"
    return ""


#: The reader's own sans-serif fonts: the web font the default theme bundles sets some capitals of its
#: semi-bold weight (titles, "Reader comment: ...") as small letters in Chromium.
SYSTEM_FONTS = ("system-ui", "-apple-system", "Segoe UI", "Roboto", "Helvetica Neue", "Arial", "Liberation Sans",
                "DejaVu Sans", "sans-serif")


def _theme():
    import gradio as gr

    return gr.themes.Default(font=list(SYSTEM_FONTS))


def serve(index_dir: Path = config.INDEX_DIR, corpus_dir: Path | None = None, host: str = "127.0.0.1",
          port: int = 7860, auth: str | None = None, build: bool = True, block: bool = True):
    """Start the chat. Binds to loopback unless told otherwise, and then only with credentials."""
    os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")
    credentials = parse_auth(auth or os.environ.get("ASSISTANT_AUTH"))
    if not _is_loopback(host) and credentials is None:
        raise AssistantError(f"serving on {host} exposes the chat to the network: set --auth USER:PASSWORD")
    corpus_dir = corpus_of(Path(index_dir), corpus_dir)
    notice = ensure_index(Path(index_dir), corpus_dir) if build else ""
    app = build_app(Service(index_dir, notice=notice), corpus_examples(Path(corpus_dir)))
    print(f"chat: http://{host}:{port}", flush=True)
    app.queue(default_concurrency_limit=8).launch(
        server_name=host, server_port=port, auth=credentials, css=CSS, theme=_theme(), show_error=False, quiet=True,
        prevent_thread_lock=not block, footer_links=[])
    return app
