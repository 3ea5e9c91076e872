#!/usr/bin/env bash
# Install Balise and open it on a freshly generated demo vault (fictional data).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/bootstrap.sh
exec .venv/bin/balise demo "$@"
