#!/bin/bash
# Parses every entry of compile_commands.json, one at a time (see ../check-parse.sh).
exec "$(dirname "$0")/../check-parse.sh" webhook123
