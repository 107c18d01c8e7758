#!/usr/bin/env bash
# Starts the app in a real X window (Xvfb, software OpenGL) from another
# directory, on the bundled seeds, and checks that it stays up and that its
# screenshot is not blank.
#
#   scripts/smoke-test.sh target/release/gahnama [OUT.png]
set -euo pipefail
bin=$(realpath "$1")
out=${2:-$(mktemp -d)/gahnama-smoke.png}
disp=97
while [[ -e /tmp/.X11-unix/X$disp || -e /tmp/.X$disp-lock ]]; do disp=$((disp + 1)); done
Xvfb ":$disp" -screen 0 1400x900x24 -nolisten tcp >/tmp/gahnama-xvfb.log 2>&1 &
xvfb=$!
home=$(mktemp -d)
app=""
cleanup() { [[ -n $app ]] && kill "$app" 2>/dev/null || true; kill "$xvfb" 2>/dev/null || true; }
trap cleanup EXIT
sleep 1
# From an unrelated directory with an empty home: the seeds and fonts must be embedded.
(cd / && HOME=$home XDG_DATA_HOME=$home/data XDG_CONFIG_HOME=$home/config DISPLAY=":$disp" \
  XDG_RUNTIME_DIR=$home "$bin" >/tmp/gahnama-smoke.log 2>&1) &
app=$!
sleep 10
if ! kill -0 "$app" 2>/dev/null; then
  echo "smoke test: the app exited early; its output:" >&2
  cat /tmp/gahnama-smoke.log >&2
  exit 1
fi
DISPLAY=":$disp" import -window root "$out"
colors=$(convert "$out" -format '%k' info:)
echo "smoke test: app running, screenshot $out has $colors colours"
if (( colors < 200 )); then
  echo "smoke test: the screenshot looks blank" >&2
  exit 1
fi
