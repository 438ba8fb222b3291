"""``geomap eval …``: evaluation commands (tables by default, ``--json`` for machines)."""

from __future__ import annotations

import json
from pathlib import Path

import click

from .checkout import (EVENTS_2015_GOLD, EVENTS_2015B_GOLD, EVENTS_GOLD, PROBES, SEED_ARTICLE, SEED_GOLD,
                       checkout_path)
from .metrics import table


def default_data_dir() -> Path:
    """``../shared`` beside the checkout (the current directory's parent first)."""
    for base in (Path.cwd(), Path(__file__).resolve().parents[2]):       # the checkout
        candidate = base.parent / "shared"
        if candidate.is_dir():
            return candidate
    return Path.cwd().parent / "shared"


@click.group("eval")
def eval_group():
    """Measure recognition, resolution and events against gold data."""


@eval_group.command("seed")
@click.option("--gold", type=click.Path(exists=True, dir_okay=False), default=None,
              help=f"Our gold for the reference article (default: {SEED_GOLD} of the checkout).")
@click.option("--article", type=click.Path(exists=True, dir_okay=False), default=None,
              help=f"The reference article (default: {SEED_ARTICLE} of the checkout).")
@click.option("--json", "as_json", is_flag=True)
def eval_seed(gold, article, as_json):
    """Places, dates and events of the reference article against our gold."""
    from gazetteer import open_default

    from .seed import evaluate_seed

    gold = Path(gold) if gold else checkout_path(SEED_GOLD, "--gold")
    article = Path(article) if article else checkout_path(SEED_ARTICLE, "--article")
    result = evaluate_seed(gold, article, open_default())
    if as_json:
        click.echo(json.dumps(result, ensure_ascii=False, indent=1))
        return
    rows = [dict(stage="places: recognition", **result["places"]["recognition"]),
            dict(stage="places: resolution", **result["places"]["resolution"])]
    click.echo(table(rows, ["stage", "tp", "fp", "fn", "precision", "recall", "f1"]))
    click.echo(f"not-places wrongly found: {result['places']['not_places_found']}")
    d, e = result["dates"], result["events"]
    click.echo(f"dates: {d['correct']}/{d['gold']} correct")
    click.echo(f"events: {e['found']}/{e['gold']} gold events found; {e['produced']} produced, "
               f"{e['located']} located, {e['in_wrong_place']} in a wrong place")
    for line in result["errors"]:
        click.echo(f"  - {line}")


def _data_option(f):
    return click.option("--data", type=click.Path(file_okay=False, path_type=Path), default=None,
                        help="Folder holding corpora/ (default: ../shared).")(f)


_RECOGNITION_CORPORA = ["ours", "anercorp", "aqmar", "newsfane", "idrisi-r", "all"]


@eval_group.command("recognition")
@click.option("--corpus", required=True, type=click.Choice(_RECOGNITION_CORPORA),
              help="ours: the events gold of issues 11/17 (tests/gold/events_2015); all: ours and the "
                   "four public corpora, one line each.")
@click.option("--split", default=None, help="ours: dev or test (default dev; tune on dev, score test once); "
              "the others: train, dev or test (default: the corpus's evaluation split).")
@_data_option
@click.option("--gold", "gold_dir", type=click.Path(file_okay=False, path_type=Path), default=None,
              help="ours: the folder of gold files (default: tests/gold/events_2015).")
@click.option("--errors", default=0, show_default=True, help="List this many missed and extra mentions.")
@click.option("--limit", default=None, type=int, help="Only the first N samples (a smoke test).")
@click.option("--model", default="auto", show_default=True,
              help="auto (the trained tagger if any), none (rules only), or a model file.")
@click.option("--json", "as_json", is_flag=True)
def eval_recognition(corpus, split, data, gold_dir, errors, limit, model, as_json):
    """Precision, recall and F1 of location mentions (exact span and overlap)."""
    from gazetteer import open_default

    data = data or default_data_dir()
    if corpus == "all":
        _recognition_summary(data, gold_dir, split or "dev", model, as_json)
        return
    if corpus == "ours":
        result = _ours(data, gold_dir, split or "dev", model, errors)
    else:
        from .recognition import evaluate

        result = evaluate(corpus, data, open_default(), split=split, errors=errors, limit=limit, model=model)
    if as_json:
        click.echo(json.dumps(result, ensure_ascii=False, indent=1))
        return
    _print_recognition(result)


