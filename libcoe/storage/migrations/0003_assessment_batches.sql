-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema version 3: bulk assessments. A spreadsheet import of many cells with one source and
-- one date is stored as one batch: a grid of people × skills with one byte per cell (0: no
-- cell, otherwise level + 1), instead of one assessment row per cell. Each batch cell means
-- exactly what an assessment row with that person, skill, source, level and date would mean,
-- ordered after the rows whose id is at most after_id and before every later row (batches
-- with the same after_id in id order). The grid's rows and columns are link rows, so deleting
-- a person or skill drops their cells like it drops their assessment rows, and undoing the
-- deletion brings them back.
CREATE TABLE assessment_batch (
    id ${ID},
    after_id ${REF} NOT NULL,
    source TEXT NOT NULL CHECK (source IN ('self', 'lead', 'consultant')),
    assessed_on TEXT NOT NULL CHECK (assessed_on LIKE '____-__-__'),
    people INTEGER NOT NULL CHECK (people >= 0),
    skills INTEGER NOT NULL CHECK (skills >= 0),
    levels ${BLOB} NOT NULL
);

CREATE TABLE assessment_batch_person (
    batch_id ${REF} NOT NULL REFERENCES assessment_batch (id) ON DELETE CASCADE,
    position INTEGER NOT NULL CHECK (position >= 0),
    person_id ${REF} NOT NULL REFERENCES person (id) ON DELETE CASCADE,
    PRIMARY KEY (batch_id, position),
    UNIQUE (batch_id, person_id)
);
CREATE INDEX assessment_batch_person_idx ON assessment_batch_person (person_id);

CREATE TABLE assessment_batch_skill (
    batch_id ${REF} NOT NULL REFERENCES assessment_batch (id) ON DELETE CASCADE,
    position INTEGER NOT NULL CHECK (position >= 0),
    skill_id ${REF} NOT NULL REFERENCES skill (id) ON DELETE CASCADE,
    PRIMARY KEY (batch_id, position),
    UNIQUE (batch_id, skill_id)
);
CREATE INDEX assessment_batch_skill_idx ON assessment_batch_skill (skill_id);
