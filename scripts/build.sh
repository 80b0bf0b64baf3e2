#!/usr/bin/env bash
# `npm run build [-- astro options]`: `astro build`, started with six memory settings that a running
# process cannot give itself. Measured with `npm run bench:site` (10 years × 300 units, this machine):
# peak 1.11–1.22 GB without them, 0.82–0.95 GB with them; build time within the machine's noise.
# - MIMALLOC_ARENA_EAGER_COMMIT=0, MIMALLOC_PURGE_DELAY=0: Vite's bundler (rolldown, Rust with the
#   mimalloc allocator) otherwise keeps ≈ 150 MB committed after bundling, for the whole build.
# - MALLOC_MMAP_THRESHOLD_=131072: glibc gives back each large buffer (pages and downloads of
#   0.2–2 MB are written one after another) instead of keeping the freed room in its heap.
# - --max-semi-space-size=16: V8's young generation stays at 16 MB a half (it grows to 64 MB on a
#   machine with much memory, and a build makes garbage fast enough to fill it).
# - --max-old-space-size=800: V8 collects the old generation before it passes 800 MB, not at ≈ 4 GB (its
#   limit on a machine with 24 GB). A 10 × 300 build's pages need ≈ 0.3 GB live, but astro's process grew to
#   1.4 GB of garbage not yet collected; with the limit it peaks at ≈ 0.8 GB. A bigger board that needs
#   more stops with "heap out of memory": give it more with NODE_OPTIONS=--max-old-space-size=1500.
# - --expose-gc: the pictures step (src/build/pictures.ts) collects resvg's bitmaps, which V8 does not
#   count, when they pass ≈ 100 MB (a cold 10 × 300 build otherwise held 1.2–1.4 GB).
# A setting already in the environment wins. No process of ours runs beside astro's (bash waits, ≈ 3 MB).
set -euo pipefail
export MIMALLOC_ARENA_EAGER_COMMIT="${MIMALLOC_ARENA_EAGER_COMMIT:-0}"
export MIMALLOC_PURGE_DELAY="${MIMALLOC_PURGE_DELAY:-0}"
export MALLOC_MMAP_THRESHOLD_="${MALLOC_MMAP_THRESHOLD_:-131072}"
case "${NODE_OPTIONS:-}" in
  *--max-semi-space-size*) ;;
  *) export NODE_OPTIONS="${NODE_OPTIONS:+$NODE_OPTIONS }--max-semi-space-size=16" ;;
esac
case "${NODE_OPTIONS:-}" in
  *--max-old-space-size*) ;;
  *) export NODE_OPTIONS="$NODE_OPTIONS --max-old-space-size=800" ;;
esac
case "${NODE_OPTIONS:-}" in
  *--expose-gc*) ;;
  *) export NODE_OPTIONS="$NODE_OPTIONS --expose-gc" ;;
esac
# The project's Node 24 (node_modules/.bin/node), also when this is run without npm.
here="$(dirname "$0")/.."
node="$here/node_modules/.bin/node"
[ -x "$node" ] || node=node
# The pictures and compressed copies in a process of their own, once astro's has ended and given back its
# memory (src/build/finish.ts): at 10 years × 300 units one process peaked at 0.95–1.05 GB, apart 0.9 GB.
# BOARD_FINISH_APART=0 keeps them inside astro build (as a plain `astro build` does).
apart="${BOARD_FINISH_APART:-1}"
export BOARD_FINISH_APART="$apart"
"$node" "$here/node_modules/astro/bin/astro.mjs" build "$@"
# BOARD_FINISH_LATER=1 (npm start) stops after the pages: start serves them, then runs finish-build itself.
if [ "$apart" = 1 ] && [ "${BOARD_FINISH_LATER:-0}" != 1 ]; then
  "$node" "$here/scripts/board.ts" finish-build "$@"
fi
