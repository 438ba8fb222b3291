"""The ``geomap`` command: map, parse, serve, and manage the gazetteer."""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

import click

from .errors import GazetteerError, GeomapError, InputError


class _Group(click.Group):
    """Turns our errors (and the gazetteer's) into a one-line message and exit status 1; anything
    else is a bug and keeps its traceback."""

    def invoke(self, ctx):
        try:
            return super().invoke(ctx)
        except (GeomapError, GazetteerError) as exc:
            raise click.ClickException(str(exc)) from None


@click.group(cls=_Group)
@click.version_option(package_name="geomap")
def main():
    """geomap: Arabic news in, a map of what happened where and when out."""


def _published_option(f):
    return click.option("--published", metavar="YYYY-MM-DD",
                        help="Publication date (overrides the sidecar .meta.json).")(f)


def _load(files, published, title, source, url, failures: list | None = None):
    """The articles of the files and folders named (``-``: standard input), their metadata from
    their sidecars (or the records themselves) overridden by the options. With a *failures* list,
    a file or record that cannot be read is added to it and the others are read; without, it is
    an :class:`InputError`."""
    from .dates import parse_published
    from .ingest.readers import ArticleInput, Failure, expand, read_paths

    pub = parse_published(published) if published else None
    if not expand(list(files)):
        raise click.ClickException("no article files found (.txt, .html, .json or .jsonl files, "
                                   "or name them directly)")
    loaded = []
    for path in files:
        if str(path) == "-":
            from .pipeline import check_text

            loaded.append(ArticleInput("-", check_text(sys.stdin.buffer.read()), {}))
        else:
            for item in read_paths([path]):
                if isinstance(item, Failure):
                    if failures is None:
                        raise InputError(str(item))
                    failures.append(str(item))
                else:
                    loaded.append(item)
    for a in loaded:
        if pub:
            a.meta["published"] = pub.isoformat()
        for key, value in (("title", title), ("source", source), ("url", url)):
            if value:
                a.meta[key] = value
    return loaded


def _parse_all(loaded, failures: list | None = None):
    """The parsed articles; one that cannot be parsed is an :class:`InputError`, or, with a
    *failures* list, added to it."""
    from gazetteer import open_default

    from .parser import parse

    gaz = open_default()
    docs = []
    for a in loaded:
        try:
            docs.append(parse(a.text, gazetteer=gaz, **a.meta))
        except InputError as exc:
            if failures is None:
                raise InputError(f"{a.origin}: {exc}") from None
            failures.append(f"{a.origin}: {exc}")
    return docs


@main.command("map")
@click.argument("files", nargs=-1, required=True, type=click.Path(allow_dash=True))
@click.option("-o", "--out", "out_dir", default="out", show_default=True, type=click.Path(file_okay=False),
              help="Directory for map.html, events.geojson and events.csv.")
@_published_option
@click.option("--title", help="Article title (overrides the sidecar).")
@click.option("--source", help="Source name (overrides the sidecar).")
@click.option("--url", help="Article URL (overrides the sidecar).")
@click.option("--tiles", envvar="GEOMAP_TILES", default="osm", show_default=True,
              help="Basemap: osm, none (no tile server: our country outlines alone), or an http(s) URL "
                   "template with {z}/{x}/{y}. Default from $GEOMAP_TILES.")
def map_command(files, out_dir, published, title, source, url, tiles):
    """Map the events of Arabic articles: files or folders of .txt (with NAME.meta.json), .html, .json
    or .jsonl(.gz), read as `geomap ingest` reads them.

    Writes OUT/map.html (open it in a browser), OUT/events.geojson and OUT/events.csv.
    """
    from .export import dumps_geojson, to_csv, to_feature_collection
    from .maps import render_map

    t0 = time.perf_counter()
    failures: list[str] = []         # as `geomap ingest`: each bad file said, the others mapped
    docs = _parse_all(_load(files, published, title, source, url, failures), failures)
    if not docs:
        raise InputError("; ".join(failures) or "no article to map")
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    collection = to_feature_collection(docs)
    (out / "events.geojson").write_text(dumps_geojson(collection, indent=1), encoding="utf-8")
    (out / "events.csv").write_text(to_csv(docs), encoding="utf-8-sig")     # BOM: spreadsheets read UTF-8
    page_title = docs[0].article.title if len(docs) == 1 and docs[0].article.title else "geomap"
    render_map(docs, tiles=tiles, title=page_title).save(str(out / "map.html"))
    located = sum(1 for f in collection["features"] if f["geometry"])
    unresolved = sum(1 for d in docs for m in d.mentions if not m.resolved)
    click.echo(f"{len(docs)} article(s): {len(collection['features'])} events "
               f"({located} on the map), {sum(len(d.mentions) for d in docs)} place mentions "
               f"({unresolved} unresolved) in {time.perf_counter() - t0:.1f} s")
    for name in ("map.html", "events.geojson", "events.csv"):
        click.echo(f"  {out / name}")
    if failures:
        for failure in failures:
            click.echo(f"skipped {failure}", err=True)
        raise SystemExit(1)


