#!/usr/bin/env bash
# A throwaway Virtuoso 7 on loopback, the local stand-in for the Wikidata SPARQL endpoint in tests.
#   bash .ci/virtuoso.sh start        install (apt, if virtuoso-t is missing), start, wait until /sparql answers
#   bash .ci/virtuoso.sh load FILE    replace the graph <http://www.wikidata.org/> with a Turtle file (GSP PUT)
#   bash .ci/virtuoso.sh stop         clean shutdown, state removed
# Idempotent; one line per step. State (ini, DB, log, pidfile) lives in $DIPKG_VIRTUOSO_DIR.
# Quirks and measured timings: shared notes "triplestores.md".
set -euo pipefail

STATE_DIR=${DIPKG_VIRTUOSO_DIR:-${TMPDIR:-/tmp}/dipkg-virtuoso}
HTTP_PORT=${DIPKG_VIRTUOSO_PORT:-8890}
SQL_PORT=${DIPKG_VIRTUOSO_SQL_PORT:-1111}
GRAPH=${DIPKG_VIRTUOSO_GRAPH:-http://www.wikidata.org/}
BASE=http://127.0.0.1:$HTTP_PORT
PIDFILE=$STATE_DIR/virtuoso.pid
STOCK_INI=/etc/virtuoso-opensource-7/virtuoso.ini

say() { echo "virtuoso: $*"; }

answers() { curl -fsS -o /dev/null --max-time 2 "$BASE/sparql?query=ASK%7B%7D" 2>/dev/null; }

running() { [[ -f $PIDFILE ]] && kill -0 "$(cat "$PIDFILE")" 2>/dev/null; }

install() {
  if command -v virtuoso-t >/dev/null && command -v curl >/dev/null; then
    say "installed ($(command -v virtuoso-t))"
    return
  fi
  local started=$SECONDS
  export DEBIAN_FRONTEND=noninteractive
  apt-get -o DPkg::Lock::Timeout=300 update -qq
  apt-get -o DPkg::Lock::Timeout=300 install -y -qq --no-install-recommends virtuoso-opensource-7 curl >/dev/null
  say "installed virtuoso-opensource-7 in $((SECONDS - started)) s"
}

start() {
  install
  if running && answers; then
    say "already running (pid $(cat "$PIDFILE")) at $BASE/sparql"
    return
  fi
  if answers; then
    say "port $HTTP_PORT already answers but not from our server ($PIDFILE): stop it first" >&2
    exit 1
  fi
  rm -rf "$STATE_DIR"
  mkdir -p "$STATE_DIR/db"
  # Private ini: our own DB dir, both listeners on loopback only.
  sed -e "s#/var/lib/virtuoso-opensource-7/db#$STATE_DIR/db#g" \
      -e "s#^ServerPort\s*=\s*1111#ServerPort = 127.0.0.1:$SQL_PORT#" \
      -e "s#^ServerPort\s*=\s*8890#ServerPort = 127.0.0.1:$HTTP_PORT#" \
      "$STOCK_INI" > "$STATE_DIR/virtuoso.ini"
  local started=$SECONDS
  # +foreground keeps the pid ours; setsid detaches it from this shell so it outlives the script.
  setsid virtuoso-t +foreground +configfile "$STATE_DIR/virtuoso.ini" > "$STATE_DIR/virtuoso.log" 2>&1 < /dev/null &
  echo $! > "$PIDFILE"
  for _ in $(seq 1 120); do
    if answers; then
      say "started (pid $(cat "$PIDFILE")) at $BASE/sparql in $((SECONDS - started)) s"
      return
    fi
    if ! running; then break; fi
    sleep 0.5
  done
  say "did not start; log follows" >&2
  tail -n 30 "$STATE_DIR/virtuoso.log" >&2
  exit 1
}

load() {
  local file=${1:?usage: virtuoso.sh load FILE}
  [[ -f $file ]] || { say "no such file: $file" >&2; exit 1; }
  running || { say "not running; run: bash .ci/virtuoso.sh start" >&2; exit 1; }
  # GSP PUT replaces the graph, so loading twice gives the same state. Digest auth only (Basic -> 401).
  local status
  status=$(curl -sS --digest -u dba:dba -X PUT -H 'Content-Type: text/turtle' --data-binary @"$file" \
    -o "$STATE_DIR/load-response.txt" -w '%{http_code}' "$BASE/sparql-graph-crud-auth?graph-uri=$GRAPH")
  if [[ $status != 2* ]]; then
    say "loading $file failed (HTTP $status)" >&2
    cat "$STATE_DIR/load-response.txt" >&2
    exit 1
  fi
  say "loaded $file into <$GRAPH> (HTTP $status)"
}

stop() {
  if ! running; then
    say "not running"
    rm -rf "$STATE_DIR"
    return
  fi
  local pid
  pid=$(cat "$PIDFILE")
  kill "$pid" # SIGTERM: Virtuoso checkpoints and shuts down cleanly
  for _ in $(seq 1 60); do
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.5
  done
  if kill -0 "$pid" 2>/dev/null; then
    say "pid $pid did not stop in 30 s; killing it" >&2
    kill -9 "$pid"
  fi
  rm -rf "$STATE_DIR"
  say "stopped (pid $pid)"
}

case ${1:-} in
  start) start ;;
  load) load "${2:-}" ;;
  stop) stop ;;
  *) echo "usage: $0 start | load FILE | stop" >&2; exit 2 ;;
esac
