#!/usr/bin/env bash
# Installs Gahnama for the current user so it starts by double-click:
# the binary with `cargo install`, the desktop entry and the icon in the XDG
# places (~/.local/share/applications, ~/.local/share/icons/hicolor).
#
#   scripts/install-desktop.sh            install
#   scripts/install-desktop.sh --no-build only the desktop entry and icon
set -euo pipefail
cd "$(dirname "$0")/.."
if [[ ${1:-} != --no-build ]]; then
  cargo install --locked --path .
fi
data=${XDG_DATA_HOME:-$HOME/.local/share}
bin=$(command -v gahnama || echo "${CARGO_HOME:-$HOME/.cargo}/bin/gahnama")
install -Dm644 assets/icon.png "$data/icons/hicolor/512x512/apps/gahnama.png"
install -d "$data/applications"
# Use the absolute path so the entry works even when ~/.cargo/bin is not on the
# PATH of the desktop session.
sed "s|^Exec=gahnama|Exec=$bin|" assets/gahnama.desktop >"$data/applications/gahnama.desktop"
chmod 644 "$data/applications/gahnama.desktop"
command -v update-desktop-database >/dev/null && update-desktop-database "$data/applications" || true
command -v gtk-update-icon-cache >/dev/null && gtk-update-icon-cache -q "$data/icons/hicolor" 2>/dev/null || true
echo "installed: $data/applications/gahnama.desktop (runs $bin)"
