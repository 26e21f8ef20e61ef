#!/bin/bash
# Parses every entry of compile_commands.json (see ../check-parse.sh).
exec "$(dirname "$0")/../check-parse.sh" webhook81
