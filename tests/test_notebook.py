"""notebooks/tour.ipynb runs top to bottom and shows what it promises."""

from __future__ import annotations

import pytest
from conftest import REPO


@pytest.mark.slow
def test_tour_notebook_runs(tmp_path):
    nbformat = pytest.importorskip("nbformat")
    nbclient = pytest.importorskip("nbclient")
    notebook = nbformat.read(REPO / "notebooks" / "tour.ipynb", as_version=4)
    work = tmp_path / "notebooks"
    work.mkdir()
    (tmp_path / "seeds").symlink_to(REPO / "seeds")  # the notebook finds ../seeds as in the repository
    nbclient.NotebookClient(
        notebook, timeout=600, kernel_name="python3", resources={"metadata": {"path": work}}
    ).execute()
    outputs = [
        output.get("text", "") + str(output.get("data", {}).get("text/html", ""))
        for cell in notebook.cells
        if cell.cell_type == "code"
        for output in cell.get("outputs", [])
    ]
    text = "\n".join(outputs)
    assert "SHACL conforms: True" in text
    assert text.count("row") >= 3  # three query tables
    assert "most central entities (PageRank)" in text
    assert "<iframe srcdoc=" in text and "vis.Network" in text
    assert (work / "newsgraph-out" / "graph.html").is_file()
