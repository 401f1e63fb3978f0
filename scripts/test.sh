#!/usr/bin/env bash
# Run the whole test suite (installs first if needed), plus the linter.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install.sh
echo "== ruff"
.venv/bin/ruff check src tests benchmarks
echo "== pytest"
.venv/bin/python -m pytest "$@"
