#!/usr/bin/env python3
"""Builds Saathi's bundled demo content pack from the sources in content/.

    python3 content/build.py [--allow-missing-locales] [--check]

Reads sources.json, foods.json, lessons.json, activities.json and
locales/<locale>/{foods,lessons,activities}.json, checks them, and writes:

    content/pack/catalogue.json              (catalogue format 1: /work/briefs/catalogue-format.md)
    content/pack/media/<lesson>.<locale>.m4a (espeak-ng speech, AAC mono 16 kHz)
    content/pack/media/<lesson>.<locale>.mp4 (lessons marked "video": a still picture + that audio)
    content/pack/media/<lesson>.<locale>.vtt (captions: one cue per sentence)

It writes no manifest or signature: another tool signs the pack. Media whose inputs have
not changed are kept (content/.media-cache.json, outside the pack because the pack's
manifest lists every file in the pack directory). Python standard library only; needs
espeak-ng, ffmpeg and ffprobe on PATH (scripts/build-demo-content.sh installs them).

--allow-missing-locales  build a lesson in only the locales whose texts exist (translations
                         arrive later); without it a missing lesson text is an error.
--check                  check the sources only; write nothing, run no tools.
"""

import argparse
import hashlib
import json
import math
import re
import shutil
import struct
import subprocess
import sys
import tempfile
import unicodedata
import wave
import zlib
from pathlib import Path

CONTENT = Path(__file__).resolve().parent
PACK = CONTENT / "pack"
MEDIA = PACK / "media"
CACHE = CONTENT / ".media-cache.json"

FORMAT = 1
LOCALES = ["en-GB", "ur", "pa", "bn", "gu", "hi"]
# espeak-ng voice per locale (`espeak-ng --voices` lists them).
VOICES = {"en-GB": "en-gb", "ur": "ur", "pa": "pa", "bn": "bn", "gu": "gu", "hi": "hi"}
NOTE_KEY_PREFIX = "_"  # "_note", "_about": comments, skipped

# Speech: a little slower than espeak's 175 words a minute, for older listeners. espeak-ng
# ends each sentence with about 0.4 s of silence; the gap adds a little more, so sentences
# are about half a second apart. Captions are timed from the same per-sentence synthesis.
SPEED_WPM = 150
SENTENCE_GAP_MS = 150
# AAC-LC mono 16 kHz. ffmpeg's native AAC encoder does not go below about 14 kbps with its
# default coder; with the fast coder "8k" nominal comes out near 10 kbps. That is what six
# locales of 15 lessons (about 70 minutes of speech) need to stay inside the 7 MB budget
# (raised from 6 MB when the translations, which run longer than English, came in);
# espeak-ng's voice has little above 4 kHz, so it stays clear at this rate.
AUDIO_ARGS = ["-ac", "1", "-ar", "16000", "-c:a", "aac", "-aac_coder", "fast", "-b:a", "8k"]
# Video: a still picture, 320x180, H.264 at 2 frames a second.
VIDEO_SIZE = (320, 180)
VIDEO_FPS = 2
PACK_BUDGET_BYTES = 7_000_000
# Bump when the way media are made changes, so cached files are rebuilt.
PIPELINE = "2"

# Closed vocabularies of catalogue format 1.
CUISINES = {"punjabi", "gujarati", "bengali", "pakistani", "south-indian", "sweets", "festival", "takeaway",
            "everyday"}
CATEGORIES = {"bread", "rice", "dal", "curry", "vegetable", "meat", "fish", "snack", "sweet", "drink", "fruit",
              "dairy", "breakfast", "other"}
MEASURES = {"piece", "katori", "fist", "cup", "glass", "tablespoon", "teaspoon", "handful", "bowl", "plate",
            "slice", "ladle"}
SWAP_REASONS = {"smaller-portion", "less-sugar", "less-salt", "less-fat", "more-fibre", "baked-not-fried",
                "grilled-not-fried"}
TOPICS = {"diabetes", "blood-pressure", "heart", "food", "activity", "medicines", "foot-care", "fasting",
          "festivals"}
CONDITIONS = {"type-2-diabetes", "high-blood-pressure", "heart-disease"}
AUDIENCES = {"patient", "helper"}
INTENSITIES = {"light", "moderate"}
NUTRIENTS = ["energy_kcal", "carbohydrate_g", "sugars_g", "fat_g", "saturates_g", "salt_g"]
KEBAB = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
# A sentence ends at . ! ? or the danda (।) / Urdu full stop (۔), followed by a space.
SENTENCE_END = re.compile(r"(?<=[.!?।۔؟])\s+")
# Phone numbers said digit by digit ("nine nine nine"), as people say them.
PHONE_NUMBERS = re.compile(r"\b(999|111)\b")


