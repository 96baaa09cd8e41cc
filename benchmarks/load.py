"""Concurrent users against the running chat: each user asks its questions through gradio_client
on loopback; every answer must equal the single-user answer.

    python benchmarks/load.py [--users 20] [--questions 10] [--index index]
"""
import argparse
import statistics
import sys
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from questions import QUESTIONS


def last_turn(html: str) -> str:
    return html[html.rindex('<div class="turn">'):]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--users", type=int, default=20)
    parser.add_argument("--questions", type=int, default=10)
    parser.add_argument("--index", type=Path, default=Path("index"))
    parser.add_argument("--corpus", type=Path, default=Path("corpus"))
    args = parser.parse_args()

    import socket
    import subprocess
    import urllib.request

    from gradio_client import Client

    import assistant

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    # The server runs in its own process, as it does for users; the clients share this one.
    server = subprocess.Popen([sys.executable, "-m", "assistant", "serve", "--no-build", "--port", str(port),
                               "--index", str(args.index), "--corpus", str(args.corpus)],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}/"
    for _ in range(120):
        try:
            urllib.request.urlopen(url, timeout=2)
            break
        except OSError:
            time.sleep(0.5)
    sources = [s["source_id"] for s in assistant.load(args.index).sources]
    questions = (QUESTIONS * (args.questions // len(QUESTIONS) + 1))[:args.questions]
    try:
        single = {q: last_turn(Client(url, verbose=False).predict(q, sources, 3, api_name="/ask")[0])
                  for q in set(questions)}
        latencies, errors, mismatches = [], [], []
        lock = threading.Lock()

        def user(n):
            try:
                client = Client(url, verbose=False)
            except Exception as error:
                errors.append(repr(error))
                return
            # Follow-up resolution depends on history: standalone questions give the same answer in any order.
            for q in questions[n % len(questions):] + questions[:n % len(questions)]:
                started = time.perf_counter()
                try:
                    html = client.predict(q, sources, 3, api_name="/ask")[0]
                except Exception as error:
                    errors.append(repr(error))
                    continue
                with lock:
                    latencies.append((time.perf_counter() - started) * 1000)
                    if last_turn(html) != single[q]:
                        mismatches.append(q)

        started = time.perf_counter()
        threads = [threading.Thread(target=user, args=(n,)) for n in range(args.users)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        wall = time.perf_counter() - started
        latencies.sort()
        print(f"users {args.users} x questions {args.questions}: {len(latencies)} answers in {wall:.1f}s "
              f"({len(latencies) / wall:.1f}/s)")
        print(f"latency ms: p50 {statistics.median(latencies):.0f}  p95 {latencies[int(0.95 * (len(latencies) - 1))]:.0f}"
              f"  max {latencies[-1]:.0f}")
        print(f"errors: {len(errors)}  answers differing from single-user: {len(mismatches)}")
        for e in errors[:5]:
            print("  ", e)
    finally:
        server.terminate()
        server.wait(timeout=30)


if __name__ == "__main__":
    main()
