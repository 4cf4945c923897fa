"""Write README.md from nbs/index.ipynb: markdown cells as they are, code cells as Python blocks with their outputs.

`nbdev_readme` does the same through Quarto; this script needs no Quarto. Run from the repository root, after executing the index
(`python scripts/run_nbs.py nbs/index.ipynb`) so that its outputs are current.

- Cell directives (`#| ...` lines at the top of a code cell) are not shown. `#| hide` drops the cell; `#| echo: false` (or
  `#| hide_input`) shows only its output, as Quarto does for the docs.
- A `text/markdown` output (e.g. `IPython.display.Markdown`) is written as markdown; stream and `text/plain` output as a text block,
  except that a cell with `echo: false` prints its stream output as markdown too (it is there to print markdown).
- Links to chapters (`00_models.ipynb`) point into `nbs/`, where the notebooks are seen from the README."""
import json, re
from pathlib import Path

def directives(src: str) -> tuple[dict[str, str], str]:
    "The `#| key: value` lines at the top of a cell as a dict (a bare `#| key` maps to 'true'), and the code after them."
    lines, out = src.splitlines(), {}
    while lines and (m := re.match(r'\s*#\|\s*([\w-]+)\s*:?\s*(.*)', lines[0])):
        out[m.group(1)] = m.group(2).strip() or 'true'
        lines = lines[1:]
    return out, '\n'.join(lines).strip()

def outputs(cell: dict, echo: bool) -> list[str]:
    "The README parts for a code cell's outputs."
    parts, text = [], []
    def flush():
        if text: parts.append("```\n" + ''.join(text).rstrip() + "\n```")
        text.clear()
    for o in cell.get('outputs', []):
        if o.get('output_type') == 'stream':
            if o.get('name') == 'stderr': continue
            if echo: text.append(''.join(o.get('text', '')))
            else: flush(); parts.append(''.join(o.get('text', '')).strip())
        elif o.get('output_type') in ('execute_result', 'display_data'):
            data = o.get('data', {})
            if 'text/markdown' in data: flush(); parts.append(''.join(data['text/markdown']).strip())
            elif 'text/plain' in data: text.append(''.join(data['text/plain']) + '\n')
    flush()
    return [p for p in parts if p]

def chapter_links(md: str) -> str:
    "Relative links to notebooks, as written in nbs/index.ipynb, made relative to the repository root."
    return re.sub(r'\]\((?!https?:|/|nbs/)([\w.-]+\.ipynb)\)', r'](nbs/\1)', md)

def readme(nb: dict) -> str:
    "README text from the index notebook."
    parts = []
    for cell in nb['cells']:
        src = ''.join(cell['source']).strip()
        if cell['cell_type'] == 'markdown':
            if src: parts.append(chapter_links(src))
            continue
        if cell['cell_type'] != 'code': continue
        flags, code = directives(src)
        if flags.get('hide') == 'true' or 'default_exp' in flags or 'export' in flags: continue
        echo = flags.get('echo', 'true').lower() != 'false' and flags.get('hide_input') != 'true'
        if echo and code: parts.append(f"```python\n{code}\n```")
        parts += [chapter_links(p) for p in outputs(cell, echo)]
    return '\n\n'.join(parts) + '\n'

if __name__ == '__main__':
    Path('README.md').write_text(readme(json.loads(Path('nbs/index.ipynb').read_text())))
    print('README.md written')
