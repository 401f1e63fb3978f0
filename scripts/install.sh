#!/usr/bin/env bash
# Create the project's virtual environment if it is missing and install khabar with its test tools.
# Idempotent: a second run only checks that everything is installed.
set -euo pipefail
cd "$(dirname "$0")/.."

PYTHON=${PYTHON:-python3}
if ! "$PYTHON" -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else 1)'; then
  echo "khabar needs Python 3.11 or newer; set PYTHON=/path/to/python3.11" >&2
  exit 2
fi
if [ ! -x .venv/bin/python ]; then
  echo "== creating virtual environment .venv"
  "$PYTHON" -m venv .venv
fi
echo "== installing khabar and its dependencies into .venv (exact versions from requirements.lock)"
PIP=(.venv/bin/python -m pip --disable-pip-version-check)
"${PIP[@]}" install --quiet --upgrade pip 2>/dev/null || true
# Every package at the version the lock names, then khabar itself with all extras and the test tools
# (server, dask, dataframe, browser, dev) without resolving anything else.
"${PIP[@]}" install --quiet -r requirements.lock
"${PIP[@]}" install --quiet --no-deps -e '.[dev]'
if ! .venv/bin/python scripts/check_installed.py || ! "${PIP[@]}" check >/dev/null; then
  # pyproject.toml names a dependency the lock lacks (regenerate it: bash scripts/lock.sh): install
  # what is missing, keeping every version the lock names.
  echo "warning: installing what requirements.lock lacks; regenerate it with: bash scripts/lock.sh" >&2
  "${PIP[@]}" install --quiet -c requirements.lock -e '.[dev]'
  "${PIP[@]}" check
fi
# The hot Hindi modules compiled to C extensions (mypyc, gcc): ~15 % off the Hindi first pass, ~20 % warm, same
# output; ~4 CPU-min to build once (skipped while the sources are unchanged). KHABAR_NO_COMPILE=1 skips it (and
# removes an earlier build). Never fails the install: on any error it warns and the pure-Python modules run.
bash scripts/build_compiled.sh
# Build the knowledge base and its search index once, here, so no process builds them on first use.
echo "== building the knowledge base (khabar kb build)"
.venv/bin/khabar kb build

# Front-end packages of the web UI (world outline, map projection, API docs page) come from the npm
# registry into web/node_modules, pinned by web/package-lock.json; skipped when already installed.
if [ -f web/package-lock.json ]; then
  if ! command -v npm >/dev/null 2>&1; then
    echo "warning: npm not found: the web UI's map and /docs page need 'npm ci' in web/" >&2
  elif [ ! -f web/node_modules/.package-lock.json ] || [ web/package-lock.json -nt web/node_modules/.package-lock.json ]; then
    echo "== installing the web UI's packages (npm ci in web/)"
    (cd web && npm ci --no-audit --no-fund --ignore-scripts --loglevel=error)
  fi
fi
