#!/usr/bin/env bash
# System packages the integration tests need, on Debian/Ubuntu, as root. Idempotent.
#
# The tests start their own Dovecot (tests/fixtures/dovecot.py: `dovecot -F -c <tmp conf>`
# on free loopback ports); the system instance the package would start is of no use and
# must not run, so service starts are blocked during the install, and should one have
# started anyway it is stopped and disabled. A Dovecot that ran before this script is
# left alone: it may be somebody's real mail server.
set -euo pipefail

have_dovecot() {
  command -v dovecot >/dev/null 2>&1 || [ -x /usr/sbin/dovecot ]
}

system_dovecot_running() {
  # The packaged instance keeps its pid in /run/dovecot (base_dir of /etc/dovecot).
  local pid
  pid=$(cat /run/dovecot/master.pid 2>/dev/null) || return 1
  [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null
}

stop_system_dovecot() {
  if [ -d /run/systemd/system ] && command -v systemctl >/dev/null 2>&1; then
    systemctl disable --now dovecot.service dovecot.socket >/dev/null 2>&1 || true
  fi
  if system_dovecot_running; then
    /usr/sbin/dovecot -c /etc/dovecot/dovecot.conf stop || kill "$(cat /run/dovecot/master.pid)"
  fi
  if command -v update-rc.d >/dev/null 2>&1 && [ -e /etc/init.d/dovecot ]; then
    update-rc.d dovecot disable >/dev/null 2>&1 || true
  fi
}

if have_dovecot; then
  echo "install-test-deps: dovecot already installed ($(/usr/sbin/dovecot --version 2>/dev/null || echo '?'))"
  exit 0
fi

if [ "$(id -u)" != 0 ]; then
  echo "install-test-deps: dovecot-imapd is missing; run this script as root" >&2
  exit 1
fi
if ! command -v apt-get >/dev/null 2>&1; then
  echo "install-test-deps: no apt-get; install Dovecot 2.3 (IMAP) with your package manager" >&2
  exit 1
fi

was_running=no
system_dovecot_running && was_running=yes

# policy-rc.d exit 101 = "do not start services" for invoke-rc.d / deb-systemd-invoke.
policy=/usr/sbin/policy-rc.d
placed_policy=no
if [ ! -e "$policy" ]; then
  printf '#!/bin/sh\nexit 101\n' >"$policy"
  chmod 0755 "$policy"
  placed_policy=yes
fi
cleanup() {
  if [ "$placed_policy" = yes ]; then rm -f "$policy"; fi
}
trap cleanup EXIT

export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends dovecot-imapd

if [ "$was_running" = no ]; then
  stop_system_dovecot
fi
echo "install-test-deps: installed $(/usr/sbin/dovecot --version); system instance not running"
