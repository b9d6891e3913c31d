#!/usr/bin/env bash
# The system packages Conciliador needs on Debian or Ubuntu: one list, used by `make run`,
# `make test` and `.ci/run`.
#
#   tools/system-packages.sh run    what the desktop needs (Qt's libraries, fonts, LibreOffice)
#   tools/system-packages.sh test   that, plus what the suite needs (PostgreSQL server, Xvfb,
#                                   poppler)
#
# Missing packages are installed when we are root (or sudo works without a password);
# otherwise it stops at once with one Spanish line giving the exact command to run.
# On a system without dpkg (Windows, macOS, another Linux) it says nothing and does nothing:
# docs/instalacion.md says what those need.
set -euo pipefail

purpose="${1:-run}"

run_packages=(
  # Qt (the PySide6 wheels bring Qt itself; these are the system libraries it loads)
  libegl1 libgl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libfreetype6 libglib2.0-0
  libx11-6 libdbus-1-3 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0
  libxcb-render-util0 libxcb-xkb1 libxcb-shape0 libxcb-randr0 libxcb-xinerama0 libxcb-xfixes0
  libnss3 libasound2 fonts-dejavu-core
  # Actas and reports in PDF: LibreOffice headless
  libreoffice-writer-nogui
)
test_packages=(
  make
  # A real window for the screenshots; poppler reads PDFs back
  xvfb poppler-utils
  # PostgreSQL server binaries: the tests start their own server
  postgresql
)

case "$purpose" in
  run) wanted=("${run_packages[@]}") ;;
  test) wanted=("${run_packages[@]}" "${test_packages[@]}") ;;
  *) echo "uso: $0 run|test" >&2; exit 2 ;;
esac

command -v dpkg-query >/dev/null 2>&1 || exit 0

missing=()
for p in "${wanted[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0

install=(env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}")
if [ "$(id -u)" -eq 0 ]; then
  sudo=()
elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
  sudo=(sudo)
else
  echo "Faltan paquetes del sistema; instálelos con: sudo apt-get update && sudo apt-get install -y --no-install-recommends ${missing[*]}" >&2
  exit 1
fi
echo "Instalando paquetes del sistema: ${missing[*]}"
"${sudo[@]}" apt-get update -qq
"${sudo[@]}" "${install[@]}"
