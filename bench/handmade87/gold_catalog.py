"""Print a catalog built straight from this set's gold (scored against itself it gives 1.0).

    cd /work/main/bench/handmade87 && python gold_catalog.py > /tmp/handmade87_gold_catalog.jsonl

The code is shared by the hand-made sets: bench/handmade_kit/gold_records.py.
"""
import pathlib
import sys

sys.dont_write_bytecode = True  # keep the folders free of __pycache__
HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "handmade_kit"))

from gold_records import main  # noqa: E402

if __name__ == "__main__":
    sys.exit(main(HERE))
