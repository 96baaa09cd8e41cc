#!/usr/bin/env bash
# Install with the test tools (and Chromium for the browser tests), then run the whole test suite.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/install.sh test
if [ ! -x /usr/bin/chromium ]; then
  sudo=""; [ "$(id -u)" = 0 ] || sudo="sudo"
  $sudo apt-get update -qq && $sudo apt-get install -y -qq chromium chromium-driver >/dev/null
fi
export HF_HUB_OFFLINE=1 TRANSFORMERS_OFFLINE=1 GRADIO_ANALYTICS_ENABLED=False
exec .venv/bin/python -m pytest "$@"
