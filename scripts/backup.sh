#!/usr/bin/env bash
# Back up the whole Phối hợp database (records, audit trail, attachments and scans: everything is in PostgreSQL).
# Usage: scripts/backup.sh [output-file]     (default: phoihop-YYYYmmdd-HHMMSS.dump)
# Connection: the usual libpq variables PGHOST, PGPORT, PGUSER, PGPASSWORD, PGDATABASE (default phoihop).
# pg_dump must be of the server's major version or newer.
set -euo pipefail
out="${1:-phoihop-$(date +%Y%m%d-%H%M%S).dump}"
export PGDATABASE="${PGDATABASE:-phoihop}"
pg_dump --format=custom --no-owner --no-privileges --file="$out"
echo "backup written to $out ($(du -h "$out" | cut -f1))"
