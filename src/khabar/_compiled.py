"""The hot modules' C extensions built by ``scripts/build_compiled.sh`` (mypyc), kept only while current.

Python imports an extension (``pattern.cpython-311-*.so``) before the ``.py`` beside it, so an extension
built from an older source would run in its place, silently. The build writes ``_compiled.txt``: a
line ``source SHA256 PATH`` per compiled source and ``product PATH`` per file built (paths relative to
``src/``). :func:`drop_stale`, run when ``khabar`` is imported and before any compiled module is, removes
every product when a source's hash differs (an edit, a checkout): the modules then run as Python.
"""

from __future__ import annotations

import hashlib
import os
import sys
import warnings
from importlib.machinery import (
    BYTECODE_SUFFIXES,
    SOURCE_SUFFIXES,
    FileFinder,
    SourceFileLoader,
    SourcelessFileLoader,
)
from pathlib import Path

MANIFEST = Path(__file__).with_name("_compiled.txt")
PURE_PYTHON_ENV = "KHABAR_PURE_PYTHON"  # set (to anything but "" or "0"): the .py sources run, not the build
PACKAGE_DIR = Path(__file__).resolve().parent


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


def python_sources_wanted() -> bool:
    """True when the environment asks for khabar's .py sources over its built extensions."""
    return os.environ.get(PURE_PYTHON_ENV, "") not in ("", "0")


def prefer_python_sources() -> None:
    """Import khabar's own modules from their ``.py`` sources even where an extension is built.

    For tools that watch Python lines run (``sys.settrace`` line counts, ``cProfile``): they see
    nothing inside a compiled module. Only directories inside the khabar package get the finder
    without extension loaders; every other package (numpy, spaCy) imports its extensions as usual.
    Output is the same either way (the build is checked byte-identical)."""
    package = str(PACKAGE_DIR)
    loaders = [(SourceFileLoader, SOURCE_SUFFIXES), (SourcelessFileLoader, BYTECODE_SUFFIXES)]

    def sources_only(path: str) -> FileFinder:
        resolved = str(Path(path).resolve())
        if resolved != package and not resolved.startswith(package + os.sep):
            raise ImportError("not a khabar package directory")
        return FileFinder(path, *loaders)

    sys.path_hooks.insert(0, sources_only)
    for path in [p for p in sys.path_importer_cache if str(Path(p).resolve()).startswith(package)]:
        del sys.path_importer_cache[path]
