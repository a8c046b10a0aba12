"""Candidates that name no place where they stand: languages, bodies, armed forces.

A demonym can name a language ("speaks English", "auf Deutsch", "на русском
и казахском языках"); a place's name can be part of a body's or a firm's
("Guardia Civil", "Banco Santander"); a demonym next to an armed force names
who acts, not where ("Russian troops", "l'armée russe"). :class:`NonPlaces`
applies these to the candidates of a :class:`geo._recognize.Recognizer`, as
:class:`geo._units.UnitReader` reads unit words for it.

Examples
--------
>>> from geo.gazetteer import load_gazetteer
>>> from geo._recognize import Recognizer
>>> from geo._candidate import Candidate
>>> gaz = load_gazetteer()
>>> rules = NonPlaces(Recognizer(gaz, "en"))
>>> text = "She speaks English at home."
>>> english = Candidate(11, 18, "English", "demonym", gaz.lookup("English"))
>>> rules.without_languages(text, [english])
[]
"""

from __future__ import annotations

import re
from typing import Protocol

from geo._candidate import Candidate, Recognising, has_kind, small_towns_only
from geo._scanners import scanners
from geo._tokens import COORDINATORS, PREV_WORD, WORD_NEXT, previous_words
from geo.types import Kind

__all__ = ["NonPlaces"]

#: the word after a demonym, past a list of words joined to it ("русском и
#: казахском языках", "English and math teachers") or a hyphen ("English-language")
_LANGUAGE_NOUN_AFTER = re.compile(
    r"(?:(?:[ \t]*,[ \t]*|[ \t]+(?:and|or|und|oder|и|или|et|ou|y|o)[ \t]+)[^\W\d_]+)*"
    r"(?:[ \t]+|-)([^\W\d_]+)"
)


#: words written right after a place's name that make it a sports club's or a firm's ("Nashville SC",
#: "Wrexham AFC", "Charlton Athletic"), and right before it ("FC Augsburg", "Dynamo Kyiv");
#: not "United" ("Cumberland United Methodist Church": the clubs are organisations)
_CLUB_AFTER = frozenset(
    {"FC", "SC", "AFC", "CF", "FK", "SK", "BK", "IF", "Rovers", "Wanderers", "Athletic", "Hotspur"}
    | {"Albion", "Juniors"}
    # and firms' legal forms: "Salzgitter AG", "Glasgow Ltd"
    | {"AG", "GmbH", "SE", "Inc", "Ltd", "Corp", "LLC", "PLC", "plc", "SpA", "NV", "ПАО", "АО"}
)
_CLUB_BEFORE = frozenset(
    {"FC", "AC", "AS", "SC", "SV", "VfB", "VfL", "CD", "RC", "Dynamo", "Dinamo", "Spartak"}
    | {"Lokomotiv", "Olympique", "Sporting", "Racing", "Athletic", "Inter", "ФК", "Динамо"}
    | {"Спартак", "Локомотив"}
    # clubs of eastern Europe, the former Soviet Union and Latin America, written before
    # their city ("Avangard Omsk", "Sheriff Tiraspol", "Shakhtar Donetsk", "Club América",
    # "Deportivo Cali"), in the languages' spellings
    | {"Zenit", "Avangard", "Awangard", "Sheriff", "Metallurg", "Traktor", "Sibir", "Torpedo"}
    | {"Rubin", "Akhmat", "Achmat", "Baltika", "Amkar", "Yulaev", "Bars", "Neftekhimik"}
    | {"Severstal", "Avtomobilist", "Barys", "Admiral", "Kunlun", "Lokomotive", "Lokomotiw"}
    | {"Dynamo", "Shakhtar", "Schachtar", "Chakhtar", "Zorya", "Sorja", "Karpaty", "Vorskla"}
    | {"Partizan", "Slavia", "Sparta", "Viktoria", "Legia", "Lech", "Slovan", "Hajduk"}
    | {"Olimpija", "Steaua", "Rapid", "Sturm", "Admira", "Bull", "Hapoel", "Maccabi", "Beitar"}
    | {"Neftchi", "Qarabağ", "Pyunik", "Zimbru", "Kairat", "Ordabasy", "Pakhtakor", "Dordoi"}
    | {"Deportivo", "Independiente", "Club", "Grêmio", "Benfica", "Olympiacos", "AEK", "PAOK"}
    | {"Зенит", "Авангард", "Шериф", "Металлург", "Трактор", "Сибирь", "Торпедо", "Рубин"}
    | {"Ахмат", "Балтика", "Шахтер", "Шахтёр", "Кайрат", "Пахтакор", "Нефтчи", "Карабах"}
)

