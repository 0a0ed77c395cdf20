#!/usr/bin/env bash
# Install the system tools T2M needs (ffmpeg, espeak-ng, fonts; chromium for
# the browser tests) when they are missing. As root it uses apt-get; otherwise
# it names what is missing and stops.
set -euo pipefail

want_tests=0
[ "${1:-}" = "--tests" ] && want_tests=1

need=()
command -v ffmpeg >/dev/null 2>&1 || need+=(ffmpeg)
command -v ffprobe >/dev/null 2>&1 || need+=(ffmpeg)
command -v espeak-ng >/dev/null 2>&1 || need+=(espeak-ng)
[ -f /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf ] || need+=(fonts-dejavu-core)
# Subtitles in Chinese/Japanese and Hindi need fonts that cover those scripts.
[ -f /usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc ] || need+=(fonts-noto-cjk)
[ -f /usr/share/fonts/truetype/noto/NotoSansDevanagari-Regular.ttf ] || need+=(fonts-noto-core)
if [ "$want_tests" = 1 ]; then
  command -v /usr/bin/chromium >/dev/null 2>&1 || need+=(chromium)
fi

if [ "${#need[@]}" = 0 ]; then
  exit 0
fi
# de-duplicate
mapfile -t need < <(printf '%s\n' "${need[@]}" | sort -u)

if [ "$(id -u)" != 0 ]; then
  echo "T2M needs these system packages: ${need[*]}" >&2
  echo "Install them with: sudo apt-get install -y ${need[*]}" >&2
  exit 1
fi

echo "Installing system packages: ${need[*]}"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
