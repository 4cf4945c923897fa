"""A tiny random CLIPModel with CLIP's real BPE tokenizer (built from the merges file in open_clip_torch's wheel, installed with
--no-deps): PIN's trainer and PEZ run on it from the command line, as a user with a CLIP folder and their own images would."""
import json, os, subprocess
from pathlib import Path

import numpy as np
import pytest
import torch
from PIL import Image

def clip_folder(path: Path, vocab: int | None = None):
    "A CLIPModel folder with random weights, CLIP's tokenizer and an image processor for 32 x 32 images."
    from transformers import CLIPConfig, CLIPModel
    try: from transformers import CLIPImageProcessorPil as Processor
    except ImportError: from transformers import CLIPImageProcessor as Processor
    from pin_nb.clip import clip_bpe_tokenizer
    tok = clip_bpe_tokenizer()
    cfg = CLIPConfig(text_config=dict(vocab_size=vocab or len(tok), hidden_size=32, intermediate_size=64, num_hidden_layers=2,
                                      num_attention_heads=2, max_position_embeddings=77, bos_token_id=49406, eos_token_id=49407,
                                      pad_token_id=49407),
                     vision_config=dict(hidden_size=32, intermediate_size=64, num_hidden_layers=2, num_attention_heads=2,
                                        image_size=32, patch_size=8), projection_dim=16)
    torch.manual_seed(0)
    CLIPModel(cfg).save_pretrained(path); tok.save_pretrained(path)
    Processor(size={'shortest_edge': 32}, crop_size={'height': 32, 'width': 32}).save_pretrained(path)
    return tok

def image_files(path: Path, n: int = 3) -> str:
    "A few digits from scikit-learn, coloured and saved as PNG files: the comma-separated list the command lines take."
    from sklearn.datasets import load_digits
    files = []
    for i, d in enumerate(load_digits().images[:n]):
        rgb = np.stack([d * 15, d * 5, 255 - d * 15], -1).astype(np.uint8)
        Image.fromarray(rgb).resize((32, 32)).save(path/f'digit{i}.png'); files.append(str(path/f'digit{i}.png'))
    return ','.join(files)

def run(*args, ok=True):
    p = subprocess.run(list(args), capture_output=True, text=True, timeout=600, env=dict(os.environ, HF_HUB_OFFLINE='1', OMP_NUM_THREADS='1'))
    if ok: assert p.returncode == 0, p.stderr[-2000:]
    return p

@pytest.fixture(scope='module')
def clip(tmp_path_factory):
    pytest.importorskip('transformers')
    from pin_nb.clip import open_clip_bpe
    try: open_clip_bpe()
    except FileNotFoundError as e: pytest.skip(str(e))
    d = tmp_path_factory.mktemp('clip')
    tok = clip_folder(d/'model')
    return d, tok, image_files(d)

def test_tokenizer_is_clips(clip):
    _, tok, _ = clip
    assert len(tok) == 49408 and tok('a photo of a cat').input_ids == [49406, 320, 1125, 539, 320, 2368, 49407]

def test_pez_on_a_clip_folder(clip):
    d, tok, images = clip
    run('pin_nb_pez', '--model', str(d/'model'), '--images', images, '--prompt-length', '4', '--steps', '3', '--out', str(d/'pez'))
    card = json.loads((d/'pez'/'prompt_card.json').read_text())
    assert (card['steps'], len(card['token_ids'])) == (3, 4) and max(card['token_ids']) < 49408

def test_pin_on_a_clip_folder(clip):
    d, tok, images = clip
    run('pin_nb_train', '--task', 'inversion', '--model', str(d/'model'), '--images', images, '--steps', '2', '--batch-size', '4',
        '--eval-every', '1', '--out', str(d/'pin'), '--quiet')
    card = json.loads((d/'pin'/'prompt_card.json').read_text())
    assert (card['task'], card['steps']) == ('inversion', 2) and -100 <= card['dev_score'] <= 100

def test_another_tokenizer_is_one_line(clip, tmp_path):
    clip_folder(tmp_path/'small', vocab=1000)                   # a text model that embeds fewer tokens than the tokenizer writes
    p = run('pin_nb_pez', '--model', str(tmp_path/'small'), '--images', clip[2], '--steps', '1', ok=False)
    errors = [l for l in p.stderr.splitlines() if l.startswith('pin_nb_pez: error:')]
    assert p.returncode == 1 and len(errors) == 1 and 'tokenizer has 49408 tokens but the text model embeds 1000' in errors[0], p.stderr[-2000:]