def _ours(data: Path, gold_dir: Path | None, split: str, model: str, errors: int = 0) -> dict:
    from gazetteer import open_default

    from .gold2015 import load_gold
    from .ours import evaluate
    from .recognition import _tagger

    if split not in ("dev", "test"):
        raise click.BadParameter(f"ours has a dev and a test half, not {split!r}", param_hint="--split")
    corpus = Path(data) / "corpora" / "saudinewsnet.jsonl.gz"
    if not corpus.is_file():
        raise click.ClickException(f"SaudiNewsNet is not at {corpus}: pass --data with the shared folder")
    gold_dir = gold_dir or checkout_path(EVENTS_2015_GOLD, "--gold")
    gold = load_gold(gold_dir, corpus, split)
    if not gold:
        raise click.ClickException(f"no gold articles of the {split} half in {gold_dir}")
    if not any(g.toponyms or g.not_toponyms for g in gold):
        raise click.ClickException(f"the gold in {gold_dir} marks events only, no toponyms")
    tagger = _tagger(model, "news")
    result = evaluate(gold, open_default(), tagger=tagger, errors=errors)
    result.update(split=split, samples=len(gold), model=str(tagger.path) if tagger else "none (rules only)")
    return result


def _print_recognition(result: dict) -> None:
    click.echo(f"{result['corpus']} {result['split']}: {result['samples']} samples, "
               f"{result['gold_mentions']} gold location mentions, {result['seconds']} s; "
               f"model: {result['model']}")
    rows = [dict(match="exact", **result["exact"]), dict(match="overlap", **result["overlap"])]
    click.echo(table(rows, ["match", "tp", "fp", "fn", "precision", "recall", "f1"]))
    if "by_kind" in result:
        rows = [dict(kind=k, **v) for k, v in result["by_kind"].items()]
        click.echo("by kind (exact; a missed name counts under its gold kind, an extra one under ours):")
        click.echo(table(rows, ["kind", "tp", "fp", "fn", "precision", "recall", "f1"]))
        u = result["unresolved"]
        click.echo(f"names the gazetteer lacks, found: {u['found']}; placed from their context: "
                   f"{u['placed_from_context']} ({u['placed_share']:.0%}); of those with a gold point "
                   f"({u['with_gold_point']}): {u['within_area']} within the area drawn "
                   f"({u['within_area_share']:.0%}), median {u.get('median_km', '-')} km")
        click.echo(f"gold names with only a context (the text says the area): {u['gold_context_cue']}; "
                   f"placed within that area: {u['gold_context_cue_within']} ({u['gold_context_cue_share']:.0%})")
    if "per_event" in result:
        rows = [dict(event=g, p_exact=v["exact"]["precision"], r_exact=v["exact"]["recall"],
                     f1_exact=v["exact"]["f1"], f1_overlap=v["overlap"]["f1"])
                for g, v in result["per_event"].items()]
        rows.append(dict(event="mean", f1_exact=result["mean_f1_exact"], f1_overlap=result["mean_f1_overlap"]))
        click.echo(table(rows, ["event", "p_exact", "r_exact", "f1_exact", "f1_overlap"]))
    for key in ("missed", "extra", "unresolved_found"):
        if result.get(key):
            click.echo(f"{key}:")
            for line in result[key]:
                click.echo(f"  {line}")


def _recognition_summary(data: Path, gold_dir: Path | None, split: str, model: str, as_json: bool) -> None:
    """One line per corpus: ours (the split asked for) and the four public ones (their evaluation
    splits), so that a change seen on ours is seen beside them."""
    from gazetteer import open_default

    from .recognition import evaluate

    rows = []
    ours = _ours(data, gold_dir, split, model)
    rows.append(dict(corpus=f"ours ({split})", **_figures(ours)))
    for name in ("anercorp", "aqmar", "newsfane", "idrisi-r"):
        result = evaluate(name, data, open_default(), model=model)
        figures = _figures(result)
        if "mean_f1_exact" in result:
            figures["f1"] = result["mean_f1_exact"]        # IDRISI-R's figure: the mean over its events
        rows.append(dict(corpus=f"{name} ({result['split']})", **figures))
    if as_json:
        click.echo(json.dumps(rows, ensure_ascii=False, indent=1))
        return
    click.echo(f"recognition, exact spans; model: {ours['model']} (IDRISI-R: F1 is the mean over its events)")
    click.echo(table(rows, ["corpus", "gold", "precision", "recall", "f1"]))