class Problems:
    """Collects every problem so one run reports them all."""

    def __init__(self):
        self.items = []

    def add(self, where, what):
        self.items.append(f"{where}: {what}")

    def fail_if_any(self, stage):
        if self.items:
            print(f"build: {len(self.items)} problem(s) in the {stage}:", file=sys.stderr)
            for p in self.items:
                print(f"  - {p}", file=sys.stderr)
            sys.exit(1)


def load_json(path, problems):
    """Reads JSON, refusing duplicate keys (a silently lost translation otherwise)."""

    def no_duplicates(pairs):
        seen = {}
        for k, v in pairs:
            if k in seen:
                problems.add(str(path.relative_to(CONTENT)), f"key {k!r} appears twice")
            seen[k] = v
        return seen

    try:
        with open(path, encoding="utf-8") as fh:
            return json.load(fh, object_pairs_hook=no_duplicates)
    except FileNotFoundError:
        return None
    except json.JSONDecodeError as e:
        problems.add(str(path.relative_to(CONTENT)), f"not valid JSON: {e}")
        return None


def nfc(value):
    """Every string NFC-normalised, recursively."""
    if isinstance(value, str):
        return unicodedata.normalize("NFC", value)
    if isinstance(value, list):
        return [nfc(v) for v in value]
    if isinstance(value, dict):
        return {nfc(k): nfc(v) for k, v in value.items()}
    return value


def entries(d):
    """A locale file's entries, without "_note"-style comments."""
    return {k: v for k, v in d.items() if not k.startswith(NOTE_KEY_PREFIX)}


def keys_exactly(where, obj, required, optional, problems):
    if not isinstance(obj, dict):
        problems.add(where, "must be an object")
        return False
    for k in sorted(set(required) - set(obj)):
        problems.add(where, f"missing field {k!r}")
    for k in sorted(set(obj) - set(required) - set(optional)):
        problems.add(where, f"unknown field {k!r}")
    return set(required) <= set(obj)


def text_ok(where, value, problems):
    if not isinstance(value, str) or not value.strip():
        problems.add(where, "must be a non-empty string")
        return False
    return True


# ---------------------------------------------------------------------------------------------
# Reading the sources


def read_sources(args):
    problems = Problems()
    sources = load_json(CONTENT / "sources.json", problems)
    foods = load_json(CONTENT / "foods.json", problems)
    lessons = load_json(CONTENT / "lessons.json", problems)
    activities = load_json(CONTENT / "activities.json", problems)
    for name, d in [("sources.json", sources), ("foods.json", foods), ("lessons.json", lessons),
                    ("activities.json", activities)]:
        if d is None:
            problems.add(name, "missing or unreadable")
    problems.fail_if_any("sources")

    texts = {}
    for loc in LOCALES:
        for kind in ["foods", "lessons", "activities"]:
            d = load_json(CONTENT / "locales" / loc / f"{kind}.json", problems)
            if d is not None and loc != "en-GB" and "_note" not in d:
                problems.add(f"locales/{loc}/{kind}.json",
                             'needs a "_note": "not yet reviewed by a native-speaking clinician"')
            texts[(loc, kind)] = entries(d) if d is not None else None

    cat_sources = build_sources(sources, problems)
    cat_foods = build_foods(foods, texts, problems)
    lesson_plans = build_lesson_plans(lessons, texts, args.allow_missing_locales, problems)
    cat_activities = build_activities(activities, texts, problems)
    problems.fail_if_any("sources")
    return cat_sources, cat_foods, lesson_plans, cat_activities


def build_sources(d, problems):
    out = []
    for i, s in enumerate(d.get("sources", [])):
        where = f"sources.json sources[{i}]"
        if keys_exactly(where, s, ["id", "name", "url", "licence", "approximate"], [], problems):
            out.append(s)
    return out


def locale_entry(texts, loc, kind, item_id, where, problems, required=True):
    d = texts[(loc, kind)]
    if d is None:
        if required:
            problems.add(where, f"locales/{loc}/{kind}.json is missing")
        return None
    if item_id not in d:
        if required:
            problems.add(where, f"no {loc} text in locales/{loc}/{kind}.json")
        return None
    return d[item_id]


def unknown_locale_ids(texts, kind, known, problems):
    for loc in LOCALES:
        d = texts[(loc, kind)]
        for k in sorted(set(d or {}) - set(known)):
            problems.add(f"locales/{loc}/{kind}.json", f"{k!r} is not an id in {kind}.json (typo?)")


