"""What a new user hits first, run as a user runs it: each bad input ends with one line naming the value and what is allowed, its
exit status, and no file of the user's changed; an interrupt during the final evaluation loses nothing."""
import json, os, shutil, signal, socket, subprocess, sys, time
from pathlib import Path

import pytest

ENV = dict(os.environ, HF_HUB_OFFLINE='1', OMP_NUM_THREADS='1')
QUICK = ['--steps', '1', '--batch-size', '2', '--mlp-hidden', '32', '--quiet']     # one tiny step of the real models


def run(*args, env=ENV, timeout=600):
    return subprocess.run(list(args), capture_output=True, text=True, timeout=timeout, env=env)


def one_line(p, prog: str, says: str, code: int = 1) -> str:
    "The process ended with `code` and exactly one line `prog: error: ...` (or `prog: ...` on interrupt) that contains `says`."
    head = f'{prog}: error:' if code == 1 else f'{prog}:'
    lines = [l for l in p.stderr.splitlines() if l.startswith(head)]
    assert p.returncode == code, (p.returncode, p.stderr[-2000:])
    assert len(lines) == 1 and says in lines[0], p.stderr[-2000:]
    assert 'Traceback' not in p.stderr, p.stderr[-2000:]
    return lines[0]


def snapshot(folder: Path) -> dict:
    return {p.relative_to(folder): p.read_bytes() for p in folder.rglob('*') if p.is_file()}


def data_dir(tmp_path: Path, train: bytes, name: str = 'sst-2') -> Path:
    "A data directory in RLPrompt's layout whose train and dev splits hold `train`; test is the bundled one."
    from pin_nb.data import bundled_data_dir
    root = tmp_path/'data'
    split = root/'few-shot-classification'/'16-shot'/name/'16-42'
    split.mkdir(parents=True)
    for s in ('train', 'dev'): (split/f'{s}.tsv').write_bytes(train)
    shutil.copy(bundled_data_dir()/'few-shot-classification/16-shot/sst-2/16-42/test.tsv', split/'test.tsv')
    return root


@pytest.fixture
def readonly(tmp_path):
    "A folder nobody may write: a read-only tmpfs where this process can mount one, else a folder without write permission."
    folder = tmp_path/'ro'; folder.mkdir()
    if os.geteuid() == 0:
        if subprocess.run(['mount', '-t', 'tmpfs', '-o', 'ro,size=1m', 'tmpfs', str(folder)], capture_output=True).returncode:
            pytest.skip('running as root without mount: no folder is read-only here')
        yield folder
        subprocess.run(['umount', str(folder)])
    else:
        folder.chmod(0o555); yield folder; folder.chmod(0o755)


def test_read_only_out_is_found_before_training(readonly):
    t = time.perf_counter()
    p = run('pin_nb_train', '--out', str(readonly/'run'), *QUICK)
    one_line(p, 'pin_nb_train', f"out='{readonly/'run'}': cannot write there")
    assert time.perf_counter() - t < 60                      # refused before the models load and train, not after


def test_users_files_are_not_overwritten(tmp_path):
    out = tmp_path/'mine'; out.mkdir()
    (out/'curve.csv').write_text('my own curve\n'); (out/'notes.txt').write_text('notes\n')
    before = snapshot(out)
    p = run('pin_nb_train', '--out', str(out), *QUICK)
    one_line(p, 'pin_nb_train', "holds files pin_nb did not write (curve.csv, notes.txt)")
    assert snapshot(out) == before


def test_header_only_split_is_refused_by_every_command(tmp_path):
    root = data_dir(tmp_path, b'sentence\tlabel\n')
    train = run('pin_nb_train', '--data-dir', str(root), '--out', str(tmp_path/'run'), *QUICK)
    one_line(train, 'pin_nb_train', "train.tsv: no rows after the header")
    ev = run('pin_nb_eval', '--prompt', 'It was', '--split', 'dev', '--data-dir', str(root))
    one_line(ev, 'pin_nb_eval', "dev.tsv: no rows after the header")


def test_byte_order_mark_is_read(tmp_path):
    root = data_dir(tmp_path, '\ufeffsentence\tlabel\na great film\t1\na dull film\t0\n'.encode('utf-8'))
    p = run('pin_nb_eval', '--prompt', 'It was', '--split', 'dev', '--data-dir', str(root), '--quiet')
    assert p.returncode == 0, p.stderr[-2000:]
    assert json.loads(p.stdout.strip().splitlines()[-1])['n'] == 2


def test_latin1_byte_names_file_line_and_encoding(tmp_path):
    root = data_dir(tmp_path, 'sentence\tlabel\nfine\t1\nun caf\u00e9 terrible\t0\n'.encode('latin-1'))
    before = snapshot(root)
    p = run('pin_nb_eval', '--prompt', 'It was', '--split', 'dev', '--data-dir', str(root))
    line = one_line(p, 'pin_nb_eval', "dev.tsv:3: byte 0xe9 is not UTF-8")
    assert 'latin-1' in line and 'iconv' in line
    assert snapshot(root) == before


def test_verbalizer_count_must_match_the_classes(tmp_path):
    p = run('pin_nb_train', '--verbalizers', 'bad, okay, good', '--out', str(tmp_path/'run'), *QUICK)
    one_line(p, 'pin_nb_train', "3 given, but 'sst-2' has 2 classes ['negative', 'positive']")
    assert not (tmp_path/'run').exists()