def _figures(result: dict) -> dict:
    e = result["exact"]
    return {"gold": result["gold_mentions"], "precision": e["precision"], "recall": e["recall"], "f1": e["f1"]}


@eval_group.command("names")
@click.option("--corpus", "corpora", multiple=True, required=True,
              type=click.Choice(["anercorp", "aqmar", "newsfane", "idrisi-r"]))
@click.option("--split", default="train", show_default=True)
@_data_option
@click.option("--min-wrong", default=3, show_default=True, help="Show names wrong at least this often.")
@click.option("--max-precision", default=0.5, show_default=True)
def eval_names(corpora, split, data, min_wrong, max_precision):
    """Names we mark that are seldom locations in the gold: blocklist candidates (train splits)."""
    from gazetteer import open_default

    from .recognition import name_precision

    rows = [r for r in name_precision(list(corpora), data or default_data_dir(), open_default(), split=split)
            if r["not_location"] >= min_wrong and r["precision"] <= max_precision]
    click.echo(table(rows, ["name", "location", "not_location", "precision"]))


@eval_group.command("resolution")
@click.option("--corpus", default="idrisi-d", type=click.Choice(["idrisi-d"]), show_default=True)
@click.option("--split", default="dev", show_default=True, type=click.Choice(["train", "dev"]))
@_data_option
@click.option("--model", default="auto", show_default=True,
              help="auto (the trained tweets tagger if any), none (rules only), or a model file.")
@click.option("--limit", default=None, type=int, help="Only the first N tweets (a smoke test).")
@click.option("--errors", default=0, show_default=True, help="List this many placements over 161 km off.")
@click.option("--json", "as_json", is_flag=True)
def eval_resolution(corpus, split, data, model, limit, errors, as_json):
    """Accuracy@161 km, median and mean error of our places against IDRISI-D's OpenStreetMap places."""
    from gazetteer import open_default

    from .resolution import evaluate

    result = evaluate(data or default_data_dir(), open_default(), split=split, model=model,
                      limit=limit, errors=errors)
    if as_json:
        click.echo(json.dumps(result, ensure_ascii=False, indent=1))
        return
    click.echo(f"{result['corpus']} {result['split']}: {result['samples']} tweets, {result['gold_mentions']} "
               f"gold mentions, {result['seconds']} s; model: {result['model']}")
    rows = [dict(type=k, **v) for k, v in result["per_type"].items()]
    click.echo(table(rows, ["type", "gold", "recognised", "resolved", "gazetteer_lacks",
                            "acc@161km", "median_km", "mean_km", "right_country"]))
    big = result["city_or_larger"]
    click.echo(f"city or larger: {big.get('n', 0)} resolved of {big['gold']} gold; "
               f"acc@161km {big.get('acc@161km', 0):.3f}, median {big.get('median_km', '-')} km, "
               f"mean {big.get('mean_km', '-')} km")
    a = result["all_resolved"]
    click.echo(f"all types: {a.get('n', 0)} resolved; acc@161km {a.get('acc@161km', 0):.3f}, "
               f"median {a.get('median_km', '-')} km, mean {a.get('mean_km', '-')} km")
    for line in result.get("far", []):
        click.echo(f"  - {line}")


@eval_group.command("events")
@click.option("--split", type=click.Choice(["dev", "test", "all"]), default="dev", show_default=True,
              help="Half of the issue-11 gold (tests/gold/events_2015): tune on dev, score test once.")
@click.option("--regression", is_flag=True,
              help="Instead: the seed and the 12 SaudiNewsNet reports of tests/gold/events_saudinewsnet.json "
                   "(tuned on: a regression check, not a quality figure).")
@click.option("--gold", type=click.Path(exists=True, dir_okay=False), default=None,
              help="With --regression: the gold events for SaudiNewsNet reports (ids and labels only; "
                   f"default: {EVENTS_GOLD} of the checkout).")
@click.option("--seed-gold", type=click.Path(exists=True, dir_okay=False), default=None,
              help=f"With --regression: our gold for the reference article (default: {SEED_GOLD}).")
@click.option("--article", type=click.Path(exists=True, dir_okay=False), default=None,
              help=f"With --regression: the reference article (default: {SEED_ARTICLE}).")
