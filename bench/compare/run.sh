#!/bin/sh
# The one command for the comparison benchmark (see bench/compare/run.py for what it does):
#
#     bench/compare/run.sh [--runs 5] [--sites 300] [--latency 0.25] [--timeout 5] ...
#
# Sets up .venv with selfaudit if it is not there yet (as the README does), then run.py
# creates bench/.venv-compare, pip-installs sherlock-project and maigret into it, runs the
# benchmark on 127.0.0.1 and prints the tables (progress goes to stderr).
set -eu
cd "$(dirname "$0")/../.."
PYTHON=${PYTHON:-python3}
if [ ! -x .venv/bin/selfaudit ]; then
    echo "setting up .venv with selfaudit (pip install -e .) ..." >&2
    "$PYTHON" -m venv .venv
    .venv/bin/pip install -q -e . >&2
fi
exec .venv/bin/python bench/compare/run.py "$@"