def test_truncated_card_is_named(tmp_path):
    card = tmp_path/'results'/'pin-sst-2-42-s0-300'; card.mkdir(parents=True)
    (card/'prompt_card.json').write_text('{"task": "fsc", "prompt": " and this sen')
    (tmp_path/'grid.yaml').write_text(f"task: fsc\ngrid: {{method: [pin]}}\nsettings: {{steps: 300}}\n"
                                      f"runs: {tmp_path/'runs'}\nresults: {tmp_path/'results'}\n")
    before = snapshot(tmp_path/'results')
    p = run('pin_nb_sweep', str(tmp_path/'grid.yaml'), '--no-ray')
    one_line(p, 'pin_nb_sweep', "prompt_card.json' is not valid JSON (line 1, column")
    assert snapshot(tmp_path/'results') == before and not (tmp_path/'runs').exists()


def test_sweep_help_names_its_files_and_the_dry_run():
    p = run('pin_nb_sweep', '--help')
    assert p.returncode == 0 and 'SWEEP.yaml' in p.stdout and '--dry-run' in p.stdout and '(default: 1)' in p.stdout


def test_one_spelling_per_concept():
    pez, train = run('pin_nb_pez', '--help').stdout, run('pin_nb_train', '--help').stdout
    for flag in ('--prompt-length', '--run-seed'): assert flag in pez and flag in train
    assert '--n-images' in pez and '--json-out' in run('pin_nb_bench', '--help').stdout
    import re
    assert re.findall(r'--\w+_\w*', pez + train) == []                       # no option spelt with an underscore
    assert not re.search(r'--(length|seed)\b', pez)                           # the old names work, unlisted


def test_interrupt_during_final_evaluation_loses_nothing(tmp_path):
    out = tmp_path/'run'
    proc = subprocess.Popen(['pin_nb_train', '--out', str(out), *QUICK], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=ENV)
    deadline = time.time() + 300
    while not (out/'checkpoint.pt').exists() and proc.poll() is None and time.time() < deadline: time.sleep(0.2)
    assert proc.poll() is None, proc.communicate()[1][-2000:]    # training is over (its checkpoint is written); 1821 sentences to score
    time.sleep(3)
    proc.send_signal(signal.SIGINT)
    _, err = proc.communicate(timeout=120)
    p = subprocess.CompletedProcess(proc.args, proc.returncode, '', err)
    one_line(p, 'pin_nb_train', "interrupted during the final evaluation; training is complete and saved in", code=130)
    card = json.loads((out/'prompt_card.json').read_text())
    assert card['status'] == 'running' and card['steps'] == 1
    done = run('pin_nb_train', '--out', str(out), '--resume', '--test-size', '40', *QUICK)
    assert done.returncode == 0, done.stderr[-2000:]
    card = json.loads((out/'prompt_card.json').read_text())
    assert (card['status'], card['steps'], card['test']['n'], card['test']['sample']) == ('finished', 1, 40, 'stratified, 40 of 1821, seed 0')
    assert len((out/'curve.csv').read_text().splitlines()) == 2     # header and the one step, written once


def test_docs_without_the_docs_extra_is_one_line(tmp_path):
    code = ("import sys, importlib.util; real = importlib.util.find_spec\n"
            "importlib.util.find_spec = lambda m, *a: None if m == 'sphinx' else real(m, *a)\n"
            "from pin_nb.docs import docs_main; docs_main([])")
    p = run(sys.executable, '-c', code)
    assert p.returncode == 1 and p.stderr.strip() == ("pin_nb_docs: error: building the docs needs the docs extra (sphinx not installed); "
                                                      "install it with pip install 'pin_nb[docs]' (in a clone: pip install -e '.[docs]')")


def test_tensorboard_logs_the_curve(tmp_path):
    pytest.importorskip('tensorboard')
    from pin_nb.models import tiny_causal_lm
    lm, tok = tiny_causal_lm(); lm.save_pretrained(tmp_path/'tiny'); tok.save_pretrained(tmp_path/'tiny')
    out = tmp_path/'run'
    p = run('pin_nb_train', '--task', 'letter', '--policy-lm', str(tmp_path/'tiny'), '--steps', '4', '--batch-size', '4',
            '--mlp-hidden', '16', '--eval-every', '2', '--out', str(out), '--tensorboard', '--quiet')
    assert p.returncode == 0, p.stderr[-2000:]
    from tensorboard.backend.event_processing.event_accumulator import EventAccumulator
    events = EventAccumulator(str(out/'tensorboard')); events.Reload()
    rewards = [e.value for e in events.Scalars('reward')]
    curve = [float(l.split(',')[2]) for l in (out/'curve.csv').read_text().splitlines()[1:]]   # step, loss, reward, ...
    assert (out/'curve.csv').read_text().splitlines()[0].split(',')[:3] == ['step', 'loss', 'reward']
    assert rewards == pytest.approx(curve) and len(rewards) == 4
    assert 'dev_share' in events.Tags()['scalars']


def test_folder_in_use_is_refused(tmp_path):
    "A second run into a folder another live process trains in is refused with one line naming that process; its files stay."
    out = tmp_path/'run'; out.mkdir()
    holder = subprocess.Popen(['sleep', '60'])
    try:
        (out/'.pin_nb.lock').write_text(json.dumps(dict(pid=holder.pid, host=socket.gethostname(), started='2026-12-07 03:00:00')))
        before = snapshot(out)
        p = run('pin_nb_train', '--out', str(out), '--overwrite', *QUICK)
        one_line(p, 'pin_nb_train', f"is in use by process {holder.pid}")
        assert snapshot(out) == before
    finally:
        holder.kill(); holder.wait()
    p = run('pin_nb_train', '--out', str(out), '--overwrite', '--no-test', *QUICK)   # its process gone, the lock is stale: taken over
    assert p.returncode == 0, p.stderr[-2000:]
    assert not (out/'.pin_nb.lock').exists()
