#!/usr/bin/env bash
# Yelp style transfer, SmolLM2 as policy and task LM: the PIN and RLPrompt presets with equal step budgets for one direction, then a
# hand-written instruction, copying the input and RLPrompt's published rewrites, all scored on the test split by the judges. Cards, curves and scores go to
# nbs/results/tst/. Run from the repository root (one thread per run, so two directions can share a 2-core machine):
#   STEPS=200 RUN_SEED=0 scripts/run_tst.sh 0to1
# A run whose checkpoint exists is resumed (continued to STEPS); TAG=150 copies its results to nbs/results/tst/NAME-150, so the cards of
# its shorter budget stay. Data: $PIN_NB_DATA (the bundled Yelp slice if unset).
set -euo pipefail
export HF_HUB_OFFLINE=1 OMP_NUM_THREADS=${OMP_NUM_THREADS:-1}
DIR=${1:-0to1}; STEPS=${STEPS:-200}; RUN_SEED=${RUN_SEED:-0}; METHODS=${METHODS-pin rlprompt}
SRC=${DIR:0:1}; res=nbs/results/tst; mkdir -p $res
for method in $METHODS; do
  name=$method-yelp-$DIR-s$RUN_SEED; out=runs/tst/$name
  if [ -f $out/checkpoint.pt ]; then flag=--resume; else flag=; fi
  pin_nb_train --task tst --direction $DIR --method $method --run-seed $RUN_SEED --steps $STEPS --out $out $flag --quiet ${ARGS:-}
  dest=$res/$name${TAG:+-$TAG}; mkdir -p $dest && cp $out/prompt_card.json $out/curve.csv $dest/
done
if [ $SRC = 0 ]; then hand="Rewrite this review so it is positive:"; else hand="Rewrite this review so it is negative:"; fi
[ -f $res/manual-yelp-$DIR.json ] || pin_nb_eval --task tst --direction $DIR --prompt "$hand" --outputs $res/manual-yelp-$DIR.txt | tail -1 > $res/manual-yelp-$DIR.json
data=${PIN_NB_DATA:-$(python -c "from pin_nb.data import bundled_data_dir; print(bundled_data_dir())")}
[ -f $res/copy-yelp-$DIR.json ] || pin_nb_tst_eval $data/text-style-transfer/yelp/clean/sentiment.test.$SRC.clean --source-style $SRC --refs --data-dir $data | tail -1 > $res/copy-yelp-$DIR.json
out=$data/text-style-transfer/test_outputs/yelp.outputs.$DIR.clean
[ -f $res/rlprompt-published-yelp-$DIR.json ] || [ ! -f $out ] || pin_nb_tst_eval $out --source-style $SRC --refs --data-dir $data | tail -1 > $res/rlprompt-published-yelp-$DIR.json
