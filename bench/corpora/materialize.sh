#!/bin/bash
# Extracts files of a fetched mirror into a corpus: /work/corpora/CORPUS/src/owner+name/...
# usage: materialize.sh CORPUS owner+name commit path...   (a path ending in / copies that whole tree)
set -e
corpus=$1; repo=$2; commit=$3; shift 3
gd=/work/.mirror/$repo/repo; [ -d $gd/.git ] && gd=$gd/.git
for p in "$@"; do
  if [[ "$p" == */ ]]; then
    git --git-dir=$gd ls-tree -r --name-only $commit -- "$p" | while read -r f; do
      out=/work/corpora/$corpus/src/$repo/$f; mkdir -p "$(dirname "$out")"
      git --git-dir=$gd show $commit:"$f" > "$out"
    done
  else
    out=/work/corpora/$corpus/src/$repo/$p
    mkdir -p "$(dirname "$out")"
    git --git-dir=$gd show $commit:"$p" > "$out"
  fi
done
