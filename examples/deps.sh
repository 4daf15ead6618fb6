#!/bin/sh
# Installs the Debian packages cc needs to build and test, only those that
# are missing. Uses sudo when not run as root.
set -eu
# build: compiler, pkg-config and the three libraries every program links;
# jansson (ccfmt's JSON), xxhash (ccstat and ccuniq hash tables);
# tests: perl's prove, mandoc (man page lint), graphviz (renders ccstat's
# DOT), parallel (the scale-out test), mawk (the benchmark's baseline),
# valgrind (memcheck run of the programs).
pkgs="make gcc libc6-dev pkg-config libutf8proc-dev libpcre2-dev libbsd-dev
libjansson-dev libxxhash-dev perl mandoc graphviz parallel mawk python3
valgrind"
missing=
for p in $pkgs; do
	dpkg-query -W -f='${Status}\n' "$p" 2>/dev/null |
	    grep -q 'install ok installed' || missing="$missing $p"
done
[ -z "$missing" ] && exit 0
echo "installing:$missing" >&2
sudo=
[ "$(id -u)" = 0 ] || sudo=sudo
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends $missing
