#!/bin/bash
# usage: mat.sh owner+name commit path...
set -e
repo=$1; commit=$2; shift 2
gd=/work/.mirror/$repo/repo; [ -d $gd/.git ] && gd=$gd/.git
for p in "$@"; do
  out=/work/corpora/webhook5/src/$repo/$p
  mkdir -p "$(dirname "$out")"
  git --git-dir=$gd show $commit:"$p" > "$out"
done
