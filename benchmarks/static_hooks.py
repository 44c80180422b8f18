"""Hooks of the static baseline: the site's own hooks, minus page generation (the baseline's
pages are static files already rendered) and with no macros plugin."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from macros import mkdocs_hooks as site  # noqa: E402


def on_config(config):
    return site.on_config(config)


def on_files(files, config):
    site.add_downloads(files, config)
    return files


on_post_build = site.on_post_build
