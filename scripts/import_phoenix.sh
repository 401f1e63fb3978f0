#!/usr/bin/env bash
# Regenerate src/khabar/kb/data/imported/ from the PETRARCH2 Phoenix actor dictionaries (MIT).
# Usage: scripts/import_phoenix.sh [DIR]   (DIR holds Phoenix.*.actors.txt; default: the copy in the package). Output is byte-identical
# for the same input and code; the KB cache is rebuilt afterwards.
set -euo pipefail
cd "$(dirname "$0")/.."
DIR=${1:-src/khabar/reference/petrarch2}
DEST=src/khabar/kb/data/imported
for name in Countries International MilNonState; do
  .venv/bin/khabar kb import --format tabari "$DIR/Phoenix.$name.actors.txt" --dest "$DEST"
done
.venv/bin/khabar kb import --format tabari-agents "$DIR/Phoenix.agents.txt" --dest "$DEST"
cp "$DIR/LICENSE" "$DEST/LICENSE-petrarch2"
.venv/bin/khabar kb build
