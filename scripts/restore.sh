#!/usr/bin/env bash
# Restore a backup made by scripts/backup.sh into an EMPTY database (created beforehand: createdb phoihop_restored).
# Usage: scripts/restore.sh backup-file     (connection through PGHOST, PGPORT, PGUSER, PGPASSWORD, PGDATABASE)
set -euo pipefail
in="${1:?usage: scripts/restore.sh backup-file}"
export PGDATABASE="${PGDATABASE:-phoihop}"
pg_restore --no-owner --no-privileges --exit-on-error --single-transaction --dbname="$PGDATABASE" "$in"
echo "restored $in into $PGDATABASE"
