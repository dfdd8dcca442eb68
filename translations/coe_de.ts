<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>AssessmentBatches</name>
    <message>
        <source>Assessment batch %1 is damaged: its grid holds %2 bytes for %3 × %4 cells.</source>
        <translation>Bewertungsstapel %1 ist beschädigt: sein Raster enthält %2 Bytes für %3 × %4 Zellen.</translation>
    </message>
    <message>
        <source>assessment batch %1: %2 bytes of levels for %3 people × %4 skills</source>
        <translation>Bewertungsstapel %1: %2 Bytes Stufen für %3 Personen × %4 Fähigkeiten</translation>
    </message>
    <message numerus="yes">
        <source>assessment batch %1: %n link(s) outside its grid</source>
        <translation>
            <numerusform>Bewertungsstapel %1: %n Verknüpfung außerhalb seines Rasters</numerusform>
            <numerusform>Bewertungsstapel %1: %n Verknüpfungen außerhalb seines Rasters</numerusform>
        </translation>
    </message>
    <message>
        <source>assessment batch %1: cell %2 holds %3, which is no level on the scale</source>
        <translation>Bewertungsstapel %1: Zelle %2 enthält %3, das ist keine Stufe der Skala</translation>
    </message>
</context>
<context>
    <name>CatalogImport</name>
    <message>
        <source>%1, line 1: no &apos;name&apos; column. The header needs at least: name; it may also have email, team, role, external, time zone.</source>
        <translation>%1, Zeile 1: keine Spalte „name“. Die Kopfzeile braucht mindestens: name; sie kann außerdem email, team, role, external, time zone enthalten.</translation>
    </message>
    <message>
        <source>Import people from %1</source>
        <translation>Personen aus %1 importieren</translation>
    </message>
    <message>
        <source>%1, line %2</source>
        <translation>%1, Zeile %2</translation>
    </message>
    <message>
        <source>%1 has %2 fields, the header has %3</source>
        <translation>%1 hat %2 Felder, die Kopfzeile hat %3</translation>
    </message>
    <message>
        <source>%1: the name is empty</source>
        <translation>%1: der Name ist leer</translation>
    </message>
    <message>
        <source>%1: external must be yes or no, not &apos;%2&apos;</source>
        <translation>%1: external muss yes oder no sein, nicht „%2“</translation>
    </message>
    <message>
        <source>%1: %2 appears twice in the file</source>
        <translation>%1: %2 kommt zweimal in der Datei vor</translation>
    </message>
    <message>
        <source>team %1</source>
        <translation>Team %1</translation>
    </message>
    <message>
        <source>role %1</source>
        <translation>Rolle %1</translation>
    </message>
    <message>
        <source>%1 has a header but no people.</source>
        <translation>%1 hat eine Kopfzeile, aber keine Personen.</translation>
    </message>
    <message>
        <source>%1, line 1: the header needs the columns category and skill (and may have description).</source>
        <translation>%1, Zeile 1: die Kopfzeile braucht die Spalten category und skill (und kann description haben).</translation>
    </message>
    <message>
        <source>Import skills from %1</source>
        <translation>Skills aus %1 importieren</translation>
    </message>
    <message>
        <source>%1: the category is empty</source>
        <translation>%1: die Kategorie ist leer</translation>
    </message>
    <message>
        <source>%1: the skill is empty</source>
        <translation>%1: der Skill ist leer</translation>
    </message>
    <message>
        <source>%1: the skill %2 appears twice in the file</source>
        <translation>%1: der Skill %2 kommt zweimal in der Datei vor</translation>
    </message>
    <message>
        <source>category %1</source>
        <translation>Kategorie %1</translation>
    </message>
    <message>
        <source>%1 has a header but no skills.</source>
        <translation>%1 hat eine Kopfzeile, aber keine Skills.</translation>
    </message>
    <message>
        <source>%1: the %2 is %3 characters long; at most %4 are allowed</source>
        <translation>%1: das Feld %2 ist %3 Zeichen lang; erlaubt sind höchstens %4</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>time zone</source>
        <translation>Zeitzone</translation>
    </message>
    <message>
        <source>skill</source>
        <translation>Skill</translation>
    </message>
    <message>
        <source>category</source>
        <translation>Kategorie</translation>
    </message>
</context>
<context>
    <name>Chart</name>
    <message>
        <source>All teams · data as of %1</source>
        <translation>Alle Teams · Datenstand %1</translation>
    </message>
    <message>
        <source>%1 · data as of %2</source>
        <translation>%1 · Datenstand %2</translation>
    </message>
    <message>
        <source>%1 months ago</source>
        <translation>vor %1 Monaten</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Jetzt</translation>
    </message>
    <message>
        <source>Coverage by skill category</source>
        <translation>Abdeckung nach Skill-Kategorie</translation>
    </message>
    <message>
        <source>Expert leads</source>
        <translation>Experte führt</translation>
    </message>
    <message>
        <source>Pairing</source>
        <translation>Pairing</translation>
    </message>
    <message>
        <source>Staff leads</source>
        <translation>Team führt</translation>
    </message>
    <message>
        <source>Handed over</source>
        <translation>Übergeben</translation>
    </message>
    <message>
        <source>Capabilities</source>
        <translation>Fähigkeiten</translation>
    </message>
    <message>
        <source>Capabilities by hand-over phase</source>
        <translation>Fähigkeiten nach Übergabephase</translation>
    </message>
    <message>
        <source>Readiness index</source>
        <translation>Bereitschaftsindex</translation>
    </message>
    <message>
        <source>Forecast to roll-off on %1</source>
        <translation>Prognose bis zum Abzug am %1</translation>
    </message>
    <message>
        <source>Index (0-100)</source>
        <translation>Index (0–100)</translation>
    </message>
    <message>
        <source>Readiness index by month</source>
        <translation>Bereitschaftsindex nach Monat</translation>
    </message>
    <message>
        <source>Independent or above</source>
        <translation>Selbstständig oder höher</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Benötigt</translation>
    </message>
    <message>
        <source> — single point of failure</source>
        <translation> — einzelne Schwachstelle</translation>
    </message>
    <message>
        <source> — consultant-dependent</source>
        <translation> — von Beratung abhängig</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>Independent people per required skill</source>
        <translation>Selbstständige Personen je benötigtem Skill</translation>
    </message>
    <message>
        <source>Target (100%)</source>
        <translation>Ziel (100 %)</translation>
    </message>
</context>
<context>
    <name>ChartExport</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>%1 kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>%1: the file name must end in .png, .svg or .pdf.</source>
        <translation>%1: der Dateiname muss auf .png, .svg oder .pdf enden.</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <source>Levels %1 and above are still used by assessments or targets; move those to other levels first.</source>
        <translation>Stufen ab %1 werden noch von Einschätzungen oder Zielen verwendet; verschieben Sie diese zuerst auf andere Stufen.</translation>
    </message>
    <message>
        <source>Someone else changed this %1 since you loaded it. Reload and make your change again.</source>
        <translation>Jemand anderes hat %1 geändert, seit Sie es geladen haben. Laden Sie neu und ändern Sie es erneut.</translation>
    </message>
    <message>
        <source>Could not redo &apos;%1&apos;: %2</source>
        <translation>„%1“ konnte nicht wiederholt werden: %2</translation>
    </message>
    <message>
        <source>Could not undo &apos;%1&apos;: %2</source>
        <translation>„%1“ konnte nicht rückgängig gemacht werden: %2</translation>
    </message>
    <message>
        <source>Someone else removed this %1 since you loaded it. Reload and try again.</source>
        <translation>Jemand anderes hat dieses %1 inzwischen entfernt. Neu laden und erneut versuchen.</translation>
    </message>
</context>
<context>
    <name>CsvTable</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is empty: expected a header row and data rows.</source>
        <translation>%1 ist leer: erwartet werden eine Kopfzeile und Datenzeilen.</translation>
    </message>
    <message>
        <source>%1 is %2 MB; a people or skills list is at most %3 MB.</source>
        <translation>%1 ist %2 MB groß; eine Personen- oder Skill-Liste hat höchstens %3 MB.</translation>
    </message>
</context>
<context>
    <name>DemoGenerator</name>
    <message>
        <source>People, skills and teams must be at least 1 and history at least 0 months.</source>
        <translation>Personen, Skills und Teams müssen mindestens 1 sein, die Historie mindestens 0 Monate.</translation>
    </message>
    <message>
        <source>skills</source>
        <translation>Skills</translation>
    </message>
    <message>
        <source>teams and roles</source>
        <translation>Teams und Rollen</translation>
    </message>
    <message>
        <source>Runs the %1 services.</source>
        <translation>Betreibt die %1-Dienste.</translation>
    </message>
    <message>
        <source>people</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>assessments</source>
        <translation>Einschätzungen</translation>
    </message>
    <message>
        <source>Observed during pairing.</source>
        <translation>Beim Pairing beobachtet.</translation>
    </message>
    <message>
        <source>team requirements</source>
        <translation>Team-Anforderungen</translation>
    </message>
    <message>
        <source>engagements</source>
        <translation>Einsätze</translation>
    </message>
    <message>
        <source>%1 platform hand-over</source>
        <translation>Übergabe der %1-Plattform</translation>
    </message>
    <message>
        <source>Expert runs it; staff shadow.</source>
        <translation>Die Expertin oder der Experte führt; das Team schaut zu.</translation>
    </message>
    <message>
        <source>sessions</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <source>Bite-size: %1</source>
        <translation>Kurz und knapp: %1</translation>
    </message>
    <message>
        <source>Room Ada</source>
        <translation>Raum Ada</translation>
    </message>
    <message>
        <source>Apply it to one real change in your team&apos;s repository.</source>
        <translation>Wenden Sie es auf eine echte Änderung im Repository Ihres Teams an.</translation>
    </message>
    <message>
        <source>Done on the payments stack; reviewed by the expert.</source>
        <translation>Am Payments-Stack umgesetzt; vom Experten geprüft.</translation>
    </message>
    <message>
        <source>Could not add a level proposal.</source>
        <translation>Der Stufenvorschlag konnte nicht angelegt werden.</translation>
    </message>
    <message>
        <source>summit</source>
        <translation>Summit</translation>
    </message>
    <message>
        <source>CoE Summit %1</source>
        <translation>CoE Summit %1</translation>
    </message>
    <message>
        <source>Harbour Conference Centre</source>
        <translation>Konferenzzentrum am Hafen</translation>
    </message>
    <message>
        <source>Main hall</source>
        <translation>Großer Saal</translation>
    </message>
    <message>
        <source>Lab</source>
        <translation>Labor</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plattform</translation>
    </message>
    <message>
        <source>Reliability</source>
        <translation>Zuverlässigkeit</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Sicherheit</translation>
    </message>
    <message>
        <source>Welcome: a year of running it ourselves</source>
        <translation>Begrüßung: ein Jahr Betrieb in eigener Hand</translation>
    </message>
    <message>
        <source>Terraform state without tears</source>
        <translation>Terraform-State ohne Tränen</translation>
    </message>
    <message>
        <source>SLOs the business understands</source>
        <translation>SLOs, die das Business versteht</translation>
    </message>
    <message>
        <source>Hands-on: Helm charts from scratch</source>
        <translation>Praxis: Helm-Charts von Grund auf</translation>
    </message>
    <message>
        <source>Coffee</source>
        <translation>Kaffee</translation>
    </message>
    <message>
        <source>Postmortems that change things</source>
        <translation>Postmortems, die etwas verändern</translation>
    </message>
    <message>
        <source>Five secrets we leaked (and how)</source>
        <translation>Fünf Secrets, die uns entwischt sind (und wie)</translation>
    </message>
    <message>
        <source>Lunch</source>
        <translation>Mittagessen</translation>
    </message>
    <message>
        <source>Supply chain security in our pipelines</source>
        <translation>Lieferkettensicherheit in unseren Pipelines</translation>
    </message>
    <message>
        <source>Restore drill: the database is gone</source>
        <translation>Wiederherstellungsübung: die Datenbank ist weg</translation>
    </message>
    <message>
        <source>Cluster upgrades without drama</source>
        <translation>Cluster-Upgrades ohne Drama</translation>
    </message>
    <message>
        <source>OpenTelemetry in practice</source>
        <translation>OpenTelemetry in der Praxis</translation>
    </message>
    <message>
        <source>Closing: who runs what next quarter</source>
        <translation>Abschluss: wer im nächsten Quartal was betreibt</translation>
    </message>
    <message>
        <source>Cost management for engineers</source>
        <translation>Kostenmanagement für Engineers</translation>
    </message>
    <message>
        <source>saving</source>
        <translation>speichern</translation>
    </message>
</context>
<context>
    <name>Edits</name>
    <message>
        <source>The %1 needs a name.</source>
        <translation>%1 braucht einen Namen.</translation>
    </message>
    <message>
        <source>The %1&apos;s name is longer than 200 characters.</source>
        <translation>Der Name (%1) ist länger als 200 Zeichen.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an email address.</source>
        <translation>„%1“ ist keine E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>There is already a team named &apos;%1&apos;.</source>
        <translation>Es gibt bereits ein Team namens „%1“.</translation>
    </message>
    <message>
        <source>Add team %1</source>
        <translation>Team %1 hinzufügen</translation>
    </message>
    <message>
        <source>Edit team %1</source>
        <translation>Team %1 bearbeiten</translation>
    </message>
    <message>
        <source>role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>There is already a role named &apos;%1&apos;.</source>
        <translation>Es gibt bereits eine Rolle namens „%1“.</translation>
    </message>
    <message>
        <source>Add role %1</source>
        <translation>Rolle %1 hinzufügen</translation>
    </message>
    <message>
        <source>Edit role %1</source>
        <translation>Rolle %1 bearbeiten</translation>
    </message>
    <message>
        <source>person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Someone else already has the email %1.</source>
        <translation>Jemand anderes hat bereits die E-Mail-Adresse %1.</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>%1 hinzufügen</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>%1 bearbeiten</translation>
    </message>
    <message>
        <source>category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>There is already a category named &apos;%1&apos; here.</source>
        <translation>Hier gibt es bereits eine Kategorie namens „%1“.</translation>
    </message>
    <message>
        <source>Add category %1</source>
        <translation>Kategorie %1 hinzufügen</translation>
    </message>
    <message>
        <source>A category cannot be placed inside itself.</source>
        <translation>Eine Kategorie kann nicht in sich selbst liegen.</translation>
    </message>
    <message>
        <source>Edit category %1</source>
        <translation>Kategorie %1 bearbeiten</translation>
    </message>
    <message>
        <source>skill</source>
        <translation>Skill</translation>
    </message>
    <message>
        <source>Choose a category for the skill %1.</source>
        <translation>Wählen Sie eine Kategorie für den Skill %1.</translation>
    </message>
    <message>
        <source>There is already a skill named &apos;%1&apos;.</source>
        <translation>Es gibt bereits einen Skill namens „%1“.</translation>
    </message>
    <message>
        <source>Add skill %1</source>
        <translation>Skill %1 hinzufügen</translation>
    </message>
    <message>
        <source>Edit skill %1</source>
        <translation>Skill %1 bearbeiten</translation>
    </message>
    <message>
        <source>Change the proficiency scale</source>
        <translation>Kompetenzskala ändern</translation>
    </message>
    <message>
        <source>Interest goes from 0 to %1, not %2.</source>
        <translation>Das Interesse reicht von 0 bis %1, nicht %2.</translation>
    </message>
    <message>
        <source>Level %1 is not on this workspace&apos;s scale.</source>
        <translation>Stufe %1 gehört nicht zur Skala dieses Arbeitsbereichs.</translation>
    </message>
    <message>
        <source>Assess skill</source>
        <translation>Skill einschätzen</translation>
    </message>
    <message>
        <source>Change the role&apos;s targets</source>
        <translation>Ziele der Rolle ändern</translation>
    </message>
    <message>
        <source>A requirement of another team was given for this team.</source>
        <translation>Eine Anforderung eines anderen Teams wurde für dieses Team angegeben.</translation>
    </message>
    <message>
        <source>Change the skill requirements</source>
        <translation>Skill-Anforderungen ändern</translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message numerus="yes">
        <source>Import %n cell(s) from %1</source>
        <translation>
            <numerusform>%n Zelle aus %1 importieren</numerusform>
            <numerusform>%n Zellen aus %1 importieren</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not redo &apos;%1&apos;: %2</source>
        <translation>„%1“ konnte nicht wiederholt werden: %2</translation>
    </message>
    <message>
        <source>Could not undo &apos;%1&apos;: %2</source>
        <translation>„%1“ konnte nicht rückgängig gemacht werden: %2</translation>
    </message>
    <message>
        <source>The workspace changed while %1 was being checked (people or skills were added or edited by someone else); nothing was written. Import the file again.</source>
        <translation>Der Arbeitsbereich hat sich geändert, während %1 geprüft wurde (jemand anderes hat Personen oder Skills hinzugefügt oder bearbeitet); es wurde nichts geschrieben. Importieren Sie die Datei erneut.</translation>
    </message>
</context>
<context>
    <name>Interest</name>
    <message>
        <source>None</source>
        <translation>Keines</translation>
    </message>
    <message>
        <source>Curious</source>
        <translation>Neugierig</translation>
    </message>
    <message>
        <source>Keen</source>
        <translation>Begeistert</translation>
    </message>
    <message>
        <source>Wants to lead</source>
        <translation>Will führen</translation>
    </message>
</context>
<context>
    <name>MatrixExport</name>
    <message>
        <source>There is no team named &apos;%1&apos;.</source>
        <translation>Es gibt kein Team namens „%1“.</translation>
    </message>
    <message>
        <source>There is no skill category named &apos;%1&apos;.</source>
        <translation>Es gibt keine Skill-Kategorie namens „%1“.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>%1 kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Cannot write %1: the matrix needs %L2 rows and a spreadsheet holds at most %L3. Export the wide form, one team or one category, or CSV.</source>
        <translation>%1 kann nicht geschrieben werden: die Matrix braucht %L2 Zeilen, eine Tabelle fasst höchstens %L3. Exportieren Sie die breite Form, ein einzelnes Team oder eine einzelne Kategorie, oder als CSV.</translation>
    </message>
    <message>
        <source>Cannot write %1: the matrix needs %L2 columns and a spreadsheet holds at most %L3. Export the long form, one category, or CSV.</source>
        <translation>%1 kann nicht geschrieben werden: die Matrix braucht %L2 Spalten, eine Tabelle fasst höchstens %L3. Exportieren Sie die lange Form, eine einzelne Kategorie oder als CSV.</translation>
    </message>
    <message>
        <source>Pick a level from the list or type its number: %1</source>
        <translation>Wählen Sie eine Stufe aus der Liste oder geben Sie ihre Nummer ein: %1</translation>
    </message>
    <message>
        <source>Pick a level from the list or type its number: %1 … %2</source>
        <translation>Wählen Sie eine Stufe aus der Liste oder geben Sie ihre Nummer ein: %1 … %2</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Cannot write %1: no room for a temporary file in %2.</source>
        <translation>%1 kann nicht geschrieben werden: in %2 ist kein Platz für eine temporäre Datei.</translation>
    </message>
    <message>
        <source>Not a level</source>
        <translation>Keine Stufe</translation>
    </message>
    <message>
        <source>Cannot write %1: the disk is full. Free some space and try again.</source>
        <translation>%1 kann nicht geschrieben werden: der Datenträger ist voll. Geben Sie Platz frei und versuchen Sie es erneut.</translation>
    </message>
</context>
<context>
    <name>MatrixImport</name>
    <message>
        <source>0 to %1, or a label such as %2</source>
        <translation>0 bis %1 oder eine Bezeichnung wie %2</translation>
    </message>
    <message>
        <source>%1: no Person (or Name) column in the header row.</source>
        <translation>%1: keine Spalte Person (oder Name) in der Kopfzeile.</translation>
    </message>
    <message>
        <source>%1: no skill named &apos;%2&apos; in this workspace (import with --create-missing to add it)</source>
        <translation>%1: kein Skill namens „%2“ in diesem Arbeitsbereich (mit --create-missing importieren, um ihn anzulegen)</translation>
    </message>
    <message>
        <source>%1: %2 people are named &apos;%3&apos;; add an Email column to tell them apart</source>
        <translation>%1: %2 Personen heißen „%3“; fügen Sie eine Spalte Email hinzu, um sie zu unterscheiden</translation>
    </message>
    <message>
        <source>%1: no person &apos;%2&apos; in this workspace (import with --create-missing to add them)</source>
        <translation>%1: keine Person „%2“ in diesem Arbeitsbereich (mit --create-missing importieren, um sie anzulegen)</translation>
    </message>
    <message>
        <source>%1: a header row but no data rows</source>
        <translation>%1: eine Kopfzeile, aber keine Datenzeilen</translation>
    </message>
    <message>
        <source>%1 has %2 fields, the header has %3</source>
        <translation>%1 hat %2 Felder, die Kopfzeile hat %3</translation>
    </message>
    <message>
        <source>%1: the person&apos;s name is empty</source>
        <translation>%1: der Name der Person ist leer</translation>
    </message>
    <message>
        <source>%1: %2 appears on more than one row</source>
        <translation>%1: %2 kommt in mehr als einer Zeile vor</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a level (%3)</source>
        <translation>%1: „%2“ ist keine Stufe (%3)</translation>
    </message>
    <message>
        <source>%1: the person or skill is empty</source>
        <translation>%1: Person oder Skill ist leer</translation>
    </message>
    <message>
        <source>%1: the source is self, lead or consultant, not &apos;%2&apos;</source>
        <translation>%1: die Quelle ist self, lead oder consultant, nicht „%2“</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a date (YYYY-MM-DD)</source>
        <translation>%1: „%2“ ist kein Datum (JJJJ-MM-TT)</translation>
    </message>
    <message>
        <source>%1: %2 / %3 appears twice for the same source and date</source>
        <translation>%1: %2 / %3 kommt für dieselbe Quelle und dasselbe Datum zweimal vor</translation>
    </message>
    <message>
        <source>%1: a long file needs a Skill and a Level column.</source>
        <translation>%1: eine lange Datei braucht eine Spalte Skill und eine Spalte Level.</translation>
    </message>
    <message>
        <source>This workspace numbers its people or skills past 2,147,483,647, which an import cannot address; copy the workspace to renumber them.</source>
        <translation>Dieser Arbeitsbereich nummeriert seine Personen oder Skills über 2.147.483.647 hinaus, was ein Import nicht adressieren kann; kopieren Sie den Arbeitsbereich, um sie neu zu nummerieren.</translation>
    </message>
    <message>
        <source>%1 has more than %2 cells to import; import it in parts.</source>
        <translation>%1 hat mehr als %2 Zellen zu importieren; importieren Sie die Datei in Teilen.</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more problem(s)</source>
        <translation>
            <numerusform>… und %n weiteres Problem</numerusform>
            <numerusform>… und %n weitere Probleme</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: a name of %2 characters; names are at most %3</source>
        <translation>%1: ein Name mit %2 Zeichen; Namen haben höchstens %3</translation>
    </message>
    <message>
        <source>%1: an email address of %2 characters; addresses are at most %3</source>
        <translation>%1: eine E-Mail-Adresse mit %2 Zeichen; Adressen haben höchstens %3</translation>
    </message>
    <message>
        <source>%1 is empty: expected a header row and data rows.</source>
        <translation>%1 ist leer: erwartet werden eine Kopfzeile und Datenzeilen.</translation>
    </message>
    <message>
        <source>The import of %1 was cancelled; nothing was written.</source>
        <translation>Der Import von %1 wurde abgebrochen; nichts wurde geschrieben.</translation>
    </message>
</context>
<context>
    <name>Migrations</name>
    <message>
        <source>Upgrading to schema version %1 (%2) failed: %3</source>
        <translation>Die Aktualisierung auf Schemaversion %1 (%2) ist fehlgeschlagen: %3</translation>
    </message>
</context>
<context>
    <name>OdsReader</name>
    <message>
        <source>%1, sheet %2</source>
        <translation>%1, Blatt %2</translation>
    </message>
    <message>
        <source>the sheet&apos;s content.xml</source>
        <translation>die content.xml des Blatts</translation>
    </message>
    <message>
        <source>a paragraph of a cell does not end</source>
        <translation>ein Absatz einer Zelle endet nicht</translation>
    </message>
</context>
<context>
    <name>OdsWriter</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: the file was not opened.</source>
        <translation>%1 kann nicht geschrieben werden: die Datei wurde nicht geöffnet.</translation>
    </message>
