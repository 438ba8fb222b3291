"""Incidents in the SQLite store: the R*Tree candidate query and the writes, inside the
transaction that writes an article (see :mod:`geomap.incidents.update`)."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from collections.abc import Iterable

from ..incidents.aggregate import INCIDENT_COLUMNS, FeatureCache, incident_columns
from ..incidents.facts import Facts, facts_from_text, kind_code, word_signature
from ..incidents.update import Rebuildable, grouped, may_retell
from .rows import EventRow, dumps

# The unplaced events (not in the R*Tree) of some kinds, of a place (a country, or none: the only
# ones that may match) and days, through the partial index events_unplaced, which holds all that
# a first look at them needs (incident, article, word count and signature).
UNPLACED = ("FROM events WHERE kind IN ({kinds}) AND place_id IS ? AND date BETWEEN ? AND ? AND lat IS NULL "
            "AND article_id != ? AND incident_id IS NOT NULL")


def word_columns(facts: Facts | None) -> tuple:
    """word_count, word_bits_lo, word_bits_hi: the event's words as the store indexes them."""
    return word_signature(facts.words) if facts is not None else (None, None, None)


class SQLiteIncidents(Rebuildable):
    """Incident tables over an SQLite connection with an open write transaction."""

    def __init__(self, db: sqlite3.Connection, members: FeatureCache | None = None):
        self.db = db
        self.members_cache = members if members is not None else FeatureCache(0)   # the store's, kept between saves
        self._next_id: int | None = None

    def near(self, facts: Facts, kinds: tuple[str, ...]) -> dict[int, list[Facts]]:
        box, days = facts.extent(), facts.indexed_days()
        if not box or not days:         # no place or no date: nothing to agree on (see rules.place_score)
            return {}
        rows = []
        for kind in kinds:
            rows += self.db.execute(
                # CROSS JOIN: the R*Tree first (SQLite would otherwise walk every event of the kind)
                "SELECT e.incident_id, e.facts, e.article_id FROM event_extents x CROSS JOIN events e ON e.id = x.id "
                "WHERE x.west <= ? AND x.east >= ? AND x.south <= ? AND x.north >= ? AND x.day_lo <= ? "
                "AND x.day_hi >= ? AND x.kind_lo <= ? AND x.kind_hi >= ? AND e.kind = ? AND e.article_id != ? "
                "AND e.incident_id IS NOT NULL",
                (box[2], box[0], box[3], box[1], days[1], days[0], kind_code(kind), kind_code(kind), kind,
                 facts.article)).fetchall()
        return grouped(rows)

    def unplaced(self, facts: Facts, kinds: tuple[str, ...], days: tuple[int, int]) -> dict[int, list[Facts]]:
        """The incidents with unplaced members of *kinds* at *facts*' place and in *days*, but
        those with a member whose word signature shows *facts* cannot retell it (a first look
        through the index alone, update.may_retell): update.match_article would rule them out by
        that member's words (update.unplaced_apart)."""
        if not facts.words:
            return {}               # a sentence with no words retells none (rules.text_score is 0)
        first, last = (dt.date.fromordinal(d).isoformat() for d in days)
        where = UNPLACED.format(kinds=", ".join("?" * len(kinds)))
        params = (*kinds, facts.place_id, first, last, facts.article)
        may = may_retell(facts)
        kept, ruled_out = set(), set()
        for incident_id, *signature in self.db.execute(
                f"SELECT incident_id, word_count, word_bits_lo, word_bits_hi {where}", params):
            (kept if may(*signature) else ruled_out).add(incident_id)
        kept = sorted(kept - ruled_out)
        rows = []
        for start in range(0, len(kept), 500):
            chunk = kept[start:start + 500]
            rows += self.db.execute(f"SELECT incident_id, facts, article_id {where} "
                                    f"AND incident_id IN ({', '.join('?' * len(chunk))})", (*params, *chunk)).fetchall()
        return grouped(rows)

    def members(self, incident_ids: Iterable[int]) -> dict[int, list[Facts]]:
        ids = list(incident_ids)
        out: dict[int, list[Facts]] = {i: [] for i in ids}
        for start in range(0, len(ids), 500):
            chunk = ids[start:start + 500]
            for incident_id, facts, article_id in self.db.execute(
                    f"SELECT incident_id, facts, article_id FROM events WHERE incident_id IN ({','.join('?' * len(chunk))}) "
                    "ORDER BY id", chunk):
                out[incident_id].append(facts_from_text(facts, article_id))
        return out

    def create(self, facts: Facts) -> int:
        # An id only: the row is written once, by write() (writers take turns: BEGIN IMMEDIATE)
        if self._next_id is None:
            self._next_id = self.db.execute("SELECT coalesce(max(id), 0) + 1 FROM incidents").fetchone()[0]
        self._next_id += 1
        return self._next_id - 1

    def records(self, incident_id: int) -> list[tuple[dict, dict | None]]:
        rows = self.db.execute("SELECT id, event_key, article_id, incident_link FROM events WHERE incident_id = ? "
                               "ORDER BY id", (incident_id,)).fetchall()
        out = []
        for event_id, key, article_id, link in rows:
            feature = self.members_cache.get((key, article_id))
            if feature is None:
                feature = json.loads(self.db.execute("SELECT feature FROM event_records WHERE event_id = ?",
                                                     (event_id,)).fetchone()[0])
                self.members_cache.put((key, article_id), feature)
            out.append((feature, self.members_cache.link(link)))
        return out

    def write(self, incident_id: int, feature: dict, summary: dict, text: str | None = None) -> None:
        names = ", ".join(INCIDENT_COLUMNS)
        sets = ", ".join(f"{c} = excluded.{c}" for c in INCIDENT_COLUMNS + ("summary", "feature"))
        self.db.execute(f"INSERT INTO incidents (id, {names}, summary, feature) VALUES (?{', ?' * (len(INCIDENT_COLUMNS) + 2)}) "
                        f"ON CONFLICT(id) DO UPDATE SET {sets}",
                        (incident_id, *incident_columns(feature), dumps(summary), text or dumps(feature)))

    def drop(self, incident_id: int) -> None:
        self.db.execute("DELETE FROM incidents WHERE id = ?", (incident_id,))

    # -- the article's own rows ------------------------------------------------------------

    def index(self, rows: list[EventRow]) -> None:
        """Put the written events' extents in the R*Tree."""
        values = []
        for r in rows:
            box, days = (r.facts.extent(), r.facts.indexed_days()) if r.facts else (None, None)
            if box and days and r.incident_id is not None:
                code = r.facts.kind_code
                values.append((r.key, box[0], box[2], box[1], box[3], days[0], days[1], code, code))
        self.db.executemany("INSERT INTO event_extents (id, west, east, south, north, day_lo, day_hi, kind_lo, "
                            "kind_hi) VALUES ((SELECT id FROM events WHERE event_key = ?), ?, ?, ?, ?, ?, ?, ?, ?)",
                            values)

    def detach(self, incident_id: int) -> None:
        self.db.execute("UPDATE events SET incident_id = NULL WHERE incident_id = ?", (incident_id,))

    def of_article(self, article_id: int) -> set[int]:
        """The incidents the article's events are in (before it is replaced or deleted)."""
        return {r[0] for r in self.db.execute(
            "SELECT DISTINCT incident_id FROM events WHERE article_id = ? AND incident_id IS NOT NULL", (article_id,))}


    # -- rebuilding and matching again ------------------------------------------------------

    def reset(self) -> None:
        self.db.execute("DELETE FROM event_extents")
        self.db.execute("UPDATE events SET incident_id = NULL, incident_link = NULL")
        self.db.execute("DELETE FROM incidents")

    def articles(self) -> list[int]:
        return [r[0] for r in self.db.execute(
            "SELECT article_id FROM events GROUP BY article_id ORDER BY min(id)")]

    def stored_events(self, article_id: int) -> list[dict]:
        return [json.loads(r[0]) for r in self.db.execute(
            "SELECT r.feature FROM events e JOIN event_records r ON r.event_id = e.id WHERE e.article_id = ? "
            "ORDER BY e.id", (article_id,))]

    def assign_stored(self, article_id: int, decisions, *, index: bool = True) -> None:
        rows = []
        for d in decisions:
            stored = self.db.execute(
                "SELECT e.id, e.summary, r.feature FROM events e JOIN event_records r ON r.event_id = e.id "
                "WHERE e.event_key = ?", (d.facts.key,)).fetchone()
            summary, feature = json.loads(stored[1]), json.loads(stored[2])
            summary["properties"]["incident_id"] = feature["properties"]["incident_id"] = d.incident
            self.db.execute("UPDATE events SET incident_id = ?, incident_link = ?, facts = ?, summary = ?, "
                            "word_count = ?, word_bits_lo = ?, word_bits_hi = ? WHERE id = ?",
                            (d.incident, dumps(d.link) if not d.skip else None, dumps(d.facts.to_json()),
                             dumps(summary), *word_columns(d.facts), stored[0]))
            self.db.execute("UPDATE event_records SET feature = ? WHERE event_id = ?", (dumps(feature), stored[0]))
            rows.append(_Indexed(d.facts.key, d.incident, d.facts))
        if index:
            self.index(rows)


class _Indexed:
    """What :meth:`SQLiteIncidents.index` reads of an event row."""

    def __init__(self, key, incident_id, facts):
        self.key, self.incident_id, self.facts = key, incident_id, facts
