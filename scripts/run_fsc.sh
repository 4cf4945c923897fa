#!/usr/bin/env bash
# One few-shot dataset, SmolLM2-135M-Instruct as policy and task LM: the PIN and RLPrompt presets with equal step budgets, then
# three hand-written prompts (on dev where a dataset has no test split); cards, curves and manual scores are copied to nbs/results/. Run from the repository root:
#   STEPS=100 SEED=42 RUN_SEED=0 scripts/run_fsc.sh agnews
# A run whose checkpoint exists is resumed (so a larger STEPS continues it). Extra pin_nb_train options go in $ARGS.
# TAG=300 copies the results to nbs/results/NAME-300, so continuing a run keeps the cards of its shorter budget.
# Data: $PIN_NB_DATA (the bundled SST-2 split if unset); the hand-written prompts are scored there too, so set the data through it, not --data-dir in $ARGS.
set -euo pipefail
export HF_HUB_OFFLINE=1
DATASET=${1:-sst-2}; STEPS=${STEPS:-100}; SEED=${SEED:-42}; RUN_SEED=${RUN_SEED:-0}; METHODS=${METHODS:-pin rlprompt}
for method in $METHODS; do
  name=$method-$DATASET-$SEED-s$RUN_SEED
  out=runs/$name
  if [ -f $out/checkpoint.pt ]; then flag=--resume; else flag=; fi
  pin_nb_train --method $method --dataset $DATASET --split-seed $SEED --run-seed $RUN_SEED --steps $STEPS --out $out $flag --quiet ${ARGS:-}
  dest=nbs/results/$name${TAG:+-$TAG}
  mkdir -p $dest && cp $out/prompt_card.json $out/curve.csv $dest/
done
mkdir -p runs && exec 9>runs/.manual-$DATASET-$SEED.lock && flock 9     # one process scores the hand-written prompts; the others wait, then skip
[ -f nbs/results/manual-$DATASET-$SEED.jsonl ] && exit 0
case $DATASET in
  agnews)        prompts=("Topic:" "This news article is about" "The category of this article is") ;;
  yelp-2|yelp-5) prompts=("It was" "All in all, the place was" "Overall, my review of this business:") ;;
  *)             prompts=("It was" "All in all, the movie was" "Overall, my review of this film:") ;;
esac
tmp=nbs/results/.manual-$DATASET-$SEED.jsonl; : > $tmp
for p in "${prompts[@]}"; do pin_nb_eval --prompt "$p" --dataset $DATASET --split-seed $SEED --split report | tail -1 >> $tmp; done
mv $tmp nbs/results/manual-$DATASET-$SEED.jsonl
