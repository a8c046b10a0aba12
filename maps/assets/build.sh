#!/usr/bin/env bash
# Fetch the JavaScript/CSS that maps/ inlines into offline HTML, and the
# country outlines drawn when tiles cannot load.  Repeatable: exact versions
# from the npm registry, exact files extracted, sha256 of each in MANIFEST.json.
#
#   make assets            (or: bash maps/assets/build.sh)
#
# Needs npm and python3 (standard library only).  Writes maps/assets/vendor/
# and maps/assets/world/; never touches the hand-written incident_map.{js,css}.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

packages=(
  leaflet@1.9.3                 # folium 0.20's Leaflet version
  leaflet.markercluster@1.5.3
  leaflet.fullscreen@3.0.0      # folium.plugins.Fullscreen
  leaflet-minimap@3.6.1         # folium.plugins.MiniMap
  leaflet.heat@0.2.0            # folium.plugins.HeatMap
  world-atlas@2.0.2             # Natural Earth 1:110m countries (public domain), TopoJSON
)
(cd "$tmp" && npm pack --silent "${packages[@]}" >/dev/null)
"${PYTHON:-python3}" "$here/build.py" "$tmp" "$here"
