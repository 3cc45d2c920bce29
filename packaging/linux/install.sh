#!/bin/sh
# Installs CoachDesk for you alone, from the folder this script is in (the built app):
#   the app            ~/.local/lib/coachdesk/
#   the command        ~/.local/bin/coachdesk
#   the menu entry     ~/.local/share/applications/org.coachdesk.CoachDesk.desktop
#   the icon           ~/.local/share/icons/hicolor/*/apps/org.coachdesk.CoachDesk.{png,svg}
#   the AppStream data ~/.local/share/metainfo/org.coachdesk.CoachDesk.metainfo.xml
#
#   sh install.sh               install, or replace an earlier install
#   sh install.sh --uninstall   remove all of the above (your vault and its backups are never touched)
set -eu

app_id=org.coachdesk.CoachDesk
here=$(cd "$(dirname "$0")" && pwd)
data=${XDG_DATA_HOME:-$HOME/.local/share}
app_dir=$HOME/.local/lib/coachdesk
bin_dir=$HOME/.local/bin

refresh_desktop() {
    command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database -q "$data/applications" || true
    command -v gtk-update-icon-cache >/dev/null 2>&1 && gtk-update-icon-cache -q -t "$data/icons/hicolor" || true
}

if [ "${1:-}" = "--uninstall" ]; then
    rm -f "$data/applications/$app_id.desktop" "$data/metainfo/$app_id.metainfo.xml"
    find "$data/icons/hicolor" -path "*/apps/$app_id.*" -type f -delete 2>/dev/null || true
    if [ -L "$bin_dir/coachdesk" ] && [ "$(readlink "$bin_dir/coachdesk")" = "$app_dir/coachdesk" ]; then
        rm -f "$bin_dir/coachdesk"
    fi
    rm -rf "$app_dir"
    refresh_desktop
    echo "CoachDesk is uninstalled. Your vault and its backups are where they were."
    exit 0
fi

[ -x "$here/coachdesk" ] || { echo "install.sh: run it from the built app's folder (coachdesk is missing)" >&2; exit 1; }

if [ "$here" != "$app_dir" ]; then
    mkdir -p "$(dirname "$app_dir")"
    rm -rf "$app_dir.new"
    cp -R "$here" "$app_dir.new"
    rm -rf "$app_dir"
    mv "$app_dir.new" "$app_dir"
fi

mkdir -p "$bin_dir" "$data/applications" "$data/metainfo" "$data/icons"
ln -sf "$app_dir/coachdesk" "$bin_dir/coachdesk"
# The menu entry runs the installed app by its full path: ~/.local/bin is not always on a desktop's PATH.
awk -v app="$app_dir/coachdesk" '
    /^Exec=/    { sub(/^Exec=[^ ]*/, "Exec=\"" app "\""); print; next }
    /^TryExec=/ { print "TryExec=" app; next }
    { print }
' "$here/share/applications/$app_id.desktop" >"$data/applications/$app_id.desktop"
cp "$here/share/metainfo/$app_id.metainfo.xml" "$data/metainfo/"
cp -R "$here/share/icons/hicolor" "$data/icons/"
refresh_desktop
echo "CoachDesk is installed: find it in your applications menu, or run $bin_dir/coachdesk"
