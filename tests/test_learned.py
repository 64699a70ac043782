"""The shipped split models are what its training script gives on the current code."""
import subprocess
import sys

from conftest import ROOT


def test_split_models_are_rebuilt_byte_for_byte():
    out = subprocess.run([sys.executable, "bench/train_split_models.py", "--check"], cwd=ROOT, capture_output=True, text=True)
    assert out.returncode == 0, out.stdout + out.stderr