@click.option("--data", type=click.Path(file_okay=False), default=None,
              help="The shared data folder (default: ../shared beside the checkout).")
@click.option("--errors", "show_errors", is_flag=True, help="List every error (not with --split test: "
              "the test half is scored, not studied).")
@click.option("--gold-dir", type=click.Path(file_okay=False, path_type=Path), default=None,
              help=f"The folder of gold files (default: {EVENTS_2015_GOLD}; the second batch, events only: "
                   f"{EVENTS_2015B_GOLD}).")
@click.option("--json", "as_json", is_flag=True)
def eval_events(split, regression, gold, seed_gold, article, data, show_errors, gold_dir, as_json):
    """Events against hand-made gold: on the map (precision, recall, F1: same ACLED type within
    50 km), per gold event (type, place within 25 km, date, time precision, duplicates), and
    background as news, violent events in non-conflict articles, events on continents."""
    from gazetteer import open_default

    corpus = Path(data or default_data_dir()) / "corpora" / "saudinewsnet.jsonl.gz"
    if not corpus.is_file():
        raise click.ClickException(f"SaudiNewsNet is not at {corpus}: pass --data with the shared folder")
    if regression:
        _regression_events(Path(gold) if gold else checkout_path(EVENTS_GOLD, "--gold"), corpus,
                           Path(seed_gold) if seed_gold else checkout_path(SEED_GOLD, "--seed-gold"),
                           Path(article) if article else checkout_path(SEED_ARTICLE, "--article"), as_json)
        return
    from .gold2015 import load_gold
    from .trust import evaluate

    gold_dir = gold_dir or checkout_path(EVENTS_2015_GOLD)
    articles = load_gold(gold_dir, corpus, split)
    if not articles:
        raise click.ClickException(f"no gold articles of the {split} half in {gold_dir}")
    result = evaluate(articles, open_default())
    if as_json:
        click.echo(json.dumps(result, ensure_ascii=False, indent=1))
        return
    click.echo(table(result["articles"], ["article", "topic", "gold", "drawn", "right", "wrong", "missed",
                                          "found", "violent_false", "background_as_news"]))
    s = result["summary"]
    click.echo(f"\nsplit {split}: {s['articles']} articles ({s['conflict_articles']} about conflict), "
               f"{s['gold_events']} gold events, {s['gold_on_map']} of them new and placed; "
               f"{s['produced']} produced, {s['drawn']} drawn on the map")
    click.echo(f"on the map (same ACLED type within 50 km): precision {s['precision']:.3f}  "
               f"recall {s['recall']:.3f}  F1 {s['f1']:.3f}  (gold events covered; counted as before "
               f"session 24, right drawn events over them and the missed: recall {s['recall_before_s24']:.3f})")
    v = s["likely_view"]
    click.echo(f"only events of confidence >= {v['confidence_at_least']} ({v['drawn']} drawn): precision "
               f"{v['precision']:.3f}  recall {v['recall']:.3f}  F1 {v['f1']:.3f}")
    click.echo(f"gold events found {s['found']}/{s['gold_events']}; of those: type {s['type_accuracy']:.3f}, "
               f"place within 25 km {s['place_within_25km']:.3f}, date exact {s['date_exact']:.3f}, "
               f"time precision right {s['time_precision_right']:.3f}; duplicates {s['duplicates']}")
    click.echo(f"background told as news: {s['background_as_news']}; false violent events per 100 "
               f"non-conflict articles: {s['false_violent_per_100_other']} (every violent event, gold ones "
               f"too: {s['violent_per_100_other']}); drawn on a continent or ocean: "
               f"{s['drawn_on_continent_or_ocean']}")
    if show_errors and split != "test":
        for line in result["errors"]:
            click.echo(f"  - {line}")


