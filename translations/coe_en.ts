<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AssessmentBatches</name>
    <message numerus="yes">
        <source>assessment batch %1: %n link(s) outside its grid</source>
        <translation>
            <numerusform>assessment batch %1: %n link outside its grid</numerusform>
            <numerusform>assessment batch %1: %n links outside its grid</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message numerus="yes">
        <source>Import %n cell(s) from %1</source>
        <translation>
            <numerusform>Import %n cell from %1</numerusform>
            <numerusform>Import %n cells from %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RowStore</name>
    <message numerus="yes">
        <source>It is still used by %n row(s) of %1.</source>
        <translation>
            <numerusform>It is still used by %n row of %1.</numerusform>
            <numerusform>It is still used by %n rows of %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>coe::SkillMatrixModel</name>
    <message numerus="yes">
        <source>%1: average %2 over %n skill(s)</source>
        <translation>
            <numerusform>%1: average %2 over %n skill</numerusform>
            <numerusform>%1: average %2 over %n skills</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>coe::SkillTreeModel</name>
    <message numerus="yes">
        <source>%n skill(s)</source>
        <translation>
            <numerusform>%n skill</numerusform>
            <numerusform>%n skills</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>coe::ui::ChangelogDialog</name>
    <message numerus="yes">
        <source>%n change(s) since version %1:</source>
        <translation>
            <numerusform>%n change since version %1:</numerusform>
            <numerusform>%n changes since version %1:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>coe::ui::EngagementsView</name>
    <message numerus="yes">
        <source>rolls off in %n day(s)</source>
        <translation>
            <numerusform>rolls off in %n day</numerusform>
            <numerusform>rolls off in %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete “%1” with its %n capability(ies) and their history? Undo brings it back.</source>
        <translation>
            <numerusform>Delete “%1” with its %n capability and its history? Undo brings it back.</numerusform>
            <numerusform>Delete “%1” with its %n capabilities and their history? Undo brings it back.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>coe::ui::MainWindow</name>
    <message numerus="yes">
        <source>Imported %n cell(s) from %1 — undo with %2</source>
        <translation>
            <numerusform>Imported %n cell from %1 — undo with %2</numerusform>
            <numerusform>Imported %n cells from %1 — undo with %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>coe::ui::MatrixImportDialog</name>
    <message numerus="yes">
        <source>%n cell(s) to import from %1 row(s)</source>
        <translation>
            <numerusform>%n cell to import from %1 row(s)</numerusform>
            <numerusform>%n cells to import from %1 row(s)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1%2. %n problem(s) — fix the file or the choices above, or skip bad cells.</source>
        <translation>
            <numerusform>%1%2. %n problem — fix the file or the choices above, or skip bad cells.</numerusform>
            <numerusform>%1%2. %n problems — fix the file or the choices above, or skip bad cells.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>coe::ui::MatrixTable</name>
    <message numerus="yes">
        <source>Paste %n cell(s)</source>
        <translation>
            <numerusform>Paste %n cell</numerusform>
            <numerusform>Paste %n cells</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Set %n cell(s) to %1</source>
        <translation>
            <numerusform>Set %n cell to %1</numerusform>
            <numerusform>Set %n cells to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Clear %n cell(s)</source>
        <translation>
            <numerusform>Clear %n cell</numerusform>
            <numerusform>Clear %n cells</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Set the personal target of %n cell(s) to %1</source>
        <translation>
            <numerusform>Set the personal target of %n cell to %1</numerusform>
            <numerusform>Set the personal target of %n cells to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Clear the personal target of %n cell(s)</source>
        <translation>
            <numerusform>Clear the personal target of %n cell</numerusform>
            <numerusform>Clear the personal target of %n cells</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>coe::ui::MatrixView</name>
    <message numerus="yes">
        <source>%n level(s) below target</source>
        <translation>
            <numerusform>%n level below target</numerusform>
            <numerusform>%n levels below target</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>coe::ui::PeopleView</name>
    <message numerus="yes">
        <source>Delete %n people</source>
        <translation>
            <numerusform>Delete %n person</numerusform>
            <numerusform>Delete %n people</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>coe::ui::SessionsView</name>
    <message numerus="yes">
        <source>Added %n suggested attendee(s); hover for why.</source>
        <translation>
            <numerusform>Added %n suggested attendee; hover for why.</numerusform>
            <numerusform>Added %n suggested attendees; hover for why.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n level proposal(s) wait in the review queue.</source>
        <translation>
            <numerusform>%n level proposal waits in the review queue.</numerusform>
            <numerusform>%n level proposals wait in the review queue.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 (%n page(s)).</source>
        <translation>
            <numerusform>Wrote %1 (%n page).</numerusform>
            <numerusform>Wrote %1 (%n pages).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>coe::ui::SkillsView</name>
    <message numerus="yes">
        <source>Delete %n skill(s) or categories</source>
        <translation>
            <numerusform>Delete %n skill or category</numerusform>
            <numerusform>Delete %n skills or categories</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>coe::ui::SummitView</name>
    <message numerus="yes">
        <source>Added to %n more room(s).</source>
        <translation>
            <numerusform>Added to %n more room.</numerusform>
            <numerusform>Added to %n more rooms.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n warning(s)&lt;/b&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;%n warning&lt;/b&gt;</numerusform>
            <numerusform>&lt;b&gt;%n warnings&lt;/b&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) since version %1.</source>
        <translation>
            <numerusform>%n change since version %1.</numerusform>
            <numerusform>%n changes since version %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s) are still open.</source>
        <translation>
            <numerusform>%n warning is still open.</numerusform>
            <numerusform>%n warnings are still open.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added %n track(s).</source>
        <translation>
            <numerusform>Added %n track.</numerusform>
            <numerusform>Added %n tracks.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 (%n page(s)).</source>
        <translation>
            <numerusform>Wrote %1 (%n page).</numerusform>
            <numerusform>Wrote %1 (%n pages).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) needed fixing; see the details.</source>
        <translation>
            <numerusform>%n event needed fixing; see the details.</numerusform>
            <numerusform>%n events needed fixing; see the details.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>coe::ui::WeekView</name>
    <message numerus="yes">
        <source>%1, %2–%3
%4
%n attendee(s)</source>
        <translation>
            <numerusform>%1, %2–%3
%4
%n attendee</numerusform>
            <numerusform>%1, %2–%3
%4
%n attendees</numerusform>
        </translation>
    </message>
</context>
</TS>
