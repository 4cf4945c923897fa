"The README's out-of-the-box inversion commands, run as a user runs them: on the shipped scenes model (and the digits model), no data directory."
import json, os, subprocess

def _call(args, timeout=600) -> subprocess.CompletedProcess:
    return subprocess.run(list(args), capture_output=True, text=True, timeout=timeout,
                          env=dict(os.environ, HF_HUB_OFFLINE='1', OMP_NUM_THREADS='1'))

def run(*args, timeout=600) -> dict:
    "Run a console script that must succeed; its last line printed is the card's JSON summary."
    p = _call(args, timeout)
    assert p.returncode == 0, p.stderr[-2000:]
    return json.loads(p.stdout.strip().splitlines()[-1])

def fails(*args, timeout=600) -> str:
    "Run a console script that must fail with exactly one `<script>: error:` line; return that line."
    p = _call(args, timeout)
    errors = [l for l in p.stderr.splitlines() if l.startswith(f'{args[0]}: error:')]
    assert p.returncode == 1 and len(errors) == 1, p.stderr[-2000:]
    return errors[0]

def test_train_inversion_out_of_the_box(tmp_path):
    summary = run('pin_nb_train', '--task', 'inversion', '--steps', '2', '--out', str(tmp_path/'inv'))
    card = json.loads((tmp_path/'inv'/'prompt_card.json').read_text())
    assert (card['task'], card['scene'], card['steps'], card['best_from']) == ('inversion', 'large red seven left white', 2, card['best_from'])
    assert card['best_from'] in ('sampled', 'greedy') and card['config']['task']['select'] == 'explored'
    assert summary['prompt'] == card['prompt'] and 0 <= card['word_rate'] <= 1 and -100 <= card['test_score'] <= 100

def test_pez_out_of_the_box(tmp_path):
    card = run('pin_nb_pez', '--steps', '5', '--out', str(tmp_path/'pez'))
    saved = json.loads((tmp_path/'pez'/'prompt_card.json').read_text())
    assert (card['method'], card['steps'], len(card['token_ids'])) == ('pez', 5, 16)     # the paper's prompt length by default
    assert saved['prompt'] == card['prompt'] and len((tmp_path/'pez'/'curve.csv').read_text().splitlines()) == 1 + 5
    assert 'already holds a run (finished)' in fails('pin_nb_pez', '--steps', '5', '--out', str(tmp_path/'pez'))   # not overwritten by accident
    assert json.loads((tmp_path/'pez'/'prompt_card.json').read_text()) == saved
    (tmp_path/'mine').mkdir(); (tmp_path/'mine'/'notes.txt').write_text('mine')
    assert 'notes.txt' in fails('pin_nb_pez', '--steps', '2', '--out', str(tmp_path/'mine'))
    assert not (tmp_path/'mine'/'prompt_card.json').exists()
    card = run('pin_nb_pez', '--steps', '3', '--out', str(tmp_path/'pez'), '--overwrite')
    assert json.loads((tmp_path/'pez'/'prompt_card.json').read_text())['steps'] == 3 and not (tmp_path/'pez'/'.pin_nb.lock').exists()

def test_digits_model_and_scene(tmp_path):
    card = run('pin_nb_pez', '--model', 'digits', '--digit', '3', '--prompt-length', '4', '--steps', '3', '--out', str(tmp_path/'pez'))
    assert (card['digit'], card['image_text']) == (3, 'digits')
    card = run('pin_nb_pez', '--scene', 'a tiny green 9 on the right, white background', '--prompt-length', '4', '--steps', '3')
    assert (card['scene'], card['best_from']) == ('small green nine right white', 'projected')

def test_bad_scene_is_one_line():
    error = fails('pin_nb_train', '--task', 'inversion', '--scene', 'large red seven left', '--steps', '1')
    assert 'no background' in error and 'allowed:' in error

def test_bad_model_is_one_line(tmp_path):
    error = fails('pin_nb_pez', '--model', str(tmp_path/'no-such-clip'), '--steps', '1')
    assert 'no-such-clip' in error and 'allowed:' in error