def _regression_events(gold: Path, corpus: Path, seed_gold: Path, article: Path, as_json: bool) -> None:
    from gazetteer import open_default

    from .events import evaluate_events, gold_cases

    cases = gold_cases(gold, corpus, seed_gold, article)
    result = evaluate_events(cases, open_default())
    if as_json:
        click.echo(json.dumps(result, ensure_ascii=False, indent=1))
        return
    click.echo(table(result["articles"], ["article", "gold", "found", "type_ok", "place_ok", "date_ok",
                                          "duplicates", "conflated", "produced", "unmatched"]))
    s = result["summary"]
    click.echo(f"\n{s['articles']} articles, {s['gold_events']} gold events: found {s['found']} "
               f"(recall {s['recall']:.3f}); of those found: type accuracy {s['type_accuracy']:.3f} "
               f"(sub-event type {s['sub_type_accuracy']:.3f}), place within 25 km {s['place_within_25km']:.3f}, "
               f"date exact {s['date_exact']:.3f}; duplicates {s['duplicates']}, conflated {s['conflated']}; "
               f"{s['produced']} produced, {s['produced_not_in_gold']} not in the gold")
    for line in result["errors"]:
        click.echo(f"  - {line}")


@eval_group.command("probes")
@click.option("--dir", "root", type=click.Path(file_okay=False, path_type=Path), default=None,
              help=f"The folder of probe sets (default: {PROBES} of the checkout).")
@click.option("--set", "only", multiple=True, help="Only this set (probe13 …); repeat for more.")
@click.option("--min-confidence", type=float, default=0.0, show_default=True,
              help="Score only the events at least this likely (what the map's confidence choice draws).")
@click.option("--errors", "show_errors", is_flag=True, help="List every wrong drawn event.")
@click.option("--json", "as_json", is_flag=True)
def eval_probes(root, only, min_confidence, show_errors, as_json):
    """Events on the probe sets: reports written in other outlets' styles and years, gold written
    before any run (precision, recall, F1: same ACLED type within 50 km; date exact; false violent
    events per 100 reports not about armed conflict)."""
    from gazetteer import open_default

    from .probes import evaluate

    result = evaluate(root or checkout_path(PROBES, "--dir"), open_default(), tuple(only), min_confidence)
    if as_json:
        click.echo(json.dumps(result, ensure_ascii=False, indent=1))
        return
    click.echo(table(result["sets"] + [result["all"]], ["set", "reports", "drawn", "gold", "precision", "recall",
                                                        "f1", "date_exact", "false_violent_per_100_other"]))
    if show_errors:
        for line in result["wrong"]:
            click.echo(f"  - {line}")


@eval_group.command("incidents")
@click.option("--split", default="dev", show_default=True, type=click.Choice(["dev", "test", "all"]),
              help="dev to tune on; test once, at the end (the pairs' split is fixed by a hash).")
@click.option("--db", "db_path", metavar="PATH|URL", default=None,
              help="A store holding the SaudiNewsNet ingest (default: ingest the corpus into a new "
                   "temporary store first, a few minutes).")
@click.option("--rebuild", is_flag=True, help="Match the store's events again with today's rules first.")
@click.option("--pairs", type=click.Path(exists=True, dir_okay=False, path_type=Path), default=None,
              help="The labelled pairs (default: tests/gold/incident_pairs.tsv).")
@_data_option
@click.option("--errors", is_flag=True, help="List the pairs merged wrongly and those missed.")
@click.option("--json", "as_json", is_flag=True)
def eval_incidents(split, db_path, rebuild, pairs, data, errors, as_json):
    """Merge precision and recall on hand-labelled pairs of SaudiNewsNet events, and events → incidents."""
    from .incidents import corpus_ids_by_url, default_pairs_path, evaluate, load_pairs

    data = data or default_data_dir()
    corpus = data / "corpora" / "saudinewsnet.jsonl.gz"
    if not corpus.is_file():
        raise click.ClickException(f"{corpus} is missing: geomap eval incidents reads SaudiNewsNet from --data")
    with _incident_store(db_path, data) as store:
        if rebuild:
            click.echo("matching every stored event again…", err=True)
            store.rebuild_incidents()
        urls = {v: k for k, v in corpus_ids_by_url(data).items()}
        result = evaluate(store, load_pairs(pairs or default_pairs_path(), split), urls)
        stats = store.stats()
    result["split"] = split
    result["store"] = {"articles": stats["articles"], "events": stats["events"], "incidents": stats["incidents"]}
    if as_json:
        click.echo(json.dumps(result, ensure_ascii=False, indent=1))
        return
    click.echo(f"incident merges, {split} pairs: {result['pairs']} labelled "
               f"({result['missing']} not found in the store)")
    columns = ["pairs", "tp", "fp", "fn", "tn", "precision", "recall"]
    rows = [{"pairs": f"drawn {sampled}", **counts}
            for sampled, counts in result["by_sample"].items()]
    click.echo(table([*rows, {**result, "pairs": "all"}], columns))
    s = result["store"]
    click.echo(f"whole store: {s['articles']:,} articles, {s['events']:,} events → {s['incidents']:,} incidents "
               f"({s['events'] / max(s['incidents'], 1):.3f} events per incident)")
    if errors:
        for e in result["errors"]:
            click.echo(f"  pair {e['pair']}: {e['outcome']} {e['a']} / {e['b']} incidents {e['incidents']} {e['note']}")


