#!/bin/sh
# Runs "$@" under a private D-Bus session with gnome-keyring's Secret Service, unlocked, its
# keyring in a scratch HOME (never the user's). Used by ctest for integration/keychain.
# Exit 77 (skip) with a message when gnome-keyring cannot start here.
set -eu
if ! command -v dbus-run-session >/dev/null || ! command -v gnome-keyring-daemon >/dev/null; then
    echo "SKIP: dbus-run-session or gnome-keyring-daemon is missing (install dbus gnome-keyring" \
         "libsecret-tools, see scripts/setup.sh)" >&2
    exit 77
fi
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
mkdir -p "$scratch/home" "$scratch/run"
chmod 700 "$scratch/run"
export HOME="$scratch/home" XDG_DATA_HOME="$scratch/home/.local/share" \
       XDG_CONFIG_HOME="$scratch/home/.config" XDG_RUNTIME_DIR="$scratch/run"
unset DOCKERVM_SECRET_STORE
# Headless, the login keyring needs a non-empty password on stdin; an empty one leaves no keyring.
dbus-run-session -- sh -c '
    printf %s keychain-test | gnome-keyring-daemon --unlock --components=secrets --daemonize \
        >/dev/null || { echo "SKIP: gnome-keyring-daemon did not start" >&2; exit 77; }
    exec "$@"' sh "$@"