def build_foods(d, texts, problems):
    out = []
    structure_fields = ["id", "cuisines", "category", "transliterations", "portion", "per_portion", "diet",
                        "swaps", "source", "review"]
    for i, f in enumerate(d.get("foods", [])):
        where = f"foods.json {f.get('id', f'foods[{i}]') if isinstance(f, dict) else i}"
        if not keys_exactly(where, f, structure_fields, [], problems):
            continue
        portion = f["portion"]
        if not keys_exactly(f"{where} portion", portion, ["measure", "count", "grams"], [], problems):
            continue
        names, portion_text = {}, {}
        for loc in LOCALES:
            e = locale_entry(texts, loc, "foods", f["id"], where, problems)
            if e is None:
                continue
            if keys_exactly(f"locales/{loc}/foods.json {f['id']}", e, ["names", "portion"], [], problems):
                names[loc] = e["names"]
                portion_text[loc] = e["portion"]
        food = dict(f)
        food["names"] = names
        food["portion"] = dict(portion, text=portion_text)
        out.append(food)
    unknown_locale_ids(texts, "foods", [f.get("id") for f in out], problems)
    return out


def build_lesson_plans(d, texts, allow_missing, problems):
    """Each lesson's structure plus the locales it has text in (media are added later)."""
    plans, skipped = [], {}
    for loc in LOCALES:
        if texts[(loc, "lessons")] is None and not allow_missing:
            problems.add(f"locales/{loc}/lessons.json", "is missing (--allow-missing-locales builds without it)")
    fields = ["id", "topic", "conditions", "unsuitable_for", "audience", "reading_level", "fasting", "source",
              "reviewer", "review"]
    for i, lesson in enumerate(d.get("lessons", [])):
        where = f"lessons.json {lesson.get('id', f'lessons[{i}]') if isinstance(lesson, dict) else i}"
        if not keys_exactly(where, lesson, fields, ["video"], problems):
            continue
        if not isinstance(lesson.get("video", False), bool):
            problems.add(where, '"video" must be true or false')
        variants = {}
        for loc in LOCALES:
            if texts[(loc, "lessons")] is None:
                skipped.setdefault(loc, []).append(lesson["id"])
                continue
            e = locale_entry(texts, loc, "lessons", lesson["id"], where, problems, required=not allow_missing)
            if e is None:
                skipped.setdefault(loc, []).append(lesson["id"])
                continue
            w = f"locales/{loc}/lessons.json {lesson['id']}"
            if keys_exactly(w, e, ["title", "text"], [], problems):
                if text_ok(f"{w} title", e["title"], problems) and text_ok(f"{w} text", e["text"], problems):
                    variants[loc] = {"title": e["title"], "text": e["text"]}
        if not variants:
            problems.add(where, "has text in no locale, so it can have no audio")
        plans.append({"lesson": {k: v for k, v in lesson.items() if k != "video"},
                      "video": bool(lesson.get("video", False)), "texts": variants})
    if allow_missing:
        for loc, ids in skipped.items():
            print(f"build: note: {len(ids)} lesson(s) have no {loc} text yet and are built without it",
                  file=sys.stderr)
    unknown_locale_ids(texts, "lessons", [p["lesson"]["id"] for p in plans], problems)
    return plans


def build_activities(d, texts, problems):
    out = []
    fields = ["id", "intensity", "cautions", "unsuitable_for", "source", "review"]
    for i, a in enumerate(d.get("activities", [])):
        where = f"activities.json {a.get('id', f'activities[{i}]') if isinstance(a, dict) else i}"
        if not keys_exactly(where, a, fields, [], problems):
            continue
        names, description = {}, {}
        cautions = {c: {} for c in a["cautions"]}
        for loc in LOCALES:
            e = locale_entry(texts, loc, "activities", a["id"], where, problems)
            if e is None:
                continue
            w = f"locales/{loc}/activities.json {a['id']}"
            if not keys_exactly(w, e, ["name", "description", "cautions"], [], problems):
                continue
            names[loc] = [e["name"]]
            description[loc] = e["description"]
            for c in sorted(set(e["cautions"]) - set(cautions)):
                problems.add(w, f"caution for {c!r}, which activities.json does not list")
            for c in cautions:
                if c not in e["cautions"]:
                    problems.add(w, f"no caution text for {c!r}")
                else:
                    cautions[c][loc] = e["cautions"][c]
        out.append({
            "id": a["id"], "names": names, "description": description, "intensity": a["intensity"],
            "cautions": [{"condition": c, "text": t} for c, t in cautions.items()],
            "unsuitable_for": a["unsuitable_for"], "source": a["source"], "review": a["review"],
        })
    unknown_locale_ids(texts, "activities", [a["id"] for a in out], problems)
    return out


