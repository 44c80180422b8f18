"""Compiled theme templates kept for the life of the process.

MkDocs makes a new Jinja environment for every build, so under `mkdocs serve` each rebuild used to
compile Material's templates again (about a second of every edit). This in-memory bytecode cache
outlives the environments: a template is compiled once per content (Jinja keys the cache by the
template's name and checks a checksum of its source), then loaded."""

from __future__ import annotations

import jinja2


class MemoryBytecodeCache(jinja2.BytecodeCache):
    def __init__(self):
        self._store: dict[str, bytes] = {}

    def load_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        code = self._store.get(bucket.key)
        if code is not None:
            bucket.bytecode_from_string(code)

    def dump_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        self._store[bucket.key] = bucket.bytecode_to_string()


CACHE = MemoryBytecodeCache()
