-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema version 4: times that know their zone, and summit items that keep who they are.
--
-- Instants are stored as the wall clock of their zone, and the zone beside them:
-- - a summit's slots are in the summit's time_zone, an IANA name ('Europe/Berlin') or, when a
--   source gave only an offset, a fixed offset ('UTC+01:00'); both are QTimeZone ids;
-- - a session's starts_at is in the session's own time_zone; '' means the workspace's zone
--   (meta key 'time_zone', or the system's zone where none is set), which is how every
--   session was read before this version, so no instant moves.
-- A summit item keeps the identity a schedule gave it: its frab guid, numeric id and slug
-- (NULL, NULL and '' for items made in CoE Studio, which export stable ones of their own).
-- An item may last as long as its summit's days allow; the cap of 12 hours is gone.
--
-- Dropping a CHECK needs a new table in SQLite. summit_item is copied with its children
-- (item_speaker, item_skill, slot): the old children go first, then the old summit_item, so
-- no implicit delete cascades anywhere; the new tables are then renamed into place, which
-- points their foreign keys at the new summit_item in both databases. Every row keeps its id.
ALTER TABLE kt_session ADD COLUMN time_zone TEXT NOT NULL DEFAULT '';

CREATE TABLE summit_item_v4 (
    id ${ID},
    summit_id ${REF} NOT NULL REFERENCES summit (id) ON DELETE CASCADE,
    kind TEXT NOT NULL CHECK (kind IN ('talk', 'workshop', 'lightning', 'plenary', 'break')),
    title TEXT NOT NULL CHECK (title <> ''),
    abstract TEXT NOT NULL DEFAULT '',
    track_id ${REF} REFERENCES track (id) ON DELETE SET NULL,
    expected_audience INTEGER NOT NULL DEFAULT 0 CHECK (expected_audience >= 0),
    equipment TEXT NOT NULL DEFAULT '',
    duration_min INTEGER NOT NULL CHECK (duration_min >= 5),
    guid TEXT CHECK (guid IS NULL OR guid <> ''),
    frab_id ${REF},
    slug TEXT NOT NULL DEFAULT '',
    version INTEGER NOT NULL DEFAULT 1,
    UNIQUE (summit_id, guid)
);
INSERT INTO summit_item_v4 (id, summit_id, kind, title, abstract, track_id, expected_audience, equipment, duration_min, version)
    SELECT id, summit_id, kind, title, abstract, track_id, expected_audience, equipment, duration_min, version FROM summit_item;

CREATE TABLE item_speaker_v4 (
    item_id ${REF} NOT NULL REFERENCES summit_item_v4 (id) ON DELETE CASCADE,
    person_id ${REF} NOT NULL REFERENCES person (id) ON DELETE CASCADE,
    PRIMARY KEY (item_id, person_id)
);
INSERT INTO item_speaker_v4 (item_id, person_id) SELECT item_id, person_id FROM item_speaker;

CREATE TABLE item_skill_v4 (
    item_id ${REF} NOT NULL REFERENCES summit_item_v4 (id) ON DELETE CASCADE,
    skill_id ${REF} NOT NULL REFERENCES skill (id) ON DELETE CASCADE,
    PRIMARY KEY (item_id, skill_id)
);
INSERT INTO item_skill_v4 (item_id, skill_id) SELECT item_id, skill_id FROM item_skill;

CREATE TABLE slot_v4 (
    id ${ID},
    item_id ${REF} NOT NULL REFERENCES summit_item_v4 (id) ON DELETE CASCADE,
    room_id ${REF} NOT NULL REFERENCES room (id) ON DELETE CASCADE,
    starts_at TEXT NOT NULL CHECK (starts_at LIKE '____-__-__T__:__%'),
    ends_at TEXT NOT NULL CHECK (ends_at LIKE '____-__-__T__:__%'),
    version INTEGER NOT NULL DEFAULT 1,
    CHECK (ends_at > starts_at)
);
INSERT INTO slot_v4 (id, item_id, room_id, starts_at, ends_at, version)
    SELECT id, item_id, room_id, starts_at, ends_at, version FROM slot;

DROP TABLE slot;
DROP TABLE item_skill;
DROP TABLE item_speaker;
DROP TABLE summit_item;

ALTER TABLE summit_item_v4 RENAME TO summit_item;
ALTER TABLE item_speaker_v4 RENAME TO item_speaker;
ALTER TABLE item_skill_v4 RENAME TO item_skill;
ALTER TABLE slot_v4 RENAME TO slot;
CREATE INDEX slot_room_idx ON slot (room_id, starts_at);
CREATE INDEX slot_item_idx ON slot (item_id);
