"""Compiled theme templates kept between builds.

MkDocs makes a new Jinja environment for every build, so each build (and under `mkdocs serve`
each rebuild) used to compile Material's templates again: about a second of every edit, and more
in a new process. Compiled templates are kept in memory for the life of the process and on disk
(`.cache/templates`) for later processes. Jinja keys the cache by template name and checks a
checksum of the template's source, so an edited or upgraded template is compiled again."""

from __future__ import annotations

import os
from pathlib import Path

import jinja2

FOLDER = Path(__file__).resolve().parent.parent / ".cache" / "templates"


class TemplateCache(jinja2.FileSystemBytecodeCache):
    def __init__(self, folder: Path = FOLDER):
        try:
            folder.mkdir(parents=True, exist_ok=True)
            self._writable = os.access(folder, os.W_OK)
        except OSError:
            self._writable = False
        super().__init__(str(folder))
        self._memory: dict[str, bytes] = {}

    def load_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        code = self._memory.get(bucket.key)
        if code is not None:
            bucket.bytecode_from_string(code)
        elif self._writable:
            super().load_bytecode(bucket)

    def dump_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        self._memory[bucket.key] = bucket.bytecode_to_string()
        if self._writable:
            try:
                super().dump_bytecode(bucket)
            except OSError:
                pass


CACHE = TemplateCache()