#: a word between a club's mark and its city in French and Spanish: "el Avangard de Omsk"
_CLUB_LINKS = frozenset({"de", "del"})

#: players' positions right after a name: the name is a team's ("Former Watford striker")
_PLAYER_AFTER = frozenset(
    {"striker", "midfielder", "defender", "goalkeeper", "winger", "fullback", "centre-back"}
    | {"Stürmer", "Torwart", "Mittelfeldspieler", "Verteidiger", "Torhüter"}
)
_TEAM_AFTER = _CLUB_AFTER | _PLAYER_AFTER
#: a match's score right after a name: the name is a team's ("beat Brighton 3-2")
_SCORE_AFTER = re.compile(r"[ \t]+\d{1,2}[-–:]\d{1,2}\b")
#: a score and a word for the result ("a 2-0 win over Krasnodar"), or "with" and a score
#: ("mit 3:2 bei Benfica"), then a preposition right before a name: the name is the
#: other team's; a time ("um 10:30 bei Hamburg") has neither word
_SCORE_BEFORE = re.compile(
    r"(?:(?<![\d.,:])\d{1,2}[-–:]\d{1,2}(?![\d:])(?:[-–]\w+)?"
    r"[ \t]+(?:home[ \t]+|away[ \t]+|league[ \t]+|cup[ \t]+)?"
    r"(?:win|victory|defeat|loss|draw|triumph|Sieg|Heimsieg|Auswärtssieg|Niederlage|Remis"
    r"|victoire|défaite|nul|victoria|derrota|empate|triunfo|победы|победа|победу"
    r"|поражение|поражения|ничья|ничью)"
    r"|\b(?:with|by|won|lost|beat|mit|gewann|gewinnt|verlor|verliert|siegte|avec|par|gagne|perd"
    r"|por|ganó|gana|perdió|venció|счетом|счётом)[ \t]+\d{1,2}[-–:]\d{1,2}(?![\d:]))"
    r"[ \t]+(?:over|against|gegen|bei|über|contre|face[ \t]+à|sur|contra|ante|sobre|frente[ \t]+a"
    r"|против|над|у)[ \t]+(?:the[ \t]+|die[ \t]+|den[ \t]+|le[ \t]+|la[ \t]+|les[ \t]+|l'"
    r"|el[ \t]+|los[ \t]+|al[ \t]+|«)?$"
)


#: a capitalised word right after a name
_NAME_NEXT = re.compile(r"[ \t]+[^\W\d_a-zа-яё]")


#: nicknames of North American major-league teams, written after their city or state
#: ("the Kansas City Chiefs", "the Florida Panthers"); not words that follow places
#: otherwise ("Rockies", "Rangers", "Nationals")
_NICKNAMES = frozenset(
    {"Chiefs", "Panthers", "Oilers", "Lakers", "Celtics", "Yankees", "Dodgers", "Bulls"}
    | {"Warriors", "Knicks", "Nets", "Cowboys", "Patriots", "Eagles", "Giants", "Jets"}
    | {"Packers", "Bears", "Steelers", "Ravens", "Broncos", "Raiders", "Chargers", "Rams"}
    | {"Seahawks", "Cardinals", "Saints", "Falcons", "Buccaneers", "Dolphins", "Bills"}
    | {"Bengals", "Browns", "Titans", "Colts", "Jaguars", "Texans", "Vikings", "Lions"}
    | {"Commanders", "Cubs", "Mets", "Phillies", "Braves", "Astros", "Mariners", "Padres"}
    | {"Brewers", "Pirates", "Royals", "Orioles", "Marlins", "Diamondbacks", "Guardians"}
    | {"Clippers", "Suns", "Mavericks", "Spurs", "Rockets", "Grizzlies", "Pelicans"}
    | {"Nuggets", "Timberwolves", "Pistons", "Pacers", "Bucks", "Cavaliers", "Hawks"}
    | {"Hornets", "Wizards", "Raptors", "Canadiens", "Bruins", "Islanders", "Flyers"}
    | {"Penguins", "Capitals", "Hurricanes", "Predators", "Blackhawks", "Canucks", "Flames"}
    | {"Senators", "Sabres", "Kraken", "Coyotes", "Sounders", "Timbers", "Steelers"}
)
#: a team's nickname: "49ers", "76ers"
_NUMBER_NICKNAME = re.compile(r"\d+ers")