</context>
<context>
    <name>Readiness</name>
    <message>
        <source>not assessed</source>
        <translation>nicht eingeschätzt</translation>
    </message>
    <message>
        <source>nobody in the team yet; look wider or hire</source>
        <translation>noch niemand im Team; weiter suchen oder einstellen</translation>
    </message>
    <message>
        <source>candidates %1</source>
        <translation>Kandidaten: %1</translation>
    </message>
    <message>
        <source>%1: one more Independent needed; %2</source>
        <translation>%1: eine weitere selbstständige Person nötig; %2</translation>
    </message>
    <message>
        <source>%1: a Teacher is needed; %2</source>
        <translation>%1: eine lehrende Person ist nötig; %2</translation>
    </message>
    <message>
        <source>Expert leads</source>
        <translation>Experte führt</translation>
    </message>
    <message>
        <source>Pairing</source>
        <translation>Pairing</translation>
    </message>
    <message>
        <source>Staff leads</source>
        <translation>Team führt</translation>
    </message>
    <message>
        <source>Handed over</source>
        <translation>Übergeben</translation>
    </message>
    <message>
        <source>%1: move from %2 to %3</source>
        <translation>%1: von %2 zu %3 bringen</translation>
    </message>
</context>
<context>
    <name>ReadinessReport</name>
    <message>
        <source>Team readiness · %1</source>
        <translation>Team-Bereitschaft · %1</translation>
    </message>
    <message>
        <source>Data as of %1</source>
        <translation>Datenstand %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <source>CoE Studio</source>
        <translation>CoE Studio</translation>
    </message>
    <message>
        <source>Readiness index %1 of 100</source>
        <translation>Bereitschaftsindex %1 von 100</translation>
    </message>
    <message>
        <source>Coverage %1 · Teachers %2 · Hand-over %3</source>
        <translation>Abdeckung %1 · Lehrende %2 · Übergabe %3</translation>
    </message>
    <message>
        <source>Forecast at roll-off of %1 on %2: %3</source>
        <translation>Prognose beim Abzug von %1 am %2: %3</translation>
    </message>
    <message>
        <source>Gaps</source>
        <translation>Lücken</translation>
    </message>
    <message>
        <source>Single points of failure (one internal Independent): %1</source>
        <translation>Einzelne Schwachstellen (eine interne selbstständige Person): %1</translation>
    </message>
    <message>
        <source>Consultant-dependent (no internal Independent): %1</source>
        <translation>Von Beratung abhängig (keine interne selbstständige Person): %1</translation>
    </message>
    <message>
        <source>Next actions</source>
        <translation>Nächste Schritte</translation>
    </message>
    <message>
        <source>Required skill</source>
        <translation>Benötigter Skill</translation>
    </message>
    <message>
        <source>Need</source>
        <translation>Bedarf</translation>
    </message>
    <message>
        <source>Have</source>
        <translation>Vorhanden</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>Abdeckung</translation>
    </message>
    <message>
        <source>Teacher</source>
        <translation>Lehrend</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Required skills</source>
        <translation>Benötigte Skills</translation>
    </message>
    <message>
        <source>single point of failure</source>
        <translation>einzelne Schwachstelle</translation>
    </message>
    <message>
        <source>consultant-dependent</source>
        <translation>von Beratung abhängig</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>The workspace has no teams yet, so there is nothing to report.</source>
        <translation>Der Arbeitsbereich hat noch keine Teams, daher gibt es nichts zu berichten.</translation>
    </message>
</context>
<context>
    <name>RowStore</name>
    <message>
        <source>The new row of %1 got no id.</source>
        <translation>Die neue Zeile von %1 hat keine ID erhalten.</translation>
    </message>
    <message>
        <source>This %1 was changed or deleted by someone else since you loaded it. Reload the view and make your change again.</source>
        <translation>Dieser Eintrag (%1) wurde seit dem Laden von jemand anderem geändert oder gelöscht. Laden Sie die Ansicht neu und ändern Sie ihn erneut.</translation>
    </message>
    <message>
        <source>No row %1 in %2.</source>
        <translation>Keine Zeile %1 in %2.</translation>
    </message>
    <message numerus="yes">
        <source>It is still used by %n row(s) of %1.</source>
        <translation>
            <numerusform>Es wird noch von %n Zeile von %1 verwendet.</numerusform>
            <numerusform>Es wird noch von %n Zeilen von %1 verwendet.</numerusform>
        </translation>
    </message>
    <message>
        <source>CoE Studio named a table %1, which no workspace has.</source>
        <translation>CoE Studio hat eine Tabelle %1 genannt, die es in keinem Arbeitsbereich gibt.</translation>
    </message>
    <message>
        <source>CoE Studio named a column %1 of %2, which that table does not have.</source>
        <translation>CoE Studio hat eine Spalte %1 von %2 genannt, die diese Tabelle nicht hat.</translation>
    </message>
</context>
<context>
    <name>Scale</name>
    <message>
        <source>Unaware</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>Has not worked with it yet.</source>
        <translation>Hat noch nicht damit gearbeitet.</translation>
    </message>
    <message>
        <source>Shadowing</source>
        <translation>Zuschauend</translation>
    </message>
    <message>
        <source>Watches an expert do it; can explain the steps.</source>
        <translation>Sieht einer Expertin oder einem Experten zu; kann die Schritte erklären.</translation>
    </message>
    <message>
        <source>Coached</source>
        <translation>Begleitet</translation>
    </message>
    <message>
        <source>Does it with an expert alongside.</source>
        <translation>Macht es mit einer Expertin oder einem Experten an der Seite.</translation>
    </message>
    <message>
        <source>Independent</source>
        <translation>Selbstständig</translation>
    </message>
    <message>
        <source>Does it alone, on real work, without help.</source>
        <translation>Macht es allein, bei echter Arbeit, ohne Hilfe.</translation>
    </message>
    <message>
        <source>Teacher</source>
        <translation>Lehrend</translation>
    </message>
    <message>
        <source>Can teach and mentor others.</source>
        <translation>Kann andere anleiten und mentorieren.</translation>
    </message>
    <message>
        <source>A scale has between %1 and %2 levels, not %3.</source>
        <translation>Eine Skala hat zwischen %1 und %2 Stufen, nicht %3.</translation>
    </message>
    <message>
        <source>Levels are numbered 0, 1, 2… in order; level %1 is numbered %2.</source>
        <translation>Stufen werden der Reihe nach 0, 1, 2… nummeriert; Stufe %1 hat die Nummer %2.</translation>
    </message>
    <message>
        <source>Level %1 has no label.</source>
        <translation>Stufe %1 hat keine Bezeichnung.</translation>
    </message>
    <message>
        <source>Two levels are labelled &apos;%1&apos;.</source>
        <translation>Zwei Stufen heißen „%1“.</translation>
    </message>
    <message>
        <source>Level %1 has no colour.</source>
        <translation>Stufe %1 hat keine Farbe.</translation>
    </message>
    <message>
        <source>Only one level can mean Independent.</source>
        <translation>Nur eine Stufe kann „Selbstständig“ bedeuten.</translation>
    </message>
    <message>
        <source>Only one level can mean Teacher.</source>
        <translation>Nur eine Stufe kann „Lehrend“ bedeuten.</translation>
    </message>
    <message>
        <source>Mark the level that means Independent (readiness counts people at or above it).</source>
        <translation>Markieren Sie die Stufe, die „Selbstständig“ bedeutet (die Bereitschaft zählt Personen ab dieser Stufe).</translation>
    </message>
    <message>
        <source>Mark the level that means Teacher.</source>
        <translation>Markieren Sie die Stufe, die „Lehrend“ bedeutet.</translation>
    </message>
    <message>
        <source>The Teacher level must not be below the Independent level.</source>
        <translation>Die Stufe „Lehrend“ darf nicht unter „Selbstständig“ liegen.</translation>
    </message>
</context>
<context>
    <name>Screenshot</name>
    <message>
        <source>Could not render the window.</source>
        <translation>Das Fenster konnte nicht gezeichnet werden.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>There is no screen to capture.</source>
        <translation>Es gibt keinen Bildschirm zum Aufnehmen.</translation>
    </message>
</context>
<context>
    <name>SheetReader</name>
    <message>
        <source>%1, sheet %2, row %3, column %4</source>
        <translation>%1, Blatt %2, Zeile %3, Spalte %4</translation>
    </message>
    <message>
        <source>%1, sheet %2, row %3</source>
        <translation>%1, Blatt %2, Zeile %3</translation>
    </message>
    <message>
        <source>%1, line %2, column %3</source>
        <translation>%1, Zeile %2, Spalte %3</translation>
    </message>
    <message>
        <source>%1, line %2</source>
        <translation>%1, Zeile %2</translation>
    </message>
    <message>
        <source>%1 has more than %2 columns, the most a spreadsheet may have; nothing was imported.</source>
        <translation>%1 hat mehr als %2 Spalten, die größte Zahl, die eine Tabelle haben darf; nichts wurde importiert.</translation>
    </message>
    <message>
        <source>%1, sheet %2</source>
        <translation>%1, Blatt %2</translation>
    </message>
    <message>
        <source>%1 has more than %2 rows, the most a spreadsheet may have; nothing was imported.</source>
        <translation>%1 hat mehr als %2 Zeilen, die größte Zahl, die eine Tabelle haben darf; nichts wurde importiert.</translation>
    </message>
    <message>
        <source>%1 holds more than %2 characters, the most a cell may hold; nothing was imported.</source>
        <translation>%1 enthält mehr als %2 Zeichen, das Höchste, was eine Zelle enthalten darf; nichts wurde importiert.</translation>
    </message>
    <message>
        <source>%1 holds more than %2 characters in all, more than any skill matrix needs; nothing was imported.</source>
        <translation>%1 enthält insgesamt mehr als %2 Zeichen, mehr als irgendeine Skill-Matrix braucht; nichts wurde importiert.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is password-protected or an Excel 97-2003 workbook (.xls), which cannot be read: remove the password, or save it as .xlsx, .ods or .csv, and import that.</source>
        <translation>%1 ist kennwortgeschützt oder eine Excel-97-2003-Arbeitsmappe (.xls), die nicht gelesen werden kann: entfernen Sie das Kennwort oder speichern Sie die Datei als .xlsx, .ods oder .csv und importieren Sie diese.</translation>
    </message>
    <message>
        <source>%1 is not a spreadsheet workbook (.%2) although its name says so.</source>
        <translation>%1 ist keine Arbeitsmappe (.%2), obwohl der Name das sagt.</translation>
    </message>
</context>
<context>
    <name>Spreadsheet</name>
    <message>
        <source>%1 is empty: expected a header row and data rows.</source>
        <translation>%1 ist leer: erwartet werden eine Kopfzeile und Datenzeilen.</translation>
    </message>
</context>
<context>
    <name>SqliteFile</name>
    <message>
        <source>It looks like a ZIP or an Excel (.xlsx) file; to read a spreadsheet, use File ▸ Import.</source>
        <translation>Sie sieht aus wie eine ZIP- oder Excel-Datei (.xlsx); Tabellen lesen Sie über Datei ▸ Importieren ein.</translation>
    </message>
    <message>
        <source>It looks like a PDF document.</source>
        <translation>Sie sieht aus wie ein PDF-Dokument.</translation>
    </message>
    <message>
        <source>It looks like a text file; to read a CSV file, use File ▸ Import.</source>
        <translation>Sie sieht aus wie eine Textdatei; CSV-Dateien lesen Sie über Datei ▸ Importieren ein.</translation>
    </message>
    <message>
        <source>There is no workspace at %1.</source>
        <translation>Unter %1 gibt es keinen Arbeitsbereich.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a workspace file.</source>
        <translation>%1 ist ein Ordner, keine Arbeitsbereichsdatei.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is empty (0 bytes), so it is not a CoE Studio workspace.</source>
        <translation>%1 ist leer (0 Byte) und daher kein CoE-Studio-Arbeitsbereich.</translation>
    </message>
    <message>
        <source>%1 is not a CoE Studio workspace: it is not an SQLite database.</source>
        <translation>%1 ist kein CoE-Studio-Arbeitsbereich: es ist keine SQLite-Datenbank.</translation>
    </message>
    <message>
        <source>%1 is damaged: it is truncated (%2 bytes, shorter than an SQLite header). Restore it from a backup.</source>
        <translation>%1 ist beschädigt: die Datei ist abgeschnitten (%2 Byte, kürzer als ein SQLite-Kopf). Stellen Sie sie aus einer Sicherung wieder her.</translation>
    </message>
    <message>
        <source>%1 is damaged: it is truncated (%2 bytes; its header promises %3). Restore it from a backup; CoE Studio keeps a copy named *.backup-*.coe beside it before each upgrade.</source>
        <translation>%1 ist beschädigt: die Datei ist abgeschnitten (%2 Byte; ihr Kopf verspricht %3). Stellen Sie sie aus einer Sicherung wieder her; CoE Studio legt vor jeder Aktualisierung daneben eine Kopie *.backup-*.coe ab.</translation>
    </message>
    <message>
        <source>%1 is read-only (the file or its folder cannot be written). Make them writable, or copy the workspace somewhere you can write to.</source>
        <translation>%1 ist schreibgeschützt (die Datei oder ihr Ordner kann nicht beschrieben werden). Machen Sie sie beschreibbar oder kopieren Sie den Arbeitsbereich an einen beschreibbaren Ort.</translation>
    </message>
    <message>
        <source>table</source>
        <translation>Tabelle</translation>
    </message>
    <message>
        <source>index</source>
        <translation>Index</translation>
    </message>
    <message>
        <source>view</source>
        <translation>Sicht</translation>
    </message>
    <message>
        <source>trigger</source>
        <translation>Trigger</translation>
    </message>
    <message>
        <source>%1 is damaged (%2). Restore it from a backup.</source>
        <translation>%1 ist beschädigt (%2). Stellen Sie die Datei aus einer Sicherung wieder her.</translation>
    </message>
    <message>
        <source>CoE Studio could not compare %1 with its schema: %2</source>
        <translation>CoE Studio konnte %1 nicht mit dem zugehörigen Schema vergleichen: %2</translation>
    </message>
    <message>
        <source>Restore it from a backup; CoE Studio keeps a copy named *.backup-*.coe beside it before each upgrade.</source>
        <translation>Stellen Sie die Datei aus einer Sicherung wieder her; CoE Studio legt vor jeder Aktualisierung daneben eine Kopie *.backup-*.coe ab.</translation>
    </message>
    <message>
        <source>%1 holds a trigger, “%2” on %3, and CoE Studio never makes one: a trigger runs its own SQL on every edit and can change or delete data where undo cannot see it. Nothing was opened or changed. If you added it on purpose, remove it (DROP TRIGGER &quot;%2&quot;) and open the file again.</source>
        <translation>%1 enthält einen Trigger, „%2“ auf %3, und CoE Studio legt nie einen an: ein Trigger führt bei jeder Änderung sein eigenes SQL aus und kann an Rückgängig vorbei Daten ändern oder löschen. Nichts wurde geöffnet oder geändert. Wenn Sie ihn absichtlich angelegt haben, entfernen Sie ihn (DROP TRIGGER &quot;%2&quot;) und öffnen Sie die Datei erneut.</translation>
    </message>
    <message>
        <source>%1 is not as CoE Studio made it: it has no %2 “%3”. %4</source>
        <translation>%1 ist nicht so, wie CoE Studio die Datei angelegt hat: es fehlt das Objekt „%3“ (%2). %4</translation>
    </message>
    <message>
        <source>%1 is not as CoE Studio made it: “%2” is a %3 where CoE Studio keeps a %4. %5</source>
        <translation>%1 ist nicht so, wie CoE Studio die Datei angelegt hat: „%2“ ist vom Typ %3, bei CoE Studio aber vom Typ %4. %5</translation>
    </message>
    <message>
        <source>%1 is not as CoE Studio made it: the %2 “%3” was changed by another program (schema version %4 defines it otherwise). %5</source>
        <translation>%1 ist nicht so, wie CoE Studio die Datei angelegt hat: das Objekt „%3“ (%2) wurde von einem anderen Programm geändert (Schemaversion %4 definiert es anders). %5</translation>
    </message>
    <message>
        <source>%1 holds an index, “%2” on %3, that CoE Studio never makes; it can make CoE Studio&apos;s edits fail. Nothing was opened or changed. If you added it on purpose, remove it (DROP INDEX &quot;%2&quot;) and open the file again.</source>
        <translation>%1 enthält einen Index, „%2“ auf %3, den CoE Studio nie anlegt; er kann Änderungen von CoE Studio scheitern lassen. Nichts wurde geöffnet oder geändert. Wenn Sie ihn absichtlich angelegt haben, entfernen Sie ihn (DROP INDEX &quot;%2&quot;) und öffnen Sie die Datei erneut.</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>scale: %1 levels (a scale has 2 to 11)</source>
        <translation>Skala: %1 Stufen (eine Skala hat 2 bis 11)</translation>
    </message>
    <message>
        <source>scale: %1 levels are not numbered 0 to %1 - 1 (highest is %2)</source>
        <translation>Skala: %1 Stufen sind nicht von 0 bis %1 - 1 nummeriert (die höchste ist %2)</translation>
    </message>
    <message>
        <source>scale: no level means %1</source>
        <translation>Skala: keine Stufe bedeutet %1</translation>
    </message>
    <message>
        <source>scale: the Teacher level %1 is below the Independent level %2</source>
        <translation>Skala: die Stufe „Lehrend“ %1 liegt unter der Stufe „Selbstständig“ %2</translation>
    </message>
    <message>
        <source>engagement &apos;%1&apos;: consultant %2 is not marked external</source>
        <translation>Einsatz „%1“: Beraterin oder Berater %2 ist nicht als extern markiert</translation>
    </message>
    <message>
        <source>capability &apos;%1&apos;: owner %2 is external; owners are internal staff</source>
        <translation>Fähigkeit „%1“: Verantwortliche(r) %2 ist extern; Verantwortliche sind interne Mitarbeitende</translation>
    </message>
    <message>
        <source>capability &apos;%1&apos; has no phase</source>
        <translation>Fähigkeit „%1“ hat keine Phase</translation>
    </message>
    <message>
        <source>skill category &apos;%1&apos; is its own ancestor</source>
        <translation>Skill-Kategorie „%1“ ist ihr eigener Vorfahr</translation>
    </message>
    <message>
        <source>skill category &apos;%1&apos; appears %2 times at the top level</source>
        <translation>Skill-Kategorie „%1“ kommt auf oberster Ebene %2-mal vor</translation>
    </message>
    <message>
        <source>level proposal %1 is accepted but recorded no assessment</source>
        <translation>Stufenvorschlag %1 ist angenommen, hat aber keine Einschätzung erzeugt</translation>
    </message>
    <message>
        <source>summit item &apos;%1&apos; is scheduled in room %2 of another summit</source>
        <translation>Summit-Beitrag „%1“ ist in Raum %2 eines anderen Summits eingeplant</translation>
    </message>
    <message>
        <source>summit item &apos;%1&apos; is in track %2 of another summit</source>
        <translation>Summit-Beitrag „%1“ gehört zum Track %2 eines anderen Summits</translation>
    </message>
    <message>
        <source>summit item &apos;%1&apos; is scheduled at %2, outside the summit&apos;s dates</source>
        <translation>Summit-Beitrag „%1“ ist für %2 eingeplant, außerhalb der Summit-Tage</translation>
    </message>
</context>
<context>
    <name>WorkspaceLocation</name>
    <message>
        <source>No workspace given: name a .coe file or a postgresql://user@host:port/database URL.</source>
        <translation>Kein Arbeitsbereich angegeben: nennen Sie eine .coe-Datei oder eine URL postgresql://user@host:port/database.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid PostgreSQL URL: write postgresql://user@host:port/database.</source>
        <translation>„%1“ ist keine gültige PostgreSQL-URL: schreiben Sie postgresql://user@host:port/database.</translation>
    </message>
    <message>
        <source>The port in &apos;%1&apos; must be between 1 and 65535.</source>
        <translation>Der Port in „%1“ muss zwischen 1 und 65535 liegen.</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 auf %2</translation>
    </message>
</context>
<context>
    <name>XlsxReader</name>
    <message>
        <source>%1 is damaged: the part %2 that should hold sheet %3 is missing; nothing was imported.</source>
        <translation>%1 ist beschädigt: der Teil %2, der Blatt %3 enthalten sollte, fehlt; nichts wurde importiert.</translation>
    </message>
    <message>
        <source>%1, sheet %2</source>
        <translation>%1, Blatt %2</translation>
    </message>
    <message>
        <source>the worksheet</source>
        <translation>das Arbeitsblatt</translation>
    </message>
    <message>
        <source>%1 is refused: its shared strings hold more than %2 of text, more than a workbook of this size may need; nothing was imported.</source>
        <translation>%1 wird abgelehnt: seine gemeinsamen Zeichenfolgen (shared strings) enthalten mehr als %2 Text, mehr als eine Arbeitsmappe dieser Größe brauchen kann; nichts wurde importiert.</translation>
    </message>
    <message>
        <source>line %1: a row is numbered “%2”</source>
        <translation>Zeile %1: eine Tabellenzeile ist mit „%2“ nummeriert</translation>
    </message>
    <message>
        <source>line %1: row %2 comes after row %3; rows must be in order</source>
        <translation>Zeile %1: Tabellenzeile %2 folgt auf Tabellenzeile %3; die Tabellenzeilen müssen geordnet sein</translation>
    </message>
    <message>
        <source>line %1: a cell is named “%2”</source>
        <translation>Zeile %1: eine Zelle heißt „%2“</translation>
    </message>
    <message>
        <source>cell %1%2 refers to shared string %3, but there are %4</source>
        <translation>Zelle %1%2 verweist auf die gemeinsame Zeichenfolge %3, aber es gibt nur %4</translation>
    </message>
</context>
<context>
    <name>XmlPart</name>
    <message>
        <source>%1: %2 is damaged (%3); nothing was imported.</source>
        <translation>%1: %2 ist beschädigt (%3); nichts wurde importiert.</translation>
    </message>
    <message>
        <source>%1 is refused: %2 declares a document type (DTD), which workbooks never do and which can hide entity expansion or external entities; nothing was imported.</source>
        <translation>%1 wird abgelehnt: %2 deklariert einen Dokumenttyp (DTD), was Arbeitsmappen nie tun und was Entity-Expansion oder externe Entitäten verbergen kann; nichts wurde importiert.</translation>
    </message>
    <message>
        <source>%1 is refused: %2 nests elements more than %3 deep, more than any workbook does; nothing was imported.</source>
        <translation>%1 wird abgelehnt: %2 verschachtelt Elemente mehr als %3 Ebenen tief, tiefer als jede Arbeitsmappe; nichts wurde importiert.</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
</context>
<context>
    <name>ZipArchive</name>
    <message numerus="yes">
        <source>%n bytes</source>
        <translation>
            <numerusform>%n Byte</numerusform>
            <numerusform>%n Bytes</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation>%1 KB</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <source>%1 is damaged or incomplete: the ZIP archive it should be has no end (was the file cut short while it was copied or downloaded?); nothing was imported.</source>
        <translation>%1 ist beschädigt oder unvollständig: das ZIP-Archiv, das die Datei sein sollte, hat kein Ende (wurde sie beim Kopieren oder Herunterladen abgeschnitten?); nichts wurde importiert.</translation>
    </message>
    <message>
        <source>%1 is damaged: its ZIP archive cannot be read (%2); nothing was imported.</source>
        <translation>%1 ist beschädigt: sein ZIP-Archiv kann nicht gelesen werden (%2); nichts wurde importiert.</translation>
    </message>
    <message>
        <source>%1 is damaged: it has no part %2, which it needs; nothing was imported.</source>
        <translation>%1 ist beschädigt: ihm fehlt der benötigte Teil %2; nichts wurde importiert.</translation>
    </message>
    <message>
        <source>%1 is refused: its part %2 inflates to %3, more than the %4 a workbook may need; nothing was imported.</source>
        <translation>%1 wird abgelehnt: sein Teil %2 entpackt sich auf %3, mehr als die %4, die eine Arbeitsmappe brauchen kann; nichts wurde importiert.</translation>
    </message>
    <message>
        <source>%1 is refused: its part %2 inflates to more than %3 times its compressed size (%4 from %5 bytes), as a zip bomb does; nothing was imported.</source>
        <translation>%1 wird abgelehnt: sein Teil %2 entpackt sich auf mehr als das %3-Fache seiner komprimierten Größe (%4 aus %5 Bytes), wie es eine ZIP-Bombe tut; nichts wurde importiert.</translation>
    </message>
    <message>
        <source>%1: its part %2 is compressed with a method (%3) that cannot be read; save the workbook again with your spreadsheet program and import that.</source>
        <translation>%1: sein Teil %2 ist mit einem Verfahren (%3) komprimiert, das nicht gelesen werden kann; speichern Sie die Arbeitsmappe mit Ihrem Tabellenprogramm neu und importieren Sie diese.</translation>
    </message>
    <message>
        <source>%1 is damaged: its part %2 cannot be read; nothing was imported.</source>
        <translation>%1 ist beschädigt: sein Teil %2 kann nicht gelesen werden; nichts wurde importiert.</translation>
    </message>
    <message>
        <source>%1 is refused: its part %2 is larger than %3, more than any workbook needs; nothing was imported.</source>
        <translation>%1 wird abgelehnt: sein Teil %2 ist größer als %3, mehr als jede Arbeitsmappe braucht; nichts wurde importiert.</translation>
    </message>
    <message>
        <source>%1 has no sheets.</source>
        <translation>%1 hat keine Blätter.</translation>
    </message>
    <message>
        <source>%1 has no sheet named “%2”; its sheets are: %3.</source>
        <translation>%1 hat kein Blatt namens „%2“; seine Blätter sind: %3.</translation>
    </message>
    <message>
        <source>%1 is password-protected, which cannot be read: open it in your spreadsheet program, save it without a password, and import that.</source>
        <translation>%1 ist kennwortgeschützt und kann nicht gelesen werden: öffnen Sie die Datei in Ihrem Tabellenprogramm, speichern Sie sie ohne Kennwort und importieren Sie diese.</translation>
    </message>
    <message>
        <source>%1 is damaged: it has no content.xml, which an OpenDocument spreadsheet needs; nothing was imported.</source>
        <translation>%1 ist beschädigt: ihm fehlt die content.xml, die eine OpenDocument-Tabelle braucht; nichts wurde importiert.</translation>
    </message>
    <message>
        <source>%1 is a ZIP file but not a spreadsheet (.xlsx or .ods); nothing was imported.</source>
        <translation>%1 ist eine ZIP-Datei, aber keine Tabelle (.xlsx oder .ods); nichts wurde importiert.</translation>
    </message>
