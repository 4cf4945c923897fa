#!/usr/bin/env bash
# Run several few-shot runs one after another on one thread, e.g. a queue for one of two cores:
#   scripts/run_queue.sh sst-2 rlprompt:0 rlprompt:1 pin:2
# Each METHOD:RUN_SEED goes through scripts/run_fsc.sh (resumable; cards land in nbs/results/).
set -euo pipefail
export OMP_NUM_THREADS=1 MKL_NUM_THREADS=1
DATASET=$1; shift
for job in "$@"; do
  METHODS=${job%%:*} RUN_SEED=${job#*:} scripts/run_fsc.sh $DATASET
done
