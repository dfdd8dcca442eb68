-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema version 2: the (person, skill) history index also carries level and interest, so
-- as-of reads (readiness, one cell's history) find everything in the index and never visit the
-- table rows. Readiness over 10,000 people reads a quarter of a million rows this way.
DROP INDEX assessment_lookup_idx;
CREATE INDEX assessment_lookup_idx ON assessment (person_id, skill_id, source, assessed_on, id, level, interest);