</context>
<context>
    <name>coe::Conflicts</name>
    <message>
        <source>“%1”</source>
        <translation>„%1“</translation>
    </message>
    <message>
        <source>%1, %2–%3</source>
        <translation>%1, %2–%3</translation>
    </message>
    <message>
        <source>an unknown room</source>
        <translation>einem unbekannten Raum</translation>
    </message>
    <message>
        <source>Person %1</source>
        <translation>Person %1</translation>
    </message>
    <message>
        <source>%1 and %2 overlap in %3 (%4).</source>
        <translation>%1 und %2 überschneiden sich in %3 (%4).</translation>
    </message>
    <message>
        <source>%1 expects %2 people but %3 seats %4 (%5).</source>
        <translation>%1 erwartet %2 Personen, aber %3 hat %4 Plätze (%5).</translation>
    </message>
    <message>
        <source>%1 needs %2, which %3 does not have (%4).</source>
        <translation>%1 braucht %2, was %3 nicht hat (%4).</translation>
    </message>
    <message>
        <source>%1 is on %2, outside the summit&apos;s days (%3 to %4).</source>
        <translation>%1 liegt am %2, außerhalb der Summit-Tage (%3 bis %4).</translation>
    </message>
    <message>
        <source>%1 (%2) is outside venue hours, %3–%4.</source>
        <translation>%1 (%2) liegt außerhalb der Öffnungszeiten, %3–%4.</translation>
    </message>
    <message>
        <source>%1 speaks in %2 and %3 at the same time (%4).</source>
        <translation>%1 spricht gleichzeitig in %2 und %3 (%4).</translation>
    </message>
    <message>
        <source>%1 is not available for %2 (%3).</source>
        <translation>%1 ist für %2 nicht verfügbar (%3).</translation>
    </message>
    <message>
        <source>%1 has only %2 min to get from %3 to %4 for %5 (%6).</source>
        <translation>%1 hat nur %2 Min., um von %3 nach %4 zu %5 zu kommen (%6).</translation>
    </message>
</context>
<context>
    <name>coe::CsvReader</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is not UTF-8 text (line %2). Save it as &apos;CSV UTF-8&apos; and try again.</source>
        <translation>%1 ist kein UTF-8-Text (Zeile %2). Speichern Sie die Datei als „CSV UTF-8“ und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>%1 is not a CSV text file (it contains binary data on line %2).</source>
        <translation>%1 ist keine CSV-Textdatei (sie enthält Binärdaten in Zeile %2).</translation>
    </message>
    <message>
        <source>%1 is UTF-16 text. Save it as &apos;CSV UTF-8&apos; and try again.</source>
        <translation>%1 ist UTF-16-Text. Speichern Sie die Datei als „CSV UTF-8“ und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>%1, line %2: a quoted field is never closed (a &quot; is missing).</source>
        <translation>%1, Zeile %2: ein Feld in Anführungszeichen wird nie geschlossen (ein &quot; fehlt).</translation>
    </message>
</context>
<context>
    <name>coe::Frab</name>
    <message>
        <source>%1 has no conference title; CoE Studio names the new summit after it.</source>
        <translation>%1 hat keinen Konferenztitel; CoE Studio benennt den neuen Summit danach.</translation>
    </message>
    <message>
        <source>%1: %2 has no date and start time; skipped.</source>
        <translation>%1: %2 hat kein Datum und keine Startzeit; übersprungen.</translation>
    </message>
    <message>
        <source>%1: %2 has no readable duration (“%3”); skipped.</source>
        <translation>%1: %2 hat keine lesbare Dauer („%3“); übersprungen.</translation>
    </message>
    <message>
        <source>%1: %2 has no title; skipped.</source>
        <translation>%1: %2 hat keinen Titel; übersprungen.</translation>
    </message>
    <message>
        <source>Unnamed room</source>
        <translation>Unbenannter Raum</translation>
    </message>
    <message>
        <source>%1 has no dates and no events with times.</source>
        <translation>%1 hat keine Daten und keine Veranstaltungen mit Zeiten.</translation>
    </message>
    <message>
        <source>%1 is not valid JSON (at byte %2: %3).</source>
        <translation>%1 ist kein gültiges JSON (bei Byte %2: %3).</translation>
    </message>
    <message>
        <source>%1 is JSON but not a frab schedule: it has no “conference”.</source>
        <translation>%1 ist JSON, aber kein frab-Programm: „conference“ fehlt.</translation>
    </message>
    <message>
        <source>event %1 (“%2”)</source>
        <translation>Veranstaltung %1 („%2“)</translation>
    </message>
    <message>
        <source>event %1 (“%2”, line %3)</source>
        <translation>Veranstaltung %1 („%2“, Zeile %3)</translation>
    </message>
    <message>
        <source>%1 is not well-formed XML (line %2, column %3: %4).</source>
        <translation>%1 ist kein wohlgeformtes XML (Zeile %2, Spalte %3: %4).</translation>
    </message>
    <message>
        <source>%1 is XML but not a frab schedule: it has no &lt;schedule&gt; element.</source>
        <translation>%1 ist XML, aber kein frab-Programm: das Element &lt;schedule&gt; fehlt.</translation>
    </message>
    <message>
        <source>%1 ends early (line %2); read what was there.</source>
        <translation>%1 endet vorzeitig (Zeile %2); das Vorhandene wurde gelesen.</translation>
    </message>
    <message>
        <source>Person %1</source>
        <translation>Person %1</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 ist leer.</translation>
    </message>
    <message>
        <source>%1 is neither XML nor JSON, so it is not a frab schedule.</source>
        <translation>%1 ist weder XML noch JSON und daher kein frab-Programm.</translation>
    </message>
    <message>
        <source>A summit named “%1” already exists. Rename or delete it first, then import again.</source>
        <translation>Ein Summit namens „%1“ existiert bereits. Benennen Sie ihn um oder löschen Sie ihn, dann erneut importieren.</translation>
    </message>
    <message>
        <source>Import schedule “%1”</source>
        <translation>Programm „%1“ importieren</translation>
    </message>
    <message>
        <source>%1 holds more than %2 %3 (line %4); CoE Studio imports at most %2 from one schedule.</source>
        <translation>%1 enthält mehr als %2 %3 (Zeile %4); CoE Studio importiert höchstens %2 aus einem Programm.</translation>
    </message>
    <message>
        <source>%1 holds more than %2 %3; CoE Studio imports at most %2 from one schedule.</source>
        <translation>%1 enthält mehr als %2 %3; CoE Studio importiert höchstens %2 aus einem Programm.</translation>
    </message>
    <message>
        <source>%1 is UTF-16 text; frab schedules are UTF-8. Save it as UTF-8 and try again.</source>
        <translation>%1 ist UTF-16-Text; frab-Programme sind UTF-8. Speichern Sie die Datei als UTF-8 und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>%1 is not UTF-8 text (line %2); frab schedules are UTF-8. Save it as UTF-8 and try again.</source>
        <translation>%1 ist kein UTF-8-Text (Zeile %2); frab-Programme sind UTF-8. Speichern Sie die Datei als UTF-8 und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>%1 is not a text file: it holds a NUL byte on line %2.</source>
        <translation>%1 ist keine Textdatei: sie enthält ein NUL-Byte in Zeile %2.</translation>
    </message>
    <message>
        <source>%1 nests arrays and objects more than %2 deep (line %3); a frab schedule needs about ten.</source>
        <translation>%1 verschachtelt Arrays und Objekte mehr als %2 Ebenen tief (Zeile %3); ein frab-Programm braucht etwa zehn.</translation>
    </message>
    <message>
        <source>%1 holds a string of more than %2 MB (line %3); no field of a schedule is that long.</source>
        <translation>%1 enthält eine Zeichenkette von mehr als %2 MB (Zeile %3); kein Feld eines Programms ist so lang.</translation>
    </message>
    <message>
        <source>%1 holds more than %2 MB of text without markup (line %3); no field of a schedule is that long.</source>
        <translation>%1 enthält mehr als %2 MB Text ohne Auszeichnung (Zeile %3); kein Feld eines Programms ist so lang.</translation>
    </message>
    <message>
        <source>%1 holds more than %2 JSON values (line %3); a schedule of %4 events holds far fewer.</source>
        <translation>%1 enthält mehr als %2 JSON-Werte (Zeile %3); ein Programm mit %4 Veranstaltungen enthält weit weniger.</translation>
    </message>
    <message>
        <source>%1 declares a document type (DTD, line %2), which frab schedules never do and which can hide entity expansion or external entities; nothing was imported.</source>
        <translation>%1 deklariert einen Dokumenttyp (DTD, Zeile %2), was frab-Programme nie tun und was Entitätenerweiterung oder externe Entitäten verbergen kann; nichts wurde importiert.</translation>
    </message>
    <message>
        <source>%1 nests elements more than %2 deep (line %3); a frab schedule needs about six.</source>
        <translation>%1 verschachtelt Elemente mehr als %2 Ebenen tief (Zeile %3); ein frab-Programm braucht etwa sechs.</translation>
    </message>
    <message>
        <source>%1 of %2 characters; %3 are at most %4</source>
        <translation>%1 mit %2 Zeichen; %3 haben höchstens %4</translation>
    </message>
    <message>
        <source>a title</source>
        <translation>einen Titel</translation>
    </message>
    <message>
        <source>titles</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>a room name</source>
        <translation>einen Raumnamen</translation>
    </message>
    <message>
        <source>names</source>
        <translation>Namen</translation>
    </message>
    <message>
        <source>a track name</source>
        <translation>einen Track-Namen</translation>
    </message>
    <message>
        <source>a type</source>
        <translation>einen Typ</translation>
    </message>
    <message>
        <source>types</source>
        <translation>Typen</translation>
    </message>
    <message>
        <source>a guid</source>
        <translation>eine GUID</translation>
    </message>
    <message>
        <source>guids</source>
        <translation>GUIDs</translation>
    </message>
    <message>
        <source>an abstract</source>
        <translation>eine Kurzfassung</translation>
    </message>
    <message>
        <source>abstracts</source>
        <translation>Kurzfassungen</translation>
    </message>
    <message>
        <source>a speaker&apos;s name</source>
        <translation>bei den Vortragenden einen Namen</translation>
    </message>
    <message>
        <source>a speaker&apos;s email address</source>
        <translation>bei den Vortragenden eine E-Mail-Adresse</translation>
    </message>
    <message>
        <source>addresses</source>
        <translation>Adressen</translation>
    </message>
    <message>
        <source>%1: the conference title is %2 characters long; the summit is named after it, and names are at most %3.</source>
        <translation>%1: der Konferenztitel ist %2 Zeichen lang; der Summit wird danach benannt, und Namen haben höchstens %3.</translation>
    </message>
    <message>
        <source>%1: a room name of %2 characters; names are at most %3.</source>
        <translation>%1: ein Raumname mit %2 Zeichen; Namen haben höchstens %3.</translation>
    </message>
    <message>
        <source>%1: a track name of %2 characters; names are at most %3.</source>
        <translation>%1: ein Track-Name mit %2 Zeichen; Namen haben höchstens %3.</translation>
    </message>
    <message>
        <source>%1: %2 has %3.</source>
        <translation>%1: %2 hat %3.</translation>
    </message>
    <message>
        <source>%1: %2 has %3 speakers; an event has at most %4.</source>
        <translation>%1: %2 hat %3 Vortragende; eine Veranstaltung hat höchstens %4.</translation>
    </message>
    <message>
        <source>%1: %2 has the guid %3, like %4; each event&apos;s guid is its own.</source>
        <translation>%1: %2 hat die GUID %3, wie schon %4; jede Veranstaltung hat ihre eigene GUID.</translation>
    </message>
    <message>
        <source>%1: %2 has the date “%3”, which is not a date and time CoE Studio can read (such as 2025-03-27T09:00:00+01:00).</source>
        <translation>%1: %2 hat das Datum „%3“, das CoE Studio nicht als Datum und Uhrzeit lesen kann (lesbar ist etwa 2025-03-27T09:00:00+01:00).</translation>
    </message>
    <message>
        <source>%1: %2 takes place in the year %3; CoE Studio keeps dates from the year 1000 to 9999.</source>
        <translation>%1: %2 findet im Jahr %3 statt; CoE Studio speichert Daten vom Jahr 1000 bis 9999.</translation>
    </message>
    <message>
        <source>rooms</source>
        <translation>Räume</translation>
    </message>
    <message>
        <source>tracks</source>
        <translation>Tracks</translation>
    </message>
    <message>
        <source>%1 spans %2 to %3 (its events run from “%4” to “%5”); a summit lasts at most %6 days.</source>
        <translation>%1 reicht von %2 bis %3 (seine Veranstaltungen laufen von „%4“ bis „%5“); ein Summit dauert höchstens %6 Tage.</translation>
    </message>
    <message>
        <source>events</source>
        <translation>Veranstaltungen</translation>
    </message>
    <message>
        <source>%1: %2 has more than %3 speakers; an event has at most %3.</source>
        <translation>%1: %2 hat mehr als %3 Vortragende; eine Veranstaltung hat höchstens %3.</translation>
    </message>
    <message>
        <source>%1 is %2 MB; a frab schedule is at most %3 MB.</source>
        <translation>%1 ist %2 MB groß; ein frab-Programm hat höchstens %3 MB.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB, the most a frab schedule may be.</source>
        <translation>%1 ist größer als %2 MB, die Höchstgröße eines frab-Programms.</translation>
    </message>
    <message>
        <source>%1: unknown time zone “%2”; times keep the offset they carry (%3).</source>
        <translation>%1: unbekannte Zeitzone „%2“; Zeiten behalten ihren eigenen UTC-Versatz (%3).</translation>
    </message>
    <message>
        <source>%1: %2 lasts %3 minutes; an event lasts from 0 minutes to the end of the schedule&apos;s last day.</source>
        <translation>%1: %2 dauert %3 Minuten; eine Veranstaltung dauert von 0 Minuten bis zum Ende des letzten Programmtags.</translation>
    </message>
    <message>
        <source>%1: %2 lasts %3 minutes; CoE Studio keeps items of at least 5 minutes and used %4.</source>
        <translation>%1: %2 dauert %3 Minuten; CoE Studio erlaubt Beiträge ab 5 Minuten und hat %4 verwendet.</translation>
    </message>
    <message>
        <source>%1: event %2 (“%3”) starts %4 and lasts %5 minutes, past the end of the schedule&apos;s last day, %6.</source>
        <translation>%1: Veranstaltung %2 („%3“) beginnt am %4 und dauert %5 Minuten, über das Ende des letzten Programmtags (%6) hinaus.</translation>
    </message>
</context>
<context>
    <name>coe::Ics</name>
    <message>
        <source>Person %1</source>
        <translation>Person %1</translation>
    </message>
    <message>
        <source>Speakers: %1</source>
        <translation>Vortragende: %1</translation>
    </message>
    <message>
        <source>Knowledge-transfer sessions</source>
        <translation>Wissenstransfer-Sessions</translation>
    </message>
    <message>
        <source>Skills: %1</source>
        <translation>Fähigkeiten: %1</translation>
    </message>
</context>
<context>
    <name>coe::PeopleModel</name>
    <message>
        <source>External</source>
        <translation>Extern</translation>
    </message>
    <message>
        <source>Internal</source>
        <translation>Intern</translation>
    </message>
    <message>
        <source>External consultant</source>
        <translation>Externe Beratung</translation>
    </message>
    <message>
        <source>Internal staff</source>
        <translation>Interne Mitarbeitende</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zeitzone</translation>
    </message>
</context>
<context>
    <name>coe::PlanRepository</name>
    <message>
        <source>The workspace&apos;s time zone “%1” is unknown to this system, so its sessions&apos; times cannot be placed. Update the system&apos;s time zone data (tzdata), or open the workspace where that zone is known.</source>
        <translation>Die Zeitzone „%1“ des Arbeitsbereichs ist diesem System unbekannt, daher lassen sich die Zeiten seiner Sessions nicht einordnen. Aktualisieren Sie die Zeitzonendaten des Systems (tzdata) oder öffnen Sie den Arbeitsbereich auf einem System, das diese Zeitzone kennt.</translation>
    </message>
</context>
<context>
    <name>coe::PostgresDialect</name>
    <message>
        <source>PostgreSQL at %1 refused the password for user &apos;%2&apos;. Check the user name and password.</source>
        <translation>PostgreSQL unter %1 hat das Passwort für den Benutzer „%2“ abgelehnt. Prüfen Sie Benutzername und Passwort.</translation>
    </message>
    <message>
        <source>There is no database &apos;%1&apos; on the PostgreSQL server at %2. Check its name, or create the workspace there first (coectl init).</source>
        <translation>Auf dem PostgreSQL-Server unter %2 gibt es keine Datenbank „%1“. Prüfen Sie den Namen oder legen Sie den Arbeitsbereich dort zuerst an (coectl init).</translation>
    </message>
    <message>
        <source>PostgreSQL at %1 has no user &apos;%2&apos;.</source>
        <translation>PostgreSQL unter %1 kennt keinen Benutzer „%2“.</translation>
    </message>
    <message>
        <source>Cannot reach the PostgreSQL server at %1. Check the address and port, that the server is running, and your network connection.</source>
        <translation>Der PostgreSQL-Server unter %1 ist nicht erreichbar. Prüfen Sie Adresse und Port, ob der Server läuft, und Ihre Netzwerkverbindung.</translation>
    </message>
    <message>
        <source>PostgreSQL at %1: %2</source>
        <translation>PostgreSQL unter %1: %2</translation>
    </message>
</context>
<context>
    <name>coe::Programme</name>
    <message>
        <source>%1 levels short across %2 people; largest gaps in %3.</source>
        <translation>%1 Stufen fehlen bei %2 Personen; größte Lücken in %3.</translation>
    </message>
    <message>
        <source>The summit already has this track: give it more items.</source>
        <translation>Der Summit hat diesen Track schon: geben Sie ihm mehr Beiträge.</translation>
    </message>
    <message>
        <source>Teacher in %1 (gaps %2); not speaking at this summit yet.</source>
        <translation>Lehrend in %1 (Lücken %2); spricht noch nicht auf diesem Summit.</translation>
    </message>
</context>
<context>
    <name>coe::Releases</name>
    <message>
        <source>%1, %2 %3–%4</source>
        <translation>%1, %2 %3–%4</translation>
    </message>
    <message>
        <source>was “%1”</source>
        <translation>war „%1“</translation>
    </message>
    <message>
        <source>now “%1”</source>
        <translation>jetzt „%1“</translation>
    </message>
    <message>
        <source>speakers %1</source>
        <translation>Vortragende %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Release schedule version %1</source>
        <translation>Programmversion %1 veröffentlichen</translation>
    </message>
</context>
<context>
    <name>coe::ScaleModel</name>
    <message>
        <source>Independent</source>
        <translation>Selbstständig</translation>
    </message>
    <message>
        <source>Teacher</source>
        <translation>Lehrend</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Bezeichnung</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Farbe</translation>
    </message>
    <message>
        <source>Means</source>
        <translation>Bedeutet</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Level %1</source>
        <translation>Stufe %1</translation>
    </message>
</context>
<context>
    <name>coe::SkillMatrixModel</name>
    <message>
        <source>lead</source>
        <translation>Leitung</translation>
    </message>
    <message>
        <source>consultant</source>
        <translation>Beratung</translation>
    </message>
    <message>
        <source>self</source>
        <translation>selbst</translation>
    </message>
    <message numerus="yes">
        <source>%1: average %2 over %n skill(s)</source>
        <translation>
            <numerusform>%1: Durchschnitt %2 über %n Skill</numerusform>
            <numerusform>%1: Durchschnitt %2 über %n Skills</numerusform>
        </translation>
    </message>
    <message>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <source>not assessed</source>
        <translation>nicht eingeschätzt</translation>
    </message>
    <message>
        <source>Lead: %1</source>
        <translation>Leitung: %1</translation>
    </message>
    <message>
        <source>Consultant: %1</source>
        <translation>Beratung: %1</translation>
    </message>
    <message>
        <source>Self: %1</source>
        <translation>Selbst: %1</translation>
    </message>
    <message>
        <source>Target: %1%2</source>
        <translation>Ziel: %1%2</translation>
    </message>
    <message>
        <source> (gap %1)</source>
        <translation> (Lücke %1)</translation>
    </message>
    <message>
        <source>Interest: %1</source>
        <translation>Interesse: %1</translation>
    </message>
    <message>
        <source>History:</source>
        <translation>Verlauf:</translation>
    </message>
    <message>
        <source>%1 (external consultant)</source>
        <translation>%1 (externe Beratung)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a level on this scale (0 to %2, or a label such as %3).</source>
        <translation>„%1“ ist keine Stufe dieser Skala (0 bis %2 oder eine Bezeichnung wie %3).</translation>
    </message>
    <message>
        <source>cleared</source>
        <translation>gelöscht</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Notiz: %1</translation>
    </message>
    <message>
        <source>%1 (average)</source>
        <translation>%1 (Durchschnitt)</translation>
    </message>
    <message numerus="yes">
        <source>%1: the average of its %n skill(s); click the band to unfold it</source>
        <translation>
            <numerusform>%1: Durchschnitt über %n Skill; klicken Sie auf das Band, um die Kategorie aufzuklappen</numerusform>
            <numerusform>%1: Durchschnitt über %n Skills; klicken Sie auf das Band, um die Kategorie aufzuklappen</numerusform>
        </translation>
    </message>
    <message>
        <source>Set %1 to %2 %3 for %4</source>
        <translation>%1 für %4 auf %2 %3 gesetzt</translation>
    </message>
    <message>
        <source>Cleared %1 for %2</source>
        <translation>%1 für %2 gelöscht</translation>
    </message>
    <message>
        <source>Notes belong to a skill: pick a skill&apos;s cell, not a category&apos;s average.</source>
        <translation>Notizen gehören zu einem Skill: wählen Sie die Zelle eines Skills, nicht den Durchschnitt einer Kategorie.</translation>
    </message>
    <message>
        <source>The note is empty.</source>
        <translation>Die Notiz ist leer.</translation>
    </message>
    <message>
        <source>note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>%1, %2, average %3</source>
        <translation>%1, %2, Durchschnitt %3</translation>
    </message>
    <message>
        <source>%1, %2, %3</source>
        <translation>%1, %2, %3</translation>
    </message>
    <message>
        <source>, target %1</source>
        <translation>, Ziel %1</translation>
    </message>
</context>
<context>
    <name>coe::SkillTreeModel</name>
    <message numerus="yes">
        <source>%n skill(s)</source>
        <translation>
            <numerusform>%n Skill</numerusform>
            <numerusform>%n Skills</numerusform>
        </translation>
    </message>
    <message>
        <source>Category or skill</source>
        <translation>Kategorie oder Skill</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
