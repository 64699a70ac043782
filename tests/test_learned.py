"""The shipped crosshead model is what its training script gives on the current code."""
import subprocess
import sys

from conftest import ROOT


def test_crosshead_model_is_rebuilt_byte_for_byte():
    out = subprocess.run([sys.executable, "bench/train_crosshead.py", "--check"], cwd=ROOT, capture_output=True, text=True)
    assert out.returncode == 0, out.stdout + out.stderr
