"""Rebuild a shipped image-text model with a fixed seed: its image tower and temperature go to pin_nb/assets/<model>_clip.pt,
its held-out report to pin_nb/assets/<model>_clip.json.

    python scripts/build_image_text.py digits --seed 0    # about a minute on 2 CPU cores
    python scripts/build_image_text.py scenes --seed 0    # about 10 minutes on one CPU core (weights in half precision)
"""
import argparse, json

BUILDS = {'digits': ('pin_nb.clip', 'build_digits_clip', ('seed', 'zero_shot_accuracy', 'n_train', 'n_test')),
          'scenes': ('pin_nb.scenes', 'build_scenes_clip', ('seed', 'scene_accuracy', 'attribute_accuracy', 'train_seconds'))}

if __name__ == '__main__':
    import importlib
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument('model', choices=sorted(BUILDS), help='which shipped model to rebuild')
    p.add_argument('--seed', type=int, default=0, help='seed of the split and the training run (default: 0, the shipped model)')
    a = p.parse_args()
    module, fn, keys = BUILDS[a.model]
    report = getattr(importlib.import_module(module), fn)(seed=a.seed)
    print(json.dumps({k: report[k] for k in keys}))
