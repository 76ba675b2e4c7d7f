#!/usr/bin/env bash
# Prepares a private development database: scripts/dev-db.sh <name>  → data/dev-<name>.db
# Prints the DATABASE_URL to use with it.
set -euo pipefail
cd "$(dirname "$0")/.."
name="${1:?usage: scripts/dev-db.sh <name>}"
mkdir -p data
export DATABASE_URL="file:$(pwd)/data/dev-${name}.db"
node scripts/prisma.mjs migrate deploy >/dev/null
npx tsx prisma/seed/index.ts >/dev/null
echo "$DATABASE_URL"
