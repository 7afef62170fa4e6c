#!/usr/bin/env bash
# Regenerates the README's screenshots of the map (docs/screenshots/map-{1280,390}-{light,dark}.png) with the
# browser-test project's Playwright and the default roadmap. Needs Chromium, as the browser tests do.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
out="$root/docs/screenshots"
mkdir -p "$out"
ROADMAP_SCREENSHOTS="$out" dotnet test "$root/tests/RoadmapSite.BrowserTests" -nologo -v quiet \
  --filter "FullyQualifiedName~ScreenshotTests.The_map_is_screenshotted_for_the_readme"
# Fewer colours, same look: optipng/pngquant are used when installed, to keep the committed files small.
if command -v pngquant >/dev/null; then pngquant --force --skip-if-larger --ext .png --quality 70-90 "$out"/map-*.png || true; fi
if command -v optipng >/dev/null; then optipng -quiet -o2 "$out"/map-*.png; fi
ls -l "$out"/map-*.png
