#!/usr/bin/env bash
# Builds the frozen app (PyInstaller, one folder) into dist/coachdesk/ and proves that it runs:
# checks the desktop file and AppStream metainfo, builds, runs the built app's --version and
# --self-test offscreen, and installs it with its install.sh into a throwaway home folder.
#
#   bash packaging/build-app.sh             build with .venv (made, with the app installed, if missing)
#   bash packaging/build-app.sh --archive   also pack dist/coachdesk-VERSION-linux-ARCH.tar.gz
#   COACHDESK_VENV=/path/to/venv bash packaging/build-app.sh
#
# On Windows and macOS run PyInstaller on the spec directly (packaging/README.md).
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
venv=${COACHDESK_VENV:-.venv}
app_id=org.coachdesk.CoachDesk
export PIP_DISABLE_PIP_VERSION_CHECK=1

sh packaging/debian-packages.sh --build
if [ ! -x "$venv/bin/python" ]; then
    echo "+ python3 -m venv $venv"
    python3 -m venv "$venv"
fi
echo "+ pip install -e '.[packaging]'"
"$venv/bin/pip" install --quiet -e '.[packaging]'

echo "+ desktop-file-validate packaging/linux/$app_id.desktop"
desktop-file-validate "packaging/linux/$app_id.desktop"
echo "+ appstreamcli validate packaging/linux/$app_id.metainfo.xml"
appstreamcli validate --no-net "packaging/linux/$app_id.metainfo.xml"

echo "+ pyinstaller packaging/coachdesk.spec"
SECONDS=0
"$venv/bin/pyinstaller" --noconfirm --log-level WARN --distpath dist --workpath build/pyinstaller \
    packaging/coachdesk.spec
build_seconds=$SECONDS
app=dist/coachdesk/coachdesk

echo "+ $app --version"
start=$(date +%s%N)
version=$("$app" --version)
version_ms=$(( ($(date +%s%N) - start) / 1000000 ))
echo "$version"
[ "$version" = "CoachDesk $("$venv/bin/python" -c 'import coachdesk; print(coachdesk.__version__)')" ]

echo "+ QT_QPA_PLATFORM=offscreen $app --self-test"
report=$(cd /tmp && env -u DISPLAY -u WAYLAND_DISPLAY QT_QPA_PLATFORM=offscreen timeout 300 "$root/$app" --self-test) || {
    echo "$report"
    echo "build-app.sh: the built app's self-test failed" >&2
    exit 1
}
echo "$report"
# The frozen app must find its own bundled resources, never the checkout's.
grep -qF "resources: found in $root/dist/coachdesk/_internal/resources " <<<"$report" || {
    echo "build-app.sh: the built app did not use its bundled resources" >&2
    exit 1
}

echo "+ sh dist/coachdesk/install.sh (into a throwaway home folder)"
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
HOME=$home XDG_DATA_HOME="$home/.local/share" sh dist/coachdesk/install.sh
HOME=$home "$home/.local/bin/coachdesk" --version >/dev/null
desktop-file-validate "$home/.local/share/applications/$app_id.desktop"
HOME=$home XDG_DATA_HOME="$home/.local/share" sh "$home/.local/lib/coachdesk/install.sh" --uninstall
[ ! -e "$home/.local/lib/coachdesk" ] && [ ! -e "$home/.local/share/applications/$app_id.desktop" ]

size=$(du -sh dist/coachdesk | cut -f1)
if [ "${1:-}" = "--archive" ]; then
    archive="dist/coachdesk-${version#CoachDesk }-linux-$(uname -m).tar.gz"
    echo "+ tar -czf $archive"
    tar -C dist -czf "$archive" coachdesk
    echo "archive: $archive ($(du -sh "$archive" | cut -f1))"
fi
echo "Built dist/coachdesk/ in ${build_seconds} s: ${size} on disk; --version answers in ${version_ms} ms."
