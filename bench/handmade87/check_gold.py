"""Check every gold file of this set against its seed; exit 1 on any problem.

    cd /work/main/bench/handmade87 && python check_gold.py

The code is shared by the hand-made sets: bench/handmade_kit/gold_check.py.
"""
import pathlib
import sys

sys.dont_write_bytecode = True  # keep the folders free of __pycache__
HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "handmade_kit"))

from gold_check import main  # noqa: E402

if __name__ == "__main__":
    sys.exit(main(HERE))
