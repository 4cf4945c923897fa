"""The exported modules on their own, outside the notebooks that define them (a name a notebook imported in a test cell is not
in the module): import each one, read every card in the repository, and plan every sweep file."""
import importlib, pkgutil
from pathlib import Path

import pin_nb

ROOT = Path(__file__).resolve().parents[1]

def test_every_module_imports():
    for m in pkgutil.iter_modules(pin_nb.__path__):
        importlib.import_module(f'pin_nb.{m.name}')

def test_one_reader_for_every_card():
    from pin_nb.cards import read_cards, summarize
    rows = read_cards(ROOT/'nbs'/'results')
    assert len(rows[rows.path.str.endswith('prompt_card.json')]) == len(list((ROOT/'nbs'/'results').rglob('prompt_card.json')))
    assert set(rows.task) == {'fsc', 'tst', 'inversion'} and rows.preset.notna().all()
    assert len(summarize(rows[rows.method.isin(['pin', 'rlprompt'])]))

def test_every_sweep_file_plans():
    from pin_nb.sweep import read_sweep, sweep_plan
    files = sorted((ROOT/'sweeps').glob('*.yaml'))
    assert files
    for f in files:
        sw = read_sweep(f)
        sw.results, sw.runs = str(ROOT/sw.results), str(ROOT/sw.runs)
        assert sweep_plan(sw), f
