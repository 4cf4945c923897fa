#!/usr/bin/env bash
# SST-2 (16-shot, seed 42), SmolLM2-135M-Instruct as policy and task LM, equal step budgets for PIN and RLPrompt mode,
# then three hand-written prompts; results are copied to nbs/results/. Run from the repository root. STEPS=70 by default.
set -euo pipefail
export HF_HUB_OFFLINE=1
STEPS=${STEPS:-70}
for mode in pin rlprompt; do
  reg=$([ $mode = pin ] && echo tsallis || echo shannon)
  out=runs/$mode-sst-2-42
  if [ -f $out/checkpoint.pt ]; then flag=--resume; else flag=; fi
  pin_nb_train --regularizer $reg --steps $STEPS --out $out $flag --overwrite
  mkdir -p nbs/results/$mode-sst-2-42 && cp $out/prompt_card.json $out/curve.csv nbs/results/$mode-sst-2-42/
done
: > nbs/results/manual-sst-2-42.jsonl
for p in "It was" "All in all, the movie was" "Overall, my review of this film:"; do
  pin_nb_eval --prompt "$p" | tail -1 >> nbs/results/manual-sst-2-42.jsonl
done
