#!/usr/bin/env bash
# One few-shot dataset, SmolLM2-135M-Instruct as policy and task LM: PIN and RLPrompt mode with equal step budgets, then
# three hand-written prompts; cards, curves and manual scores are copied to nbs/results/. Run from the repository root:
#   STEPS=100 SEED=42 scripts/run_fsc.sh agnews
# A run whose checkpoint exists is resumed (so a larger STEPS continues it). Data: $PIN_NB_DATA (bundled SST-2 if unset).
set -euo pipefail
export HF_HUB_OFFLINE=1
DATASET=${1:-sst-2}; STEPS=${STEPS:-100}; SEED=${SEED:-42}
for mode in pin rlprompt; do
  reg=$([ $mode = pin ] && echo tsallis || echo shannon)
  out=runs/$mode-$DATASET-$SEED
  if [ -f $out/checkpoint.pt ]; then flag=--resume; else flag=; fi
  pin_nb_train --dataset $DATASET --seed $SEED --regularizer $reg --steps $STEPS --out $out $flag --overwrite
  mkdir -p nbs/results/$mode-$DATASET-$SEED && cp $out/prompt_card.json $out/curve.csv nbs/results/$mode-$DATASET-$SEED/
done
case $DATASET in
  agnews) prompts=("Topic:" "This news article is about" "The category of this article is") ;;
  *)      prompts=("It was" "All in all, the movie was" "Overall, my review of this film:") ;;
esac
tmp=nbs/results/.manual-$DATASET-$SEED.jsonl; : > $tmp
for p in "${prompts[@]}"; do pin_nb_eval --prompt "$p" --dataset $DATASET --seed $SEED | tail -1 >> $tmp; done
mv $tmp nbs/results/manual-$DATASET-$SEED.jsonl
