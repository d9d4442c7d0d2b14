#!/usr/bin/env bash
# Whole-process start-up: from exec to the main window shown with its first
# page painted (the app prints the moment when JLGC_STARTUP_TIMING is set), on
# the offscreen platform. Prints the median and the slowest of RUNS runs in ms.
# usage: bench/startup.sh JLGC_DESK DATABASE [RUNS]
set -euo pipefail
APP="$1"; DB="$2"; RUNS="${3:-5}"
HOME_DIR="$(mktemp -d)"
trap 'rm -rf "$HOME_DIR"' EXIT
times=()
for _ in $(seq "$RUNS"); do
  start=$(date +%s%6N)
  shown=$(XDG_CONFIG_HOME="$HOME_DIR" XDG_DATA_HOME="$HOME_DIR" QT_QPA_PLATFORM=offscreen \
          JLGC_STARTUP_TIMING=exit "$APP" --lang en --database "$DB" 2>&1 >/dev/null \
          | sed -n 's/^jlgc-startup-shown-us //p')
  times+=($(( (shown - start) / 1000 )))
done
sorted=($(printf '%s\n' "${times[@]}" | sort -n))
echo "startup_median_ms ${sorted[$(( RUNS / 2 ))]}"
echo "startup_max_ms ${sorted[$(( RUNS - 1 ))]}"
