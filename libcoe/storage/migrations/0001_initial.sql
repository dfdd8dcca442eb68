-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema version 1: every entity of the CoE Studio glossary.
-- Portable SQL for SQLite and PostgreSQL. ${ID} and ${REF} are replaced by the dialect
-- (SQLite: INTEGER PRIMARY KEY / INTEGER; PostgreSQL: BIGINT identity / BIGINT).
-- Dates are TEXT 'YYYY-MM-DD', date-times TEXT ISO 8601 with offset, times TEXT 'HH:MM', so
-- both databases compare and return them alike. Statements end with ';' at the end of a line.
-- Editable rows carry `version`, which every UPDATE checks and increments.

CREATE TABLE meta (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

CREATE TABLE scale_level (
    level INTEGER PRIMARY KEY CHECK (level BETWEEN 0 AND 10),
    label TEXT NOT NULL CHECK (label <> ''),
    description TEXT NOT NULL DEFAULT '',
    color TEXT NOT NULL CHECK (color LIKE '#______'),
    meaning TEXT UNIQUE CHECK (meaning IN ('independent', 'teacher'))
);

CREATE TABLE team (
    id ${ID},
    name TEXT NOT NULL UNIQUE CHECK (name <> ''),
    description TEXT NOT NULL DEFAULT '',
    version INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE role (
    id ${ID},
    name TEXT NOT NULL UNIQUE CHECK (name <> ''),
    description TEXT NOT NULL DEFAULT '',
    version INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE skill_category (
    id ${ID},
    parent_id ${REF} REFERENCES skill_category (id) ON DELETE CASCADE,
    name TEXT NOT NULL CHECK (name <> ''),
    position INTEGER NOT NULL DEFAULT 0,
    version INTEGER NOT NULL DEFAULT 1,
    UNIQUE (parent_id, name)
);

CREATE TABLE skill (
    id ${ID},
    category_id ${REF} NOT NULL REFERENCES skill_category (id) ON DELETE CASCADE,
    name TEXT NOT NULL UNIQUE CHECK (name <> ''),
    description TEXT NOT NULL DEFAULT '',
    position INTEGER NOT NULL DEFAULT 0,
    version INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX skill_category_idx ON skill (category_id);

CREATE TABLE role_target (
    role_id ${REF} NOT NULL REFERENCES role (id) ON DELETE CASCADE,
    skill_id ${REF} NOT NULL REFERENCES skill (id) ON DELETE CASCADE,
    level INTEGER NOT NULL REFERENCES scale_level (level),
    PRIMARY KEY (role_id, skill_id)
);

CREATE TABLE person (
    id ${ID},
    name TEXT NOT NULL CHECK (name <> ''),
    email TEXT UNIQUE CHECK (email IS NULL OR email LIKE '%_@_%'),
    external INTEGER NOT NULL DEFAULT 0 CHECK (external IN (0, 1)),
    team_id ${REF} REFERENCES team (id) ON DELETE SET NULL,
    role_id ${REF} REFERENCES role (id) ON DELETE SET NULL,
    time_zone TEXT NOT NULL DEFAULT '',
    version INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX person_team_idx ON person (team_id);
CREATE INDEX person_role_idx ON person (role_id);

CREATE TABLE person_target (
    person_id ${REF} NOT NULL REFERENCES person (id) ON DELETE CASCADE,
    skill_id ${REF} NOT NULL REFERENCES skill (id) ON DELETE CASCADE,
    level INTEGER NOT NULL REFERENCES scale_level (level),
    PRIMARY KEY (person_id, skill_id)
);

-- Append-only: the current value per person, skill and source is the latest row.
-- A NULL level records that the level was cleared.
CREATE TABLE assessment (
    id ${ID},
    person_id ${REF} NOT NULL REFERENCES person (id) ON DELETE CASCADE,
    skill_id ${REF} NOT NULL REFERENCES skill (id) ON DELETE CASCADE,
    source TEXT NOT NULL CHECK (source IN ('self', 'lead', 'consultant')),
    level INTEGER REFERENCES scale_level (level),
    interest INTEGER CHECK (interest BETWEEN 0 AND 3),
    assessed_on TEXT NOT NULL CHECK (assessed_on LIKE '____-__-__'),
    note TEXT NOT NULL DEFAULT ''
);
CREATE INDEX assessment_lookup_idx ON assessment (person_id, skill_id, source, assessed_on, id);
CREATE INDEX assessment_skill_idx ON assessment (skill_id);

CREATE TABLE team_requirement (
    team_id ${REF} NOT NULL REFERENCES team (id) ON DELETE CASCADE,
    skill_id ${REF} NOT NULL REFERENCES skill (id) ON DELETE CASCADE,
    min_independent INTEGER NOT NULL DEFAULT 2 CHECK (min_independent >= 1),
    teacher_required INTEGER NOT NULL DEFAULT 0 CHECK (teacher_required IN (0, 1)),
    PRIMARY KEY (team_id, skill_id)
);

CREATE TABLE engagement (
    id ${ID},
    name TEXT NOT NULL UNIQUE CHECK (name <> ''),
    team_id ${REF} NOT NULL REFERENCES team (id) ON DELETE CASCADE,
    starts_on TEXT NOT NULL CHECK (starts_on LIKE '____-__-__'),
    roll_off_on TEXT NOT NULL CHECK (roll_off_on LIKE '____-__-__'),
    version INTEGER NOT NULL DEFAULT 1,
    CHECK (roll_off_on >= starts_on)
);

CREATE TABLE engagement_consultant (
    engagement_id ${REF} NOT NULL REFERENCES engagement (id) ON DELETE CASCADE,
    person_id ${REF} NOT NULL REFERENCES person (id) ON DELETE CASCADE,
    PRIMARY KEY (engagement_id, person_id)
);

CREATE TABLE capability (
    id ${ID},
    engagement_id ${REF} NOT NULL REFERENCES engagement (id) ON DELETE CASCADE,
    name TEXT NOT NULL CHECK (name <> ''),
    description TEXT NOT NULL DEFAULT '',
    owner_id ${REF} REFERENCES person (id) ON DELETE SET NULL,
    expert_id ${REF} REFERENCES person (id) ON DELETE SET NULL,
    version INTEGER NOT NULL DEFAULT 1,
    UNIQUE (engagement_id, name)
);

CREATE TABLE capability_skill (
    capability_id ${REF} NOT NULL REFERENCES capability (id) ON DELETE CASCADE,
    skill_id ${REF} NOT NULL REFERENCES skill (id) ON DELETE CASCADE,
    PRIMARY KEY (capability_id, skill_id)
);

-- Phase history: 0 Expert leads, 1 Pairing, 2 Staff leads, 3 Handed over. Current = latest.
CREATE TABLE capability_phase (
    id ${ID},
    capability_id ${REF} NOT NULL REFERENCES capability (id) ON DELETE CASCADE,
    phase INTEGER NOT NULL CHECK (phase BETWEEN 0 AND 3),
    changed_on TEXT NOT NULL CHECK (changed_on LIKE '____-__-__'),
    confirmed_by ${REF} REFERENCES person (id) ON DELETE SET NULL,
    note TEXT NOT NULL DEFAULT ''
);
CREATE INDEX capability_phase_idx ON capability_phase (capability_id, changed_on, id);

CREATE TABLE kt_session (
    id ${ID},
    title TEXT NOT NULL CHECK (title <> ''),
    instructor_id ${REF} REFERENCES person (id) ON DELETE SET NULL,
    starts_at TEXT NOT NULL CHECK (starts_at LIKE '____-__-__T__:__%'),
    duration_min INTEGER NOT NULL DEFAULT 45 CHECK (duration_min BETWEEN 15 AND 90),
    location TEXT NOT NULL DEFAULT '',
    link TEXT NOT NULL DEFAULT '',
    learn_md TEXT NOT NULL DEFAULT '',
    see_md TEXT NOT NULL DEFAULT '',
    apply_md TEXT NOT NULL DEFAULT '',
    version INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE kt_session_skill (
    session_id ${REF} NOT NULL REFERENCES kt_session (id) ON DELETE CASCADE,
    skill_id ${REF} NOT NULL REFERENCES skill (id) ON DELETE CASCADE,
    PRIMARY KEY (session_id, skill_id)
);

CREATE TABLE kt_attendee (
    session_id ${REF} NOT NULL REFERENCES kt_session (id) ON DELETE CASCADE,
    person_id ${REF} NOT NULL REFERENCES person (id) ON DELETE CASCADE,
    attended INTEGER CHECK (attended IN (0, 1)),
    PRIMARY KEY (session_id, person_id)
);

CREATE TABLE apply_task (
    id ${ID},
    session_id ${REF} NOT NULL,
    person_id ${REF} NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    due_on TEXT CHECK (due_on IS NULL OR due_on LIKE '____-__-__'),
    done_on TEXT CHECK (done_on IS NULL OR done_on LIKE '____-__-__'),
    outcome TEXT NOT NULL DEFAULT '',
    version INTEGER NOT NULL DEFAULT 1,
    FOREIGN KEY (session_id, person_id) REFERENCES kt_attendee (session_id, person_id) ON DELETE CASCADE
);

CREATE TABLE level_proposal (
    id ${ID},
    apply_task_id ${REF} NOT NULL REFERENCES apply_task (id) ON DELETE CASCADE,
    skill_id ${REF} NOT NULL REFERENCES skill (id) ON DELETE CASCADE,
    from_level INTEGER REFERENCES scale_level (level),
    to_level INTEGER NOT NULL REFERENCES scale_level (level),
    status TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'accepted', 'rejected')),
    reason TEXT NOT NULL DEFAULT '',
    decided_on TEXT CHECK (decided_on IS NULL OR decided_on LIKE '____-__-__'),
    assessment_id ${REF} REFERENCES assessment (id) ON DELETE SET NULL,
    version INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE summit (
    id ${ID},
    name TEXT NOT NULL UNIQUE CHECK (name <> ''),
    venue TEXT NOT NULL DEFAULT '',
    time_zone TEXT NOT NULL DEFAULT 'UTC',
    starts_on TEXT NOT NULL CHECK (starts_on LIKE '____-__-__'),
    ends_on TEXT NOT NULL CHECK (ends_on LIKE '____-__-__'),
    day_starts TEXT NOT NULL DEFAULT '09:00' CHECK (day_starts LIKE '__:__'),
    day_ends TEXT NOT NULL DEFAULT '17:30' CHECK (day_ends LIKE '__:__'),
    min_speaker_gap_min INTEGER NOT NULL DEFAULT 10 CHECK (min_speaker_gap_min >= 0),
    version INTEGER NOT NULL DEFAULT 1,
    CHECK (ends_on >= starts_on),
    CHECK (day_ends > day_starts)
);

CREATE TABLE room (
    id ${ID},
    summit_id ${REF} NOT NULL REFERENCES summit (id) ON DELETE CASCADE,
    name TEXT NOT NULL CHECK (name <> ''),
    capacity INTEGER NOT NULL DEFAULT 0 CHECK (capacity >= 0),
    equipment TEXT NOT NULL DEFAULT '',
    position INTEGER NOT NULL DEFAULT 0,
    version INTEGER NOT NULL DEFAULT 1,
    UNIQUE (summit_id, name)
);

CREATE TABLE track (
    id ${ID},
    summit_id ${REF} NOT NULL REFERENCES summit (id) ON DELETE CASCADE,
    name TEXT NOT NULL CHECK (name <> ''),
    color TEXT NOT NULL DEFAULT '#41b6c4' CHECK (color LIKE '#______'),
    version INTEGER NOT NULL DEFAULT 1,
    UNIQUE (summit_id, name)
);

CREATE TABLE summit_item (
    id ${ID},
    summit_id ${REF} NOT NULL REFERENCES summit (id) ON DELETE CASCADE,
    kind TEXT NOT NULL CHECK (kind IN ('talk', 'workshop', 'lightning', 'plenary', 'break')),
    title TEXT NOT NULL CHECK (title <> ''),
    abstract TEXT NOT NULL DEFAULT '',
    track_id ${REF} REFERENCES track (id) ON DELETE SET NULL,
    expected_audience INTEGER NOT NULL DEFAULT 0 CHECK (expected_audience >= 0),
    equipment TEXT NOT NULL DEFAULT '',
    duration_min INTEGER NOT NULL CHECK (duration_min BETWEEN 5 AND 720),
    version INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE item_speaker (
    item_id ${REF} NOT NULL REFERENCES summit_item (id) ON DELETE CASCADE,
    person_id ${REF} NOT NULL REFERENCES person (id) ON DELETE CASCADE,
    PRIMARY KEY (item_id, person_id)
);

CREATE TABLE item_skill (
    item_id ${REF} NOT NULL REFERENCES summit_item (id) ON DELETE CASCADE,
    skill_id ${REF} NOT NULL REFERENCES skill (id) ON DELETE CASCADE,
    PRIMARY KEY (item_id, skill_id)
);

CREATE TABLE slot (
    id ${ID},
    item_id ${REF} NOT NULL REFERENCES summit_item (id) ON DELETE CASCADE,
    room_id ${REF} NOT NULL REFERENCES room (id) ON DELETE CASCADE,
    starts_at TEXT NOT NULL CHECK (starts_at LIKE '____-__-__T__:__%'),
    ends_at TEXT NOT NULL CHECK (ends_at LIKE '____-__-__T__:__%'),
    version INTEGER NOT NULL DEFAULT 1,
    CHECK (ends_at > starts_at)
);
CREATE INDEX slot_room_idx ON slot (room_id, starts_at);
CREATE INDEX slot_item_idx ON slot (item_id);

CREATE TABLE speaker_availability (
    id ${ID},
    summit_id ${REF} NOT NULL REFERENCES summit (id) ON DELETE CASCADE,
    person_id ${REF} NOT NULL REFERENCES person (id) ON DELETE CASCADE,
    day TEXT NOT NULL CHECK (day LIKE '____-__-__'),
    available_from TEXT NOT NULL CHECK (available_from LIKE '__:__'),
    available_to TEXT NOT NULL CHECK (available_to LIKE '__:__'),
    CHECK (available_to > available_from)
);

CREATE TABLE warning_ack (
    id ${ID},
    summit_id ${REF} NOT NULL REFERENCES summit (id) ON DELETE CASCADE,
    warning_key TEXT NOT NULL,
    note TEXT NOT NULL DEFAULT '',
    acknowledged_at TEXT NOT NULL,
    UNIQUE (summit_id, warning_key)
);

CREATE TABLE schedule_release (
    id ${ID},
    summit_id ${REF} NOT NULL REFERENCES summit (id) ON DELETE CASCADE,
    number INTEGER NOT NULL CHECK (number >= 1),
    released_at TEXT NOT NULL,
    snapshot TEXT NOT NULL,
    UNIQUE (summit_id, number)
);
