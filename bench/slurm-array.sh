#!/bin/sh
# Integration check of `--shard auto` on a real Slurm: starts a one-node cluster on this machine
# (Debian's slurm-wlm and munge; root needed), runs `jixiao extract --shard auto` as a 4-task job
# array (ids 1-4, so the ids do not start at 0), merges the shard folders with `jixiao merge` and
# compares the result with a single run over the same archive, byte for byte.
#
#   apt-get install -y slurm-wlm munge     # once
#   sh bench/slurm-array.sh [ARCHIVE]       # default: the fixtures' inputs and 40 seed variants
#
# Everything (config, state, logs, outputs) lives in a temporary folder that is removed at the end;
# the daemons started here are stopped by their process ids. Not part of `npm test`.
set -eu
ROOT=$(cd "$(dirname "$0")/.." && pwd)
[ "$(id -u)" = 0 ] || { echo "slurm-array: needs root (starts munged, slurmctld, slurmd)" >&2; exit 2; }
for c in munged slurmctld slurmd sbatch sinfo; do
  command -v "$c" >/dev/null 2>&1 || { echo "slurm-array: $c not found: apt-get install -y slurm-wlm munge" >&2; exit 2; }
done
[ -f "$ROOT/dist/cli.js" ] || (cd "$ROOT" && npm run build >/dev/null)
JX="$(command -v node) $ROOT/dist/cli.js"
TASKS=4
W=$(mktemp -d /tmp/jixiao-slurm.XXXXXX)
chmod 755 "$W"
PIDS=""
cleanup() {
  for p in $PIDS; do kill "$p" 2>/dev/null || true; done
  sleep 1
  rm -rf "$W"
}
trap cleanup EXIT INT TERM

ARCHIVE=${1:-}
if [ -z "$ARCHIVE" ]; then
  ARCHIVE="$W/archive"; mkdir -p "$ARCHIVE"
  for f in "$ROOT"/fixtures/*/input.*; do
    d=$(basename "$(dirname "$f")"); cp "$f" "$ARCHIVE/$d.${f##*.}"
  done
  i=0; while [ $i -lt 40 ]; do { cat "$ROOT"/seeds/*.txt; echo "（$i）"; } > "$ARCHIVE/seed-variant-$i.txt"; i=$((i + 1)); done
fi
echo "slurm-array: archive $ARCHIVE ($(find "$ARCHIVE" -type f | wc -l) files)"

# munge: the cluster's authentication
mkdir -p /run/munge "$W/munge"; chown munge:munge /run/munge "$W/munge"
[ -s /etc/munge/munge.key ] || { dd if=/dev/urandom bs=1 count=1024 of=/etc/munge/munge.key 2>/dev/null; chown munge:munge /etc/munge/munge.key; chmod 400 /etc/munge/munge.key; }
runuser -u munge -- munged --socket="$W/munge/munge.socket" --pid-file="$W/munge/munged.pid" --log-file="$W/munge/munged.log" --seed-file="$W/munge/munged.seed"
sleep 1; PIDS="$(cat "$W/munge/munged.pid")"

HOST=$(hostname -s)
mkdir -p "$W/state" "$W/spool" "$W/shards"
export SLURM_CONF="$W/slurm.conf"
cat > "$SLURM_CONF" <<CONF
ClusterName=jixiao
SlurmctldHost=$HOST
SlurmUser=root
SlurmdUser=root
AuthType=auth/munge
AuthInfo=socket=$W/munge/munge.socket
CredType=cred/munge
StateSaveLocation=$W/state
SlurmdSpoolDir=$W/spool
SlurmctldPidFile=$W/slurmctld.pid
SlurmdPidFile=$W/slurmd.pid
SlurmctldLogFile=$W/slurmctld.log
SlurmdLogFile=$W/slurmd.log
SlurmctldPort=16817
SlurmdPort=16818
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
JobAcctGatherType=jobacct_gather/none
AccountingStorageType=accounting_storage/none
JobCompType=jobcomp/none
MpiDefault=none
SchedulerType=sched/backfill
SelectType=select/cons_tres
SelectTypeParameters=CR_CPU
ReturnToService=2
NodeName=$HOST CPUs=$(nproc) State=UNKNOWN
PartitionName=jixiao Nodes=$HOST Default=YES MaxTime=INFINITE State=UP
CONF
slurmctld -D -f "$SLURM_CONF" >"$W/slurmctld.out" 2>&1 & PIDS="$! $PIDS"
slurmd -D -f "$SLURM_CONF" >"$W/slurmd.out" 2>&1 & PIDS="$! $PIDS"
n=0; until sinfo -h -o %T 2>/dev/null | grep -q idle; do
  n=$((n + 1)); [ $n -lt 60 ] || { echo "slurm-array: the node did not come up" >&2; tail -20 "$W"/slurm*.log >&2; exit 1; }
  sleep 1
done
echo "slurm-array: one-node cluster up ($(sinfo -h -o '%P %D nodes %c cpus %T'))"

cat > "$W/task.sh" <<TASK
#!/bin/sh
$JX extract "$ARCHIVE" -o "$W/shards/s\$SLURM_ARRAY_TASK_ID" --shard auto --jobs 1 --ocr off 2>"$W/shards/s\$SLURM_ARRAY_TASK_ID.err"
rc=\$?; echo \$rc > "$W/shards/s\$SLURM_ARRAY_TASK_ID.rc"
# 1 = some input failed (the archive holds bad files on purpose): the task itself worked
[ \$rc -le 1 ]
TASK
start=$(date +%s)
sbatch --wait --array=1-$TASKS --cpus-per-task=1 --output="$W/shards/slurm-%A_%a.out" "$W/task.sh" >/dev/null
echo "slurm-array: array of $TASKS tasks done in $(( $(date +%s) - start )) s"
for k in $(seq 1 $TASKS); do
  printf '  task %s: exit %s, %s\n' "$k" "$(cat "$W/shards/s$k.rc")" "$(grep -h 'shard\|inputs:' "$W/shards/s$k.err" | tr '\n' ' ')"
done

$JX merge "$W/merged" "$W"/shards/s1 "$W"/shards/s2 "$W"/shards/s3 "$W"/shards/s4 2>"$W/merge.err" || true
sed 's/^/  /' "$W/merge.err"
$JX extract "$ARCHIVE" -o "$W/single" --jobs 1 --ocr off 2>"$W/single.err" || true
sed 's/^/  /' "$W/single.err" | tail -1
files=$(cd "$W/single" && find . -type f | wc -l)
if diff -r "$W/single" "$W/merged" >"$W/diff.txt"; then
  echo "slurm-array: PASS: the merge of $TASKS shards is byte-identical to a single run ($files files)"
else
  echo "slurm-array: FAIL: the merge differs from a single run:"; head -40 "$W/diff.txt"; exit 1
fi
