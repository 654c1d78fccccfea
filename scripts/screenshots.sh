#!/usr/bin/env bash
# Screenshots of the page's main states (the default page, the Canaan story opened with
# then and now, a fleet with the monthly schedule open, two saved scenarios and the embed
# builder open, the embed with a partner accent)
# at 360 and 1440 px, light and dark, into docs/screenshots/STATE-WIDTH-THEME.png. Not
# part of the tests: run it after a change to the page, look at the files, commit them.
#   scripts/screenshots.sh            uses dist/ (scripts/build.sh makes it)
#   scripts/screenshots.sh DIST OUT   another built site, another directory
# Builds nothing. Serves the site on loopback with its network API pointed at a fake
# mempool (scripts/fake-mempool.mjs, serving tests/fixtures/mempool/), so the shots show
# the fixtures' live figures and nothing leaves the machine; drives Debian's Chromium
# (or $CHROMIUM) with playwright-core from npm (package.json). The fake API listens on
# 127.0.0.1:8799 (FAKE_API_PORT to change it), the site on 127.0.0.1:8798 (SITE_PORT).
set -euo pipefail
cd "$(dirname "$0")/.."
dist=${1:-dist}
out=${2:-docs/screenshots}
if [ ! -f "$dist/index.html" ]; then
  echo "screenshots: $dist/index.html is missing: build the site first (scripts/build.sh)" >&2
  exit 2
fi
if [ ! -f node_modules/playwright-core/package.json ]; then
  echo "screenshots: playwright-core is missing: run scripts/setup.sh (npm ci)" >&2
  exit 2
fi
node scripts/screenshots.mjs "$dist" "$out"
# Optional: with Pillow (Debian python3-pil, or PyPI), 128 colours without dithering, a
# third of the size and no visible change to flat UI colours and text.
if python3 -c 'import PIL' 2>/dev/null; then
  python3 - "$out" <<'PY'
import pathlib, sys
from PIL import Image
for png in sorted(pathlib.Path(sys.argv[1]).glob("*.png")):
    image = Image.open(png).convert("RGB")
    image.quantize(colors=128, method=Image.Quantize.MEDIANCUT, dither=Image.Dither.NONE).save(png, optimize=True)
PY
else
  echo "screenshots: no Pillow (python3-pil): PNGs left at full colour" >&2
fi
du -ch "$out"/*.png | tail -1 | sed 's/^/screenshots: /; s/total$/in total/' >&2
