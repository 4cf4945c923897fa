"""The exported modules on their own, outside the notebooks that define them (a name a notebook imported in a test cell is not
in the module): import each one, and run the results readers on the files in the repository."""
import importlib, pkgutil
from pathlib import Path

import pin_nb

ROOT = Path(__file__).resolve().parents[1]

def test_every_module_imports():
    for m in pkgutil.iter_modules(pin_nb.__path__):
        importlib.import_module(f'pin_nb.{m.name}')

def test_results_readers_run_from_the_modules():
    from pin_nb.results import read_results, results_table, aggregate_runs, best_manual, findings, target_checks
    from pin_nb.results_tst import read_tst_results, tst_table
    rows = read_results(ROOT/'nbs'/'results')
    assert len(results_table(rows)) and len(target_checks(rows)) == 4
    assert findings(aggregate_runs(rows), best_manual(rows))
    tst = read_tst_results(ROOT/'nbs'/'results'/'tst')
    assert len(tst_table(tst)) == len(tst.assign(p=tst.preset.fillna(tst.system)).groupby(['direction', 'p', 'steps'], dropna=False))   # a row per budget

def test_summaries_run_from_the_modules():
    from pin_nb.results import read_results, aggregate_runs, paired_runs, read_screen, screen_versus, preset_versus
    from pin_nb.results_tst import read_tst_results, tst_summary
    from pin_nb.results_inv import read_inversion_results, inversion_summary
    res = ROOT/'nbs'/'results'
    rows = read_results(res)
    assert 'sst-2' in paired_runs(aggregate_runs(rows))
    assert preset_versus(rows, 'pin', 'pin (prior 0)').startswith('On sst-2 at 200 steps, `pin` (3 runs)')
    cards, curves = read_screen(res/'screen')
    assert len(cards) and len(curves) and screen_versus(cards, 'prior03', 'pin-mc').startswith('`prior03` against `pin-mc`')
    assert all(line.startswith('- Yelp ') for line in tst_summary(read_tst_results(res/'tst')))
    assert inversion_summary(read_inversion_results(res/'inversion')).startswith('- Textual inversion')
