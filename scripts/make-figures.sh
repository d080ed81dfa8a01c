#!/usr/bin/env bash
# Regenerates the README figures in docs/figures/ from the bundled configs, with the plot commands only.
# Takes well under a minute on the 2-core machine (most of it the map's 81 configurations of observables).
set -euo pipefail
cd "$(dirname "$0")/.."

out=docs/figures
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$tmp/figures"

# log10 T(E) with barrier tops and resonances, and V(x), of the README's four-site K+ filter
./ionsweep plot spectrum configs/k-four-site-spectrum.yaml --width 900 --height 600 \
    -o "$tmp/figures/spectrum-k-four-site.png"

# tunnelling enhancement <T>/A over barrier width x height, with the line where quantum = classical
./ionsweep run configs/figure-map.yaml --out "$tmp/figure-map" --quiet
./ionsweep plot map "$tmp/figure-map" --x barrier_width_A --y barrier_height_eV \
    --z tunnelling_enhancement --log-z --contour 1 -o "$tmp/figures/map-enhancement.png"

# quantum and classical I-V curves, computed from the config on the fly
./ionsweep plot iv configs/figure-iv.yaml -o "$tmp/figures/iv-k-four-site.png"

# Replace the figures only once all of them were made.
mkdir -p "$out"
mv -f "$tmp"/figures/*.png "$out/"
ls -l "$out"
