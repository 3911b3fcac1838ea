#!/usr/bin/env bash
# Study under load: a store of N incidents (copies of the sample sources), then the timings a learner feels:
# GET /api/study/next and POST /api/study/reviews, each measured with curl. Needs curl and jq.
#   bench/load/study-reviews.sh [incidents=1000] [reviews=20]
set -euo pipefail
count=${1:-1000}
reviews=${2:-20}
root=$(cd "$(dirname "$0")/../.." && pwd)
work=$(mktemp -d)
port=5199
trap 'kill "${api:-0}" 2>/dev/null || true; rm -rf "$work"' EXIT

sources=("$root"/content/incidents/sources/*)
mkdir -p "$work/in"
for i in $(seq 0 $((count - 1))); do
  source=${sources[$((i % ${#sources[@]}))]}
  cp "$source" "$work/in/$i-$(basename "$source")"
done

dotnet build -c Release "$root/src/IncidentLearn.Cli" -v q -nologo >/dev/null
dotnet build -c Release "$root/src/IncidentLearn.Api" -v q -nologo >/dev/null
dotnet "$root/src/IncidentLearn.Cli/bin/Release/net10.0/incidentlearn.dll" import "$work/in" --db "$work/load.db" | tail -1

(cd "$root/src/IncidentLearn.Api" && exec dotnet bin/Release/net10.0/IncidentLearn.Api.dll --urls "http://127.0.0.1:$port" \
  --Database:Path="$work/load.db" --Database:LoadSamples=false >"$work/api.log" 2>&1) &
api=$!
until curl -sf "http://127.0.0.1:$port/health" >/dev/null; do sleep 0.2; done

base="http://127.0.0.1:$port/api/study"
curl -s "$base/next?user=warm-up" >/dev/null
for i in 1 2 3; do
  curl -s -o "$work/next.json" -w "next: %{time_total} s\n" "$base/next?user=load&limit=$reviews"
done

jq -c '.cards[] | {cardId, incidentId, rating: "good"}' "$work/next.json" | head -n "$reviews" | while read -r body; do
  curl -s -o /dev/null -w "%{time_total}\n" -H 'Content-Type: application/json' -d "$body" "$base/reviews?user=load"
done | sort -n | awk '{ t[NR] = $1 } END { printf "reviews: %d, median %.3f s, slowest %.3f s\n", NR, t[int((NR + 1) / 2)], t[NR] }'
