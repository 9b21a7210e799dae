# Sourced by build-geo.sh and build-fonts.sh: fetches an npm package's tarball from the registry
# (the one network source the project allows), checks it against its integrity hash and unpacks
# it, or the named members of it, into a folder. Does nothing when that version is already there.
#   npm_fetch <folder> <package> <version> <sha512-integrity> [tar member patterns…]
npm_fetch() {
  local dir="$1" name="$2" version="$3" integrity="$4"
  shift 4
  if [ -f "$dir/package.json" ] && grep -q "\"version\": \"$version\"" "$dir/package.json"; then return; fi
  printf '\033[1m==> %s\033[0m\n' "fetching $name@$version from the npm registry"
  local work tgz
  work=$(mktemp -d)
  tgz=$(cd "$work" && npm pack --silent "$name@$version")
  local got="sha512-$(openssl dgst -sha512 -binary "$work/$tgz" | base64 -w0)"
  if [ "$got" != "$integrity" ]; then echo "integrity mismatch for $name@$version: $got" >&2; rm -rf "$work"; exit 1; fi
  rm -rf "$dir" && mkdir -p "$dir"
  tar -xzf "$work/$tgz" -C "$dir" --strip-components=1 --wildcards "$@"
  rm -rf "$work"
}