# ---------------------------------------------------------------------------------------------
# Checking the catalogue against format 1 (the same rules saathi-content enforces)


def validate(cat, check_media):
    p = Problems()
    if not keys_exactly("catalogue", cat, ["format", "sources", "foods", "lessons", "activities"], [], p):
        p.fail_if_any("catalogue")
    if cat["format"] != FORMAT:
        p.add("catalogue", f"format must be {FORMAT}")
    source_ids = [s["id"] for s in cat["sources"]]
    food_ids = [f["id"] for f in cat["foods"]]

    def ids(kind, items):
        seen = set()
        for it in items:
            i = it.get("id")
            if not isinstance(i, str) or not KEBAB.match(i):
                p.add(f"{kind} {i!r}", "id must be kebab-case")
            if i in seen:
                p.add(f"{kind} {i}", "id used twice")
            seen.add(i)

    def source(where, s):
        if s not in source_ids:
            p.add(where, f"source {s!r} is not in sources")

    def review(where, r):
        if r == {"status": "unreviewed"}:
            return
        if keys_exactly(f"{where} review", r, ["status", "by", "on"], [], p):
            if r["status"] != "reviewed" or not re.match(r"^\d{4}-\d{2}-\d{2}$", str(r["on"])):
                p.add(f"{where} review", 'must be {"status": "unreviewed"} or reviewed with by and on')

    def locale_text(where, t, six=True):
        if not isinstance(t, dict):
            p.add(where, "must be an object of locale: text")
            return
        for loc in sorted(set(t) - set(LOCALES)):
            p.add(where, f"unknown locale {loc!r}")
        for loc in LOCALES:
            if loc not in t:
                if six:
                    p.add(where, f"{loc} is missing")
            elif text_ok(f"{where}.{loc}", t[loc], p) and not unicodedata.is_normalized("NFC", t[loc]):
                p.add(f"{where}.{loc}", "is not NFC")

    def locale_names(where, n):
        if not isinstance(n, dict):
            p.add(where, "must be an object of locale: [names]")
            return
        for loc in LOCALES:
            if loc not in n:
                p.add(where, f"{loc} is missing")
            elif not isinstance(n[loc], list) or not n[loc]:
                p.add(f"{where}.{loc}", "needs at least one name")
            else:
                for j, name in enumerate(n[loc]):
                    text_ok(f"{where}.{loc}[{j}]", name, p)
        for loc in sorted(set(n) - set(LOCALES)):
            p.add(where, f"unknown locale {loc!r}")

    def number(where, v, positive=False):
        if isinstance(v, bool) or not isinstance(v, (int, float)) or not math.isfinite(v):
            p.add(where, "must be a finite number")
            return False
        if v < 0 or (positive and v <= 0):
            p.add(where, "must be more than 0" if positive else "must not be negative")
            return False
        return True

    def codes(where, values, allowed):
        if not isinstance(values, list):
            p.add(where, "must be a list")
            return
        for v in values:
            if v not in allowed:
                p.add(where, f"unknown code {v!r}")

    def media_path(where, path):
        if not isinstance(path, str) or not path.startswith("media/") or ".." in path.split("/") \
                or path.startswith("/") or "\\" in path:
            p.add(where, "media paths are relative, inside media/, without ..")
        elif check_media and not (PACK / path).is_file():
            p.add(where, f"{path} does not exist in the pack")

    ids("source", cat["sources"])
    for s in cat["sources"]:
        text_ok(f"source {s['id']} name", s["name"], p)
        if not isinstance(s["approximate"], bool):
            p.add(f"source {s['id']}", "approximate must be true or false")

    ids("food", cat["foods"])
    for f in cat["foods"]:
        w = f"food {f['id']}"
        codes(f"{w} cuisines", f["cuisines"], CUISINES)
        if not f["cuisines"]:
            p.add(f"{w} cuisines", "needs at least one")
        codes(f"{w} category", [f["category"]], CATEGORIES)
        locale_names(f"{w} names", f["names"])
        for j, t in enumerate(f["transliterations"]):
            text_ok(f"{w} transliterations[{j}]", t, p)
        por = f["portion"]
        keys_exactly(f"{w} portion", por, ["measure", "count", "grams", "text"], [], p)
        codes(f"{w} portion.measure", [por["measure"]], MEASURES)
        number(f"{w} portion.count", por["count"], positive=True)
        grams_ok = number(f"{w} portion.grams", por["grams"], positive=True)
        locale_text(f"{w} portion.text", por["text"])
        n = f["per_portion"]
        if keys_exactly(f"{w} per_portion", n, NUTRIENTS, [], p):
            ok = all(number(f"{w} per_portion.{k}", n[k]) for k in NUTRIENTS)
            if ok and grams_ok:
                for k in NUTRIENTS[1:]:
                    if n[k] > por["grams"]:
                        p.add(f"{w} per_portion.{k}", "is more than the portion weighs")
                if n["sugars_g"] > n["carbohydrate_g"]:
                    p.add(f"{w} per_portion.sugars_g", "is more than the carbohydrate")
                if n["saturates_g"] > n["fat_g"]:
                    p.add(f"{w} per_portion.saturates_g", "is more than the fat")
        d = f["diet"]
        if keys_exactly(f"{w} diet", d, ["vegetarian", "vegan", "halal", "jain"], [], p):
            if (d["vegan"] or d["jain"]) and not d["vegetarian"]:
                p.add(f"{w} diet", "vegan and Jain food is vegetarian")
            if d["vegetarian"] and f["category"] in ("meat", "fish"):
                p.add(f"{w} diet", "meat and fish are not vegetarian")
        for j, s in enumerate(f["swaps"]):
            if keys_exactly(f"{w} swaps[{j}]", s, ["to", "reason"], [], p):
                if s["to"] == f["id"]:
                    p.add(f"{w} swaps[{j}]", "a food cannot be swapped for itself")
                elif s["to"] not in food_ids:
                    p.add(f"{w} swaps[{j}]", f"no food has the id {s['to']!r}")
                codes(f"{w} swaps[{j}].reason", [s["reason"]], SWAP_REASONS)
        source(w, f["source"])
        review(w, f["review"])

    ids("lesson", cat["lessons"])
    for lesson in cat["lessons"]:
        w = f"lesson {lesson['id']}"
        codes(f"{w} topic", [lesson["topic"]], TOPICS)
        codes(f"{w} conditions", lesson["conditions"], CONDITIONS)
        codes(f"{w} unsuitable_for", lesson["unsuitable_for"], CONDITIONS)
        for c in set(lesson["conditions"]) & set(lesson["unsuitable_for"]):
            p.add(w, f"{c} is both a condition it is for and one it is unsuitable for")
        codes(f"{w} audience", [lesson["audience"]], AUDIENCES)
        if lesson["reading_level"] not in (1, 2, 3) or isinstance(lesson["reading_level"], bool):
            p.add(f"{w} reading_level", "must be 1, 2 or 3")
        if not isinstance(lesson["fasting"], bool):
            p.add(f"{w} fasting", "must be true or false")
        if not any(v.get("audio") for v in lesson["variants"].values()):
            p.add(w, "no variant has audio")
        for loc, v in lesson["variants"].items():
            wv = f"{w} variants.{loc}"
            if loc not in LOCALES + ["syl"]:
                p.add(wv, "unknown locale")
            keys_exactly(wv, v, [], ["title", "text", "transcript", "audio", "video"], p)
            if v.get("text") is not None and not v.get("title"):
                p.add(wv, "a variant with text needs a title")
            for field in ["title", "text", "transcript"]:
                if v.get(field) is not None and text_ok(f"{wv}.{field}", v[field], p) \
                        and not unicodedata.is_normalized("NFC", v[field]):
                    p.add(f"{wv}.{field}", "is not NFC")
            a = v.get("audio")
            if a is not None and keys_exactly(f"{wv}.audio", a, ["file", "duration_ms", "voice", "synthetic"],
                                              [], p):
                media_path(f"{wv}.audio.file", a["file"])
                number(f"{wv}.audio.duration_ms", a["duration_ms"], positive=True)
            vid = v.get("video")
            if vid is not None and keys_exactly(f"{wv}.video", vid, ["file", "captions", "duration_ms"], [], p):
                media_path(f"{wv}.video.file", vid["file"])
                media_path(f"{wv}.video.captions", vid["captions"])
                number(f"{wv}.video.duration_ms", vid["duration_ms"], positive=True)
        source(w, lesson["source"])
        review(w, lesson["review"])

    ids("activity", cat["activities"])
    for a in cat["activities"]:
        w = f"activity {a['id']}"
        locale_names(f"{w} names", a["names"])
        locale_text(f"{w} description", a["description"])
        codes(f"{w} intensity", [a["intensity"]], INTENSITIES)
        codes(f"{w} unsuitable_for", a["unsuitable_for"], CONDITIONS)
        for j, c in enumerate(a["cautions"]):
            codes(f"{w} cautions[{j}].condition", [c["condition"]], CONDITIONS)
            locale_text(f"{w} cautions[{j}].text", c["text"])
        source(w, a["source"])
        review(w, a["review"])

    # Every string in the catalogue is NFC (names, transliterations included).
    def walk(where, value):
        if isinstance(value, str) and not unicodedata.is_normalized("NFC", value):
            p.add(where, "text is not NFC")
        elif isinstance(value, list):
            for j, v in enumerate(value):
                walk(f"{where}[{j}]", v)
        elif isinstance(value, dict):
            for k, v in value.items():
                walk(f"{where}.{k}", v)

    walk("catalogue", cat)
    p.fail_if_any("catalogue")


