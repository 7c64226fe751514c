#!/usr/bin/env bash
# Runs every test tier: unit, connector contract (WireMock), Arquillian on Payara Micro, and the
# end-to-end tests (Selenium in headless Chromium against the demo set-up). Installs Chromium first.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

if [ ! -x /usr/bin/chromium ] || [ ! -x /usr/bin/chromedriver ]; then
  if [ "$(id -u)" -eq 0 ]; then
    echo "Installing Debian chromium and chromium-driver for the browser tests..."
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver >/dev/null
  else
    echo "The browser tests need Debian's chromium and chromium-driver. Install them as root:" >&2
    echo "  sudo apt-get install -y chromium chromium-driver" >&2
    exit 1
  fi
fi

cd "$root"
exec mvn -B verify "$@"