</context>
<context>
    <name>coe::SqliteDialect</name>
    <message>
        <source>SQLite could not switch to write-ahead logging.</source>
        <translation>SQLite konnte nicht auf Write-Ahead-Logging umschalten.</translation>
    </message>
    <message>
        <source>%1 is in use by another program that is writing to it (another CoE Studio window, or a sync tool). Close that program and try again.</source>
        <translation>%1 wird von einem anderen Programm beschrieben (einem anderen CoE-Studio-Fenster oder einem Sync-Werkzeug). Schließen Sie dieses Programm und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>%1 cannot be written: it or its folder is read-only. Make them writable, or copy the workspace somewhere you can write to.</source>
        <translation>%1 kann nicht geschrieben werden: die Datei oder ihr Ordner ist schreibgeschützt. Machen Sie sie beschreibbar oder kopieren Sie den Arbeitsbereich an einen beschreibbaren Ort.</translation>
    </message>
    <message>
        <source>%1 is damaged (%2). Restore it from a backup; CoE Studio keeps a copy named *.backup-*.coe beside it before each upgrade.</source>
        <translation>%1 ist beschädigt (%2). Stellen Sie die Datei aus einer Sicherung wieder her; CoE Studio legt vor jeder Aktualisierung daneben eine Kopie *.backup-*.coe ab.</translation>
    </message>
    <message>
        <source>%1 is not a CoE Studio workspace: it is not an SQLite database, or it is encrypted or damaged.</source>
        <translation>%1 ist kein CoE-Studio-Arbeitsbereich: es ist keine SQLite-Datenbank, oder sie ist verschlüsselt oder beschädigt.</translation>
    </message>
    <message>
        <source>The disk holding %1 is full. Free some space and try again.</source>
        <translation>Der Datenträger mit %1 ist voll. Geben Sie Platz frei und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>storage: %1</source>
        <translation>Speicher: %1</translation>
    </message>
    <message>
        <source>storage: row %1 of table %2 refers to a missing row of %3</source>
        <translation>Speicher: Zeile %1 der Tabelle %2 verweist auf eine fehlende Zeile von %3</translation>
    </message>
    <message>
        <source>the disk is full. Free some space and try again.</source>
        <translation>der Datenträger ist voll. Geben Sie Platz frei und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>%1 holds a value of more than %2 MB, far more than CoE Studio writes; another program changed the file. Run coectl check on it to find where, then restore it from a backup.</source>
        <translation>%1 enthält einen Wert von mehr als %2 MB, weit mehr, als CoE Studio schreibt; ein anderes Programm hat die Datei geändert. Führen Sie coectl check darauf aus, um die Stelle zu finden, und stellen Sie die Datei dann aus einer Sicherung wieder her.</translation>
    </message>
    <message>
        <source>storage: a value of more than %1 MB keeps SQLite from checking every row</source>
        <translation>Speicher: ein Wert von mehr als %1 MB hindert SQLite daran, jede Zeile zu prüfen</translation>
    </message>
</context>
<context>
    <name>coe::SummitItem</name>
    <message>
        <source>Talk</source>
        <translation>Vortrag</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Workshop</translation>
    </message>
    <message>
        <source>Lightning talk</source>
        <translation>Kurzvortrag</translation>
    </message>
    <message>
        <source>Plenary</source>
        <translation>Plenum</translation>
    </message>
    <message>
        <source>Break</source>
        <translation>Pause</translation>
    </message>
</context>
<context>
    <name>coe::TimeZones</name>
    <message>
        <source>Times are shown in your zone (%1); the summit&apos;s is %2.</source>
        <translation>Zeiten werden in Ihrer Zeitzone (%1) angezeigt; die des Summits ist %2.</translation>
    </message>
    <message>
        <source>Times are shown in your zone (%1); the session&apos;s is %2.</source>
        <translation>Zeiten werden in Ihrer Zeitzone (%1) angezeigt; die der Session ist %2.</translation>
    </message>
</context>
<context>
    <name>coe::Transfer</name>
    <message>
        <source>not assessed</source>
        <translation>nicht eingeschätzt</translation>
    </message>
    <message>
        <source>Expert leads</source>
        <translation>Experte führt</translation>
    </message>
    <message>
        <source>Pairing</source>
        <translation>Pairing</translation>
    </message>
    <message>
        <source>Staff leads</source>
        <translation>Team führt</translation>
    </message>
    <message>
        <source>Handed over</source>
        <translation>Übergeben</translation>
    </message>
    <message>
        <source>%1 is still at Expert leads, %2 days before %3 rolls off.</source>
        <translation>%1 ist noch bei „Experte führt“, %2 Tage bevor %3 endet.</translation>
    </message>
    <message>
        <source>%1 is still at Expert leads, and %2 rolled off %3 days ago.</source>
        <translation>%1 ist noch bei „Experte führt“, und %2 endete vor %3 Tagen.</translation>
    </message>
    <message>
        <source>%1 owns %2 but is %3 in %4 (below Coached).</source>
        <translation>%1 verantwortet %2, ist in %4 aber %3 (unter „Begleitet“).</translation>
    </message>
    <message>
        <source>Teacher in %1</source>
        <translation>Lehrend in %1</translation>
    </message>
    <message>
        <source>Independent in %1</source>
        <translation>Selbstständig in %1</translation>
    </message>
    <message>
        <source>(external)</source>
        <translation>(extern)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>(target %1)</source>
        <translation>(Ziel %1)</translation>
    </message>
</context>
<context>
    <name>coe::Workspace</name>
    <message>
        <source>%1 is an SQLite database but not a CoE Studio workspace (it has no CoE Studio tables). Open a .coe file, or create a new workspace.</source>
        <translation>%1 ist eine SQLite-Datenbank, aber kein CoE-Studio-Arbeitsbereich (sie hat keine CoE-Studio-Tabellen). Öffnen Sie eine .coe-Datei oder legen Sie einen neuen Arbeitsbereich an.</translation>
    </message>
    <message>
        <source>%1 is not a complete CoE Studio workspace: it has no schema version.</source>
        <translation>%1 ist kein vollständiger CoE-Studio-Arbeitsbereich: es fehlt die Schemaversion.</translation>
    </message>
    <message>
        <source>The Qt %1 database driver is not installed, so CoE Studio cannot open %2.</source>
        <translation>Der Qt-Datenbanktreiber %1 ist nicht installiert, daher kann CoE Studio %2 nicht öffnen.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 already exists; CoE Studio will not overwrite it. Choose another name, or open it.</source>
        <translation>%1 existiert bereits; CoE Studio überschreibt es nicht. Wählen Sie einen anderen Namen oder öffnen Sie es.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Der Ordner %1 existiert nicht.</translation>
    </message>
    <message>
        <source>%1 already holds a CoE Studio workspace; open it instead.</source>
        <translation>%1 enthält bereits einen CoE-Studio-Arbeitsbereich; öffnen Sie ihn stattdessen.</translation>
    </message>
    <message>
        <source>The database %1 already holds other tables; CoE Studio needs an empty database.</source>
        <translation>Die Datenbank %1 enthält bereits andere Tabellen; CoE Studio braucht eine leere Datenbank.</translation>
    </message>
    <message>
        <source>%1 was saved by a newer CoE Studio (schema version %2; this version reads up to %3). Update CoE Studio to open it.</source>
        <translation>%1 wurde von einem neueren CoE Studio gespeichert (Schemaversion %2; diese Version liest bis %3). Aktualisieren Sie CoE Studio, um es zu öffnen.</translation>
    </message>
    <message>
        <source>Could not make a backup copy before upgrading %1: %2</source>
        <translation>Vor der Aktualisierung von %1 konnte keine Sicherungskopie angelegt werden: %2</translation>
    </message>
    <message>
        <source>The database %1 is empty: create a workspace in it first (File ▸ New workspace, or coectl init).</source>
        <translation>Die Datenbank %1 ist leer: legen Sie darin zuerst einen Arbeitsbereich an (Datei ▸ Neuer Arbeitsbereich oder coectl init).</translation>
    </message>
    <message>
        <source>The database %1 is not a CoE Studio workspace (it holds other tables).</source>
        <translation>Die Datenbank %1 ist kein CoE-Studio-Arbeitsbereich (sie enthält andere Tabellen).</translation>
    </message>
    <message>
        <source>%1 has no schema version.</source>
        <translation>%1 hat keine Schemaversion.</translation>
    </message>
    <message>
        <source>schema: version %1, expected %2</source>
        <translation>Schema: Version %1, erwartet %2</translation>
    </message>
    <message>
        <source>Could not make a backup copy before upgrading %1: %2 cannot be written.</source>
        <translation>Vor der Aktualisierung von %1 konnte keine Sicherungskopie angelegt werden: %2 kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>%1 is not as CoE Studio made it: “meta” is a %2, not a table. Restore it from a backup.</source>
        <translation>%1 ist nicht so, wie CoE Studio die Datei angelegt hat: „meta“ ist vom Typ %2, keine Tabelle. Stellen Sie die Datei aus einer Sicherung wieder her.</translation>
    </message>
    <message>
        <source>%1 is not as CoE Studio made it: its schema version is not a number (“%2”). Restore it from a backup.</source>
        <translation>%1 ist nicht so, wie CoE Studio die Datei angelegt hat: ihre Schemaversion ist keine Zahl („%2“). Stellen Sie die Datei aus einer Sicherung wieder her.</translation>
    </message>
    <message>
        <source>%1 could not be written completely.</source>
        <translation>%1 konnte nicht vollständig geschrieben werden.</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>eine ganze Zahl</translation>
    </message>
    <message>
        <source>a decimal number</source>
        <translation>eine Dezimalzahl</translation>
    </message>
    <message>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>binary data</source>
        <translation>Binärdaten</translation>
    </message>
    <message>
        <source>%1, row %2: %3</source>
        <translation>%1, Zeile %2: %3</translation>
    </message>
    <message>
        <source>%1 holds %2 MB; CoE Studio reads values of at most %3 MB</source>
        <translation>%1 enthält %2 MB; CoE Studio liest Werte von höchstens %3 MB</translation>
    </message>
    <message>
        <source>%1 holds %2 where CoE Studio keeps %3</source>
        <translation>%1 enthält %2, wo CoE Studio %3 speichert</translation>
    </message>
</context>
<context>
    <name>coe::ZipEntryDevice</name>
    <message>
        <source>%1 is refused: its part %2 holds a run of more than %3 of text without markup, longer than any cell may hold; nothing was imported.</source>
        <translation>%1 wird abgelehnt: sein Teil %2 enthält mehr als %3 Text am Stück ohne Markup, mehr als eine Zelle enthalten darf; nichts wurde importiert.</translation>
    </message>
    <message>
        <source>%1 is damaged: its part %2 cannot be decompressed (%3); nothing was imported.</source>
        <translation>%1 ist beschädigt: sein Teil %2 kann nicht entpackt werden (%3); nichts wurde importiert.</translation>
    </message>
    <message>
        <source>%1 is damaged: its part %2 holds %3 bytes although its header says %4; nothing was imported.</source>
        <translation>%1 ist beschädigt: sein Teil %2 enthält %3 Bytes, obwohl sein Kopf %4 angibt; nichts wurde importiert.</translation>
    </message>
    <message>
        <source>%1 is damaged: its part %2 does not match its checksum (CRC-32); nothing was imported.</source>
        <translation>%1 ist beschädigt: sein Teil %2 passt nicht zu seiner Prüfsumme (CRC-32); nichts wurde importiert.</translation>
    </message>
    <message>
        <source>%1 is damaged: its part %2 holds more than the %3 bytes its header says; nothing was imported.</source>
        <translation>%1 ist beschädigt: sein Teil %2 enthält mehr als die %3 Bytes, die sein Kopf angibt; nichts wurde importiert.</translation>
    </message>
    <message>
        <source>%1 is refused: its part %2 inflates to more than the %3 a workbook may need; nothing was imported.</source>
        <translation>%1 wird abgelehnt: sein Teil %2 entpackt sich auf mehr als die %3, die eine Arbeitsmappe brauchen kann; nichts wurde importiert.</translation>
    </message>
    <message>
        <source>%1 is refused: its part %2 inflates to more than %3 times its compressed size, as a zip bomb does; nothing was imported.</source>
        <translation>%1 wird abgelehnt: sein Teil %2 entpackt sich auf mehr als das %3-Fache seiner komprimierten Größe, wie es eine ZIP-Bombe tut; nichts wurde importiert.</translation>
    </message>
</context>
<context>
    <name>coe::commands::SummitEdits</name>
    <message>
        <source>New summit “%1”</source>
        <translation>Neuer Summit „%1“</translation>
    </message>
    <message>
        <source>Main hall</source>
        <translation>Großer Saal</translation>
    </message>
    <message>
        <source>Schedule “%1”</source>
        <translation>„%1“ einplanen</translation>
    </message>
    <message>
        <source>Unschedule “%1”</source>
        <translation>„%1“ aus dem Zeitplan nehmen</translation>
    </message>
    <message>
        <source>The item is gone; reload the summit.</source>
        <translation>Der Beitrag existiert nicht mehr; laden Sie den Summit neu.</translation>
    </message>
    <message>
        <source>Copy “%1” to all rooms</source>
        <translation>„%1“ in alle Räume kopieren</translation>
    </message>
    <message>
        <source>Add “%1”</source>
        <translation>„%1“ hinzufügen</translation>
    </message>
    <message>
        <source>Edit “%1”</source>
        <translation>„%1“ bearbeiten</translation>
    </message>
    <message>
        <source>Delete “%1”</source>
        <translation>„%1“ löschen</translation>
    </message>
    <message>
        <source>Edit summit “%1”</source>
        <translation>Summit „%1“ bearbeiten</translation>
    </message>
    <message>
        <source>Acknowledge a warning</source>
        <translation>Eine Warnung bestätigen</translation>
    </message>
    <message>
        <source>Moved “%1” to %2, %3.</source>
        <translation>„%1“ nach %2 verschoben, %3.</translation>
    </message>
    <message>
        <source>Move “%1” to %2 at %3</source>
        <translation>„%1“ nach %2 um %3 verschieben</translation>
    </message>
    <message>
        <source>“%1” now runs %2.</source>
        <translation>„%1“ findet jetzt %2 statt.</translation>
    </message>
    <message>
        <source>Resize “%1” to %2</source>
        <translation>Dauer von „%1“ auf %2 ändern</translation>
    </message>
    <message>
        <source>Moved “%1” to %2.</source>
        <translation>„%1“ auf %2 verschoben.</translation>
    </message>
    <message>
        <source>Move “%1” to %2</source>
        <translation>„%1“ auf %2 verschieben</translation>
    </message>
    <message>
        <source>Add “%1” in %2 at %3</source>
        <translation>„%1“ in %2 um %3 hinzufügen</translation>
    </message>
    <message>
        <source>Edit and unschedule “%1”</source>
        <translation>„%1“ bearbeiten und aus dem Zeitplan nehmen</translation>
    </message>
    <message>
        <source>Edit “%1”, in %2 at %3</source>
        <translation>„%1“ bearbeiten, in %2 um %3</translation>
    </message>
    <message>
        <source>A track of “%1” needs a name.</source>
        <translation>Ein Track von „%1“ braucht einen Namen.</translation>
    </message>
    <message>
        <source>“%1” has a track “%2” already.</source>
        <translation>„%1“ hat bereits einen Track „%2“.</translation>
    </message>
</context>
<context>
    <name>coe::commands::TransferEdits</name>
    <message>
        <source>%1 is already at %2.</source>
        <translation>%1 ist bereits bei %2.</translation>
    </message>
    <message>
        <source>Moving %1 back to %2 needs a reason.</source>
        <translation>%1 zurück zu %2 zu verschieben braucht einen Grund.</translation>
    </message>
    <message>
        <source>Give the date of the change.</source>
        <translation>Geben Sie das Datum der Änderung an.</translation>
    </message>
    <message>
        <source>%1 moved to %2 on %3; a later change cannot be dated before it.</source>
        <translation>%1 kam am %3 zu %2; eine spätere Änderung kann nicht davor datiert sein.</translation>
    </message>
    <message>
        <source>Move %1 back to %2</source>
        <translation>%1 zurück zu %2</translation>
    </message>
    <message>
        <source>Move %1 to %2</source>
        <translation>%1 zu %2</translation>
    </message>
    <message>
        <source>Give the session a title.</source>
        <translation>Geben Sie der Session einen Titel.</translation>
    </message>
    <message>
        <source>A session lasts 15 to 90 minutes, not %1.</source>
        <translation>Eine Session dauert 15 bis 90 Minuten, nicht %1.</translation>
    </message>
    <message>
        <source>Give the session a start.</source>
        <translation>Geben Sie der Session einen Beginn.</translation>
    </message>
    <message>
        <source>Add session “%1”</source>
        <translation>Session „%1“ hinzufügen</translation>
    </message>
    <message>
        <source>Edit session “%1”</source>
        <translation>Session „%1“ bearbeiten</translation>
    </message>
    <message>
        <source>Apply “%1” to a task in your real work.</source>
        <translation>Wenden Sie „%1“ auf eine Aufgabe Ihrer echten Arbeit an.</translation>
    </message>
    <message>
        <source>Delete session “%1”</source>
        <translation>Session „%1“ löschen</translation>
    </message>
    <message>
        <source>Say what came out of it: the outcome is what the lead reviews.</source>
        <translation>Sagen Sie, was dabei herauskam: das Ergebnis prüft die Leitung.</translation>
    </message>
    <message>
        <source>This task was already marked done on %1.</source>
        <translation>Diese Aufgabe wurde bereits am %1 erledigt.</translation>
    </message>
    <message>
        <source>Apply task done: %1</source>
        <translation>Anwendungsaufgabe erledigt: %1</translation>
    </message>
    <message>
        <source>This proposal was already decided.</source>
        <translation>Über diesen Vorschlag wurde bereits entschieden.</translation>
    </message>
    <message>
        <source>Accept level proposal</source>
        <translation>Stufenvorschlag annehmen</translation>
    </message>
    <message>
        <source>From session “%1”</source>
        <translation>Aus der Session „%1“</translation>
    </message>
    <message>
        <source>Say why: the attendee sees the reason.</source>
        <translation>Sagen Sie warum: die teilnehmende Person sieht den Grund.</translation>
    </message>
    <message>
        <source>Reject level proposal</source>
        <translation>Stufenvorschlag ablehnen</translation>
    </message>
    <message>
        <source>Give the engagement a name.</source>
        <translation>Geben Sie dem Einsatz einen Namen.</translation>
    </message>
    <message>
        <source>Choose the team the engagement hands over to.</source>
        <translation>Wählen Sie das Team, an das der Einsatz übergibt.</translation>
    </message>
    <message>
        <source>The roll-off date must be on or after the start.</source>
        <translation>Das Enddatum muss am oder nach dem Beginn liegen.</translation>
    </message>
    <message>
        <source>Add engagement “%1”</source>
        <translation>Einsatz „%1“ hinzufügen</translation>
    </message>
    <message>
        <source>Edit engagement “%1”</source>
        <translation>Einsatz „%1“ bearbeiten</translation>
    </message>
    <message>
        <source>Delete engagement “%1”</source>
        <translation>Einsatz „%1“ löschen</translation>
    </message>
    <message>
        <source>Name the capability, e.g. “Roll back a release”.</source>
        <translation>Benennen Sie die Fähigkeit, z. B. „Release zurückrollen“.</translation>
    </message>
    <message>
        <source>Add capability “%1”</source>
        <translation>Fähigkeit „%1“ hinzufügen</translation>
    </message>
    <message>
        <source>Edit capability “%1”</source>
        <translation>Fähigkeit „%1“ bearbeiten</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <source>Delete capability “%1”</source>
        <translation>Fähigkeit „%1“ löschen</translation>
    </message>
    <message>
        <source>Say what the attendee should do.</source>
        <translation>Sagen Sie, was die teilnehmende Person tun soll.</translation>
    </message>
    <message>
        <source>Edit Apply task</source>
        <translation>Anwendungsaufgabe bearbeiten</translation>
    </message>
    <message>
        <source>Select the proposals to accept.</source>
        <translation>Wählen Sie die Vorschläge, die angenommen werden sollen.</translation>
    </message>
    <message numerus="yes">
        <source>Accept %n level proposal(s)</source>
        <translation>
            <numerusform>%n Stufenvorschlag annehmen</numerusform>
            <numerusform>%n Stufenvorschläge annehmen</numerusform>
        </translation>
    </message>
    <message>
        <source>Select the proposals to reject.</source>
        <translation>Wählen Sie die Vorschläge, die abgelehnt werden sollen.</translation>
    </message>
    <message numerus="yes">
        <source>Reject %n level proposal(s)</source>
        <translation>
            <numerusform>%n Stufenvorschlag ablehnen</numerusform>
            <numerusform>%n Stufenvorschläge ablehnen</numerusform>
        </translation>
    </message>
    <message>
        <source>Session “%1”: “%2” is not a time zone this system knows (e.g. Europe/Berlin, UTC+01:00, or none for the workspace&apos;s zone).</source>
        <translation>Session „%1“: „%2“ ist keine Zeitzone, die dieses System kennt (z. B. Europe/Berlin, UTC+01:00 oder none für die Zeitzone des Arbeitsbereichs).</translation>
    </message>
    <message>
        <source>Name the workspace&apos;s time zone, such as Europe/Berlin or UTC+01:00.</source>
        <translation>Geben Sie die Zeitzone des Arbeitsbereichs an, z. B. Europe/Berlin oder UTC+01:00.</translation>
    </message>
</context>
<context>
    <name>coe::commands::WorkspaceEdits</name>
    <message>
        <source>Name the workspace&apos;s time zone, such as Europe/Berlin or UTC+01:00.</source>
        <translation>Geben Sie die Zeitzone des Arbeitsbereichs an, z. B. Europe/Berlin oder UTC+01:00.</translation>
    </message>
    <message>
        <source>“%1” is not a time zone this system knows: give an IANA name such as Europe/Berlin, or a fixed offset such as UTC+01:00.</source>
        <translation>„%1“ ist keine Zeitzone, die dieses System kennt: geben Sie einen IANA-Namen wie Europe/Berlin oder einen festen UTC-Versatz wie UTC+01:00 an.</translation>
    </message>
    <message>
        <source>Each readiness weight is from 0 % to 100 %.</source>
        <translation>Jedes Gewicht der Bereitschaft liegt zwischen 0 % und 100 %.</translation>
    </message>
    <message>
        <source>The readiness weights add up to %1 %; they must add up to 100 %.</source>
        <translation>Die Gewichte der Bereitschaft ergeben zusammen %1 %; sie müssen 100 % ergeben.</translation>
    </message>
    <message>
        <source>Change the workspace settings</source>
        <translation>Einstellungen des Arbeitsbereichs ändern</translation>
    </message>
    <message>
        <source>Set the workspace&apos;s time zone to %1</source>
        <translation>Zeitzone des Arbeitsbereichs auf %1 setzen</translation>
    </message>
    <message>
        <source>Change the readiness weights</source>
        <translation>Gewichte der Bereitschaft ändern</translation>
    </message>
</context>
<context>
    <name>coe::render::Agenda</name>
    <message>
        <source>Release %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>Draft — not released</source>
        <translation>Entwurf — nicht veröffentlicht</translation>
    </message>
    <message>
        <source>CoE Studio · %1 · printed %2</source>
        <translation>CoE Studio · %1 · gedruckt am %2</translation>
    </message>
    <message>
        <source>release %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <source>Day %1</source>
        <translation>Tag %1</translation>
    </message>
    <message>
        <source>Person %1</source>
        <translation>Person %1</translation>
    </message>
    <message>
        <source>Plenary</source>
        <translation>Plenum</translation>
    </message>
    <message>
        <source>Break</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source> · %1–%2 (part %3 of %4)</source>
        <translation> · %1–%2 (Teil %3 von %4)</translation>
    </message>
    <message>
        <source>%1 seats</source>
        <translation>%1 Plätze</translation>
    </message>
    <message>
        <source>Nothing is scheduled on this day yet.</source>
        <translation>An diesem Tag ist noch nichts geplant.</translation>
    </message>
    <message>
        <source>%1 (continued)</source>
        <translation>%1 (Fortsetzung)</translation>
    </message>
    <message>
        <source>Plenaries and other items</source>
        <translation>Plenen und weitere Beiträge</translation>
    </message>
    <message>
        <source>Programme by track</source>
        <translation>Programm nach Track</translation>
    </message>
    <message>
        <source>No scheduled items</source>
        <translation>Keine geplanten Beiträge</translation>
    </message>
    <message>
        <source>Schedule items on the timetable to list them here.</source>
        <translation>Planen Sie Beiträge im Zeitplan ein, um sie hier aufzulisten.</translation>
    </message>
    <message>
        <source>Speakers&apos; run sheet</source>
        <translation>Ablaufplan für Vortragende</translation>
    </message>
    <message>
        <source>No speakers scheduled</source>
        <translation>Keine Vortragenden eingeplant</translation>
    </message>
    <message>
        <source>%1 · %2 min · be in the room by %3</source>
        <translation>%1 · %2 Min. · bis %3 im Raum sein</translation>
    </message>
    <message>
        <source>With %1</source>
        <translation>Mit %1</translation>
    </message>
    <message>
        <source>Needs: %1</source>
        <translation>Benötigt: %1</translation>
    </message>
    <message>
        <source>Room equipment: none listed</source>
        <translation>Raumausstattung: nichts angegeben</translation>
    </message>
    <message>
        <source>Room equipment: %1</source>
        <translation>Raumausstattung: %1</translation>
    </message>
    <message>
        <source>Missing in this room: %1 — talk to the organisers</source>
        <translation>Fehlt in diesem Raum: %1 — bitte mit der Organisation sprechen</translation>
    </message>
    <message>
        <source>Nothing in this room today.</source>
        <translation>Heute nichts in diesem Raum.</translation>
    </message>
    <message>
        <source>No day %1 in this summit</source>
        <translation>Dieser Summit hat keinen Tag %1</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>%1 konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Changes to the schedule · %1</source>
        <translation>Änderungen am Programm · %1</translation>
    </message>
    <message>
        <source>No changes</source>
        <translation>Keine Änderungen</translation>
    </message>
    <message>
        <source>Every item is where and when it was.</source>
        <translation>Alle Beiträge sind, wo und wann sie waren.</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Hinzugefügt</translation>
    </message>
    <message>
        <source>Moved</source>
        <translation>Verschoben</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgesagt</translation>
    </message>
    <message>
        <source>Was: %1</source>
        <translation>War: %1</translation>
    </message>
    <message>
        <source>Before: %1</source>
        <translation>Vorher: %1</translation>
    </message>
    <message>
        <source>At: %1</source>
        <translation>Wann/wo: %1</translation>
    </message>
    <message>
        <source>Now: %1</source>
        <translation>Jetzt: %1</translation>
    </message>
    <message>
        <source>%1 — changes · %2</source>
        <translation>%1 — Änderungen · %2</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>times in %1</source>
        <translation>Zeiten in %1</translation>
    </message>