# ---------------------------------------------------------------------------------------------
# Media


def run(cmd, **kw):
    r = subprocess.run(cmd, capture_output=True, **kw)
    if r.returncode != 0:
        err = r.stderr.decode("utf-8", "replace") if isinstance(r.stderr, bytes) else r.stderr
        sys.exit(f"build: {cmd[0]} failed ({r.returncode}): {' '.join(cmd)}\n{err}")
    return r


def tool_versions():
    for tool in ["espeak-ng", "ffmpeg", "ffprobe"]:
        if shutil.which(tool) is None:
            sys.exit(f"build: {tool} is not installed; run scripts/build-demo-content.sh, which installs it")
    espeak = run(["espeak-ng", "--version"], text=True).stdout.strip().splitlines()[0]
    ffmpeg = run(["ffmpeg", "-version"], text=True).stdout.strip().splitlines()[0]
    voices = run(["espeak-ng", "--voices"], text=True).stdout.split("\n")[1:]
    have = {line.split()[1] for line in voices if len(line.split()) > 1}
    for loc, voice in VOICES.items():
        if voice not in have:
            sys.exit(f"build: espeak-ng has no voice {voice!r} for {loc}")
    return f"{espeak} | {ffmpeg}"


def sentences(text):
    return [s.strip() for s in SENTENCE_END.split(text.strip()) if s.strip()]


