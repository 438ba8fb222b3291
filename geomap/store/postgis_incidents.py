"""Incidents in the PostGIS store: the GiST candidate query (each event's extent, ``&&``, and
its days) and the writes, inside the transaction that writes an article (see
:mod:`geomap.incidents.update`)."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable

from ..incidents.aggregate import INCIDENT_COLUMNS, FeatureCache, incident_columns
from ..incidents.facts import Facts, facts_from_text
from ..incidents.update import Rebuildable, grouped
from .rows import EventRow, dumps

ENVELOPE = "ST_MakeEnvelope(%s::float8, %s::float8, %s::float8, %s::float8, 4326)"


def extent_values(facts: Facts | None, incident_id: int | None) -> tuple:
    """west, south, east, north, first and last day as the events table keeps them (all None
    for an event that is in no incident or may not be matched)."""
    box, days = (facts.extent(), facts.indexed_days()) if facts and incident_id is not None else (None, None)
    if not box or not days:
        return (None,) * 6
    return (*box, *days)


class PostGISIncidents(Rebuildable):
    """Incident tables over a psycopg connection with an open transaction."""

    def __init__(self, conn, members: FeatureCache | None = None):
        self.conn = conn
        self.members_cache = members if members is not None else FeatureCache(0)   # the store's, kept between saves

    def near(self, facts: Facts, kinds: tuple[str, ...]) -> dict[int, list[Facts]]:
        box, days = facts.extent(), facts.indexed_days()
        if not box or not days:
            return {}
        rows = self.conn.execute(
            f"SELECT incident_id, facts, article_id FROM events WHERE extent && {ENVELOPE} AND day_lo <= %s AND day_hi >= %s "
            "AND kind = ANY(%s) AND article_id <> %s AND incident_id IS NOT NULL",
            (*box, days[1], days[0], list(kinds), facts.article)).fetchall()
        return grouped(rows)

    def unplaced(self, facts: Facts, kinds: tuple[str, ...], days: tuple[int, int]) -> dict[int, list[Facts]]:
        first, last = (dt.date.fromordinal(d) for d in days)
        rows = self.conn.execute(
            # events_kind_date: unplaced events have no extent
            "SELECT incident_id, facts, article_id FROM events WHERE kind = ANY(%s) AND date BETWEEN %s AND %s "
            "AND lat IS NULL AND article_id <> %s AND incident_id IS NOT NULL "
            "AND place_id IS NOT DISTINCT FROM %s",     # the same country (or none): the only ones that may match
            (list(kinds), first, last, facts.article, facts.place_id)).fetchall()
        return grouped(rows)

    def members(self, incident_ids: Iterable[int]) -> dict[int, list[Facts]]:
        ids = list(incident_ids)
        out: dict[int, list[Facts]] = {i: [] for i in ids}
        for incident_id, stored, article_id in self.conn.execute(
                "SELECT incident_id, facts, article_id FROM events WHERE incident_id = ANY(%s) ORDER BY id", (ids,)):
            out[incident_id].append(facts_from_text(stored, article_id))
        return out

    def create(self, facts: Facts) -> int:
        # An id only: the row is written once, by write()
        return self.conn.execute("SELECT nextval(pg_get_serial_sequence('incidents', 'id'))").fetchone()[0]

    def records(self, incident_id: int) -> list[tuple[dict, dict | None]]:
        rows = self.conn.execute("SELECT id, event_key, article_id, incident_link FROM events WHERE incident_id = %s "
                                 "ORDER BY id", (incident_id,)).fetchall()
        features = {r[0]: self.members_cache.get((r[1], r[2])) for r in rows}
        missing = {event_id for event_id, feature in features.items() if feature is None}
        if missing:
            for event_id, text in self.conn.execute("SELECT event_id, feature::text FROM event_records "
                                                    "WHERE event_id = ANY(%s)", (list(missing),)).fetchall():
                features[event_id] = json.loads(text)
            for event_id, key, article_id, _ in rows:
                if event_id in missing:
                    self.members_cache.put((key, article_id), features[event_id])
        return [(features[event_id], self.members_cache.link(link)) for event_id, _, _, link in rows]

    def write(self, incident_id: int, feature: dict, summary: dict, text: str | None = None) -> None:
        values = incident_columns(feature)
        lon, lat = values[INCIDENT_COLUMNS.index("lon")], values[INCIDENT_COLUMNS.index("lat")]
        names = ", ".join(INCIDENT_COLUMNS)
        sets = ", ".join(f"{c} = excluded.{c}" for c in INCIDENT_COLUMNS + ("summary", "feature", "geom"))
        self.conn.execute(
            f"INSERT INTO incidents (id, {names}, summary, feature, geom) VALUES (%s{', %s' * len(INCIDENT_COLUMNS)}, "
            "%s, %s, ST_SetSRID(ST_MakePoint(%s::float8, %s::float8), 4326)) "
            f"ON CONFLICT (id) DO UPDATE SET {sets}",
            (incident_id, *values, dumps(summary), text or dumps(feature), lon, lat))

    def drop(self, incident_id: int) -> None:
        self.conn.execute("DELETE FROM incidents WHERE id = %s", (incident_id,))

    def detach(self, incident_id: int) -> None:
        self.conn.execute("UPDATE events SET incident_id = NULL WHERE incident_id = %s", (incident_id,))

    def of_article(self, article_id: int) -> set[int]:
        return {r[0] for r in self.conn.execute(
            "SELECT DISTINCT incident_id FROM events WHERE article_id = %s AND incident_id IS NOT NULL",
            (article_id,))}

    # -- rebuilding --------------------------------------------------------------------------

    def reset(self) -> None:
        self.conn.execute("UPDATE events SET incident_id = NULL, incident_link = NULL, extent = NULL, "
                          "day_lo = NULL, day_hi = NULL")
        self.conn.execute("DELETE FROM incidents")

    def articles(self) -> list[int]:
        return [r[0] for r in self.conn.execute(
            "SELECT article_id FROM events GROUP BY article_id ORDER BY min(id)")]

    def stored_events(self, article_id: int) -> list[dict]:
        return [json.loads(r[0]) for r in self.conn.execute(
            "SELECT r.feature::text FROM events e JOIN event_records r ON r.event_id = e.id "
            "WHERE e.article_id = %s ORDER BY e.id", (article_id,))]

    def assign_stored(self, article_id: int, decisions, *, index: bool = True) -> None:
        for d in decisions:
            event_id, summary, feature = self.conn.execute(
                "SELECT e.id, e.summary, r.feature::text FROM events e JOIN event_records r ON r.event_id = e.id "
                "WHERE e.event_key = %s", (d.facts.key,)).fetchone()
            summary, feature = json.loads(summary), json.loads(feature)
            summary["properties"]["incident_id"] = feature["properties"]["incident_id"] = d.incident
            self.conn.execute(
                "UPDATE events SET incident_id = %s, incident_link = %s, facts = %s, summary = %s WHERE id = %s",
                (d.incident, dumps(d.link) if not d.skip else None, dumps(d.facts.to_json()), dumps(summary),
                 event_id))
            if index:
                w, s, e, n, lo, hi = extent_values(d.facts, d.incident)
                self.conn.execute(f"UPDATE events SET extent = {ENVELOPE}, day_lo = %s, day_hi = %s WHERE id = %s",
                                  (w, s, e, n, lo, hi, event_id))
            self.conn.execute("UPDATE event_records SET feature = %s WHERE event_id = %s", (dumps(feature), event_id))


def event_incident_params(row: EventRow) -> dict:
    """The incident columns of an event row, as the events INSERT names them."""
    w, s, e, n, lo, hi = extent_values(row.facts, row.incident_id)
    incident_id, facts, link = row.incident_columns()
    return {"incident_id": incident_id, "facts": facts, "link": link,
            "xw": w, "xs": s, "xe": e, "xn": n, "day_lo": lo, "day_hi": hi}
