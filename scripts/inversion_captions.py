"""Score the hand-written captions of every inversion target scene (the full caption, the oracle at L = 4, 8 and 16, the label alone,
the label repeated, a generic caption) on its dev and test images, and write them, one JSON object per line, to
nbs/results/inversion-scenes/captions.jsonl. A few seconds on one CPU core:

    python scripts/inversion_captions.py
"""
import argparse, json
from pathlib import Path
from pin_nb.inversion import InversionConfig, InversionTask, caption_baselines
from pin_nb.models import load_causal_lm
from pin_nb.scenes import SCENE_TARGETS

if __name__ == '__main__':
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument('--out', default='nbs/results/inversion-scenes/captions.jsonl')
    out = Path(p.parse_args().out)
    tok, model, rows = load_causal_lm()[1], None, []
    for spec in SCENE_TARGETS:
        task = InversionTask(InversionConfig(scene=spec), model=model)
        model = task.model
        rows += caption_baselines(task, tok)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(''.join(json.dumps(r) + '\n' for r in rows))
    print(f"{len(rows)} captions -> {out}")
