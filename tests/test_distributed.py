"""`pin_nb_train --workers 2` against the same run without workers, and `pin_nb_sweep` on a 2 x 2 grid from a sweep file, through the console scripts,
on a tiny random model saved to a folder (so that Ray workers and run processes can load it by name)."""
import json, os, subprocess
import pytest

from pin_nb.distributed import ray_installed
from pin_nb.trainer import TIMINGS

TINY = ['--prompt-length', '2', '--mlp-hidden', '16', '--batch-size', '4', '--learn-start', '0', '--off-batch-size', '4', '--quiet']

@pytest.fixture(scope='module')
def tiny(tmp_path_factory):
    from pin_nb.models import tiny_causal_lm
    folder = tmp_path_factory.mktemp('tiny')/'lm'
    lm, tok = tiny_causal_lm(); lm.save_pretrained(folder); tok.save_pretrained(folder)
    return str(folder)

def run(*args):
    p = subprocess.run(list(args), capture_output=True, text=True, env=dict(os.environ, HF_HUB_OFFLINE='1', OMP_NUM_THREADS='1'))
    assert p.returncode == 0, p.stderr[-2000:]
    return p.stdout

@pytest.mark.skipif(not ray_installed(), reason='needs the ray extra: pip install -e ".[ray]"')
def test_workers_write_the_same_card(tiny, tmp_path):
    cards = []
    for name, extra in (('alone', []), ('workers', ['--workers', '2'])):
        run('pin_nb_train', '--steps', '3', '--policy-lm', tiny, '--task-lm', tiny, *TINY, '--out', str(tmp_path/name), *extra)
        card = json.loads((tmp_path/name/'prompt_card.json').read_text())
        cards.append({k: v for k, v in card.items() if k not in TIMINGS})
    assert cards[0] == cards[1]

def test_workers_and_devices_refused_before_loading():
    for args, says in ((['--workers', '0'], 'workers=0'), (['--device', 'tpu'], "device='tpu'"), (['--dtype', 'fp8'], "dtype='fp8'"),
                       (['--ray-address', 'localhost:1'], 'needs --workers')):
        p = subprocess.run(['pin_nb_train', '--policy-lm', '/no/such/model', *args], capture_output=True, text=True)
        assert p.returncode == 1 and says in p.stderr and len(p.stderr.strip().splitlines()) == 1, p.stderr

def test_sweep_file_runs_its_grid_once(tiny, tmp_path):
    (tmp_path/'grid.yaml').write_text(
        "task: fsc\ngrid: {method: [pin, rlprompt], run_seed: [0, 1]}\n"
        f"settings: {{steps: 2, policy_lm: {tiny}, task_lm: {tiny}, prompt_length: 2, mlp_hidden: 16, batch_size: 4, learn_start: 0, off_batch_size: 4}}\n"
        f"runs: {tmp_path/'runs'}\nresults: {tmp_path/'results'}\n")
    out = run('pin_nb_sweep', str(tmp_path/'grid.yaml'), '--no-ray')
    assert '4 runs, 0 done, 4 to run' in out and len(list((tmp_path/'results').glob('*/prompt_card.json'))) == 4, out
    again = run('pin_nb_sweep', str(tmp_path/'grid.yaml'))
    assert '4 runs, 4 done, 0 to run' in again, again
