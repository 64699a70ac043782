"""The shared scorer on the two annotated seeds, with the issue's targets."""
import re
import subprocess
import sys

import pytest

from conftest import ROOT, SHARED, child_env

TARGETS = {"recall": 0.95, "precision": 0.95, "title_exact": 0.90, "authors": 0.90, "conserve_min": 0.995}


@pytest.mark.skipif(not (SHARED / "tools" / "score_segmentation.py").exists(), reason="../shared is not beside the project")
def test_segmentation_meets_targets(tmp_path):
    catalog = tmp_path / "catalog.jsonl"
    export = subprocess.run([sys.executable, "-m", "generator", "export", "--format", "jsonl"], cwd=ROOT,
                            capture_output=True, text=True, check=True, env=child_env())
    catalog.write_text(export.stdout, encoding="utf-8")
    score = subprocess.run([sys.executable, str(SHARED / "tools" / "score_segmentation.py"), str(SHARED / "gold"),
                            str(catalog), "--seeds", str(ROOT / "seeds")], capture_output=True, text=True, check=True)
    summary = dict(re.findall(r"(\w+)=([\d.]+)", score.stdout.strip().splitlines()[-1]))
    for key, floor in TARGETS.items():
        assert float(summary[key]) >= floor, (key, summary)