def _nickname(word: str) -> bool:
    """Whether *word* after a place's name is a team's nickname: "Chiefs", "Panthers", "49ers"."""
    return word in _NICKNAMES or _NUMBER_NICKNAME.fullmatch(word) is not None


def _home_nation(c: Candidate) -> bool:
    """Whether *c* names a country within a country ("England", "Scotland", "Wales")."""
    return any(e.place.id in _HOME_NATIONS for e in c.entries)


#: the first-level regions national teams play for
_HOME_NATIONS = frozenset({"region:GB.ENG", "region:GB.SCT", "region:GB.WLS", "region:GB.NIR"})


class _Recognising(Recognising, Protocol):
    """A recogniser that also tells whether a country or region follows after a comma."""

    def qualified(self, text: str, end: int) -> bool: ...


class NonPlaces:
    """Drops or marks the candidates of one recogniser that name no place where they stand.

    Parameters
    ----------
    rec : Recognizer
        Its language, cues, folding and lookups are used.
    """

    def __init__(self, rec: _Recognising) -> None:
        self._rec = rec
        self._scan = scanners(rec.cues)

    def without_languages(self, text: str, cands: list[Candidate]) -> list[Candidate]:
        """Drop demonyms that name a language: "speaks English and French", "auf Deutsch".

        A demonym right after a language cue (``language_cues``), or joined by
        "and" or a comma to one so dropped, is the language unless a noun
        follows it ("in Russian territory", "Russian-held"): a language is no
        reference to a place. So is a demonym, or a list of them, before a
        language noun (``language_nouns``: "English teacher", "in englischer
        Sprache", "на русском и казахском языках") or after one
        (``language_nouns_before``: "la langue anglaise").
        """
        cues = self._rec.cues
        if not (cues.language_cues or cues.language_nouns or cues.language_nouns_before):
            return cands
        maybe = [c.kind == "demonym" or _small_namesake(c) for c in cands]
        if not any(maybe):
            return cands
        kept: list[Candidate] = []
        previous: Candidate | None = None  # the last demonym dropped as a language
        for cand, language_like in zip(cands, maybe, strict=True):
            if (
                language_like
                # a town's name with its state after it stays a town: "English, Indiana"
                and (cand.kind == "demonym" or not self._rec.qualified(text, cand.end))
                and self._a_language(text, cand, previous)
            ):
                previous = cand
                continue
            kept.append(cand)
        return kept

    def without_organisations(self, text: str, cands: list[Candidate]) -> list[Candidate]:
        """Drop candidates inside a body's or firm's name: "La Guardia Civil", "Banco Santander"."""
        scanner = self._scan.organisation
        if scanner is None or not cands:
            return cands
        spans = [m.span() for m in scanner.finditer(text)]
        if not spans:
            return cands
        # "La Guardia" overlaps "Guardia Civil": the article joined the place's name
        return [c for c in cands if not any(c.start < e and s < c.end for s, e in spans)]

    def without_clubs(self, text: str, cands: list[Candidate]) -> list[Candidate]:
        """Drop teams' and firms' names: "Nashville SC", "FC Augsburg", "beat Brighton 3-2".

        A club's mark before or after the name, a player's position after it
        ("Former Watford striker"), a firm's legal form ("Salzgitter AG") or a
        score. The mark must be written so (capitalised, abbreviations in
        capitals); countries stay ("Inter Milan" is a club, "Athletic Bilbao"
        one, but "Georgia United" is no reason to drop Georgia).
        """
        return [c for c in cands if not self._team_or_firm(text, c)]

    @staticmethod
    def _team_or_firm(text: str, c: Candidate) -> bool:
        """Whether a club's or firm's mark, a position or a score stands by *c*."""
        if c.kind != "name" or has_kind(c.entries, Kind.COUNTRY):
            return False
        after = WORD_NEXT.match(text, c.end)
        if after is not None and (after.group(1) in _TEAM_AFTER or _nickname(after.group(1))):
            return True
        if c.text in _CLUB_BEFORE and _NAME_NEXT.match(text, c.end):
            return True  # "Awangard Omsk": the club's mark is a village's name too
        before = previous_words(text, c.start, 2)
        return (
            (bool(before) and before[-1] in _CLUB_BEFORE)
            # "el Avangard de Omsk", "le Lokomotiv de Iaroslavl"
            # ... "los Dolphins de Miami", "les Spurs de San Antonio"
            or (
                len(before) == 2
                and before[-1] in _CLUB_LINKS
                and (before[-2] in _CLUB_BEFORE or _nickname(before[-2]))
            )
            # a score by a home nation's name is its national team's: still the
            # country ("gewann mit 2:1 gegen England")
            or (
                not _home_nation(c)
                and (
                    _SCORE_AFTER.match(text, c.end) is not None
                    or _SCORE_BEFORE.search(text, max(0, c.start - 60), c.start) is not None
                )
            )
        )

    def mark_actors(self, text: str, cands: list[Candidate]) -> None:
        """Mark demonyms next to an armed force as actors: "Russian troops", "l'armée russe".

        The word right after a demonym, or right before it, is one of the
        language's ``force_nouns``.
        """
        forces = self._rec.cues.force_nouns
        if not forces:
            return
        for cand in cands:
            if cand.kind != "demonym":
                continue
            after = WORD_NEXT.match(text, cand.end)
            before = PREV_WORD.search(text, max(0, cand.start - 40), cand.start)
            cand.actor = any(
                m is not None and self._rec.fold(m.group(1)) in forces for m in (after, before)
            )

    def _a_language(self, text: str, cand: Candidate, previous: Candidate | None) -> bool:
        if self._language_noun_by(text, cand):
            return True
        before = self._rec.fold(text[max(0, cand.start - 24) : cand.start]).split()
        cued = bool(before) and (
            before[-1] in self._rec.cues.language_cues
            or " ".join(before[-2:]) in self._rec.cues.language_cues
        )
        between = self._rec.fold(text[previous.end : cand.start]).strip(" ,") if previous else None
        joined = between is not None and (not between or between in COORDINATORS)
        if not (cued or joined):
            return False
        if text[cand.end : cand.end + 1] == "-":
            return False  # "Russian-held"
        after = WORD_NEXT.match(text, cand.end)
        if after is None:
            return True
        word = after.group(1)
        folded = self._rec.fold(word)
        noun = word.islower() and not (
            folded in self._rec.cues.stop_words
            or folded in COORDINATORS
            or (self._rec.lang == "en" and word.endswith("ly"))
        )
        return not noun  # "in Russian territory": the adjective

    def _language_noun_by(self, text: str, cand: Candidate) -> bool:
        """Whether a language noun follows *cand* (past a list of words) or precedes it.

        Not for a continent's or an area's adjective: "European languages"
        are those of a place, "English teacher" teaches a language.
        """
        cues = self._rec.cues
        if any(e.place.kind is Kind.AREA for e in cand.entries):
            return False
        if cues.language_nouns:
            after = _LANGUAGE_NOUN_AFTER.match(text, cand.end)
            if after is not None and self._rec.fold(after.group(1)) in cues.language_nouns:
                return True
        if cues.language_nouns_before:
            prev = previous_words(text, cand.start, 1)
            return bool(prev) and self._rec.fold(prev[-1]) in cues.language_nouns_before
        return False


def _small_namesake(cand: Candidate) -> bool:
    """A demonym read as a name of small towns only ("English", Indiana)."""
    return (
        cand.kind == "name"
        and any(e.name_type == "demonym" for e in cand.entries)
        and small_towns_only(cand.entries)
    )
