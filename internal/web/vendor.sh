#!/usr/bin/env bash
# vendor.sh reproduces internal/web/static/vendor/: it installs the pinned
# npm packages into a temporary directory and copies their minified browser
# builds and licence files next to the explorer. Run from anywhere:
#   bash internal/web/vendor.sh
set -euo pipefail

UPLOT_VERSION=1.6.32
CYTOSCAPE_VERSION=3.34.4

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
dest="$here/static/vendor"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

cd "$tmp"
npm init -y >/dev/null
npm install --no-audit --no-fund --ignore-scripts \
	"uplot@$UPLOT_VERSION" "cytoscape@$CYTOSCAPE_VERSION" >/dev/null

mkdir -p "$dest"
cp node_modules/uplot/dist/uPlot.iife.min.js "$dest/uPlot.iife.min.js"
cp node_modules/uplot/dist/uPlot.min.css "$dest/uPlot.min.css"
cp node_modules/uplot/LICENSE "$dest/LICENSE.uplot"
cp node_modules/cytoscape/dist/cytoscape.min.js "$dest/cytoscape.min.js"
cp node_modules/cytoscape/LICENSE "$dest/LICENSE.cytoscape"
printf 'uplot %s\ncytoscape %s\n' "$UPLOT_VERSION" "$CYTOSCAPE_VERSION" >"$dest/VERSIONS"
echo "vendored uplot $UPLOT_VERSION and cytoscape $CYTOSCAPE_VERSION into $dest"
