#!/usr/bin/env bash
# Regenerates what is derived from the EF Core model and migrations — run it after `dotnet ef migrations add`:
#  - the compiled models (src/Kierunek.Data/CompiledModels), which spare every process building the model at start;
#  - the schema script of a new SQLite database (Migrations/Sqlite/new-database.sql, see NewSqliteDatabase).
# tests/Kierunek.Data.Tests/CompiledModelTests and NewSqliteDatabaseTests fail while either is stale.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root/src/Kierunek.Data"
dotnet tool restore >/dev/null
for provider in Sqlite Postgres; do
  rm -rf "CompiledModels/$provider"
  dotnet ef dbcontext optimize --context "${provider}Db" --output-dir "CompiledModels/$provider" \
    --namespace "Kierunek.Data.CompiledModels.$provider" >/dev/null
  echo "CompiledModels/$provider: $(ls "CompiledModels/$provider" | wc -l) plików"
done
dotnet ef migrations script --context SqliteDb --no-build --output Migrations/Sqlite/new-database.sql >/dev/null
echo "Migrations/Sqlite/new-database.sql: $(grep -c "BEGIN TRANSACTION" Migrations/Sqlite/new-database.sql) migracji"
