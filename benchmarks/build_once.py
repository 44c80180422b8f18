"""One `mkdocs build`, reporting its wall time and peak memory as JSON on the last line of stdout.

Run as a separate process per build so that peak memory (ru_maxrss) belongs to that build alone."""

import json
import resource
import sys
import time

from mkdocs.__main__ import cli

start = time.perf_counter()
try:
    cli(["build", "--quiet", "--config-file", sys.argv[1], "--site-dir", sys.argv[2]])
    code = 0
except SystemExit as exc:
    code = exc.code or 0
seconds = time.perf_counter() - start
peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux
print(json.dumps({"exit": code, "seconds": seconds, "peak_mb": peak_mb}))