def spoken(sentence):
    """What espeak-ng is given for a sentence: emergency numbers digit by digit."""
    return PHONE_NUMBERS.sub(lambda m: " ".join(m.group(1)), sentence)


def synthesise(sentence_list, voice, tmp):
    """Speaks each sentence separately and joins them with a pause.

    Returns (wav path, [(start_ms, end_ms, sentence)]): the cue times are exact because the
    audio is built from the same pieces."""
    pieces, cues = [], []
    params, t_frames = None, 0
    for i, s in enumerate(sentence_list):
        src = tmp / f"s{i}.txt"
        src.write_text(spoken(s), encoding="utf-8")
        out = tmp / f"s{i}.wav"
        run(["espeak-ng", "-v", voice, "-s", str(SPEED_WPM), "-b", "1", "-f", str(src), "-w", str(out)])
        with wave.open(str(out), "rb") as w:
            if params is None:
                params = w.getparams()
            frames = w.readframes(w.getnframes())
        rate, width = params.framerate, params.sampwidth * params.nchannels
        start = t_frames
        pieces.append(frames)
        t_frames += len(frames) // width
        cues.append((round(start * 1000 / rate), round(t_frames * 1000 / rate), s))
        if i < len(sentence_list) - 1:
            gap = int(rate * SENTENCE_GAP_MS / 1000)
            pieces.append(b"\x00" * gap * width)
            t_frames += gap
    joined = tmp / "joined.wav"
    with wave.open(str(joined), "wb") as w:
        w.setparams(params)
        w.writeframes(b"".join(pieces))
    return joined, cues


def encode_audio(wav, out):
    run(["ffmpeg", "-nostdin", "-v", "error", "-y", "-i", str(wav), *AUDIO_ARGS, "-map_metadata", "-1",
         "-fflags", "+bitexact", "-flags:a", "+bitexact", "-movflags", "+faststart", str(out)])


def duration_ms(path):
    r = run(["ffprobe", "-v", "error", "-show_entries", "format=duration", "-of", "csv=p=0", str(path)],
            text=True)
    return round(float(r.stdout.strip()) * 1000)


def vtt_time(ms):
    h, rest = divmod(ms, 3_600_000)
    m, rest = divmod(rest, 60_000)
    s, ms = divmod(rest, 1000)
    return f"{h:02d}:{m:02d}:{s:02d}.{ms:03d}"


def webvtt(cues):
    out = ["WEBVTT", ""]
    for i, (start, end, text) in enumerate(cues, 1):
        out += [str(i), f"{vtt_time(start)} --> {vtt_time(end)}", text, ""]
    return "\n".join(out)


