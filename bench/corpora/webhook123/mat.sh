#!/bin/bash
# usage: mat.sh owner+name commit path...   (see ../materialize.sh)
exec "$(dirname "$0")/../materialize.sh" webhook123 "$@"