@main.command("parse")
@click.argument("file", type=click.Path(allow_dash=True))
@_published_option
@click.option("--format", "fmt", type=click.Choice(["text", "json", "csv", "geojson"]), default="text",
              show_default=True, help="text (a summary), json (the whole document), csv (ACLED's columns, "
              "then ours) or geojson (one Feature per event).")
@click.option("--json", "as_json", is_flag=True, help="The same as --format json.")
def parse_command(file, published, fmt, as_json):
    """Print the places, dates and events found in one article."""
    doc = _parse_all(_load([file], published, None, None, None))[0]
    if as_json or fmt == "json":
        click.echo(json.dumps(doc.to_dict(), ensure_ascii=False, indent=1))
        return
    if fmt == "csv":
        click.echo(doc.to_csv(), nl=False)
        return
    if fmt == "geojson":
        from .export import dumps_geojson

        click.echo(dumps_geojson(doc.to_geojson(), indent=1))
        return
    click.echo(f"Article {doc.article.id}  published {doc.article.published or '?'}")
    click.echo("Places:")
    for m in doc.mentions:
        where = (f"{m.place.name} ({m.place.kind}, {m.place.country}) precision {m.geo_precision}"
                 if m.resolved else "unresolved")
        click.echo(f"  {m.start:>5}  {m.area_text or m.text}  →  {where}")
    click.echo("Events:")
    for e in doc.events:
        where = (f"{e.place.name} p{e.geo_precision} ({e.place_role})" if e.located
                 else f"({e.place.name}: not drawn)" if e.place else "—")
        report = f"  [{e.report}]" if e.report != "new" else ""
        click.echo(f"  {e.date or '?'} t{e.time_precision or '?'}  {e.label_en:<16} {e.status:<10} {where:<34} "
                   f"«{e.trigger}» ×{len(e.evidence)}{report}")
        who = " / ".join(a.label for a in (e.actor1, e.actor2) if a)
        if who or e.fatalities is not None:
            dead = "" if e.fatalities is None else f"  fatalities {e.fatalities}" + (
                f"–{e.fatalities_max}" if e.fatalities_max else "")
            click.echo(f"      {who}{dead}")


def _db_option(f):
    return click.option("--db", "db_path", metavar="PATH|URL", default=None,
                        help="The event store: an SQLite file, or a PostgreSQL + PostGIS database "
                             "(postgresql://user:password@host:5432/dbname). Default: $GEOMAP_DB, else "
                             "events.sqlite in the user data folder.")(f)


@main.command("ingest")
@click.argument("paths", nargs=-1, required=True, type=click.Path())
@_db_option
@_published_option
@click.option("-j", "--jobs", type=click.IntRange(1, 64), default=None,
              help="Parser processes (default: the number of CPUs, at most 4).")
@click.option("--limit", type=click.IntRange(1), default=None, help="Stop after this many articles.")
@click.option("--progress/--no-progress", default=None,
              help="Show a progress bar (default: when stderr is a terminal).")
@click.option("--scheduler", metavar="tcp://HOST:8786", default=None,
              help="Parse on this Dask cluster (`dask scheduler`, `dask worker`) instead of local "
                   "processes; its workers need the same gazetteer as this machine.")
def ingest_command(paths, db_path, published, jobs, limit, progress, scheduler):
    """Parse articles and store their events (files or folders of .txt, .html, .json, .jsonl(.gz)).

    Prints one line per file or record that failed, without stopping, and a
    summary at the end. Exit status 1 when anything failed.
    """
    import itertools
    import os

    from tqdm import tqdm

    from .dates import parse_published
    from .ingest import Failure, count, expand, ingest, read_paths
    from .store import EventStore

    if published:
        published = parse_published(published).isoformat()
    if not expand(paths):
        raise click.ClickException("no article files found (.txt, .html, .json, .jsonl, .jsonl.gz)")
    store = EventStore(db_path)
    total = count(paths)
    if limit:
        total = min(total, limit) if total is not None else limit
    items = read_paths(paths)
    if limit:
        items = itertools.islice(items, limit)
    jobs = jobs or min(os.cpu_count() or 1, 4)
    bar = tqdm(total=total, unit="article", desc="Ingesting", file=sys.stderr,
               disable=None if progress is None else not progress, dynamic_ncols=True)

    def on_result(origin, outcome):
        bar.update(1)
        if isinstance(outcome, Failure):
            bar.write(f"failed: {outcome}", file=sys.stderr)

    try:
        if scheduler:
            from .ingest.dask import ingest_on_cluster

            summary = ingest_on_cluster(items, store, scheduler, published=published, on_result=on_result)
        else:
            summary = ingest(items, store, published=published, jobs=jobs, on_result=on_result)
    except KeyboardInterrupt:
        bar.close()
        click.echo("interrupted: every article stored so far is complete", err=True)
        raise SystemExit(130) from None
    finally:
        bar.close()
        store.close()
    click.echo(f"event store: {store.location}" + (f" (parsed on the Dask cluster at {scheduler})"
                                                    if scheduler else ""))
    for line in summary.lines():
        click.echo("  " + line)
    if summary.failures:
        raise SystemExit(1)


