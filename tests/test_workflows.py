"""The GitHub workflows, checked by maintained linters that run offline."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from tests.conftest import ROOT

WORKFLOWS = sorted((ROOT / ".github" / "workflows").glob("*.yml"))
BIN = Path(sys.executable).parent


def test_there_is_a_ci_and_a_pages_workflow():
    assert {w.name for w in WORKFLOWS} == {"ci.yml", "pages.yml"}
    pages = (ROOT / ".github" / "workflows" / "pages.yml").read_text()
    for needed in ("actions/upload-pages-artifact", "actions/deploy-pages", "concurrency:", "needs: test"):
        assert needed in pages


def test_workflows_match_the_github_workflow_schema():
    result = subprocess.run(
        [BIN / "check-jsonschema", "--builtin-schema", "vendor.github-workflows", *WORKFLOWS],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_zizmor_finds_no_security_problem():
    result = subprocess.run(
        [BIN / "zizmor", "--offline", "--format", "json", "--config", ROOT / ".github" / "zizmor.yml", *WORKFLOWS],
        capture_output=True,
        text=True,
    )
    findings = json.loads(result.stdout)
    assert findings == [], json.dumps(findings, indent=1)[:3000]
    assert result.returncode == 0, result.stderr
