#!/usr/bin/env bash
# The project's one entry point. Each command installs what it needs first, so it works on a
# fresh Debian machine with only Python 3.11+:
#   ./dev.sh serve   the site at http://127.0.0.1:8000/ml-interview-prep/, reloading on every edit
#   ./dev.sh build   the site into site/ (open site/index.html from disk: it works offline)
#   ./dev.sh test    every test (unit, build, content, browser, workflows); pytest options may follow
#   ./dev.sh bench   the benchmark (README.md, "Benchmark"); results in benchmarks/results/
#   ./dev.sh macros  the guide's command line: check, new question|drill, run-examples, test-drills
set -euo pipefail
cd "$(dirname "$0")"
export NO_MKDOCS_2_WARNING=1 # Material 9.8 prints an end-of-life notice on every build otherwise
VENV=.venv
PY=$VENV/bin/python

as_root() {
  if [ "$(id -u)" = 0 ]; then "$@"; elif command -v sudo >/dev/null; then sudo "$@"; else return 1; fi
}

APT_UPDATED=
apt_install() {
  [ -n "$APT_UPDATED" ] || { as_root apt-get update -qq && APT_UPDATED=1; }
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$@"
}

python_env() {
  if [ ! -x "$PY" ]; then
    python3 -m venv "$VENV" 2>/dev/null || { rm -rf "$VENV"; apt_install python3-venv && python3 -m venv "$VENV"; }
  fi
  # Reinstall only when the pins change.
  if [ ! -f "$VENV/.installed" ] || [ requirements.txt -nt "$VENV/.installed" ]; then
    "$PY" -m pip install -q --disable-pip-version-check -r requirements.txt
    touch "$VENV/.installed"
  fi
}

browser_env() {
  # Chromium for the browser tests: Debian's package when we can install system packages,
  # otherwise Playwright's own download (the tests use whichever is there).
  if ! command -v chromium >/dev/null; then
    apt_install chromium || "$PY" -m playwright install chromium
  fi
  # The Nu HTML checker (vnu-jar from npm) runs on Java.
  command -v java >/dev/null || apt_install default-jre-headless
  command -v npm >/dev/null || apt_install nodejs npm
  if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
    npm ci --no-audit --no-fund --loglevel=error
  fi
}

cmd=${1:-}
[ $# -gt 0 ] && shift
case "$cmd" in
  serve)
    python_env
    # MkDocs serves the site under the path of site_url; this is the address that works.
    echo "Serving the guide at http://127.0.0.1:8000/ml-interview-prep/ (reloads on every edit)"
    exec "$PY" -m mkdocs serve -a 127.0.0.1:8000 "$@" ;;
  macros) python_env; exec "$PY" -m macros "$@" ;;
  build) python_env; exec "$PY" -m mkdocs build --strict --site-dir site "$@" ;;
  test) python_env; browser_env; exec "$PY" -m pytest "$@" ;;
  bench)
    python_env
    browser_env
    npm ci --prefix benchmarks --no-audit --no-fund --loglevel=error # Lighthouse
    exec "$PY" benchmarks/run.py "$@" ;;
  *) sed -n '2,8p' "$0" | sed 's/^# \{0,1\}//'; exit 2 ;;
esac
