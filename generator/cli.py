"""Command line: `python -m generator build | export | report`."""
from __future__ import annotations

import argparse
import collections
import json
import sys
from pathlib import Path

from .catalog import to_jsonl
from .config import load_config
from .errors import ConfigError, InputError
from .pipeline import Outcome, analyse_folder, build


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m generator",
                                     description="Turn Chinese newspaper and magazine text into a searchable MkDocs site.")
    sub = parser.add_subparsers(dest="command", required=True)

    def common(p: argparse.ArgumentParser) -> None:
        p.add_argument("--seeds", type=Path, help="folder of input text files (default: from generator.yml)")
        p.add_argument("--config", type=Path, default=Path("generator.yml"), help="generator settings (default: generator.yml)")
        p.add_argument("--strict", action="store_true", help="fail when any input file is skipped")
        p.add_argument("--jobs", type=int, default=1, metavar="N", help="process input files in N processes (same output)")
        p.add_argument("--no-cache", action="store_true", help="ignore and do not write the per-file cache")
        p.add_argument("--profile", action="store_true", help="print stage timings, files processed and peak memory (JSON) to stderr")

    common(sub.add_parser("build", help="regenerate the generated pages under docs/ from the input files",
                          description="Regenerate docs/<output>/ (articles, tags, topics, sources, people, organisations)."))
    export = sub.add_parser("export", help="print the article catalog to stdout", description="Print the catalog; writes nothing.")
    common(export)
    export.add_argument("--format", choices=["jsonl"], default="jsonl", help="output format (jsonl: one JSON object per record)")
    common(sub.add_parser("report", help="print corpus statistics", description="Articles per source, tags, topics, people, organisations."))
    return parser


def _warn(outcome: Outcome, strict: bool) -> int:
    for line in outcome.skipped:
        print(f"warning: {line}", file=sys.stderr)
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


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        config = load_config(args.config, seeds=args.seeds)
        if args.jobs < 1:
            raise ConfigError("--jobs: must be 1 or more")
        use_cache = not args.no_cache
        if args.command == "build":
            outcome = build(config, args.jobs, use_cache)
            _profile(args, outcome)
            status = _warn(outcome, args.strict)
            pages = sum(1 for a in outcome.articles if a.record.is_page)
            print(f"built {pages} pages from {len({a.record.seed for a in outcome.articles})} files into {config.out_dir}", file=sys.stderr)
            return status
        outcome = analyse_folder(config, args.jobs, use_cache)
        _profile(args, outcome)
        status = _warn(outcome, args.strict)
        if args.command == "export":
            sys.stdout.write(to_jsonl(outcome.articles))
        else:
            print(report(outcome))
        return status
    except (InputError, ConfigError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
