"""The docs site as a reader sees it: build it once with `pin_nb.docs.build_docs` (sync check on), open pages in headless
Chromium, and check the title, the sidebar, the figures and the math in the DOM after its scripts ran.

Screenshots land in `_docs_screens/` (1280x2000 from the top of each page, and the whole page for chapters with figures).
Skipped when no Chromium binary is found: `apt-get install chromium`."""
import json, re, shutil, subprocess, time
from pathlib import Path

import pytest
from fastcore.xtras import working_directory

ROOT = Path(__file__).resolve().parents[1]
SCREENS = ROOT/'_docs_screens'
CHROMIUM = next((b for b in (shutil.which(n) for n in ('chromium', 'chromium-browser', 'google-chrome')) if b), None)

pytestmark = pytest.mark.skipif(CHROMIUM is None, reason='no Chromium binary (chromium, chromium-browser, google-chrome) '
                                                         'on PATH; install it with `apt-get install chromium`')

def chromium(*args: str, timeout: int = 120) -> str:
    "Run headless Chromium with `args`; its stdout."
    cmd = [CHROMIUM, '--headless', '--disable-gpu', '--no-sandbox', '--hide-scrollbars', '--virtual-time-budget=10000', *args]
    return subprocess.run(cmd, capture_output=True, text=True, timeout=timeout, check=True).stdout

def chapters() -> list[Path]:
    "The site's pages in reading order, as `pin_nb.docs` orders them."
    from pin_nb.docs import chapter_order
    return [ROOT/'nbs'/n for n in chapter_order([p.name for p in (ROOT/'nbs').iterdir()])]

def has_plot(nb: Path) -> bool:
    "Does the notebook carry a PNG (a matplotlib figure) in its saved outputs?"
    cells = json.loads(nb.read_text(encoding='utf-8'))['cells']
    return any('image/png' in o.get('data', {}) for c in cells for o in c.get('outputs', []))

PLOT_PAGES = [nb.stem for nb in chapters() if has_plot(nb)][:2]

@pytest.fixture(scope='module')
def site() -> Path:
    "Build the site once for this module, with the sync check on; the folder holding index.html."
    from pin_nb.docs import build_docs
    t = time.perf_counter()
    with working_directory(ROOT): index = build_docs(check=True)
    print(f"docs build: {time.perf_counter() - t:.1f} s")
    SCREENS.mkdir(exist_ok=True)
    return index.parent

@pytest.fixture(scope='module')
def dom(site):
    "The DOM of a page after its scripts ran (MathJax included), dumped by Chromium; one run per page."
    cache = {}
    def get(page: str) -> str:
        if page not in cache: cache[page] = chromium('--dump-dom', (site/f'{page}.html').as_uri())
        return cache[page]
    return get

def screenshot(site: Path, page: str, name: str, height: int = 2000) -> Path:
    "Save a 1280-pixel-wide screenshot of `page` to `_docs_screens/name.png`."
    out = SCREENS/f'{name}.png'
    out.unlink(missing_ok=True)
    chromium(f'--screenshot={out}', f'--window-size=1280,{height}', (site/f'{page}.html').as_uri())
    assert out.exists() and out.stat().st_size > 20_000, f'{out} is missing or blank'
    return out

def sidebar(html: str) -> list[str]:
    "The labels of furo's sidebar navigation, in order."
    tree = re.search(r'<div class="sidebar-tree">(.*?)</div>', html, flags=re.S)
    assert tree, 'no sidebar navigation'
    return [re.sub(r'<[^>]+>', '', l).strip() for l in re.findall(r'<li class="toctree-l1[^"]*">\s*<a [^>]*>(.*?)</a>', tree.group(1), flags=re.S)]

def title(html: str) -> str:
    return re.search(r'<title>(.*?)</title>', html, flags=re.S).group(1).strip()

