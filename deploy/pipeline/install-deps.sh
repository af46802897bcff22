#!/bin/sh
# The pipeline's install step: node_modules from a cache keyed by package-lock.json, so a push that
# changes no dependency needs no network and no `npm ci`. The cache lives on the runner's machine
# (XINFENG_DEPS_CACHE, default ~/.cache/xinfeng); a new lockfile is installed once with `npm ci` and kept.
# Files are hard-linked from the cache (cp -l): instant, and nothing is written twice.
set -eu
key=$(sha256sum package-lock.json | cut -c1-16)
cache="${XINFENG_DEPS_CACHE:-$HOME/.cache/xinfeng}/node_modules-$key"
if [ -d "$cache" ]; then
  rm -rf node_modules
  cp -al "$cache" node_modules
  echo "依赖没有变（package-lock.json 的指纹 $key），从缓存取用，不联网、不运行 npm ci。"
else
  echo "package-lock.json 是新的（指纹 $key）：运行 npm ci，装好后存入缓存供下次使用。"
  npm ci --no-audit --no-fund
  mkdir -p "$(dirname "$cache")"
  rm -rf "$cache.partial"
  cp -al node_modules "$cache.partial"
  mv "$cache.partial" "$cache"
fi
