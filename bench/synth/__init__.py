"""Synthesized newspaper pages with known truth, for measuring the splitter.

`pool.py` collects real articles from the seeds (checked by hand) into
`articles.json`; `layout.py` lays them out as PDF extraction leaves them;
`score.py` compares the splitter's records with the truth.
"""
