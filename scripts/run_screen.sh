#!/usr/bin/env bash
# Screening of the learning levers (few-shot, 16-shot split seed 42, run seed 0, SmolLM2 as policy and task LM, STEPS steps each).
# Each argument is one arm, NAME=OPTIONS, e.g.  scripts/run_screen.sh sst-2 "mc=--loss mc" "lam05=--lam 0.5"
# Runs resume from their checkpoints; each finished card and curve is copied to nbs/results/screen/<dataset>/<arm>/.
# One thread per run, so two screens can share a 2-core machine.
set -euo pipefail
export HF_HUB_OFFLINE=1 OMP_NUM_THREADS=1 MKL_NUM_THREADS=1
DATASET=$1; shift; STEPS=${STEPS:-200}
for arm in "$@"; do
  name=${arm%%=*}; opts=${arm#*=}
  out=runs/screen/$DATASET/$name
  if [ -f $out/prompt_card.json ] && [ ! -f $out/checkpoint.pt ]; then continue; fi
  if [ -f $out/checkpoint.pt ]; then flag=--resume; else flag=; fi
  # shellcheck disable=SC2086
  pin_nb_train --dataset $DATASET --split-seed 42 --run-seed 0 --steps $STEPS --out $out $flag --quiet $opts
  mkdir -p nbs/results/screen/$DATASET/$name && cp $out/prompt_card.json $out/curve.csv nbs/results/screen/$DATASET/$name/
done
