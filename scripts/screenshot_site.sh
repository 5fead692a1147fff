#!/usr/bin/env bash
# Screenshots of the built site as a reader opening it from file:// sees it, in headless
# Chromium with every network request sent to a dead proxy (so a page that needed the
# internet would show it).  For looking at, not for CI:
#
#   apt-get install -y chromium fonts-noto-cjk     # Debian; fonts-noto-cjk for Japanese
#   bash scripts/docs.sh && bash scripts/screenshot_site.sh [OUT_DIR]
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
site="$root/site"
out=${1:-$root/site-screenshots}
mkdir -p "$out"
[[ -f $site/index.html ]] || { echo "screenshot_site: build the site first (bash scripts/docs.sh)" >&2; exit 1; }
profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT

shot() {  # NAME URL
  chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
    --disable-background-networking --disable-component-update --disable-sync \
    --user-data-dir="$profile" --proxy-server=127.0.0.1:9 --window-size=1280,1000 \
    --virtual-time-budget=4000 --screenshot="$out/$1.png" "$2" 2>/dev/null
  echo "$out/$1.png"
}

# A page scrolled to an anchor: headless Chromium draws it blank when given the
# anchor directly, so the page is shown in a frame of the same size.
framed() {  # NAME PAGE#ANCHOR
  printf '<!doctype html><body style="margin:0"><iframe src="file://%s/%s" style="border:0;width:1280px;height:1000px"></iframe>' \
    "$site" "$2" >"$profile/$1.html"
  shot "$1" "file://$profile/$1.html"
}

shot home "file://$site/index.html"
shot catalog "file://$site/catalog.html"
framed rule "catalog.html#FEE-1"
shot sources "file://$site/sources.html"
shot api "file://$site/reference/contract_term.html"
framed api-function "reference/contract_term.html#hikari_rules.contract_term.contract_month"
shot search "file://$site/index.html?q=renewal"
