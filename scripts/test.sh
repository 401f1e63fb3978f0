#!/usr/bin/env bash
# Run the whole test suite (installs first if needed), plus the linter and the type checker.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install.sh
echo "== ruff"
.venv/bin/ruff check src tests benchmarks
echo "== mypy (strict, configured in pyproject.toml)"
.venv/bin/mypy
echo "== pytest"
.venv/bin/python -m pytest "$@"
