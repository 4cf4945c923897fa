"""Write README.md from nbs/index.ipynb (markdown cells as they are, code cells as Python blocks).

`nbdev_readme` does the same through Quarto; this script needs no Quarto. Run from the repository root."""
import json
from pathlib import Path

nb = json.loads(Path('nbs/index.ipynb').read_text())
parts = []
for cell in nb['cells']:
    src = ''.join(cell['source']).strip()
    if not src or src.startswith('#|'): continue
    if cell['cell_type'] == 'markdown':
        if src.startswith('> '): src = src  # the summary line stays a block quote
        parts.append(src)
    else:
        parts.append(f"```python\n{src}\n```")
        outs = [''.join(o.get('text', '')) for o in cell.get('outputs', []) if o.get('output_type') == 'stream']
        if any(outs): parts.append("```\n" + ''.join(outs).rstrip() + "\n```")
Path('README.md').write_text('\n\n'.join(parts) + '\n')
print('README.md written')
