"""Fetch the query editor (YASGUI) from the npm registry at install time, to be served locally.

``python -m server.vendor`` downloads the pinned package tarball, checks it against the registry's
integrity hash (Subresource Integrity form, sha512) and unpacks its built files into
``server/static/vendor/yasgui/``. Nothing is loaded from a CDN at run time. The query page works
without it (a plain form, results rendered on the server); the editor is an enhancement.
"""

from __future__ import annotations

import base64
import hashlib
import io
import sys
import tarfile
import urllib.request
from pathlib import Path

PACKAGE = "@zazuko/yasgui"
VERSION = "4.6.2"
TARBALL = f"https://registry.npmjs.org/{PACKAGE}/-/yasgui-{VERSION}.tgz"
INTEGRITY = "sha512-Zw45KdPoAE1KRaAoxIHdQqeJxvaVG1oQdntw0hy0ktX35Zu8ZccuOLrXCLwR+GU+0xMzLw8Mjw6BkSZV2vUuQw=="
FILES = ("package/build/yasgui.min.js", "package/build/yasgui.min.css")
TARGET = Path(__file__).parent / "static" / "vendor" / "yasgui"


def installed() -> bool:
    version = TARGET / "VERSION"
    if not version.is_file() or version.read_text(encoding="utf-8").strip() != VERSION:
        return False
    return all((TARGET / Path(name).name).is_file() for name in FILES)


def fetch() -> None:
    with urllib.request.urlopen(TARBALL, timeout=120) as response:
        data = response.read()
    algorithm, expected = INTEGRITY.split("-", 1)
    digest = base64.b64encode(hashlib.new(algorithm, data).digest()).decode()
    if digest != expected:
        raise SystemExit(f"{TARBALL}: integrity check failed ({algorithm} {digest}, expected {expected})")
    TARGET.mkdir(parents=True, exist_ok=True)
    with tarfile.open(fileobj=io.BytesIO(data), mode="r:gz") as archive:
        for name in FILES:
            member = archive.extractfile(name)
            if member is None:
                raise SystemExit(f"{TARBALL}: {name} is missing from the package")
            (TARGET / Path(name).name).write_bytes(member.read())
    (TARGET / "VERSION").write_text(VERSION + "\n", encoding="utf-8")


def main() -> int:
    if installed():
        return 0
    try:
        fetch()
    except OSError as error:
        # Offline: the query page falls back to its plain form.
        print(
            f"server.vendor: could not fetch {PACKAGE} {VERSION} ({error}); "
            "the query page will use its plain form",
            file=sys.stderr,
        )
        return 0
    print(f"server.vendor: {PACKAGE} {VERSION} installed in {TARGET}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