</context>
<context>
    <name>coe::render::Handout</name>
    <message>
        <source>Skills</source>
        <translation>Fähigkeiten</translation>
    </message>
    <message>
        <source>Instructor</source>
        <translation>Lehrende(r)</translation>
    </message>
    <message>
        <source>to be named</source>
        <translation>noch offen</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Wo</translation>
    </message>
    <message>
        <source>1 · Learn</source>
        <translation>1 · Lernen</translation>
    </message>
    <message>
        <source>2 · See it applied</source>
        <translation>2 · Angewendet sehen</translation>
    </message>
    <message>
        <source>3 · Apply</source>
        <translation>3 · Anwenden</translation>
    </message>
    <message>
        <source>(nothing written yet)</source>
        <translation>(noch nichts geschrieben)</translation>
    </message>
    <message>
        <source>Attendees and their Apply task</source>
        <translation>Teilnehmende und ihre Anwendungsaufgabe</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>fällig am %1</translation>
    </message>
    <message>
        <source>CoE Studio · knowledge transfer</source>
        <translation>CoE Studio · Wissenstransfer</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <source>%1, %2–%3 (%4 min, %5)</source>
        <translation>%1, %2–%3 (%4 Min., %5)</translation>
    </message>
</context>
<context>
    <name>coe::render::Heatmap</name>
    <message>
        <source>Coverage by team and skill category</source>
        <translation>Abdeckung nach Team und Skill-Kategorie</translation>
    </message>
    <message>
        <source>No team has skill requirements yet.</source>
        <translation>Noch hat kein Team Skill-Anforderungen.</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
</context>
<context>
    <name>coe::ui::AboutDialog</name>
    <message>
        <source>About CoE Studio</source>
        <translation>Über CoE Studio</translation>
    </message>
    <message>
        <source>Skill matrices, knowledge transfer, summits and team readiness for the lead of a DevOps Center of Excellence.</source>
        <translation>Skill-Matrizen, Wissenstransfer, Summits und Team-Bereitschaft für die Leitung eines DevOps Center of Excellence.</translation>
    </message>
    <message>
        <source>driver missing</source>
        <translation>Treiber fehlt</translation>
    </message>
    <message>
        <source>Licensed under the GNU General Public License, version 3 or later.</source>
        <translation>Lizenziert unter der GNU General Public License, Version 3 oder später.</translation>
    </message>
</context>
<context>
    <name>coe::ui::Actions</name>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>&amp;Full screen</source>
        <translation>&amp;Vollbild</translation>
    </message>
    <message>
        <source>Show status &amp;bar</source>
        <translation>&amp;Statusleiste anzeigen</translation>
    </message>
    <message>
        <source>&amp;About CoE Studio</source>
        <translation>Ü&amp;ber CoE Studio</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>&amp;New workspace…</source>
        <translation>&amp;Neuer Arbeitsbereich…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Connect to &amp;team database…</source>
        <translation>Mit &amp;Team-Datenbank verbinden…</translation>
    </message>
    <message>
        <source>Create &amp;demo workspace…</source>
        <translation>&amp;Demo-Arbeitsbereich anlegen…</translation>
    </message>
    <message>
        <source>&amp;Close workspace</source>
        <translation>Arbeitsbereich &amp;schließen</translation>
    </message>
    <message>
        <source>&amp;People &amp;&amp; teams</source>
        <translation>&amp;Personen &amp;&amp; Teams</translation>
    </message>
    <message>
        <source>&amp;Skills</source>
        <translation>S&amp;kills</translation>
    </message>
    <message>
        <source>Skill &amp;matrix</source>
        <translation>Skill-&amp;Matrix</translation>
    </message>
    <message>
        <source>&amp;Import skill matrix…</source>
        <translation>Skill-Matrix &amp;importieren…</translation>
    </message>
    <message>
        <source>&amp;Export skill matrix…</source>
        <translation>Skill-Matrix &amp;exportieren…</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>&amp;Übersicht</translation>
    </message>
    <message>
        <source>How &amp;readiness is computed</source>
        <translation>&amp;Wie die Bereitschaft berechnet wird</translation>
    </message>
    <message>
        <source>S&amp;ummits</source>
        <translation>S&amp;ummits</translation>
    </message>
    <message>
        <source>&amp;Engagements</source>
        <translation>&amp;Einsätze</translation>
    </message>
    <message>
        <source>Sess&amp;ions</source>
        <translation>Sess&amp;ions</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>Dr&amp;ucken…</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Aus&amp;schneiden</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Einfügen</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Select &amp;all</source>
        <translation>&amp;Alles auswählen</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>S&amp;uchen…</translation>
    </message>
    <message>
        <source>Wor&amp;kspace settings…</source>
        <translation>&amp;Arbeitsbereich-Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;Go to…</source>
        <translation>&amp;Gehe zu…</translation>
    </message>
    <message>
        <source>Prefere&amp;nces…</source>
        <translation>Einstellu&amp;ngen…</translation>
    </message>
</context>
<context>
    <name>coe::ui::BackgroundTask</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>coe::ui::CapabilityDialog</name>
    <message>
        <source>Edit capability</source>
        <translation>Fähigkeit bearbeiten</translation>
    </message>
    <message>
        <source>New capability</source>
        <translation>Neue Fähigkeit</translation>
    </message>
    <message>
        <source>An operational task, e.g. Rotate secrets</source>
        <translation>Eine Betriebsaufgabe, z. B. Secrets rotieren</translation>
    </message>
    <message>
        <source>(nobody yet)</source>
        <translation>(noch niemand)</translation>
    </message>
    <message>
        <source>The internal person who will run it</source>
        <translation>Die interne Person, die es betreiben wird</translation>
    </message>
    <message>
        <source>The expert handing it over</source>
        <translation>Der Experte, der es übergibt</translation>
    </message>
    <message>
        <source>Type a skill and press Enter</source>
        <translation>Fähigkeit eingeben und Enter drücken</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Verantwortlich:</translation>
    </message>
    <message>
        <source>&amp;Expert:</source>
        <translation>&amp;Experte:</translation>
    </message>
    <message>
        <source>&amp;Skills:</source>
        <translation>&amp;Fähigkeiten:</translation>
    </message>
</context>
<context>
    <name>coe::ui::ChangelogDialog</name>
    <message>
        <source>Changes since version %1</source>
        <translation>Änderungen seit Version %1</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Beitrag</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Jetzt</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Hinzugefügt</translation>
    </message>
    <message>
        <source>Moved</source>
        <translation>Verschoben</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgesagt</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Drucken…</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>PDF exportieren…</translation>
    </message>
    <message>
        <source>Nothing changed since version %1.</source>
        <translation>Seit Version %1 hat sich nichts geändert.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) since version %1:</source>
        <translation>
            <numerusform>%n Änderung seit Version %1:</numerusform>
            <numerusform>%n Änderungen seit Version %1:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>coe::ui::ChartDialog</name>
    <message>
        <source>%1 — readiness charts</source>
        <translation>%1 — Bereitschaftsdiagramme</translation>
    </message>
    <message>
        <source>Coverage by skill category (radar)</source>
        <translation>Abdeckung nach Skill-Kategorie (Netz)</translation>
    </message>
    <message>
        <source>Independent people per required skill</source>
        <translation>Selbstständige Personen je benötigtem Skill</translation>
    </message>
    <message>
        <source>Readiness index by month, with forecast</source>
        <translation>Bereitschaftsindex nach Monat, mit Prognose</translation>
    </message>
    <message>
        <source>All teams: coverage by skill category (heatmap)</source>
        <translation>Alle Teams: Abdeckung nach Skill-Kategorie (Heatmap)</translation>
    </message>
    <message>
        <source>All teams: capabilities by hand-over phase</source>
        <translation>Alle Teams: Fähigkeiten nach Übergabephase</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Drucken…</translation>
    </message>
    <message>
        <source>Chart:</source>
        <translation>Diagramm:</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>Diagramm exportieren</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)</source>
        <translation>PNG-Bild (*.png);;SVG-Zeichnung (*.svg);;PDF-Dokument (*.pdf)</translation>
    </message>
    <message>
        <source>CoE Studio</source>
        <translation>CoE Studio</translation>
    </message>
    <message>
        <source>Print %1</source>
        <translation>%1 drucken</translation>
    </message>
</context>
<context>
    <name>coe::ui::CommandPalette</name>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>View</source>
        <translation>Ansicht</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Skill</source>
        <translation>Skill</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Session</translation>
    </message>
    <message>
        <source>Summit item</source>
        <translation>Summit-Beitrag</translation>
    </message>
    <message>
        <source>Go to</source>
        <translation>Gehe zu</translation>
    </message>
    <message>
        <source>Type an action, a view, a person, a skill, a session or a summit item</source>
        <translation>Eine Aktion, eine Ansicht, eine Person, einen Skill, eine Session oder einen Summit-Beitrag eingeben</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>Treffer</translation>
    </message>
    <message>
        <source>↑ ↓ to move · Enter to go · Esc to close</source>
        <translation>↑ ↓ zum Bewegen · Enter zum Öffnen · Esc zum Schließen</translation>
    </message>
</context>
<context>
    <name>coe::ui::ConnectDialog</name>
    <message>
        <source>Connect to team database</source>
        <translation>Mit Team-Datenbank verbinden</translation>
    </message>
    <message>
        <source>A team shares one workspace in a PostgreSQL database. Ask whoever runs it for the address and your password.</source>
        <translation>Ein Team teilt sich einen Arbeitsbereich in einer PostgreSQL-Datenbank. Fragen Sie die Betreiber nach Adresse und Ihrem Passwort.</translation>
    </message>
    <message>
        <source>The password is used for this connection only; CoE Studio does not store it.</source>
        <translation>Das Passwort wird nur für diese Verbindung verwendet; CoE Studio speichert es nicht.</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>&amp;Adresse</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Passwort</translation>
    </message>
    <message>
        <source>Enter the database address.</source>
        <translation>Geben Sie die Datenbankadresse ein.</translation>
    </message>
    <message>
        <source>The address starts with postgresql://.</source>
        <translation>Die Adresse beginnt mit postgresql://.</translation>
    </message>
</context>
<context>
    <name>coe::ui::DashboardView</name>
    <message>
        <source>How readiness is computed</source>
        <translation>Wie die Bereitschaft berechnet wird</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Team readiness&lt;/h2&gt;&lt;p&gt;How ready each team is to run its platform without outside help, as of %1. Click a team for its charts. &lt;a href=&quot;#definitions&quot;&gt;How is this computed?&lt;/a&gt;&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Team-Bereitschaft&lt;/h2&gt;&lt;p&gt;Wie bereit jedes Team ist, seine Plattform ohne Hilfe von außen zu betreiben, Stand %1. Klicken Sie auf ein Team für seine Diagramme. &lt;a href=&quot;#definitions&quot;&gt;Wie wird das berechnet?&lt;/a&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>No teams yet. Add teams and their people in People &amp; teams; readiness then follows from the skills each team requires and the capabilities handed over to it.</source>
        <translation>Noch keine Teams. Legen Sie Teams und ihre Personen unter „Personen &amp; Teams“ an; die Bereitschaft ergibt sich dann aus den Skills, die jedes Team braucht, und den ihm übergebenen Fähigkeiten.</translation>
    </message>
    <message>
        <source>&lt;p&gt;For a team at a date, each person&apos;s level is their &lt;b&gt;effective level&lt;/b&gt; then: the latest lead&apos;s assessment, else the consultant&apos;s, else their own.&lt;/p&gt;&lt;p&gt;For each skill the team requires (at least &lt;i&gt;n&lt;/i&gt; people Independent):&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;coverage&lt;/b&gt; = internal members at Independent or above ÷ &lt;i&gt;n&lt;/i&gt;, at most 1;&lt;/li&gt;&lt;li&gt;&lt;b&gt;teacher&lt;/b&gt; = 1 if an internal member is at Teacher, else 0 (where a Teacher is required);&lt;/li&gt;&lt;li&gt;a &lt;b&gt;single point of failure&lt;/b&gt; has exactly one internal Independent;&lt;/li&gt;&lt;li&gt;a &lt;b&gt;consultant-dependent&lt;/b&gt; skill has none, while an external person is Independent.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;&lt;b&gt;Hand-over&lt;/b&gt; is the mean phase of the team&apos;s capabilities: Expert leads 0, Pairing ⅓, Staff leads ⅔, Handed over 1.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Index&lt;/b&gt; = 100 × (0.5 × mean coverage + 0.2 × mean teacher + 0.3 × hand-over). A part with nothing to average drops out and the others are rescaled.&lt;/p&gt;&lt;p&gt;The &lt;b&gt;forecast&lt;/b&gt; extends a straight line through the last six month-end values to each engagement&apos;s roll-off date. &lt;b&gt;Next actions&lt;/b&gt; are the three changes that raise the index most; candidates are listed by level, then interest.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Für ein Team an einem Datum ist die Stufe jeder Person ihre &lt;b&gt;wirksame Stufe&lt;/b&gt; zu diesem Zeitpunkt: die letzte Einschätzung der Leitung, sonst der Beratung, sonst die eigene.&lt;/p&gt;&lt;p&gt;Für jeden Skill, den das Team braucht (mindestens &lt;i&gt;n&lt;/i&gt; selbstständige Personen):&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Abdeckung&lt;/b&gt; = interne Mitglieder ab „Selbstständig“ ÷ &lt;i&gt;n&lt;/i&gt;, höchstens 1;&lt;/li&gt;&lt;li&gt;&lt;b&gt;Lehrende&lt;/b&gt; = 1, wenn ein internes Mitglied „Lehrend“ ist, sonst 0 (wo eine lehrende Person verlangt ist);&lt;/li&gt;&lt;li&gt;eine &lt;b&gt;einzelne Schwachstelle&lt;/b&gt; hat genau eine interne selbstständige Person;&lt;/li&gt;&lt;li&gt;ein &lt;b&gt;von Beratung abhängiger&lt;/b&gt; Skill hat keine, während eine externe Person selbstständig ist.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Die &lt;b&gt;Übergabe&lt;/b&gt; ist die mittlere Phase der Fähigkeiten des Teams: Experte führt 0, Pairing ⅓, Team führt ⅔, Übergeben 1.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Index&lt;/b&gt; = 100 × (0,5 × mittlere Abdeckung + 0,2 × mittlere Lehrende + 0,3 × Übergabe). Ein Teil ohne Werte entfällt, die übrigen werden neu gewichtet.&lt;/p&gt;&lt;p&gt;Die &lt;b&gt;Prognose&lt;/b&gt; verlängert eine Gerade durch die letzten sechs Monatsendwerte bis zum Abzugstermin jedes Einsatzes. &lt;b&gt;Nächste Schritte&lt;/b&gt; sind die drei Änderungen, die den Index am meisten heben; Kandidaten nach Stufe, dann Interesse.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>80–100</source>
        <translation>80–100</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>Index colours: %1. Below each index: coverage of required skills, Teachers present and capabilities handed over; “–” when the team has none to count.</source>
        <translation>Indexfarben: %1. Unter jedem Index: Abdeckung der benötigten Skills, vorhandene Lehrende und übergebene Fähigkeiten; „–“, wenn das Team nichts zu zählen hat.</translation>
    </message>
</context>
<context>
    <name>coe::ui::EngagementDialog</name>
    <message>
        <source>Edit engagement</source>
        <translation>Einsatz bearbeiten</translation>
    </message>
    <message>
        <source>New engagement</source>
        <translation>Neuer Einsatz</translation>
    </message>
    <message>
        <source>e.g. Platform build-out with Acme Consulting</source>
        <translation>z. B. Plattformaufbau mit Acme Consulting</translation>
    </message>
    <message>
        <source>(choose a team)</source>
        <translation>(Team wählen)</translation>
    </message>
    <message>
        <source>&amp;rolls off</source>
        <translation>&amp;endet</translation>
    </message>
    <message>
        <source>Type a consultant&apos;s name and press Enter</source>
        <translation>Namen einer Beraterin oder eines Beraters eingeben und Enter drücken</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Team:</source>
        <translation>&amp;Team:</translation>
    </message>
    <message>
        <source>&amp;Starts:</source>
        <translation>&amp;Beginnt:</translation>
    </message>
    <message>
        <source>&amp;Consultants:</source>
        <translation>&amp;Beratende:</translation>
    </message>
</context>
<context>
    <name>coe::ui::EngagementsView</name>
    <message>
        <source>No phase recorded yet.</source>
        <translation>Noch keine Phase erfasst.</translation>
    </message>
    <message>
        <source>%1 (moved back)</source>
        <translation>%1 (zurückgestuft)</translation>
    </message>
    <message>
        <source>confirmed by %1</source>
        <translation>bestätigt von %1</translation>
    </message>
    <message>
        <source>Drag a card to the next column when the staff take over more of it. Moving back asks for a reason.</source>
        <translation>Ziehen Sie eine Karte in die nächste Spalte, wenn das Team mehr davon übernimmt. Zurückschieben verlangt einen Grund.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Warnings&lt;/b&gt;</source>
        <translation>&lt;b&gt;Warnungen&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Phase history&lt;/b&gt;</source>
        <translation>&lt;b&gt;Phasenverlauf&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Could not read the engagements.</source>
        <translation>Die Einsätze konnten nicht gelesen werden.</translation>
    </message>
    <message numerus="yes">
        <source>rolls off in %n day(s)</source>
        <translation>
            <numerusform>endet in %n Tag</numerusform>
            <numerusform>endet in %n Tagen</numerusform>
        </translation>
    </message>
    <message>
        <source>rolled off %1</source>
        <translation>endete am %1</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>No engagements yet. They come with the demo workspace, or from your consultancy&apos;s statement of work.</source>
        <translation>Noch keine Einsätze. Sie kommen mit dem Demo-Arbeitsbereich oder aus der Leistungsbeschreibung Ihrer Beratung.</translation>
    </message>
    <message>
        <source>no expert</source>
        <translation>kein Experte</translation>
    </message>
    <message>
        <source>no owner</source>
        <translation>niemand verantwortlich</translation>
    </message>
    <message>
        <source>No warnings for this engagement.</source>
        <translation>Keine Warnungen für diesen Einsatz.</translation>
    </message>
    <message>
        <source>&lt;h3&gt;%1&lt;/h3&gt;&lt;p&gt;%2&lt;/p&gt;&lt;p&gt;&lt;b&gt;Now:&lt;/b&gt; %3&lt;br&gt;&lt;b&gt;Owner:&lt;/b&gt; %4&lt;br&gt;&lt;b&gt;Expert:&lt;/b&gt; %5&lt;br&gt;&lt;b&gt;Skills:&lt;/b&gt; %6&lt;/p&gt;</source>
        <translation>&lt;h3&gt;%1&lt;/h3&gt;&lt;p&gt;%2&lt;/p&gt;&lt;p&gt;&lt;b&gt;Jetzt:&lt;/b&gt; %3&lt;br&gt;&lt;b&gt;Verantwortlich:&lt;/b&gt; %4&lt;br&gt;&lt;b&gt;Experte:&lt;/b&gt; %5&lt;br&gt;&lt;b&gt;Fähigkeiten:&lt;/b&gt; %6&lt;/p&gt;</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Move “%1” back</source>
        <translation>„%1“ zurückschieben</translation>
    </message>
    <message>
        <source>Move “%1” forward</source>
        <translation>„%1“ weiterschieben</translation>
    </message>
    <message>
        <source>(nobody named)</source>
        <translation>(niemand genannt)</translation>
    </message>
    <message>
        <source>Why is it moving back? (required)</source>
        <translation>Warum geht es zurück? (erforderlich)</translation>
    </message>
    <message>
        <source>What showed the staff are ready (optional)</source>
        <translation>Woran sich zeigte, dass das Team bereit ist (optional)</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <source>&amp;Confirmed by:</source>
        <translation>&amp;Bestätigt von:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Grund:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Notiz:</translation>
    </message>
    <message>
        <source>Move capability</source>
        <translation>Fähigkeit verschieben</translation>
    </message>
    <message>
        <source>%1 is now at %2.</source>
        <translation>%1 ist jetzt bei %2.</translation>
    </message>
    <message>
        <source>Edit capability…</source>
        <translation>Fähigkeit bearbeiten…</translation>
    </message>
    <message>
        <source>Delete capability</source>
        <translation>Fähigkeit löschen</translation>
    </message>
    <message>
        <source>New capability…</source>
        <translation>Neue Fähigkeit…</translation>
    </message>
    <message>
        <source>New…</source>
        <translation>Neu…</translation>
    </message>
    <message>
        <source>New engagement</source>
        <translation>Neuer Einsatz</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Edit engagement</source>
        <translation>Einsatz bearbeiten</translation>
    </message>
    <message>
        <source>Delete engagement</source>
        <translation>Einsatz löschen</translation>
    </message>
    <message numerus="yes">
        <source>Delete “%1” with its %n capability(ies) and their history? Undo brings it back.</source>
        <translation>
            <numerusform>„%1“ mit %n Fähigkeit und ihrem Verlauf löschen? Rückgängig holt es zurück.</numerusform>
            <numerusform>„%1“ mit %n Fähigkeiten und ihrem Verlauf löschen? Rückgängig holt es zurück.</numerusform>
        </translation>
    </message>
    <message>
        <source>New capability</source>
        <translation>Neue Fähigkeit</translation>
    </message>
    <message>
        <source>Edit capability</source>
        <translation>Fähigkeit bearbeiten</translation>
    </message>
    <message>
        <source>Delete “%1” and its phase history? Undo brings it back.</source>
        <translation>„%1“ und den Phasenverlauf löschen? Rückgängig holt es zurück.</translation>
    </message>
    <message>
        <source> (moved back)</source>
        <translation> (zurückgestuft)</translation>
    </message>
