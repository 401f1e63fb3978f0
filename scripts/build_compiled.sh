#!/usr/bin/env bash
# Compile khabar's hot pure-Python modules to C extensions with mypyc (issue 13: the Hindi pass).
# Optional: a module whose extension is missing runs as Python, with the same output. The extensions
# (*.so beside the sources, and build/) are not in git; src/khabar/_compiled.txt lists them with the
# hash of each source, and khabar/_compiled.py removes them all when a source no longer matches
# (an edit or a checkout), so a stale extension never runs. Never fails: on any error it warns,
# removes what it built and exits 0. KHABAR_NO_COMPILE=1 skips it (and removes an earlier build). A build
# whose sources are unchanged is kept (install.sh runs this on every call).
set -uo pipefail
cd "$(dirname "$0")/../src"
PY=../.venv/bin/python
# Not compiled: quotes/attribute.py (its classes extend list and dict, which mypyc's native classes cannot).
# Each module here must pass mypy with no "assignment"/"no-redef" error (pyproject.toml's overrides): a name
# re-bound to another type keeps its first type in the C code and raises TypeError at run time.
MODULES=(
  khabar/stages/mentions/pattern.py
  khabar/stages/events/pattern.py
  khabar/stages/events/hindi_clauses.py
  khabar/stages/quotes/candidates.py
  khabar/stages/quotes/rules.py
  khabar/stages/quotes/stage.py
  khabar/stages/dates/resolve.py
  khabar/stages/dates/stage.py
)
MANIFEST=khabar/_compiled.txt
LOG=${TMPDIR:-/tmp}/khabar_build_compiled.log

remove_built() {
  if [ -f "$MANIFEST" ]; then
    grep '^product ' "$MANIFEST" | cut -d' ' -f2- | while read -r f; do rm -f "$f"; done
  fi
  rm -f "$MANIFEST"
}

if [ "${KHABAR_NO_COMPILE:-0}" = 1 ]; then
  echo "== KHABAR_NO_COMPILE=1: the modules run as Python"
  remove_built  # (an earlier build's extensions would run instead)
  exit 0
fi
# the sources' hashes taken before the build: an edit made while it runs leaves the manifest stale
hashes=$(for m in "${MODULES[@]}"; do echo "source $(sha256sum "$m" | cut -d' ' -f1) $m"; done)
if [ -f "$MANIFEST" ] && [ "$(grep '^source ' "$MANIFEST")" = "$hashes" ] \
  && grep '^product ' "$MANIFEST" | cut -d' ' -f2- | xargs -r ls >/dev/null 2>&1 \
  && "$PY" -c 'import khabar._compiled as c; raise SystemExit(0 if c.compiled_modules() else 1)' 2>/dev/null; then
  echo "== the compiled modules are current (scripts/build_compiled.sh): not rebuilt"
  exit 0
fi
echo "== compiling the hot modules with mypyc (a few minutes; log: $LOG)"
remove_built
stamp=$(mktemp)
if ! "$PY" -m mypyc "${MODULES[@]}" >"$LOG" 2>&1; then
  echo "warning: mypyc failed (see $LOG): khabar runs as pure Python, same output, slower" >&2
  find . -name '*.so' -newer "$stamp" -delete
  rm -f "$stamp"
  rm -rf build
  exit 0
fi
rm -rf build  # mypyc's C sources and setup.py: not for mypy or ruff to read under src/
{
  echo "$hashes"
  find . -name '*.so' -newer "$stamp" | sed 's|^\./||' | sort | sed 's/^/product /'
} >"$MANIFEST.tmp" && mv "$MANIFEST.tmp" "$MANIFEST"
rm -f "$stamp"
if ! "$PY" -c 'import khabar, khabar._compiled as c; raise SystemExit(0 if c.compiled_modules() else 1)'; then
  echo "warning: the compiled modules do not import: removed, khabar runs as pure Python" >&2
  remove_built
fi
exit 0
