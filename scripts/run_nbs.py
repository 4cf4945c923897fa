"""Execute notebooks in place so that the committed chapters carry their outputs (what the docs show).

    python scripts/run_nbs.py nbs/13_tsallis.ipynb ...   # default: every numbered notebook and index
    python scripts/run_nbs.py --slow nbs/50_results_fsc.ipynb

Cells marked `#| eval: false` never run; cells marked `#| slow` run only with --slow (otherwise they keep the outputs they
had). A cell that raises stops the notebook with a non-zero exit, and the notebook is not rewritten. Run from the repo root."""
import argparse, glob, os, re, sys, time
from pathlib import Path
from execnb.nbio import read_nb, write_nb
from execnb.shell import CaptureShell

def flags(cell) -> set[str]:
    out = set()
    for line in cell.source.splitlines():
        m = re.match(r'\s*#\|\s*(.*)', line)
        if not m: break
        d = m.group(1).strip().replace(' ', '')
        if d in ('eval:false', 'eval:False'): out.add('noeval')
        out.update(w for w in m.group(1).split() if w in ('slow', 'notest'))
    return out

def run(path: Path, slow: bool) -> float:
    "Run one notebook from its own folder, as nbdev_test does, and write its outputs in place."
    path = path.resolve()
    nb, t0, here = read_nb(path), time.perf_counter(), os.getcwd()
    os.chdir(path.parent)
    try: _run_cells(nb, path, slow)
    finally: os.chdir(here)
    write_nb(nb, path)
    return time.perf_counter() - t0

def _run_cells(nb, path: Path, slow: bool):
    shell = CaptureShell(); shell._fname = str(path); shell.set_path(path.parent.resolve())
    for cell in nb.cells:
        if cell.cell_type != 'code': continue
        f = flags(cell)
        if 'noeval' in f or ('slow' in f and not slow): continue
        cell.outputs = []                       # execnb keeps a cell's old outputs when it prints nothing now
        shell.cell(cell)
        if shell.exc:
            raise SystemExit(f"{path}: cell failed:\n{cell.source[:400]}\n{shell.exc!r}")

if __name__ == '__main__':
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument('paths', nargs='*')
    p.add_argument('--slow', action='store_true', help='also run cells marked #| slow')
    a = p.parse_args()
    os.environ.setdefault('HF_HUB_OFFLINE', '1')
    paths = [Path(x) for x in (a.paths or sorted(glob.glob('nbs/[0-9]*.ipynb')) + ['nbs/index.ipynb'])]
    for path in paths:
        print(f"{path}: {run(path, a.slow):.1f} s", flush=True)