</context>
<context>
    <name>coe::ui::MainWindow</name>
    <message>
        <source>CoE Studio</source>
        <translation>CoE Studio</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>%1 — CoE Studio</source>
        <translation>%1 — CoE Studio</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Rückgängig: %1</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Wiederholen: %1</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>%1 geöffnet</translation>
    </message>
    <message>
        <source>New workspace</source>
        <translation>Neuer Arbeitsbereich</translation>
    </message>
    <message>
        <source>My CoE.coe</source>
        <translation>Mein CoE.coe</translation>
    </message>
    <message>
        <source>Open workspace</source>
        <translation>Arbeitsbereich öffnen</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Create demo workspace</source>
        <translation>Demo-Arbeitsbereich anlegen</translation>
    </message>
    <message>
        <source>Import skill matrix</source>
        <translation>Skill-Matrix importieren</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n cell(s) from %1 — undo with %2</source>
        <translation>
            <numerusform>%n Zelle aus %1 importiert — rückgängig mit %2</numerusform>
            <numerusform>%n Zellen aus %1 importiert — rückgängig mit %2</numerusform>
        </translation>
    </message>
    <message>
        <source> matrix.xlsx</source>
        <translation> Matrix.xlsx</translation>
    </message>
    <message>
        <source>Export skill matrix</source>
        <translation>Skill-Matrix exportieren</translation>
    </message>
    <message>
        <source>Exported the skill matrix to %1</source>
        <translation>Skill-Matrix nach %1 exportiert</translation>
    </message>
    <message>
        <source>Stopped waiting for %1.</source>
        <translation>Warten auf %1 abgebrochen.</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>%1 wird gelesen…</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>%1 wird geschrieben…</translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation>Verbindung wird hergestellt</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbindung zu %1 wird hergestellt…</translation>
    </message>
    <message>
        <source>Spreadsheets (*.csv *.xlsx *.ods);;All files (*)</source>
        <translation>Tabellen (*.csv *.xlsx *.ods);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;OpenDocument spreadsheet (*.ods);;CSV (*.csv);;JSON (*.json)</source>
        <translation>Excel-Arbeitsmappe (*.xlsx);;OpenDocument-Tabelle (*.ods);;CSV (*.csv);;JSON (*.json)</translation>
    </message>
    <message>
        <source>%1: choose a name ending in .xlsx, .ods, .csv or .json.</source>
        <translation>%1: wählen Sie einen Namen, der auf .xlsx, .ods, .csv oder .json endet.</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <source>Show &amp;toolbar</source>
        <translation>&amp;Werkzeugleiste anzeigen</translation>
    </message>
    <message>
        <source>Print the summit&apos;s agenda</source>
        <translation>Die Agenda des Summits drucken</translation>
    </message>
    <message>
        <source>Print: open the Summits view to print an agenda</source>
        <translation>Drucken: Öffnen Sie die Ansicht Summits, um eine Agenda zu drucken</translation>
    </message>
    <message>
        <source>Workspace settings</source>
        <translation>Arbeitsbereich-Einstellungen</translation>
    </message>
</context>
<context>
    <name>coe::ui::MatrixDelegate</name>
    <message>
        <source>— not assessed</source>
        <translation>— nicht eingeschätzt</translation>
    </message>
</context>
<context>
    <name>coe::ui::MatrixHeader</name>
    <message>
        <source>%1 — click to unfold its skills</source>
        <translation>%1 — klicken, um die Skills aufzuklappen</translation>
    </message>
    <message>
        <source>%1 — click to fold it into an average</source>
        <translation>%1 — klicken, um sie zu einem Durchschnitt einzuklappen</translation>
    </message>
</context>
<context>
    <name>coe::ui::MatrixImportDialog</name>
    <message>
        <source>Import skill matrix from %1</source>
        <translation>Skill-Matrix aus %1 importieren</translation>
    </message>
    <message>
        <source>Wide: a row per person, a column per skill</source>
        <translation>Breit: eine Zeile je Person, eine Spalte je Skill</translation>
    </message>
    <message>
        <source>Long: a row per person and skill</source>
        <translation>Lang: eine Zeile je Person und Skill</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Spalten</translation>
    </message>
    <message>
        <source>Shape</source>
        <translation>Form</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Skill</source>
        <translation>Skill</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Leitung</translation>
    </message>
    <message>
        <source>Self</source>
        <translation>Selbst</translation>
    </message>
    <message>
        <source>Consultant</source>
        <translation>Beratung</translation>
    </message>
    <message>
        <source>Add people and skills the workspace does not have</source>
        <translation>Personen und Skills hinzufügen, die der Arbeitsbereich nicht hat</translation>
    </message>
    <message>
        <source>Skip bad cells and import the rest</source>
        <translation>Fehlerhafte Zellen überspringen und den Rest importieren</translation>
    </message>
    <message>
        <source>Assessments</source>
        <translation>Einschätzungen</translation>
    </message>
    <message>
        <source>Recorded as</source>
        <translation>Gespeichert als</translation>
    </message>
    <message>
        <source>Dated</source>
        <translation>Datiert</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message numerus="yes">
        <source>%n cell(s) to import from %1 row(s)</source>
        <translation>
            <numerusform>%n Zelle aus %1 Zeile(n) zu importieren</numerusform>
            <numerusform>%n Zellen aus %1 Zeile(n) zu importieren</numerusform>
        </translation>
    </message>
    <message>
        <source>, adding %1 people and %2 skills</source>
        <translation>, mit %1 neuen Personen und %2 neuen Skills</translation>
    </message>
    <message numerus="yes">
        <source>%1%2. %n problem(s) — fix the file or the choices above, or skip bad cells.</source>
        <translation>
            <numerusform>%1%2. %n Problem — korrigieren Sie die Datei oder die Auswahl oben, oder überspringen Sie fehlerhafte Zellen.</numerusform>
            <numerusform>%1%2. %n Probleme — korrigieren Sie die Datei oder die Auswahl oben, oder überspringen Sie fehlerhafte Zellen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Blatt</translation>
    </message>
    <message numerus="yes">
        <source>Line %1 is past the rows the preview shows (the first %n).</source>
        <translation>
            <numerusform>Zeile %1 liegt hinter den Zeilen, die die Vorschau zeigt (sie zeigt nur %n Zeile).</numerusform>
            <numerusform>Zeile %1 liegt hinter den Zeilen, die die Vorschau zeigt (die ersten %n).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>In the first %n row(s): </source>
        <translation>
            <numerusform>In der ersten %n Zeile: </numerusform>
            <numerusform>In den ersten %n Zeilen: </numerusform>
        </translation>
    </message>
    <message>
        <source> The rest of the file is checked when you import.</source>
        <translation> Der Rest der Datei wird beim Import geprüft.</translation>
    </message>
    <message>
        <source>Import skill matrix</source>
        <translation>Skill-Matrix importieren</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>%1 wird geprüft…</translation>
    </message>
</context>
<context>
    <name>coe::ui::MatrixTable</name>
    <message>
        <source>Select the cell where the pasted block should start.</source>
        <translation>Wählen Sie die Zelle, an der der eingefügte Block beginnen soll.</translation>
    </message>
    <message>
        <source>Nothing was pasted: %1.</source>
        <translation>Nichts wurde eingefügt: %1.</translation>
    </message>
    <message numerus="yes">
        <source>Paste %n cell(s)</source>
        <translation>
            <numerusform>%n Zelle einfügen</numerusform>
            <numerusform>%n Zellen einfügen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Set %n cell(s) to %1</source>
        <translation>
            <numerusform>%n Zelle auf %1 setzen</numerusform>
            <numerusform>%n Zellen auf %1 setzen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Set the personal target of %n cell(s) to %1</source>
        <translation>
            <numerusform>Persönliches Ziel von %n Zelle auf %1 setzen</numerusform>
            <numerusform>Persönliches Ziel von %n Zellen auf %1 setzen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Clear the personal target of %n cell(s)</source>
        <translation>
            <numerusform>Persönliches Ziel von %n Zelle entfernen</numerusform>
            <numerusform>Persönliches Ziel von %n Zellen entfernen</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Einfügen</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>&amp;Leeren</translation>
    </message>
    <message>
        <source>Personal &amp;target</source>
        <translation>Persönliches &amp;Ziel</translation>
    </message>
    <message>
        <source>A target for these people alone, instead of the one their role sets</source>
        <translation>Ein Ziel nur für diese Personen, anstelle des Ziels ihrer Rolle</translation>
    </message>
    <message>
        <source>&amp;Use the role&apos;s target</source>
        <translation>Ziel der &amp;Rolle verwenden</translation>
    </message>
    <message>
        <source>%1 for %2</source>
        <translation>%1 für %2</translation>
    </message>
    <message numerus="yes">
        <source>%n cell(s)</source>
        <translation>
            <numerusform>%n Zelle</numerusform>
            <numerusform>%n Zellen</numerusform>
        </translation>
    </message>
    <message>
        <source>the self-assessment</source>
        <translation>die Selbsteinschätzung</translation>
    </message>
    <message>
        <source>the consultant&apos;s level</source>
        <translation>die Stufe der Beratung</translation>
    </message>
    <message>
        <source>the lead&apos;s level</source>
        <translation>die Stufe der Leitung</translation>
    </message>
    <message>
        <source>Nothing was pasted: “Self against lead” compares two sources; pick one source to paste into.</source>
        <translation>Nichts wurde eingefügt: „Selbst gegen Leitung“ vergleicht zwei Quellen; wählen Sie eine Quelle, in die eingefügt werden soll.</translation>
    </message>
    <message>
        <source>Nothing was pasted: the block is %1 × %2 cells and does not fit from %3, %4; it would run past the last %5.</source>
        <translation>Nichts wurde eingefügt: der Block ist %1 × %2 Zellen groß und passt ab %3, %4 nicht; er ginge über die letzte %5 hinaus.</translation>
    </message>
    <message>
        <source>person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is an average, not a level; copy the skills themselves, or type a whole level</source>
        <translation>%1: „%2“ ist ein Durchschnitt, keine Stufe; kopieren Sie die Skills selbst oder geben Sie eine ganze Stufe ein</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a level (0 to %3 or a label such as %4)</source>
        <translation>%1: „%2“ ist keine Stufe (0 bis %3 oder eine Bezeichnung wie %4)</translation>
    </message>
    <message>
        <source>Nothing was pasted at %1</source>
        <translation>Bei %1 wurde nichts eingefügt</translation>
    </message>
    <message numerus="yes">
        <source>Pasted %n cell(s) at %1</source>
        <translation>
            <numerusform>%n Zelle bei %1 eingefügt</numerusform>
            <numerusform>%n Zellen bei %1 eingefügt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n category average(s) were left as they are, since they follow their skills</source>
        <translation>
            <numerusform>; %n Kategoriedurchschnitt blieb unverändert, da er seinen Skills folgt</numerusform>
            <numerusform>; %n Kategoriedurchschnitte blieben unverändert, da sie ihren Skills folgen</numerusform>
        </translation>
    </message>
    <message>
        <source>Set %1 to %2 %3 for %4</source>
        <translation>%1 für %4 auf %2 %3 gesetzt</translation>
    </message>
    <message>
        <source>Cleared %1 of %2 for %3</source>
        <translation>%1 in %2 für %3 gelöscht</translation>
    </message>
    <message>
        <source>; it still shows %1 (%2)</source>
        <translation>; die Zelle zeigt noch %1 (%2)</translation>
    </message>
    <message>
        <source>“Self against lead” only compares; pick one source to set levels.</source>
        <translation>„Selbst gegen Leitung“ vergleicht nur; wählen Sie eine Quelle, um Stufen zu setzen.</translation>
    </message>
    <message>
        <source>Category averages follow their skills; unfold the category to set its skills.</source>
        <translation>Kategoriedurchschnitte folgen ihren Skills; klappen Sie die Kategorie auf, um ihre Skills zu setzen.</translation>
    </message>
    <message numerus="yes">
        <source>Set %n cell(s) to %1 %2</source>
        <translation>
            <numerusform>%n Zelle auf %1 %2 gesetzt</numerusform>
            <numerusform>%n Zellen auf %1 %2 gesetzt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n category average(s) left as they are</source>
        <translation>
            <numerusform>; %n Kategoriedurchschnitt unverändert</numerusform>
            <numerusform>; %n Kategoriedurchschnitte unverändert</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to clear here: category averages follow their skills.</source>
        <translation>Hier gibt es nichts zu löschen: Kategoriedurchschnitte folgen ihren Skills.</translation>
    </message>
    <message>
        <source>Clear cells</source>
        <translation>Zellen leeren</translation>
    </message>
    <message numerus="yes">
        <source>%n of the selected cells also hold a consultant&apos;s level or a self-assessment, which the effective view shows once the lead&apos;s level is gone.</source>
        <translation>
            <numerusform>%n der gewählten Zellen enthält auch eine Stufe der Beratung oder eine Selbsteinschätzung, die die wirksame Ansicht zeigt, sobald die Stufe der Leitung entfernt ist.</numerusform>
            <numerusform>%n der gewählten Zellen enthalten auch eine Stufe der Beratung oder eine Selbsteinschätzung, die die wirksame Ansicht zeigt, sobald die Stufe der Leitung entfernt ist.</numerusform>
        </translation>
    </message>
    <message>
        <source>Clear &amp;every source</source>
        <translation>Alle &amp;Quellen löschen</translation>
    </message>
    <message>
        <source>Clear the &amp;lead&apos;s level only</source>
        <translation>Nur die Stufe der &amp;Leitung löschen</translation>
    </message>
    <message>
        <source>every source</source>
        <translation>alle Quellen</translation>
    </message>
    <message>
        <source>Clear %1 in %2</source>
        <translation>%1 in %2 löschen</translation>
    </message>
    <message>
        <source>Nothing to clear: %1 has no %2 there.</source>
        <translation>Nichts zu löschen: %1 enthält dort nichts davon (%2).</translation>
    </message>
    <message>
        <source>the selection</source>
        <translation>die Auswahl</translation>
    </message>
    <message>
        <source>Cleared %1 in %2</source>
        <translation>%1 in %2 gelöscht</translation>
    </message>
    <message numerus="yes">
        <source>; %n still show(s) a consultant&apos;s level</source>
        <translation>
            <numerusform>; %n zeigt noch eine Stufe der Beratung</numerusform>
            <numerusform>; %n zeigen noch eine Stufe der Beratung</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> and %n a self-assessment</source>
        <translation>
            <numerusform> und %n eine Selbsteinschätzung</numerusform>
            <numerusform> und %n eine Selbsteinschätzung</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n still show(s) a self-assessment</source>
        <translation>
            <numerusform>; %n zeigt noch eine Selbsteinschätzung</numerusform>
            <numerusform>; %n zeigen noch eine Selbsteinschätzung</numerusform>
        </translation>
    </message>
    <message>
        <source>Notes belong to a skill: pick a skill&apos;s cell, not a category&apos;s average.</source>
        <translation>Notizen gehören zu einem Skill: wählen Sie die Zelle eines Skills, nicht den Durchschnitt einer Kategorie.</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Note on %1 for %2:</source>
        <translation>Notiz zu %1 für %2:</translation>
    </message>
    <message>
        <source>Add a note to %1 for %2</source>
        <translation>Notiz zu %1 für %2 hinzufügen</translation>
    </message>
    <message>
        <source>Added a note to %1 for %2.</source>
        <translation>Notiz zu %1 für %2 hinzugefügt.</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n cell(s).</source>
        <translation>
            <numerusform>%n Zelle kopiert.</numerusform>
            <numerusform>%n Zellen kopiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Set &amp;level</source>
        <translation>&amp;Stufe setzen</translation>
    </message>
    <message>
        <source>C&amp;lear the lead&apos;s level</source>
        <translation>Stufe der Leitung &amp;löschen</translation>
    </message>
    <message>
        <source>Edit &amp;note…</source>
        <translation>&amp;Notiz bearbeiten…</translation>
    </message>
    <message>
        <source>Add &amp;note…</source>
        <translation>&amp;Notiz hinzufügen…</translation>
    </message>
    <message>
        <source>%1 is not a level: this scale goes from 0 to %2 (%3).</source>
        <translation>%1 ist keine Stufe: diese Skala reicht von 0 bis %2 (%3).</translation>
    </message>
    <message>
        <source>Nothing was pasted: the clipboard holds more than %L1 characters, more than any matrix has cells for.</source>
        <translation>Nichts wurde eingefügt: die Zwischenablage enthält mehr als %L1 Zeichen, mehr, als irgendeine Matrix an Zellen hat.</translation>
    </message>
    <message numerus="yes">
        <source>%n more</source>
        <translation>
            <numerusform>%n weiteres Problem</numerusform>
            <numerusform>%n weitere Probleme</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>coe::ui::MatrixView</name>
    <message>
        <source>Effective level</source>
        <translation>Wirksame Stufe</translation>
    </message>
    <message>
        <source>Self-assessment</source>
        <translation>Selbsteinschätzung</translation>
    </message>
    <message>
        <source>Lead&apos;s assessment</source>
        <translation>Einschätzung der Leitung</translation>
    </message>
    <message>
        <source>Consultant&apos;s assessment</source>
        <translation>Einschätzung der Beratung</translation>
    </message>
    <message>
        <source>Self against lead</source>
        <translation>Selbst gegen Leitung</translation>
    </message>
    <message>
        <source>Effective: the lead&apos;s level, else the consultant&apos;s, else the person&apos;s own.</source>
        <translation>Wirksam: die Stufe der Leitung, sonst die der Beratung, sonst die eigene.</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Internal staff</source>
        <translation>Interne Mitarbeitende</translation>
    </message>
    <message>
        <source>External consultants</source>
        <translation>Externe Beratung</translation>
    </message>
    <message>
        <source>Only gaps</source>
        <translation>Nur Lücken</translation>
    </message>
    <message>
        <source>Only people below their target in a shown skill</source>
        <translation>Nur Personen unter ihrem Ziel in einem gezeigten Skill</translation>
    </message>
    <message>
        <source>Find people</source>
        <translation>Personen suchen</translation>
    </message>
    <message>
        <source>CoE Studio</source>
        <translation>CoE Studio</translation>
    </message>
    <message>
        <source>All teams</source>
        <translation>Alle Teams</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Alle Kategorien</translation>
    </message>
    <message>
        <source> &amp;nbsp;&amp;nbsp; ◥ target set &amp;nbsp; &lt;span style=&apos;color:#d73027&apos;&gt;▁&lt;/span&gt; below target &amp;nbsp; • note</source>
        <translation> &amp;nbsp;&amp;nbsp; ◥ Ziel gesetzt &amp;nbsp; &lt;span style=&apos;color:#d73027&apos;&gt;▁&lt;/span&gt; unter Ziel &amp;nbsp; • Notiz</translation>
    </message>
    <message>
        <source>%1 of %2 people, %3 columns</source>
        <translation>%1 von %2 Personen, %3 Spalten</translation>
    </message>
    <message>
        <source>The matrix is empty. Add people in People &amp; teams and skills in Skills, or import them with coectl import.</source>
        <translation>Die Matrix ist leer. Fügen Sie Personen unter „Personen &amp; Teams“ und Skills unter „Skills“ hinzu oder importieren Sie sie mit coectl import.</translation>
    </message>
    <message>
        <source>No people yet — add them in People &amp; teams.</source>
        <translation>Noch keine Personen — fügen Sie sie unter „Personen &amp; Teams“ hinzu.</translation>
    </message>
    <message>
        <source>No skills yet — add categories and skills in Skills.</source>
        <translation>Noch keine Skills — legen Sie Kategorien und Skills unter „Skills“ an.</translation>
    </message>
    <message>
        <source>Nobody matches these filters.</source>
        <translation>Niemand passt zu diesen Filtern.</translation>
    </message>
    <message>
        <source>&lt;p&gt;Average of the category&apos;s assessed skills: &lt;b&gt;%1&lt;/b&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;Durchschnitt der eingeschätzten Skills der Kategorie: &lt;b&gt;%1&lt;/b&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Effective</source>
        <translation>Wirksam</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Leitung</translation>
    </message>
    <message>
        <source>Consultant</source>
        <translation>Beratung</translation>
    </message>
    <message>
        <source>Self</source>
        <translation>Selbst</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Interest</source>
        <translation>Interesse</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>Lücke</translation>
    </message>
    <message numerus="yes">
        <source>%n level(s) below target</source>
        <translation>
            <numerusform>%n Stufe unter dem Ziel</numerusform>
            <numerusform>%n Stufen unter dem Ziel</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;History&lt;/b&gt;&lt;br&gt;%1&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Verlauf&lt;/b&gt;&lt;br&gt;%1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Edits here are recorded as the person&apos;s own assessment.</source>
        <translation>Änderungen hier werden als Selbsteinschätzung der Person gespeichert.</translation>
    </message>
    <message>
        <source>Edits here are recorded as the consultant&apos;s assessment.</source>
        <translation>Änderungen hier werden als Einschätzung der Beratung gespeichert.</translation>
    </message>
    <message>
        <source>Edits here are recorded as the lead&apos;s assessment.</source>
        <translation>Änderungen hier werden als Einschätzung der Leitung gespeichert.</translation>
    </message>
    <message>
        <source>their own target, set instead of the role&apos;s</source>
        <translation>eigenes Ziel, anstelle des Ziels der Rolle</translation>
    </message>
    <message>
        <source>Folded %1 into one column of averages; click its band to unfold it.</source>
        <translation>%1 zu einer Spalte mit Durchschnitten eingeklappt; klicken Sie auf ihr Band, um sie aufzuklappen.</translation>
    </message>
    <message>
        <source>Unfolded %1.</source>
        <translation>%1 aufgeklappt.</translation>
    </message>
    <message>
        <source>Sorted by %1, strongest first.</source>
        <translation>Nach %1 sortiert, die Stärksten zuerst.</translation>
    </message>
    <message>
        <source>Sorted by %1, weakest first.</source>
        <translation>Nach %1 sortiert, die Schwächsten zuerst.</translation>
    </message>
    <message>
        <source>&lt;p&gt;Select a cell to see every assessment of it.&lt;/p&gt;&lt;p&gt;Type a digit to set the selected cells, Delete to clear them; Enter, F2 or a double-click opens a list of levels, Shift+F2 writes a note. Ctrl+C and Ctrl+V copy and paste blocks, also from a spreadsheet. Click a category band to fold it into an average.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Wählen Sie eine Zelle, um alle ihre Einschätzungen zu sehen.&lt;/p&gt;&lt;p&gt;Eine Ziffer setzt die gewählten Zellen, Entf leert sie; Enter, F2 oder ein Doppelklick öffnet eine Liste der Stufen, Umschalt+F2 schreibt eine Notiz. Strg+C und Strg+V kopieren und fügen Blöcke ein, auch aus einer Tabelle. Ein Klick auf das Band einer Kategorie klappt sie zu einem Durchschnitt ein.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>self</source>
        <translation>selbst</translation>
    </message>
    <message>
        <source>consultant</source>
        <translation>Beratung</translation>
    </message>
    <message>
        <source>lead</source>
        <translation>Leitung</translation>
    </message>
</context>
<context>
    <name>coe::ui::NamePicker</name>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Nothing is called “%1”.</source>
        <translation>Nichts heißt „%1“.</translation>
    </message>
</context>
<context>
    <name>coe::ui::PeopleView</name>
    <message>
        <source>Teams</source>
        <translation>Teams</translation>
    </message>
    <message>
        <source>Add team</source>
        <translation>Team hinzufügen</translation>
    </message>
    <message>
        <source>Rename team</source>
        <translation>Team umbenennen</translation>
    </message>
    <message>
        <source>Delete team</source>
        <translation>Team löschen</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <source>Add role</source>
        <translation>Rolle hinzufügen</translation>
    </message>
    <message>
        <source>Rename role</source>
        <translation>Rolle umbenennen</translation>
    </message>
    <message>
        <source>Delete role</source>
        <translation>Rolle löschen</translation>
    </message>
    <message>
        <source>Search names, emails, teams, roles</source>
        <translation>Namen, E-Mails, Teams, Rollen durchsuchen</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Internal staff</source>
        <translation>Interne Mitarbeitende</translation>
    </message>
    <message>
        <source>External consultants</source>
        <translation>Externe Beratung</translation>
    </message>
    <message>
        <source>Add person</source>
        <translation>Person hinzufügen</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Delete selected people</source>
        <translation>Ausgewählte Personen löschen</translation>
    </message>
    <message>
        <source>All people (%1)</source>
        <translation>Alle Personen (%1)</translation>
    </message>
    <message>
        <source>Without team (%1)</source>
        <translation>Ohne Team (%1)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 of %2 people</source>
        <translation>%1 von %2 Personen</translation>
    </message>
    <message>
        <source>No people yet. Add them one by one with Add person, or import a spreadsheet with coectl import people.</source>
        <translation>Noch keine Personen. Fügen Sie sie einzeln mit „Person hinzufügen“ hinzu oder importieren Sie eine Tabelle mit coectl import people.</translation>
    </message>
    <message>
        <source>Nobody matches the search or filter.</source>
        <translation>Niemand passt zu Suche oder Filter.</translation>
    </message>
    <message>
        <source>New person</source>
        <translation>Neue Person</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>%1 löschen</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n people</source>
        <translation>
            <numerusform>%n Person löschen</numerusform>
            <numerusform>%n Personen löschen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — undo with %2</source>
        <translation>%1 — rückgängig mit %2</translation>
    </message>
    <message>
        <source>Team name:</source>
        <translation>Teamname:</translation>
    </message>
    <message>
        <source>Delete team %1</source>
        <translation>Team %1 löschen</translation>
    </message>
    <message>
        <source>Team deleted; its people are now without team. Undo brings it back.</source>
        <translation>Team gelöscht; seine Mitglieder sind jetzt ohne Team. Rückgängig holt es zurück.</translation>
    </message>
    <message>
        <source>Role name:</source>
        <translation>Rollenname:</translation>
    </message>
    <message>
        <source>Delete role %1</source>
        <translation>Rolle %1 löschen</translation>
    </message>
    <message>
        <source>CoE Studio</source>
        <translation>CoE Studio</translation>
    </message>
    <message>
        <source>Skill requirements…</source>
        <translation>Skill-Anforderungen…</translation>
    </message>
    <message>
        <source>Which skills the selected team must cover, for readiness</source>
        <translation>Welche Skills das gewählte Team abdecken muss, für die Bereitschaft</translation>
    </message>
    <message>
        <source>Select a team first.</source>
        <translation>Wählen Sie zuerst ein Team.</translation>
    </message>
    <message>
        <source>Skill requirements saved. Undo brings back the previous ones.</source>
        <translation>Skill-Anforderungen gespeichert. Rückgängig holt die vorherigen zurück.</translation>
    </message>
    <message>
        <source>Targets…</source>
        <translation>Ziele…</translation>
    </message>
    <message>
        <source>The level the selected role should reach in each skill</source>
        <translation>Die Stufe, die die gewählte Rolle in jedem Skill erreichen soll</translation>
    </message>
    <message>
        <source>Select a role first.</source>
        <translation>Wählen Sie zuerst eine Rolle.</translation>
    </message>
    <message>
        <source>Targets saved. Undo brings back the previous ones.</source>
        <translation>Ziele gespeichert. Rückgängig holt die vorherigen zurück.</translation>
    </message>
    <message>
        <source>Add person (%1)</source>
        <translation>Person hinzufügen (%1)</translation>
    </message>
