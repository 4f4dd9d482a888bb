#!/usr/bin/env bash
# Packs the shipped device libraries (PstoreNano, PstoreNano.Drivers, PstoreNano.Board) as nanoFramework
# NuGet packages. The .dll/.pdb/.pe/.pdbx come from a nanoclr-check run (the real MetadataProcessor made
# the .pe and .pdbx of exactly that .dll); the .xml documentation from the nano check build of the same
# sources (artifacts/nano, built by `dotnet build PstoreNano.Host.sln`).
#
#   build/pack.sh <nanoclr-check output folder> [<package folder>]      (default: artifacts/packages)
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
root=$PWD
bin_root=${1:?usage: build/pack.sh <nanoclr-check output folder> [<package folder>]}
bin_root=$(cd "$bin_root" && pwd)
out=${2:-artifacts/packages}
mkdir -p "$out"
out=$(cd "$out" && pwd)

# Where the package says the project lives.
project_url=https://github.com/PstoreNano/PstoreNano

carrier=build/pack/NuspecPack.csproj
dotnet restore "$carrier" -nologo -v q >/dev/null

status=0
for nuspec in firmware/PstoreNano/PstoreNano.nuspec drivers/PstoreNano.Drivers/PstoreNano.Drivers.nuspec \
              firmware/PstoreNano.Board/PstoreNano.Board.nuspec; do
    id=$(basename "$nuspec" .nuspec)
    info="$(dirname "$nuspec")/Properties/AssemblyInfo.cs"
    # Package version = AssemblyVersion without its revision (1.0.0.0 -> 1.0.0).
    version=$(sed -n -E 's/^\[assembly: AssemblyVersion\("([0-9]+\.[0-9]+\.[0-9]+)\.[0-9]+"\)\].*/\1/p' "$info")
    if [ -z "$version" ]; then
        echo "pack: no AssemblyVersion(\"a.b.c.d\") in $info" >&2
        status=1
        continue
    fi
    for f in "$bin_root/$id/$id.dll" "$bin_root/$id/$id.pe" "$bin_root/$id/$id.pdbx" "$root/artifacts/nano/$id/$id.xml"; do
        if [ ! -f "$f" ]; then
            echo "pack: $id: $f is missing (run nanoclr-check and dotnet build PstoreNano.Host.sln first)" >&2
            status=1
            continue 2
        fi
    done
    rm -f "$out/$id.$version.nupkg"
    if dotnet pack "$carrier" --no-restore --no-build -nologo -v q -o "$out" \
        -p:NuspecFile="$root/$nuspec" -p:NuspecBasePath="$root" \
        "-p:NuspecProperties=\"version=$version;bin=$bin_root/$id;docs=$root/artifacts/nano/$id;projectUrl=$project_url\"" >/dev/null; then
        echo "pack: $out/$id.$version.nupkg"
    else
        echo "pack: dotnet pack of $nuspec failed" >&2
        status=1
    fi
done
exit $status
