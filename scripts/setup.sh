#!/usr/bin/env bash
# One command for a fresh machine: install everything, then run the main job on the bundled
# example articles (ingest into the embedded DuckDB file ./khabar.duckdb and print a summary).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install.sh
echo "== ingesting the bundled example articles (corpus/dev/articles) into khabar.duckdb"
.venv/bin/khabar ingest corpus/dev/articles --db khabar.duckdb --workers 2 "$@"
echo
echo "Next: .venv/bin/khabar show hi_00_vietnamvn_shoigu_wangyi --raw   |   .venv/bin/khabar --help"
