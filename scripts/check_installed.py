"""Exit 1 (listing them) if a requirement of khabar, with every extra, is missing or at a version
outside its range in this environment: requirements.lock no longer covers pyproject.toml."""

from __future__ import annotations

import sys
from importlib.metadata import PackageNotFoundError, requires, version

from packaging.requirements import Requirement

EXTRAS = ("", "server", "dask", "dataframe", "browser", "all", "dev")

problems = []
for spec in requires("khabar") or []:
    requirement = Requirement(spec)
    if requirement.name == "khabar":
        continue
    if requirement.marker is not None and not any(
        requirement.marker.evaluate({"extra": extra}) for extra in EXTRAS
    ):
        continue
    try:
        found = version(requirement.name)
    except PackageNotFoundError:
        problems.append(f"{requirement} (not installed)")
        continue
    if not requirement.specifier.contains(found, prereleases=True):
        problems.append(f"{requirement} (installed: {found})")
if problems:
    print("requirements.lock does not cover pyproject.toml:", *problems, sep="\n  ", file=sys.stderr)
    sys.exit(1)