def png(width, height, pixel):
    """A PNG (RGB, 8 bit) from pixel(x, y) -> (r, g, b); standard library only."""
    raw = bytearray()
    for y in range(height):
        raw.append(0)
        for x in range(width):
            raw.extend(pixel(x, y))

    def chunk(kind, data):
        c = struct.pack(">I", len(data)) + kind + data
        return c + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(bytes(raw), 9)) \
        + chunk(b"IEND", b"")


def plate_picture(width, height):
    """The healthy plate, drawn, no words: half vegetables (green), a quarter protein (amber),
    a quarter rice or roti (wheat), on a plate, with a glass of water beside it."""
    cx, cy, r = width * 0.42, height * 0.5, height * 0.40

    def pixel(x, y):
        dx, dy = x + 0.5 - cx, y + 0.5 - cy
        d = math.hypot(dx, dy)
        if d < r * 0.86:
            if dx < 0:
                return (76, 153, 76)      # vegetables and salad
            return (214, 137, 16) if dy < 0 else (236, 208, 140)   # protein / starch
        if d < r:
            return (250, 250, 245)        # the plate's rim
        gx0, gx1, gy0, gy1 = width * 0.76, width * 0.86, height * 0.30, height * 0.78
        if gx0 <= x <= gx1 and gy0 <= y <= gy1:
            return (150, 200, 235) if y > gy0 + (gy1 - gy0) * 0.2 else (225, 240, 250)   # water
        return (245, 233, 215)            # table

    return png(width, height, pixel)


def encode_video(picture, audio, audio_ms, out):
    # The picture is looped for exactly as long as the audio (-shortest overshoots by the
    # encoder's look-ahead when the audio is copied).
    run(["ffmpeg", "-nostdin", "-v", "error", "-y", "-loop", "1", "-framerate", str(VIDEO_FPS),
         "-t", f"{audio_ms / 1000:.3f}", "-i", str(picture), "-i", str(audio), "-map", "0:v", "-map", "1:a", "-c:v", "libx264",
         "-preset", "veryslow", "-tune", "stillimage", "-crf", "30", "-pix_fmt", "yuv420p",
         "-threads", "1", "-c:a", "copy", "-map_metadata", "-1", "-fflags", "+bitexact",
         "-flags:v", "+bitexact", "-movflags", "+faststart", str(out)])


def sha256_file(path):
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 16), b""):
            h.update(block)
    return h.hexdigest()


