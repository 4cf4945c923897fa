#!/usr/bin/env bash
# Textual inversion of held-out handwritten digits under the shipped digits model: PIN and RLPrompt presets for STEPS steps, then PEZ
# with the same wall-clock budget as the PIN run (its card's wall_s). Results go to nbs/results/inversion/. From the repository root:
#   STEPS=300 scripts/run_inversion.sh 8 0 1 2 3 4 5 6 7 8 9      # prompt length 8, digits 0..9
# Extra pin_nb_train options go in $ARGS: the L = 8 runs in nbs/results predate the `pin` preset's LM prior, and ARGS="--prior 0"
# matches them. LABEL=x names the runs <method>-x-digit... so that a preset variant lands beside them, e.g. the current `pin` preset:
#   LABEL=prior03 METHODS=pin PEZ=0 STEPS=100 scripts/run_inversion.sh 8 0 1 2 3 4 5 6 7 8 9
# PEZ=0 skips PEZ (its budget is always the unlabelled PIN run's wall time). A finished run is skipped, a checkpointed one resumed. One thread per process, so two lengths can share a 2-core machine.
set -euo pipefail
export HF_HUB_OFFLINE=1 OMP_NUM_THREADS=${OMP_NUM_THREADS:-1}
L=$1; shift; STEPS=${STEPS:-300}; RUN_SEED=${RUN_SEED:-0}; METHODS=${METHODS-pin rlprompt}
res=nbs/results/inversion; mkdir -p $res
for digit in "$@"; do
  for method in $METHODS; do
    name=$method${LABEL:+-$LABEL}-digit$digit-L$L-s$RUN_SEED; out=runs/inversion/$name
    [ -f $res/$name/prompt_card.json ] && continue
    if [ -f $out/checkpoint.pt ]; then flag=--resume; else flag=; fi
    pin_nb_train --task inversion --digit $digit --prompt-length $L --method $method --run-seed $RUN_SEED --steps $STEPS --out $out $flag --quiet ${ARGS:-}
    mkdir -p $res/$name && cp $out/prompt_card.json $out/curve.csv $res/$name/
  done
  [ "${PEZ:-1}" = 0 ] && continue
  pezcard=$res/pez-digit$digit-L$L-s$RUN_SEED.json
  [ -f $pezcard ] && continue
  budget=$(python -c "import json; print(json.load(open('$res/pin-digit$digit-L$L-s$RUN_SEED/prompt_card.json'))['wall_s'])" 2>/dev/null || echo 600)
  pin_nb_pez --digit $digit --length $L --steps 100000 --seconds $budget --seed $RUN_SEED --out $pezcard | tail -1
done
