#!/usr/bin/env bash
# Build the one-folder bundle dist/balise/ from build.spec (PyInstaller), on
# Debian. Installs what is missing first (scripts/bootstrap.sh, binutils for
# PyInstaller, the `build` extra of pyproject.toml); downloads nothing but
# Debian and PyPI packages. Compiles the translations before bundling them.
# The full PyInstaller log is kept in build/pyinstaller.log.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/bootstrap.sh

SUDO=""
if [ "$(id -u)" -ne 0 ] && command -v sudo >/dev/null 2>&1; then SUDO="sudo"; fi
# PyInstaller reads binaries with objdump (binutils) and ldd.
if ! command -v objdump >/dev/null 2>&1 && command -v apt-get >/dev/null 2>&1; then
  echo "Installing Debian package: binutils"
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -qq >/dev/null
  $SUDO apt-get install -y -qq --no-install-recommends binutils
fi

stamp=.venv/.balise-build-installed
if [ ! -f "$stamp" ] || [ pyproject.toml -nt "$stamp" ]; then
  .venv/bin/python -m pip install --quiet -e '.[dev,build]'
  touch "$stamp"
fi

# Translations: .ts (sources, in git) -> .qm (compiled, bundled), when there are any.
if [ -f scripts/translations.py ]; then
  .venv/bin/python scripts/translations.py release
fi

mkdir -p build
start=$(date +%s)
echo "Building dist/balise/ (PyInstaller $(.venv/bin/pyinstaller --version))…"
if ! .venv/bin/pyinstaller --noconfirm --clean --log-level WARN \
  --distpath dist --workpath build/pyinstaller build.spec >build/pyinstaller.log 2>&1; then
  tail -n 60 build/pyinstaller.log >&2
  echo "error: the bundle could not be built (full log: build/pyinstaller.log)" >&2
  exit 1
fi
echo "Built dist/balise/ in $(($(date +%s) - start)) s: $(du -sh dist/balise | cut -f1)" \
  "($(find dist/balise -type f | wc -l) files)"
