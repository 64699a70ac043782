"""The shared knowledge scorer on the two seeds the editor's annotations cover,
with the targets of issue 12 (tags, people, organizations, topics, related reading).

Export runs on those two seeds alone, as a user with only these files would
build them; the other seeds are scored the same way where we do not see them."""
import re
import shutil
import subprocess
import sys

import pytest

from conftest import ROOT, SHARED, child_env

GOLD = SHARED / "gold" / "knowledge"
SCORER = SHARED / "tools" / "score_knowledge.py"
AT_LEAST = {"concept_recall": 0.60, "tag_gold": 0.55, "people_p": 0.95, "people_r": 0.90, "orgs_p": 0.90,
            "orgs_r": 0.70, "topic_top1": 0.95, "related_shared": 0.90}
AT_MOST = {"tag_partial": 0.10}


@pytest.mark.skipif(not (SCORER.exists() and GOLD.is_dir()), reason="../shared is not beside the project")
def test_knowledge_meets_targets_on_the_annotated_seeds(tmp_path):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    for gold in sorted(GOLD.glob("*.json")):
        name = re.search(r'"seed":\s*"([^"]+)"', gold.read_text(encoding="utf-8")).group(1)
        shutil.copy(SHARED / "seeds" / name, seeds / name)
    export = subprocess.run([sys.executable, "-m", "generator", "export", "--format", "jsonl", "--seeds", str(seeds)],
                            cwd=ROOT, capture_output=True, text=True, check=True, env=child_env())
    catalog = tmp_path / "catalog.jsonl"
    catalog.write_text(export.stdout, encoding="utf-8")
    score = subprocess.run([sys.executable, str(SCORER), str(GOLD), str(catalog)], capture_output=True, text=True, check=True)
    summary = {k: float(v) for k, v in re.findall(r"(\w+)=([\d.]+)", score.stdout.strip().splitlines()[-1])}
    assert summary["matched"] == 1.0, summary
    for key, floor in AT_LEAST.items():
        assert summary[key] >= floor, (key, summary)
    for key, ceiling in AT_MOST.items():
        assert summary[key] <= ceiling, (key, summary)
