#!/usr/bin/env bash
# Installs what Balise needs on Debian (system libraries for Qt, fonts, Python
# venv) and the Python packages into .venv. Safe to run again: it only
# installs what is missing.
set -euo pipefail
cd "$(dirname "$0")/.."

PYTHON="${PYTHON:-python3}"
SUDO=""
if [ "$(id -u)" -ne 0 ] && command -v sudo >/dev/null 2>&1; then SUDO="sudo"; fi

# Debian packages Qt 6 (PySide6 wheels) needs at run time, plus fonts and venv.
DEB_PACKAGES=(
  python3-venv python3-pip
  libgl1 libegl1 libopengl0 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libfreetype6
  libdbus-1-3 libx11-xcb1 libxcb1 libxcb-cursor0 libxcb-icccm4 libxcb-image0
  libxcb-keysyms1 libxcb-randr0 libxcb-render-util0 libxcb-shape0 libxcb-xfixes0
  libxcb-xinerama0 libxcb-xkb1 libxrender1 libxi6 libsm6 libice6
  fonts-dejavu-core poppler-utils faketime
)
if command -v dpkg >/dev/null 2>&1 && command -v apt-get >/dev/null 2>&1; then
  missing=()
  for pkg in "${DEB_PACKAGES[@]}"; do
    dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg")
  done
  # GLib was renamed in Debian 13 (t64 transition): accept either name.
  if ! dpkg -s libglib2.0-0 >/dev/null 2>&1 && ! dpkg -s libglib2.0-0t64 >/dev/null 2>&1; then
    missing+=("libglib2.0-0")
  fi
  if [ "${#missing[@]}" -gt 0 ]; then
    echo "Installing Debian packages: ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    $SUDO apt-get update -qq >/dev/null
    if ! $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"; then
      # A name may differ on this Debian release: install one by one.
      for pkg in "${missing[@]}"; do
        $SUDO apt-get install -y -qq --no-install-recommends "$pkg" \
          || $SUDO apt-get install -y -qq --no-install-recommends "${pkg}t64" \
          || echo "warning: could not install $pkg" >&2
      done
    fi
  fi
fi

if [ ! -x .venv/bin/python ]; then
  "$PYTHON" -m venv .venv
fi
stamp=.venv/.balise-installed
if [ ! -f "$stamp" ] || [ pyproject.toml -nt "$stamp" ]; then
  .venv/bin/python -m pip install --quiet --upgrade pip
  .venv/bin/python -m pip install --quiet -e '.[dev]'
  touch "$stamp"
fi
# Qt Linguist catalogues (.ts) brought up to date with the strings of the code
# (commit them with the strings you change), then compiled (.qm, not in git).
.venv/bin/python scripts/translations.py update release