</context>
<context>
    <name>coe::ui::PersonEditor</name>
    <message>
        <source>name@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <source>External consultant</source>
        <translation>Externe Beratung</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>&amp;Email</source>
        <translation>&amp;E-Mail</translation>
    </message>
    <message>
        <source>&amp;Team</source>
        <translation>&amp;Team</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>&amp;Rolle</translation>
    </message>
    <message>
        <source>Time &amp;zone</source>
        <translation>&amp;Zeitzone</translation>
    </message>
    <message>
        <source>Select a person to see and edit their details.</source>
        <translation>Wählen Sie eine Person, um ihre Angaben zu sehen und zu bearbeiten.</translation>
    </message>
    <message>
        <source>(no team)</source>
        <translation>(kein Team)</translation>
    </message>
    <message>
        <source>(no role)</source>
        <translation>(keine Rolle)</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
</context>
<context>
    <name>coe::ui::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Language and look</source>
        <translation>Sprache und Aussehen</translation>
    </message>
    <message>
        <source>The system&apos;s language</source>
        <translation>Die Sprache des Systems</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>A new language shows the next time CoE Studio starts.</source>
        <translation>Eine neue Sprache gilt ab dem nächsten Start von CoE Studio.</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Dem System folgen</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Design:</translation>
    </message>
    <message>
        <source>Printing</source>
        <translation>Drucken</translation>
    </message>
    <message>
        <source>The system&apos;s default</source>
        <translation>Die Voreinstellung des Systems</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>US Letter</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>&amp;Papier:</translation>
    </message>
    <message>
        <source>Agendas, handouts and PDF exports start on this paper; the print dialog can still change it.</source>
        <translation>Agenden, Handouts und PDF-Exporte beginnen mit diesem Papier; der Druckdialog kann es noch ändern.</translation>
    </message>
    <message>
        <source>This workspace</source>
        <translation>Dieser Arbeitsbereich</translation>
    </message>
    <message>
        <source>Its time zone and the readiness weights belong to the workspace and are shared by everyone who opens it.</source>
        <translation>Seine Zeitzone und die Gewichte der Bereitschaft gehören zum Arbeitsbereich und gelten für alle, die ihn öffnen.</translation>
    </message>
    <message>
        <source>&amp;Workspace settings…</source>
        <translation>&amp;Arbeitsbereich-Einstellungen…</translation>
    </message>
</context>
<context>
    <name>coe::ui::ProgrammeDialog</name>
    <message>
        <source>Suggested programme for “%1”</source>
        <translation>Programmvorschlag für „%1“</translation>
    </message>
    <message>
        <source>Track and speakers</source>
        <translation>Track und Vortragende</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
    <message>
        <source>No free Teacher</source>
        <translation>Keine freie Lehrperson</translation>
    </message>
    <message>
        <source>Nobody at Teacher level in these skills is free: invite someone from outside, or grow one.</source>
        <translation>Niemand auf Lehrstufe in diesen Fähigkeiten ist frei: laden Sie jemanden von außen ein oder bilden Sie jemanden aus.</translation>
    </message>
    <message>
        <source>Add checked tracks</source>
        <translation>Markierte Tracks hinzufügen</translation>
    </message>
    <message>
        <source>Nobody is below their targets: set role targets in People &amp; teams to get suggestions.</source>
        <translation>Niemand liegt unter seinen Zielen: legen Sie Rollenziele unter Personen &amp; Teams fest, um Vorschläge zu erhalten.</translation>
    </message>
    <message>
        <source>The skill areas with the largest gaps against targets, and who could teach them:</source>
        <translation>Die Fähigkeitsbereiche mit den größten Lücken zu den Zielen, und wer sie lehren könnte:</translation>
    </message>
</context>
<context>
    <name>coe::ui::RequirementsDialog</name>
    <message>
        <source>Skill requirements of %1</source>
        <translation>Skill-Anforderungen von %1</translation>
    </message>
    <message>
        <source>Tick the skills %1 must be able to run on its own, how many internal people must be Independent in each, and where a Teacher is needed. Readiness is measured against these.</source>
        <translation>Kreuzen Sie die Skills an, die %1 selbst beherrschen muss, wie viele interne Personen darin selbstständig sein müssen und wo eine lehrende Person nötig ist. Die Bereitschaft wird daran gemessen.</translation>
    </message>
    <message>
        <source>Find skills or categories</source>
        <translation>Skills oder Kategorien suchen</translation>
    </message>
    <message>
        <source>Skill</source>
        <translation>Skill</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Benötigt</translation>
    </message>
    <message>
        <source>People needed</source>
        <translation>Personen nötig</translation>
    </message>
    <message>
        <source>Teacher</source>
        <translation>Lehrend</translation>
    </message>
    <message>
        <source>How many internal people must be Independent or above</source>
        <translation>Wie viele interne Personen mindestens selbstständig sein müssen</translation>
    </message>
    <message>
        <source>Whether an internal Teacher is required</source>
        <translation>Ob eine interne lehrende Person nötig ist</translation>
    </message>
    <message>
        <source>CoE Studio</source>
        <translation>CoE Studio</translation>
    </message>
</context>
<context>
    <name>coe::ui::RoleTargetsDialog</name>
    <message>
        <source>Targets of the role %1</source>
        <translation>Ziele der Rolle %1</translation>
    </message>
    <message>
        <source>The level people in this role should reach in each skill. The skill matrix marks cells with a target and shows how far below it people are.</source>
        <translation>Die Stufe, die Personen in dieser Rolle in jedem Skill erreichen sollen. Die Skill-Matrix markiert Zellen mit Ziel und zeigt, wie weit Personen darunter liegen.</translation>
    </message>
    <message>
        <source>Skill</source>
        <translation>Skill</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Target level</source>
        <translation>Zielstufe</translation>
    </message>
    <message>
        <source>(no target)</source>
        <translation>(kein Ziel)</translation>
    </message>
    <message>
        <source>CoE Studio</source>
        <translation>CoE Studio</translation>
    </message>
</context>
<context>
    <name>coe::ui::SessionsView</name>
    <message>
        <source>Learn</source>
        <translation>Lernen</translation>
    </message>
    <message>
        <source>See it applied</source>
        <translation>Angewendet sehen</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Übernehmen</translation>
    </message>
    <message>
        <source>New session</source>
        <translation>Neue Session</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>Speichern (Strg+S)</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Print handout…</source>
        <translation>Handout drucken…</translation>
    </message>
    <message>
        <source>Handout as PDF…</source>
        <translation>Handout als PDF…</translation>
    </message>
    <message>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Raum</translation>
    </message>
    <message>
        <source>https://… (video call)</source>
        <translation>https://… (Videokonferenz)</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>&amp;Wann:</translation>
    </message>
    <message>
        <source>Whe&amp;re:</source>
        <translation>W&amp;o:</translation>
    </message>
    <message>
        <source>&amp;Instructor:</source>
        <translation>&amp;Lehrende(r):</translation>
    </message>
    <message>
        <source>&lt;b&gt;Skills&lt;/b&gt;</source>
        <translation>&lt;b&gt;Fähigkeiten&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Type a skill and press Enter</source>
        <translation>Fähigkeit eingeben und Enter drücken</translation>
    </message>
    <message>
        <source>Tick those who attended</source>
        <translation>Anwesende abhaken</translation>
    </message>
    <message>
        <source>Add someone by name</source>
        <translation>Jemanden per Name hinzufügen</translation>
    </message>
    <message>
        <source>Suggest</source>
        <translation>Vorschlagen</translation>
    </message>
    <message>
        <source>Add the people with the largest gaps in these skills, and the keenest</source>
        <translation>Die Personen mit den größten Lücken in diesen Fähigkeiten und die Interessiertesten hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>&lt;b&gt;Attendees&lt;/b&gt; (ticked: attended)</source>
        <translation>&lt;b&gt;Teilnehmende&lt;/b&gt; (abgehakt: anwesend)</translation>
    </message>
    <message>
        <source>Markdown. Fence code with ```yaml, ```hcl, ```dockerfile, ```bash, ```python …</source>
        <translation>Markdown. Code einzäunen mit ```yaml, ```hcl, ```dockerfile, ```bash, ```python …</translation>
    </message>
    <message>
        <source>Attendee</source>
        <translation>Teilnehmende(r)</translation>
    </message>
    <message>
        <source>Apply task</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Mark done…</source>
        <translation>Als erledigt markieren…</translation>
    </message>
    <message>
        <source>Record the outcome; this proposes the attendee&apos;s next level in the session&apos;s skills</source>
        <translation>Ergebnis erfassen; das schlägt die nächste Stufe in den Fähigkeiten der Session vor</translation>
    </message>
    <message>
        <source>&lt;b&gt;Apply tasks&lt;/b&gt;</source>
        <translation>&lt;b&gt;Anwendungsaufgaben&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Annehmen</translation>
    </message>
    <message>
        <source>Reject…</source>
        <translation>Ablehnen…</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Session</translation>
    </message>
    <message>
        <source>Level proposals</source>
        <translation>Stufenvorschläge</translation>
    </message>
    <message>
        <source>Could not read the sessions.</source>
        <translation>Die Sessions konnten nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Week of %1</source>
        <translation>Woche vom %1</translation>
    </message>
    <message>
        <source>not assessed</source>
        <translation>nicht eingeschätzt</translation>
    </message>
    <message>
        <source>Level proposals (%1)</source>
        <translation>Stufenvorschläge (%1)</translation>
    </message>
    <message>
        <source>(to be named)</source>
        <translation>(noch offen)</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>Discard the changes to “%1”?</source>
        <translation>Änderungen an „%1“ verwerfen?</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>## The idea

</source>
        <translation>## Die Idee

</translation>
    </message>
    <message>
        <source>## Watch it done

</source>
        <translation>## Zusehen, wie es gemacht wird

</translation>
    </message>
    <message>
        <source>## Your turn

</source>
        <translation>## Jetzt Sie

</translation>
    </message>
    <message>
        <source>Save session</source>
        <translation>Session speichern</translation>
    </message>
    <message>
        <source>Saved “%1”.</source>
        <translation>„%1“ gespeichert.</translation>
    </message>
    <message>
        <source>Delete session</source>
        <translation>Session löschen</translation>
    </message>
    <message>
        <source>Delete “%1” with its attendees and Apply tasks? Undo brings it back.</source>
        <translation>„%1“ mit Teilnehmenden und Anwendungsaufgaben löschen? Rückgängig holt es zurück.</translation>
    </message>
    <message numerus="yes">
        <source>Added %n suggested attendee(s); hover for why.</source>
        <translation>
            <numerusform>%n vorgeschlagene Person hinzugefügt; Maus darüber zeigt warum.</numerusform>
            <numerusform>%n vorgeschlagene Personen hinzugefügt; Maus darüber zeigt warum.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody else has a gap or interest in these skills.</source>
        <translation>Sonst hat niemand eine Lücke oder Interesse an diesen Fähigkeiten.</translation>
    </message>
    <message>
        <source>Apply task done</source>
        <translation>Anwendungsaufgabe erledigt</translation>
    </message>
    <message>
        <source>What did %1 do, and how did it go?</source>
        <translation>Was hat %1 gemacht, und wie lief es?</translation>
    </message>
    <message numerus="yes">
        <source>%n level proposal(s) wait in the review queue.</source>
        <translation>
            <numerusform>%n Stufenvorschlag wartet auf Prüfung.</numerusform>
            <numerusform>%n Stufenvorschläge warten auf Prüfung.</numerusform>
        </translation>
    </message>
    <message>
        <source>Accept proposal</source>
        <translation>Vorschlag annehmen</translation>
    </message>
    <message>
        <source>Reject proposal</source>
        <translation>Vorschlag ablehnen</translation>
    </message>
    <message>
        <source>Why not yet? The attendee will see this.</source>
        <translation>Warum noch nicht? Die teilnehmende Person sieht das.</translation>
    </message>
    <message>
        <source>Print handout — %1</source>
        <translation>Handout drucken — %1</translation>
    </message>
    <message>
        <source>Export handout</source>
        <translation>Handout exportieren</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF-Dokument (*.pdf)</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 (%n page(s)).</source>
        <translation>
            <numerusform>%1 geschrieben (%n Seite).</numerusform>
            <numerusform>%1 geschrieben (%n Seiten).</numerusform>
        </translation>
    </message>
    <message>
        <source>Double-click a task or its due date (YYYY-MM-DD) to change it</source>
        <translation>Doppelklicken Sie eine Aufgabe oder ihr Fälligkeitsdatum (JJJJ-MM-TT), um es zu ändern</translation>
    </message>
    <message>
        <source>The due date is YYYY-MM-DD, not “%1”.</source>
        <translation>Das Fälligkeitsdatum ist JJJJ-MM-TT, nicht „%1“.</translation>
    </message>
    <message>
        <source>Earlier</source>
        <translation>Früher</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Später</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Woche</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <source>Handout</source>
        <translation>Handout</translation>
    </message>
    <message>
        <source>Print the session&apos;s handout or save it as PDF</source>
        <translation>Das Handout der Session drucken oder als PDF speichern</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Skill</source>
        <translation>Fähigkeit</translation>
    </message>
    <message>
        <source>From → to</source>
        <translation>Von → nach</translation>
    </message>
    <message>
        <source>Task outcome</source>
        <translation>Ergebnis der Aufgabe</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>No level proposals wait for you. Mark an Apply task done on the Session tab to propose one.</source>
        <translation>Keine Stufenvorschläge warten auf Sie. Markieren Sie auf der Registerkarte „Session“ eine Anwendungsaufgabe als erledigt, um einen vorzuschlagen.</translation>
    </message>
    <message>
        <source>Record the new levels as the lead&apos;s assessments, noting the session</source>
        <translation>Die neuen Stufen als Einschätzungen der Leitung speichern, mit Verweis auf die Session</translation>
    </message>
    <message>
        <source>Reject the selected proposals with a reason the attendees see</source>
        <translation>Die gewählten Vorschläge mit einem Grund ablehnen, den die Teilnehmenden sehen</translation>
    </message>
    <message>
        <source>Finished Apply tasks propose a level change. Select one or several, then accept them (undoable) or reject them with a reason.</source>
        <translation>Erledigte Anwendungsaufgaben schlagen eine Stufenänderung vor. Wählen Sie einen oder mehrere Vorschläge und nehmen Sie sie an (rückgängig machbar) oder lehnen Sie sie mit einem Grund ab.</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message numerus="yes">
        <source>Accept %n</source>
        <translation>
            <numerusform>%n annehmen</numerusform>
            <numerusform>%n annehmen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reject %n…</source>
        <translation>
            <numerusform>%n ablehnen…</numerusform>
            <numerusform>%n ablehnen…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Accepted %n level proposal(s) for %1: recorded as the lead&apos;s assessment.</source>
        <translation>
            <numerusform>%n Stufenvorschlag für %1 angenommen: als Einschätzung der Leitung gespeichert.</numerusform>
            <numerusform>%n Stufenvorschläge für %1 angenommen: als Einschätzung der Leitung gespeichert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rejected %n level proposal(s).</source>
        <translation>
            <numerusform>%n Stufenvorschlag abgelehnt.</numerusform>
            <numerusform>%n Stufenvorschläge abgelehnt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved %1&apos;s Apply task.</source>
        <translation>Anwendungsaufgabe von %1 gespeichert.</translation>
    </message>
    <message>
        <source>Deleted “%1”; undo brings it back.</source>
        <translation>„%1“ gelöscht; Rückgängig holt es zurück.</translation>
    </message>
    <message>
        <source>%1 ◷  %2  (%3)</source>
        <comment>start on your clock, title, start on the session&apos;s</comment>
        <translation>%1 ◷  %2  (%3)</translation>
    </message>
    <message>
        <source>%1 in the session&apos;s zone; times here are in yours, %2.</source>
        <translation>%1 in der Zeitzone der Session; die Zeiten hier sind in Ihrer Zeitzone, %2.</translation>
    </message>
    <message>
        <source>Times are in your zone, %1. ◷ marks a session planned in another.</source>
        <translation>Zeiten werden in Ihrer Zeitzone, %1, angezeigt. ◷ markiert eine Session, die in einer anderen geplant ist.</translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation>&amp;Zeitzone:</translation>
    </message>
    <message>
        <source>The zone the session is planned in; its start is on this zone&apos;s clock. New sessions get the workspace&apos;s zone, %1.</source>
        <translation>Die Zeitzone, in der die Session geplant ist; ihr Beginn gilt nach der Uhr dieser Zeitzone. Neue Sessions erhalten die Zeitzone des Arbeitsbereichs, %1.</translation>
    </message>
    <message>
        <source>“%1” is not a time zone this system knows; choose one from the list, such as Europe/Berlin.</source>
        <translation>„%1“ ist keine Zeitzone, die dieses System kennt; wählen Sie eine aus der Liste, z. B. Europe/Berlin.</translation>
    </message>
    <message>
        <source>That is %1 in your zone, %2.</source>
        <translation>Das ist %1 in Ihrer Zeitzone, %2.</translation>
    </message>
</context>
<context>
    <name>coe::ui::SkillsView</name>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Independent</source>
        <translation>Selbstständig</translation>
    </message>
    <message>
        <source>Teacher</source>
        <translation>Lehrend</translation>
    </message>
    <message>
        <source>Skills by category</source>
        <translation>Skills nach Kategorie</translation>
    </message>
    <message>
        <source>Delete selected</source>
        <translation>Auswahl löschen</translation>
    </message>
    <message>
        <source>No skills yet. Add a category such as &quot;Kubernetes&quot;, then the skills in it, or import them with coectl import skills.</source>
        <translation>Noch keine Skills. Legen Sie eine Kategorie wie „Kubernetes“ an, dann die Skills darin, oder importieren Sie sie mit coectl import skills.</translation>
    </message>
    <message>
        <source>Add category</source>
        <translation>Kategorie hinzufügen</translation>
    </message>
    <message>
        <source>Add skill</source>
        <translation>Skill hinzufügen</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Proficiency scale</source>
        <translation>Kompetenzskala</translation>
    </message>
    <message>
        <source>Levels run from 0 upwards. Readiness counts people at the Independent level or above, and Teachers separately.</source>
        <translation>Die Stufen beginnen bei 0. Die Bereitschaft zählt Personen ab „Selbstständig“ und Lehrende gesondert.</translation>
    </message>
    <message>
        <source>Add level</source>
        <translation>Stufe hinzufügen</translation>
    </message>
    <message>
        <source>Remove last level</source>
        <translation>Letzte Stufe entfernen</translation>
    </message>
    <message>
        <source>Colour…</source>
        <translation>Farbe…</translation>
    </message>
    <message>
        <source>Default scale</source>
        <translation>Standardskala</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Übernehmen</translation>
    </message>
    <message>
        <source>CoE Studio</source>
        <translation>CoE Studio</translation>
    </message>
    <message>
        <source>Colour of level %1</source>
        <translation>Farbe der Stufe %1</translation>
    </message>
    <message>
        <source>Scale saved.</source>
        <translation>Skala gespeichert.</translation>
    </message>
    <message>
        <source>Category name:</source>
        <translation>Kategoriename:</translation>
    </message>
    <message>
        <source>Select the category the new skill belongs to.</source>
        <translation>Wählen Sie die Kategorie, zu der der neue Skill gehört.</translation>
    </message>
    <message>
        <source>Skill name:</source>
        <translation>Skillname:</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n skill(s) or categories</source>
        <translation>
            <numerusform>%n Skill oder Kategorie löschen</numerusform>
            <numerusform>%n Skills oder Kategorien löschen</numerusform>
        </translation>
    </message>
    <message>
        <source>Deleted, with their assessments and targets. Undo brings them back.</source>
        <translation>Gelöscht, mit ihren Einschätzungen und Zielen. Rückgängig holt sie zurück.</translation>
    </message>
</context>
<context>
    <name>coe::ui::SummitItemDialog</name>
    <message>
        <source>Edit “%1”</source>
        <translation>„%1“ bearbeiten</translation>
    </message>
    <message>
        <source>New summit item</source>
        <translation>Neuer Summit-Beitrag</translation>
    </message>
    <message>
        <source>What the programme calls it</source>
        <translation>So heißt es im Programm</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <source>No track</source>
        <translation>Kein Track</translation>
    </message>
    <message>
        <source>T&amp;rack:</source>
        <translation>T&amp;rack:</translation>
    </message>
    <message>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <source>&amp;Duration:</source>
        <translation>&amp;Dauer:</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Expected &amp;audience:</source>
        <translation>Erwartetes &amp;Publikum:</translation>
    </message>
    <message>
        <source>e.g. projector, workstations</source>
        <translation>z. B. Beamer, Arbeitsplätze</translation>
    </message>
    <message>
        <source>&amp;Equipment needed:</source>
        <translation>Benötigte &amp;Ausstattung:</translation>
    </message>
    <message>
        <source>Type a name and press Enter</source>
        <translation>Namen eingeben und Enter drücken</translation>
    </message>
    <message>
        <source>&amp;Speakers:</source>
        <translation>&amp;Vortragende:</translation>
    </message>
    <message>
        <source>Printed in the track lists and calendar entries</source>
        <translation>Erscheint in den Track-Listen und Kalendereinträgen</translation>
    </message>
    <message>
        <source>A&amp;bstract:</source>
        <translation>Zu&amp;sammenfassung:</translation>
    </message>
    <message>
        <source>S&amp;kills taught:</source>
        <translation>Vermittelte &amp;Fähigkeiten:</translation>
    </message>
    <message>
        <source>Type a skill and press Enter</source>
        <translation>Fähigkeit eingeben und Enter drücken</translation>
    </message>
    <message>
        <source>Not scheduled (in the pool)</source>
        <translation>Nicht eingeplant (in der Liste „Nicht eingeplant“)</translation>
    </message>
    <message>
        <source>Day %1 · %2</source>
        <translation>Tag %1 · %2</translation>
    </message>
    <message>
        <source>%1 (%2 seats)</source>
        <translation>%1 (%2 Plätze)</translation>
    </message>
    <message numerus="yes">
        <source>In %n room(s) at once: a new day or start moves them all.</source>
        <translation>
            <numerusform>In %n Raum gleichzeitig: ein neuer Tag oder Beginn verschiebt alle.</numerusform>
            <numerusform>In %n Räumen gleichzeitig: ein neuer Tag oder Beginn verschiebt alle.</numerusform>
        </translation>
    </message>
    <message>
        <source>at</source>
        <translation>um</translation>
    </message>
    <message>
        <source>&amp;Where and when:</source>
        <translation>&amp;Wo und wann:</translation>
    </message>
    <message>
        <source>Give the item a title.</source>
        <translation>Geben Sie dem Beitrag einen Titel.</translation>
    </message>
    <message>
        <source>The summit has no rooms yet: add them in Summit ▸ Settings.</source>
        <translation>Der Summit hat noch keine Räume: legen Sie sie unter Summit ▸ Einstellungen an.</translation>
    </message>
    <message>
        <source>The venue opens at %1: start at %1 or later.</source>
        <translation>Der Ort öffnet um %1: beginnen Sie um %1 oder später.</translation>
    </message>
    <message>
        <source>%1 + %2 min ends at %3, after the venue closes at %4.</source>
        <translation>%1 + %2 Min. endet um %3, nachdem der Ort um %4 schließt.</translation>
    </message>
