#!/bin/sh
# Recipe 3: gongwen as a streaming mapper, for Hadoop streaming and any engine
# that pipes a shard of lines through a command and reads lines back.
#
#   cat records.jsonl | sh recipes/streaming.sh > parsed.jsonl
#   GONGWEN=/opt/gongwen/bin/gongwen sh recipes/streaming.sh tasks < part-00000 > tasks-00000.jsonl
#
# In: JSON Lines, one {"id": …, "text": "…"} object per line.
# Out, in input order:
#   parse (default): one record per input line,
#     {"id": …, "ok": true, "document": {…}} or
#     {"id": …, "line": N, "ok": false, "error": "…", "error_kind": "…"}
#   tasks: one row per block that names a body, and one
#     {"file": …, "id": …, "ok": false, "error": "…", "error_kind": "…"}
#     row per record that could not be parsed.
# A bad record never fails the shard (--keep-going): the exit status is 0 unless
# the input could not be read or the output written. `line` counts the lines of
# this shard: use `id`. The reasons also go to standard error, one line each.
#
# GONGWEN: the binary (default: gongwen on PATH; ./gongwen where the engine
# ships it into the task's working directory, as Hadoop's -files does).
# GONGWEN_JOBS: threads per mapper (default 1: the engine runs one mapper per core).
# See docs/distributed.md.
set -eu
command="${1:-parse}"
case "$command" in
parse | tasks) ;;
*)
    echo "usage: streaming.sh [parse|tasks] < records.jsonl" >&2
    exit 2
    ;;
esac
exec "${GONGWEN:-gongwen}" "$command" --stdin-jsonl --format jsonl --keep-going --jobs "${GONGWEN_JOBS:-1}"
