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
    <name>MatrixImport</name>
    <message numerus="yes">
        <source>… and %n more problem(s)</source>
        <translation>
            <numerusform>… and %n more problem</numerusform>
            <numerusform>… and %n more problems</numerusform>
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
    <name>ZipArchive</name>
    <message numerus="yes">
        <source>%n bytes</source>
        <translation>
            <numerusform>%n byte</numerusform>
            <numerusform>%n bytes</numerusform>
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
    <message numerus="yes">
        <source>%1: the average of its %n skill(s); click the band to unfold it</source>
        <translation>
            <numerusform>%1: the average of its %n skill; click the band to unfold it</numerusform>
            <numerusform>%1: the average of its %n skills; click the band to unfold it</numerusform>
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
    <name>coe::commands::TransferEdits</name>
    <message numerus="yes">
        <source>Accept %n level proposal(s)</source>
        <translation>
            <numerusform>Accept %n level proposal</numerusform>
            <numerusform>Accept %n level proposals</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reject %n level proposal(s)</source>
        <translation>
            <numerusform>Reject %n level proposal</numerusform>
            <numerusform>Reject %n level proposals</numerusform>
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
    <message numerus="yes">
        <source>Line %1 is past the rows the preview shows (the first %n).</source>
        <translation>
            <numerusform>Line %1 is past the rows the preview shows (the first %n).</numerusform>
            <numerusform>Line %1 is past the rows the preview shows (the first %n).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>In the first %n row(s): </source>
        <translation>
            <numerusform>In the first %n row: </numerusform>
            <numerusform>In the first %n rows: </numerusform>
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
    <message numerus="yes">
        <source>%n cell(s)</source>
        <translation>
            <numerusform>%n cell</numerusform>
            <numerusform>%n cells</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Pasted %n cell(s) at %1</source>
        <translation>
            <numerusform>Pasted %n cell at %1</numerusform>
            <numerusform>Pasted %n cells at %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n category average(s) were left as they are, since they follow their skills</source>
        <translation>
            <numerusform>; %n category average was left as it is, since it follows its skills</numerusform>
            <numerusform>; %n category averages were left as they are, since they follow their skills</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Set %n cell(s) to %1 %2</source>
        <translation>
            <numerusform>Set %n cell to %1 %2</numerusform>
            <numerusform>Set %n cells to %1 %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n category average(s) left as they are</source>
        <translation>
            <numerusform>; %n category average left as it is</numerusform>
            <numerusform>; %n category averages left as they are</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of the selected cells also hold a consultant&apos;s level or a self-assessment, which the effective view shows once the lead&apos;s level is gone.</source>
        <translation>
            <numerusform>%n of the selected cells also holds a consultant&apos;s level or a self-assessment, which the effective view shows once the lead&apos;s level is gone.</numerusform>
            <numerusform>%n of the selected cells also hold a consultant&apos;s level or a self-assessment, which the effective view shows once the lead&apos;s level is gone.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n still show(s) a consultant&apos;s level</source>
        <translation>
            <numerusform>; %n still shows a consultant&apos;s level</numerusform>
            <numerusform>; %n still show a consultant&apos;s level</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> and %n a self-assessment</source>
        <translation>
            <numerusform> and %n a self-assessment</numerusform>
            <numerusform> and %n a self-assessment</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n still show(s) a self-assessment</source>
        <translation>
            <numerusform>; %n still shows a self-assessment</numerusform>
            <numerusform>; %n still show a self-assessment</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copied %n cell(s).</source>
        <translation>
            <numerusform>Copied %n cell.</numerusform>
            <numerusform>Copied %n cells.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more</source>
        <translation>
            <numerusform>%n more</numerusform>
            <numerusform>%n more</numerusform>
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
    <message numerus="yes">
        <source>Accept %n</source>
        <translation>
            <numerusform>Accept %n</numerusform>
            <numerusform>Accept %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reject %n…</source>
        <translation>
            <numerusform>Reject %n…</numerusform>
            <numerusform>Reject %n…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Accepted %n level proposal(s) for %1: recorded as the lead&apos;s assessment.</source>
        <translation>
            <numerusform>Accepted %n level proposal for %1: recorded as the lead&apos;s assessment.</numerusform>
            <numerusform>Accepted %n level proposals for %1: recorded as the lead&apos;s assessment.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rejected %n level proposal(s).</source>
        <translation>
            <numerusform>Rejected %n level proposal.</numerusform>
            <numerusform>Rejected %n level proposals.</numerusform>
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
    <name>coe::ui::SummitItemDialog</name>
    <message numerus="yes">
        <source>In %n room(s) at once: a new day or start moves them all.</source>
        <translation>
            <numerusform>In %n room at once: a new day or start moves them all.</numerusform>
            <numerusform>In %n rooms at once: a new day or start moves them all.</numerusform>
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
