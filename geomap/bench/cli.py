"""``geomap bench …``: benchmarks that print their figures (a table, or ``--json``)."""

from __future__ import annotations

import json
from pathlib import Path

import click


@click.group("bench")
def bench_group():
    """Measure speed on this machine and print the figures."""


def _data_option(f):
    return click.option("--data", type=click.Path(file_okay=False, path_type=Path), default=None,
                        help="The shared data folder holding corpora/saudinewsnet.jsonl.gz (default: ../shared).")(f)


@bench_group.command("parse")
@click.option("--articles", "n", default=1000, show_default=True, type=click.IntRange(1),
              help="How many SaudiNewsNet articles to parse (from the start of the file).")
@_data_option
@click.option("--json", "as_json", is_flag=True, help="The figures as JSON.")
@click.option("--profile", "top", type=click.IntRange(0), default=0,
              help="Then profile a third pass (cProfile) and print this many functions, and the time by module.")
def bench_parse(n, data, as_json, top):
    """Parse throughput on one core, time by stage, and the raw scan of the gazetteer's names."""
    from gazetteer import open_default

    from ..evaluation.cli import default_data_dir
    from .corpus import read_articles
    from .parse import report, run

    data = data or default_data_dir()
    articles = read_articles(data, n)
    # the warm-up articles come after the measured ones: their words do not pre-fill any cache
    warmup = read_articles(data, 3, skip=n)
    gaz = open_default()
    figures = run(articles, gaz, warmup=warmup)
    click.echo(json.dumps(figures, ensure_ascii=False, indent=1) if as_json else report(figures))
    if top:
        from .parse import profile

        click.echo("\n" + profile(articles, gaz, top=top))


@bench_group.command("security")
@click.option("--json", "as_json", is_flag=True, help="Every probe's outcome and the counts as JSON.")
def bench_security(as_json):
    """The attacks of issue 13 against the real server: every probe, the counts, the memory."""
    from .security import lab_servers, memory_watch, probes, report, run, tally

    table = probes()
    with lab_servers() as lab:
        results = [run(lab, p) for p in table if p.case == "1"]     # the first requests the servers see
        memory = memory_watch(lab, table)                            # the warm level before the rest
        results += [run(lab, p) for p in table if p.case != "1"]
    figures = {"counts": tally(results), "memory": memory,
               "failed": [f"{r.probe.case} {r.probe.name}: {r.outcome.detail}" for r in results if not r.outcome.ok]}
    click.echo(json.dumps(figures, ensure_ascii=False, indent=1) if as_json else report(results, figures))
    if figures["failed"] or not memory.get("within_limit"):
        raise SystemExit(1)


def _register_gazetteer_bench() -> None:
    """``geomap bench gazetteer`` is the gazetteer's own benchmark (``geomap gazetteer bench``),
    when this build of the gazetteer has one: one command, not two copies of it."""
    from gazetteer.cli import gazetteer_group

    command = gazetteer_group.commands.get("bench")
    if command is not None:
        bench_group.add_command(command, "gazetteer")


_register_gazetteer_bench()


# The stored service's sections (issue 7, part B): ingest, api, map, load, service.
from .service_cli import SERVICE_COMMANDS  # noqa: E402

for _command in SERVICE_COMMANDS:
    bench_group.add_command(_command)

# The scale-out sections (issue 14): dask-ingest, backends.
from .scale import SCALE_COMMANDS  # noqa: E402

for _command in SCALE_COMMANDS:
    bench_group.add_command(_command)
