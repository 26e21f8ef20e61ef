#!/bin/bash
# Parses every entry of compile_commands.json (see ../check-parse.sh), one at a time.
exec "$(dirname "$0")/../check-parse.sh" webhook35
