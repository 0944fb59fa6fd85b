#!/usr/bin/env bash
# package/deb: builds the .deb with cpack from a finished build, checks it with lintian (errors
# and warnings fail; the remaining ones are overridden with reasons in
# installer/debian/lintian-overrides), desktop-file-validate, appstreamcli and shared-mime-info,
# checks the control fields and the hardening of the binaries, unpacks it into a scratch root and
# runs both installed programs.
#   deb.sh BUILD_DIR SOURCE_DIR VERSION
set -euo pipefail
build=$(cd "$1" && pwd) src=$(cd "$2" && pwd) version=$3
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }
step() { echo "==> $*"; }

for tool in cpack dpkg-deb lintian desktop-file-validate appstreamcli update-mime-database \
    readelf file man; do
    command -v "$tool" >/dev/null || fail "$tool is missing: run scripts/setup.sh (it installs \
lintian, desktop-file-utils, appstream, shared-mime-info, dpkg-dev, file, man-db)"
done

step "cpack -G DEB"
cpack --config "$build/CPackConfig.cmake" -G DEB -B "$work/out" >"$work/cpack.log" 2>&1 ||
    { cat "$work/cpack.log"; fail "cpack failed"; }
deb=("$work"/out/*.deb)
[[ -f ${deb[0]} ]] || fail "cpack made no .deb: $(cat "$work/cpack.log")"
deb=${deb[0]}
echo "$(basename "$deb"): $(stat -c %s "$deb") bytes"

step "control fields"
field() { dpkg-deb --field "$deb" "$1"; }
dpkg-deb --field "$deb"
[[ $(field Package) == docker-vm-wizard ]] || fail "Package is $(field Package)"
[[ $(field Version) == "$version" ]] || fail "Version is $(field Version), not $version"
[[ $(field Section) =~ ^(admin|net)$ ]] || fail "Section is $(field Section)"
[[ $(field Maintainer) =~ ^[^\<]+\ \<[^@\>]+@[^\>]+\>$ ]] || fail "Maintainer is '$(field Maintainer)'"
[[ $(field Depends) == *libqt6svg6* ]] || fail "Depends lacks libqt6svg6: $(field Depends)"
[[ $(field Depends) == *libqt6widgets6* && $(field Depends) == *libssl3* ]] ||
    fail "Depends lacks the shared libraries (dpkg-shlibdeps): $(field Depends)"
[[ $(field Recommends) == "docker.io | docker-ce-cli" ]] || fail "Recommends is $(field Recommends)"
description=$(field Description)
[[ $(wc -l <<<"$description") -ge 3 ]] || fail "no extended description: $description"

step "lintian"
# --fail-on error,warning: each warning that remains is overridden, with its reason, in
# installer/debian/lintian-overrides (installed in the package). Info tags are shown only.
lintian --fail-on error,warning --display-info --tag-display-limit 0 "$deb" ||
    fail "lintian reported errors or warnings (above)"

step "unpack into a scratch root"
root=$work/root
dpkg-deb -x "$deb" "$root"
(cd "$root" && find . -type f -o -type l | sort)
expect=(usr/bin/docker-vm usr/bin/docker-vm-wizard
    usr/share/applications/io.github.dockervm.Wizard.desktop
    usr/share/metainfo/io.github.dockervm.Wizard.metainfo.xml
    usr/share/mime/packages/io.github.dockervm.Wizard.xml
    usr/share/icons/hicolor/scalable/apps/io.github.dockervm.Wizard.svg
    usr/share/man/man1/docker-vm.1.gz usr/share/man/man1/docker-vm-wizard.1.gz
    usr/share/doc/docker-vm-wizard/copyright usr/share/doc/docker-vm-wizard/changelog.gz)
for size in 16 22 24 32 48 64 128 256; do
    expect+=("usr/share/icons/hicolor/${size}x${size}/apps/io.github.dockervm.Wizard.png")
done
for f in "${expect[@]}"; do
    [[ -f $root/$f ]] || fail "the package lacks /$f"
done
for size in 16 22 24 32 48 64 128 256; do
    png=$root/usr/share/icons/hicolor/${size}x${size}/apps/io.github.dockervm.Wizard.png
    file -b "$png" | grep -q "PNG image data, $size x $size" || fail "$png: $(file -b "$png")"
done
grep -q '^License: MIT$' "$root/usr/share/doc/docker-vm-wizard/copyright" ||
    fail "copyright names no MIT licence"

step "hardening and stripping of the installed binaries"
# (Outputs are captured first: grep -q on a pipe would end the writer early, and pipefail would
# count that as a failure.)
for b in docker-vm docker-vm-wizard; do
    exe=$root/usr/bin/$b
    kind=$(file -b "$exe")
    [[ $kind == *"pie executable"* ]] || fail "$b is not PIE: $kind"
    [[ $kind == *", stripped"* ]] || fail "$b is not stripped: $kind"
    [[ $(readelf -lW "$exe") == *GNU_RELRO* ]] || fail "$b has no RELRO segment"
    dynamic=$(readelf -dW "$exe")
    grep -Eq 'BIND_NOW|FLAGS.*\bNOW\b' <<<"$dynamic" || fail "$b is not bound now (-z now)"
    ! grep -Eq 'RPATH|RUNPATH' <<<"$dynamic" || fail "$b has an RPATH/RUNPATH"
    [[ $(readelf --dyn-syms -W "$exe") == *__stack_chk_fail* ]] ||
        fail "$b has no stack protector (__stack_chk_fail)"
done
# _FORTIFY_SOURCE leaves no trace in a binary that calls no fortifiable function with a known
# size (ours leave that to Qt): check that every product source was compiled with it.
commands=$build/compile_commands.json
[[ -f $commands ]] || fail "$commands is missing (CMAKE_EXPORT_COMPILE_COMMANDS)"
unhardened=$(grep -E '"command": .*-c [^"]*'"$src"'/(app|src|ui)/' "$commands" |
    grep -v -- '-D_FORTIFY_SOURCE=2' || true)
[[ -z $unhardened ]] || fail "compiled without -D_FORTIFY_SOURCE=2: $unhardened"
unprotected=$(grep -E '"command": .*-c [^"]*'"$src"'/(app|src|ui)/' "$commands" |
    grep -v -- '-fstack-protector-strong' || true)
[[ -z $unprotected ]] || fail "compiled without -fstack-protector-strong: $unprotected"
[[ $(grep -cE '"command": .*-c [^"]*'"$src"'/(app|src|ui)/' "$commands") -gt 20 ]] ||
    fail "no product sources in $commands"

step "desktop-file-validate"
desktop-file-validate "$root/usr/share/applications/io.github.dockervm.Wizard.desktop" ||
    fail "desktop-file-validate"
grep -qx 'Exec=docker-vm-wizard %f' "$root/usr/share/applications/io.github.dockervm.Wizard.desktop" ||
    fail "the desktop file does not pass the file to the wizard"

step "appstreamcli validate --no-net"
appstreamcli validate --no-net --explain "$root/usr/share/metainfo/io.github.dockervm.Wizard.metainfo.xml" ||
    fail "appstreamcli validate"
grep -q "<release version=\"$version\"" "$root/usr/share/metainfo/io.github.dockervm.Wizard.metainfo.xml" ||
    fail "the metainfo has no release $version"
grep -q '<project_license>MIT</project_license>' "$root/usr/share/metainfo/io.github.dockervm.Wizard.metainfo.xml" ||
    fail "the metainfo names no project licence"

step "shared-mime-info: *.publishsettings"
XDG_DATA_DIRS=$root/usr/share update-mime-database "$root/usr/share/mime"
grep -q 'application/x-azure-publishsettings:\*\.publishsettings' "$root/usr/share/mime/globs2" ||
    fail "update-mime-database did not register *.publishsettings: $(cat "$root/usr/share/mime/globs2")"
grep -q '^MimeType=application/x-azure-publishsettings;$' \
    "$root/usr/share/applications/io.github.dockervm.Wizard.desktop" ||
    fail "the desktop file does not claim application/x-azure-publishsettings"

step "man pages"
for page in docker-vm docker-vm-wizard; do
    out=$(LC_ALL=C.UTF-8 MANWIDTH=80 man --warnings -E UTF-8 -l "$root/usr/share/man/man1/$page.1.gz" 2>&1 >/dev/null)
    [[ -z $out ]] || fail "man $page: $out"
done
zcat "$root/usr/share/man/man1/docker-vm.1.gz" | grep -q 'docker\\-vm create' || fail "docker-vm(1) lacks create"
zcat "$root/usr/share/man/man1/docker-vm.1.gz" | grep -q 'password\\-file' || fail "docker-vm(1) lacks --password-file"

step "run the installed programs"
out=$("$root/usr/bin/docker-vm" --version)
[[ $out == "docker-vm $version" ]] || fail "docker-vm --version said: $out"
echo "$out"
out=$(QT_QPA_PLATFORM=offscreen "$root/usr/bin/docker-vm-wizard" --version 2>/dev/null)
[[ $out == "docker-vm-wizard $version" ]] || fail "docker-vm-wizard --version said: $out"
echo "$out"
out=$(QT_QPA_PLATFORM=offscreen "$root/usr/bin/docker-vm-wizard" --help 2>/dev/null)
[[ $out == *"FILE"* ]] || fail "docker-vm-wizard --help does not mention the file argument: $out"
echo "PASS"