def make_media(plans, versions):
    """Audio for every lesson text, video and captions for lessons marked video.

    Returns the catalogue's lessons and a summary per file."""
    MEDIA.mkdir(parents=True, exist_ok=True)
    try:
        cache = json.loads(CACHE.read_text(encoding="utf-8"))
    except (FileNotFoundError, json.JSONDecodeError):
        cache = {}
    new_cache, lessons, made, kept = {}, [], 0, 0
    with tempfile.TemporaryDirectory(prefix="saathi-content-") as tmpdir:
        tmp = Path(tmpdir)
        picture = tmp / "plate.png"
        picture.write_bytes(plate_picture(*VIDEO_SIZE))
        for plan in plans:
            lid = plan["lesson"]["id"]
            variants = {}
            for loc, t in plan["texts"].items():
                voice = VOICES[loc]
                parts = sentences(t["text"])
                key = hashlib.sha256(json.dumps(
                    {"pipeline": PIPELINE, "tools": versions, "voice": voice, "speed": SPEED_WPM,
                     "gap": SENTENCE_GAP_MS, "audio": AUDIO_ARGS, "sentences": parts, "video": plan["video"],
                     "video_args": [VIDEO_SIZE, VIDEO_FPS]},
                    ensure_ascii=False, sort_keys=True).encode()).hexdigest()
                stem = f"media/{lid}.{loc}"
                files = [f"{stem}.m4a"] + ([f"{stem}.mp4", f"{stem}.vtt"] if plan["video"] else [])
                old = cache.get(stem)
                fresh = (old is not None and old.get("key") == key
                         and all((PACK / f).is_file() and sha256_file(PACK / f) == old.get("sha256", {}).get(f)
                                 for f in files))
                if fresh:
                    entry = old
                    kept += 1
                else:
                    work = tmp / f"{lid}.{loc}"
                    work.mkdir()
                    wav, cues = synthesise(parts, voice, work)
                    encode_audio(wav, PACK / files[0])
                    entry = {"key": key, "audio_ms": duration_ms(PACK / files[0])}
                    if plan["video"]:
                        (PACK / files[2]).write_text(webvtt(cues), encoding="utf-8")
                        encode_video(picture, PACK / files[0], entry["audio_ms"], PACK / files[1])
                        entry["video_ms"] = duration_ms(PACK / files[1])
                    entry["sha256"] = {f: sha256_file(PACK / f) for f in files}
                    made += 1
                new_cache[stem] = entry
                variants[loc] = {
                    "title": t["title"], "text": t["text"], "transcript": t["text"],
                    "audio": {"file": files[0], "duration_ms": entry["audio_ms"], "voice": f"espeak-ng {voice}",
                              "synthetic": True},
                    "video": ({"file": files[1], "captions": files[2], "duration_ms": entry["video_ms"]}
                              if plan["video"] else None),
                }
            lessons.append(dict(plan["lesson"], variants=variants))
    # Files no lesson refers to any more (a lesson renamed or removed) leave the pack.
    wanted = {f for e in new_cache.values() for f in e["sha256"]}
    for path in MEDIA.iterdir():
        if f"media/{path.name}" not in wanted:
            path.unlink()
    CACHE.write_text(json.dumps(new_cache, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    print(f"build: media: {made} made, {kept} unchanged")
    return lessons


# ---------------------------------------------------------------------------------------------


def cited_sources(sources, foods, lessons, activities):
    """Only the sources something cites, in sources.json order."""
    cited = {x["source"] for x in foods + lessons + activities}
    return [s for s in sources if s["id"] in cited]


def summary(cat):
    media = sorted(MEDIA.iterdir())
    total = sum(p.stat().st_size for p in PACK.rglob("*") if p.is_file())
    by_ext = {}
    for p in media:
        n, size = by_ext.get(p.suffix, (0, 0))
        by_ext[p.suffix] = (n + 1, size + p.stat().st_size)
    audio_ms = [v["audio"]["duration_ms"] for lesson in cat["lessons"] for v in lesson["variants"].values()]
    locs = sorted({loc for lesson in cat["lessons"] for loc in lesson["variants"]})
    print(f"build: {len(cat['foods'])} foods, {len(cat['lessons'])} lessons, {len(cat['activities'])} activities, "
          f"{len(cat['sources'])} sources; lesson locales: {', '.join(locs)}")
    for ext, (n, size) in sorted(by_ext.items()):
        print(f"build:   {ext}: {n} files, {size / 1000:.0f} kB")
    if audio_ms:
        print(f"build:   audio: {sum(audio_ms) / 1000:.0f} s in all, {min(audio_ms) / 1000:.1f}-"
              f"{max(audio_ms) / 1000:.1f} s each")
    print(f"build: pack: {total / 1000:.0f} kB (budget {PACK_BUDGET_BYTES / 1000:.0f} kB)")
    if total > PACK_BUDGET_BYTES:
        sys.exit(f"build: the pack is {total} bytes, over the {PACK_BUDGET_BYTES}-byte budget")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--allow-missing-locales", action="store_true",
                        help="build lessons in only the locales whose texts exist")
    parser.add_argument("--check", action="store_true", help="check the sources only; write nothing")
    args = parser.parse_args()

    sources, foods, plans, activities = read_sources(args)
    # The catalogue without media, checked before any slow work.
    draft_lessons = [dict(p["lesson"], variants={
        loc: {"title": t["title"], "text": t["text"], "transcript": t["text"],
              "audio": {"file": f"media/{p['lesson']['id']}.{loc}.m4a", "duration_ms": 1,
                        "voice": f"espeak-ng {VOICES[loc]}", "synthetic": True}}
        for loc, t in p["texts"].items()}) for p in plans]
    draft = nfc({"format": FORMAT, "sources": cited_sources(sources, foods, draft_lessons, activities),
                 "foods": foods, "lessons": draft_lessons, "activities": activities})
    validate(draft, check_media=False)
    if args.check:
        print(f"build: sources are good: {len(foods)} foods, {len(plans)} lessons, {len(activities)} activities")
        return

    versions = tool_versions()
    plans = nfc(plans)
    lessons = make_media(plans, versions)
    cat = nfc({"format": FORMAT, "sources": cited_sources(sources, foods, lessons, activities), "foods": foods,
               "lessons": lessons, "activities": activities})
    validate(cat, check_media=True)
    PACK.mkdir(exist_ok=True)
    text = json.dumps(cat, ensure_ascii=False, sort_keys=True, indent=1) + "\n"
    (PACK / "catalogue.json").write_text(text, encoding="utf-8")
    summary(cat)


if __name__ == "__main__":
    main()