def test_index_page(site, dom):
    "The home page: the site's title, and a sidebar that lists every chapter under its `# Title`, in chapter order."
    from nbdev.config import get_config
    from pin_nb.docs import nb_title
    with working_directory(ROOT): site_title = get_config().title
    html = dom('index')
    assert site_title in title(html)
    assert sidebar(html) == [nb_title(nb)[0] for nb in chapters()]
    assert 'href="13_tsallis.html"' in html      # written `[...](13_tsallis.ipynb)` in the notebook
    screenshot(site, 'index', 'index')

def test_chapter_links(site):
    "Every `[text](NN_name.ipynb)` link in every page lands on a page (MyST leaves a dead `#NN_name.ipynb` otherwise)."
    dead = {p.name: re.findall(r'href="#?([^"#]*\.ipynb)"', p.read_text(encoding='utf-8')) for p in sorted(site.glob('*.html'))}
    dead = {page: links for page, links in dead.items() if links}
    assert not dead, f'links to notebooks that are not pages of the site: {dead}'

def test_plot_pages_exist():
    "At least one chapter has a saved figure, or the site shows none."
    assert PLOT_PAGES, 'no notebook in nbs/ has an image/png output: run a chapter with plots (scripts/run_nbs.py)'

@pytest.mark.parametrize('page', PLOT_PAGES)
def test_chapter_page(site, dom, page):
    "A chapter with plots: its title and the site's in <title>, the sidebar with this page current, and its figures as images."
    from pin_nb.docs import nb_title
    html = dom(page)
    page_title = nb_title(ROOT/'nbs'/f'{page}.ipynb')[0]
    assert page_title in title(html) and 'pin_nb' in title(html)
    assert sidebar(html) == [nb_title(nb)[0] for nb in chapters()]
    assert re.search(r'<li class="toctree-l1 current[^"]*">\s*<a [^>]*>' + re.escape(page_title), html)
    images = re.findall(r'<img[^>]+src="(_images/[^"]+\.png)"', html)
    assert images and all((site/src).stat().st_size > 1000 for src in images)
    screenshot(site, page, page)
    screenshot(site, page, f'{page}_full', height=10000)

def test_math_typeset(site, dom):
    "The chapters' LaTeX is typeset by MathJax in the browser, offline when the site carries its own MathJax."
    if not (site/'_static/mathjax/MathJax.js').exists():
        pytest.skip('the site loads MathJax from its CDN (no libjs-mathjax here), which needs internet')
    html = dom(PLOT_PAGES[0] if PLOT_PAGES else '13_tsallis')
    assert len(re.findall(r'class="MathJax_SVG', html)) >= 5

def first_words(nb: Path, n: int = 4) -> str | None:
    "n consecutive plain words (no math, code, links or emphasis between them) from the first prose paragraph after a notebook's title cell."
    cells = json.loads(nb.read_text(encoding='utf-8'))['cells']
    for c in cells[1:]:
        if c['cell_type'] != 'markdown': continue
        text = ''.join(c['source']).split('\n\n')[0]
        if text.lstrip().startswith(('#', '|', '>', '-', '$', '`')): return None
        for seg in re.split(r'\$[^$]*\$|`[^`]*`|\[[^\]]*\]\([^)]*\)|\*+|[()\[\]]|[.,;:]', text):
            words = re.findall(r"[A-Za-z][A-Za-z'-]*", seg)
            if len(words) >= n: return ' '.join(words[:n])
        return None
    return None

def test_intro_prose_is_on_every_page(site):
    "nbdev turns a notebook's first cell into front matter and drops anything else in it: each chapter's opening prose must survive."
    missing = []
    for nb in chapters():
        words = first_words(nb)
        if words is None: continue
        html = (site/f'{nb.stem}.html').read_text(encoding='utf-8')
        text = re.sub(r'\s+', ' ', re.sub(r'<[^>]+>', ' ', html)).replace('’', "'")
        if ' '.join(words.split()) not in text: missing.append(f'{nb.name}: {words!r}')
    assert not missing, f"opening prose missing from the site: {missing}"
