"""Whether two events of different articles may report one happening: a table of small
named rules, each scoring one aspect (kind, status, date, place, actors) from 0 to 1 or
vetoing the pair with its reason. :func:`compare` runs them in order and keeps every score,
so that a merge can always say why it was made.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from gazetteer.once import once
from gazetteer.tables import load

from ..resolve import haversine_km
from .facts import Facts

# How much each aspect weighs in a pair's score (the vetoes and the corroboration rule do the
# deciding; the score ranks the incidents an event could join, and says how sure the merge was).
WEIGHTS = {"kind": 0.1, "status": 0.05, "date": 0.2, "place": 0.25, "actors": 0.1, "text": 0.3}
# The least score a pair needs on top of passing every rule.
THRESHOLD = 0.5
# Sentences this alike (Dice coefficient of their words) tell one happening: most outlets retell
# the same agency report. Tuned on the dev pairs (tests/gold/incident_pairs.tsv).
TEXT_SAME = 0.3
# Sentences this alike are one report told again (republished, or retold the next days): the
# date and a country-wide place may then differ as much as TWIN_DAYS and the whole country.
TEXT_TWIN = 0.6
TWIN_DAYS = 3
# Statements this alike are one report told again even with nothing else to agree on (no place,
# or no speaker named in one): higher than TEXT_TWIN, as condolences and condemnations follow
# one template with another speaker (tuned on the dev pairs). Statements of one speaker named in
# both need only TEXT_TWIN: the speaker tells the template's users apart (a speaker retells its
# statement with more or fewer details, Dice 0.6-0.75).
TEXT_RETOLD_STATEMENT = 0.75
# Reports that agree on the day (both to the day) and the place need less alike sentences: the
# same place (TEXT_SAME_PLACE), or one inside the other's area (TEXT_INSIDE).
TEXT_SAME_PLACE = 0.1
TEXT_INSIDE = 0.15
# Takeovers of one town or quarter (precision 1) this many days apart are one takeover.
TAKEOVER_DAYS = 3
STATUS_GROUPS = {"occurred": "real", "ongoing": "real", None: "real", "proposed": "prospect",
                 "planned": "prospect", "called_for": "prospect", "denied": "denied"}


@dataclass(frozen=True)
class KindRule:
    kind: str
    same_as: frozenset[str]
    actors: str                # any | shared | speaker
    precise_km: float
    lone: bool = False         # the only incident of its kind here and then gathers reports in other words


@once
def kind_rules() -> dict[str, KindRule]:
    """``incident_kinds.tsv``: which kinds may be one happening, and how actors and places must agree."""
    out = {}
    for r in load("incident_kinds.tsv", "geomap"):
        same = frozenset(k for k in r["same_as"].split(",") if k and k != "-") | {r["kind"]}
        if r["actors"] not in ("any", "shared", "speaker"):
            raise ValueError(f"incident_kinds.tsv: unknown actors rule {r['actors']!r} for {r['kind']}")
        out[r["kind"]] = KindRule(r["kind"], same, r["actors"], float(r["precise_km"]), r["lone"] == "yes")
    return out


def rule_for(kind: str) -> KindRule:
    return kind_rules().get(kind) or KindRule(kind, frozenset([kind]), "shared", 15.0)


class Veto(Exception):
    """The pair cannot be one happening; the message says why."""


class Unsaid(Veto):
    """One report does not say what the pair needs to be matched on its own (a meeting's
    participants, a statement's speaker): no contradiction, so the event may still join an
    incident through another member that corroborates it."""


class Misread(Unsaid):
    """The pair disagrees on what the parser read rather than on what the outlets told (a side
    that acts in one report and is hit in the other): it cannot be matched on its own, but an
    incident's other member told in alike words shows the reading was the parser's."""


# -- the rules ---------------------------------------------------------------------------------

def text_score(a: Facts, b: Facts) -> float:
    """How alike the two sentences are: the Dice coefficient of their words.

    >>> from geomap.incidents.facts import sentence_words as w
    >>> f = lambda s: Facts("x", 1, None, "airstrike", None, "new", 1, 1, 0, 0, 1, None, None, None, None, words=w(s))
    >>> text_score(f("غارات التحالف على صعدة"), f("غارات جوية على مدينة صعدة"))
    0.667
    """
    if not a.words or not b.words:
        return 0.0
    return round(2 * len(a.words & b.words) / (len(a.words) + len(b.words)), 3)


def retold(a: Facts, b: Facts, text: float) -> bool:
    """The sentences are one report told again (republished, or retold by another outlet), alike
    enough to stand for a place or participants one of them does not name."""
    return text >= retold_threshold(a.kind, one_speaker(a, b))


def retold_threshold(kind: str, same_speaker: bool = False) -> float:
    """How alike (:func:`text_score`) a report of *kind* and another must be to be one report
    told again: more for statements, whose condolences and condemnations follow one template,
    unless both name the same speaker."""
    if rule_for(kind).actors == "speaker" and not same_speaker:
        return TEXT_RETOLD_STATEMENT
    return TEXT_TWIN


def one_speaker(a: Facts, b: Facts) -> bool:
    """Both statements name who made them (actor1), and it is the same (أدانت رابطة العالم
    الإسلامي … twice; not اسبانيا and البرلمان العربي)."""
    return rule_for(a.kind).actors == "speaker" and any(x.same(y) for x in _acting(a) for y in _acting(b))


def kind_score(a: Facts, b: Facts, text: float = 0.0) -> float:
    """The same kind (1), or kinds an outlet may use for one happening (0.7) told in alike
    sentences (TEXT_SAME): Houthi shelling and a coalition air raid in one governorate on one
    day are two happenings unless the words say it is one report. Told in less alike sentences
    on one day and place (:func:`_one_day_and_place`: a clash in a town, and the positions taken
    in its governorate that day), they do not contradict, but neither do they corroborate each
    other: the report may join an incident only through another member that does."""
    comparable_kinds(a, b)
    if a.kind == b.kind:
        return 1.0
    if text >= TEXT_SAME:
        return 0.7
    if _one_day_and_place(a, b, text):
        raise Unsaid(f"kinds differ ({a.kind}, {b.kind}) and the sentences are too unlike ({text:.2f}) "
                     "to tell one happening on their own (no contradiction: one day and place)")
    raise Veto(f"kinds differ ({a.kind}, {b.kind}) and the sentences are too unlike ({text:.2f}) "
               "to tell one happening")


def _one_day_and_place(a: Facts, b: Facts, text: float) -> bool:
    """Both to the same day, at the same place or one inside the other's area, in sentences
    alike enough for that (TEXT_INSIDE), and no side acting in one that is not in the other."""
    if text < TEXT_INSIDE or not (a.day == b.day and a.time_precision == b.time_precision == 1):
        return False
    try:
        if place_score(a, b, text) < 0.8:
            return False
        _no_reversal(a, b)
    except Veto:
        return False
    return not _other_actor_acted(a, b)


def comparable_kinds(a: Facts, b: Facts) -> None:
    """The same kind, or kinds an outlet may use for one happening (``same_as`` both ways)."""
    if a.kind != b.kind and not (b.kind in rule_for(a.kind).same_as and a.kind in rule_for(b.kind).same_as):
        raise Veto(f"kinds differ ({a.kind}, {b.kind})")


def status_score(a: Facts, b: Facts, text: float = 0.0) -> float:
    """What happened and what was only planned, proposed or denied are not one happening
    (an outlet's "to be held today" and another's "held" are kept apart: tried on the dev
    pairs, letting them meet put two events of one article in the wrong places)."""
    if STATUS_GROUPS.get(a.status, "real") != STATUS_GROUPS.get(b.status, "real"):
        raise Veto(f"status differs ({a.status}, {b.status})")
    return 1.0


def date_score(a: Facts, b: Facts, text: float = 0.0) -> float:
    """The days each may have happened on overlap: 1 for the same known day, less the looser
    the dates; alike sentences (TEXT_SAME) may be dated a day apart (a night, a time zone, one
    outlet counting from the report), one report told again (TEXT_TWIN) up to TWIN_DAYS."""
    da, db = a.days(), b.days()
    if da is None or db is None:
        raise Veto("a report with no date")
    if text >= TEXT_TWIN and abs(a.day - b.day) <= TWIN_DAYS:
        return 1.0 if a.day == b.day else 0.5
    if text >= TEXT_SAME and abs(a.day - b.day) <= 1 and 3 not in (a.time_precision, b.time_precision):
        return 1.0 if a.day == b.day else 0.5
    if abs(a.day - b.day) <= TWIN_DAYS and _same_meeting(a, b):
        return 0.5              # announced for one day, held or reported on another
    if _one_takeover(a, b):
        return 0.5              # a place is taken once: told on the 19th by one outlet, on the 21st by another
    if 3 in (a.time_precision, b.time_precision):
        raise Veto("a report dated only to the month")
    if abs(a.day - b.day) == 1:
        return 0.4              # a day apart: a night, a time zone, "yesterday" counted from another day
    if da[0] > db[1] or db[0] > da[1]:
        raise Veto(f"dates too far apart ({abs(a.day - b.day)} days at time precision "
                   f"{a.time_precision}/{b.time_precision})")
    if a.day == b.day:
        return 1.0 if a.time_precision == b.time_precision == 1 else 0.8
    return 0.6


def _same_meeting(a: Facts, b: Facts) -> bool:
    """A meeting of the same people (two or more named in both, none more in the report that
    names fewer) in the same place: few meet twice in a few days, so the report of its
    announcement and that of its holding are one."""
    if rule_for(a.kind).actors != "shared" or not a.place_id or a.place_id != b.place_id:
        return False
    people_a, people_b = [x for x in a.actors if x.person], [y for y in b.actors if y.person]
    shared = [x for x in people_a if any(x.same(y) for y in people_b)]
    return len(shared) >= 2 and len(shared) == min(len(people_a), len(people_b))


def place_score(a: Facts, b: Facts, text: float = 0.0) -> float:
    """The same place (1); one inside the other's area — a village in the governorate another
    outlet names, a town in the countryside of another — (0.8); two precise places no further
    apart than the kind allows (0.7); no place on either side, one report told again (0.4)."""
    if not a.located or not b.located:
        return _unplaced_score(a, b, text)
    if a.country_wide or b.country_wide:
        if a.place_id == b.place_id and text >= TEXT_TWIN:
            return 0.5
        raise Veto("a whole country is too vague to put with another place (unless both name it "
                   "in one report told again)")
    if a.place_id and a.place_id == b.place_id and a.geo_precision == b.geo_precision:
        return 1.0
    km = haversine_km(a.lat, a.lon, b.lat, b.lon)
    if _inside(a, b) or _inside(b, a):
        return 0.8
    if (a.geo_precision or 3) == 1 and (b.geo_precision or 3) == 1:
        limit = min(rule_for(a.kind).precise_km, rule_for(b.kind).precise_km)
        if km <= limit:
            return 0.7
        raise Veto(f"{km:.0f} km apart (at most {limit:g} km for two precise places)")
    raise Veto(f"{km:.0f} km apart, neither inside the other's area")


def _unplaced_score(a: Facts, b: Facts, text: float) -> float:
    """Unplaced reports (a phone call, a clash "in the country's north") give nothing to agree
    on, unless both are unplaced, in one country, and one report told again (the agency story
    most outlets print word for word): 0.4."""
    if not a.located and not b.located and a.place_id == b.place_id and a.country == b.country and retold(a, b, text):
        return 0.4
    raise Veto("a report with no place (two with none may be one report told again: "
               "the same country and alike sentences)")


def _inside(inner: Facts, outer: Facts) -> bool:
    """*inner*'s point lies in *outer*'s area (its box, or the circle of a relative area),
    and *outer* is strictly the vaguer of the two."""
    if (outer.geo_precision or 3) <= (inner.geo_precision or 3):
        return False            # two governorates are not inside each other, whatever their boxes
    if outer.bbox:
        w, s, e, n = outer.bbox
        return s <= inner.lat <= n and w <= inner.lon <= e
    return haversine_km(inner.lat, inner.lon, outer.lat, outer.lon) <= outer.reach_km()


def actors_score(a: Facts, b: Facts, text: float = 0.0) -> float:
    """Actors must not contradict: the side that acted in one report is not the target in the
    other, and meetings and statements share their participants or speaker as the kind asks
    (unless one report told again leaves them out). 1 when actors are shared, 0.5 when a side
    names none, 0 when each names another actor as the one who acted (a weak sign: outlets and
    the parser differ on who did it)."""
    rule = rule_for(a.kind)
    shared = [x for x in a.actors if any(x.same(y) for y in b.actors)]
    if rule.actors != "any" and retold(a, b, text) and not (a.actors and b.actors):
        pass                    # one report told again, one outlet leaving out who met or spoke
    elif rule.actors == "speaker":
        _same_speaker(a, b)
    elif rule.actors == "shared":
        _same_participants(a, b, shared)
    else:
        if text < TEXT_SAME:
            # alike sentences with the roles reversed tell the parser's reading, not the outlets'
            _no_reversal(a, b)
        if _other_actor_acted(a, b):
            return 0.0
    return 1.0 if shared else 0.5


def _acting(f: Facts) -> list:
    return [x for x in f.actors if x.role == "1"]


def _no_reversal(a: Facts, b: Facts) -> None:
    for x, y in ((a, b), (b, a)):
        for actor in _acting(x):
            if any(actor.same(t) for t in y.actors if t.role == "2") and not any(
                    actor.same(s) for s in _acting(y)):
                raise Misread(f"{actor.org} acted in one report and was the target in the other")


def _other_actor_acted(a: Facts, b: Facts) -> bool:
    acting_a, acting_b = _acting(a), _acting(b)
    return bool(acting_a and acting_b) and not any(x.same(y) for x in acting_a for y in b.actors) and not any(
        y.same(x) for y in acting_b for x in a.actors)


def _same_participants(a: Facts, b: Facts, shared: list) -> None:
    if not a.actors or not b.actors:
        raise Unsaid("a meeting needs its participants named in both reports")
    if not shared:
        raise Veto("no participant in common")
    only_a = [x for x in a.actors if not any(x.same(y) for y in b.actors)]
    only_b = [y for y in b.actors if not any(y.same(x) for x in a.actors)]
    if only_a and only_b:
        raise Veto(f"different participants ({only_a[0].person or only_a[0].org}, "
                   f"{only_b[0].person or only_b[0].org})")


def _same_speaker(a: Facts, b: Facts) -> None:
    speakers_a, speakers_b = _acting(a) or list(a.actors[:1]), _acting(b) or list(b.actors[:1])
    if not speakers_a or not speakers_b:
        raise Unsaid("a statement needs its speaker named in both reports")
    if not any(x.same(y) for x in speakers_a for y in speakers_b):
        raise Veto("different speakers")


def corroborated(a: Facts, b: Facts, scores: dict[str, float]) -> None:
    """Agreeing on kind, day and place is not enough: outlets report many happenings of one kind
    in one city on one day, and many reports are not of a happening at all. The sentences must
    also be alike — less so when both give the day and the same place, or one inside the other."""
    text = scores["text"]
    if text >= TEXT_SAME:
        return
    same_day = a.day == b.day and a.time_precision == b.time_precision == 1
    if same_day and scores["place"] >= 1.0 and text >= TEXT_SAME_PLACE:
        return
    if same_day and scores["place"] >= 0.8 and text >= TEXT_INSIDE:
        return
    if _one_takeover(a, b) and scores["place"] >= 1.0 and text >= TEXT_SAME_PLACE:
        return
    raise Veto(f"not corroborated: sentences too unlike ({text:.2f}) for "
               + ("the same day and place" if same_day and scores["place"] >= 0.8 else
                  "reports not both to the day and in one place"))


def _one_takeover(a: Facts, b: Facts) -> bool:
    """A place is taken once: two takeovers of the same town or quarter (one gazetteer place, geo
    precision 1) told within TAKEOVER_DAYS are one, whatever day each report gives it and however
    unlike their words (the takeover of التواهي told on the 19th by one outlet, on the 21st by
    another)."""
    return (a.kind == b.kind == "territory" and a.place_id is not None and a.place_id == b.place_id
            and a.geo_precision == b.geo_precision == 1 and a.time_precision == b.time_precision == 1
            and a.day is not None and b.day is not None and abs(a.day - b.day) <= TAKEOVER_DAYS
            and not _other_taker(a, b))


def _other_taker(a: Facts, b: Facts) -> bool:
    """Both reports name who took the place, and not the same side: the place changed hands."""
    takers_a, takers_b = _acting(a), _acting(b)
    return bool(takers_a and takers_b) and not any(x.same(y) for x in takers_a for y in takers_b)


RULES: tuple[tuple[str, Callable[..., float]], ...] = (
    ("kind", kind_score), ("status", status_score), ("date", date_score), ("place", place_score),
    ("actors", actors_score))


def told_twice(a: Facts, b: Facts) -> bool:
    """Two events of one article read from one sentence, of one kind and status, on one day, in one
    place: the parser read one happening twice (two triggers, قصف جوي and قصف, in one sentence),
    not two happenings the article told apart."""
    return (a.article == b.article and a.key != b.key and bool(a.words) and a.words == b.words
            and (a.kind, a.status, a.day, a.time_precision) == (b.kind, b.status, b.day, b.time_precision)
            and (a.place_id, a.geo_precision, a.lat, a.lon) == (b.place_id, b.geo_precision, b.lat, b.lon))


def read_again(a: Facts, b: Facts) -> bool:
    """Two events of one article, each a rare happening (``lone`` kinds: a blast, a suicide
    bombing) of kinds an outlet may use for one happening, told in two sentences at one place or
    one inside the other, on days that overlap or a day apart: the parser may have read one
    happening twice (a round-up of condemnations retelling the bombing in each). Not enough to put
    them together on its own (an article may tell two blasts of one town): the matcher lets the
    second join the incident the first joined only when a member of it corroborates the second
    too (:func:`geomap.incidents.matcher.assign`)."""
    if a.article != b.article or a.key == b.key or not (rule_for(a.kind).lone and rule_for(b.kind).lone):
        return False
    try:
        comparable_kinds(a, b)
        status_score(a, b)
        date_score(a, b)
        place_score(a, b)
    except Veto:
        return False
    return True


@dataclass
class Comparison:
    """Two events' scores, rule by rule; *veto* says why they are not one happening."""

    other: str                                  # the compared event's id
    scores: dict[str, float] = field(default_factory=dict)
    veto: str | None = None
    #: the pair breaks a hard rule (kind, status, date, place, actors), not only the corroboration
    hard: bool = False

    @property
    def score(self) -> float:
        if self.hard:
            return 0.0
        return round(sum(WEIGHTS[k] * v for k, v in self.scores.items()), 3)

    @property
    def compatible(self) -> bool:
        """No hard rule broken: the two may be one happening, if something else tells so."""
        return not self.hard

    @property
    def matched(self) -> bool:
        """Compatible, and corroborated: the two tell one happening."""
        return self.veto is None and self.score >= THRESHOLD

    def to_dict(self) -> dict:
        out = {"event_id": self.other, "score": self.score, **{k: round(v, 3) for k, v in self.scores.items()}}
        if self.veto:
            out["veto"] = self.veto
        return out


def compare(a: Facts, b: Facts) -> Comparison:
    """Score *a* against *b*, rule by rule (the first broken hard rule stops), then whether the
    sentences corroborate it.

    >>> from geomap.incidents.facts import Facts
    >>> from geomap.incidents.facts import sentence_words
    >>> strike = lambda art, lat, lon: Facts(f"{art}-1", art, "x", "airstrike", "occurred", "new",
    ...     735800, 1, lat, lon, 1, None, None, None, "YE", words=sentence_words("غارة على صعدة"))
    >>> compare(strike(1, 15.35, 44.2), strike(2, 15.36, 44.21)).matched
    True
    >>> compare(strike(1, 15.35, 44.2), strike(2, 13.58, 44.02)).veto
    '198 km apart (at most 15 km for two precise places)'
    """
    result = Comparison(b.key)
    if a.article == b.article:
        if told_twice(a, b):
            result.scores = {name: 1.0 for name in WEIGHTS}
            return result
        if read_again(a, b):
            # no contradiction, nor corroboration: the incident's other members decide
            result.veto = "the same article, another sentence of one rare happening"
            return result
        result.veto, result.hard = "the same article (its events were told apart when it was read)", True
        return result
    try:
        # kind and status first: they rule most candidates out before the words are compared
        comparable_kinds(a, b)
        result.scores["status"] = status_score(a, b)
        result.scores["text"] = text = text_score(a, b)
        result.scores["kind"] = kind_score(a, b, text)
        for name, rule in RULES[2:]:
            result.scores[name] = rule(a, b, text)
    except Unsaid as unsaid:
        result.veto = f"{unsaid}"
        return result
    except Veto as veto:
        result.veto, result.hard = f"{veto}", True
        return result
    try:
        corroborated(a, b, result.scores)
    except Veto as veto:
        result.veto = f"{veto}"
    return result
