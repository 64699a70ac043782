"""Command line: `python -m generator build | export | report` (`mkdocs serve`
is the editing loop: the news plugin rebuilds what changed).

Every failure ends here as one line on stderr and exit code 2 (`--debug`
shows the traceback instead); warnings about skipped files are one line each.
"""
from __future__ import annotations

import argparse
import collections
import json
import os
import sys
from pathlib import Path

from .catalog import to_jsonl
from .config import load_config
from .errors import ConfigError, describe, one_line
from .pipeline import Outcome, analyse_folder, build

MAX_JOBS = 64
DEFAULT_JOBS_MAX = 8  # past a few cores, starting processes costs more than a collection's files gain


class _Parser(argparse.ArgumentParser):
    def error(self, message: str):  # one line, not the usage block
        self.exit(2, f"error: {one_line(message)} (see {self.prog} --help)\n")


def _parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="python -m generator",
                     description="Turn Chinese newspaper and magazine text into a searchable MkDocs site.")
    sub = parser.add_subparsers(dest="command", required=True)

    def common(p: argparse.ArgumentParser) -> None:
        p.add_argument("--seeds", type=Path, help="folder of input text files (default: from generator.yml)")
        p.add_argument("--config", type=Path, help="generator settings (default: generator.yml when there is one)")
        p.add_argument("--strict", action="store_true", help="fail when any input file is skipped")
        p.add_argument("--jobs", type=int, metavar="N",
                       help=f"process input files in N processes (default: one per processor core, at most {DEFAULT_JOBS_MAX}; same output)")
        p.add_argument("--no-cache", action="store_true", help="ignore and do not write the per-file cache")
        p.add_argument("--profile", action="store_true", help="print stage timings, files processed and peak memory (JSON) to stderr")
        p.add_argument("--debug", action="store_true", help="show the traceback of an error instead of one line")

    common(sub.add_parser("build", help="regenerate the generated pages under docs/ from the input files",
                          description="Regenerate docs/<output>/ (articles, tags, topics, sources, people, organisations)."))
    export = sub.add_parser("export", help="print the article catalog to stdout", description="Print the catalog; writes nothing.")
    common(export)
    export.add_argument("--format", choices=["jsonl"], default="jsonl", help="output format (jsonl: one JSON object per record)")
    common(sub.add_parser("report", help="print corpus statistics", description="Articles per source, tags, topics, people, organisations."))
    return parser


def _warn(outcome: Outcome, strict: bool) -> int:
    for line in outcome.skipped + outcome.notes:
        print(f"warning: {one_line(line)}", file=sys.stderr)
    return 1 if strict and outcome.skipped else 0


def report(outcome: Outcome) -> str:
    pages = [a for a in outcome.articles if a.record.is_page and a.record.kind != "brief"]
    lines = ["articles per source:"]
    per_source = collections.Counter((a.source.publication or a.record.seed) for a in pages if a.source)
    lines += [f"  {name}: {n}" for name, n in sorted(per_source.items())]
    usage = collections.Counter(t for a in pages for t in a.info.tags)
    shared = sum(1 for n in usage.values() if n >= 2)
    lines.append(f"tags: {len(usage)}, shared by 2+ articles: {shared} ({shared / max(len(usage), 1):.0%})")
    topics = collections.Counter(t for a in pages for t, _ in a.info.topics)
    lines.append("topics:")
    lines += [f"  {t}: {n}" for t, n in topics.most_common()]
    lines.append(f"articles in 其他: {topics.get('其他', 0)}")
    for label, attr in (("people", "people"), ("organizations", "orgs")):
        counts = collections.Counter(x for a in pages for x in getattr(a.info, attr))
        lines.append(f"top {label}: " + "、".join(f"{n}({c})" for n, c in counts.most_common(10)))
    return "\n".join(lines)


def _profile(args: argparse.Namespace, outcome: Outcome) -> None:
    if args.profile:
        print("profile: " + json.dumps(outcome.figures(), sort_keys=True), file=sys.stderr)


def _run(args: argparse.Namespace) -> int:
    config = load_config(args.config, seeds=args.seeds)
    use_cache = not args.no_cache
    if args.command == "build":
        outcome = build(config, _jobs(args), use_cache)
        _profile(args, outcome)
        status = _warn(outcome, args.strict)
        pages = sum(1 for a in outcome.articles if a.record.is_page)
        print(f"built {pages} pages from {len({a.record.seed for a in outcome.articles})} files into {config.out_dir}", file=sys.stderr)
        return status
    outcome = analyse_folder(config, _jobs(args), use_cache)
    _profile(args, outcome)
    status = _warn(outcome, args.strict)
    sys.stdout.write(to_jsonl(outcome.articles) if args.command == "export" else report(outcome) + "\n")
    sys.stdout.flush()
    return status


def _jobs(args: argparse.Namespace) -> int:
    if args.jobs is None:  # the files are independent: use the cores the machine gives this process
        cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)
        return max(1, min(cores, DEFAULT_JOBS_MAX))
    if args.jobs < 1:
        raise ConfigError(f"--jobs: must be 1 or more, got {args.jobs}")
    return min(args.jobs, MAX_JOBS)


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        return _run(args)
    except KeyboardInterrupt:
        print("error: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:  # `export | head`: the reader has what it wanted
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except Exception as exc:
        if args.debug:
            raise
        print(f"error: {describe(exc)}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
