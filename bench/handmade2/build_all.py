"""Regenerate every page: python build_all.py (writes seeds/ and gold/)."""
import build_pages_a as A, build_pages_b as B, build_pages_c as C
for f in (A.k01, A.k02, A.k03, B.k04, B.k05, B.k06, C.k07, C.k08, C.k09, C.k10):
    f()
