"""Score the copy baseline, the human references and RLPrompt's published outputs on the full Yelp test set (both directions).

Run from the repository root: python scripts/tst_table.py [DATA_DIR]. Prints one JSON line per (system, direction) and the time per 1000 sentences."""
import json, os, sys, time
os.environ.setdefault('HF_HUB_OFFLINE', '1')
from pathlib import Path
from pin_nb.data import data_dir
from pin_nb.tst_eval import load_yelp, rlprompt_outputs, score_outputs, load_judges

data = data_dir(sys.argv[1] if len(sys.argv) > 1 else None)   # the argument, else $PIN_NB_DATA, else the bundled slice
judges = load_judges()
score_outputs(['warm up .'], ['warm up .'], 0, None, judges)
for style in (0, 1):
    src, refs = load_yelp('test', style, data), load_yelp('ref', style, data)
    systems = {'copy': src, 'human': refs,
               'rlprompt': rlprompt_outputs(style, data)}
    for name, outs in systems.items():
        _, agg = score_outputs(outs, src, style, refs, judges)
        print(json.dumps(dict(system=name, direction=f'{style}->{1 - style}', **agg)), flush=True)
