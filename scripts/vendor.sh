#!/usr/bin/env bash
# Re-create docs/assets/vendor/ from the npm registry: KaTeX (math), highlight.js (code), the
# iframe-worker shim (Material's offline search from file://) and ts-fsrs (the spaced-repetition
# scheduler of the practice page). Run only to upgrade them; the
# result is committed so the site builds and works offline without npm. Versions are pinned here
# and nowhere else.
set -euo pipefail
KATEX=0.16.47
IFRAME_WORKER=1.0.4
HIGHLIGHT=11.12.0
TS_FSRS=5.4.2
cd "$(dirname "$0")/.."
out=docs/assets/vendor
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
(cd "$work" && npm pack --silent "katex@$KATEX" "iframe-worker@$IFRAME_WORKER" "@highlightjs/cdn-assets@$HIGHLIGHT" "ts-fsrs@$TS_FSRS" >/dev/null)
tar xzf "$work/katex-$KATEX.tgz" -C "$work" && mv "$work/package" "$work/katex"
tar xzf "$work/iframe-worker-$IFRAME_WORKER.tgz" -C "$work" && mv "$work/package" "$work/iframe-worker"
tar xzf "$work/highlightjs-cdn-assets-$HIGHLIGHT.tgz" -C "$work" && mv "$work/package" "$work/highlight"
tar xzf "$work/ts-fsrs-$TS_FSRS.tgz" -C "$work" && mv "$work/package" "$work/ts-fsrs"

rm -rf "$out/katex" "$out/iframe-worker" "$out/highlight" "$out/ts-fsrs"
mkdir -p "$out/katex/fonts" "$out/iframe-worker" "$out/highlight" "$out/ts-fsrs"
cp "$work/katex/dist/katex.min.js" "$work/katex/dist/contrib/auto-render.min.js" "$work/katex/LICENSE" "$out/katex/"
cp "$work/katex/dist/fonts/"*.woff2 "$out/katex/fonts/"
# Every browser that runs this site reads woff2: drop the woff/ttf fallbacks from the stylesheet
# so it names only files that ship (keeps the offline copy small and the link check clean).
sed -E 's/,url\(fonts\/[^)]+\.(woff|ttf)\) format\("(woff|truetype)"\)//g' \
  "$work/katex/dist/katex.min.css" > "$out/katex/katex.min.css"
cp "$work/iframe-worker/shim/index.js" "$out/iframe-worker/iframe-worker-shim.js"
cp "$work/iframe-worker/LICENSE" "$out/iframe-worker/"
# The common build has every language the answers use except Dockerfile, added on its own.
cp "$work/highlight/highlight.min.js" "$work/highlight/languages/dockerfile.min.js" "$work/highlight/LICENSE" "$out/highlight/"
# The UMD build: a plain script that defines the global FSRS (ES modules do not load from file://).
cp "$work/ts-fsrs/dist/index.umd.js" "$out/ts-fsrs/ts-fsrs.umd.js"
cp "$work/ts-fsrs/LICENSE" "$out/ts-fsrs/"
printf 'katex %s\niframe-worker %s\nhighlight.js %s\nts-fsrs %s\n' "$KATEX" "$IFRAME_WORKER" "$HIGHLIGHT" "$TS_FSRS" > "$out/VERSIONS"
echo "vendored into $out"
