#!/usr/bin/env bash
# Brings the app's Qt catalogs up to date with the code and compiles them (resources/translations/README.md).
#
#   bash packaging/translations.sh              lupdate every part of every language, then lrelease
#   bash packaging/translations.sh --compile    lrelease only: resources/translations/coachdesk_<lang>.qm
#   bash packaging/translations.sh --part kit   lupdate one part (an area of coachdesk/ui, or services), then lrelease
#
# Parts: each folder of coachdesk/ui, and "services" (coachdesk/services and coachdesk/domain, whose
# messages are marked with phrase / phrase_n). The compiled .qm files are committed: an installed
# app needs no Qt tools. The tools are looked for in $COACHDESK_VENV/bin (default .venv), next to
# the python in use, then on PATH.
set -euo pipefail
cd "$(dirname "$0")/.."

languages="de fr"
declare -A qt_language=([de]=de_DE [fr]=fr_FR)

find_tool() {
    local python dir
    python=$(command -v python3 || command -v python || true)
    for dir in "${COACHDESK_VENV:-.venv}/bin" ${python:+"$(dirname "$("$python" -c 'import sys; print(sys.executable)')")"}; do
        [ -x "$dir/$1" ] && { echo "$dir/$1"; return; }
    done
    command -v "$1" || { echo "translations.sh: $1 not found (pip install PySide6 into the venv)" >&2; exit 1; }
}

sources_of() {
    if [ "$1" = services ]; then
        echo coachdesk/services/*.py coachdesk/domain/*.py
    else
        echo coachdesk/ui/"$1"/*.py
    fi
}

all_parts() {
    for folder in coachdesk/ui/*/; do
        compgen -G "$folder*.py" >/dev/null && basename "$folder"
    done
    echo services
}

mode=update
parts=""
case "${1:-}" in
    --compile) mode=compile ;;
    --part) parts=${2:?"--part needs a part's name"} ;;
    "") ;;
    *) echo "usage: bash packaging/translations.sh [--compile | --part NAME]" >&2; exit 2 ;;
esac
lrelease=$(find_tool pyside6-lrelease)

if [ "$mode" = update ]; then
    lupdate=$(find_tool pyside6-lupdate)
    for part in ${parts:-$(all_parts)}; do
        # shellcheck disable=SC2046 # the sources are a glob, split on purpose
        [ "$part" = services ] || [ -d "coachdesk/ui/$part" ] || { echo "translations.sh: no part $part" >&2; exit 2; }
        for lang in $languages; do
            mkdir -p "resources/translations/ts/$lang"
            echo "+ lupdate $part ($lang)"
            # shellcheck disable=SC2046
            "$lupdate" $(sources_of "$part") \
                -tr-function-alias QT_TRANSLATE_NOOP+=phrase,tr+=phrase_n \
                -target-language "${qt_language[$lang]}" -no-obsolete -locations none \
                -ts "resources/translations/ts/$lang/$part.ts"
        done
    done
fi

for lang in $languages; do
    qm="resources/translations/coachdesk_$lang.qm"
    catalogs=(resources/translations/ts/"$lang"/*.ts)
    if [ ! -e "${catalogs[0]}" ]; then
        # No part translated yet: an empty catalog, so the app loads one and speaks English.
        empty=$(mktemp --suffix=.ts)
        trap 'rm -f "$empty"' EXIT
        printf '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n<TS version="2.1" language="%s"/>\n' \
            "${qt_language[$lang]}" >"$empty"
        catalogs=("$empty")
    fi
    echo "+ lrelease ts/$lang/*.ts -> $qm"
    "$lrelease" -silent "${catalogs[@]}" -qm "$qm"
done
