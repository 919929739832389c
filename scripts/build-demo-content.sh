#!/usr/bin/env bash
# Builds the bundled demo content pack (content/pack/: catalogue.json and media/) from the
# sources in content/, then signs it with the demo key (manifest.json and manifest.sig, by
# `cargo run -p saathi-packs --example sign-demo`). Installs espeak-ng and ffmpeg from Debian's packages first if they
# are missing (nothing else is downloaded). Arguments go to content/build.py, e.g.
#   scripts/build-demo-content.sh --allow-missing-locales   (lesson translations not in yet)
#   scripts/build-demo-content.sh --check                   (check the sources, write nothing)
set -euo pipefail
cd "$(dirname "$0")/.."

missing=()
command -v espeak-ng >/dev/null 2>&1 || missing+=(espeak-ng)
{ command -v ffmpeg >/dev/null 2>&1 && command -v ffprobe >/dev/null 2>&1; } || missing+=(ffmpeg)
if ((${#missing[@]})) && [[ " $* " != *" --check "* ]]; then
    sudo=()
    [[ "$(id -u)" -eq 0 ]] || sudo=(sudo)
    echo "build-demo-content: installing ${missing[*]}" >&2
    export DEBIAN_FRONTEND=noninteractive
    "${sudo[@]}" apt-get update -qq
    "${sudo[@]}" apt-get install -y -qq --no-install-recommends espeak-ng ffmpeg >/dev/null
fi

python3 content/build.py "$@"
if [[ " $* " != *" --check "* ]]; then
    # The manifest lists every file in pack/, so it is made after the last file changed.
    cargo run -q -p saathi-packs --example sign-demo -- content/pack
fi
