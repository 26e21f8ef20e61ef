#!/bin/bash
# usage: mat.sh owner+name commit path...   (paths may be git pathspecs ending in / to copy a whole tree)
set -e
repo=$1; commit=$2; shift 2
gd=/work/.mirror/$repo/repo; [ -d $gd/.git ] && gd=$gd/.git
for p in "$@"; do
  if [[ "$p" == */ ]]; then
    git --git-dir=$gd ls-tree -r --name-only $commit -- "$p" | while read -r f; do
      out=/work/corpora/webhook7/src/$repo/$f; mkdir -p "$(dirname "$out")"
      git --git-dir=$gd show $commit:"$f" > "$out"
    done
  else
    out=/work/corpora/webhook7/src/$repo/$p
    mkdir -p "$(dirname "$out")"
    git --git-dir=$gd show $commit:"$p" > "$out"
  fi
done
