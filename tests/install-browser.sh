#!/usr/bin/env bash
# Installs Debian's chromium and its chromedriver for the browser tests
# (tests/test_browser.py drives them with Selenium) when they are missing and
# we may (root, apt available). Never fails the setup: the tests that need a
# browser skip with a clear reason when it cannot be installed.
set -u
command -v chromium >/dev/null 2>&1 && command -v chromedriver >/dev/null 2>&1 && exit 0
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "installing chromium and chromium-driver (apt) for the browser tests" >&2
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver >/dev/null) \
    || echo "could not install chromium; browser tests will skip" >&2
fi
exit 0
