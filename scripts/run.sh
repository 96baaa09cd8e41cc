#!/usr/bin/env bash
# Install, build the index of corpus/ if it is missing or out of date, and start the chat on 127.0.0.1.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/install.sh
export HF_HUB_OFFLINE=1 TRANSFORMERS_OFFLINE=1 GRADIO_ANALYTICS_ENABLED=False
exec .venv/bin/assistant serve "$@"
