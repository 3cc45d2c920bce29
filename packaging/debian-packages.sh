#!/bin/sh
# Installs the Debian packages CoachDesk needs that are not installed yet, and nothing else.
#   sh packaging/debian-packages.sh          Qt's system libraries and fonts (to run the app)
#   sh packaging/debian-packages.sh --test   the same, plus poppler-utils (PDF checks), dbus (session-lock test),
#                                            desktop-file-utils and appstream (desktop file and metainfo checks)
#   sh packaging/debian-packages.sh --build  the app's, plus what building the frozen app needs
#                                            (binutils) and its desktop file checks
# Uses sudo when not run as root. Safe to run again: present packages are skipped.
set -eu

packages="python3-venv libglib2.0-0 libegl1 libgl1 libxkbcommon0 libfontconfig1 libdbus-1-3 libx11-6 fonts-dejavu-core"
if [ "${1:-}" = "--test" ]; then
    packages="$packages poppler-utils qpdf dbus desktop-file-utils appstream"
elif [ "${1:-}" = "--build" ]; then
    packages="$packages binutils desktop-file-utils appstream"
fi

command -v dpkg-query >/dev/null 2>&1 || { echo "Not a Debian system: install Qt's libraries yourself." >&2; exit 0; }

installed() {
    # Debian 13 renamed some libraries with a t64 suffix; either name satisfies the need.
    for name in "$1" "${1}t64"; do
        dpkg-query -W -f='${Status}' "$name" 2>/dev/null | grep -q "ok installed" && return 0
    done
    return 1
}

missing=""
for package in $packages; do
    installed "$package" || missing="$missing $package"
done
[ -n "$missing" ] || exit 0

as_root=""
[ "$(id -u)" -eq 0 ] || as_root="sudo"
echo "Installing Debian packages:$missing"
$as_root apt-get update -qq
resolved=""
for package in $missing; do
    if apt-cache show "$package" >/dev/null 2>&1 && [ -n "$(apt-cache policy "$package" | awk '/Candidate:/ && $2 != "(none)"')" ]; then
        resolved="$resolved $package"
    else
        resolved="$resolved ${package}t64"
    fi
done
# shellcheck disable=SC2086
DEBIAN_FRONTEND=noninteractive $as_root apt-get install -y -qq --no-install-recommends $resolved
