#!/bin/sh
# Installs every Debian 12 package that Klausul needs to build, test and run.
# Idempotent: packages already present are left alone. As root it runs apt-get;
# otherwise it prints the command to run with sudo.
#
#   installer/install-deps.sh            build + runtime + tests
#   installer/install-deps.sh --runtime  only what the installed app needs
set -eu

BUILD="cmake ninja-build g++ qt6-base-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools \
libqt6svg6-dev libxml2-dev zlib1g-dev libminizip-dev libxlsxwriter-dev pkg-config clang-format clang"
RUNTIME="pandoc libreoffice-writer-nogui fonts-crosextra-carlito fonts-crosextra-caladea \
qt6-translations-l10n libqt6svg6 libminizip1 libxlsxwriter4 hyphen-da"
TESTS="libxml2-utils poppler-utils unzip xvfb xauth"
PACKAGING="dpkg-dev file desktop-file-utils appstream"

case "${1:-}" in
  --runtime) PKGS="$RUNTIME" ;;
  "") PKGS="$BUILD $RUNTIME $TESTS $PACKAGING" ;;
  *) echo "usage: $0 [--runtime]" >&2; exit 2 ;;
esac

missing=""
for p in $PKGS; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing="$missing $p"
  fi
done

if [ -z "$missing" ]; then
  echo "klausul: all required Debian packages are installed."
  exit 0
fi

if [ "$(id -u)" -ne 0 ]; then
  echo "klausul: missing Debian packages:$missing"
  echo "Run: sudo apt-get install -y --no-install-recommends$missing"
  exit 1
fi

export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
# shellcheck disable=SC2086
apt-get install -y -qq --no-install-recommends $missing
