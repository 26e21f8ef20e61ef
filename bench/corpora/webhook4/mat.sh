#!/bin/bash
# usage: mat.sh owner+name commit path...
set -e
repo=$1; commit=$2; shift 2
gd=/work/.mirror/$repo/repo
for p in "$@"; do
  out=/work/corpora/webhook4/src/$repo/$p
  mkdir -p "$(dirname "$out")"
  git --git-dir=$gd show $commit:"$p" > "$out"
done
