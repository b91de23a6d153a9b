#!/usr/bin/env bash
# Adds a migration to one store for both providers: scripts/add-migration.sh <project dir> <context prefix> <name>
# e.g. scripts/add-migration.sh src/Modules/Economy Economy AddHouseholds
set -euo pipefail
project=$1 prefix=$2 name=$3
for provider in Sqlite Postgres; do
  dotnet ef migrations add "$name" --project "$project" --startup-project "$project" \
    --context "${prefix}${provider}DbContext" --output-dir "Data/Migrations/$provider" --no-build
done
