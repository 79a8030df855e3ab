"""Upgrades of files written in older format versions to the current one.

Each entry takes node-link data of version N and returns version N + 1. Version 1 is the first
published format, so none are needed yet; the loader already routes older files through here,
and the tests check that a registered step runs.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from .errors import MapFileError
from .format import FORMAT_VERSION

Migration = Callable[[dict[str, Any]], dict[str, Any]]
MIGRATIONS: dict[int, Migration] = {}


def migrate(data: dict[str, Any], version: int) -> dict[str, Any]:
    while version < FORMAT_VERSION:
        step = MIGRATIONS.get(version)
        if step is None:
            raise MapFileError(f"format version {version} is not supported (no upgrade to {version + 1})")
        data = step(data)
        version += 1
        data["graph"]["version"] = version
    return data