def _incident_store(db_path, data: Path):
    """The store to evaluate: the one given, or the corpus ingested into a new temporary one."""
    import contextlib
    import tempfile

    from ..store import EventStore

    if db_path:
        return EventStore(db_path)

    @contextlib.contextmanager
    def ingested():
        from ..ingest import ingest, read_paths

        with tempfile.TemporaryDirectory(prefix="geomap-eval-incidents-") as tmp:
            store = EventStore(Path(tmp) / "events.sqlite")
            click.echo("ingesting SaudiNewsNet into a temporary store (a few minutes)…", err=True)
            ingest(read_paths([data / "corpora" / "saudinewsnet.jsonl.gz"]), store)
            try:
                yield store
            finally:
                store.close()

    return ingested()


@eval_group.command("sections")
@click.option("--split", type=click.Choice(["dev", "test"]), default="dev", show_default=True,
              help="Half of the articles (the number after # even: dev, odd: test): tune on dev, score test once.")
@click.option("--data", type=click.Path(file_okay=False), default=None,
              help="The shared data folder (default: ../shared beside the checkout).")
@click.option("--errors", "show_errors", is_flag=True, help="List every violent event drawn (not with --split test).")
@click.option("--json", "as_json", is_flag=True)
def eval_sections(split, data, show_errors, as_json):
    """Violent events drawn per 100 SaudiNewsNet articles that the outlets filed under sport,
    culture, economy or technology (issue 11, class 2), gold articles left out."""
    from gazetteer import open_default

    from .sections import evaluate, gold_ids

    corpus = Path(data or default_data_dir()) / "corpora" / "saudinewsnet.jsonl.gz"
    if not corpus.is_file():
        raise click.ClickException(f"SaudiNewsNet is not at {corpus}: pass --data with the shared folder")
    skip = gold_ids(checkout_path("tests/gold"))
    result = evaluate(corpus, open_default(), split, skip, errors=show_errors and split != "test")
    if as_json:
        click.echo(json.dumps(result, ensure_ascii=False, indent=1))
        return
    click.echo(table(result["sections"], ["section", "articles", "violent_drawn", "per_100"]))
    click.echo(f"\nsplit {split}: {result['articles']} articles filed outside conflict by their outlets "
               f"({result['unreadable']} empty or not Arabic left out); {result['violent_drawn']} violent "
               f"events drawn, {result['per_100']} per 100 articles")
    for line in result["events"]:
        click.echo(f"  - {line}")


@eval_group.command("far-places")
@click.option("--db", "db_path", type=click.Path(dir_okay=False), default=None,
              help="The event store (default: $GEOMAP_DB, else events.sqlite in the user data folder).")
@click.option("--top", default=40, show_default=True)
@click.option("--json", "as_json", is_flag=True)
def eval_far_places(db_path, top, as_json):
    """The places outside the Middle East and North Africa with the most events drawn (after
    `geomap ingest` of a corpus): where foreign namesakes and sport news would show up."""
    import os

    from ..store import EventStore, default_db_path
    from .far import far_places

    store = EventStore(db_path or os.environ.get("GEOMAP_DB") or str(default_db_path()))
    result = far_places(store, top)
    if as_json:
        click.echo(json.dumps(result, ensure_ascii=False, indent=1))
        return
    click.echo(f"{result['drawn']:,} events drawn; {result['outside_mena']:,} outside the Middle East and "
               f"North Africa ({100 * result['outside_mena'] / max(1, result['drawn']):.1f} %)")
    rows = [{"events": r["events"], "place": r["place"], "country": r["country"],
             "as written": r["location_text"], "kinds": ", ".join(f"{k} {n}" for k, n in r["kinds"].items())}
            for r in result["places"]]
    click.echo(table(rows, ["events", "place", "country", "as written", "kinds"]))
