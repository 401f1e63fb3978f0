"""The hot modules' C extensions built by ``scripts/build_compiled.sh`` (mypyc), kept only while current.

Python imports an extension (``pattern.cpython-311-*.so``) before the ``.py`` beside it, so an extension
built from an older source would run in its place, silently. The build writes ``_compiled.txt``: a
line ``source SHA256 PATH`` per compiled source and ``product PATH`` per file built (paths relative to
``src/``). :func:`drop_stale`, run when ``khabar`` is imported and before any compiled module is, removes
every product when a source's hash differs (an edit, a checkout): the modules then run as Python.
"""

from __future__ import annotations

import hashlib
import sys
import warnings
from pathlib import Path

MANIFEST = Path(__file__).with_name("_compiled.txt")


def _read_manifest() -> tuple[list[tuple[str, Path]], list[Path]] | None:
    try:
        lines = MANIFEST.read_text(encoding="utf-8").splitlines()
    except OSError:
        return None
    root = MANIFEST.parent.parent
    sources: list[tuple[str, Path]] = []
    products: list[Path] = []
    for line in lines:
        kind, _, rest = line.partition(" ")
        if kind == "source":
            digest, _, path = rest.partition(" ")
            sources.append((digest, root / path))
        elif kind == "product":
            products.append(root / rest)
    return sources, products


def drop_stale() -> bool:
    """Remove the built extensions when a compiled source changed since the build; True if removed."""
    manifest = _read_manifest()
    if manifest is None:
        return False
    sources, products = manifest
    try:
        current = all(hashlib.sha256(path.read_bytes()).hexdigest() == digest for digest, path in sources)
    except OSError:
        current = False
    if current:
        return False
    for product in products:
        product.unlink(missing_ok=True)
    MANIFEST.unlink(missing_ok=True)
    warnings.warn(
        "khabar: a compiled module's source changed; its extensions were removed (pure Python now, "
        "same output). Rebuild them with: bash scripts/build_compiled.sh",
        stacklevel=2,
    )
    return True


def compiled_modules() -> list[str]:
    """The names of the khabar modules running as compiled extensions in this process (imported here)."""
    manifest = _read_manifest()
    if manifest is None:
        return []
    root = MANIFEST.parent.parent
    names: list[str] = []
    for _, path in manifest[0]:
        name = ".".join(path.relative_to(root).with_suffix("").parts)
        __import__(name)
        if not str(getattr(sys.modules[name], "__file__", "")).endswith(".py"):
            names.append(name)
    return names
