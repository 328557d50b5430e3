"""Execute a notebook with nbclient, as CI does.

usage: run_notebook.py IN.ipynb OUT.ipynb [KERNEL]

Cells tagged raises-exception must fail; any other failing cell fails the
run. The executed notebook is written to OUT for the caller to inspect.
"""

import sys

import nbformat
from nbclient import NotebookClient


def main():
    src, dst = sys.argv[1], sys.argv[2]
    kernel = sys.argv[3] if len(sys.argv) > 3 else "gograd"
    nb = nbformat.read(src, as_version=4)
    for cell in nb.cells:
        if cell.cell_type == "code" and cell.get("outputs"):
            sys.exit(f"{src}: a code cell is stored with outputs; notebooks are kept without them")
    client = NotebookClient(nb, kernel_name=kernel, timeout=120, startup_timeout=60, allow_errors=False)
    client.execute()
    for i, cell in enumerate(nb.cells):
        if cell.cell_type != "code":
            continue
        tagged = "raises-exception" in cell.metadata.get("tags", [])
        errored = any(o.output_type == "error" for o in cell.outputs)
        if tagged and not errored:
            sys.exit(f"{src}: cell {i} is tagged raises-exception but did not fail")
        kinds = []
        for o in cell.outputs:
            kinds.append(o.output_type + ("(" + ",".join(sorted(o.data)) + ")" if "data" in o else ""))
        print(f"cell {i}: {' '.join(kinds) or '-'}")
    nbformat.write(nb, dst)


if __name__ == "__main__":
    main()