@main.command("serve")
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", default=5000, show_default=True, type=int)
@_db_option
@click.option("--threads", default=4, show_default=True, type=int)
def serve_command(host, port, db_path, threads):
    """Serve the web app and its API with waitress (a production WSGI server)."""
    from gazetteer import open_default
    from waitress import serve

    from .parser import warm_up
    from .web import create_app

    warm_up(open_default())     # build the gazetteer and the parser's tables before the first request
    app = create_app({"GEOMAP_DB": db_path, "GEOMAP_HOST": host})
    click.echo(f"geomap serving on http://{host}:{port}/  events: {app.extensions['geomap_store'].location}  "
               "(Ctrl+C to stop)")
    hosts = app.config["ALLOWED_HOSTS"]
    if hosts is not None and not app.config.get("GEOMAP_ALLOWED_HOSTS"):
        click.echo(f"answering for the hosts {', '.join(sorted(hosts))}; set GEOMAP_ALLOWED_HOSTS to "
                   "reach it by another name")
    # Responses up to 8 MB (a page of 1,000 events, the map's payload) stay in memory instead of
    # going through a temporary file (waitress spills anything over 1 MB by default). Bodies over
    # the largest the app takes are refused by waitress before it buffers them (default 1 GB).
    try:
        serve(app, host=host, port=port, threads=threads, ident="geomap", outbuf_overflow=8 * 1024 * 1024,
              max_request_body_size=app.config["MAX_CONTENT_LENGTH"] + 64 * 1024)
    except OSError as exc:           # the port is taken, or the address is not this machine's
        raise click.ClickException(f"cannot listen on {host}:{port}: {exc.strerror or exc}; "
                                   "choose another --port (or stop what uses it)") from None


@main.group("store")
def store_group():
    """Manage event stores (SQLite files, PostgreSQL + PostGIS databases)."""


@store_group.command("copy")
@click.argument("source", type=click.Path(exists=True, dir_okay=False))
@click.argument("target", metavar="postgresql://…")
def store_copy_command(source, target):
    """Copy an SQLite event store into an empty PostGIS store (rows and ids as they are)."""
    from .store import EventStore, is_url
    from .store.copy import copy_store

    if not is_url(target):
        raise click.ClickException("the target must be a postgresql:// URL (an empty PostGIS store)")
    with EventStore(source) as src, EventStore(target) as dst:
        if src.backend != "sqlite":
            raise click.ClickException("the source must be an SQLite event store file")
        click.echo(f"copying {src.location} into {dst.location}…")
        counts = copy_store(src, dst, echo=click.echo)
        stats = dst.stats()
    click.echo(f"done: {stats['articles']:,} articles, {stats['events']:,} events "
               f"({counts['mentions']:,} mentions, {counts['places']:,} places)")


def _register_subcommands() -> None:
    """Command groups that live with the package they drive."""
    from gazetteer.cli import gazetteer_group

    from .bench.cli import bench_group
    from .evaluation.cli import eval_group
    from .model_cli import model_group

    main.add_command(gazetteer_group)
    main.add_command(eval_group)
    main.add_command(model_group)
    main.add_command(bench_group)


_register_subcommands()




@main.group("incidents")
def incidents_group():
    """Incidents: one per happening, grouping the events of many articles."""


@incidents_group.command("rebuild")
@_db_option
def incidents_rebuild_command(db_path):
    """Match every stored event again, in the order stored (after the matching rules changed)."""
    from tqdm import tqdm

    from .store import EventStore

    with EventStore(db_path) as store:
        bar = tqdm(total=None, unit="article", desc="Matching", file=sys.stderr, dynamic_ncols=True)

        def progress(n, total):
            bar.total = total
            bar.update(1)

        made = store.rebuild_incidents(progress)
        bar.close()
        stats = store.stats()
    click.echo(f"{stats['events']:,} events → {made:,} incidents in {store.location}")


@incidents_group.command("show")
@click.argument("incident_id", type=int)
@_db_option
def incidents_show_command(incident_id, db_path):
    """One incident: what, where, when, and every source with its sentence and merge scores."""
    import json as _json

    from .errors import NotFound
    from .store import EventStore

    with EventStore(db_path) as store:
        try:
            feature = store.incident(incident_id)
        except NotFound as exc:
            raise click.ClickException(str(exc)) from None
    p = feature["properties"]
    click.echo(f"incident {incident_id}: {p['kind']} on {p['date']} at {p['place']} "
               f"(precision {p['geo_precision']}), {p['n_sources']} sources, confidence {p['confidence']}")
    for s in p["sources"]:
        click.echo(f"  - {s['source']} {s['published']} {s['url'] or ''}")
        click.echo(f"    {s['sentence']}")
        if s.get("match"):
            click.echo(f"    match: {_json.dumps(s['match'], ensure_ascii=False)}")


if __name__ == "__main__":      # after every command is defined (python -m geomap.cli incidents …)
    main()