</context>
<context>
    <name>coe::ui::SummitSettingsDialog</name>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Summit settings — %1</source>
        <translation>Summit-Einstellungen — %1</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Venue:</source>
        <translation>&amp;Ort:</translation>
    </message>
    <message>
        <source>&amp;Time zone:</source>
        <translation>&amp;Zeitzone:</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>&amp;Days:</source>
        <translation>&amp;Tage:</translation>
    </message>
    <message>
        <source>Venue &amp;hours:</source>
        <translation>Öffnungs&amp;zeiten:</translation>
    </message>
    <message>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <source>Warn when a speaker has less time than this between items in different rooms.</source>
        <translation>Warnen, wenn Vortragende zwischen Beiträgen in verschiedenen Räumen weniger Zeit haben.</translation>
    </message>
    <message>
        <source>Speaker &amp;gap:</source>
        <translation>&amp;Pause für Vortragende:</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Raum</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>Plätze</translation>
    </message>
    <message>
        <source>Equipment (comma-separated)</source>
        <translation>Ausstattung (durch Kommas getrennt)</translation>
    </message>
    <message>
        <source>Room %1</source>
        <translation>Raum %1</translation>
    </message>
    <message>
        <source>Rooms</source>
        <translation>Räume</translation>
    </message>
    <message>
        <source>Track</source>
        <translation>Track</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Farbe</translation>
    </message>
    <message>
        <source>Track %1</source>
        <translation>Track %1</translation>
    </message>
    <message>
        <source>Tracks</source>
        <translation>Tracks</translation>
    </message>
    <message>
        <source>Track colour</source>
        <translation>Track-Farbe</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Vortragende(r)</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>Speaker availability</source>
        <translation>Verfügbarkeit der Vortragenden</translation>
    </message>
    <message>
        <source>Double-click to choose the colour</source>
        <translation>Doppelklicken, um die Farbe zu wählen</translation>
    </message>
    <message>
        <source>A person&apos;s name, as in People &amp; teams</source>
        <translation>Der Name einer Person, wie unter Personen &amp; Teams</translation>
    </message>
    <message>
        <source>Give the summit a name.</source>
        <translation>Geben Sie dem Summit einen Namen.</translation>
    </message>
    <message>
        <source>The summit ends before it starts.</source>
        <translation>Der Summit endet, bevor er beginnt.</translation>
    </message>
    <message>
        <source>The venue closes before it opens.</source>
        <translation>Der Ort schließt, bevor er öffnet.</translation>
    </message>
    <message>
        <source>Room %1 has no name.</source>
        <translation>Raum %1 hat keinen Namen.</translation>
    </message>
    <message>
        <source>Two rooms are called “%1”.</source>
        <translation>Zwei Räume heißen „%1“.</translation>
    </message>
    <message>
        <source>Room “%1”: seats must be a whole number (0 if not known).</source>
        <translation>Raum „%1“: Plätze müssen eine ganze Zahl sein (0, wenn unbekannt).</translation>
    </message>
    <message>
        <source>Track %1 has no name.</source>
        <translation>Track %1 hat keinen Namen.</translation>
    </message>
    <message>
        <source>Two tracks are called “%1”.</source>
        <translation>Zwei Tracks heißen „%1“.</translation>
    </message>
    <message>
        <source>Availability row %1: nobody is called “%2”.</source>
        <translation>Verfügbarkeit, Zeile %1: niemand heißt „%2“.</translation>
    </message>
    <message>
        <source>Availability row %1: the day is YYYY-MM-DD, not “%2”.</source>
        <translation>Verfügbarkeit, Zeile %1: der Tag ist JJJJ-MM-TT, nicht „%2“.</translation>
    </message>
    <message>
        <source>Availability row %1: give a time range such as 09:00 to 12:30.</source>
        <translation>Verfügbarkeit, Zeile %1: geben Sie einen Zeitraum wie 09:00 bis 12:30 an.</translation>
    </message>
    <message>
        <source>“%1” is not a time zone this system knows (e.g. Europe/Berlin, America/New_York, UTC, UTC+01:00).</source>
        <translation>„%1“ ist keine Zeitzone, die dieses System kennt (z. B. Europe/Berlin, America/New_York, UTC, UTC+01:00).</translation>
    </message>
</context>
<context>
    <name>coe::ui::SummitView</name>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>Track lists</source>
        <translation>Track-Listen</translation>
    </message>
    <message>
        <source>Room signs</source>
        <translation>Raumschilder</translation>
    </message>
    <message>
        <source>Speakers&apos; run sheets</source>
        <translation>Ablaufpläne für Vortragende</translation>
    </message>
    <message>
        <source>Changes since the last release</source>
        <translation>Änderungen seit der letzten Version</translation>
    </message>
    <message>
        <source>Show one room only</source>
        <translation>Nur einen Raum zeigen</translation>
    </message>
    <message>
        <source>Highlight one track; the others fade</source>
        <translation>Einen Track hervorheben; die anderen verblassen</translation>
    </message>
    <message>
        <source>Snap %1 min</source>
        <translation>Raster %1 Min.</translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+wheel)</source>
        <translation>Verkleinern (Strg+Mausrad)</translation>
    </message>
    <message>
        <source>Zoom in (Ctrl+wheel)</source>
        <translation>Vergrößern (Strg+Mausrad)</translation>
    </message>
    <message>
        <source>Summit</source>
        <translation>Summit</translation>
    </message>
    <message>
        <source>New summit…</source>
        <translation>Neuer Summit…</translation>
    </message>
    <message>
        <source>Settings: days, rooms, tracks, availability…</source>
        <translation>Einstellungen: Tage, Räume, Tracks, Verfügbarkeit…</translation>
    </message>
    <message>
        <source>Suggest programme…</source>
        <translation>Programm vorschlagen…</translation>
    </message>
    <message>
        <source>Release schedule…</source>
        <translation>Programm veröffentlichen…</translation>
    </message>
    <message>
        <source>Changes since the last release…</source>
        <translation>Änderungen seit der letzten Version…</translation>
    </message>
    <message>
        <source>Export calendar (iCalendar)…</source>
        <translation>Kalender exportieren (iCalendar)…</translation>
    </message>
    <message>
        <source>Export schedule (frab XML or JSON)…</source>
        <translation>Programm exportieren (frab XML oder JSON)…</translation>
    </message>
    <message>
        <source>Import schedule…</source>
        <translation>Programm importieren…</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Drucken</translation>
    </message>
    <message>
        <source>%1…</source>
        <translation>%1…</translation>
    </message>
    <message>
        <source>Export %1 as PDF…</source>
        <translation>%1 als PDF exportieren…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Unscheduled&lt;/b&gt;</source>
        <translation>&lt;b&gt;Nicht eingeplant&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Drag an item onto the timetable to schedule it.</source>
        <translation>Ziehen Sie einen Beitrag in den Zeitplan, um ihn einzuplanen.</translation>
    </message>
    <message>
        <source>New item…</source>
        <translation>Neuer Beitrag…</translation>
    </message>
    <message>
        <source>Show acknowledged</source>
        <translation>Bestätigte zeigen</translation>
    </message>
    <message>
        <source>Acknowledge…</source>
        <translation>Bestätigen…</translation>
    </message>
    <message>
        <source>Mark the selected warning as fine, with a note, so it stops nagging</source>
        <translation>Die gewählte Warnung mit einer Notiz als in Ordnung markieren, damit sie nicht mehr stört</translation>
    </message>
    <message>
        <source>&lt;h2&gt;No summit yet&lt;/h2&gt;&lt;p&gt;Plan an internal conference: rooms, tracks, a timetable that warns about every clash, and printed agendas.&lt;/p&gt;&lt;p&gt;&lt;a href=&apos;new&apos;&gt;New summit…&lt;/a&gt; &amp;nbsp; or &amp;nbsp; &lt;a href=&apos;import&apos;&gt;import a schedule&lt;/a&gt; (frab XML or JSON, as pretalx exports it).&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Noch kein Summit&lt;/h2&gt;&lt;p&gt;Planen Sie eine interne Konferenz: Räume, Tracks, ein Zeitplan, der vor jeder Überschneidung warnt, und gedruckte Agenden.&lt;/p&gt;&lt;p&gt;&lt;a href=&apos;new&apos;&gt;Neuer Summit…&lt;/a&gt; &amp;nbsp; oder &amp;nbsp; &lt;a href=&apos;import&apos;&gt;ein Programm importieren&lt;/a&gt; (frab XML oder JSON, wie pretalx es exportiert).&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <source>Added to %n more room(s).</source>
        <translation>
            <numerusform>In %n weiteren Raum kopiert.</numerusform>
            <numerusform>In %n weitere Räume kopiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>CoE Studio</source>
        <translation>CoE Studio</translation>
    </message>
    <message>
        <source>All rooms</source>
        <translation>Alle Räume</translation>
    </message>
    <message>
        <source>All tracks</source>
        <translation>Alle Tracks</translation>
    </message>
    <message>
        <source>Day %1 · %2</source>
        <translation>Tag %1 · %2</translation>
    </message>
    <message>
        <source>Everything is scheduled. New items land here first.</source>
        <translation>Alles ist eingeplant. Neue Beiträge landen zuerst hier.</translation>
    </message>
    <message>
        <source>Drag an item onto the timetable to schedule it; double-click to edit.</source>
        <translation>Ziehen Sie einen Beitrag in den Zeitplan, um ihn einzuplanen; Doppelklick zum Bearbeiten.</translation>
    </message>
    <message>
        <source>%1
Acknowledged: %2</source>
        <translation>%1
Bestätigt: %2</translation>
    </message>
    <message>
        <source>(no note)</source>
        <translation>(keine Notiz)</translation>
    </message>
    <message>
        <source>&lt;b&gt;No warnings&lt;/b&gt;</source>
        <translation>&lt;b&gt;Keine Warnungen&lt;/b&gt;</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n warning(s)&lt;/b&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;%n Warnung&lt;/b&gt;</numerusform>
            <numerusform>&lt;b&gt;%n Warnungen&lt;/b&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>Acknowledge warning</source>
        <translation>Warnung bestätigen</translation>
    </message>
    <message>
        <source>%1

Why is this fine?</source>
        <translation>%1

Warum ist das in Ordnung?</translation>
    </message>
    <message>
        <source>Acknowledged: it will not be counted again.</source>
        <translation>Bestätigt: sie wird nicht mehr gezählt.</translation>
    </message>
    <message>
        <source>New summit</source>
        <translation>Neuer Summit</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>CoE Summit %1</source>
        <translation>CoE Summit %1</translation>
    </message>
    <message>
        <source>Release version %1 of “%2”? Printed agendas will name it.</source>
        <translation>Version %1 von „%2“ veröffentlichen? Gedruckte Agenden nennen sie.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) since version %1.</source>
        <translation>
            <numerusform>%n Änderung seit Version %1.</numerusform>
            <numerusform>%n Änderungen seit Version %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s) are still open.</source>
        <translation>
            <numerusform>%n Warnung ist noch offen.</numerusform>
            <numerusform>%n Warnungen sind noch offen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Release schedule</source>
        <translation>Programm veröffentlichen</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>Veröffentlichen</translation>
    </message>
    <message>
        <source>Released version %1.</source>
        <translation>Version %1 veröffentlicht.</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Änderungen</translation>
    </message>
    <message>
        <source>“%1” has not been released yet: release it first, then changes are listed against it.</source>
        <translation>„%1“ wurde noch nicht veröffentlicht: veröffentlichen Sie es zuerst, dann werden Änderungen dagegen aufgelistet.</translation>
    </message>
    <message>
        <source>Add suggested tracks</source>
        <translation>Vorgeschlagene Tracks hinzufügen</translation>
    </message>
    <message numerus="yes">
        <source>Added %n track(s).</source>
        <translation>
            <numerusform>%n Track hinzugefügt.</numerusform>
            <numerusform>%n Tracks hinzugefügt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Print %1</source>
        <translation>%1 drucken</translation>
    </message>
    <message>
        <source>version %1 → now</source>
        <translation>Version %1 → jetzt</translation>
    </message>
    <message>
        <source>Export %1</source>
        <translation>%1 exportieren</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF-Dokument (*.pdf)</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 (%n page(s)).</source>
        <translation>
            <numerusform>%1 geschrieben (%n Seite).</numerusform>
            <numerusform>%1 geschrieben (%n Seiten).</numerusform>
        </translation>
    </message>
    <message>
        <source>Export calendar</source>
        <translation>Kalender exportieren</translation>
    </message>
    <message>
        <source>iCalendar (*.ics)</source>
        <translation>iCalendar (*.ics)</translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation>%1 geschrieben.</translation>
    </message>
    <message>
        <source>Export schedule</source>
        <translation>Programm exportieren</translation>
    </message>
    <message>
        <source>frab XML (*.xml);;frab JSON (*.json)</source>
        <translation>frab XML (*.xml);;frab JSON (*.json)</translation>
    </message>
    <message>
        <source>Import schedule</source>
        <translation>Programm importieren</translation>
    </message>
    <message>
        <source>frab schedule (*.xml *.json);;All files (*)</source>
        <translation>frab-Programm (*.xml *.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Imported “%1”: %2 events in %3 rooms.</source>
        <translation>„%1“ importiert: %2 Veranstaltungen in %3 Räumen.</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) needed fixing; see the details.</source>
        <translation>
            <numerusform>%n Veranstaltung musste korrigiert werden; siehe Details.</numerusform>
            <numerusform>%n Veranstaltungen mussten korrigiert werden; siehe Details.</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported, with these fixes:
%1</source>
        <translation>Importiert, mit diesen Korrekturen:
%1</translation>
    </message>
    <message>
        <source>Edit item…</source>
        <translation>Beitrag bearbeiten…</translation>
    </message>
    <message>
        <source>Delete item</source>
        <translation>Beitrag löschen</translation>
    </message>
    <message>
        <source>Delete “%1” from the summit? Undo brings it back.</source>
        <translation>„%1“ aus dem Summit löschen? Rückgängig holt es zurück.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Scheduled “%1” in %2, %3–%4.</source>
        <translation>„%1“ in %2 eingeplant, %3–%4.</translation>
    </message>
    <message>
        <source>Unscheduled “%1”: it is back in the pool.</source>
        <translation>„%1“ aus dem Zeitplan genommen: der Beitrag ist wieder bei den nicht eingeplanten Beiträgen.</translation>
    </message>
    <message>
        <source>Saved the settings of “%1”.</source>
        <translation>Einstellungen von „%1“ gespeichert.</translation>
    </message>
    <message>
        <source>Saved “%1”.</source>
        <translation>„%1“ gespeichert.</translation>
    </message>
    <message>
        <source>Saved “%1”; it is back in the pool.</source>
        <translation>„%1“ gespeichert; der Beitrag ist wieder bei den nicht eingeplanten Beiträgen.</translation>
    </message>
    <message>
        <source>Saved “%1”, in %2 on %3 at %4.</source>
        <translation>„%1“ gespeichert, in %2 am %3 um %4.</translation>
    </message>
    <message>
        <source>Deleted “%1”; undo brings it back.</source>
        <translation>„%1“ gelöscht; Rückgängig holt es zurück.</translation>
    </message>
    <message>
        <source>Added “%1” in %2 at %3.</source>
        <translation>„%1“ in %2 um %3 hinzugefügt.</translation>
    </message>
    <message>
        <source>Added to the unscheduled pool: drag it onto the timetable, or give it a day, room and start.</source>
        <translation>Zu den nicht eingeplanten Beiträgen hinzugefügt: ziehen Sie ihn in den Zeitplan oder geben Sie ihm Tag, Raum und Beginn.</translation>
    </message>
    <message>
        <source>%1 (yours: %2)</source>
        <translation>%1 (Ihre: %2)</translation>
    </message>
    <message>
        <source>The timetable shows the venue&apos;s time, %1, which is also yours.</source>
        <translation>Der Zeitplan zeigt die Zeit des Orts, %1, die auch Ihre ist.</translation>
    </message>
    <message>
        <source>The timetable shows the venue&apos;s time, %1; your zone is %2.</source>
        <translation>Der Zeitplan zeigt die Zeit des Orts, %1; Ihre Zeitzone ist %2.</translation>
    </message>
</context>
<context>
    <name>coe::ui::TeamCard</name>
    <message>
        <source>Show %1&apos;s charts</source>
        <translation>Diagramme von %1 zeigen</translation>
    </message>
    <message>
        <source>%1, readiness %2</source>
        <translation>%1, Bereitschaft %2</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Forecast %1 at roll-off on %2</source>
        <translation>Prognose %1 beim Abzug am %2</translation>
    </message>
    <message>
        <source>Single points of failure: %1</source>
        <translation>Einzelne Schwachstellen: %1</translation>
    </message>
    <message>
        <source>Consultant-dependent: %1</source>
        <translation>Von Beratung abhängig: %1</translation>
    </message>
    <message>
        <source>Next actions</source>
        <translation>Nächste Schritte</translation>
    </message>
    <message>
        <source>No skill requirements or capabilities yet: readiness needs one or the other.</source>
        <translation>Noch keine Skill-Anforderungen oder Fähigkeiten: die Bereitschaft braucht das eine oder das andere.</translation>
    </message>
    <message>
        <source>coverage %1 · teachers %2 · hand-over %3</source>
        <translation>Abdeckung %1 · Lehrende %2 · Übergabe %3</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>12 months</source>
        <translation>12 Monate</translation>
    </message>
    <message>
        <source>No forecast: no engagement with a roll-off date for this team.</source>
        <translation>Keine Prognose: für dieses Team gibt es keinen Einsatz mit Enddatum.</translation>
    </message>
    <message>
        <source>Hand-over –: no capabilities yet; add them to an engagement for this team.</source>
        <translation>Übergabe –: noch keine Fähigkeiten; fügen Sie sie einem Einsatz für dieses Team hinzu.</translation>
    </message>
    <message>
        <source>Coverage –: no skill requirements yet; set them in People &amp; teams.</source>
        <translation>Abdeckung –: noch keine Skill-Anforderungen; legen Sie sie unter „Personen &amp; Teams“ fest.</translation>
    </message>
</context>
<context>
    <name>coe::ui::TimetableWidget</name>
    <message>
        <source>%1 seats</source>
        <translation>%1 Plätze</translation>
    </message>
    <message>
        <source>This summit has no rooms yet. Add them in Summit ▸ Settings.</source>
        <translation>Dieser Summit hat noch keine Räume. Fügen Sie sie unter Summit ▸ Einstellungen hinzu.</translation>
    </message>
    <message>
        <source>Edit item…</source>
        <translation>Beitrag bearbeiten…</translation>
    </message>
    <message>
        <source>Copy to all rooms</source>
        <translation>In alle Räume kopieren</translation>
    </message>
    <message>
        <source>Breaks and plenaries can take place in every room at once.</source>
        <translation>Pausen und Plenen können in allen Räumen zugleich stattfinden.</translation>
    </message>
    <message>
        <source>Unschedule</source>
        <translation>Aus dem Zeitplan nehmen</translation>
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
%n Teilnehmende</numerusform>
            <numerusform>%1, %2–%3
%4
%n Teilnehmende</numerusform>
        </translation>
    </message>
    <message>
        <source>+%1 more</source>
        <translation>+%1 weitere</translation>
    </message>
</context>
<context>
    <name>coe::ui::WelcomeView</name>
    <message>
        <source>Welcome to CoE Studio</source>
        <translation>Willkommen bei CoE Studio</translation>
    </message>
    <message>
        <source>&lt;p&gt;Keep your Center of Excellence&apos;s skill matrices, plan how knowledge moves from the experts to your staff &amp;mdash; shadow, coach, mentor &amp;mdash; plan CoE Summits and print their agendas, and chart how ready each team is to run its platform on its own.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Pflegen Sie die Skill-Matrizen Ihres Center of Excellence, planen Sie, wie Wissen von den Expertinnen und Experten zu Ihren Teams wandert &amp;mdash; begleiten, coachen, mentoren &amp;mdash;, planen Sie CoE-Summits und drucken Sie deren Programm, und zeigen Sie, wie bereit jedes Team ist, seine Plattform selbst zu betreiben.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Create demo workspace</source>
        <translation>Demo-Arbeitsbereich anlegen</translation>
    </message>
    <message>
        <source>Explore a sample CoE: teams, skills, history and a summit.</source>
        <translation>Ein Beispiel-CoE erkunden: Teams, Skills, Historie und ein Summit.</translation>
    </message>
    <message>
        <source>New empty workspace…</source>
        <translation>Neuer leerer Arbeitsbereich…</translation>
    </message>
    <message>
        <source>Start your own: a .coe file with the default proficiency scale.</source>
        <translation>Eigenen beginnen: eine .coe-Datei mit der Standard-Kompetenzskala.</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>Öffnen…</translation>
    </message>
    <message>
        <source>Open a .coe workspace file.</source>
        <translation>Eine .coe-Arbeitsbereichsdatei öffnen.</translation>
    </message>
    <message>
        <source>Recent workspaces</source>
        <translation>Zuletzt verwendete Arbeitsbereiche</translation>
    </message>
</context>
<context>
    <name>coe::ui::WorkspaceSettingsDialog</name>
    <message>
        <source>Workspace Settings</source>
        <translation>Arbeitsbereich-Einstellungen</translation>
    </message>
    <message>
        <source>Times</source>
        <translation>Zeiten</translation>
    </message>
    <message>
        <source>&amp;Time zone:</source>
        <translation>&amp;Zeitzone:</translation>
    </message>
    <message>
        <source>Sessions that name no zone of their own are in this zone. Changing it keeps their wall-clock times, which are then read in the new zone.</source>
        <translation>Sessions ohne eigene Zone liegen in dieser Zone. Eine Änderung behält ihre Uhrzeiten, die dann in der neuen Zone gelesen werden.</translation>
    </message>
    <message>
        <source>Readiness index</source>
        <translation>Bereitschaftsindex</translation>
    </message>
    <message>
        <source>&amp;Coverage of required skills:</source>
        <translation>&amp;Abdeckung der geforderten Skills:</translation>
    </message>
    <message>
        <source>T&amp;eachers where required:</source>
        <translation>&amp;Lehrende, wo gefordert:</translation>
    </message>
    <message>
        <source>Capability &amp;hand-over:</source>
        <translation>Ü&amp;bergabe der Fähigkeiten:</translation>
    </message>
    <message>
        <source>Together:</source>
        <translation>Zusammen:</translation>
    </message>
    <message>
        <source>How much each part counts in every team&apos;s readiness index. A part a team has nothing to count in drops out, and the others are scaled to make up 100 %.</source>
        <translation>Wie viel jeder Teil im Bereitschaftsindex jedes Teams zählt. Ein Teil, in dem ein Team nichts zu zählen hat, entfällt, und die anderen werden auf 100 % hochgerechnet.</translation>
    </message>
    <message>
        <source>Use the &amp;defaults</source>
        <translation>&amp;Standardwerte verwenden</translation>
    </message>
    <message>
        <source>The readiness weights add up to %1 %; they must add up to 100 %.</source>
        <translation>Die Gewichte der Bereitschaft ergeben zusammen %1 %; sie müssen 100 % ergeben.</translation>
    </message>
    <message>
        <source>It is %1 there now (%2).</source>
        <translation>Dort ist es jetzt %1 (%2).</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>CoE Studio: skill matrices, knowledge transfer, summits and team readiness.</source>
        <translation>CoE Studio: Skill-Matrizen, Wissenstransfer, Summits und Team-Bereitschaft.</translation>
    </message>
    <message>
        <source>Render the main window offscreen to FILE and exit.</source>
        <translation>Das Hauptfenster ohne Bildschirm in DATEI zeichnen und beenden.</translation>
    </message>
    <message>
        <source>Window size for --screenshot (default 1400x900).</source>
        <translation>Fenstergröße für --screenshot (Standard 1400x900).</translation>
    </message>
    <message>
        <source>Show the window, grab it from the screen into FILE and exit (for Xvfb).</source>
        <translation>Das Fenster anzeigen, vom Bildschirm in DATEI aufnehmen und beenden (für Xvfb).</translation>
    </message>
    <message>
        <source>Use the language CODE (de, es, fr or en) instead of the system&apos;s.</source>
        <translation>Die Sprache CODE (de, es, fr oder en) statt der des Systems verwenden.</translation>
    </message>
    <message>
        <source>A .coe file or a postgresql:// URL to open (default: the last one).</source>
        <translation>Eine zu öffnende .coe-Datei oder postgresql://-URL (Standard: die letzte).</translation>
    </message>
    <message>
        <source>Views (for --view NAME):</source>
        <translation>Ansichten (für --view NAME):</translation>
    </message>
    <message>
        <source>Show the view NAME (see Views above) once a workspace is open.</source>
        <translation>Die Ansicht NAME (siehe Ansichten oben) zeigen, sobald ein Arbeitsbereich geöffnet ist.</translation>
    </message>
    <message>
        <source>Use the theme NAME (system, light or dark) instead of the one chosen in Preferences.</source>
        <translation>Das Design NAME (system, light oder dark) statt des in den Einstellungen gewählten verwenden.</translation>
    </message>
</context>
</TS>
