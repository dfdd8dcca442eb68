<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
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
        <source>Show &amp;status bar</source>
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
        <source>Use the language CODE (e.g. de, fr) instead of the system&apos;s.</source>
        <translation>Die Sprache CODE (z. B. de, fr) statt der des Systems verwenden.</translation>
    </message>
</context>
</TS>
